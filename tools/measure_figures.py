"""Measure casualty figures and event dates on the development data (../shared/eval; never copied).

For every item of ACLED (``notes``), GTD (``summary``) and FA-KES (full articles) this runs the real pipeline
stages (document, mentions, triggers, places, events) and scores three views of the figures and dates:

- ``event``: the event ``flashpoint eval`` scores (highest confidence, first on ties); an item with no event is
  wrong, exactly as in the eval report;
- ``event|has``: the same, counted only over items that yield an event (what the figure and date finders can be
  held to when event detection is someone else's problem);
- ``doc``: the document's figure computed from every casualty mention in the text with the project's claim rule
  (``events.claims.conservative_total``), so an item without an event or with a mis-segmented event still gets
  the figure its casualty mentions imply. Its date is the chosen event's date, or the first day-precise date
  mention in the text when there is no event.

Alternative rules (``--simulate``) are computed over the same mentions, to measure a proposed change to
``events/claims.py`` (how figures add up) or ``events/build.py`` (which date an event takes) before anyone edits
them:

- ``additional figures add``: a figure marked as an addition ("2 other policemen", "were also killed", "In
  addition, ...": quantifier "another") adds to the claimant totals instead of competing with them;
- ``groups by victim noun``: per claimant, figures are kept apart by victim noun ("soldiers", "assailants") as
  well as by class, so two combatant groups add up while a repeated figure for one group still counts once;
- dates: the dateline when there is no publication date; the opening "On 9 May 2020," of a note kept as the
  event's date (build.py now drops a first date equal to the reference as a dateline). ``--show FIELD`` prints the items where ``doc`` (or ``event``) is
wrong, with their text, to the terminal only (the data's licences forbid copying it into the repository).

    .venv/bin/python tools/measure_figures.py [acled|gtd|fakes ...] [--limit N] [--show fatalities] [--simulate]
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from flashpoint.articles.readers import read_text_source
from flashpoint.documents.build import build_document
from flashpoint.documents.model import Document, Rejected
from flashpoint.eval.datasets.acled import load_acled
from flashpoint.eval.datasets.fakes import load_fakes
from flashpoint.eval.datasets.gtd import load_gtd
from flashpoint.eval.mappings import civilian_deaths
from flashpoint.eval.model import EvalItem, GoldEvent
from flashpoint.eval.runner import select_event
from flashpoint.events.build import EventContext, build_events
from flashpoint.events.claims import casualty_claims, conservative_total
from flashpoint.events.model import Claim, Event
from flashpoint.events.triggers import find_triggers
from flashpoint.mentions.dates import date_reference, find_dateline
from flashpoint.mentions.find import find_mentions
from flashpoint.mentions.model import (
    CasualtyMention,
    DateMention,
    Mentions,
    Stance,
    TimePrecision,
    YearSource,
)
from flashpoint.pipeline.resources import Resources
from flashpoint.places.resolve import resolve_places
from flashpoint.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "eval"
GOLD = {
    "acled": (SHARED / "acled" / "acled_2020-05.csv", load_acled),
    "gtd": (SHARED / "gtd" / "gtd_2016-2018.csv", load_gtd),
    "fakes": (SHARED / "fakes" / "fakes.csv", load_fakes),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What the pipeline made of one item."""

    item: EvalItem
    gold: GoldEvent
    event: Event | None
    figures: tuple[
        tuple[CasualtyMention, Claim], ...
    ]  # every casualty mention of the document, with its claim
    first_day: date | None  # first day-precise date mention
    dateline: date | None  # the dateline, when there is no publication date
    opening: date | None  # an explicit "On 9 May 2020," opening the first sentence
    seconds: float

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(claim for _, claim in self.figures)


