from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision, Place
from flashpoint.places.resolve import resolve_places
from flashpoint.places.sources import CountryInfo, SourcePlace

# A short report written by the project, in the style of conflict reporting about Syria.
REPORT = (
    "Late on 4 June, army units repelled an attack in the area between the town of al-Sukhna and the T3 "
    "station. Security sweeps went on in eastern Homs. Rockets hit the city of Afrin on 5 June. A field "
    "commander was shot dead near Jisr al-Shughur in the southwestern part of Greater Idlib. Militants hide "
    "in the zone around al-Tanf."
)


def resolve(
    text: str, gazetteer: Gazetteer, countries: tuple[str, ...] = ()
) -> list[tuple[str, Place | None]]:
    return [(mention.name, place) for mention, place in resolve_text(text, gazetteer, countries)]


def by_name(text: str, gazetteer: Gazetteer, countries: tuple[str, ...] = ()) -> dict[str, Place]:
    return {name: place for name, place in resolve(text, gazetteer, countries) if place is not None}


def test_the_report_resolves_each_construction(tiny_gazetteer: Gazetteer) -> None:
    places = by_name(REPORT, tiny_gazetteer)
    between = places["al-Sukhna"]
    assert (between.location, between.admin1, between.geo_precision) == (
        "As Sukhnah",
        "Homs",
        GeoPrecision.NEAR,
    )
    assert between.latitude == pytest.approx((34.88533 + 34.62) / 2, abs=0.01)
    assert between.longitude == pytest.approx((38.8711 + 38.58) / 2, abs=0.01)
    homs = places["Homs"]
    assert (homs.key, homs.geo_precision, homs.admin1) == ("admin1:SY:Homs", GeoPrecision.REGION, "Homs")
    afrin = places["Afrin"]
    assert (afrin.latitude, afrin.longitude, afrin.admin1) == (36.51194, 36.86954, "Aleppo")
    assert afrin.geo_precision is GeoPrecision.EXACT
    jisr = places["Jisr al-Shughur"]
    assert (jisr.latitude, jisr.longitude, jisr.admin1) == (35.81418, 36.31983, "Idlib")
    assert jisr.geo_precision is GeoPrecision.NEAR
    idlib = places["Idlib"]
    assert (idlib.key, idlib.geo_precision) == ("admin1:SY:Idlib", GeoPrecision.REGION)
    tanf = places["al-Tanf"]
    assert (tanf.location, tanf.admin1, tanf.country) == ("Al-Tanf garrison", "Homs", "Syria")


def test_the_document_context_picks_the_syrian_namesake(tiny_gazetteer: Gazetteer) -> None:
    alone = by_name("Clashes broke out in al-Sukhna.", tiny_gazetteer)["al-Sukhna"]
    assert alone.country_code == "YE"  # the only signal is population
    in_context = by_name("Clashes broke out in al-Sukhna. Shelling hit Tadmur.", tiny_gazetteer)["al-Sukhna"]
    assert in_context.country_code == "SY"
    from_actors = by_name("Clashes broke out in al-Sukhna.", tiny_gazetteer, ("SY",))["al-Sukhna"]
    assert from_actors.country_code == "SY"


def test_a_named_country_beats_a_larger_namesake(tiny_gazetteer: Gazetteer) -> None:
    place = by_name("Protesters gathered in Tripoli, in northern Lebanon.", tiny_gazetteer)["Tripoli"]
    assert (place.country, place.admin1) == ("Lebanon", "North")


def test_candidates_and_scores_are_kept_for_inspection(tiny_gazetteer: Gazetteer) -> None:
    place = by_name("Clashes broke out in al-Sukhna. Shelling hit Tadmur.", tiny_gazetteer)["al-Sukhna"]
    scores = [candidate.score for candidate in place.candidates]
    assert [c.country_code for c in place.candidates] == ["SY", "YE"]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[1]


def test_a_container_written_after_the_place_decides() -> None:
    places = (
        SourcePlace(
            key="t:1",
            name="Tuzla",
            names=("Tuzla",),
            country_code="TR",
            admin1_code=None,
            admin1="Adana",
            latitude=36.7,
            longitude=35.07,
            feature_class="P",
            feature_code="PPL",
            population=250_000,
        ),
        SourcePlace(
            key="t:2",
            name="Tuzla",
            names=("Tuzla",),
            country_code="TR",
            admin1_code=None,
            admin1="Istanbul",
            latitude=40.82,
            longitude=29.3,
            feature_class="P",
            feature_code="PPL",
            population=2_000,
        ),
        SourcePlace(
            key="t:3",
            name="Kadikoy",
            names=("Kadikoy",),
            country_code="TR",
            admin1_code=None,
            admin1="Istanbul",
            latitude=40.99,
            longitude=29.03,
            feature_class="P",
            feature_code="PPL",
            population=500_000,
        ),
    )
    gazetteer = Gazetteer.from_rows(places, countries=(CountryInfo(code="TR", name="Turkey", population=1),))
    resolved = by_name("Workers protested in Tuzla, Istanbul.", gazetteer)
    assert resolved["Tuzla"].key == "t:2"
    assert resolved["Istanbul"].geo_precision is GeoPrecision.REGION


