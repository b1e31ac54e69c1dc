"""Event segmentation: which sentences describe one event.

An event starts at an anchor sentence: one whose strongest trigger is neither generic ("over the past year",
"regular attacks", "accused X of") nor negated. Later sentences of the same paragraph join it when they add
figures, claimants or triggers without naming a new date; a sentence with a new date starts a new event. A short
first paragraph without a final full stop is a headline: it only yields an event when the body yields none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from flashpoint.documents.model import Document
from flashpoint.events.ontology import SubEventType
from flashpoint.events.triggers import (
    AID_HANDOUT,
    INTERVENTION,
    SentencePredictor,
    classifier_triggers,
    strongest_trigger,
)
from flashpoint.mentions.model import NON_STATE_ARMED_INTERS, Mentions, TimePrecision, TriggerMention

_HEADLINE_MAX_WORDS = 30
_PRESENT_PERFECT = re.compile(
    r"\b(?<!to )(?:have|has)\s+(?:also\s+|reportedly\s+|repeatedly\s+)?(?:been\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """An anchor trigger and the sentence indices that describe its event (anchor first)."""

    anchor: TriggerMention
    sentences: tuple[int, ...]
    paragraph: int


# A sentence the lexicon missed becomes an event only when the classifier is at least this sure it is one
# (not "none"). Calibrated on whole ACLED notes with no lexicon trigger (tools/measure_event_classifier.py
# combine: "classifier when no trigger fires" took event_type from 0.770 to 0.852 at 0.5).
FALLBACK_PROBABILITY = 0.5


def segment_events(
    doc: Document, mentions: Mentions, classifier: SentencePredictor | None = None
) -> tuple[Segment, ...]:
    triggers_by_sentence: dict[int, list[TriggerMention]] = defaultdict(list)
    for trigger in mentions.triggers:
        triggers_by_sentence[trigger.sentence].append(trigger)
    support = _supporting_sentences(mentions) | _victim_or_suspect_sentences(doc)
    dated = {d.sentence for d in mentions.dates}
    day_dated = {d.sentence for d in mentions.dates if d.precision == TimePrecision.DAY}
    headline = _headline_paragraph(doc)
    body = _segments(doc, triggers_by_sentence, support, dated, day_dated, skip_paragraph=headline)
    if body:
        return body
    whole = _segments(doc, triggers_by_sentence, support, dated, day_dated, skip_paragraph=None)
    if whole or classifier is None:
        return whole
    for trigger in classifier_triggers(doc.text, doc.sentences, classifier, threshold=FALLBACK_PROBABILITY):
        if not _handout(doc, mentions, trigger.sentence):
            triggers_by_sentence[trigger.sentence].append(trigger)
    return _segments(doc, triggers_by_sentence, support, dated, day_dated, skip_paragraph=headline)


def _handout(doc: Document, mentions: Mentions, sentence: int) -> bool:
    """Whether the sentence hands out food or aid with no non-state armed group named in it: a government's, a
    charity's or an army's handout is no event. (An armed group's is a change of its activity; the lexicon's
    "aid handout" rule fires on the generic words, "members of the Gulf Cartel", and the model on a named
    group alone, "members of Los Salazar".)"""
    span = doc.sentences[sentence]
    if not AID_HANDOUT.search(doc.text, span.start, span.end):
        return False
    return not any(a.sentence == sentence and a.inter in NON_STATE_ARMED_INTERS for a in mentions.actors)


def _segments(
    doc: Document,
    triggers: dict[int, list[TriggerMention]],
    support: set[int],
    dated: set[int],
    day_dated: set[int],
    *,
    skip_paragraph: int | None,
) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    open_anchor: TriggerMention | None = None
    members: list[int] = []
    current_paragraph = -1
    for index, sentence in enumerate(doc.sentences):
        if sentence.paragraph == skip_paragraph:
            continue
        if sentence.paragraph != current_paragraph:
            _close(segments, open_anchor, members, current_paragraph)
            open_anchor, members, current_paragraph = None, [], sentence.paragraph
        anchor = _anchor_trigger(triggers.get(index, []), specific_day=index in day_dated)
        if (
            anchor is not None
            and index not in dated
            and _PRESENT_PERFECT.search(doc.sentence_text(index))
            and not _headline_sentence(doc, index)
        ):
            anchor = None  # "air strikes have also killed civilians", with no date: a trend, not an incident
        starts_new = anchor is not None and (open_anchor is None or index in dated)
        if starts_new:
            _close(segments, open_anchor, members, current_paragraph)
            open_anchor, members = anchor, [index]
        elif open_anchor is not None and (
            index in support or index in triggers or _intervention(doc, index, open_anchor)
        ):
            members.append(index)
    _close(segments, open_anchor, members, current_paragraph)
    return tuple(segments)


def _close(
    segments: list[Segment], anchor: TriggerMention | None, members: list[int], paragraph: int
) -> None:
    if anchor is not None and members:
        segments.append(Segment(anchor=anchor, sentences=tuple(members), paragraph=paragraph))


def _anchor_trigger(triggers: Sequence[TriggerMention], *, specific_day: bool) -> TriggerMention | None:
    """The sentence's strongest usable trigger. A habitual marker ("continued to loot") does not make a
    sentence generic when the sentence names the day it happened on."""
    return strongest_trigger([t for t in triggers if not t.negated and (specific_day or not t.generic)])


def _supporting_sentences(mentions: Mentions) -> set[int]:
    return {c.sentence for c in mentions.casualties} | {c.sentence for c in mentions.claimants if c.claimant}


# "The victim had charges against him for drug trafficking.": a sentence about the event's victims belongs to
# the event (the codebook types an attack by who its victims were).
_ABOUT_VICTIMS = re.compile(r"^\W*(?:the|both|all) (?:\w+ )?(?:victims?|deceased)\b", re.IGNORECASE)


def _victim_or_suspect_sentences(doc: Document) -> set[int]:
    return {
        i
        for i in range(len(doc.sentences))
        if _ABOUT_VICTIMS.match(doc.sentence_text(i)) or _SUSPECTED.search(doc.sentence_text(i))
    }


# "Elders suspected the involvement of a rival clan.", "Police suspect that the gang was behind it.": who is
# suspected of the event belongs to it, though the sentence names no act (roles reads the suspect as alleged)
_SUSPECTED = re.compile(
    r"\bsuspect(?:s|ed)?\s+(?:the\s+)?involvement\s+of\b|"
    r"\bsuspect(?:s|ed)?\s+(?:that\s+)?[^.]{2,60}?\b(?:was|were|is|are)\s+(?:behind|responsible)\b",
    re.IGNORECASE,
)


_DEMONSTRATIONS = frozenset(
    {
        SubEventType.PEACEFUL_PROTEST,
        SubEventType.PROTEST_WITH_INTERVENTION,
        SubEventType.EXCESSIVE_FORCE,
        SubEventType.VIOLENT_DEMONSTRATION,
    }
)


def _intervention(doc: Document, index: int, anchor: TriggerMention) -> bool:
    """ "Police forces fired shots in the air to disperse the crowd.": what was done to a demonstration belongs
    to it. (Not to other events: police who "intervened to rescue the victim" of a mob are no side of it.)"""
    return anchor.sub_event_type in _DEMONSTRATIONS and bool(INTERVENTION.search(doc.sentence_text(index)))


def _headline_sentence(doc: Document, index: int) -> bool:
    """A paragraph of one short sentence without a final full stop: a headline, whose present perfect tells
    the news ("Clashes have occurred in Daraa countryside"), not a trend. A report that is nothing but one
    such sentence is a headline at any length (a feed item's title: "... and more than 40 have been killed")."""
    sentence = doc.sentences[index]
    start, end = doc.paragraphs[sentence.paragraph]
    text = doc.sentence_text(index).strip()
    if doc.text[start:end].strip() != text:
        return False
    return _short_and_unstopped(text) or (len(doc.paragraphs) == 1 and _unstopped(text))


def _headline_paragraph(doc: Document) -> int | None:
    if len(doc.paragraphs) < 2:
        return None
    start, end = doc.paragraphs[0]
    return 0 if _short_and_unstopped(doc.text[start:end].strip()) else None


def _short_and_unstopped(text: str) -> bool:
    """At most _HEADLINE_MAX_WORDS words and no final full stop (nor closing quote): how a headline reads."""
    return len(text.split()) <= _HEADLINE_MAX_WORDS and _unstopped(text)


def _unstopped(text: str) -> bool:
    return not text.endswith((".", "!", "?", '"', "\u201d"))


__all__ = ["Segment", "segment_events"]
