"""Gazetteer rows for the places tests: one builder for every test that writes its own places."""

from __future__ import annotations

from flashpoint.places.sources import SourcePlace


def make_place(
    key: str,
    name: str,
    country_code: str,
    admin1: str | None,
    latitude: float,
    longitude: float,
    population: int = 0,
    *,
    names: tuple[str, ...] = (),
    feature_class: str = "P",
    feature_code: str = "PPL",
    admin2: str | None = None,
    admin1_code: str | None = None,
) -> SourcePlace:
    return SourcePlace(
        key=key,
        name=name,
        names=(name, *names),
        country_code=country_code,
        admin1_code=admin1_code,
        admin1=admin1,
        admin2=admin2,
        latitude=latitude,
        longitude=longitude,
        feature_class=feature_class,
        feature_code=feature_code,
        population=population,
    )
