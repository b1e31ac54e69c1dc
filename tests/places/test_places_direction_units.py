"""Units whose names are directions or open with "Greater": "San Lorenzo (Central)" is in Paraguay's Central
department, "(Tripoli, North)" is Lebanon's North governorate, "Greater Accra" is a region of Ghana. Elsewhere
those words are directions ("north (East)"), and a hamlet called "North East" is no such unit. Project-written
reports; a tiny gazetteer (GeoNames coordinates, rounded), whose admin1 units come from its places."""

from __future__ import annotations

import pytest
from place_rows import make_place
from place_text import resolve_text, sentences_of

from flashpoint.mentions.places import find_place_mentions
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.model import GeoPrecision
from flashpoint.places.sources import CountryInfo

PLACES = (
    make_place("py:san-lorenzo", "San Lorenzo", "PY", "Central", -25.34, -57.51, 227_900),
    make_place("py:lambare", "Lambare", "PY", "Central", -25.35, -57.61, 119_800),
    make_place("py:asuncion", "Asuncion", "PY", "Asuncion", -25.29, -57.65, 1_480_000),
    make_place("ph:san-lorenzo", "San Lorenzo", "PH", "Central Luzon", 15.49, 119.96, 2_500),
    make_place("ph:san-fernando", "San Fernando", "PH", "Central Luzon", 15.03, 120.69, 285_900),
    make_place("np:central", "Hetauda", "NP", "Central", 27.43, 85.03, 84_700),
    make_place("lb:tripoli", "Tripoli", "LB", "North", 34.44, 35.85, 229_400),
    make_place("lb:beddawi", "Beddawi", "LB", "North", 34.45, 35.87, 18_000),
    make_place("ly:tripoli", "Tripoli", "LY", "Tripoli", 32.89, 13.19, 1_150_000),
    make_place("gh:accra", "Accra", "GH", "Greater Accra", 5.56, -0.20, 1_960_000),
    make_place("gh:tema", "Tema", "GH", "Greater Accra", 5.67, -0.02, 161_600),
    make_place("br:rio-branco", "Rio Branco", "BR", "Acre", -9.97, -67.81, 257_600),
    make_place("us:north-east", "North East", "US", "Pennsylvania", 42.22, -79.83, 4_300),
    make_place("bw:francistown", "Francistown", "BW", "North East", -21.17, 27.51, 89_000),
)
COUNTRIES = tuple(
    CountryInfo(code=code, name=name, population=population)
    for code, name, population in (
        ("PY", "Paraguay", 7_100_000),
        ("PH", "Philippines", 110_000_000),
        ("NP", "Nepal", 29_000_000),
        ("LB", "Lebanon", 6_800_000),
        ("LY", "Libya", 6_900_000),
        ("GH", "Ghana", 31_000_000),
        ("BR", "Brazil", 212_000_000),
        ("US", "United States", 330_000_000),
        ("BW", "Botswana", 2_300_000),
    )
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(PLACES, countries=COUNTRIES)


def _names(text: str, gazetteer: Gazetteer) -> list[str]:
    return [m.name for m in find_place_mentions(text, sentences_of(text), gazetteer.is_known)]


def test_a_unit_named_by_a_direction_closing_a_parenthesis_is_a_place(gazetteer: Gazetteer) -> None:
    assert _names("In San Lorenzo (Central), bus drivers protested over unpaid wages.", gazetteer) == [
        "San Lorenzo",
        "Central",
    ]
    assert _names("Rioters blocked a bridge in Beddawi (Tripoli, North) on Monday.", gazetteer) == [
        "Beddawi",
        "Tripoli",
        "North",
    ]


def test_a_direction_elsewhere_is_no_place(gazetteer: Gazetteer) -> None:
    assert _names("The column moved north (East) of Tema on Monday.", gazetteer) == ["Tema"]
    assert _names("Fighting spread to the north (central) of Accra.", gazetteer) == ["Accra"]


def test_the_direction_unit_picks_the_namesake_inside_it(gazetteer: Gazetteer) -> None:
    text = (
        "In San Lorenzo (Central), bus drivers protested at the offices of the San Fernando company"
        " over unpaid wages."
    )
    resolved = dict((m.name, place) for m, place in resolve_text(text, gazetteer))
    town = resolved["San Lorenzo"]
    assert town is not None and (town.key, town.country_code) == ("py:san-lorenzo", "PY")
    unit = resolved["Central"]
    assert unit is not None and (unit.country_code, unit.admin1) == ("PY", "Central")


def test_a_hamlet_called_after_directions_is_no_unit(gazetteer: Gazetteer) -> None:
    # Ghana's North East region is not in this gazetteer; Botswana's North East district is the only unit so
    # named, and nothing else in the report points to Botswana: no place rather than a wrong country
    resolved = resolve_text("Gunmen attacked a farmer in Gordi (Mamprugo Moaduri, North East).", gazetteer)
    assert [place for _, place in resolved] == [None, None, None]
    # with a Botswanan town named too, the district is Botswana's, never the hamlet in Pennsylvania
    resolved = resolve_text("Traders protested in Francistown (North East) on Friday.", gazetteer)
    unit = resolved[1][1]
    assert unit is not None and (unit.country_code, unit.admin1) == ("BW", "North East")


def test_greater_opens_a_unit_name_only_when_it_is_one(gazetteer: Gazetteer) -> None:
    assert _names("A developer was attacked in Dodowa (Gangme, Greater Accra).", gazetteer) == [
        "Dodowa",
        "Gangme",
        "Greater Accra",
    ]
    resolved = resolve_text("A developer was attacked in Dodowa (Gangme, Greater Accra).", gazetteer)
    region = resolved[2][1]
    assert region is not None and (region.country_code, region.admin1, region.geo_precision) == (
        "GH",
        "Greater Accra",
        GeoPrecision.REGION,
    )
    # "Greater Tripoli" is no unit's name: the city
    assert _names("Protesters gathered in Greater Tripoli on Sunday.", gazetteer) == ["Tripoli"]
