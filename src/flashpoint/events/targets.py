"""What an attack hit, as the report writes it: "bombed the electric power substation", "the mayor was shot",
"an attack on a police post".

ACLED's actor2 names the side that was hit (a group or "Civilians (Colombia)"); analysts also want the target
itself: the building, convoy, pylon or person. These spans are kept as ``target`` evidence of the event, in the
words of the text: the noun phrase after an attack verb, before a passive one, or after "attack on". Nothing is
normalised; a pronoun ("attacked them") or a bare count is no target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flashpoint.documents.model import Document
from flashpoint.events.model import Evidence

TARGET_FIELD = "target"
_MAX_WORDS = 7  # a longer phrase is a clause, not the name of what was hit
_REACH = 200  # characters searched for a phrase around its verb: _MAX_WORDS words fit, and time stays linear

_VERBS = (
    r"attack(?:ed|ing)|bomb(?:ed|ing)|set (?:fire|ablaze) to|set on fire|torch(?:ed|ing)|burn(?:ed|t|ing)(?: down)?|"
    r"blew up|blow(?:ing)? up|dynamit(?:ed|ing)|destroy(?:ed|ing)|damag(?:ed|ing)|hit|struck|target(?:ed|ing)|"
    r"shell(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|ambush(?:ed|ing)|"
    r"murder(?:ed|ing)|kill(?:ed|ing)|assassinat(?:ed|ing)|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|shot(?: dead)?|"
    r"shoot(?:ing)?|stabb(?:ed|ing)|execut(?:ed|ing)|loot(?:ed|ing)|ransack(?:ed|ing)|"
    # gunfire and launched weapons name what they were aimed at: "opened fire on the mayor's convoy", "fired
    # two rockets at the army barracks"
    r"open(?:ed|ing) fire (?:on|at|upon)|fir(?:ed|ing) (?:[\w-]+ ){0,3}?(?:on|at|upon)|"
    r"thr(?:ew|owing) (?:[\w-]+ ){1,3}?(?:at|into)"
)
_PASSIVE_VERBS = (
    r"attacked|bombed|set on fire|set ablaze|torched|burned(?: down)?|burnt|blown up|dynamited|destroyed|damaged|"
    r"hit|struck|targeted|shelled|raided|stormed|ambushed|murdered|killed|assassinated|kidnapp?ed|abducted|"
    r"shot(?: dead)?|stabbed|executed|looted|ransacked|"
    # the person an attack was aimed at, hurt or not: "Karimi, the district head, was not harmed"
    r"injured|wounded|(?:not )?harmed|unharmed|unhurt"
)
_NOUNS = r"attacks?|bombings?|assaults?|raids?|strikes?|ambush(?:es)?|arson|explosions?|blasts?"
# words that end the phrase: prepositions, conjunctions, relative pronouns, participles of a new clause
_STOP_WORDS = (
    "in on at near with and or but while when after before during from by as to into for since across along "
    "inside outside through throughout around against towards toward between among under over behind beyond "
    "within without via upon "
    "who whom which that where killing wounding injuring leaving causing using reportedly yesterday today "
    "last this early late monday tuesday wednesday thursday friday saturday sunday "
    # the verb of the next clause ("the plant caused damage", "police said the convoy ...")
    "was were is are has have had be been left caused killed wounded injured said says reported claimed "
    "added told according due detonated exploded "
    # adverbs and dates that follow a verb ("attacked indiscriminately", "killed 2 days ago")
    "if there also then again not ago instantly january february march april may june july august "
    "september october november december"
)
_STOP = frozenset(_STOP_WORDS.split())
_NOT_TARGETS = frozenset(
    [
        "it",
        "them",
        "him",
        "her",
        "us",
        "me",
        "you",
        "himself",
        "herself",
        "themselves",
        "each",
        "other",
        "one",
        "two",
        "three",
        "several",
        "many",
        "dozens",
        "hundreds",
        "some",
        "people",
        "persons",
        "those",
        "these",
        "others",
        "least",
        "more",
        "than",
        "total",
    ]
)
_ACTIVE = re.compile(rf"\b(?:{_VERBS})\s+", re.IGNORECASE)
_ON = re.compile(rf"\b(?:{_NOUNS})\s+(?:on|against)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?()]")
# "an Afghan Local Police (ALP) commander": an acronym in brackets is part of the phrase, not its end
_ACRONYM = re.compile(r"\((?=[A-Z])[A-Za-z0-9&.-]{2,10}\)")
_PASSIVE = re.compile(
    rf"\s(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:{_PASSIVE_VERBS})\b", re.IGNORECASE
)
_PHRASE_BREAKS = ".;:!?(),"
# A person named, then described between commas: "Colonel Amadou Sissoko, the district police commander,".
# The description is part of what was hit (it says who the victim was); it opens with an article or "former".
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|former)\s[^,.;:!?()]{2,80}?)(?=,|\.\s|\.$|;|$)", re.IGNORECASE)
_APPOSITIVE_WORDS = 9
_WORD = re.compile(r"[\w'’-]+")
_LEADING = frozenset(["the", "a", "an"])
_DANGLING = frozenset(["the", "a", "an", "of", "its", "his", "her", "their"])
# "at least one official": "at" ends the clause before, so "least" would start the phrase
_COUNT_LEAD = frozenset(["least", "most"])


def find_targets(doc: Document, sentences: set[int]) -> tuple[Evidence, ...]:
    """The targets the given sentences name, first occurrence of each phrase, in text order."""
    found: dict[str, Evidence] = {}
    for index in sorted(sentences):
        sentence = doc.sentences[index]
        text = doc.text[sentence.start : sentence.end]
        for start, end in _spans(text):
            phrase = text[start:end]
            key = phrase.casefold()
            if key not in found:
                absolute = sentence.start + start
                found[key] = Evidence(
                    field=TARGET_FIELD, start=absolute, end=sentence.start + end, text=phrase
                )
    return tuple(sorted(found.values(), key=lambda e: e.start))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    text = _ACRONYM.sub(lambda m: " " * len(m.group()), text)  # same length: offsets stay those of the text
    for pattern in (_ACTIVE, _ON):
        for match in pattern.finditer(text):  # the phrase after each verb, even inside another's phrase
            reach = min(len(text), match.end() + _REACH)
            stop = _CLAUSE_END.search(text, match.end(), reach)
            span = _leading_phrase(text, match.end(), stop.start() if stop else reach)
            if span is not None:
                yield span
    for match in _PASSIVE.finditer(text):  # the phrase before it, back to the clause's start (linear time)
        floor = max(0, match.start() - _REACH)
        clause = max(floor - 1, *(text.rfind(mark, floor, match.start()) for mark in _PHRASE_BREAKS)) + 1
        span = _trailing_phrase(text, clause, match.start()) or _described_before(
            text, floor, clause, match.start()
        )
        if span is not None:
            yield span


def _leading_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase at the start of ``text[start:end]``: up to the first stop word or comma."""
    words = list(_WORD.finditer(text, start, end))
    if words and words[0].group().casefold().endswith("ly"):
        return None  # "bombed indiscriminately across ...": the verb has no object
    kept: list[re.Match[str]] = []
    for word in words:
        between = text[kept[-1].end() : word.start()] if kept else ""
        if "," in between or word.group().casefold() in _STOP or len(kept) >= _MAX_WORDS:
            break
        if word.group().isdigit() and any(_names_something(k.group()) for k in kept):
            break  # "the farm 2 days ago": a number after a noun starts a new phrase; "a total of 5 ..." goes on
        kept.append(word)
    while kept and kept[-1].group().casefold() in _DANGLING:
        kept.pop()  # "the convoy of the mayor of the": the word limit cut a phrase after "of the"
    span = _phrase(kept)
    if span is not None and _ends_in_name(kept):
        described = _APPOSITIVE.match(text, span[1], end)
        if described is not None and len(_WORD.findall(described.group(1))) <= _APPOSITIVE_WORDS:
            return span[0], described.end(1)
    return span


