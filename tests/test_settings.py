from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import ConfigError
from flashpoint.settings import SETTINGS, SettingSpec, load_settings

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("spec", SETTINGS, ids=[s.name for s in SETTINGS])
def test_every_setting_is_documented_in_the_readme(spec: SettingSpec) -> None:
    text = README.read_text(encoding="utf-8")
    assert f"`{spec.name}`" in text and f"`{spec.env}`" in text


def test_environment_and_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FLASHPOINT_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("FLASHPOINT_MAX_ARTICLE_BYTES", "1234")
    assert load_settings().db == str(tmp_path / "env.db")
    assert load_settings(db="cli.db").db == "cli.db"
    assert load_settings().max_article_bytes == 1234


def test_bad_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHPOINT_MAX_ARTICLE_BYTES", "lots")
    with pytest.raises(ConfigError, match="FLASHPOINT_MAX_ARTICLE_BYTES"):
        load_settings()
