"""The source registry: shipped outlets, lookups, reposting and user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import ResourceError
from flashpoint.mentions.sources import OutletKind, SourceRegistry


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return SourceRegistry.load()


def test_ships_the_development_data_outlets(registry: SourceRegistry) -> None:
    names = {outlet.name for outlet in registry.outlets}
    for name in (
        "SANA",
        "Al-Manar",
        "Sputnik",
        "TASS",
        "Reuters",
        "Etilaf",
        "SOHR",
        "Daily Sabah",
        "TRT",
        "Al-Araby Al-Jadeed",
        "Al-Ahram",
        "AP",
        "AFP",
        "Anadolu Agency",
        "Al Jazeera",
        "BBC",
        "Kyiv Independent",
        "Ukrinform",
        "RIA Novosti",
        "Xinhua",
        "Airwars",
        "ACLED",
        "UCDP",
        "South Front",
        "Global Research",
        "UN OCHA",
        "Turkish Ministry of National Defence",
    ):
        assert name in names, name


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Syrian Observatory for Human Rights", "SOHR"),
        ("the Britain-based war monitor", "SOHR"),
        ("Syrian Arab News Agency", "SANA"),
        ("Turkish defence ministry", "Turkish Ministry of National Defence"),
        ("Turkey's Defense Ministry", "Turkish Ministry of National Defence"),
        ("UN Office for the Coordination of Humanitarian Affairs", "UN OCHA"),
        ("Associated Press", "AP"),
        ("The New Arab", "Al-Araby Al-Jadeed"),
        ("Pro-opposition sources", "pro-opposition sources"),
        ("a military source", "military sources"),
        ("Witnesses", "witnesses"),
        ("The Daily Planet", None),
    ],
    ids=[
        "sohr-long",
        "sohr-monitor",
        "sana",
        "turkish-mod",
        "turkish-mod-us-spelling",
        "ocha",
        "ap",
        "new-arab",
        "class-pro-opposition",
        "class-military",
        "class-witnesses",
        "unknown",
    ],
)
def test_normalise(registry: SourceRegistry, written: str, canonical: str | None) -> None:
    assert registry.normalise(written) == canonical


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.globalresearch.ca/video-isis-threat/5706870", "Global Research"),
        ("https://sana.sy/en/?p=123", "SANA"),
        ("http://english.almanar.com.lb/1000", "Al-Manar"),
        ("https://www.dailysabah.com/politics", "Daily Sabah"),
        ("tass.com/world/1", "TASS"),
        ("https://example.org/news", None),
    ],
    ids=["global-research", "sana", "almanar-subdomain", "daily-sabah", "no-scheme", "unknown"],
)
def test_outlet_for_url(registry: SourceRegistry, url: str, name: str | None) -> None:
    outlet = registry.outlet_for_url(url)
    assert (outlet.name if outlet else None) == name


def test_reposting_and_independent_sources(registry: SourceRegistry) -> None:
    assert registry.is_repost_of("Global Research", "South Front")
    assert not registry.is_repost_of("South Front", "Global Research")
    assert not registry.is_repost_of("SANA", "SANA")
    assert registry.origin("Centre for Research on Globalization") == "South Front"
    assert (
        registry.count_independent(["Global Research", "South Front", "SANA", "Syrian Arab News Agency"]) == 2
    )


def test_outlet_attributes(registry: SourceRegistry) -> None:
    sohr = registry.get("Syrian Observatory")
    assert sohr is not None
    assert (sohr.kind, sohr.country, sohr.leaning) == (OutletKind.MONITOR, "SY", "pro-opposition")
    assert registry.claimant_class("local sources") is not None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[outlet]]\nname = "Daily Planet"\nkind = "tabloid"\n', "outlet 'Daily Planet': kind 'tabloid'"),
        (
            '[[outlet]]\nname = "Daily Planet"\nkind = "outlet"\nreposts = ["Nowhere News"]\n',
            "outlet 'Daily Planet': reposts 'Nowhere News'",
        ),
        (
            '[[outlet]]\nname = "Daily Planet"\nkind = "outlet"\n'
            '[[outlet]]\nname = "Daily Planet"\nkind = "wire"\n',
            "outlet 'Daily Planet': listed twice",
        ),
        (
            '[[outlet]]\nname = "Daily Planet"\nkind = "outlet"\ncountry = "Metropolis"\n',
            "outlet 'Daily Planet': country 'Metropolis'",
        ),
        ("[[outlet]\n", "is not valid TOML"),
    ],
    ids=["bad-kind", "unknown-repost", "duplicate", "bad-country", "bad-toml"],
)
def test_bad_source_file_names_file_and_outlet(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ResourceError) as caught:
        SourceRegistry.load(extra=[path])
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[outlet]]\nname = "Daily Planet"\naliases = ["The Planet"]\ndomains = ["dailyplanet.example"]\n'
        'kind = "outlet"\nreposts = ["Reuters"]\n'
        '[[outlet]]\nname = "SANA"\nkind = "outlet"\nleaning = "state media (configured by the user)"\n',
        encoding="utf-8",
    )
    registry = SourceRegistry.load(extra=[path])
    assert registry.normalise("The Planet") == "Daily Planet"
    assert registry.outlet_for_url("https://dailyplanet.example/a") == registry.get("Daily Planet")
    assert registry.is_repost_of("Daily Planet", "Reuters")
    sana = registry.get("SANA")
    assert sana is not None and sana.leaning == "state media (configured by the user)"
    assert registry.normalise("Syrian Arab News Agency") is None  # the override dropped the shipped aliases