def test_an_unknown_place_falls_back_to_the_unit_the_text_names(tiny_gazetteer: Gazetteer) -> None:
    text = "Gunmen raided the village of Tell Zaytun in eastern Idlib."
    resolved = resolve(text, tiny_gazetteer)
    assert [name for name, _ in resolved] == ["Tell Zaytun", "Idlib"]
    unknown = resolved[0][1]
    assert unknown is not None
    assert (unknown.location, unknown.geo_precision, unknown.candidates) == ("Idlib", GeoPrecision.REGION, ())
    assert text[unknown.mention_start : unknown.mention_end] == "Tell Zaytun"


def test_an_unknown_place_before_a_town_in_brackets_takes_the_town_nearby(tiny_gazetteer: Gazetteer) -> None:
    resolved = dict(resolve("Gunmen raided the village of Tell Zaytun (Homs).", tiny_gazetteer))
    unknown = resolved["Tell Zaytun"]
    assert unknown is not None
    assert (unknown.location, unknown.geo_precision) == ("Homs", GeoPrecision.NEAR)


def test_a_small_namesake_abroad_is_dropped(tiny_gazetteer: Gazetteer) -> None:
    text = "Shelling hit Afrin and Homs. A centre of Research said the toll was rising."
    resolved = dict(resolve(text, tiny_gazetteer))
    assert resolved["Research"] is None
    assert resolved["Afrin"] is not None


def test_nothing_to_resolve(tiny_gazetteer: Gazetteer) -> None:
    assert resolve_places((), tiny_gazetteer) == []


def test_a_district_of_a_town_falls_back_to_the_town(tiny_gazetteer: Gazetteer) -> None:
    resolved = dict(resolve("Nurses protested in the Obolon district of Aleppo.", tiny_gazetteer))
    district = resolved["Obolon"]
    assert district is not None
    assert (district.location, district.geo_precision) == ("Aleppo", GeoPrecision.NEAR)


def test_region_around_a_town_keeps_the_town_at_precision_two(tiny_gazetteer: Gazetteer) -> None:
    place = by_name("Shelling hit rural Tadmur on Monday.", tiny_gazetteer)["Tadmur"]
    assert (place.location, place.geo_precision, place.key) == (
        "Tadmur",
        GeoPrecision.NEAR,
        "geonames:170017",
    )


def test_a_small_namesake_outside_the_place_named_after_it_gives_way_to_that_place() -> None:
    def row(key: str, name: str, admin1: str, latitude: float, population: int) -> SourcePlace:
        return SourcePlace(
            key=key,
            name=name,
            names=(name,),
            country_code="UA",
            admin1_code=None,
            admin1=admin1,
            latitude=latitude,
            longitude=37.0,
            feature_class="P",
            feature_code="PPL",
            population=population,
        )

    gazetteer = Gazetteer.from_rows(
        (row("u:1", "Pisky", "Poltava", 49.6, 3_000), row("u:2", "Donetsk", "Donetsk", 48.0, 900_000)),
        countries=(CountryInfo(code="UA", name="Ukraine", population=1),),
    )
    place = by_name("Shots were heard near Pisky, Donetsk.", gazetteer)["Pisky"]
    assert (place.location, place.admin1, place.geo_precision) == ("Donetsk", "Donetsk", GeoPrecision.NEAR)
    assert place.candidates == ()


def test_a_name_written_twice_is_one_place_decided_by_its_container() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("t:1", "Tuzla", "TR", "Adana", 36.7, 35.07, 2_000),
            make_place("t:2", "Istanbul", "TR", "Istanbul", 41.01, 28.95, 15_000_000),
        ),
        countries=(CountryInfo(code="TR", name="Turkey", population=1),),
    )
    resolved = resolve("Arsonists hit a plant in Tuzla. The plant lies in Tuzla, Istanbul.", gazetteer)
    tuzlas = [place for name, place in resolved if name == "Tuzla"]
    assert [(p.location, p.geo_precision) for p in tuzlas if p] == [("Istanbul", GeoPrecision.NEAR)] * 2


def test_a_unit_named_like_a_large_city_elsewhere_does_not_vote_for_itself() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("k:1", "Kyiv", "UA", "Kyiv City", 50.45, 30.52, 2_900_000),
            make_place("k:2", "Bila Tserkva", "UA", "Kyiv", 49.8, 30.11, 200_000),
            make_place("k:3", "Brovary", "UA", "Kyiv", 50.51, 30.79, 100_000),
        ),
        countries=(CountryInfo(code="UA", name="Ukraine", population=1),),
    )
    place = by_name("Nurses protested in Kyiv on Tuesday.", gazetteer)["Kyiv"]
    assert (place.key, place.geo_precision) == ("k:1", GeoPrecision.EXACT)


