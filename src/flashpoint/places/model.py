"""Places: a place mention resolved against the gazetteer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class GeoPrecision(IntEnum):
    EXACT = 1  # the named place itself
    NEAR = 2  # near the place, between two places, or a small part of a region
    REGION = 3  # only a larger region (admin1/admin2) is known


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One gazetteer entry considered for a mention, with its score (kept for inspection)."""

    key: str  # "geonames:170794", "supplement:t3-station", "user:..."
    name: str
    country_code: str  # ISO 3166-1 alpha-2
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    feature_class: str  # GeoNames class: P populated place, A admin, S spot/building, L area, R road, ...
    feature_code: str
    population: int
    score: float = 0.0
    precision_km: float = 0.0  # how far the point may lie from the feature (the supplement's estimates)


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """Where an event happened, with an honest precision."""

    location: str
    country: str
    country_code: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    geo_precision: GeoPrecision
    mention_start: int
    mention_end: int
    key: str
    candidates: tuple[Candidate, ...] = ()


__all__ = ["Candidate", "GeoPrecision", "Place"]
