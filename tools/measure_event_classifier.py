"""Measure the event-type classifier alone and combined with the trigger rules (needs ../shared/eval).

    python tools/measure_event_classifier.py acled ../shared/eval/acled/acled_2020-05.csv [--model FILE]
    python tools/measure_event_classifier.py gtd ../shared/eval/gtd/gtd_2016-2018.csv
    python tools/measure_event_classifier.py combine ../shared/eval/acled/acled_2020-05.csv

``acled``: each note is one text; the prediction is the most probable label other than "none" (a note always
reports an event); event-type accuracy, sub-event-type weighted F1 and a per-country breakdown.
``gtd``: each summary -> sub-event type -> GTD attack type (``eval.mappings.gtd_attack_type`` logic).
``combine``: simulates ways to combine the classifier with the rule pipeline (``pipeline.api.extract_text``,
the event ``eval`` scores) and reports each on all notes and, for the thresholded ones, with the threshold
chosen on one half of the countries and scored on the other half (both ways), so the figure says what carries
over to conflicts the threshold never saw. Rule predictions are cached in ``--cache`` (default
``.cache/rules_<dataset>.json``). Prints figures; writes nothing into the repository except that cache.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flashpoint.eval.datasets.acled import load_acled
from flashpoint.eval.datasets.gtd import load_gtd
from flashpoint.eval.mappings import GTD_ATTACK_BY_SUB_EVENT
from flashpoint.eval.model import EvalItem, GoldEvent
from flashpoint.events.classifier import NONE_LABEL, EventClassifier
from flashpoint.events.ontology import event_type_of
from flashpoint.events.triggers import RULES

REPO = Path(__file__).resolve().parents[1]
_ASSASSINATION = re.compile(r"\bassassinat\w*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RulePrediction:
    sub_event_type: str | None  # None: the rules found no event
    anchor_sub: str | None  # the sub-event type of the anchor trigger's lexicon rule (before codebook typing)
    anchor_weight: int
    anchor_text: str


@dataclass(frozen=True, slots=True)
class ModelPrediction:
    sub_event_type: str  # best label other than "none"
    probability: float
    top_is_none: bool


# --- scoring ------------------------------------------------------------------------------------------------


def weighted_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Support-weighted F1 over the gold labels (a missing prediction is wrong)."""
    support = Counter(gold)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            tp[g] += 1
        elif p is not None:
            fp[p] += 1
    total = 0.0
    for label, n in support.items():
        precision = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        recall = tp[label] / n
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total += f1 * n
    return total / len(gold) if gold else 0.0


def event_type_accuracy(gold_types: Sequence[str], predicted: Sequence[str | None]) -> float:
    hits = sum(1 for g, p in zip(gold_types, predicted, strict=True) if p and event_type_of(p).value == g)
    return hits / len(gold_types) if gold_types else 0.0


# --- predictions ------------------------------------------------------------------------------------------


def model_predictions(model: EventClassifier, items: Sequence[EvalItem]) -> list[ModelPrediction]:
    out = []
    for item in items:
        ranked = model.predict([item.text])[0]
        best = next(pair for pair in ranked if pair[0] != NONE_LABEL)
        out.append(
            ModelPrediction(
                sub_event_type=best[0], probability=best[1], top_is_none=ranked[0][0] == NONE_LABEL
            )
        )
    return out


def rule_predictions(items: Sequence[EvalItem], cache: Path) -> list[RulePrediction]:
    cached: dict[str, list[object]] = json.loads(cache.read_text()) if cache.exists() else {}
    missing = [item for item in items if item.id not in cached]
    if missing:
        from flashpoint.eval.runner import select_event
        from flashpoint.pipeline.api import extract_text

        for number, item in enumerate(missing, start=1):
            event = select_event(extract_text(item.text, published=item.published, doc_id=item.id).events)
            anchor = next((e.text for e in event.evidence if e.field == "event_type"), "") if event else ""
            cached[item.id] = [event.sub_event_type if event else None, anchor]
            if number % 200 == 0:
                print(f"  rules: {number}/{len(missing)}", file=sys.stderr)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(cached))
    return [_rule_prediction(cached[item.id]) for item in items]


def _rule_prediction(record: list[object]) -> RulePrediction:
    sub, anchor = record[0], str(record[1])
    rule = next((r for r in RULES if r.pattern.fullmatch(anchor)), None)
    return RulePrediction(
        sub_event_type=sub if isinstance(sub, str) else None,
        anchor_sub=rule.sub_event_type.value if rule else None,
        anchor_weight=rule.weight if rule else 0,
        anchor_text=anchor,
    )


# --- combination strategies -------------------------------------------------------------------------------

Strategy = Callable[[RulePrediction, ModelPrediction, float], str | None]


def rules_only(rule: RulePrediction, model: ModelPrediction, _t: float) -> str | None:
    return rule.sub_event_type