def test_a_district_named_by_its_seat_is_near_the_seat() -> None:
    gazetteer = Gazetteer.from_rows(
        (make_place("d:1", "Yangi Qala", "AF", "Takhar", 37.46, 69.61, 20_000),),
        countries=(CountryInfo(code="AF", name="Afghanistan", population=1),),
    )
    place = by_name("Militants attacked a village in Yangi Qala district.", gazetteer)["Yangi Qala"]
    assert (place.key, place.geo_precision) == ("d:1", GeoPrecision.NEAR)


def test_a_town_followed_by_the_unit_of_its_name_is_not_contained_by_its_namesakes() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("a:1", "Asuncion", "PY", "Asuncion", -25.29, -57.65, 1_500_000),
            make_place("a:2", "Asuncion Norte", "MX", "Oaxaca", 17.46, -97.22, 13_000, names=("Asuncion",)),
            make_place("a:3", "Asuncion Sur", "MX", "Oaxaca", 16.5, -95.0, 7_000, names=("Asuncion",)),
        ),
        countries=(
            CountryInfo(code="PY", name="Paraguay", population=1),
            CountryInfo(code="MX", name="Mexico", population=1),
        ),
    )
    town, unit = (
        place for _, place in resolve("Doctors protested in Asuncion (Asuncion) on Friday.", gazetteer)
    )
    assert (town and town.key, unit and unit.country_code) == ("a:1", "PY")


def test_a_place_inside_the_district_named_after_it_is_contained_even_far_from_the_seat() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place(
                "s:1",
                "Bacolod",
                "PH",
                "Western Visayas",
                10.67,
                122.95,
                500_000,
                admin2="Negros Occidental",
            ),
            make_place(
                "s:2",
                "San Carlos",
                "PH",
                "Western Visayas",
                10.48,
                123.6,
                20_000,
                admin2="Negros Occidental",
            ),
            make_place("s:3", "San Carlos", "PH", "Ilocos", 15.93, 120.35, 200_000, admin2="Pangasinan"),
        ),
        countries=(CountryInfo(code="PH", name="Philippines", population=1),),
    )
    place = by_name("A man was shot dead in San Carlos, Negros Occidental.", gazetteer)["San Carlos"]
    assert place.key == "s:2"


@pytest.mark.parametrize(
    ("written", "own_name", "precision"),
    [
        ("Oleksandrivka", "Donetsk", GeoPrecision.NEAR),
        ("Mogilev", "Mahilyow", GeoPrecision.EXACT),
        ("Acapulco", "Acapulco de Juarez", GeoPrecision.EXACT),
    ],
    ids=["another-name", "a-spelling", "part-of-the-name"],
)
def test_an_alternate_name_that_is_another_name_is_not_claimed_exactly(
    written: str, own_name: str, precision: GeoPrecision
) -> None:
    gazetteer = Gazetteer.from_rows(
        (make_place("o:1", own_name, "UA", "Donetsk", 48.0, 37.8, 900_000, names=(written,)),),
        countries=(CountryInfo(code="UA", name="Ukraine", population=1),),
    )
    place = by_name(f"Shelling was reported in {written} on Monday.", gazetteer, ("UA",))[written]
    assert (place.key, place.geo_precision) == ("o:1", precision)


def test_a_unit_abroad_named_like_a_part_of_a_town_gives_way_to_the_town() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("q:1", "Tikrit", "IQ", "Salah al-Din", 34.6, 43.68, 160_000),
            make_place("q:2", "Aleppo", "SY", "Aleppo", 36.2, 37.16, 1_600_000),
        ),
        countries=(
            CountryInfo(code="IQ", name="Iraq", population=1),
            CountryInfo(code="SY", name="Syria", population=1),
        ),
    )
    text = "A bomb killed six people in the Salah al-Din district of Aleppo on Wednesday."
    place = by_name(text, gazetteer, ("SY",))["Salah al-Din"]
    assert (place.location, place.country_code, place.geo_precision) == ("Aleppo", "SY", GeoPrecision.NEAR)


def test_a_large_city_the_text_calls_a_city_outlives_a_weak_namesake_abroad() -> None:
    gazetteer = Gazetteer.from_rows(
        (
            make_place("j:1", "Jora", "IN", "Madhya Pradesh", 26.34, 77.81, 5_000),
            make_place("j:2", "Deir Ezzor", "SY", "Deir ez-Zor", 35.33, 40.14, 240_000),
        ),
        countries=(
            CountryInfo(code="IN", name="India", population=1),
            CountryInfo(code="SY", name="Syria", population=1),
        ),
    )
    places = by_name("Rockets hit the Jora neighbourhood. Two people died in Deir Ezzor city.", gazetteer)
    assert places["Deir Ezzor"].key == "j:2"
