"""The resolver's guards around a report's own places: a name written twice, units after a place, named countries."""

from __future__ import annotations

from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import Place
from flashpoint.places.sources import CountryInfo


def _resolve(
    text: str, gazetteer: Gazetteer, countries: tuple[str, ...] = ()
) -> list[tuple[str, Place | None]]:
    return [(mention.text, place) for mention, place in resolve_text(text, gazetteer, countries)]


SYRIA = CountryInfo(code="SY", name="Syria", population=16_906_283)


def test_a_name_before_another_place_does_not_move_a_large_place_of_that_name() -> None:
    """ "the highway of Daraa to Damascus" reads like "Daraa in Damascus"; the province named elsewhere stays."""
    gazetteer = Gazetteer.from_rows(
        (
            make_place("d:1", "Dara", "SY", "Daraa", 32.62, 36.10, 97_969, names=("Daraa", "Deraa")),
            make_place("d:2", "Nawa", "SY", "Daraa", 32.89, 36.04, 45_000),
            make_place("d:3", "Damascus", "SY", "Damascus", 33.51, 36.29, 1_569_394),
        ),
        countries=(SYRIA,),
    )
    text = (
        "Troops killed a rebel commander in Daraa province on Saturday. "
        "Later they cleared the highway of Daraa to Damascus."
    )
    first = _resolve(text, gazetteer, ("SY",))[0]
    assert first[0] == "Daraa province"
    assert first[1] is not None
    assert (first[1].admin1, first[1].candidates != ()) == ("Daraa", True)


def test_a_province_of_the_reports_country_is_not_outside_a_foreign_village_written_after_it() -> None:
    """ "Idlib province, Rossiya state television said": the village abroad is no unit Idlib lies in."""
    gazetteer = Gazetteer.from_rows(
        (
            make_place("i:1", "Idlib", "SY", "Idlib", 35.93, 36.63, 128_840),
            make_place("i:2", "Maarrat an Numan", "SY", "Idlib", 35.64, 36.67, 58_008),
            make_place("r:1", "Rossiya", "RU", "Kursk", 51.6, 36.1, 300),
        ),
        countries=(SYRIA, CountryInfo(code="RU", name="Russia", population=144_478_050)),
    )
    text = "Jets struck Maarrat an Numan in Idlib province, Rossiya state television said."
    places = dict(_resolve(text, gazetteer, ("SY",)))
    province = places["Idlib province"]
    assert province is not None
    assert (province.country_code, province.admin1) == ("SY", "Idlib")


def test_a_country_named_again_and_again_counts_once() -> None:
    """Five mentions of the United States in a Syrian report do not make a small US namesake the capital."""
    gazetteer = Gazetteer.from_rows(
        (
            make_place("s:1", "Damascus", "SY", "Damascus", 33.51, 36.29, 1_569_394),
            make_place("u:1", "Damascus", "US", "Maryland", 39.29, -77.2, 15_257),
            make_place("s:2", "Homs", "SY", "Homs", 34.72, 36.72, 775_404),
        ),
        countries=(SYRIA, CountryInfo(code="US", name="United States", population=327_167_434)),
    )
    text = (
        "The United States condemned the attack near Damascus. The United States said it had evidence. "
        "The United States would act, and the United States warned Syria. The United States met allies."
    )
    places = dict(_resolve(text, gazetteer))
    damascus = places["near Damascus"]
    assert damascus is not None
    assert damascus.country_code == "SY"
    syrian = max(c.score for c in damascus.candidates if c.country_code == "SY")
    american = max(c.score for c in damascus.candidates if c.country_code == "US")
    assert syrian - american > 0.5, "repeating a country's name must not bring its namesake within reach"


def test_a_governorate_named_like_its_capital_is_kept_when_only_foreign_forces_give_context() -> None:
    """ "US forces blocked a Russian patrol in Al-Hasakeh": the city and its governorate share the name, so
    the name is no chance match, even though the actors' countries point elsewhere."""
    gazetteer = Gazetteer.from_rows(
        (
            make_place("h:1", "Al Hasakah", "SY", "Al-Hasakeh", 36.50, 40.75, 422_445, names=("Al-Hasakeh",)),
            make_place("h:2", "Tall Tamr", "SY", "Al-Hasakeh", 36.65, 40.37, 7_000),
        ),
        countries=(SYRIA,),
    )
    places = dict(_resolve("US forces blocked a Russian patrol in Al-Hasakeh.", gazetteer, ("US", "RU")))
    hasakeh = places["Al-Hasakeh"]
    assert hasakeh is not None
    assert (hasakeh.country_code, hasakeh.admin1) == ("SY", "Al-Hasakeh")


def test_a_city_and_its_own_governorate_do_not_make_the_city_doubtful() -> None:
    """ "Twin suicide blasts ... near Damascus": Damascus the city beat Damascus the governorate, which is the
    same place, so the pick is clear and a small namesake abroad of a capitalised word is dropped."""
    gazetteer = Gazetteer.from_rows(
        (
            make_place("s:1", "Damascus", "SY", "Damascus", 33.51, 36.29, 1_569_394),
            make_place("s:2", "Al Mazzah", "SY", "Damascus", 33.50, 36.25, 50_000),
            make_place("b:1", "Thuin", "BE", "Wallonia", 50.34, 4.29, 14_682, names=("Twin",)),
        ),
        countries=(SYRIA, CountryInfo(code="BE", name="Belgium", population=11_422_068)),
    )
    places = dict(_resolve("Twin suicide blasts hit a checkpoint near Damascus on Monday.", gazetteer))
    assert places["Twin"] is None
    damascus = places["near Damascus"]
    assert damascus is not None
    assert damascus.country_code == "SY"
