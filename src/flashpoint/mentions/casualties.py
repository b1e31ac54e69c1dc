"""Casualty figures: who was killed or injured, how many, with quantifiers and denials.

A figure is a ``CasualtyMention``; the events stage ties it to a claimant and takes ACLED's most conservative
total. Ranges keep their low end as ``count`` and the high end as ``high``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import CasualtyMention, Outcome, VictimClass
from flashpoint.mentions.numbers import NUMBER_PATTERN, VAGUE, parse_number

EXTRACTOR = "casualties.rules"

_CIVILIAN = (
    r"civilians?|people|persons?|residents?|villagers?|inhabitants|children|child|kids|boys?|girls?|women|woman|"
    r"men|man|farmers?|herders?|shepherds?|students?|pupils|workers?|labou?rers|traders|merchants|pilgrims?|"
    r"worshippers|worshipers|passengers|fishermen|teachers?|doctors?|nurses|journalists?|family members|relatives|"
    r"members of (?:a|the|one) family|displaced people|refugees|protesters|demonstrators|mourners|shoppers|"
    r"individuals?|victims?|infants?|babies|elderly|youths?|teenagers?|miners|drivers?|bystanders|others"
)
_COMBATANT = (
    r"soldiers?|troops|troopers?|servicem[ae]n|personnel|militants?|fighters?|insurgents?|rebels?|jihadists?|"
    r"terrorists?|gunm[ae]n|attackers?|assailants?|militiam[ae]n|militia members|combatants?|members|elements|"
    r"policem[ae]n|police officers?|officers?|police|guards?|recruits|cadets|commanders?|mercenaries|bandits|"
    r"operatives|extremists|conscripts|paramilitaries|gendarmes|agents|marines|pilots?|crew members|"
    r"security forces|pro-government forces|forces|army|militiamen"
)
_VICTIM = rf"(?:{_CIVILIAN}|{_COMBATANT})"
_CIVILIAN_RE = re.compile(rf"\b(?:{_CIVILIAN})\b", re.IGNORECASE)
_COMBATANT_RE = re.compile(rf"\b(?:{_COMBATANT})\b", re.IGNORECASE)

_QUANT = (
    r"at least|more than|over|nearly|almost|about|around|approximately|roughly|some|up to|as many as|"
    r"between|no fewer than|no less than|fewer than|less than|an estimated|a total of|a further|another|at most|close to"
)
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_NUM = rf"(?P<num>{NUMBER_PATTERN}|{_VAGUE})"
_RANGE = rf"(?:\s*(?:-|–|to|or|and)\s*(?P<high>\d+|{NUMBER_PATTERN}))?"
_NUMPHRASE = rf"(?:(?P<quant>{_QUANT})\s+)?{_NUM}{_RANGE}(?:\s+of)?"
_STOP = (
    r"(?:in|at|on|by|from|with|after|when|where|who|which|that|while|during|near|to|into|for|as|than|since)"
)
_MOD = rf"(?:(?!{_STOP}\b)[A-Za-z'’-]+\s+){{0,5}}?"
_KILLED = r"(?:killed|dead|died|slain|lost their lives|perished|shot dead|executed|murdered|beheaded|burned to death)"
_INJURED = r"(?:injured|wounded|hurt|maimed)"
_BE = r"(?:(?:were|was|have been|has been|had been|are|is|got|being)\s+)?(?:(?:reportedly|allegedly|also|later|all|"
_BE += r"reported|confirmed|critically|seriously|severely|slightly|lightly|fatally|badly)\s+){0,2}"

_SUBJECT = re.compile(
    rf"\b{_NUMPHRASE}\s+(?P<victim>{_MOD}(?:{_VICTIM}))\b(?:\s+(?:of|from)\s+[A-Za-z'’ -]{{1,40}}?)?"
    rf"(?:\s*,\s*(?:including|among them)[^,.;]{{1,60}},)?"
    rf"\s+{_BE}(?P<outcome>{_KILLED}|{_INJURED})\b(?!\s+(?:a|an|the|\d|at least|more than|dozens|several)\b)",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    rf"\b(?P<verb>killing|killed|kill|kills|left|leaving|claimed the lives of|claiming the lives of|wounding|wounded|"
    rf"injuring|injured|injures|wounds|maiming|shot dead|shooting dead|executed|executing)\s+"
    rf"{_NUMPHRASE}(?:\s+(?P<victim>{_MOD}(?:{_VICTIM}))\b)?(?P<tail>\s+(?:dead|injured|wounded))?",
    re.IGNORECASE,
)
_TOLL = re.compile(
    rf"\b(?P<kind>death toll|toll|fatalities|deaths|dead|casualties|injuries|wounded)\s+"
    rf"(?:(?:rose|climbed|jumped|increased|reached|stood|stands|stands at|has risen|had risen|of|at|was|is|to)\s+)+"
    rf"{_NUMPHRASE}",
    re.IGNORECASE,
)
_COUNT_NOUN = re.compile(
    rf"\b{_NUMPHRASE}\s+(?P<kind>fatalit(?:y|ies)|deaths?|dead|injuries|injured|wounded)\b", re.IGNORECASE
)
_NEGATION = re.compile(
    r"\b(?P<phrase>(?:deny|denies|denied|denying)\s+(?:any\s+)?(?:casualties|losses|deaths|fatalities)"
    r"|no\s+(?:casualties|deaths|fatalities|injuries|losses)(?:\s+(?:were|was|have been)\s+reported)?"
    r"|without\s+(?:causing\s+)?(?:any\s+)?casualties"
    r"|no\s*(?:-|\s)?one\s+(?:was|were)\s+(?:killed|hurt|injured|harmed)"
    r"|(?:there|which)\s+(?:were|was)\s+no\s+(?:casualties|injuries|deaths))\b",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    r"\b(?:he|she|who|[A-Z][a-z]+(?:[- ](?:al|el|bin|ibn|abu|de|van|[A-Z][a-z]+))*)(?:,[^,.;]{1,160},)?\s+"
    r"(?:was|has been|had been)\s+"
    r"(?:reportedly\s+|allegedly\s+)?(?P<outcome>assassinated|killed|shot dead|murdered|executed|beheaded|"
    r"stabbed to death|injured|wounded)\b"
)
_SUBSET = re.compile(
    r"(?:including|among them|of whom|among the dead|among those killed|of them)\s*$", re.IGNORECASE
)


def find_casualty_mentions(text: str, sentences: Sequence[Sentence]) -> tuple[CasualtyMention, ...]:
    """Casualty figures in text order; overlapping matches keep the earliest, longest one."""
    starts = [s.start for s in sentences]
    candidates = sorted(_iter_candidates(text), key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[CasualtyMention] = []
    last_end = {Outcome.KILLED: -1, Outcome.INJURED: -1}
    for mention in candidates:
        if mention.start < last_end[mention.outcome]:
            continue
        sentence = max(bisect.bisect_right(starts, mention.start) - 1, 0)
        kept.append(_with_sentence(mention, sentence))
        last_end[mention.outcome] = mention.end
    return tuple(_inherit_others(kept))


def _iter_candidates(text: str) -> Iterator[CasualtyMention]:
    for match in _SUBJECT.finditer(text):
        if not _SUBSET.search(text[max(0, match.start() - 25) : match.start()]):
            yield from _from_match(match, _outcome(match.group("outcome")))
    for match in _OBJECT.finditer(text):
        yield from _from_match(match, _object_outcome(match))
    for match in _SINGLE.finditer(text):
        yield CasualtyMention(
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            sentence=0,
            extractor=EXTRACTOR,
            outcome=_outcome(match.group("outcome")),
            count=1,
        )
    for regex in (_TOLL, _COUNT_NOUN):
        for match in regex.finditer(text):
            outcome = _outcome(match.group("kind"))
            if match.group("kind").lower() != "casualties":
                yield from _from_match(match, outcome)
    for match in _NEGATION.finditer(text):
        for outcome in (Outcome.KILLED, Outcome.INJURED):
            yield CasualtyMention(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                sentence=0,
                extractor=EXTRACTOR,
                outcome=outcome,
                count=0,
                negated=True,
            )


def _from_match(match: re.Match[str], outcome: Outcome) -> Iterator[CasualtyMention]:
    count = parse_number(match.group("num"))
    if count is None or count > 100_000 or _looks_like_year(match.group("num")):
        return
    groups = match.groupdict()
    victim = groups.get("victim")
    high_text = groups.get("high")
    high = parse_number(high_text) if high_text else None
    yield CasualtyMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        sentence=0,
        extractor=EXTRACTOR,
        outcome=outcome,
        count=count,
        high=high if high is not None and high > count else None,
        quantifier=_quantifier(match),
        victim=victim.strip() if victim else None,
        victim_class=_victim_class(victim),
    )


def _quantifier(match: re.Match[str]) -> str | None:
    quant = match.groupdict().get("quant")
    if quant:
        return quant.lower()
    num = match.group("num").lower()
    return num if num in VAGUE else None


def _looks_like_year(num: str) -> bool:
    return num.isdigit() and len(num) == 4 and num.startswith(("19", "20"))


def _outcome(word: str) -> Outcome:
    lowered = word.lower()
    return Outcome.INJURED if re.match(r"injur|wound|hurt|maim", lowered) else Outcome.KILLED


def _object_outcome(match: re.Match[str]) -> Outcome:
    tail = (match.group("tail") or "").strip().lower()
    if tail in ("injured", "wounded"):
        return Outcome.INJURED
    if tail == "dead":
        return Outcome.KILLED
    return _outcome(match.group("verb"))


def _victim_class(victim: str | None) -> VictimClass:
    if not victim:
        return VictimClass.UNKNOWN
    if _COMBATANT_RE.search(victim):
        return VictimClass.COMBATANT
    if _CIVILIAN_RE.search(victim):
        words = victim.lower().split()
        if words[-1] in ("people", "persons", "individuals", "others", "victims", "men", "man"):
            return VictimClass.UNKNOWN
        return VictimClass.CIVILIAN
    return VictimClass.UNKNOWN


def _with_sentence(mention: CasualtyMention, sentence: int) -> CasualtyMention:
    return CasualtyMention(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        sentence=sentence,
        extractor=mention.extractor,
        outcome=mention.outcome,
        count=mention.count,
        high=mention.high,
        quantifier=mention.quantifier,
        victim=mention.victim,
        victim_class=mention.victim_class,
        negated=mention.negated,
    )


def _inherit_others(mentions: list[CasualtyMention]) -> Iterator[CasualtyMention]:
    """ "5 civilians were killed and 15 others injured": "others" takes the class of the figure before it."""
    previous: CasualtyMention | None = None
    for mention in mentions:
        if (
            previous is not None
            and previous.sentence == mention.sentence
            and mention.victim
            and mention.victim.lower().split()[-1] == "others"
        ):
            mention = CasualtyMention(
                start=mention.start,
                end=mention.end,
                text=mention.text,
                sentence=mention.sentence,
                extractor=mention.extractor,
                outcome=mention.outcome,
                count=mention.count,
                high=mention.high,
                quantifier=mention.quantifier,
                victim=mention.victim,
                victim_class=previous.victim_class,
                negated=mention.negated,
            )
        previous = mention
        yield mention


__all__ = ["find_casualty_mentions"]
