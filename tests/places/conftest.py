"""A tiny gazetteer written by the project: a handful of real places (GeoNames coordinates) and namesakes."""

from __future__ import annotations

from pathlib import Path

import pytest
from place_rows import make_place

from flashpoint.places.gazetteer import Gazetteer
from flashpoint.places.sources import Alias, CountryInfo, SourcePlace

TINY_PLACES = (
    make_place(
        "geonames:170183", "As Sukhnah", "SY", "Homs", 34.88533, 38.8711, names=("Es Sukhne", "Sukhnah")
    ),
    make_place("geonames:71599", "As Sukhnah", "YE", "Al Hudaydah", 14.79408, 43.4362, 1200),
    make_place(
        "geonames:174186", "Afrin", "SY", "Aleppo", 36.51194, 36.86954, 48693, names=("\u2018Afr\u012bn",)
    ),
    make_place("geonames:169897", "Jisr ash Shughur", "SY", "Idlib", 35.81418, 36.31983, 39311),
    make_place("geonames:169389", "Idlib", "SY", "Idlib", 35.93062, 36.63393, 128840, names=("Idleb",)),
    make_place("geonames:169577", "Homs", "SY", "Homs", 34.72405, 36.72559, 775404, names=("Hims",)),
    make_place("geonames:170063", "Aleppo", "SY", "Aleppo", 36.20124, 37.16117, 1602264, names=("Halab",)),
    make_place(
        "geonames:170794",
        "Deir ez-Zor",
        "SY",
        "Deir ez-Zor",
        35.33588,
        40.14084,
        271800,
        names=("Dayr az Zawr",),
    ),
    make_place("geonames:170017", "Tadmur", "SY", "Homs", 34.56240, 38.28402, 51323, names=("Palmyra",)),
    make_place("geonames:170654", "Damascus", "SY", "Rural Damascus", 33.5102, 36.29128, 1569394),
    make_place("geonames:266826", "Tripoli", "LB", "North", 34.43667, 35.84972, 229398, names=("Trablous",)),
    make_place("geonames:2210247", "Tripoli", "LY", "Tripoli", 32.88743, 13.18733, 1150989),
    make_place("geonames:276781", "Beirut", "LB", "Beirut", 33.89332, 35.50157, 1916100),
    make_place("geonames:738377", "Tuzla", "TR", "Istanbul", 40.81600, 29.30069, 197657),
    make_place("geonames:298117", "Tuzla", "TR", "Adana", 36.70000, 35.06667, 3045),
    make_place("geonames:745044", "Istanbul", "TR", "Istanbul", 41.01384, 28.94966, 14804116),
    make_place("geonames:2152668", "Research", "AU", "Victoria", -37.7, 145.18333, 2500),
    make_place(
        "supplement:t3-station",
        "T3 pumping station",
        "SY",
        "Homs",
        34.62,
        38.58,
        names=("T3", "T3 station"),
        feature_class="S",
        feature_code="PMPS",
    ),
    make_place(
        "supplement:al-tanf-garrison",
        "Al-Tanf garrison",
        "SY",
        "Homs",
        33.50583,
        38.61778,
        names=("al-Tanf", "At Tanf"),
        feature_class="S",
        feature_code="MILB",
    ),
)
TINY_COUNTRIES = (
    CountryInfo(code="SY", name="Syria", population=16906283),
    CountryInfo(code="YE", name="Yemen", population=28498687),
    CountryInfo(code="LB", name="Lebanon", population=6848925),
    CountryInfo(code="LY", name="Libya", population=6678567),
    CountryInfo(code="TR", name="Turkey", population=82319724),
    CountryInfo(code="AU", name="Australia", population=24992369),
)
TINY_DEMONYMS = (
    Alias(country_code="SY", name="Syria", alias="Syrian"),
    Alias(country_code="LB", name="Lebanon", alias="Lebanese"),
    Alias(country_code="TR", name="Turkey", alias="Turkish"),
)


@pytest.fixture
def tiny_gazetteer() -> Gazetteer:
    """The places above in an in-memory store, with admin1 units and countries derived from them."""
    return Gazetteer.from_rows(TINY_PLACES, countries=TINY_COUNTRIES, demonyms=TINY_DEMONYMS)


@pytest.fixture
def tiny_places() -> tuple[SourcePlace, ...]:
    return TINY_PLACES


@pytest.fixture
def tiny_countries() -> tuple[CountryInfo, ...]:
    return TINY_COUNTRIES


@pytest.fixture(scope="session")
def packaged_gazetteer(cache_dir: Path) -> Gazetteer:
    """The real gazetteer compiled from the installed packages (built once per session)."""
    gazetteer = Gazetteer.open(cache_dir)
    gazetteer.ensure_built()
    return gazetteer
