"""`flashpoint train`: a model fitted on the user's own ACLED-format rows, written outside the package, used
through FLASHPOINT_EVENT_MODEL."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flashpoint.errors import TrainingError
from flashpoint.events.classifier import EventClassifier
from flashpoint.pipeline.resources import Resources
from flashpoint.settings import Settings
from flashpoint.training import Corpus, acled_corpus, build_user_model, project_corpus, write_user_model

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "src" / "flashpoint"
FIXTURE = REPO / "tests" / "eval" / "fixtures" / "acled_current.csv"

# Project-written notes in ACLED's style (fictional incidents), several per sub-event type.
TOWNS = (
    "Kafr Nabl",
    "Saraqib",
    "Maarat al-Numan",
    "Ariha",
    "Jisr al-Shughur",
    "Atarib",
    "Darat Izza",
    "Binnish",
)
TEMPLATES = {
    "Armed clash": "On {d} May 2021, rebel fighters clashed with regime forces near {t}. Casualties unknown.",
    "Shelling/artillery/missile attack": "On {d} May 2021, regime artillery shelled the town of {t}.",
    "Peaceful protest": "On {d} May 2021, residents of {t} demonstrated peacefully against rising prices.",
    "Abduction/forced disappearance": "On {d} May 2021, unidentified gunmen abducted a teacher in {t}.",
}


def _write_training_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event_date", "event_type", "sub_event_type", "notes"])
        for day, town in enumerate(TOWNS, start=1):
            for sub_event_type, template in TEMPLATES.items():
                writer.writerow(["2021-05-01", "", sub_event_type, template.format(d=day, t=town)])


def _train(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flashpoint", "train", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "200"},
        timeout=300,
        check=False,
    )


def test_acled_corpus_reads_current_schema_rows() -> None:
    corpus, skipped = acled_corpus([FIXTURE])
    assert len(corpus.texts) == 4 and skipped == 0
    assert set(corpus.labels) == {
        "Shelling/artillery/missile attack",
        "Armed clash",
        "Peaceful protest",
        "Attack",
    }


def test_train_command_writes_a_model_the_pipeline_then_uses(tmp_path: Path) -> None:
    rows = tmp_path / "mine.csv"
    _write_training_csv(rows)
    out = tmp_path / "models" / "mine.json"
    result = _train([str(rows), "--out", str(out), "--user-rows-only"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{len(TOWNS) * len(TEMPLATES)} of your rows used" in result.stdout
    assert "licence" in result.stdout
    resources = Resources(settings=Settings(event_model=out))
    model = resources.classifier
    assert model is not EventClassifier.load()
    assert model.provenance["trained_by"] == "flashpoint train"
    assert set(model.labels) == set(TEMPLATES)
    label, _ = model.predict_label("On 30 May 2021, regime artillery shelled the town of Taftanaz.")
    assert label == "Shelling/artillery/missile attack"


def test_train_refuses_a_csv_without_notes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("event_type,sub_event_type\nBattles,Armed clash\n", encoding="utf-8")
    result = _train([str(bad), "--out", str(tmp_path / "m.json"), "--user-rows-only"], tmp_path)
    assert result.returncode == 2
    assert "E602" in result.stderr and "no notes column" in result.stderr
    assert not (tmp_path / "m.json").exists()


def test_a_single_label_corpus_is_refused_with_a_reason(tmp_path: Path) -> None:
    rows = tmp_path / "one.csv"
    rows.write_text("notes,sub_event_type\nClashes near Ariha.,Armed clash\n", encoding="utf-8")
    with pytest.raises(TrainingError, match="at least two labels"):
        build_user_model([rows], with_project_corpus=False)


@pytest.mark.slow
def test_user_rows_join_a_small_project_corpus_and_never_land_in_the_package(tmp_path: Path) -> None:
    rows = tmp_path / "mine.csv"
    _write_training_csv(rows)
    small: Corpus = project_corpus(extra=400, reports=50)
    model = build_user_model([rows], project=small)
    assert model.rows_used == len(TOWNS) * len(TEMPLATES)
    assert model.examples == model.rows_used + len(small.texts)
    loaded = EventClassifier.from_bytes(model.data, source="test")
    assert "none" in loaded.labels and "the project corpus" in loaded.provenance["training_data"]
    with pytest.raises(TrainingError, match="inside the flashpoint package"):
        write_user_model(model, PACKAGE / "events" / "data" / "user_model.json")
    assert not (PACKAGE / "events" / "data" / "user_model.json").exists()
