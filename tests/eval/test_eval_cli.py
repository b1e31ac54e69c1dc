from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import orjson
import pytest
import typer
from typer.testing import CliRunner

from flashpoint.cli.eval_cmd import eval_app, register

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXTRACTOR = "eval_cli_fake:extract"

runner = CliRunner()


@pytest.fixture(autouse=True)
def fake_extractor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An importable extractor module, as a developer would pass with --extractor."""
    module = tmp_path / "extractor_module"
    module.mkdir()
    (module / "eval_cli_fake.py").write_text(
        textwrap.dedent("""
        from flashpoint.events.serialize import event_from_dict

        EVENT = event_from_dict({
            "id": "e", "document_id": "d", "time_precision": 1, "event_type": "Protests",
            "sub_event_type": "Peaceful protest", "fatalities": 0, "injuries": 0, "confidence": 0.5,
            "extractor": "cli-fake", "extractor_version": "2",
        })

        def extract(item):
            return (EVENT,) if "marched" in item.text else ()
    """),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(module))


@pytest.mark.parametrize("prefix", [["run"], []], ids=["run-command", "issue-form-without-run"])
def test_run_prints_scores_and_writes_reports(tmp_path: Path, prefix: list[str]) -> None:
    base = tmp_path / "reports" / "acled"
    args = [
        *prefix,
        "acled",
        "--gold",
        str(FIXTURES / "acled_current.csv"),
        "--extractor",
        EXTRACTOR,
        "--report",
        str(base),
        "--limit",
        "3",
    ]
    result = runner.invoke(eval_app, args)
    assert result.exit_code == 0, result.output
    assert "event_type.accuracy" in result.output
    assert "1/3 items with an event, 0 failed" in result.output
    data = orjson.loads((tmp_path / "reports" / "acled.json").read_bytes())
    assert data["items"] == 3 and data["extractor"] == "cli-fake 2"
    assert data["scores"]["event_type.accuracy"]["value"] == pytest.approx(1 / 3, abs=1e-4)
    assert (tmp_path / "reports" / "acled.md").exists()


def test_run_with_two_jobs(tmp_path: Path) -> None:
    result = runner.invoke(
        eval_app,
        ["run", "case", "--gold", str(FIXTURES / "case.tsv"), "--jobs", "2", "--extractor", EXTRACTOR],
    )
    assert result.exit_code == 0, result.output
    assert "1/6 items with an event" in result.output


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (
            ["run", "acled", "--gold", "/nonexistent/acled.csv", "--extractor", EXTRACTOR],
            "gold file not found",
        ),
        (
            ["run", "muc4", "--gold", str(FIXTURES / "acled_current.csv"), "--extractor", EXTRACTOR],
            "not JSON",
        ),
        (
            ["run", "acled", "--gold", str(FIXTURES / "acled_current.csv"), "--extractor", "nope"],
            "module:function",
        ),
    ],
    ids=["missing-file", "wrong-format", "bad-extractor"],
)
def test_run_errors_exit_2_with_a_message(args: list[str], needle: str) -> None:
    result = runner.invoke(eval_app, args)
    assert result.exit_code == 2
    assert needle in result.output


def test_unknown_dataset_is_a_usage_error() -> None:
    result = runner.invoke(eval_app, ["acme", "--gold", "x"])
    assert result.exit_code == 2
    assert "acme" in result.output


def _shared(tmp_path: Path) -> Path:
    (tmp_path / "shared" / "eval" / "acled").mkdir(parents=True)
    shutil.copy(FIXTURES / "acled_current.csv", tmp_path / "shared" / "eval" / "acled" / "acled_2020-05.csv")
    return tmp_path / "shared"


@pytest.mark.parametrize(("floor", "code"), [(0.25, 0), (0.9, 1)], ids=["pass", "fail"])
def test_gate_exit_status(tmp_path: Path, floor: float, code: int) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text(f'[floors.acled]\n"event_type.accuracy" = {floor}\n', encoding="utf-8")
    result = runner.invoke(
        eval_app,
        [
            "gate",
            "--floors",
            str(floors),
            "--shared",
            str(_shared(tmp_path)),
            "--extractor",
            EXTRACTOR,
            "--report-dir",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == code, result.output
    assert ("FAIL" in result.output) is (code == 1)
    assert (tmp_path / "out" / "acled.json").exists()


def test_gate_skips_without_shared_data(tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text('[floors.acled]\n"event_type.accuracy" = 0.99\n', encoding="utf-8")
    result = runner.invoke(eval_app, ["gate", "--floors", str(floors), "--shared", str(tmp_path / "absent")])
    assert result.exit_code == 0
    assert "eval gate skipped" in result.output


def test_registered_under_a_main_app() -> None:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Stand-in for the flashpoint app."""

    register(app)
    result = runner.invoke(
        app, ["eval", "acled", "--gold", str(FIXTURES / "acled_current.csv"), "--extractor", EXTRACTOR]
    )
    assert result.exit_code == 0, result.output
    assert "4 items" in result.output
    help_text = runner.invoke(app, ["eval", "--help"]).output
    assert "run" in help_text and "gate" in help_text
