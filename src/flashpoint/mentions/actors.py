"""Actor mentions: KB names, aliases and front names, generic descriptors, named persons, unknown groups.

One pass of the KB's :class:`~flashpoint.mentions.kb.PhraseIndex` over the document's tokens finds every
listed phrase (longest match wins, never inside a word); small rules then

* drop names used as modifiers ("al-Qaeda-affiliated", "ISIS-held", "pro-Houthi" when not an alias),
* accept guarded aliases ("IS") only in an actor context ("IS fighters", "attacked by IS"), and "pro-Houthi"
  (guarded when the KB lists "pro-Houthi forces") only before a group noun ("pro-Houthi groups"),
* resolve front names to the actor behind them, keeping the surface text ("Afrin Liberation Forces" -> YPG),
* localise transnational actors to the document's country ("ISIS" in Syria -> "Islamic State (Syria)"),
* extend a span over a trailing acronym or member noun ("People's Protection Units (YPG)", "ISIS cells"),
* link named persons to their organisation ("Alaa al-Omar, a commander of ... Ahrar al-Sham"),
* keep unknown capitalised group names as provisional actors ("the so-called Free Valley Brigade").

Descriptor mentions are ``generic=True`` with the descriptor template as ``name``; the events stage calls
``ActorKB.resolve_descriptor(template, country)`` once it knows where the event happened.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from flashpoint.documents.model import Sentence
from flashpoint.mentions.dates import CALENDAR_WORDS
from flashpoint.mentions.kb import (
    PRO_PREFIX,
    STATE_KINDS,
    ActorKB,
    Entry,
    EntryKind,
    PhraseMatch,
    Token,
    document_tokens,
    tokenize,
)
from flashpoint.mentions.model import NON_STATE_ARMED_INTERS, ActorMention
from flashpoint.mentions.numbers import parse_number

EXTRACTOR = "actors.kb"

MODIFIER_WORDS: frozenset[str] = frozenset(
    {
        "affiliated",
        "linked",
        "backed",
        "allied",
        "aligned",
        "controlled",
        "held",
        "inspired",
        "leaning",
        "style",
        "run",
        "occupied",
        "dominated",
        "sponsored",
        "supported",
        "funded",
        "trained",
        "armed",
        "led",
        "related",
        "friendly",
        "loyal",
        "type",
        "like",
        "era",
        "free",
        "proof",
        "affiliate",
        "based",
        "claimed",
        "bound",
        "majority",
        "minded",
    }
)
"""Words after a hyphen that turn a name into a modifier: "al-Qaeda-affiliated", "ISIS-held"."""

MEMBER_NOUNS: frozenset[str] = frozenset(
    {
        "fighters",
        "fighter",
        "militants",
        "militant",
        "members",
        "member",
        "forces",
        "troops",
        "rebels",
        "cells",
        "cell",
        "militia",
        "militias",
        "militiamen",
        "gunmen",
        "jihadists",
        "elements",
        "loyalists",
        "units",
        "unit",
        "operatives",
        "terrorists",
        "insurgents",
        "affiliates",
        "supporters",
        "soldiers",
        "personnel",
        "combatants",
        "mercenaries",
        "recruits",
        "cadres",
        "guerrillas",
        "remnants",
        "squads",
        "snipers",
        "bombers",
        "commandos",
        "brigades",
        "battalions",
        "positions",
    }
)
"""Nouns that extend an organisation's span: "ISIS members", "Houthi fighters"."""

GUARD_CONTEXT_AFTER: frozenset[str] = frozenset(
    MEMBER_NOUNS
    | {
        "group",
        "attack",
        "attacks",
        "ambush",
        "suicide",
        "commander",
        "commanders",
        "leader",
        "leaders",
        "emir",
        "propaganda",
        "claimed",
        "claims",
        "claim",
        "flag",
        "stronghold",
        "strongholds",
        "caliphate",
        "sleeper",
        "position",
        "hideout",
        "hideouts",
        "insurgency",
        "offensive",
        "news",
        "militancy",
        "jihadist",
        "territory",
        "province",
        "affiliate",
        "spokesman",
        "detainees",
        "prisoners",
        "families",
        "wives",
        "bride",
        "brides",
        "camp",
        "hold",
        "holdouts",
        "fighting",
        "threat",
        "resurgence",
        "ideology",
        # what an operation against the group hits: "shelled IS gatherings", "destroyed an IS cave"
        "groups",
        "gatherings",
        "gathering",
        "targets",
        "sites",
        "cells",
        "cell",
        "cave",
        "caves",
        "tunnel",
        "tunnels",
        "bases",
        "base",
        "headquarters",
        "vehicle",
        "vehicles",
        "booby",
    }
)
GUARD_CONTEXT_BEFORE: frozenset[str] = frozenset(
    {
        "by",
        "against",
        "from",
        "of",
        "join",
        "joined",
        "joining",
        "fighting",
        "fought",
        "defeat",
        "defeated",
        "versus",
        "vs",
        "former",
        "ex",
        "suspected",
        "remnants",
        "pro",
        "anti",
        "so",
        "called",
        "with",
    }
)

