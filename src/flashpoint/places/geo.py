"""Small spherical-geometry helpers: great-circle distance and the midpoint of two points."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """The great-circle midpoint of two points, as (latitude, longitude)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    lambda1 = math.radians(lon1)
    dlambda = math.radians(lon2 - lon1)
    bx = math.cos(phi2) * math.cos(dlambda)
    by = math.cos(phi2) * math.sin(dlambda)
    phi = math.atan2(math.sin(phi1) + math.sin(phi2), math.sqrt((math.cos(phi1) + bx) ** 2 + by**2))
    lam = lambda1 + math.atan2(by, math.cos(phi1) + bx)
    return math.degrees(phi), (math.degrees(lam) + 540.0) % 360.0 - 180.0


__all__ = ["EARTH_RADIUS_KM", "distance_km", "midpoint"]
