"""`flashpoint geocode`, `flashpoint places --context` and `flashpoint eval run acled-places` through a real
process, on project-written rows."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from flashpoint.cli.commands_geocode import GEO_COLUMNS
from flashpoint.pipeline.resources import Resources

# the run_cli fixture (tests/conftest.py)
RunCli = Callable[[list[str]], "subprocess.CompletedProcess[str]"]

FIXTURES = Path(__file__).resolve().parents[1] / "eval" / "fixtures"
SHELLED = (
    "On 3 May 2020, regime forces shelled villages in the southern Idlib countryside, killing two civilians."
)
FRONTS = (
    "On 5 May 2020, Houthi fighters attacked pro-government positions on the Nihm (Sanaa) and Sirwah (Marib) "
    "fronts, local sources said."
)
SMM = "On 4 May 2020, OSCE SMM monitors recorded 14 explosions near Viktorivka."


def _sheet(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "place", "report", "day"])
        for number, (place, report, day) in enumerate(rows, start=1):
            writer.writerow([str(number), place, report, day])
    return path


MIXED_ROWS = [
    ("Kafr Nabl", SHELLED, "2020-05-03"),
    ("", SHELLED, "2020-05-03"),
    ("Suq Sirwah", FRONTS, "5 May"),
    ("Suq Sirwah", FRONTS, "2020-05-05"),
    ("Viktorivka", SMM, "2020-05-04"),
]
SHEET_ARGS = ["--name-column", "place", "--text-column", "report", "--date-column", "day"]


@pytest.mark.slow
def test_geocode_adds_columns_and_skips_bad_rows(
    tmp_path: Path, run_cli: RunCli, resources: Resources
) -> None:
    del resources  # compiles the session's gazetteer once, before the subprocess uses it
    sheet = _sheet(tmp_path / "sheet.csv", MIXED_ROWS)
    out = tmp_path / "out.csv"
    result = run_cli(["geocode", str(sheet), *SHEET_ARGS, "--out", str(out)])
    assert result.returncode == 1, result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert f"{sheet} line 3: column 'place' is empty" in errors[0]
    assert f"{sheet} line 4: '5 May' in 'day' is not a date; use YYYY-MM-DD" in errors[1]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["row"] for r in rows] == ["1", "2", "3", "4", "5"]
    got = [(r["geo_basis"], r["geo_location"], r["geo_admin1"], r["geo_precision"]) for r in rows]
    assert got == [
        ("unit", "Kafranbel", "Idlib", "1"),
        ("skipped", "", "", ""),
        ("skipped", "", "", ""),
        ("other-unit", "Suq Sirwah", "Ma'rib", "1"),
        ("front", "Viktorivka", "Donetsk", "2"),
    ]
    assert rows[0]["report"] == SHELLED  # the row's own columns are kept


@pytest.mark.slow
def test_geocode_weighs_each_row_towards_its_country_column(
    tmp_path: Path, run_cli: RunCli, resources: Resources
) -> None:
    del resources
    report = "Gunmen on motorcycles shot dead a shopkeeper on Sunday."
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"place,report,country\nMadaya,{report},Syria\nMadaya,{report},\nMadaya,{report},Narnia\n",
        encoding="utf-8",
    )
    args = ["--name-column", "place", "--text-column", "report", "--country-column", "country"]
    result = run_cli(["geocode", str(sheet), *args])
    assert result.returncode == 1
    assert f"{sheet} line 4: 'Narnia' in 'country' is not a country the gazetteer knows" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["geo_country"], r["geo_admin1"]) for r in rows] == [
        ("Syria", "Rural Damascus"),
        ("Myanmar", "Mandalay"),
        ("", ""),
    ]
    assert rows[2]["geo_basis"] == "skipped"


@pytest.mark.slow
def test_geocode_with_two_workers_keeps_the_rows_in_order(
    tmp_path: Path, run_cli: RunCli, resources: Resources
) -> None:
    del resources
    sheet = _sheet(tmp_path / "sheet.csv", MIXED_ROWS * 3)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run_cli(["geocode", str(sheet), *SHEET_ARGS, "--out", str(one)]).returncode == 1
    assert run_cli(["geocode", str(sheet), *SHEET_ARGS, "--out", str(two), "--jobs", "2"]).returncode == 1
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert len(one.read_text(encoding="utf-8").splitlines()) == 16


@pytest.mark.slow
def test_geocode_refuses_a_file_that_is_not_utf8(tmp_path: Path, run_cli: RunCli) -> None:
    sheet = tmp_path / "latin1.csv"
    sheet.write_bytes(
        "place,report\nAlcal\xe1,Protesters gathered in Alcal\xe1 on Monday.\n".encode("latin-1")
    )
    out = tmp_path / "out.csv"
    result = run_cli(
        ["geocode", str(sheet), "--name-column", "place", "--text-column", "report", "--out", str(out)]
    )
    assert result.returncode == 2
    assert f"{sheet}: not a UTF-8 CSV file" in result.stderr
    assert "save it as CSV UTF-8" in result.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


@pytest.mark.slow
def test_geocode_reads_excels_csv_utf8_with_its_bom(
    tmp_path: Path, run_cli: RunCli, resources: Resources
) -> None:
    del resources
    sheet = tmp_path / "excel.csv"
    sheet.write_bytes(b"\xef\xbb\xbf" + f"location,notes\nKafr Nabl,{SHELLED}\n".encode())
    result = run_cli(["geocode", str(sheet)])
    assert result.returncode == 0, result.stderr
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert (row["location"], row["geo_location"]) == ("Kafr Nabl", "Kafranbel")


@pytest.mark.slow
def test_geocode_a_sheet_without_rows(tmp_path: Path, run_cli: RunCli) -> None:
    sheet = tmp_path / "empty.csv"
    sheet.write_text("location,notes\n", encoding="utf-8")
    result = run_cli(["geocode", str(sheet)])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["location,notes," + ",".join(GEO_COLUMNS)]


@pytest.mark.slow
def test_geocode_names_a_missing_column(tmp_path: Path, run_cli: RunCli) -> None:
    sheet = _sheet(tmp_path / "sheet.csv", [("Kafr Nabl", SHELLED, "2020-05-03")])
    result = run_cli(["geocode", str(sheet)])
    assert result.returncode == 2
    assert "no column location, notes; the header has row, place, report, day" in result.stderr


@pytest.mark.slow
def test_geocode_writes_to_standard_output(tmp_path: Path, run_cli: RunCli, resources: Resources) -> None:
    del resources
    sheet = _sheet(tmp_path / "sheet.csv", [("Kafr Nabl", SHELLED, "2020-05-03")])
    result = run_cli(["geocode", str(sheet), "--name-column", "place", "--text-column", "report"])
    assert result.returncode == 0, result.stderr
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert (row["geo_location"], row["geo_basis"]) == ("Kafranbel", "unit")
    assert abs(float(row["geo_latitude"]) - 35.614) < 0.01


@pytest.mark.slow
def test_places_in_the_context_of_a_report(run_cli: RunCli, resources: Resources) -> None:
    del resources
    result = run_cli(["places", "Kafr Nabl", "--context", SHELLED, "--published", "2020-05-03"])
    assert result.returncode == 0, result.stderr
    assert "chosen by unit: Kafranbel (Idlib, Syria)" in result.stdout
    unknown = run_cli(["places", "Qwertzuiop", "--context", "The market reopened on Sunday."])
    assert unknown.returncode == 1
    assert "nothing in the report places 'Qwertzuiop' (none)" in unknown.stdout


@pytest.mark.slow
def test_eval_acled_places_scores_the_geocoded_column(
    tmp_path: Path, run_cli: RunCli, resources: Resources
) -> None:
    del resources
    report = tmp_path / "places.md"
    gold = FIXTURES / "acled_current.csv"
    result = run_cli(["eval", "run", "acled-places", "--gold", str(gold), "--report", str(report)])
    assert result.returncode == 0, result.stderr
    scores = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))["scores"]
    assert set(scores) == {
        "location.within_10km",
        "location.within_25km",
        "location.within_50km",
        "location.median_km",
        "location.precision1_within_10km",
        "admin1.accuracy",
        "country.accuracy",
    }
    assert scores["location.within_25km"]["value"] == 1.0
    assert scores["location.within_25km"]["n"] == 4
