from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from flashpoint.errors import EvalError
from flashpoint.eval.datasets import DATASETS
from flashpoint.eval.gate import compare_floors, load_floors, locate_eval_dir, run_gate
from flashpoint.eval.model import EvalItem, EvalReport, FieldScore
from flashpoint.eval.runner import run_eval
from flashpoint.eval.scoring import METRICS
from flashpoint.events.model import Event
from flashpoint.events.serialize import event_from_dict

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


SHELLING = event_from_dict(
    {
        "id": "e",
        "document_id": "d",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "fatalities": 2,
        "injuries": 0,
        "confidence": 0.9,
        "extractor": "fake",
        "extractor_version": "1",
    }
)


def one_right(item: EvalItem) -> tuple[Event, ...]:
    """Codes only the Kafr Nabl shelling (1 of the 4 ACLED fixture rows), with the right event type."""
    return (SHELLING,) if "Kafr Nabl" in item.text else ()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A stand-in for ../shared with only an ACLED file in it."""
    (tmp_path / "eval" / "acled").mkdir(parents=True)
    shutil.copy(FIXTURES / "acled_current.csv", tmp_path / "eval" / "acled" / "acled_2020-05.csv")
    return tmp_path


def _floors(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "floors.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("floor", "passed"),
    [(0.25, True), (0.2, True), (0.5, False)],
    ids=["at-floor", "above-floor", "below-floor"],
)
def test_gate_pass_and_fail(shared: Path, tmp_path: Path, floor: float, passed: bool) -> None:
    config = load_floors(
        _floors(
            tmp_path,
            f'[floors.acled]\n"event_type.accuracy" = {floor}\n'
            '[floors.fakes]\n"governorate.accuracy" = 0.9\n',
        )
    )
    result = run_gate(config, shared / "eval", one_right)
    assert result.ran == ("acled",)
    assert result.skipped == (f"fakes: {shared / 'eval' / 'fakes/fakes.csv'} is absent",)
    assert [(r.dataset, r.metric, r.value, r.passed) for r in result.rows] == [
        ("acled", "event_type.accuracy", 0.25, passed)
    ]
    assert result.passed is passed


def test_gate_uses_configured_gold_and_limit(shared: Path, tmp_path: Path) -> None:
    config = load_floors(
        _floors(
            tmp_path,
            '[datasets.acled]\ngold = "acled/acled_2020-05.csv"\nlimit = 1\n'
            '[floors.acled]\n"event_type.accuracy" = 1.0\n',
        )
    )
    seen: list[EvalReport] = []
    result = run_gate(config, shared / "eval", one_right, on_report=seen.append)
    assert [r.items for r in seen] == [1]
    assert result.passed  # the first row is the one the fake codes right


def test_unmeasured_metric_fails(tmp_path: Path) -> None:
    config = load_floors(_floors(tmp_path, '[floors.acled]\n"event_date.exact" = 0.0\n'))
    report = run_eval("acled", FIXTURES / "acled_current.csv", one_right)
    unmeasured = tuple(
        FieldScore(name=s.name, value=None, ci_low=None, ci_high=None, n=0) for s in report.scores
    )
    empty = EvalReport(
        dataset="acled",
        gold_path="x",
        extractor=None,
        selection_rule="",
        items=0,
        items_with_event=0,
        seconds=0.0,
        scores=unmeasured,
    )
    (row,) = compare_floors(config.floors, {"acled": empty})
    assert not row.passed and row.note.startswith("not measured")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[floors.acme]\n"x.accuracy" = 0.5\n', "unknown dataset 'acme'"),
        ('[floors.acled]\n"governorate.accuracy" = 0.5\n', "not a metric of acled"),
        ('[floors.acled]\n"location.median_km" = 0.5\n', "lower-is-better"),
        ('[floors.acled]\n"event_type.accuracy" = 1.5\n', "from 0 to 1"),
        ('[floors.acled]\n"event_type.accuracy" = "high"\n', "from 0 to 1"),
        ("[datasets.acled]\nlimit = -3\n", "positive integer"),
        ("[floors\n", "not valid TOML"),
    ],
    ids=["dataset", "metric", "lower-is-better", "range", "type", "limit", "toml"],
)
def test_bad_floors_files_fail_with_the_reason(tmp_path: Path, body: str, needle: str) -> None:
    with pytest.raises(EvalError, match=needle):
        load_floors(_floors(tmp_path, body))


def test_missing_floors_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="floors file not found"):
        load_floors(tmp_path / "absent.toml")


def test_repository_floors_file_is_valid_and_covers_every_shared_dataset() -> None:
    config = load_floors(REPO / "quality" / "floors.toml")
    shared_datasets = {name for name, spec in DATASETS.items() if spec.default_gold}
    assert {d.name for d in config.datasets} == shared_datasets
    assert all(0.0 <= f.floor <= 1.0 and METRICS[f.metric].higher_is_better for f in config.floors)
    assert {f.dataset for f in config.floors} == shared_datasets


def test_locate_eval_dir(tmp_path: Path) -> None:
    assert locate_eval_dir(tmp_path / "absent") is None
    assert locate_eval_dir(tmp_path) == tmp_path
    (tmp_path / "eval").mkdir()
    assert locate_eval_dir(tmp_path) == tmp_path / "eval"


def test_progress_sink_is_told_the_count(shared: Path, tmp_path: Path) -> None:
    events: list[tuple[str, int]] = []

    class Sink:
        def start(self, total: int) -> None:
            events.append(("start", total))

        def advance(self, count: int) -> None:
            events.append(("advance", count))

    factory: Callable[[str], Sink] = lambda dataset: Sink()  # noqa: E731
    config = load_floors(_floors(tmp_path, '[floors.acled]\n"event_type.accuracy" = 0.0\n'))
    run_gate(config, shared / "eval", one_right, progress=factory)
    assert events[0] == ("start", 4) and events.count(("advance", 1)) == 4