_ROLE = (
    r"(?:field\s+)?(?:commander|leader|chief|head|founder|co-founder|member|official|spokesman|spokesperson|"
    r"spokeswoman|emir|amir|fighter|militant|cleric|ideologue|deputy|representative|negotiator|officer|"
    r"general|colonel|operative|mufti|judge|financier|recruiter|sheikh|lieutenant|figure|strongman|"
    r"warlord|envoy|activist)s?"
)
_PARTICLE = r"(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|bint|ben|de|da|del|van|von|der|ould|ag|wad)"
_NAME_WORD = r"[A-Z][\w'\u2019]*(?:-[A-Za-z][\w'\u2019]*)*"
_NAME = rf"{_NAME_WORD}(?:[ ](?:{_PARTICLE}[- ])?{_NAME_WORD}){{1,3}}"
_NAME_RE = re.compile(_NAME)
_APPOSITION_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?{_ROLE}"
    r"(?P<rest>\s+(?:of|in|with|within|from|for|at|belonging\s+to|affiliated\s+with|linked\s+to)\b"
    r"[^,;:()\"\u201c\u201d]{0,90})$"
)
_TITLE_AFTER = re.compile(
    rf"^(?:['\u2019]s?)?\s+(?:(?:senior|top|local|prominent|former|military|field|deputy|chief|main|"
    rf"self-proclaimed|notorious|late|the)\s+){{0,2}}{_ROLE},?\s+(?P<name>{_NAME})"
)
_ROLE_OF_BEFORE = re.compile(rf"\b{_ROLE}\s+(?:of|in)\s+(?:the\s+)?$")
_NAME_AFTER_COMMA = re.compile(rf"^,\s+(?P<name>{_NAME})\b")

_NAME_STOPWORDS: frozenset[str] = (
    frozenset(
        {
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "By",
            "For",
            "From",
            "Meanwhile",
            "However",
            "Moreover",
            "Also",
            "Late",
            "Early",
            "Last",
            "This",
            "That",
            "These",
            "Those",
            "According",
            "Pro",
            "Sources",
            "Local",
            "Video",
            "Photo",
            "Update",
            "Breaking",
            "When",
            "While",
            "After",
            "Before",
            "Since",
            "His",
            "Her",
            "Their",
            "Its",
            "Our",
            "He",
            "She",
            "They",
            "It",
            "We",
            "And",
            "But",
            "Then",
            "Yesterday",
            "Today",
            "Earlier",
            "Apparently",
            "Reportedly",
            "Additionally",
            "Regardless",
        }
    )
    | CALENDAR_WORDS
)

