from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flashpoint.errors import EvalError
from flashpoint.eval.datasets import DATASETS, DatasetName, dataset_spec, load_dataset
from flashpoint.eval.mappings import CASE_CODES
from flashpoint.eval.model import EvalItem, GoldEvent
from flashpoint.eval.scoring import METRICS
from flashpoint.events.ontology import SubEventType


def _load(name: str, path: Path, limit: int | None = None) -> list[tuple[EvalItem, GoldEvent]]:
    return list(load_dataset(name, path, limit=limit))


def test_acled_current_schema(fixtures: Path) -> None:
    pairs = _load("acled", fixtures / "acled_current.csv")
    assert [item.id for item, _ in pairs] == [
        "acled-SYR90001",
        "acled-SYR90002",
        "acled-KEN90003",
        "acled-KEN90004",
    ]
    item, gold = pairs[0]
    assert item.published == date(2020, 5, 3)  # the event date is the publication hint
    assert item.country == "Syria"
    assert item.text.startswith("On 3 May 2020, regime artillery")
    assert gold.event_date == date(2020, 5, 3)
    assert (gold.event_type, gold.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert (gold.actor1, gold.inter1, gold.actor2, gold.inter2) == (
        "Military Forces of Syria (2000-)",
        1,
        "Civilians (Syria)",
        7,
    )
    assert (gold.latitude, gold.longitude, gold.geo_precision, gold.fatalities) == (35.613, 36.56, 1, 2)


def test_acled_no_second_actor_and_week_precision(fixtures: Path) -> None:
    pairs = _load("acled", fixtures / "acled_current.csv")
    protest, attack = pairs[2][1], pairs[3][1]
    assert (protest.actor2, protest.inter2) == ("", 0)  # coded: no second actor
    assert attack.event_date is None  # time_precision 2: the day is not known, the date is not scored
    assert pairs[3][0].published == date(2020, 5, 6)  # the hint is still given


@pytest.mark.parametrize(
    ("index", "event_type", "sub_event_type"),
    [
        (0, "Battles", "Armed clash"),
        (1, "Protests", None),
        (2, "Riots", None),
        (3, "Violence against civilians", None),
        (4, None, None),
    ],
    ids=[
        "battle-no-change",
        "riots-protests-by-protesters",
        "riots-protests-by-rioters",
        "upper-case-vac",
        "riots-protests-unsplittable",
    ],
)
def test_acled_old_upper_case_schema(
    fixtures: Path, index: int, event_type: str | None, sub_event_type: str | None
) -> None:
    item, gold = _load("acled", fixtures / "acled_old_upper.csv")[index]
    assert (gold.event_type, gold.sub_event_type) == (event_type, sub_event_type)
    assert item.id.startswith("acled-90")
    assert item.published is not None and item.published.year == 2015


def test_acled_old_schema_dates_and_month_precision(fixtures: Path) -> None:
    pairs = _load("acled", fixtures / "acled_old_upper.csv")
    assert pairs[0][1].event_date == date(2015, 1, 2)  # "02-January-2015"
    assert pairs[3][1].event_date is None  # TIME_PRECISION 3


def test_acled_old_lower_case_schema_with_index_column(fixtures: Path) -> None:
    pairs = _load("acled", fixtures / "acled_old_lower.csv")
    assert [(g.event_type, g.sub_event_type) for _, g in pairs] == [
        ("Explosions/Remote violence", None),
        ("Battles", "Government regains territory"),
    ]
    assert pairs[0][0].published == date(2016, 7, 2)
    assert pairs[1][1].fatalities == 5


def test_acled_folder_reads_every_file_and_limit_applies_across_files(fixtures: Path, tmp_path: Path) -> None:
    for name in ("acled_current.csv", "acled_old_lower.csv"):
        (tmp_path / name).write_bytes((fixtures / name).read_bytes())
    assert len(_load("acled", tmp_path)) == 6
    assert len(_load("acled", tmp_path, limit=5)) == 5


def test_ucdp_headlines_dates_and_precision(fixtures: Path) -> None:
    pairs = _load("ucdp", fixtures / "ucdp.csv")
    (first, gold1), (second, gold2), (third, gold3) = pairs
    assert first.text == "Barrel bombs hit Kafr Zita\n\nRenewed raids on Kafr Zita countryside"
    assert first.published == date(2016, 3, 2)
    assert (gold1.violence_type, gold1.side_a, gold1.side_b, gold1.fatalities, gold1.civilian_deaths) == (
        1,
        "Government of Syria",
        "Syrian insurgents",
        3,
        3,
    )
    assert (gold1.latitude, gold1.admin1) == (35.3736, "Hamah Governorate")
    assert second.published is None  # 1753-01-01 is UCDP's "unknown"
    assert (gold2.event_date, gold2.event_date_end) == (date(2017, 6, 1), date(2017, 6, 7))
    assert gold2.latitude is None and gold2.admin1 == "Ar Raqqah Governorate"  # where_prec 4
    assert third.published is None  # 2109: a typo, not a plausible report date
    assert gold3.admin1 is None and gold3.latitude is None  # where_prec 6: only the country


@pytest.mark.parametrize(
    ("name", "fixture", "first_name"),
    [("acled-places", "acled_current.csv", "Kafr Nabl"), ("ucdp-places", "ucdp.csv", "Kafr Zita town")],
    ids=["acled location column", "ucdp where_coordinates"],
)
def test_geocoding_sets_carry_the_place_name(
    fixtures: Path, name: str, fixture: str, first_name: str
) -> None:
    events = _load(name.removesuffix("-places"), fixtures / fixture)
    places = _load(name, fixtures / fixture)
    assert places[0][0].place_name == first_name
    assert all(item.place_name == gold.location for item, gold in places)
    assert [(i.id, i.text) for i, _ in places] == [(i.id, i.text) for i, g in events if g.location]
    assert dataset_spec(name).metrics[:2] == ("location.within_10km", "location.within_25km")


def test_acled_places_skips_rows_without_a_location(fixtures: Path, tmp_path: Path) -> None:
    lines = (fixtures / "acled_current.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("location")] = ""
    (tmp_path / "acled.csv").write_text(
        "\n".join([lines[0], ",".join(row), *lines[2:]]) + "\n", encoding="utf-8"
    )
    assert len(_load("acled", tmp_path / "acled.csv")) == 4
    assert [i.place_name for i, _ in _load("acled-places", tmp_path / "acled.csv")] == [
        "Qalaat al-Madiq",
        "Nairobi",
        "Mandera",
    ]


def test_fakes_article_without_publication_date(fixtures: Path) -> None:
    pairs = _load("fakes", fixtures / "fakes.csv")
    item, gold = pairs[0]
    assert item.published is None and item.title == "Shelling kills five in Aleppo district"
    assert (gold.event_date, gold.governorate, gold.actor_class, gold.cause_class, gold.civilian_deaths) == (
        date(2016, 3, 12),
        "aleppo",
        "syrian government or russian troops",
        "shelling",
        5,
    )
    assert [i.id for i, _ in pairs] == [
        "fakes-5550001",
        "fakes-5550002",
        "fakes-5550002#2",
    ]  # ids made unique


def test_gtd_rows(fixtures: Path) -> None:
    pairs = _load("gtd", fixtures / "gtd.csv")
    assert len(pairs) == 3  # the row without a summary is skipped
    item, gold = pairs[0]
    assert item.published is None and item.country == "Afghanistan"
    assert (gold.attack_type, gold.perpetrator, gold.fatalities, gold.injuries) == (
        "Bombing/Explosion",
        "Taliban",
        2,
        3,
    )
    assert (gold.admin1, gold.location, gold.event_date) == ("Helmand", "Lashkar Gah", date(2017, 1, 1))
    unknown_attack = pairs[2][1]
    assert unknown_attack.attack_type is None  # "Unknown" is not scored
    assert unknown_attack.event_date is None  # iday 0
    assert unknown_attack.injuries is None  # empty nwound


@pytest.mark.parametrize(
    ("index", "sub_event_type", "event_type", "is_event"),
    [
        (0, "Air/drone strike", "Explosions/Remote violence", True),
        (1, "Peaceful protest", "Protests", True),
        (2, "Shelling/artillery/missile attack", "Explosions/Remote violence", True),
        (3, "Armed clash", "Battles", True),
        (4, None, None, False),
        (5, "Remote explosive/landmine/IED", "Explosions/Remote violence", True),
    ],
    ids=[
        "AIR_STRIKE",
        "PEACE_PROTEST",
        "ART_MISS_ATTACK",
        "ARMED_CLASH",
        "NATURAL_DISASTER-is-no-event",
        "REM_EXPLOS",
    ],
)
def test_case_label_mapping(
    fixtures: Path, index: int, sub_event_type: str | None, event_type: str | None, is_event: bool
) -> None:
    item, gold = _load("case", fixtures / "case.tsv")[index]
    assert (gold.sub_event_type, gold.event_type, gold.is_event) == (sub_event_type, event_type, is_event)
    assert item.id == f"case-{index + 1}"


def test_case_keeps_bare_quotes_in_snippets(fixtures: Path) -> None:
    item, _ = _load("case", fixtures / "case.tsv")[5]
    assert item.text.endswith('wounding a "driver".')


def test_case_codes_cover_all_25_acled_sub_event_types() -> None:
    assert set(CASE_CODES.values()) == set(SubEventType)


def test_case_unknown_code_fails_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("id\tEventSnippet\tSubType\n1\tSomething happened.\tALIEN_LANDING\n", encoding="utf-8")
    with pytest.raises(EvalError, match="ALIEN_LANDING"):
        _load("case", path)


def test_muc4_templates(fixtures: Path) -> None:
    pairs = _load("muc4", fixtures / "muc4.json")
    (_, two), (_, none), (_, kidnap) = pairs
    assert two.incident_types == ("bombing", "attack")  # "bombing / attack" accepts either
    assert two.perpetrators == ("urban guerrillas", "people's liberation front")
    assert two.targets == ("power substation", "police post")
    assert not none.is_event and none.incident_types == ()
    assert kidnap.targets == ("coffee grower",) and kidnap.perpetrators == ("armed men",)
    assert pairs[0][0].id == "muc4-TEST-0001"


@pytest.mark.parametrize(
    ("dataset", "content", "needle"),
    [
        ("acled", "event_date,notes\n1-May-20,text\n", "missing column"),
        ("ucdp", "id,source_headline\n1,text\n", "source_date"),
        ("fakes", "unit_id,article_content\n1,text\n", "article_title"),
        ("gtd", "eventid,summary\n1,text\n", "attacktype1_txt"),
        ("case", "id\tSnippet\n1\ttext\n", "eventsnippet"),
        ("muc4", '{"docid": "x", "doctext": "y"}\n', "templates"),
        ("muc4", "not json\n", "not JSON"),
    ],
    ids=["acled", "ucdp", "fakes", "gtd", "case", "muc4-key", "muc4-json"],
)
def test_wrong_file_fails_naming_file_and_column(
    tmp_path: Path, dataset: str, content: str, needle: str
) -> None:
    path = tmp_path / "gold.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=needle) as caught:
        _load(dataset, path)
    assert str(path) in str(caught.value)
    assert caught.value.code.startswith("E5")


def test_bad_date_fails_naming_line(tmp_path: Path, fixtures: Path) -> None:
    text = (
        (fixtures / "acled_current.csv")
        .read_text(encoding="utf-8")
        .replace("3-May-20", "the third of May", 1)
    )
    path = tmp_path / "acled.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError, match=r"line 2.*the third of May"):
        _load("acled", path)


def test_missing_gold_file_and_unknown_dataset(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="not found"):
        _load("acled", tmp_path / "absent.csv")
    with pytest.raises(EvalError, match=r"unknown dataset 'acme'.*acled"):
        dataset_spec("acme")


def test_every_dataset_names_known_metrics_and_headline_fields() -> None:
    assert set(DATASETS) == set(DatasetName)
    for spec in DATASETS.values():
        assert spec.metrics and all(name in METRICS for name in spec.metrics)
        fields = {METRICS[name].field for name in spec.metrics}
        assert set(spec.headline_fields) <= fields
        assert set(spec.confusion_fields) <= fields
