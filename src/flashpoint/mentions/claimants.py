"""Claimant mentions: who says so, whether they assert or deny, and how hedged the report is.

Frames, per sentence:

* ``X said / says / reported / claimed / announced / stated / told <outlet> ...`` (X before the cue),
* ``"...," said X`` (X after a reporting verb),
* ``according to X``, ``citing X``,
* ``X deny / denied ...``, ``X rejected reports / claims / allegations``, ``X refuted ...`` (stance DENIES),
* a second cue joined by "and" reuses the first claimant ("deny casualties and say that ..."),
* bare hedges: "reportedly", "allegedly", "purportedly", "it is claimed", "is said to" (claimant None).

X is a registry phrase (an outlet, monitor, ministry or class such as "pro-opposition sources"), which
is normalised to its canonical name, or failing that a capitalised name or a generic body ("the
ministry") as written. The span runs from the claimant to the cue (or from the cue to the claimant),
so it covers both, and includes an adjacent hedge.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from flashpoint.documents.model import Sentence
from flashpoint.mentions.dates import CALENDAR_WORDS
from flashpoint.mentions.kb import PhraseMatch, document_tokens
from flashpoint.mentions.model import ClaimantMention, Stance
from flashpoint.mentions.sources import SourceEntry, SourceRegistry

EXTRACTOR = "claimants.rules"

_ASSERT = (
    r"say|says|said|saying|claim|claims|claimed|claiming|reported|reports|reporting|announce|announces|"
    r"announced|state|states|stated|told|tells|added|adds|confirm|confirms|confirmed|allege|alleges|alleged|"
    r"accuse|accuses|accused|insist|insists|insisted|assert|asserts|asserted|noted|notes|wrote|writes|"
    r"tweeted|posted|documented|recorded|estimated|estimates|warned|explained|acknowledged|admitted|"
    r"blamed|blames|quoted|cited|revealed|reveals|disclosed|affirmed|maintained|maintains|argued|argues|"
    r"attributed|attributes|"
    # a suspicion voiced about who did it, not "suspected militants": only before "the involvement" or "that"
    r"suspect(?:s|ed)?(?=\s+(?:the\s+)?involvement\b|\s+that\b)"
)
_DENY = r"deny|denies|denied|denying|refute|refutes|refuted|refuting"
_REJECT = r"reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing"
_CUE_RE = re.compile(rf"(?<![\w-])(?P<cue>{_DENY}|{_REJECT}|{_ASSERT})(?![\w-])")
# "state" is a verb only before what it states ("officials state that ..."); elsewhere it is the noun of
# "Borno state police", "the state television", "state media"
_NOUN_LIKE_CUES = frozenset({"state", "states"})
# "the blast claimed 4 lives", "claiming the lives of two children", "claiming 4 martyrs": "claim" takes a toll
# as its object, and no one speaks ("the ministry claimed 20 militants were killed" is a claim: a verb follows)
_TOLL_AFTER = re.compile(
    r"\s+(?:the\s+lives?\s+of\b|(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|some\s+|a\s+further\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|"
    r"many)\s+(?:[\w-]+\s+){0,2}?(?:lives|martyrs|victims|casualties|dead)\b(?!\s+(?:were|was|had|have)\b))",
    re.IGNORECASE,
)
_STATED_RE = re.compile(r"\s*(?:that\b|[,:\"\u201c])")
# "in Aragua state", "Chuao, Aragua state": a capitalised name after a locative word or a comma, then "state"
_PLACE_BEFORE_STATE = re.compile(r"(?:\b(?:in|at|of|near|across)|,)\s+(?:[A-Z][\w'-]*\s+){1,3}$")
_DENY_RE = re.compile(rf"(?:{_DENY})$")
_REJECT_RE = re.compile(rf"(?:{_REJECT})$")
_REJECTED_CLAIM_RE = re.compile(
    r"^\s+(?:(?:the|these|those|such|any|all|earlier|media|recent|previous)\s+){0,2}"
    r"(?:reports?|claims?|allegations?|accusations?|charges|rumou?rs|statements?)\b"
)
_HEGDE_VERBS = {
    "claim": "claim",
    "claims": "claim",
    "claimed": "claim",
    "claiming": "claim",
    "allege": "allege",
    "alleges": "allege",
    "alleged": "allege",
    "accuse": "accuse",
    "accuses": "accuse",
    "accused": "accuse",
    "suspect": "suspect",
    "suspects": "suspect",
    "suspected": "suspect",
}
_INVERTIBLE = frozenset(
    {"said", "says", "reported", "added", "claimed", "stated", "wrote", "told", "noted", "confirmed"}
)

_FILLER_WORDS = (
    r"also|later|earlier|previously|had|has|have|reportedly|allegedly|officially|then|further|separately|"
    r"recently|subsequently|yesterday|today|tonight|publicly|repeatedly|quickly|swiftly|initially|"
    r"first|again|on\s+[A-Z][a-z]+day|in\s+a\s+(?:statement|report|post|tweet|video|communique)"
)
_FILLER = rf"(?:\s*,)?\s+(?:(?:{_FILLER_WORDS})\s*,?\s+)*"
_GAP_RE = re.compile(rf"(?:{_FILLER}|\s*,[^,.;:\"\u201c\u201d]{{1,100}},\s+(?:(?:{_FILLER_WORDS})\s+)*)")
_CAPITAL_NP = (
    r"(?<![\w'\u2019-])(?P<np>[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|for|and|the|al|el|de)\s+)*"
    r"[A-Z][\w'\u2019.&-]*){0,6})"
)
_GENERIC_HEAD = (
    r"ministry|army|military|group|observatory|monitor|agency|spokesman|spokesperson|spokeswoman|"
    r"statement|official|source|governor|commander|council|police|government|authorities|administration|"
    r"movement|organi[sz]ation|office|committee|command|mission|coalition|report|channel|outlet|newspaper|"
    r"daily|website|broadcaster|station|network|militia|militants|rebels|faction|alliance|front|brigade|"
    r"department|center|centre|media|regime|doctor|hospital|witness|resident|leader|chief|elder"
)
_GENERIC_NP = (
    rf"(?P<gnp>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_GENERIC_HEAD})s?)"
)
_LEFT_NP_RE = re.compile(rf"(?:{_CAPITAL_NP}|{_GENERIC_NP})(?P<gap>{_FILLER}|\s*,[^,.;]{{1,100}},\s+)$")
_RIGHT_NP_RE = re.compile(rf"\s+(?:{_CAPITAL_NP}|{_GENERIC_NP})(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|to|who)\b)")
_CAPITAL_NP_RE = re.compile(_CAPITAL_NP)
_NP_WINDOW = 160  # characters before a cue searched for its claimant
_OBJECT_BEFORE_RE = re.compile(r"\b(?:in|of|at|from|near|to|on|by|with|for|into|across|against|over)\s+$")
_ACCORDING_RE = re.compile(r"\b(?P<cue>[Aa]ccording\s+to|[Cc]iting|as\s+reported\s+by|[Qq]uoting)\s+")
_SKIP_BEFORE_SOURCE = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:new|latest|recent|preliminary|initial|official)\s+)?"
    r"(?:(?:statement|report|tally|toll|count|figures|data|post|tweet|video|footage|estimate|estimates|"
    r"communique|announcement|sources?)\s+(?:by|from|of|released\s+by|issued\s+by|published\s+by|"
    r"compiled\s+by|close\s+to|within|in)\s+)?"
)
_HEDGE_RE = re.compile(
    r"\b(?P<hedge>reportedly|allegedly|purportedly|supposedly|apparently|it\s+(?:is|was|has\s+been)\s+"
    r"(?:claimed|alleged|reported|said)|(?:is|are|was|were)\s+(?:said|believed|reported|thought)\s+to|"
    r"unconfirmed\s+reports)\b",
    re.IGNORECASE,
)
_COORDINATION_RE = re.compile(
    r"^[^.;:!?\"\u201c\u201d]{0,80}?\b(?:and|but|while|yet)\s+(?:(?:also|then|later|further)\s+)?$"
)
_PRONOUNS = frozenset(
    {
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "Who",
        "Which",
        "There",
        "What",
        "Some",
        "Many",
        "Others",
        "Both",
        "All",
        "None",
        "Nobody",
        "Everyone",
        "One",
    }
)
_TIME_WORDS = CALENDAR_WORDS
_NP_STOPWORDS = frozenset(
    {
        "The",
        "Meanwhile",
        "However",
        "Moreover",
        "Also",
        "But",
        "And",
        "Late",
        "Early",
        "Earlier",
        "Later",
        "Yesterday",
        "Today",
        "On",
        "In",
        "At",
        "After",
        "Before",
        "When",
        "While",
        "Video",
        "Photo",
        "Update",
        "Breaking",
        "Additionally",
        "Apparently",
        "Reportedly",
        "Allegedly",
        "Regardless",
        "Separately",
        "Additional",
        "Further",
        "Furthermore",
        "Instead",
        "Now",
        "Still",
        "Yet",
        "Thus",
        "So",
        "Then",
    }
)


@dataclass(frozen=True, slots=True)
class _Frame:
    start: int
    end: int
    claimant: str | None
    stance: Stance
    hedge: str | None
    cue_end: int


def find_claimant_mentions(
    text: str, sentences: Sequence[Sentence], sources: SourceRegistry
) -> tuple[ClaimantMention, ...]:
    """Every claim frame and bare hedge in ``text``, in text order."""
    bounds = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    tokens = document_tokens(text)
    phrases = sources.phrase_index.find(tokens, text)
    phrase_ends = [match.end for match in phrases]
    mentions: list[ClaimantMention] = []
    for index, (start, end) in enumerate(bounds):
        frames = _normalised(_sentence_frames(text, start, end, phrases, phrase_ends), sources)
        frames, hedges = _attach_hedges(text, start, end, frames)
        mentions.extend(_mention(text, frame, index) for frame in frames)
        mentions.extend(_hedge_mention(text, span, index) for span in hedges)
    return tuple(sorted(mentions, key=lambda mention: (mention.start, mention.end)))


# ---------------------------------------------------------------------------------------------------------
# Frames


def _normalised(frames: list[_Frame], sources: SourceRegistry) -> list[_Frame]:
    """Names found by the capitalised-name fallback still map to the registry when they can."""
    found: list[_Frame] = []
    for frame in frames:
        canonical = sources.normalise(frame.claimant) if frame.claimant else None
        found.append(replace(frame, claimant=canonical) if canonical else frame)
    return found


def _sentence_frames(
    text: str, start: int, end: int, phrases: Sequence[PhraseMatch[SourceEntry]], ends: Sequence[int]
) -> list[_Frame]:
    local = [m for m in phrases[bisect.bisect_right(ends, start) :] if m.start >= start and m.end <= end]
    frames = _according_frames(text, start, end, local)
    covered = [(frame.start, frame.end) for frame in frames]
    previous: _Frame | None = None
    for cue in _CUE_RE.finditer(text, start, end):
        if _inside(cue.start(), covered) or _inside(cue.start(), [(m.start, m.end) for m in local]):
            continue
        if cue.group("cue") in _NOUN_LIKE_CUES and _state_is_noun(text, start, end, cue):
            continue
        if cue.group("cue").startswith("claim") and _TOLL_AFTER.match(text, cue.end(), end):
            continue  # "a blast near Homs claiming 6 martyrs": a toll, not a claim
        frame = _cue_frame(text, start, end, cue, local, previous)
        if frame is not None:
            frames.append(frame)
            covered.append((frame.start, frame.end))
            previous = frame
    return frames


def _state_is_noun(text: str, start: int, end: int, cue: re.Match[str]) -> bool:
    """ "state" is the noun unless it introduces what is stated, and always after a place written as one
    ("in Chuao, Aragua state, residents blocked ...")."""
    if not _STATED_RE.match(text, cue.end(), end):
        return True
    return _PLACE_BEFORE_STATE.search(text, start, cue.start()) is not None


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(first <= offset < last for first, last in spans)


def _stance(text: str, cue: re.Match[str], end: int) -> Stance | None:
    word = cue.group("cue")
    if _DENY_RE.fullmatch(word):
        return Stance.DENIES
    if _REJECT_RE.fullmatch(word):
        return Stance.DENIES if _REJECTED_CLAIM_RE.match(text[cue.end() : end]) else None
    return Stance.ASSERTS


def _cue_frame(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    local: Sequence[PhraseMatch[SourceEntry]],
    previous: _Frame | None,
) -> _Frame | None:
    stance = _stance(text, cue, end)
    if stance is None:
        return None
    hedge = _HEGDE_VERBS.get(cue.group("cue"))
    left = _left_claimant(text, start, cue.start(), local)
    if left is not None:
        claimant, claimant_start = left
        return _Frame(claimant_start, cue.end(), claimant, stance, hedge, cue.end())
    if cue.group("cue") in _INVERTIBLE:
        right = _right_claimant(text, cue.end(), end, local)
        if right is not None:
            claimant, claimant_end = right
            return _Frame(cue.start(), claimant_end, claimant, stance, hedge, cue.end())
    if previous is not None and _COORDINATION_RE.match(text[previous.cue_end : cue.start()]):
        return _Frame(cue.start(), cue.end(), previous.claimant, stance, hedge, cue.end())
    return None


def _left_claimant(
    text: str, start: int, cue_start: int, local: Sequence[PhraseMatch[SourceEntry]]
) -> tuple[str, int] | None:
    before = [m for m in local if m.end <= cue_start]
    if before and _GAP_RE.fullmatch(text[before[-1].end : cue_start]):
        return before[-1].payload.name, before[-1].start
    window = max(start, cue_start - _NP_WINDOW)
    match = _LEFT_NP_RE.search(text, window, cue_start)
    if match is None:
        return None
    group = "np" if match.group("np") else "gnp"
    if _OBJECT_BEFORE_RE.search(text, max(start, match.start(group) - 12), match.start(group)):
        return None  # "... in Aleppo said": a place or object, not the one who says so
    return _clean_np(match.group(group), match.start(group))


def _right_claimant(
    text: str, cue_end: int, end: int, local: Sequence[PhraseMatch[SourceEntry]]
) -> tuple[str, int] | None:
    after = re.match(r"\s+(?:the\s+)?", text[cue_end:end])
    position = cue_end + (after.end() if after else 0)
    for match in local:
        if match.start == position:
            return match.payload.name, match.end
    found = _RIGHT_NP_RE.match(text, cue_end, end)
    if found is None:
        return None
    group = "np" if found.group("np") else "gnp"
    raw = found.group(group)
    if raw.endswith(".") and "." not in raw[:-1].split()[-1]:  # "said Colonel Ivan Petrov." ends the sentence
        raw = raw[:-1]
    cleaned = _clean_np(raw, found.start(group))
    return (cleaned[0], found.start(group) + len(raw)) if cleaned else None


def _clean_np(raw: str, start: int) -> tuple[str, int] | None:
    words = raw.split()
    skipped = 0
    while words and words[0] in _NP_STOPWORDS:
        skipped += len(words[0]) + 1
        words.pop(0)
    if not words or words[0] in _PRONOUNS or all(word in _TIME_WORDS for word in words):
        return None
    name = " ".join(words)
    if name.lower().startswith(("the ", "a ", "an ")) and len(words) > 1:
        name = " ".join(words[1:])
    return name, start + skipped


def _according_frames(
    text: str, start: int, end: int, local: Sequence[PhraseMatch[SourceEntry]]
) -> list[_Frame]:
    frames: list[_Frame] = []
    for cue in _ACCORDING_RE.finditer(text, start, end):
        word = " ".join(cue.group("cue").lower().split())
        hedge = "according to" if word.startswith("according") else word
        skip = _SKIP_BEFORE_SOURCE.match(text, cue.end(), end)
        found = _source_at(text, (cue.end(), skip.end() if skip else cue.end()), end, local)
        if found is None:
            frames.append(_Frame(cue.start(), cue.end("cue"), None, Stance.ASSERTS, hedge, cue.end("cue")))
            continue
        claimant, claimant_end = found
        frames.append(_Frame(cue.start(), claimant_end, claimant, Stance.ASSERTS, hedge, cue.end("cue")))
    return frames


def _source_at(
    text: str, positions: tuple[int, int], end: int, local: Sequence[PhraseMatch[SourceEntry]]
) -> tuple[str, int] | None:
    """The source named at the cue's end (or after "a statement by", "the"): a registry phrase first."""
    cue_end, position = positions
    for match in local:
        after_the = match.start == position + 4 and text[position : match.start] == "the "
        if match.start in (cue_end, position) or after_the:
            return match.payload.name, match.end
    found = _CAPITAL_NP_RE.match(text, position, end)
    if found is None:
        return None
    cleaned = _clean_np(found.group("np"), found.start("np"))
    return (cleaned[0], found.end("np")) if cleaned else None