_GROUP_HEAD = (
    r"(?:Brigades?|Battalions?|Front|Army|Movement|Division|Corps|Forces|Units?|Group|Militia|Legion|"
    r"Regiment|Faction|Gang|Cartel|Squad|Guards|Committees|Alliance|Resistance|Mujahideen|"
    r"Mujahidin|Vanguard|Company|Companies|Tigers|Lions|Falcons|Eagles|Hawks|Wolves|Knights)"
)
_CAP_WORD = r"[A-Z][\w'\u2019]*(?:-[A-Za-z][\w'\u2019]*)*"
_CONNECT = r"(?:of|for|the|al|el|de|del|la|and|wal|in)"
_PROVISIONAL_EN = re.compile(
    rf"(?:\b(?:so-called|self-styled|self-proclaimed|newly[- ]formed|little-known|shadowy|"
    rf"previously\s+unknown|hitherto\s+unknown|unknown)\s+)?"
    rf"(?<![\w'\u2019-])(?P<name>{_CAP_WORD}(?:\s+(?:{_CONNECT}\s+)*{_CAP_WORD}){{0,4}}\s+{_GROUP_HEAD}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})?)\b"
)
_PROVISIONAL_AR = re.compile(
    r"(?<![\w'\u2019-])(?P<name>(?:Liwa|Jaish|Jaysh|Harakat|Katibat|Kataib|Kata'ib|Saraya|Jabhat|Firqat|"
    r"Tajammu|Faylaq|Failaq|Quwat|Ansar|Ahrar|Jund|Usbat|Alwiya|Tanzim|Jamaat|Jama'at)\s+"
    r"(?:(?:al|ad|as|ash|at|an|ar|az|el|ul|il)[- ])?[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:al|ad|as|ash|at|an|ar|az|el|wal|wa|li|fi|bin|ibn|abu)[- ])?[A-Z][\w'\u2019-]*){0,3})"
)
_GENERIC_GROUP_WORDS: frozenset[str] = frozenset(
    {
        "special",
        "security",
        "armed",
        "joint",
        "ground",
        "government",
        "national",
        "islamic",
        "military",
        "opposition",
        "rebel",
        "militant",
        "terrorist",
        "coalition",
        "allied",
        "federal",
        "regional",
        "local",
        "elite",
        "regular",
        "air",
        "naval",
        "navy",
        "border",
        "state",
        "popular",
        "the",
        "of",
        "and",
        "for",
        "al",
        "el",
        "de",
        "la",
        "in",
        "task",
        "reserve",
        "rapid",
        "response",
        "support",
        "civil",
        "defence",
        "defense",
        "police",
        "peacekeeping",
        "international",
        "united",
        "nations",
        "african",
        "union",
        "arab",
        "us",
        "un",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "your",
        "new",
        "other",
        "main",
    }
)
_TITLE_CASE_SHARE = 0.8  # share of capitalised long words above which a sentence reads as a headline
# "Tiv militias", "Hawadle clan militia", "militiamen from the Jarer Weyne clan": identity militias, which
# ACLED names "<Tiv> Ethnic Militia (Nigeria)" / "<Hawadle> Clan Militia (Somalia)" with inter 4.
_PEOPLE = r"[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?"
_IDENTITY_MILITIA = re.compile(
    # "Fellata and Rizeigat communal militias": two peoples' militias, one phrase
    rf"(?<![\w'\u2019-])(?P<pair>{_PEOPLE}(?:\s*,\s*{_PEOPLE})*\s+and\s+{_PEOPLE})\s+"
    r"(?P<clan3>clan\s+|ethnic\s+|tribal\s+|communal\s+)?(?:militias|militiamen)\b"
    rf"|(?<![\w'\u2019-])(?P<name>{_PEOPLE})\s+(?P<clan>clan\s+|ethnic\s+|tribal\s+|communal\s+)?"
    r"(?:militias?|militiamen|militia\s+members|militia\s+fighters)\b"
    rf"|(?:militias?|militiamen|fighters|gunmen)\s+(?:from|of)\s+the\s+"
    rf"(?P<names>{_PEOPLE}(?:\s*(?:,|and)\s*{_PEOPLE})*)\s+(?P<clan2>clans?|tribes?|communities)\b"
)
_PEOPLE_RE = re.compile(_PEOPLE)
_IDENTITY_INTER = 4
_HEAD_RE = re.compile(rf"\b{_GROUP_HEAD}\b")
_HEAD_WINDOW = 120  # characters before a head word in which a group name may start
_INTER_BY_HEAD: dict[str, int] = {"Gang": 3, "Cartel": 3, "Militia": 3}

_HEADLINE_UPPER_SHARE = 0.6
"""Share of upper-case letters above which a sentence is a shouting headline (no guarded aliases there)."""
_CASELESS_UPPER_SHARE = 0.005
"""Share of upper-case letters under which a text is written without case (all lower case, as some feeds,
transcripts and archives are): KB acronyms then match whatever the case ("fmln" as "FMLN")."""
_CASELESS_MIN_LETTERS = 40
CASELESS_ACRONYM_STOP: frozenset[str] = frozenset(
    {
        "ada",
        "aff",
        "ana",
        "ato",
        "bra",
        "cam",
        "cru",
        "fact",
        "gnu",
        "jas",
        "mend",
        "mit",
        "nas",
        "ola",
        "ops",
        "pdf",
        "pla",
        "red",
        "rota",
        "sac",
        "sig",
        "tip",
        "wam",
        "una",
        "sin",
        "con",
        "las",
        "los",
    }
)
"""Words that are also KB acronyms ("red", "fact", "mend"): in case-blind text they stay ordinary words."""
_ROLE_HINT = re.compile(rf"\b{_ROLE}\b")
_PERSON_WINDOW = 200  # characters before an organisation searched for an apposition


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    tokens: Sequence[Token]
    starts: list[int]
    kb: ActorKB
    sentences: _SentenceLocator
    country: str | None
    published: date | None