def model_only(rule: RulePrediction, model: ModelPrediction, _t: float) -> str | None:
    return model.sub_event_type


def fallback(rule: RulePrediction, model: ModelPrediction, _t: float) -> str | None:
    """Rules; the classifier only when no trigger fired."""
    return rule.sub_event_type or model.sub_event_type


def confident_override(rule: RulePrediction, model: ModelPrediction, threshold: float) -> str | None:
    """The classifier when no trigger fired or when it is at least ``threshold`` sure; else the rules."""
    if rule.sub_event_type is None or model.probability >= threshold:
        return model.sub_event_type
    return rule.sub_event_type


def weak_trigger_override(rule: RulePrediction, model: ModelPrediction, weight: float) -> str | None:
    """The classifier when no trigger fired or the anchor trigger's lexicon weight is at most ``weight``."""
    if rule.sub_event_type is None or rule.anchor_weight <= weight:
        return model.sub_event_type
    return rule.sub_event_type


def type_guard(rule: RulePrediction, model: ModelPrediction, threshold: float) -> str | None:
    """The classifier's sub-type when it agrees with the rules on the event type (the classifier separates
    sub-types the lexicon confuses), or when it is at least ``threshold`` sure; else the rules."""
    if rule.sub_event_type is None:
        return model.sub_event_type
    same_type = event_type_of(rule.sub_event_type) == event_type_of(model.sub_event_type)
    if same_type or model.probability >= threshold:
        return model.sub_event_type
    return rule.sub_event_type


THRESHOLDED: dict[str, tuple[Strategy, tuple[float, ...]]] = {
    "confident_override": (confident_override, (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)),
    "weak_trigger_override": (weak_trigger_override, (0, 40, 48, 50, 56, 66, 70, 78, 100)),
    "type_guard": (type_guard, (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)),
}


def _score(golds: Sequence[GoldEvent], predicted: Sequence[str | None]) -> tuple[float, float]:
    return (
        event_type_accuracy([g.event_type or "" for g in golds], predicted),
        weighted_f1([g.sub_event_type or "" for g in golds], predicted),
    )


def _apply(
    strategy: Strategy, t: float, rules: Sequence[RulePrediction], models: Sequence[ModelPrediction]
) -> list[str | None]:
    return [strategy(r, m, t) for r, m in zip(rules, models, strict=True)]


def country_halves(items: Sequence[EvalItem]) -> tuple[set[str], set[str]]:
    """Countries split in two halves of similar size (alternating by size rank, deterministic)."""
    sizes = Counter(item.country or "?" for item in items)
    ranked = sorted(sizes, key=lambda c: (-sizes[c], c))
    return set(ranked[0::2]), set(ranked[1::2])


def combine_report(
    items: Sequence[EvalItem],
    golds: Sequence[GoldEvent],
    rules: Sequence[RulePrediction],
    models: Sequence[ModelPrediction],
) -> None:
    print(f"{'strategy':42} {'event_type':>10} {'sub F1':>7}")
    for name, strategy in (
        ("rules only", rules_only),
        ("classifier only", model_only),
        ("rules, classifier when no trigger", fallback),
    ):
        et, f1 = _score(golds, _apply(strategy, 0, rules, models))
        print(f"{name:42} {et:10.3f} {f1:7.3f}")
    for name, (strategy, grid) in THRESHOLDED.items():
        for t in grid:
            et, f1 = _score(golds, _apply(strategy, t, rules, models))
            print(f"{name + f' t={t}':42} {et:10.3f} {f1:7.3f}")
    _cross_country(items, golds, rules, models)


def _cross_country(
    items: Sequence[EvalItem],
    golds: Sequence[GoldEvent],
    rules: Sequence[RulePrediction],
    models: Sequence[ModelPrediction],
) -> None:
    first, second = country_halves(items)
    print("\nthreshold chosen on one half of the countries (by event_type + sub F1), scored on the other:")
    for name, (strategy, grid) in THRESHOLDED.items():
        for tune, test in ((first, second), (second, first)):
            pick = [i for i, item in enumerate(items) if (item.country or "?") in tune]
            held = [i for i, item in enumerate(items) if (item.country or "?") not in tune]
            best = max(
                grid,
                key=lambda t: sum(
                    _score([golds[i] for i in pick], [strategy(rules[i], models[i], t) for i in pick])
                ),
            )
            et, f1 = _score([golds[i] for i in held], [strategy(rules[i], models[i], best) for i in held])
            r_et, r_f1 = _score([golds[i] for i in held], [rules[i].sub_event_type for i in held])
            print(
                f"  {name:24} t={best:<5} held-out {len(held):4} notes ({len(test):2} countries): "
                f"event_type {et:.3f} sub F1 {f1:.3f}  (rules alone {r_et:.3f} / {r_f1:.3f})"
            )


# --- commands -----------------------------------------------------------------------------------------------


