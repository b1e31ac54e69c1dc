"""End-to-end scoring with small fake extractors (real functions at module level, so workers can use them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from flashpoint.errors import EvalError
from flashpoint.eval.metrics import haversine_km
from flashpoint.eval.model import EvalItem, EvalReport
from flashpoint.eval.runner import predict, predict_all, resolve_extractor, run_eval, select_event
from flashpoint.events.model import Event, Evidence

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHIFT_20_KM = 20.0 / haversine_km(0.0, 0.0, 1.0, 0.0)  # degrees of latitude in 20 km

_BASE = Event(
    id="e",
    document_id="d",
    event_date=date(2020, 5, 3),
    time_precision=1,
    event_type="Explosions/Remote violence",
    sub_event_type="Shelling/artillery/missile attack",
    actor1="Military Forces of Syria (2000-)",
    assoc_actor_1=None,
    actor2="Civilians (Syria)",
    assoc_actor_2=None,
    inter1=1,
    inter2=7,
    country="Syria",
    admin1="Idlib",
    admin2=None,
    location="Kafr Nabl",
    latitude=35.613,
    longitude=36.56,
    geo_precision=1,
    fatalities=2,
    injuries=0,
    claims=(),
    evidence=(),
    confidence=0.9,
    extractor="fake",
    extractor_version="1",
)


def _anchor(start: int) -> Evidence:
    return Evidence(field="event_type", start=start, end=start + 6, text="killed")


def acled_fake(item: EvalItem) -> tuple[Event, ...]:
    """Right on the first row, partly wrong on the second, nothing on the third, a crash on the fourth."""
    if "Kafr Nabl" in item.text:
        later = replace(_BASE, fatalities=9, evidence=(_anchor(120),))
        return (later, replace(_BASE, evidence=(_anchor(3),)))  # the event told first is scored
    if "Qalaat al-Madiq" in item.text:
        return (
            replace(
                _BASE,
                event_date=date(2020, 5, 4),
                latitude=35.41 + SHIFT_20_KM,
                longitude=36.39,
                fatalities=5,
                confidence=0.8,
                actor2="HTS: Hayat Tahrir al-Sham",
                inter2=2,
            ),
        )
    if "Nairobi" in item.text:
        return ()
    raise RuntimeError("parser fell over")


def case_fake(item: EvalItem) -> tuple[Event, ...]:
    text = item.text.casefold()
    for keyword, sub_event_type, event_type in (
        ("warplanes", "Air/drone strike", "Explosions/Remote violence"),
        ("nurses", "Peaceful protest", "Protests"),
        ("artillery", "Air/drone strike", "Explosions/Remote violence"),
        ("militias", "Armed clash", "Battles"),
        ("roadside", "Shelling/artillery/missile attack", "Explosions/Remote violence"),
    ):
        if keyword in text:
            return (replace(_BASE, sub_event_type=sub_event_type, event_type=event_type),)
    return ()


def _acled_report(jobs: int = 1) -> EvalReport:
    return run_eval("acled", FIXTURES / "acled_current.csv", acled_fake, jobs=jobs)


def _value(report: EvalReport, name: str) -> float | None:
    score = report.score(name)
    assert score is not None, name
    return score.value


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("event_type.accuracy", 1 / 4),
        ("sub_event_type.accuracy", 1 / 4),
        ("actor1.name_match", 2 / 4),
        ("actor2.name_match", 2 / 4),
        ("actor2.class_accuracy", 2 / 4),
        ("location.within_10km", 1 / 4),
        ("location.within_25km", 2 / 4),
        ("location.within_50km", 2 / 4),
        ("location.median_km", None),  # two of four items have no location: the median is infinite
        ("location.precision1_within_10km", 1 / 2),
        ("admin1.accuracy", 1 / 4),
        ("event_date.exact", 2 / 3),  # the fourth row is week-precise: its date is not scored
        ("event_date.within_1day", 2 / 3),
        ("fatalities.exact", 1 / 4),
        ("fatalities.exact_gold_positive", 1 / 3),
        ("fatalities.within_20pct", 1 / 4),
    ],
    ids=lambda value: str(value),
)
def test_acled_metrics_against_hand_counts(metric: str, expected: float | None) -> None:
    value = _value(_acled_report(), metric)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected)


def test_report_counts_failures_and_the_extractor() -> None:
    report = _acled_report()
    assert (report.items, report.items_with_event) == (4, 2)
    assert [f.item_id for f in report.failures] == ["acled-KEN90004"]
    assert "parser fell over" in report.failures[0].message
    assert report.extractor == "fake 1"
    assert "main event" in report.selection_rule


def test_per_country_breakdown() -> None:
    report = _acled_report()
    assert [(c.country, c.items) for c in report.by_country] == [("Kenya", 2), ("Syria", 2)]
    syria = {s.name: s for s in report.by_country[1].scores}
    kenya = {s.name: s for s in report.by_country[0].scores}
    assert syria["event_type.accuracy"].value == pytest.approx(0.5)
    assert kenya["event_type.accuracy"].value == 0.0
    assert [s.name for s in report.by_country[0].scores] == [s.name for s in report.scores]


def test_every_score_has_an_interval_around_its_value() -> None:
    for score in _acled_report().scores:
        if score.value is not None and score.ci_low is not None and score.ci_high is not None:
            assert score.ci_low <= score.value <= score.ci_high, score.name


def test_worst_errors_rank_misses_first_and_carry_the_text() -> None:
    report = _acled_report()
    worst = [e for e in report.worst if e.field == "event_type"]
    assert [e.item_id for e in worst] == ["acled-KEN90003", "acled-KEN90004", "acled-SYR90002"]
    assert worst[0].predicted == "(no event)" and worst[0].text.startswith("On 5 May 2020, teachers")
    location = [e for e in report.worst if e.field == "location"]
    assert location[-1].item_id == "acled-SYR90002" and location[-1].error == pytest.approx(20.0, abs=0.01)


def test_confusion_matrix_for_sub_event_type() -> None:
    matrix = next(m for m in _acled_report().confusion if m.field == "sub_event_type")
    row = matrix.labels.index("Armed clash")
    assert matrix.counts[row][matrix.labels.index("Shelling/artillery/missile attack")] == 1


def test_worker_processes_give_the_same_scores() -> None:
    one, two = _acled_report(jobs=1), _acled_report(jobs=2)
    assert one.scores == two.scores
    assert one.failures == two.failures


def test_case_weighted_f1_against_hand_computed_value() -> None:
    # gold:      air, protest, shelling, clash, (no event), IED
    # predicted: air, protest, air,      clash, (no event), shelling
    # F1 per class: air 2/3, protest 1, shelling 0, clash 1, no event 1, IED 0; all supports 1 -> 3.6667 / 6
    report = run_eval("case", FIXTURES / "case.tsv", case_fake)
    assert _value(report, "sub_event_type.f1_weighted") == pytest.approx((2 / 3 + 1 + 0 + 1 + 1 + 0) / 6)
    assert _value(report, "sub_event_type.f1_macro") == pytest.approx((2 / 3 + 1 + 0 + 1 + 1 + 0) / 6)
    assert _value(report, "sub_event_type.accuracy") == pytest.approx(4 / 6)
    assert (
        _value(report, "event_type.accuracy") == 1.0
    )  # wrong sub-types, right types; no event is right on row 5


def test_no_prediction_is_wrong_except_where_gold_is_no_event() -> None:
    report = run_eval("muc4", FIXTURES / "muc4.json", lambda item: ())
    incident = report.score("incident_type.accuracy")
    assert incident is not None and (incident.value, incident.n) == (pytest.approx(1 / 3), 3)
    perpetrators = report.score("perpetrators.match")
    assert perpetrators is not None and (perpetrators.value, perpetrators.n) == (0.0, 2)


def test_select_event_is_the_event_told_first() -> None:
    background, lead, untold = (
        replace(_BASE, id="background", confidence=0.9, evidence=(_anchor(300),)),
        replace(_BASE, id="lead", confidence=0.4, evidence=(_anchor(12),)),
        replace(_BASE, id="untold", confidence=0.9),
    )
    assert select_event([background, lead, untold]) is lead
    assert select_event([untold, replace(untold, id="second")]) is untold
    assert select_event([]) is None


def test_predict_records_failures_and_counts_events() -> None:
    item = EvalItem(id="x", text="Qalaat al-Madiq")
    assert predict(item, acled_fake).events == 1
    failed = predict(EvalItem(id="y", text="anything"), acled_fake)
    assert failed.event is None and failed.failure == "RuntimeError: parser fell over"


def test_predict_all_reports_progress_and_rejects_bad_jobs() -> None:
    seen: list[int] = []
    items = [EvalItem(id=str(i), text="Nairobi") for i in range(3)]
    assert len(predict_all(items, acled_fake, progress=seen.append)) == 3
    assert seen == [1, 1, 1]
    with pytest.raises(EvalError, match="--jobs"):
        predict_all(items, acled_fake, jobs=0)


def test_resolve_extractor() -> None:
    assert resolve_extractor("test_eval_runner:acled_fake") is acled_fake
    with pytest.raises(EvalError, match="module:function"):
        resolve_extractor("nonsense")
    with pytest.raises(EvalError, match="cannot be loaded"):
        resolve_extractor("flashpoint.eval.runner:no_such_function")