class _SentenceLocator:
    """Sentence index and bounds of a character offset (one sentence when none are given)."""

    __slots__ = ("_bounds", "_starts")

    def __init__(self, sentences: Sequence[Sentence], length: int) -> None:
        self._bounds = [(s.start, s.end) for s in sentences] or [(0, length)]
        self._starts = [start for start, _ in self._bounds]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def bounds(self, offset: int) -> tuple[int, int]:
        return self._bounds[self.index(offset)]


def find_actor_mentions(
    text: str,
    sentences: Sequence[Sentence],
    kb: ActorKB,
    *,
    country: str | None = None,
    published: date | None = None,
) -> tuple[ActorMention, ...]:
    """Every actor mention in ``text``, in text order.

    ``country`` (name or ISO code) localises transnational actors; when None, the country named most
    often in the text is used. ``published`` picks the regime period of state actors and the front-name
    relations valid at that date (today when None).
    """
    tokens = document_tokens(text)
    locator = _SentenceLocator(sentences, len(text))
    lookup = _case_blind_tokens(tokens) if is_caseless(text) else tokens
    found_matches = _prefer_names_inside(kb.phrase_index.find(lookup, text), kb, lookup, text)
    matches = [m for m in found_matches if _keep(m, tokens, text, locator)]
    found = kb.country(country)
    hint = found.iso if found else _vote_country(matches)
    context = _Context(text, tokens, [token.start for token in tokens], kb, locator, hint, published)
    mentions = [_to_mention(m, context) for m in matches if m.payload.kind is not EntryKind.COUNTRY]
    mentions = _joint_actors(mentions, context)
    named = [(m.start, m.end) for m in mentions if not m.generic]
    # "ISGS militants": the member noun a name's span was extended over is no second, generic actor
    mentions = [m for m in mentions if not (m.generic and _inside(m.start, m.end, named))]
    mentions = _link_persons(mentions, context)
    mentions = _members_of_named(mentions, text)
    mentions.extend(_coordinated_states(mentions, context))
    identity, covered = _identity_militias(mentions, context)
    mentions = [m for m in mentions if not (m.generic and _overlaps(m.start, m.end, covered))] + identity
    mentions.extend(_provisional_mentions(mentions, context))
    return tuple(sorted(mentions, key=lambda mention: (mention.start, -mention.end)))


# ---------------------------------------------------------------------------------------------------------
# Filters


def _prefer_names_inside(
    matches: list[PhraseMatch[Entry]], kb: ActorKB, tokens: Sequence[Token], text: str
) -> list[PhraseMatch[Entry]]:
    """ "the army of national liberation": a descriptor ("the army") that a longer actor name starting inside it
    overruns gives way to that name (the leftmost match alone would split the name)."""
    result: list[PhraseMatch[Entry]] = []
    skip_to = -1
    for match in matches:
        if match.first <= skip_to:
            continue
        inner = _name_inside(match, kb, tokens, text)
        if inner is not None:
            result.append(inner)
            skip_to = inner.last
        else:
            result.append(match)
    return result


def _name_inside(
    match: PhraseMatch[Entry], kb: ActorKB, tokens: Sequence[Token], text: str
) -> PhraseMatch[Entry] | None:
    if match.payload.kind is not EntryKind.DESCRIPTOR:
        return None
    for first in range(match.first + 1, match.last + 1):
        inner = kb.phrase_index.match_at(tokens, text, first)
        if inner is not None and inner.last > match.last and inner.payload.kind is EntryKind.ACTOR:
            return inner
    return None


def _keep(match: PhraseMatch[Entry], tokens: Sequence[Token], text: str, locator: _SentenceLocator) -> bool:
    if _is_modifier(match, tokens, text) or _after_pro(match, text):
        return False
    if match.payload.guarded:
        return _guard_satisfied(match, tokens, text, locator)
    return True