def analyse(item: EvalItem, gold: GoldEvent, res: Resources) -> Outcome:
    started = time.perf_counter()
    article = read_text_source(
        item.text, source=item.id, id=item.id, published=item.published, title=item.title
    )
    document = build_document(article)
    if isinstance(document, Rejected):
        return Outcome(
            item=item,
            gold=gold,
            event=None,
            figures=(),
            first_day=None,
            dateline=None,
            opening=None,
            seconds=time.perf_counter() - started,
        )
    mentions, events = _run(document, item, res)
    first_day = next((d.value for d in mentions.dates if d.precision == TimePrecision.DAY), None)
    claims = casualty_claims(mentions.casualties, mentions.claimants)
    return Outcome(
        item=item,
        gold=gold,
        event=select_event(events),
        figures=tuple(zip(mentions.casualties, claims, strict=True)),
        first_day=first_day,
        dateline=find_dateline(document.text) if document.published is None else None,
        opening=_opening_date(document, mentions.dates),
        seconds=time.perf_counter() - started,
    )


_OPENING = re.compile(
    r"^\W*(?:[A-Z][\w ]{0,30}:\s*)?(?:on|around|reported\s+on|as\s+reported\s+on)\s+$", re.I
)


def _opening_date(document: Document, dates: Sequence[DateMention]) -> date | None:
    """ "On 9 May 2020, ..." (after an optional "Security measures:" label) opening the text."""
    first = next((d for d in dates if d.sentence == 0 and d.year_source == YearSource.EXPLICIT), None)
    if first is None or not _OPENING.match(document.text[: first.start]):
        return None
    return first.value


def _run(document: Document, item: EvalItem, res: Resources) -> tuple[Mentions, tuple[Event, ...]]:
    reference = date_reference(document.text, document.published, res.today)
    mentions = find_mentions(
        document, reference, actors=res.actors, sources=res.sources, is_known_place=res.gazetteer.is_known
    )
    mentions = replace(mentions, triggers=find_triggers(document.text, document.sentences))
    countries = tuple(dict.fromkeys(a.country for a in mentions.actors if a.country))
    places = resolve_places(mentions.places, res.gazetteer, context_countries=countries)
    context = EventContext(
        mentions=mentions, places=places, reference=reference, actors=res.actors, country_hint=item.country
    )
    return mentions, build_events(document, context)


# --- scoring -----------------------------------------------------------------------------------------------------

Getter = Callable[[Outcome], int | date | None]


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0
    wrong: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome, ok: bool) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(outcome)

    def show(self) -> str:
        return f"{self.right / self.total:6.3f} ({self.right}/{self.total})" if self.total else "   n/a"


def gold_count(dataset: str, gold: GoldEvent, name: str) -> int | None:
    if name == "injuries":
        return gold.injuries
    return gold.civilian_deaths if dataset == "fakes" else gold.fatalities


def event_count(dataset: str, name: str) -> Getter:
    def get(o: Outcome) -> int | None:
        if o.event is None:
            return None
        if name == "injuries":
            return o.event.injuries
        return civilian_deaths(o.event) if dataset == "fakes" else o.event.fatalities

    return get


Figures = Sequence[tuple[CasualtyMention, Claim]]
Rule = Callable[[Figures, str], int]


def current_rule(figures: Figures, field_name: str) -> int:
    return conservative_total([claim for _, claim in figures], field_name)


def doc_count(dataset: str, name: str, rule: Rule = current_rule) -> Getter:
    def get(o: Outcome) -> int | None:
        field_name = "injuries" if name == "injuries" else "fatalities"
        total = rule(o.figures, field_name)
        if dataset != "fakes":
            return total
        if o.event is None:
            return _doc_civilians(o.claims, total)
        return civilian_deaths(replace(o.event, claims=o.claims, fatalities=total))

    return get


def _doc_civilians(claims: Sequence[Claim], total: int) -> int:
    civilian = [
        c.value
        for c in claims
        if c.field == "fatalities"
        and c.stance == Stance.ASSERTS
        and c.victim_group == "civilian"
        and isinstance(c.value, int)
    ]
    return max(civilian) if civilian else total


