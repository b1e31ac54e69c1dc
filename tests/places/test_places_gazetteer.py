from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flashpoint.errors import ResourceError
from flashpoint.places.build import BuildInputs, build_store
from flashpoint.places.gazetteer import SKELETON_MATCH, USER_STORE, Gazetteer
from flashpoint.places.importer import import_features
from flashpoint.places.sources import CountryInfo, SourcePlace


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("al-Sukhna", "As Sukhnah", "SY"),
        ("Es Sukhne", "As Sukhnah", "SY"),
        ("Jisr al-Shughur", "Jisr ash Shughur", "SY"),
        ("Deir Ezzor", "Deir ez-Zor", "SY"),
        ("the T3 station", "T3 pumping station", "SY"),
        ("At-Tanf", "Al-Tanf garrison", "SY"),
    ],
    ids=["article", "imala", "ash", "glued-article", "facility", "supplement-alias"],
)
def test_lookup_finds_spelling_variants(
    tiny_gazetteer: Gazetteer, written: str, name: str, country: str
) -> None:
    written = written.removeprefix("the ")
    found = [(c.name, c.country_code) for c in tiny_gazetteer.lookup(written)]
    assert (name, country) in found


def test_lookup_orders_by_population_and_fills_admin_and_country(tiny_gazetteer: Gazetteer) -> None:
    candidates = tiny_gazetteer.lookup("Tripoli")
    places = [c for c in candidates if c.feature_class == "P"]
    assert [c.country_code for c in places] == ["LY", "LB"]
    assert places[1].country == "Lebanon"
    assert places[1].admin1 == "North"
    assert all(c.score == 1.0 for c in candidates)


def test_lookup_falls_back_to_the_skeleton_with_a_lower_score(tiny_gazetteer: Gazetteer) -> None:
    candidates = tiny_gazetteer.lookup("Idlab")
    assert candidates
    assert {c.name for c in candidates} == {"Idlib"}
    assert all(c.score == SKELETON_MATCH for c in candidates)


def test_lookup_of_unknown_or_empty_names_is_empty(tiny_gazetteer: Gazetteer) -> None:
    assert tiny_gazetteer.lookup("Nowhereville") == []
    assert tiny_gazetteer.lookup("--") == []


def test_admin1_units_are_derived_from_their_places(tiny_gazetteer: Gazetteer) -> None:
    homs = tiny_gazetteer.admin1("Homs", "sy")
    assert homs is not None
    assert homs.feature_code == "ADM1"
    assert homs.population == 775404 + 51323
    assert 34.5 < homs.latitude < 35.0
    assert tiny_gazetteer.admin1("Homs", "LB") is None


@pytest.mark.parametrize(
    "name", ["Syria", "Syrian", "SY", "sy"], ids=["name", "demonym", "code", "lower-code"]
)
def test_country_by_name_demonym_or_code(tiny_gazetteer: Gazetteer, name: str) -> None:
    country = tiny_gazetteer.country(name)
    assert country is not None
    assert (country.country_code, country.feature_code, country.name) == ("SY", "PCLI", "Syria")


def test_country_of_unknown_name_is_none(tiny_gazetteer: Gazetteer) -> None:
    assert tiny_gazetteer.country("Atlantis") is None


def test_is_known_uses_the_full_key_only(tiny_gazetteer: Gazetteer) -> None:
    assert tiny_gazetteer.is_known("Jisr al-Shughur")
    assert tiny_gazetteer.is_known("Idleb")
    assert not tiny_gazetteer.is_known("Idlab")
    assert not tiny_gazetteer.is_known("")


