"""Members name a country one way, so "SY" and "Syria" are one country to clustering and merging."""

from __future__ import annotations

import pytest

from flashpoint.incidents.countries import country_name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("SY", "Syria"),
        ("TUR", "Turkey"),
        ("Syria", "Syria"),
        ("Levantia", "Levantia"),
        ("ZZ", "ZZ"),
        ("  ", None),
        (None, None),
    ],
    ids=["alpha-2", "alpha-3", "name-kept", "unknown-name-kept", "unknown-code-kept", "blank", "none"],
)
def test_country_name(value: str | None, expected: str | None) -> None:
    assert country_name(value) == expected