def score(
    outcomes: Sequence[Outcome],
    gold: Callable[[Outcome], int | date | None],
    got: Getter,
    *,
    only_with_event: bool = False,
    positive: bool = False,
) -> Tally:
    tally = Tally()
    for o in outcomes:
        expected = gold(o)
        if expected is None or (only_with_event and o.event is None):
            continue
        if positive and not (isinstance(expected, int) and expected > 0):
            continue
        tally.add(o, got(o) == expected)
    return tally


def event_date(o: Outcome) -> date | None:
    return o.event.event_date if o.event is not None else None


def doc_date(o: Outcome) -> date | None:
    return o.event.event_date if o.event is not None else o.first_day


# --- alternative aggregation rules (simulation only) ----------------------------------------------------------------


def rule_max_claim(figures: Figures, field_name: str) -> int:
    """Largest single asserted figure (no sums across victim groups)."""
    values = [c.value for _, c in figures if c.field == field_name and isinstance(c.value, int)]
    return max(values) if values else 0


def rule_first_claim(figures: Figures, field_name: str) -> int:
    """The first figure in text order (a report's lead)."""
    values = [c.value for _, c in figures if c.field == field_name and isinstance(c.value, int)]
    return values[0] if values else 0


def rule_additional(figures: Figures, field_name: str) -> int:
    """conservative_total over the figures, plus figures marked as additions (per victim group, the largest)."""
    base = [c for _, c in figures if c.quantifier != "another"]
    added: dict[str | None, int] = {}
    for _, claim in figures:
        if claim.quantifier == "another" and claim.field == field_name and isinstance(claim.value, int):
            added[claim.victim_group] = max(added.get(claim.victim_group, 0), claim.value)
    return conservative_total(base, field_name) + sum(added.values())


def rule_victim_nouns(figures: Figures, field_name: str) -> int:
    """conservative_total with groups keyed by class and victim noun, so "2 soldiers" and "2 assailants" add up."""
    keyed = [replace(claim, victim_group=_victim_key(mention, claim)) for mention, claim in figures]
    per_claimant: dict[str | None, dict[str | None, int]] = defaultdict(dict)
    for claim in keyed:
        if claim.field != field_name or not isinstance(claim.value, int):
            continue
        groups = per_claimant[claim.claimant]
        groups[claim.victim_group] = max(groups.get(claim.victim_group, 0), claim.value)
    totals = [
        max(
            sum(v for g, v in groups.items() if not (g or "").startswith("unknown")),
            max((v for g, v in groups.items() if (g or "").startswith("unknown")), default=0),
        )
        for groups in per_claimant.values()
    ]
    return min(totals) if totals else 0


def _victim_key(mention: CasualtyMention, claim: Claim) -> str:
    if claim.victim_group == "unknown" or not mention.victim:
        return str(claim.victim_group)
    noun = mention.victim.lower().split()[-1].rstrip(",")
    return f"{claim.victim_group}:{noun.removesuffix('s')}"


def rule_both(figures: Figures, field_name: str) -> int:
    """Both: groups keyed by victim noun, and additions add."""
    base = [(m, c) for m, c in figures if c.quantifier != "another"]
    added: dict[str, int] = {}
    for mention, claim in figures:
        if claim.quantifier == "another" and claim.field == field_name and isinstance(claim.value, int):
            key = _victim_key(mention, claim)
            added[key] = max(added.get(key, 0), claim.value)
    return rule_victim_nouns(base, field_name) + sum(added.values())


RULES: dict[str, Rule] = {
    "max single claim": rule_max_claim,
    "first claim": rule_first_claim,
    "additional figures add": rule_additional,
    "groups by victim noun": rule_victim_nouns,
    "both of the above": rule_both,
}


def dateline_date(o: Outcome) -> date | None:
    """Simulation: with no publication date, the dateline is the event's date when there is one."""
    return o.dateline or doc_date(o)


def opening_date(o: Outcome) -> date | None:
    """Simulation: an opening "On 9 May 2020," is the event's date (build.py keeps it instead of dropping it)."""
    return o.opening or doc_date(o)


# --- driver ------------------------------------------------------------------------------------------------------