def test_len_counts_places_units_and_countries(
    tiny_gazetteer: Gazetteer, tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    units = {(p.country_code, p.admin1) for p in tiny_places if p.feature_class == "P"}
    assert len(tiny_gazetteer) == len(tiny_places) + len(units) + len(tiny_countries)


def test_a_closed_in_memory_gazetteer_says_how_to_recover(tiny_gazetteer: Gazetteer) -> None:
    tiny_gazetteer.close()
    with pytest.raises(ResourceError, match="build a new one"):
        tiny_gazetteer.lookup("Homs")


def _tiny_store(path: Path, places: tuple[SourcePlace, ...], countries: tuple[CountryInfo, ...]) -> Path:
    connection = sqlite3.connect(path)
    build_store(connection, BuildInputs(places=places, countries=countries))
    connection.commit()
    connection.close()
    return path


def test_imported_features_are_looked_up_next_to_the_packaged_store(
    tmp_path: Path, tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    csv_file = tmp_path / "outposts.csv"
    csv_file.write_text(
        "id,name,aliases,country_code,admin1,latitude,longitude,kind,source\n"
        "hill-47,Observation Post Hill 47,Hill 47|OP 47,SY,Idlib,35.70,36.40,checkpoint,"
        "project field notes\n",
        encoding="utf-8",
    )
    import_features([csv_file], tmp_path)
    main = _tiny_store(tmp_path / "main.sqlite", tiny_places, tiny_countries)
    gazetteer = Gazetteer(main, user_path=tmp_path / USER_STORE)
    plain = len(Gazetteer(main))
    found = gazetteer.lookup("Hill 47")
    assert [(c.key, c.feature_class, c.feature_code, c.country) for c in found] == [
        ("user:outposts:hill-47", "S", "CTRL", "Syria")
    ]
    assert gazetteer.lookup("Afrin")[0].name == "Afrin"
    assert len(gazetteer) == plain + 1


def test_a_broken_store_file_is_reported_with_the_fix(tmp_path: Path) -> None:
    broken = tmp_path / "gazetteer-broken.sqlite"
    broken.write_bytes(b"this is not a database")
    with pytest.raises(ResourceError, match="delete the file"):
        Gazetteer(broken).lookup("Homs")


def test_an_unwritable_cache_directory_is_a_resource_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.raises(ResourceError, match="writable cache directory"):
        Gazetteer.open(blocker).is_known("Homs")


def test_first_use_compiles_once_and_removes_older_stores(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tiny_places: tuple[SourcePlace, ...],
    tiny_countries: tuple[CountryInfo, ...],
) -> None:
    compiled: list[Path] = []

    def compile_tiny(path: Path) -> int:
        compiled.append(path)
        _tiny_store(path, tiny_places, tiny_countries)
        return len(tiny_places)

    monkeypatch.setattr("flashpoint.places.gazetteer.compile_store", compile_tiny)
    older = tmp_path / "gazetteer-v0-0000000000.sqlite"
    older.write_bytes(b"an outdated store")
    gazetteer = Gazetteer.open(tmp_path)
    assert compiled == []  # opening does no I/O
    assert gazetteer.is_known("Afrin")
    assert Gazetteer.open(tmp_path).lookup("Afrin")[0].country_code == "SY"
    assert len(compiled) == 1
    assert not older.exists()
    assert gazetteer.path is not None and gazetteer.path.exists()


def test_a_user_store_written_before_precision_km_still_opens_and_is_upgraded(
    tmp_path: Path, tiny_places: tuple[SourcePlace, ...], tiny_countries: tuple[CountryInfo, ...]
) -> None:
    from flashpoint.places.build import SCHEMA
    from flashpoint.places.gazetteer import create_user_store

    old = sqlite3.connect(tmp_path / USER_STORE)  # the schema as it was: no precision_km column
    old.executescript(SCHEMA.replace(",\n    precision_km REAL NOT NULL DEFAULT 0", ""))
    old.execute(
        "INSERT INTO place (id, key, name, country_code, latitude, longitude, feature_class, feature_code)"
        " VALUES (1, 'user:old:1', 'Old Post', 'SY', 35.7, 36.4, 'S', 'CTRL')"
    )
    old.execute("INSERT INTO alias (nkey, skel, place) VALUES ('oldpost', 'aldpast', 1)")
    old.commit()
    old.close()
    main = _tiny_store(tmp_path / "main.sqlite", tiny_places, tiny_countries)
    found = Gazetteer(main, user_path=tmp_path / USER_STORE).lookup("Old Post")
    assert [(c.key, c.precision_km) for c in found] == [("user:old:1", 0.0)]
    upgraded = create_user_store(tmp_path / USER_STORE)
    columns = {row[1] for row in upgraded.execute("PRAGMA table_info(place)")}
    upgraded.close()
    assert "precision_km" in columns