def _is_modifier(match: PhraseMatch[Entry], tokens: Sequence[Token], text: str) -> bool:
    """ "al-Qaeda-affiliated", "ISIS-held", "Turkish-backed": the name describes something else."""
    following = match.last + 1
    if following >= len(tokens):
        return False
    gap = text[match.end : tokens[following].start]
    return gap in {"-", "\u2010", "\u2011", "\u2013"} and tokens[following].norm in MODIFIER_WORDS


def _after_pro(match: PhraseMatch[Entry], text: str) -> bool:
    before = text[max(0, match.start - 5) : match.start].lower()
    return before.endswith(("pro-", "anti-", "pro\u2010", "anti\u2010"))


# "pro-Houthi groups", "pro-Hadi and affiliated forces", "pro-Hadi and Popular Resistance fighters"
_PRO_GROUP_AFTER = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?)?\s*(?:forces|fighters|elements|groups?|militants|gunmen|snipers|"
    r"reinforcements|militias|militiamen|troops|units|soldiers?|loyalists)\b",
    re.IGNORECASE,
)


def _guard_satisfied(
    match: PhraseMatch[Entry], tokens: Sequence[Token], text: str, locator: _SentenceLocator
) -> bool:
    if match.payload.surface.casefold().startswith(PRO_PREFIX):
        return bool(_PRO_GROUP_AFTER.match(text, match.end))
    start, end = locator.bounds(match.start)
    if _is_headline(text[start:end]):
        return False
    after = tokens[match.last + 1].norm if match.last + 1 < len(tokens) else ""
    before = tokens[match.first - 1].norm if match.first > 0 else ""
    # "clashes between IS and the SDF": the two sides of a fight
    paired = before == "between" and after == "and"
    # the verb "is" never follows an article: "an IS car bomb", "the IS caves"
    article_is = before in ("the", "an") and tokens[match.first].norm == "is"
    return paired or article_is or after in GUARD_CONTEXT_AFTER or before in GUARD_CONTEXT_BEFORE