def _trailing_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase at the end of ``text[start:end]``: back to the last stop word."""
    words = list(_WORD.finditer(text, start, end))
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        if word.group().casefold() in _STOP or len(kept) >= _MAX_WORDS:
            break
        kept.insert(0, word)
    while kept and kept[0].group().casefold() in _COUNT_LEAD:
        kept.pop(0)
    return _phrase(kept)


def _described_before(text: str, floor: int, clause: int, verb: int) -> tuple[int, int] | None:
    """ "Ibrahim Toure, a former member of the regional council, was killed": the name and its description, when
    the clause before the passive verb is empty because the description between commas ends there."""
    comma = clause - 1
    if comma < 0 or text[comma] != "," or text[clause:verb].strip():
        return None
    opening = text.rfind(",", floor, comma)
    if opening < 0:
        return None
    described = _APPOSITIVE.match(text, opening, comma)
    if described is None or len(_WORD.findall(described.group(1))) > _APPOSITIVE_WORDS:
        return None
    start = max(floor - 1, *(text.rfind(mark, floor, opening) for mark in _PHRASE_BREAKS)) + 1
    name = _trailing_phrase(text, start, opening)
    if name is None or not _is_name(list(_WORD.finditer(text, name[0], name[1]))):
        return None
    return name[0], described.end(1)


def _ends_in_name(words: list[re.Match[str]]) -> bool:
    """The phrase ends in a capitalised name: "Nabi Karimi", "the vehicle of Nabi Karimi"."""
    return (
        bool(words)
        and words[-1].group()[:1].isupper()
        and (len(words) == 1 or words[-2].group()[:1].isupper() or words[-2].group().casefold() == "of")
    )


def _is_name(words: list[re.Match[str]]) -> bool:
    """Every word capitalised: a person's name, with a title ("Colonel Amadou Sissoko")."""
    return bool(words) and all(w.group()[:1].isupper() for w in words)


def _phrase(words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The span of ``words`` when one of them can name a target: a word of three letters or more that is
    no pronoun, count or adverb ("them", "two", "indiscriminately")."""
    if not any(_names_something(w.group()) for w in words):
        return None
    return words[0].start(), words[-1].end()


def _names_something(word: str) -> bool:
    folded = word.casefold()
    return (
        sum(char.isalpha() for char in folded) >= 3
        and folded not in _NOT_TARGETS
        and folded not in _LEADING
        and folded not in _STOP
        and not folded.endswith("ly")
    )


__all__ = ["TARGET_FIELD", "find_targets"]