def run(dataset: str, limit: int | None, res: Resources) -> list[Outcome]:
    path, loader = GOLD[dataset]
    return [analyse(item, gold, res) for item, gold in loader(path, limit=limit)]


def report(dataset: str, outcomes: Sequence[Outcome], *, simulate: bool) -> Iterator[str]:
    per_item = sum(o.seconds for o in outcomes) / max(len(outcomes), 1)
    yield (
        f"== {dataset}: {len(outcomes)} items, {sum(o.event is not None for o in outcomes)} with an event, "
        f"{1000 * per_item:.1f} ms/item"
    )
    names = ("fatalities", "injuries") if dataset == "gtd" else ("fatalities",)
    for name in names:

        def gold(o: Outcome, name: str = name) -> int | None:
            return gold_count(dataset, o.gold, name)

        yield from _count_lines(dataset, name, outcomes, gold, simulate=simulate)
    gold_date: Callable[[Outcome], date | None] = lambda o: o.gold.event_date  # noqa: E731
    yield (
        f"  {'date':<12} event {score(outcomes, gold_date, event_date).show()}  "
        f"event|has {score(outcomes, gold_date, event_date, only_with_event=True).show()}  "
        f"doc {score(outcomes, gold_date, doc_date).show()}"
    )
    if simulate:
        yield (
            f"  {'date':<12} sim:dateline {score(outcomes, gold_date, dateline_date).show()}  "
            f"sim:opening kept {score(outcomes, gold_date, opening_date).show()}"
        )


def _count_lines(
    dataset: str,
    name: str,
    outcomes: Sequence[Outcome],
    gold: Callable[[Outcome], int | None],
    *,
    simulate: bool,
) -> Iterator[str]:
    views = {
        "event": (event_count(dataset, name), False),
        "event|has": (event_count(dataset, name), True),
        "doc": (doc_count(dataset, name), False),
    }
    if simulate:
        views.update(
            {f"sim:{label}": (doc_count(dataset, name, rule), False) for label, rule in RULES.items()}
        )
    for view, (getter, only) in views.items():
        every = score(outcomes, gold, getter, only_with_event=only)
        positive = score(outcomes, gold, getter, only_with_event=only, positive=True)
        yield f"  {name:<12} {view:<26} exact {every.show()}  gold>0 {positive.show()}"


def show_errors(dataset: str, outcomes: Sequence[Outcome], what: str, count: int) -> Iterator[str]:
    if what == "date":
        tally = score(outcomes, lambda o: o.gold.event_date, doc_date)
        for o in tally.wrong[:count]:
            yield f"[{o.item.id}] gold {o.gold.event_date} got {doc_date(o)} pub {o.item.published}\n  {o.item.text[:700]}"
        return
    getter = doc_count(dataset, what)
    tally = score(outcomes, lambda o: gold_count(dataset, o.gold, what), getter)
    for o in tally.wrong[:count]:
        claims = ", ".join(f"{c.field[:3]}={c.value}/{c.victim_group}/{c.claimant}" for c in o.claims)
        yield (
            f"[{o.item.id}] gold {gold_count(dataset, o.gold, what)} doc {getter(o)} "
            f"event {event_count(dataset, what)(o)} | {claims}\n  {o.item.text[:900]}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("datasets", nargs="*", help=f"any of {', '.join(GOLD)} (default: all)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--simulate", action="store_true", help="also score alternative aggregation rules")
    parser.add_argument("--show", help="print wrong items for fatalities, injuries or date")
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    res = Resources(settings=load_settings())
    for dataset in args.datasets or list(GOLD):
        if dataset not in GOLD:
            parser.error(f"unknown dataset {dataset!r}: choose from {', '.join(GOLD)}")
        outcomes = run(dataset, args.limit, res)
        for line in report(dataset, outcomes, simulate=args.simulate):
            print(line)
        if args.show:
            for line in show_errors(dataset, outcomes, args.show, args.count):
                print(line)


if __name__ == "__main__":
    main()