def is_caseless(text: str) -> bool:
    """Whether ``text`` is written without case: enough letters, almost none of them upper case."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _CASELESS_MIN_LETTERS:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) < _CASELESS_UPPER_SHARE


def _case_blind_tokens(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """Tokens as if written in capitals (words of 3+ letters, not :data:`CASELESS_ACRONYM_STOP`, and single
    letters other than "a" and "i": "m-19", "u.s."), so that KB acronyms, which match only an upper-case word,
    match in a text written without case. Two-letter words ("is", "us", "un") stay as written."""
    return tuple(t._replace(raw=t.raw.upper()) if _may_be_acronym(t.norm) else t for t in tokens)


def _may_be_acronym(norm: str) -> bool:
    if len(norm) == 1:
        return norm not in ("a", "i")
    return len(norm) >= 3 and norm not in CASELESS_ACRONYM_STOP


def _is_headline(sentence: str) -> bool:
    letters = [ch for ch in sentence if ch.isalpha()]
    if len(letters) < 8:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) > _HEADLINE_UPPER_SHARE


def _vote_country(matches: Iterable[PhraseMatch[Entry]]) -> str | None:
    votes: Counter[str] = Counter()
    for match in matches:
        if match.payload.country and match.payload.kind is not EntryKind.DESCRIPTOR:
            votes[match.payload.country] += match.payload.weight
        elif match.payload.kind is EntryKind.COUNTRY:
            votes[match.payload.target] += match.payload.weight
    return votes.most_common(1)[0][0] if votes else None


# ---------------------------------------------------------------------------------------------------------
# Building mentions


def _to_mention(match: PhraseMatch[Entry], context: _Context) -> ActorMention:
    entry = match.payload
    end = _extended_end(match, context)
    surface = context.text[match.start : end]
    sentence = context.sentences.index(match.start)
    if entry.kind is EntryKind.DESCRIPTOR:
        descriptor = context.kb.descriptor(entry.target)
        return ActorMention(
            start=match.start,
            end=end,
            text=surface,
            sentence=sentence,
            extractor=EXTRACTOR,
            actor_id=None,
            name=entry.target,
            inter=descriptor.inter if descriptor else None,
            country=entry.country,
            generic=True,
        )
    actor_id = _resolve_actor(entry.target, context)
    actor = context.kb.actors[actor_id]
    return ActorMention(
        start=match.start,
        end=end,
        text=surface,
        sentence=sentence,
        extractor=EXTRACTOR,
        actor_id=actor_id,
        name=context.kb.name_on(actor_id, context.published),
        inter=actor.inter,
        country=actor.country or None,
        person=entry.surface if entry.kind is EntryKind.PERSON else None,
    )


# "ISWAP or Boko Haram militants", "presumed JNIM or ISGS fighters", "JNIM/ISGS": the report hesitates
_EITHER_GAP = re.compile(r"\s*/\s*|,?\s+(?:and/)?or\s+(?:the\s+)?", re.IGNORECASE)


def _joint_actors(mentions: list[ActorMention], context: _Context) -> list[ActorMention]:
    """Two actors a report hesitates between ("X or Y") become the KB's joint actor for them ("X and/or Y"),
    when it has one (:meth:`ActorKB.joint`): who did it is uncertain, and the coding says so."""
    found: list[ActorMention] = []
    for mention in mentions:
        previous = found[-1] if found else None
        joint = (
            context.kb.joint(previous.actor_id, mention.actor_id)
            if previous is not None and previous.actor_id and mention.actor_id and not mention.generic
            else None
        )
        if (
            previous is None
            or joint is None
            or not _EITHER_GAP.fullmatch(context.text, previous.end, mention.start)
        ):
            found.append(mention)
            continue
        actor = context.kb.actors[joint]
        found[-1] = replace(
            previous,
            end=mention.end,
            text=context.text[previous.start : mention.end],
            actor_id=joint,
            name=context.kb.name_on(joint, context.published),
            inter=actor.inter,
            country=actor.country or None,
            person=None,
        )
    return found


def _resolve_actor(actor_id: str, context: _Context) -> str:
    resolved = context.kb.resolve_brand(actor_id, context.published)
    return context.kb.localise(resolved, context.country)


def _extended_end(match: PhraseMatch[Entry], context: _Context) -> int:
    """Extend over "(YPG)" when it names the same actor, and over one member noun ("ISIS cells")."""
    end = match.end
    if match.payload.kind in (EntryKind.DESCRIPTOR, EntryKind.COUNTRY, EntryKind.PERSON):
        return end
    end = _extend_parenthetical(match, context) or end
    index = _token_index_at(context.starts, end)
    if index is not None and context.tokens[index].norm in MEMBER_NOUNS:
        token = context.tokens[index]
        if context.text[end : token.start] in {" ", "\u00a0"}:
            return token.end
    return end


def _extend_parenthetical(match: PhraseMatch[Entry], context: _Context) -> int | None:
    tail = _PAREN_RE.match(context.text, match.end)
    if tail is None:
        return None
    inner_tokens = tokenize(tail.group(1))
    if not inner_tokens:
        return None
    inner = context.kb.phrase_index.match_at(inner_tokens, tail.group(1), 0)
    if inner is None or inner.last != len(inner_tokens) - 1 or inner.payload.target != match.payload.target:
        return None
    return tail.end()


_PAREN_RE = re.compile(r"\s*\(([^()\n]{1,40})\)")


def _token_index_at(starts: Sequence[int], offset: int) -> int | None:
    """The index of the first token starting at or after ``offset``."""
    index = bisect.bisect_left(starts, offset)
    return index if index < len(starts) else None


# ---------------------------------------------------------------------------------------------------------
# Named persons


def _link_persons(mentions: list[ActorMention], context: _Context) -> list[ActorMention]:
    linked: list[ActorMention] = []
    for mention in mentions:
        if mention.generic or mention.person is not None or mention.actor_id is None:
            linked.append(mention)
            continue
        person = _person_for(mention, context)
        linked.append(replace(mention, person=person) if person else mention)
    return linked


def _person_for(mention: ActorMention, context: _Context) -> str | None:
    start, end = context.sentences.bounds(mention.start)
    before = context.text[max(start, mention.start - _PERSON_WINDOW) : mention.start]
    after = context.text[mention.end : min(end, mention.end + _PERSON_WINDOW)]
    if not (_ROLE_HINT.search(before) or _ROLE_HINT.match(after.lstrip("'\u2019s "))):
        return None
    for found in (_apposition_before(before), _title_after(after), _role_of_then_name(before, after)):
        name = _clean_person(found, context) if found else None
        if name:
            return name
    return None


_OF_NAMED = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# "militants (suspected TTP)", "gunmen (presumably of the ELN)": the suspected organisation in parentheses
_SUSPECTED_NAMED = re.compile(
    r"\s*\(\s*(?:suspected|presumed|presumably|likely|possibly|allegedly|reportedly|believed to be)"
    r"(?:\s+(?:of|from|to be))?\s+(?:the\s+)?"
)


def _members_of_named(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "guerrillas of the ELN", "militants from the Free Valley Brigade", "militants (suspected TTP)": the
    armed descriptor names the members of the organisation that follows; one mention of that organisation
    covers both."""
    merged: list[ActorMention] = []
    skip: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in skip:
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is not None and _is_member_phrase(mention, following, text):
            merged.append(replace(following, start=mention.start, text=text[mention.start : following.end]))
            skip.add(index + 1)
        else:
            merged.append(mention)
    return merged