# ---------------------------------------------------------------------------------------------------------
# Hedges and output


def _attach_hedges(
    text: str, start: int, end: int, frames: list[_Frame]
) -> tuple[list[_Frame], list[tuple[int, int]]]:
    bare: list[tuple[int, int]] = []
    for hedge in _HEDGE_RE.finditer(text, start, end):
        word = " ".join(hedge.group("hedge").lower().split())
        owner = _frame_holding(frames, hedge.start(), hedge.end())
        if owner is None:
            bare.append(hedge.span("hedge"))
            continue
        frame = frames[owner]
        frames[owner] = replace(frame, hedge=word, start=min(frame.start, hedge.start()))
    return frames, bare


def _frame_holding(frames: Sequence[_Frame], start: int, end: int) -> int | None:
    """The frame that contains a hedge or starts right after it ("reportedly, SOHR said")."""
    for index, frame in enumerate(frames):
        if frame.start <= start and end <= frame.end:
            return index
    for index, frame in enumerate(frames):
        if 0 <= frame.start - end <= 2:
            return index
    return None


def _mention(text: str, frame: _Frame, sentence: int) -> ClaimantMention:
    return ClaimantMention(
        start=frame.start,
        end=frame.end,
        text=text[frame.start : frame.end],
        sentence=sentence,
        extractor=EXTRACTOR,
        claimant=frame.claimant,
        stance=frame.stance,
        hedge=frame.hedge,
    )


def _hedge_mention(text: str, span: tuple[int, int], sentence: int) -> ClaimantMention:
    start, end = span
    return ClaimantMention(
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence,
        extractor=EXTRACTOR,
        claimant=None,
        hedge=" ".join(text[start:end].lower().split()),
    )


__all__ = ["EXTRACTOR", "find_claimant_mentions"]