def _load_model(path: Path | None) -> EventClassifier:
    return EventClassifier.from_file(path) if path else EventClassifier.load()


def command_acled(path: Path, model_path: Path | None) -> None:
    pairs = list(load_acled(path, limit=None))
    items, golds = [p[0] for p in pairs], [p[1] for p in pairs]
    predictions = model_predictions(_load_model(model_path), items)
    predicted = [p.sub_event_type for p in predictions]
    et, f1 = _score(golds, predicted)
    accuracy = sum(p == g.sub_event_type for p, g in zip(predicted, golds, strict=True)) / len(golds)
    print(
        f"{len(items)} notes: event_type accuracy {et:.3f}, sub-event type weighted F1 {f1:.3f}, "
        f"sub-event accuracy {accuracy:.3f}; 'none' ranked first on {sum(p.top_is_none for p in predictions)}"
    )
    _per_country(items, golds, predicted)


def _per_country(items: Sequence[EvalItem], golds: Sequence[GoldEvent], predicted: Sequence[str]) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[item.country or "?"].append(i)
    rows = []
    for country, indices in groups.items():
        et, f1 = _score([golds[i] for i in indices], [predicted[i] for i in indices])
        rows.append((country, len(indices), et, f1))
    big = sorted((r for r in rows if r[1] >= 20), key=lambda r: -r[1])
    print(f"\nper country ({len(rows)} countries; {len(big)} with >= 20 notes shown):")
    for country, n, et, f1 in big:
        print(f"  {country:30} {n:4}  event_type {et:.3f}  sub F1 {f1:.3f}")
    ets = [r[2] for r in big]
    print(
        f"  event_type over those countries: median {statistics.median(ets):.3f}, min {min(ets):.3f}, "
        f"max {max(ets):.3f}"
    )


def command_gtd(path: Path, model_path: Path | None, cache: Path | None) -> None:
    pairs = [(i, g) for i, g in load_gtd(path, limit=None) if g.attack_type]
    items, golds = [p[0] for p in pairs], [p[1] for p in pairs]
    predictions = model_predictions(_load_model(model_path), items)
    attack = [_gtd_attack(p.sub_event_type, item.text) for p, item in zip(predictions, items, strict=True)]
    hits = sum(a == g.attack_type for a, g in zip(attack, golds, strict=True))
    print(f"{len(items)} GTD summaries with a scored attack type: classifier alone {hits / len(items):.3f}")
    if cache is not None:
        rules = rule_predictions(items, cache)
        for name, strategy in (("rules only", rules_only), ("rules, classifier when no trigger", fallback)):
            subs = _apply(strategy, 0, rules, predictions)
            hits = sum(
                _gtd_attack(s, i.text) == g.attack_type for s, i, g in zip(subs, items, golds, strict=True)
            )
            print(f"  {name}: {hits / len(items):.3f}")
        for name, (strategy, grid) in THRESHOLDED.items():
            for t in grid:
                subs = _apply(strategy, t, rules, predictions)
                hits = sum(
                    _gtd_attack(s, i.text) == g.attack_type
                    for s, i, g in zip(subs, items, golds, strict=True)
                )
                print(f"  {name} t={t}: {hits / len(items):.3f}")
    confusion = Counter((g.attack_type, a) for a, g in zip(attack, golds, strict=True) if a != g.attack_type)
    print("most common confusions (gold -> predicted):")
    for (gold, got), n in confusion.most_common(8):
        print(f"  {n:4} {gold} -> {got}")


def _gtd_attack(sub_event_type: str | None, text: str) -> str:
    if sub_event_type is None:
        return "(no event)"
    attack = GTD_ATTACK_BY_SUB_EVENT.get(sub_event_type, f"({sub_event_type})")
    if attack == "Armed Assault" and _ASSASSINATION.search(text):
        return "Assassination"
    return attack


def command_combine(path: Path, model_path: Path | None, cache: Path) -> None:
    pairs = list(load_acled(path, limit=None))
    items, golds = [p[0] for p in pairs], [p[1] for p in pairs]
    rules = rule_predictions(items, cache)
    models = model_predictions(_load_model(model_path), items)
    print(f"{len(items)} notes; rules found no event on {sum(r.sub_event_type is None for r in rules)}")
    combine_report(items, golds, rules, models)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=("acled", "gtd", "combine"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--model", type=Path, help="a model file (default: the packaged model)")
    parser.add_argument("--cache", type=Path, help="rule predictions cache (JSON)")
    parser.add_argument(
        "--with-rules", action="store_true", help="gtd: also score the rules and combinations"
    )
    args = parser.parse_args(argv)
    cache = args.cache or REPO / ".cache" / f"rules_{args.path.stem}.json"
    if args.command == "acled":
        command_acled(args.path, args.model)
    elif args.command == "gtd":
        command_gtd(args.path, args.model, cache if args.with_rules else None)
    else:
        command_combine(args.path, args.model, cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