# "military forces of India and Pakistan", "the armies of Armenia and of Azerbaijan": the second country's
# forces of the same kind
_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")
_AND_STATE = re.compile(r"\s+and\s+(?:of\s+)?(?:the\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


def _coordinated_states(mentions: Sequence[ActorMention], context: _Context) -> list[ActorMention]:
    added: list[ActorMention] = []
    for mention in mentions:
        kind = (mention.actor_id or "").partition("-")[0]
        if kind not in STATE_KINDS or _OF_STATE.search(mention.text) is None:
            continue
        following = _AND_STATE.match(context.text, mention.end)
        country = context.kb.country(following["name"]) if following else None
        if following is None or country is None:
            continue
        actor_id = f"{kind}-{country.iso.lower()}"
        if actor_id == mention.actor_id or actor_id not in context.kb.actors:
            continue
        actor = context.kb.actors[actor_id]
        added.append(
            replace(
                mention,
                start=following.start("name"),
                end=following.end("name"),
                text=following["name"],
                actor_id=actor_id,
                name=context.kb.name_on(actor_id, context.published),
                inter=actor.inter,
                country=actor.country or None,
            )
        )
    return added


def _is_member_phrase(generic: ActorMention, named: ActorMention, text: str) -> bool:
    return (
        generic.generic
        and generic.inter in NON_STATE_ARMED_INTERS
        and not named.generic
        and named.actor_id is not None
        and named.inter in NON_STATE_ARMED_INTERS
        and (
            _OF_NAMED.fullmatch(text, generic.end, named.start) is not None
            or (
                _SUSPECTED_NAMED.fullmatch(text, generic.end, named.start) is not None
                and text[named.end : named.end + 1] == ")"
            )
        )
    )


def _apposition_before(before: str) -> str | None:
    """ "Alaa al-Omar, a commander of one of the largest units in the ... <org>"."""
    match = _APPOSITION_BEFORE.search(before)
    return match.group("name") if match else None


def _title_after(after: str) -> str | None:
    """ "<org> leader Abu Bakr al-Baghdadi", "<org>'s spokesman Yahya Saree"."""
    match = _TITLE_AFTER.match(after)
    return match.group("name") if match else None


def _role_of_then_name(before: str, after: str) -> str | None:
    """ "the leader of <org>, Abu Mohammad al-Julani"."""
    if not _ROLE_OF_BEFORE.search(before):
        return None
    match = _NAME_AFTER_COMMA.match(after)
    return match.group("name") if match else None


def _clean_person(raw: str, context: _Context) -> str | None:
    words = raw.split()
    while words and words[0] in _NAME_STOPWORDS:
        words.pop(0)
    if len(words) < 2:
        return None
    name = " ".join(words)
    if _names_known_phrase(name, context):
        return None
    return name


def _names_known_phrase(name: str, context: _Context) -> bool:
    """A "name" that is really a listed actor, country or descriptor ("Syrian Army", "Jisr")."""
    tokens = tokenize(name)
    found = context.kb.phrase_index.match_at(tokens, name, 0) if tokens else None
    return found is not None and found.payload.kind is not EntryKind.PERSON


# ---------------------------------------------------------------------------------------------------------
# Provisional (unknown) groups


def _provisional_mentions(known: Sequence[ActorMention], context: _Context) -> list[ActorMention]:
    taken = [(mention.start, mention.end) for mention in known]
    found: list[ActorMention] = []
    for match in _provisional_candidates(context.text):
        start, end = match.span("name")
        if _overlaps(start, end, taken) or not _plausible_group(match.group("name"), context, start):
            continue
        taken.append((start, end))
        found.append(_provisional(match.group("name"), start, end, context))
    return found


def _identity_militias(
    known: Sequence[ActorMention], context: _Context
) -> tuple[list[ActorMention], list[tuple[int, int]]]:
    """Militias named for an ethnic group or clan that the knowledge base does not list, and the spans of
    the phrases naming them (a generic "militias" inside such a phrase is the same actor)."""
    taken = [(m.start, m.end) for m in known if not m.generic]
    found: list[ActorMention] = []
    covered: list[tuple[int, int]] = []
    country = context.kb.country(context.country)
    suffix = f" ({country.name})" if country is not None else ""
    for match in _IDENTITY_MILITIA.finditer(context.text):
        clan = (match.group("clan") or match.group("clan2") or match.group("clan3") or "").strip().lower()
        kind = "Ethnic" if clan in ("", "ethnic", "communal", "community", "communities") else "Clan"
        for start, end in _people_spans(match):
            people = context.text[start:end]
            if _overlaps(start, end, taken) or not _plausible_people(people, context):
                continue
            taken.append((start, end))
            covered.append(match.span())
            found.append(
                _provisional(f"{people} {kind} Militia{suffix}", start, end, context, inter=_IDENTITY_INTER)
            )
    return found, covered


def _people_spans(match: re.Match[str]) -> list[tuple[int, int]]:
    if match.group("name"):
        return [match.span("name")]
    group = "pair" if match.group("pair") else "names"
    offset = match.start(group)
    return [(offset + m.start(), offset + m.end()) for m in _PEOPLE_RE.finditer(match.group(group))]


def _plausible_people(word: str, context: _Context) -> bool:
    """An ethnonym or clan name: not a stop word, a country or demonym, or a known actor phrase."""
    first = word.split()[0].split("-")[0]
    if first in _NAME_STOPWORDS or first.lower() in _GENERIC_GROUP_WORDS or parse_number(first.lower()):
        return False
    return context.kb.country(first) is None and not _names_known_phrase(word, context)


def _provisional_candidates(text: str) -> Iterable[re.Match[str]]:
    """Group-name matches, searched only in windows around a group head word (fast on long texts)."""
    yield from _PROVISIONAL_AR.finditer(text)
    searched_to = 0
    for head in _HEAD_RE.finditer(text):
        window_start = max(searched_to, head.start() - _HEAD_WINDOW)
        for match in _PROVISIONAL_EN.finditer(text, window_start, head.end() + _HEAD_WINDOW // 2):
            if match.start("name") <= head.start() and match.end("name") >= head.end():
                yield match
        searched_to = head.end()


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(other_start <= start and end <= other_end for other_start, other_end in spans)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _plausible_group(name: str, context: _Context, start: int) -> bool:
    sentence_start, sentence_end = context.sentences.bounds(start)
    sentence = context.text[sentence_start:sentence_end]
    if _is_headline(sentence) or _is_title_case(sentence):
        return False
    words = re.findall(r"[\w'\u2019]+", name)
    if not words or words[0] in _NAME_STOPWORDS or "-" in name.split()[0]:
        return False
    if any(len(word) >= 4 and word.isupper() for word in words):  # "REUTERS Rodi Said ...": a photo caption
        return False
    distinctive = [
        word
        for word in words[:-1]
        if word.lower() not in _GENERIC_GROUP_WORDS and context.kb.country(word) is None
    ]
    return bool(distinctive) and not _names_known_phrase(name, context)


def _is_title_case(sentence: str) -> bool:
    """A headline in Title Case ("Jaish al-Islam Creates Brigade In Douma"): no provisional names there."""
    words: list[str] = [word for word in re.findall(r"[A-Za-z]+", sentence) if len(word) >= 4]
    if len(words) < 4:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised / len(words) > _TITLE_CASE_SHARE


def _provisional(
    name: str, start: int, end: int, context: _Context, *, inter: int | None = None
) -> ActorMention:
    head = name.split()[-1]
    return ActorMention(
        start=start,
        end=end,
        text=context.text[start:end],
        sentence=context.sentences.index(start),
        extractor=EXTRACTOR,
        actor_id=None,
        name=name,
        inter=inter if inter is not None else _INTER_BY_HEAD.get(head),
        generic=False,
    )


__all__ = ["EXTRACTOR", "find_actor_mentions"]
