"""Place expressions in a document: gazetteer-known names and the relative constructions around them.

The finder is rule-based and fast. In each sentence it groups capitalised tokens (with the Arabic article
prefixes "al-", "ash-", "ez-", ... and lower-case name connectors such as "ez" in "Deir ez Zor") into runs,
and keeps a run when one gazetteer-known name covers it, allowing only direction words ("Eastern Syria"),
"Greater" and unit or facility words ("Idlib Province", "Hama Airport") around it. A run with any other
leftover word is a person or an organisation ("Mike Pompeo", "Afrin Liberation Forces") and is dropped,
and so are its tokens when they come back alone ("Al-Omar was among ..."). Then the words around each
name give its relation: "between X and Y", "near / on the outskirts of X", "X countryside", "rural X",
"eastern X", "the southwestern part of X", and its kind: "the city of X", "X province", "the T3 station".
A name the gazetteer does not know is still kept when a strong cue says it is a place ("the village of X",
"near X", "between X and Y"), or when it follows "in"/"at"/"to" and comes right before the unit it lies in
("in Kafr Nubl (Idlib)", "in Kafr Nubl, Idlib", "reinforcements to Kafr Nubl in Idlib"), so the resolver
can fall back to a unit the text names. Initials written with dots ("U.N") are no place, except a few
countries' ("U.S"); a word with a demonym's ending ("Kasese") is a place where the text places it.

Texts that lost their punctuation run names together. The words of a KB actor's, linked person's or outlet's
name ("Islamic State in Iraq and the Levant", "Jabhat al-Nusra", "Deir Ezzor 24") are no place and end a
run. A run the text places ("in", "near", "the city of", "Syria's") is cut before a day or month, an
acronym, a title, "The", an Arabic word that opens an organisation's name ("Jaish"), an attribution word
("Monitor") or a country's name, and after a country's name that opens it: "in Hama Jabhat al-Nusra",
"in Syria's Hama Monitor AFP", "the city of Manbij Syria". "Rural X" is the countryside of X in any
case, and a rejected run that holds a country's name or opens with "Rural" is no person's name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from flashpoint.documents.model import Sentence
from flashpoint.mentions.kb import (
    STATE_KINDS,
    ActorKB,
    Entry,
    EntryKind,
    PhraseMatch,
    Token,
    document_tokens,
    phrase_key,
)
from flashpoint.mentions.model import PlaceMention, PlaceRelation
from flashpoint.mentions.sources import SourceEntry, SourceRegistry

EXTRACTOR = "places.rules"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LEADING_WORDS = frozenset({"greater", "the", "a", "an"})
_RURAL_WORDS = frozenset({"rural"})  # "Rural Aleppo": the governorate's countryside, in any case
_CUES_IN_RUN = (_LEADING_WORDS - {"greater"}) | _RURAL_WORDS
"""Words at the head of a run read as cues before the name, not as part of it ("the", "Rural")."""
LOCATIVES = frozenset({"in", "at", "near", "around", "outside", "into", "toward", "towards", "inside"})


_TOKEN = re.compile(r"[^\W_](?:[\w'\u2019`]*[^\W_])?(?:-[^\W_](?:[\w'\u2019`]*[^\W_])?)*")
_POSSESSIVE = re.compile(r"['\u2019`]s?$")
_ARTICLE_PREFIX = re.compile(
    r"^(?:al|el|as|ash|ech|ad|ar|at|az|ez|es|an|ad-d|ath|adh|ud|ul)-(?=[A-Z\u00c0-\u024f])", re.I
)

CONNECTORS = _words(
    """
abu ad al an ar as ash at az bani bin da das de del des di do dos du ech el es ez ibn la las le les los um umm wa
"""
)
DIRECTIONS = _words(
    """
central east eastern north north-east north-eastern north-west north-western northeast northeastern northern
northwest northwestern south south-east south-eastern south-west south-western southeast southeastern
southern southwest southwestern west western
"""
)
UNIT_WORDS = _words(
    """
area city countryside county department district division governorate lga municipality neighborhood
neighbourhood oblast prefecture province raion rayon region sector state sub-district subdistrict tehsil
territory town township upazila village woreda
"""
)
FACILITY_WORDS = _words(
    """
airbase airport base bridge camp checkpoint crossing dam desert field garrison hall harbor harbour highway hills
hospital junction market mine motorway mountains oilfield port prison refinery road square station
"""
)
ORG_WORDS = _words(
    """
shabaab shabab qaeda qaida nusra daesh boko ahrar wagner
agency alliance ansar army assembly association authorities authority bank battalion battalions brigade
brigades caliphate center centre channel church clan club coalition college command committee committees
company congress corps council court daily democratic directorate emirate faylaq failaq family fatah federation fighters
force forces foundation front gazette government group groups guard guards hamas harakat hayat herald
hezbollah houthis institute islamic jabha jabhat jaish jaysh jihad journal jund kataib katiba katibat league
legion liberation liwa magazine media militia militias ministry mobilisation mobilization monitor mosque movement
national network news observatory
office order organisation organization parliament party police popular post press radio regiment republican
resistance revolutionaries saraya school senate service services tahrir taliban times tribe tribune tv union
unit units university
"""
)
IDENTITY_NOUNS = _words(
    """
ethnicity ethnic tribe tribes tribesmen clan clans caste castes sub-clan subclan descent
"""
)
"""Words after a name that make it a people's, not a place's: "people of Kuy ethnicity", "the Hawiye clan"."""
TITLE_WORDS = _words(
    """
activist admiral ambassador brigadier capt captain chairman chief col colonel commander crown defence
defense deputy director dr emir envoy foreign founder gen general governor head imam interior journalist
judge king lady leader lieutenant lord lt maj major marshal mayor minister mr mrs ms mullah officer pope
president prime prince princess queen saint secretary senator sergeant sgt shaykh sheikh sir spokesman
spokesperson spokeswoman st sultan vice
"""
)
MONTHS_AND_DAYS = _words(
    """
apr april aug august christmas dec december easter eid feb february friday jan january jul july jun june mar
march may monday nov november oct october ramadan saturday sep sept september sunday thursday tuesday
wednesday
"""
)
COMMON_WORDS = _words(
    """
early aid mass republic human
air aerial ground missile missiles rocket rockets artillery drone drones exchange man men woman women child
children month months bombing bombings bombardment raids martyrs casualties losses targeting
massacre massacres battle battles looting lull ambush ambushes assault assaults killing killings blast blasts
a about above according additionally after afterwards again against airstrike airstrikes all also although
among an analysis and another any apparently are area armed around articles as at attack attacks avenue
because before being besides between both breaking but by can city clashes demonstrators despite did
disclaimer district do does during each earlier east editorial either even eventually every exclusive
explosion few fighting finally first five following for four from further furthermore given gunmen had has
have he her here hers him his however i if image images in including instead it its last late later latest
local many map maps meanwhile members militants molotov more moreover most much my near nearly neither never
nevertheless next nine no none nor north not note now of on once one only opinion or other others our over
overall per perhaps photo photos police previously prior pro pro-government pro-opposition protest
protesters protests province read rebels regardless region report reportedly reports residents riot riots
road said security seven several she shelling since six so soldiers some source sources south square still
street subsequently such support ten than that the their them then there therefore these they third this
those though three through thus to today tomorrow too town troops two under unidentified unknown unlike
until up update upon us various very video village violence was watch we were west what when where whereas
which while who whom whose why will with within without yesterday yet you
"""
)
# Surnames of leaders that conflict reporting names alone ("Putin said", "Assad's forces") and that a gazetteer
# also holds as places (Putian, Obama, Merkel, Kerry, Cameron): public figures, not names from any data set.
LEADER_SURNAMES = _words(
    """
assad baghdadi biden cameron erdogan haftar hollande kerry khamenei lavrov macron maduro mattis merkel
nasrallah netanyahu obama pompeo putin rouhani shoigu sisi tillerson trump zelensky zelenskyy
"""
)
SENTENCE_INITIAL_WORDS = _words(
    """
although amid as because before both but during each either even every first for given here in instead just
like many most neither nor once only other since so some such that these this those though thus unlike when
where whether which while who yet
"""
)
DEMONYMS = _words(
    """
afghan afghans alawite alawites amhara arab arabs azeri azeris bahraini baloch bangladeshi burkinabe roma
dinka druze dutch emirati filipino filipinos french fulani greek greeks hausa hazara houthi igbo iraqi iraqis
israeli israelis kazakh kurd kurds kuwaiti maasai malagasy nepali nuer omani oromo pakistani pakistanis
pashtun pashtuns qatari saudi saudis shia shiite shiites somali somalis sunni sunnis swiss tajik tajiks thai
tigray tigrayan tuareg turk turks uzbek uzbeks yazidi yazidis yemeni yemenis yoruba
"""
)
_DEMONYM_SUFFIX = re.compile(r"^[a-z]{3,}(?:ian|ish|ese|ean|ans)s?$")
KNOWN_ACRONYMS = _words(
    """
DRC KSA UAE USA
"""
)

KNOWN_ABBREVIATIONS = frozenset({"U.S", "U.K", "U.A.E", "D.R.C"})
# States and provinces that Indian and Pakistani reporting (and ACLED's notes) abbreviates after a place:
# "Pratapgarh (UP)", "(Nellore, AP)", "(Rajouri district, J&K)", "(Haveli district, AJK)", "(NW, KPK)". Only in
# that spot, closing a parenthesis, do they count; each is an alias of its unit in
# ``places/data/admin1_aliases.tsv``. Left out: those that are also a US state's postal code ("TN" Tennessee,
# "AR", "GA", "MN") and "UK" (Uttarakhand, but the United Kingdom far more often).
UNIT_ABBREVIATIONS = frozenset(
    {"AJK", "AP", "CG", "HP", "J&K", "JH", "KA", "KL", "KN", "KPK", "MH", "MP", "OD", "TS", "UP", "WB"}
)
# Wire credits written like one: "KABUL (AP)" is the Associated Press; "(Guntur, AP)" is Andhra Pradesh.
_WIRE_CREDITS = frozenset({"AP"})
# An article inside a Spanish or Portuguese name, which reports add or drop: "San Andres de Tuxtla" is San
# Andres Tuxtla, "San Luis de Potosi" San Luis Potosi (the resolver looks a name up without it too).
INNER_ARTICLE = re.compile(r"\s(?:de|del|de la|de las|de los|da|do|das|dos)\s")
_UNIT_ABBREVIATION = re.compile(r"(?P<open>\(|,\s?)(?P<abbr>[A-Z]&[A-Z]|[A-Z]{2,3})\)")
# Units named by a direction, closing a parenthesis after a place: "San Lorenzo (Central)" (Paraguay),
# "Bohssas (North)" (Lebanon), "Mokolo (Far North)" (Cameroon). Elsewhere such words are directions.
# The words that write such a unit's name besides the compass points; the resolver reads a name made only of
# these and DIRECTIONS as such a unit or nothing ("North East" is no hamlet in Pennsylvania).
_UNIT_QUALIFIERS = ("Far", "Upper", "Lower")
_UNIT_CENTRES = ("Central", "Centre", "Center")
DIRECTION_UNIT_WORDS = frozenset(word.lower() for word in (*_UNIT_QUALIFIERS, *_UNIT_CENTRES))
_DIRECTION_UNIT = re.compile(
    r"\b[A-Z][\w'\u2019-]*\s?\((?:[^()]*,\s?)?"
    rf"(?P<unit>(?:(?:{'|'.join(_UNIT_QUALIFIERS)}) )?(?:North|South|East|West|{'|'.join(_UNIT_CENTRES)})"
    r"(?:[- ]?(?:[Ee]ast|[Ww]est|[Cc]entral))?)\)"
)
# The same units in an address, between commas before the country: "Idenau, South-West, Cameroon", "Diraz,
# Northern, Bahrain", "Mbengwi, Momo, North-West region, Cameroon".
_LISTED_DIRECTION_UNIT = re.compile(
    rf",\s(?P<unit>(?:(?:{'|'.join(_UNIT_QUALIFIERS)}) )?(?:North|South|East|West|Northern|Southern|Eastern|Western|"
    rf"{'|'.join(_UNIT_CENTRES)})(?:[- ]?(?:[Ee]ast|[Ww]est|[Cc]entral))?)(?:\s+[Rr]egion)?,\s(?=[A-Z])"
)
# "the Tripoli-Beirut highway", "the Rashayya-Masnaa road": a road named after the towns it joins. The joined
# word is no place, but each town is (set aside as a road's, see events.placing), and says which country the
# report is about.
_ROAD_ENDS = re.compile(
    r"\b(?P<a>(?:(?:[Aa]l|[Ee]l|[Aa][dhrstz])[-\s]|[A-Z][\w'\u2019]+\s)?[A-Z][\w'\u2019]+)[-\u2013]"
    r"(?P<b>(?:(?:al|el|a[dhrstz])[-\s])?[A-Z][\w'\u2019]+(?:\s[A-Z][\w'\u2019]+)?)"
    r"\s+(?:road|highway|motorway|expressway)\b"
)
_CONTAINED_LOCATIVES = frozenset({"in", "at", "inside", "to"})
_MAX_NAME_TOKENS = 6
_CONTEXT_CHARS = 80

_KIND = (
    r"(?:town|city|village|villages|towns|cities|district|province|governorate|region|area|camp|neighbou?rhood|"
    r"municipality|county|state|port city|capital|suburb|hamlet|settlement|locality|commune|subdistrict|"
    r"sub-district|township|tehsil|upazila|woreda|raion|rayon|lga|sector|territory|department|prefecture)"
)
_PRE_KIND = re.compile(rf"(?:the\s+)?(?P<kind>{_KIND})\s+of\s+$", re.I)
_POST_KIND = re.compile(  # "s" first: the rest of a possessive whose apostrophe was lost ("Daraas countryside")
    r"^s?\s+(?P<kind>town|city|village|district|province|governorate|region|camp|station|base|airbase|air base|"
    r"airport|crossing|border crossing|highway|road|checkpoint|neighbou?rhood|municipality|county|state|"
    r"countryside|area|outskirts|suburbs|desert|mountains|hills|oil field|gas field|field|township|tehsil|upazila|woreda|"
    r"raion|rayon|LGA|sector|territory|department|prefecture|sub-district|subdistrict)\b",
    re.I,
)
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?"
_PRE_REGION = re.compile(
    rf"(?:(?:the\s+)?(?P<dir1>{_DIRECTION})\s+(?:part|parts|section|sector|side|areas?|reaches|edge|"
    rf"countryside|outskirts|suburbs|desert|districts?)\s+of\s+(?:the\s+)?|(?P<dir2>{_DIRECTION})\s+|"
    r"(?P<rural>rural|the countryside of|countryside of|the desert of|the suburbs of|the mountains of)\s+)$",
    re.I,
)
_PRE_NEAR = re.compile(
    r"(?:\bnear(?:by)?|close to"
    r"|(?:on\s+)?the\s+(?:outskirts|edge|periphery|vicinity|environs|surroundings)\s+of"
    rf"|outskirts of|outside(?:\s+of)?|around|in the vicinity of|(?:\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers|"
    rf"kilometres|miles|mi)\s+)?(?P<dir>{_DIRECTION})\s+of)\s+(?:the\s+)?(?:{_KIND}\s+of\s+)?$",
    re.I,
)
_PRE_BETWEEN = re.compile(rf"\bbetween\s+(?:the\s+)?(?:{_KIND}\s+of\s+)?$", re.I)
_AND_BETWEEN = re.compile(rf"^(?:\s+{_KIND})?\s*,?\s+and\s+(?:the\s+)?(?:{_KIND}\s+of\s+)?$", re.I)
_STRONG_CUE = re.compile(
    rf"(?:(?:the\s+)?{_KIND}\s+of|\bnear|outskirts of|vicinity of|\bbetween|\bbetween\b[^.;]{{1,60}}\band|"
    rf"\b{_DIRECTION}\s+of)\s+(?:the\s+)?$",
    re.I,
)
_CONTAINER_AFTER = re.compile(
    r"^(?:(?:\s*\(|,\s+|\s+in\s+)(?:the\s+)?(?:al-|el-|as-|ad-|ar-)?[A-Z]"
    r"|\s+of\s+the\s+[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?\s+"
    r"(?:region|province|oblast|governorate|district))"
)
"""An unknown name right after "in"/"at" and right before "(Y", ", Y", "in Y" or "of the Y region": a place
inside a unit the text names ("clashes in Kafr Nubl (Idlib)", "a protest in Svietlahorsk of the Gomel region"),
kept so that it falls back to that unit at an honest precision."""
_POST_CUE = re.compile(
    r"^\s+(?:town|village|city|district|sub-district|subdistrict|area|camp|neighbou?rhood|township|tehsil|"
    r"upazila|woreda|raion|rayon|LGA|sector|municipality|county)\b",
    re.I,
)


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    capitalised: bool


_DIRECTION_STEMS = ("north", "south", "east", "west", "central")
_CUE_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _PRE_NEAR: (
        "near",
        "close",
        "outskirts",
        "edge",
        "periphery",
        "vicinity",
        "environs",
        "surroundings",
        "outside",
        "around",
        *_DIRECTION_STEMS,
    ),
    _PRE_REGION: ("rural", "countryside", "desert", "suburbs", "mountains", *_DIRECTION_STEMS),
    _PRE_KIND: (" of",),
    _PRE_BETWEEN: ("between",),
    _STRONG_CUE: (" of", "near", "between", "outskirts"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class _Name:
    """A place name found in a sentence, before its relation is read."""

    start: int
    end: int
    name: str
    known: bool
    modifier: str | None = None  # a direction word inside the run ("Eastern Syria")
    suffix: str | None = None  # a unit or facility word inside the run ("Idlib Province")


def find_place_mentions(
    text: str,
    sentences: Sequence[Sentence],
    is_known: Callable[[str], bool],
    *,
    actors: ActorKB | None = None,
    sources: SourceRegistry | None = None,
) -> tuple[PlaceMention, ...]:
    """Find place expressions in ``text``; see the module docstring for what counts.

    ``actors`` and ``sources`` (the shipped knowledge bases when not given) name the organisations and
    outlets whose names hold a place ("Islamic State in Iraq and the Levant", "Deir Ezzor 24"): their words
    are no place, and a capitalised run stops where one starts ("in Hama Jabhat al-Nusra")."""
    kb = actors if actors is not None else ActorKB.load()
    context = _Context(
        is_known=_with_inner_article(is_known),
        blocked=_organisation_spans(text, kb, sources or SourceRegistry.load(), is_known),
        countries=_country_names(kb),
    )
    spans = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    person_keys: set[str] = set()
    mentions: list[PlaceMention] = []
    for index, (start, end) in enumerate(spans):
        names = _names_in_sentence(text, start, end, context, person_keys)
        mentions.extend(_mentions_of(text, start, names, index))
    parties = [match.span() for match in _PARTY_CHAIN.finditer(text)]
    return tuple(
        m
        for m in mentions
        if not _MODIFIER_AFTER.match(text, m.end)
        and not any(a <= m.start and m.end <= b for a, b in parties)
        and not _ORIGIN_BEFORE.search(text, max(0, m.start - _ORIGIN_CHARS), m.start)
    )


# "280 migrants (mostly from Afghanistan)", "refugees from Syria", "fighters from Tunisia": where people come
# from, not where the event happened nor which country the report is about.
_ORIGIN_CHARS = 40
_ORIGIN_BEFORE = re.compile(
    r"\b(?:migrants?|refugees?|asylum[- ]seekers?|immigrants?|nationals?|returnees?|deportees?|pilgrims?|"
    r"tourists?|foreigners?|mercenaries|(?:foreign )?fighters)\s+\(?(?:(?:mostly|mainly|largely|originally|all|"
    r"many|some|reportedly)\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _with_inner_article(is_known: Callable[[str], bool]) -> Callable[[str], bool]:
    """``is_known``, also for a name the gazetteer knows without its inner article (INNER_ARTICLE)."""

    def known(name: str) -> bool:
        if is_known(name):
            return True
        bare = INNER_ARTICLE.sub(" ", name)
        return bare != name and is_known(bare)

    return known


# Names joined by dashes before an agreement word ("after the Ankara - Moscow - Tehran meeting"), or in quotes
# before "area" or "zone" (a zone nicknamed after the leaders who agreed it), name the parties to an
# agreement, not where an event happened. Leaders' surnames are often some town's name somewhere: on UCDP
# Syria this took within 25 km from 0.344 to 0.346 and admin1 from 0.512 to 0.514.
_CHAIN = r"(?:[A-Z][\w'\u2019-]+ [\u2013\u2014-] )+[A-Z][\w'\u2019-]+"
_PARTY_CHAIN = re.compile(
    rf"{_CHAIN}[\"\u201d]? (?:agreements?|truce|meetings?|summit|deal|talks|accord|memorandum|understanding|"
    rf"demilitari[sz]ed|de-escalation|ceasefire)\b|[\"\u201c]{_CHAIN}[\"\u201d] (?:areas?|zones?)\b"
)


# "U.S.-led coalition", "Iran-backed militias", "Damascus-based monitor": the name qualifies an actor or
# outlet and says nothing about where the event happened.
_MODIFIER_AFTER = re.compile(
    r"\.?[-\u2010\u2011](?:led|backed|based|held|controlled|sponsored|brokered|made|funded|supported|allied|"
    r"aligned|linked|affiliated|run|born|owned)\b"
    r"|\s+(?:regime|loyalists)\b"  # "the Assad regime": a ruler's name, whatever place shares it
    # "the Darjeeling District unit of SUCI", "the Idlib branch of the Red Crescent": an organisation's part
    r"|\s+(?:units?|branch|branches|chapter|wing|cell)\s+of\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    """What the finder knows besides the text: the gazetteer's names, the spans of organisation and outlet
    names, and the names of countries."""

    is_known: Callable[[str], bool]
    blocked: tuple[tuple[int, int], ...] = ()
    countries: frozenset[str] = frozenset()


_NAME_KINDS = frozenset({EntryKind.ACTOR, EntryKind.BRAND, EntryKind.PERSON})
_STATE_ACTORS = tuple(f"{kind}-" for kind in STATE_KINDS)


def _organisation_spans(
    text: str, kb: ActorKB, sources: SourceRegistry, is_known: Callable[[str], bool]
) -> tuple[tuple[int, int], ...]:
    """Where the text writes the name of a KB actor, a person linked to one, or an outlet, as a name
    (capitalised) and not as a place the gazetteer knows ("Rada" is a force and a town: left to the rules)."""
    tokens = document_tokens(text)
    matches: list[PhraseMatch[Entry] | PhraseMatch[SourceEntry]] = [
        match
        for match in kb.phrase_index.find(tokens, text)
        if match.payload.kind in _NAME_KINDS
        and not match.payload.guarded
        and not match.payload.target.startswith(_STATE_ACTORS)  # "Syria's army": the country counts
    ]
    matches += [match for match in sources.phrase_index.find(tokens, text) if not match.payload.is_class]
    return tuple(
        (match.start, match.end)
        for match in matches
        if text[match.start].isupper() and not _inside_known_name(text, tokens, match, is_known)
    )


def _inside_known_name(
    text: str,
    tokens: Sequence[Token],
    match: PhraseMatch[Entry] | PhraseMatch[SourceEntry],
    is_known: Callable[[str], bool],
) -> bool:
    """The name is a place, or part of one with the word before or after it ("Middle Shabelle")."""
    start, end = match.start, match.end
    if is_known(text[start:end]):
        return True
    previous = tokens[match.first - 1] if match.first > 0 else None
    if previous is not None and text[previous.end : start] == " " and is_known(text[previous.start : end]):
        return True
    following = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
    return (
        following is not None and text[end : following.start] == " " and is_known(text[start : following.end])
    )


@lru_cache(maxsize=8)
def _country_names(kb: ActorKB) -> frozenset[str]:
    """Country names and aliases as lower-case words joined by spaces ("syria", "united states")."""
    names = (name for country in kb.countries for name in (country.name, *country.aliases))
    return frozenset(" ".join(phrase_key(name)) for name in names if "." not in name)


def _names_in_sentence(
    text: str, start: int, end: int, context: _Context, person_keys: set[str]
) -> list[_Name]:
    is_known = context.is_known
    tokens = [_token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    if tokens and (tokens[0].lower in COMMON_WORDS or tokens[0].lower in SENTENCE_INITIAL_WORDS):
        tokens[0] = tokens[0]._replace(capitalised=False)  # "In Aleppo, ...": "In" starts no name
    following: list[_Token | None] = [*tokens[1:], None] if tokens else []
    tokens = [
        _lost_apostrophe(token, after, is_known) for token, after in zip(tokens, following, strict=True)
    ]
    tokens = _unblocked(tokens, context.blocked)
    names: list[_Name] = []
    for whole in _runs(text, tokens):
        for run in _split_run(text, whole, tokens, context):
            names.extend(_names_in_run(text, run, tokens, is_known, person_keys, context.countries))
    return _with_written_forms(text, start, end, names, is_known)


def _with_written_forms(
    text: str, start: int, end: int, names: list[_Name], is_known: Callable[[str], bool]
) -> list[_Name]:
    """``names`` with the state abbreviations that close a parenthesis after a place (UNIT_ABBREVIATIONS):
    "Pratapgarh (UP)" names Uttar Pradesh as the unit Pratapgarh lies in, as "Pratapgarh (Uttar Pradesh)"
    would (acronyms are otherwise no places, see _rejected_name); with the units named by a direction there
    ("San Lorenzo (Central)", _DIRECTION_UNIT); and with the towns a road is named after
    ("the Tripoli-Beirut highway", _ROAD_ENDS), each a road's end."""
    found = [
        _Name(start=match.start("abbr"), end=match.end("abbr"), name=match.group("abbr"), known=True)
        for match in _UNIT_ABBREVIATION.finditer(text, start, end)
        if match.group("abbr") in UNIT_ABBREVIATIONS
        and not (match.group("open") == "(" and match.group("abbr") in _WIRE_CREDITS)
        and is_known(match.group("abbr"))
        and not any(name.start < match.end("abbr") and match.start("abbr") < name.end for name in names)
    ]
    found += [
        _Name(start=match.start("unit"), end=match.end("unit"), name=match.group("unit"), known=True)
        for pattern in (_DIRECTION_UNIT, _LISTED_DIRECTION_UNIT)
        for match in pattern.finditer(text, start, end)
        if is_known(match.group("unit"))
        and not any(name.start < match.end("unit") and match.start("unit") < name.end for name in names)
    ]
    for match in _ROAD_ENDS.finditer(text, start, end):
        first, last = match.span("a")
        if not is_known(match["a"]):  # "On Tripoli-Beirut highway": the road's first town is the last word
            space = text.rfind(" ", first, last)
            if space < 0 or not is_known(text[space + 1 : last]):
                continue
            first = space + 1
        if not is_known(match["b"]):
            continue
        found += [
            _Name(start=a, end=b, name=text[a:b], known=True, suffix="road")
            for a, b in ((first, last), match.span("b"))
            if not any(name.start < b and a < name.end for name in names)
        ]
    return sorted([*names, *found], key=lambda name: name.start) if found else names


_BLOCKED = "\x00"


def _unblocked(tokens: list[_Token], blocked: tuple[tuple[int, int], ...]) -> list[_Token]:
    """Tokens inside an organisation's name neither start, continue nor join a run of capitalised words; a
    possessive already read as a place without its lost apostrophe ("Hamas countryside": Hama's) stays."""
    if not blocked:
        return tokens
    return [
        token._replace(capitalised=False, lower=_BLOCKED)
        if any(a <= token.start and token.end <= b and token.end != b - 1 for a, b in blocked)
        else token
        for token in tokens
    ]


_POSSESSED_AREAS = frozenset({"countryside", "outskirts", "suburbs", "desert", "mountains", "countrysides"})


def _lost_apostrophe(token: _Token, after: _Token | None, is_known: Callable[[str], bool]) -> _Token:
    """A possessive whose apostrophe was lost ("Syrias Idlib", "Daraas countryside"): the name without its
    final "s", when only that is a known place ending in "a" and a known place or "countryside" follows. Names
    that end in "-os", "-es", "-ys" ("Negros Occidental", "Buenos Aires") are left alone: on ACLED 2020-05
    the rule for any final "s" moved 25 names, all wrongly."""
    if (
        after is None
        or not token.capitalised
        or len(token.text) < 5
        or not token.lower.endswith("as")
        or not (after.lower in _POSSESSED_AREAS or (after.capitalised and is_known(after.text)))
        or _ARTICLE_PREFIX.match(after.text) is not None  # "Firas al-Suri": one person's name
        or is_known(token.text)
        or not is_known(token.text[:-1])
    ):
        return token
    return _Token(token.start, token.end - 1, token.text[:-1], token.lower[:-1], True)


def _token(start: int, end: int, text: str) -> _Token:
    if text.endswith(("'s", "\u2019s")) and len(text) > 2:  # possessive: "Idlib's" is Idlib
        end, text = end - 2, text[:-2]
    return _Token(start, end, text, text.lower(), _is_capitalised(text))


def _is_capitalised(text: str) -> bool:
    if not text[0].isupper():
        return _ARTICLE_PREFIX.match(text) is not None  # "al-Sukhna"
    parts = text.split("-")
    return len(parts) == 1 or not parts[-1][:1].islower()  # "US-backed", "Turkish-controlled": adjectives


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens, with connectors inside, not across punctuation ("Q&A", "Homs/Hama")."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for index, token in enumerate(tokens):
        adjacent = not current or text[current[-1].end : token.start] in ("", " ")
        if token.capitalised and adjacent:
            current.append(token)
            continue
        if current and token.lower in CONNECTORS and adjacent and _next_is_capitalised(tokens, index):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if token.capitalised else []
    if current:
        runs.append(current)
    return runs


def _next_is_capitalised(tokens: list[_Token], index: int) -> bool:
    """Whether the next word that is no connector is capitalised ("Khabb wa ash Shaaf")."""
    for token in tokens[index + 1 : index + 3]:
        if token.capitalised:
            return True
        if token.lower not in CONNECTORS:
            return False
    return False


# Where a text has lost its commas and colons ("killed in Hama Jabhat al-Nusra said", "in Syria's Hama:
# Monitor", "north of the city of Manbij, Syria"), the run after a locative runs on into the next
# name. The run is cut before a word that starts no place name's continuation: a day or month, an acronym,
# an organisation word, a title, "The", a country's name; or after a country's name that starts it.
_CALENDAR_WORDS = _words(
    """
monday tuesday wednesday thursday friday saturday sunday january february april june july august september
october november december
"""
)
_RUN_BREAKERS = frozenset({"the"})
# Arabic words that open an organisation's name ("Jabhat al-Nusra", "Jaish al-Islam"); English ones close it
# ("the Simon Bolivar University": the run is the organisation's name and is dropped whole).
_NAME_OPENING_ORG_WORDS = _words(
    """
ahrar ansar faylaq failaq harakat hayat hayat jabha jabhat jaish jaysh jund kataib katiba katibat liwa saraya
"""
)
# Who says so, after a headline's lost colon ("... in Syria's Hama: Monitor").
_ATTRIBUTION_WORDS = _words(
    """
activists monitor monitors ngo official officials report reports residents source sources witnesses
"""
)


def _split_run(text: str, run: list[_Token], tokens: list[_Token], context: _Context) -> list[list[_Token]]:
    """``run`` cut where a placed run (after "in", "near", "the city of", "Syria's") runs on into another
    name; the run itself when it is not placed or the gazetteer knows it whole ("Mexico City")."""
    if len(run) < 2 or context.is_known(text[run[0].start : run[-1].end]):
        return [run]
    if not _placed(text, run, tokens, context.countries):
        cut = next((i for i in range(1, len(run)) if run[i].lower in _CALENDAR_WORDS), None)
        return [run] if cut is None else [run[:cut], run[cut:]]  # "Idlib Sunday": no name goes on so
    for index in range(1, len(run)):
        if _breaks_before(run, index, context.countries):
            return [run[:index], *_split_run(text, run[index:], tokens, context)]
    return [run]


def _breaks_before(run: list[_Token], index: int, countries: frozenset[str]) -> bool:
    token = run[index]
    lower = token.lower
    if (
        lower in _CALENDAR_WORDS
        or lower in _RUN_BREAKERS
        or lower.rstrip(".") in TITLE_WORDS
        or (len(token.text) >= 2 and token.text.isupper() and token.text not in KNOWN_ACRONYMS)
        or lower in _NAME_OPENING_ORG_WORDS
        or lower in _ATTRIBUTION_WORDS
    ):
        return True
    rest = run[index:]
    if _country_length(run, 0, countries) == index and not all(_allowed_leftover(t) for t in rest):
        return True  # "in Syria Aleppo"
    return _country_length(run, index, countries) == len(rest)  # "in Tabqa Syria"


def _country_length(run: list[_Token], index: int, countries: frozenset[str]) -> int:
    """How many tokens of ``run`` from ``index`` spell a country's name (the longest), 0 when none do."""
    for length in range(min(4, len(run) - index), 0, -1):
        if " ".join(token.lower for token in run[index : index + length]) in countries:
            return length
    return 0


def _placed(text: str, run: list[_Token], tokens: list[_Token], countries: frozenset[str]) -> bool:
    """Whether the words before ``run`` place it: a locative, a place cue ("the city of", "near",
    "south of", "rural"), or a country's possessive ("Syria's Deir Ezzor")."""
    index = next((i for i, token in enumerate(tokens) if token is run[0]), 0)
    previous = tokens[index - 1] if index > 0 else None
    if previous is None:
        return False
    if previous.lower in LOCATIVES or (
        previous.lower in countries and text[previous.end : run[0].start] in _POSSESSIVE_GAPS
    ):
        return True
    before = text[max(0, run[0].start - _CONTEXT_CHARS) : run[0].start]
    return any(_cue(pattern, before) is not None for pattern in (_STRONG_CUE, _PRE_NEAR, _PRE_REGION))


_POSSESSIVE_GAPS = frozenset({"s ", "'s ", "\u2019s ", "' ", "\u2019 "})


def _names_in_run(
    text: str,
    run: list[_Token],
    tokens: list[_Token],
    is_known: Callable[[str], bool],
    person_keys: set[str],
    countries: frozenset[str] = frozenset(),
) -> list[_Name]:
    if not _titled_place(text, run, tokens, is_known, countries):
        run = _cut_at_title(run, person_keys)
    if (
        not run
        or any(part in ORG_WORDS for token in run for part in token.lower.split("-"))
        or _inside_organisation(run, tokens)
        or _next_word(run, tokens) in IDENTITY_NOUNS
    ):
        return []
    if _abbreviation(text, run) and text[run[0].start : run[-1].end] not in KNOWN_ABBREVIATIONS:
        return []  # "U.N", "A.F.P": initials name organisations far more often than places
    sentence_initial = run[0] is tokens[0]
    found = _longest_known(text, run, is_known)
    if found is None:
        return _unknown_name(text, run, tokens, person_keys)
    first, last = found
    if _named_direction(run[:first], sentence_initial or _headline(tokens)):
        return _unknown_name(text, run, tokens, person_keys)  # "North Kivu" is not Kivu
    if any(not _allowed_leftover(token) for token in run[last + 1 :]) or (
        any(not _allowed_leftover(token) for token in run[:first])
        and _previous_word(run, tokens) not in LOCATIVES
    ):
        if _previous_word(run, tokens) in _CONTAINED_LOCATIVES or _AREA_OF.search(
            text, max(0, run[0].start - _CONTEXT_CHARS), run[0].start
        ):  # "in Sierra Vieja, Zacatecas", "in rural Tal Tamer"
            return _unknown_name(text, run, tokens, person_keys)
        if _looks_like_a_person(run, tokens, countries):
            person_keys.update(_person_keys(run[1:]))
        return []
    name = text[run[first].start : run[last].end]
    placed = _previous_word(run, tokens) in LOCATIVES or _next_word(run, tokens) in UNIT_WORDS
    if _rejected_name(run[first : last + 1], sentence_initial and first == 0, person_keys, placed=placed):
        return []
    if (
        first == last
        and not placed
        and run[first].lower not in countries
        and (_title_cased_word(run[first], tokens) or _common_word_of(run, tokens, sentence_initial))
    ):
        return []
    if any(not _allowed_leftover(token) for token in run[:first]):
        if all(token.lower in CONNECTORS for token in run[:first]):  # "in Abu al-Dhour town": one name
            return _unknown_name(text, run, tokens, person_keys)
        return _split_after_locative(text, run, first, last)
    modifier = _direction_modifier(run[:first], sentence_initial or _headline(tokens))
    suffix = next((t.lower for t in run[last + 1 :] if t.lower in UNIT_WORDS | FACILITY_WORDS), None)
    start = next((token.start for token in run[:first] if token.lower not in _CUES_IN_RUN), run[first].start)
    return [_Name(start=start, end=run[-1].end, name=name, known=True, modifier=modifier, suffix=suffix)]


def _person_keys(tokens: list[_Token]) -> set[str]:
    """The words of a person's name, also without the article ("Bashar al-Assad": "al-assad" and "assad"),
    so that the surname alone later ("Assad's forces") is not taken for a place."""
    keys = {token.lower for token in tokens}
    return keys | {_ARTICLE_PREFIX.sub("", key) for key in keys}


def _looks_like_a_person(run: list[_Token], tokens: list[_Token], countries: frozenset[str]) -> bool:
    """A rejected run of two or three words, not followed by a facility word ("Nazlet Sidon square"), with
    no country's name in it and not opened by "Rural" or a direction ("Tags Syria Aleppo", "Rural Aleppo":
    no person, so "Aleppo" alone later is still a place)."""
    index = next((i for i, token in enumerate(tokens) if token is run[-1]), len(tokens) - 1)
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return (
        2 <= len(run) <= 3
        and following not in FACILITY_WORDS
        and following not in UNIT_WORDS
        and run[0].lower not in _RURAL_WORDS
        and run[0].lower not in DIRECTIONS
        and not any(_country_length(run, i, countries) for i in range(len(run)))
    )


def _named_direction(before_name: list[_Token], headline: bool) -> bool:
    """A capitalised "North", "South", ... before a known name, mid-sentence: part of another name."""
    return not headline and any(t.lower in DIRECTIONS and not t.lower.endswith("ern") for t in before_name)


def _direction_modifier(before_name: list[_Token], headline: bool) -> str | None:
    """ "Eastern Syria" in a headline or at a sentence start; mid-sentence "Western Maliha" is a name."""
    for token in before_name:
        if token.lower in DIRECTIONS and token.lower.endswith("ern") and headline:
            return token.lower
    return None


# A word this frequent in English (Zipf scale: 4 is once per 100,000 words) is, capitalised in a title-cased
# headline, a headline word ("Isis Recovery", "Regime Forces and Allies") rather than a place's name; place names
# this common are countries' (kept) or are written "in Nice" (cued, kept). Transliterated names score lower:
# Aleppo 3.6, Gaza 3.9, Mare 3.6; headline words higher: Allies 4.3, Recovery 4.6, Capital 5.0.
COMMON_ENGLISH_ZIPF = 4.0


def _title_cased_word(token: _Token, tokens: list[_Token]) -> bool:
    """A lone capitalised word of a title-cased headline that is a common English word."""
    return _headline(tokens) and token.lower.isalpha() and _english_zipf(token.lower) >= COMMON_ENGLISH_ZIPF


def _common_word_of(run: list[_Token], tokens: list[_Token], sentence_initial: bool) -> bool:
    """A common English word opening a sentence before "of": "Pace of fighting slows" (Pace is a town in
    Florida), "Scores of families fled" (capitals such as "Moscow said" are not followed by "of")."""
    return (
        sentence_initial
        and len(run) == 1
        and _next_word(run, tokens) == "of"
        and run[0].lower.isalpha()
        and _english_zipf(run[0].lower) >= COMMON_ENGLISH_ZIPF
    )


@lru_cache(maxsize=65_536)
def _english_zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use: its small English list loads in 0.2 s

    return float(zipf_frequency(word, "en", wordlist="small"))


def _headline(tokens: list[_Token]) -> bool:
    words = [token for token in tokens if token.text[0].isalpha()]
    capitalised = sum(1 for token in words if token.text[0].isupper())
    return len(words) >= 5 and capitalised >= 0.6 * len(words)


def _next_word(run: list[_Token], tokens: list[_Token]) -> str | None:
    index = next((i for i, token in enumerate(tokens) if token is run[-1]), len(tokens))
    return tokens[index + 1].lower if index + 1 < len(tokens) else None


def _previous_word(run: list[_Token], tokens: list[_Token]) -> str | None:
    index = next((i for i, token in enumerate(tokens) if token is run[0]), 0)
    return tokens[index - 1].lower if index > 0 else None


def _split_after_locative(text: str, run: list[_Token], first: int, last: int) -> list[_Name]:
    """ "in Mojolo Sinaloa": an unknown place followed by the known unit it lies in, with no comma."""
    unknown = _Name(
        start=run[0].start, end=run[first - 1].end, name=text[run[0].start : run[first - 1].end], known=False
    )
    suffix = next((t.lower for t in run[last + 1 :] if t.lower in UNIT_WORDS | FACILITY_WORDS), None)
    known = _Name(
        start=run[first].start,
        end=run[-1].end,
        name=text[run[first].start : run[last].end],
        known=True,
        suffix=suffix,
    )
    return [unknown, known]


def _abbreviation(text: str, run: list[_Token]) -> bool:
    """Initials written with dots ("U.N", "U.S"; not "J&K"): two or more one-letter tokens joined by dots."""
    return (
        len(run) >= 2
        and all(len(token.text) == 1 for token in run)
        and all(text[a.end : b.start] == "." for a, b in itertools.pairwise(run))
    )


def _inside_organisation(run: list[_Token], tokens: list[_Token]) -> bool:
    """ "Centre for Research", "Bank of Beirut": a run right after an organisation word and "for/of/on"."""
    index = next((i for i, token in enumerate(tokens) if token is run[0]), 0)
    if index < 2 or tokens[index - 1].lower not in {"for", "of", "on"}:
        return False
    return tokens[index - 2].lower in ORG_WORDS and tokens[index - 2].text[:1].isupper()


def _titled_place(
    text: str,
    run: list[_Token],
    tokens: list[_Token],
    is_known: Callable[[str], bool],
    countries: frozenset[str],
) -> bool:
    """A place whose name opens with a title ("Sheikh Miskin", "Imam Sahib district"), written where a place
    goes: after a locative or a place cue, or before a unit word. "Sheikh Hassan said" stays a person."""
    if run[0].lower.rstrip(".") not in TITLE_WORDS or len(run) < 2:
        return False
    known = any(
        is_known(text[run[0].start : run[last].end]) for last in range(1, min(len(run), _MAX_NAME_TOKENS))
    )
    return known and (
        _placed(text, run, tokens, countries)
        or _POST_KIND.match(text[run[-1].end : run[-1].end + 30]) is not None
    )


def _cut_at_title(run: list[_Token], person_keys: set[str]) -> list[_Token]:
    for index, token in enumerate(run):
        if token.lower.rstrip(".") in TITLE_WORDS:
            person_keys.update(_person_keys(run[index + 1 :]))
            return run[:index]
    return run


def _longest_known(text: str, run: list[_Token], is_known: Callable[[str], bool]) -> tuple[int, int] | None:
    """The longest sub-run the gazetteer knows; a sub-run of only direction or unit words does not count,
    nor one that starts with a lower-case connector or an article ("A Myanmar soldier"). "Greater" opens one
    only as part of a unit's own name ("Greater Accra" is a region; "Greater Idlib" is Idlib)."""
    best: tuple[int, int] | None = None
    for first in range(len(run)):
        if (run[first].lower in CONNECTORS and run[first].text[0].islower()) or (
            run[first].lower in _LEADING_WORDS and run[first].text != "Greater"
        ):
            continue
        for last in range(min(len(run), first + _MAX_NAME_TOKENS) - 1, first - 1, -1):
            if best is not None and last - first <= best[1] - best[0]:
                break
            if run[last].lower in CONNECTORS or all(_allowed_leftover(t) for t in run[first : last + 1]):
                continue
            if is_known(text[run[first].start : run[last].end]):
                best = (first, last)
                break
    return best


def _allowed_leftover(token: _Token) -> bool:
    lower = token.lower
    return (
        lower in DIRECTIONS
        or lower in _LEADING_WORDS
        or lower in _RURAL_WORDS
        or lower in UNIT_WORDS
        or lower in FACILITY_WORDS
    )


def _rejected_name(
    name_tokens: list[_Token], sentence_initial: bool, person_keys: set[str], *, placed: bool = False
) -> bool:
    """Months, demonyms, acronyms, ordinary words and the surnames of people named earlier are no places. A
    word that only looks like a demonym ("Kasese", "Mersian") is kept when the text places it: "in Kasese",
    "Kasese town" (``placed``)."""
    if len(name_tokens) == 1:
        token = name_tokens[0]
        lower = token.lower
        if lower in MONTHS_AND_DAYS or lower in DEMONYMS or (_DEMONYM_SUFFIX.match(lower) and not placed):
            return True
        if _is_acronym(token.text):
            return (
                True  # acronyms: "ISIS", "YPG", "US", "LoC" name actors and lines far more often than places
            )
        if lower in COMMON_WORDS or (sentence_initial and lower in SENTENCE_INITIAL_WORDS):
            return True
        if _leader_surname(lower):
            return True
    if len(name_tokens) == 1 and name_tokens[0].lower in person_keys:
        return True
    return any(token.lower in MONTHS_AND_DAYS for token in name_tokens)


def _leader_surname(lower: str) -> bool:
    """ "Assad", "al-Assad's", and "Assads" (a possessive whose apostrophe was lost)."""
    bare = _ARTICLE_PREFIX.sub("", _POSSESSIVE.sub("", lower))
    return bare in LEADER_SURNAMES or (bare.endswith("s") and bare[:-1] in LEADER_SURNAMES)


def _is_acronym(word: str) -> bool:
    if word in KNOWN_ACRONYMS or any(char.isdigit() for char in word):
        return False
    return word.isupper() or (len(word) <= 4 and any(char.isupper() for char in word[1:]))


# "in rural Tal Tamer", "the countryside of Maskanah": an area of a named place is a place cue
_AREA_OF = re.compile(
    r"(?:\brural|\bcountryside of|\bdesert of|\bsuburbs of|\bmountains of)\s+(?:the\s+)?$", re.I
)


def _unknown_name(text: str, run: list[_Token], tokens: list[_Token], person_keys: set[str]) -> list[_Name]:
    """Keep an unknown run only behind a strong place cue ("the village of X", "near X", "between X and"). Up
    to four words, not counting the connectors inside ("San Juan de los Cerritos")."""
    if sum(1 for token in run if token.lower not in CONNECTORS) > 4 or run[0] is tokens[0]:
        return []
    before = text[max(0, run[0].start - _CONTEXT_CHARS) : run[0].start]
    after = text[run[-1].end : run[-1].end + 30]
    cued = (
        _cue(_STRONG_CUE, before)
        or _AREA_OF.search(before)
        or _POST_CUE.match(after)
        or run[-1].lower in UNIT_WORDS
        or (
            len(run) > 1
            and _previous_word(run, tokens) in _HEADLINE_LOCATIVES
            and _headline_sentence(text, tokens)
        )
        or (
            (_previous_word(run, tokens) in _CONTAINED_LOCATIVES or before.endswith("("))
            and _CONTAINER_AFTER.match(after)
        )
    )
    words = [t for t in run if t.lower not in UNIT_WORDS and t.lower not in DIRECTIONS]  # "Southern City"
    if not cued or not words or any(t.lower in person_keys or t.lower in COMMON_WORDS for t in words):
        return []
    if _rejected_name(run, False, person_keys) or (len(run) == 1 and run[0].text.isupper()):
        return []
    name = text[run[0].start : run[-1].end]
    return [_Name(start=run[0].start, end=run[-1].end, name=_strip_greater(name), known=False)]


# "Clashes in Shekh Meskin", "Warplanes target Khan Shekhon": a headline names its place right after the
# preposition or verb, so an unknown name of two or more words there is kept for the resolver's looser
# (vowel-blind) lookup. One word is not: on UCDP Syria its vowel-blind namesakes abroad cost more than it won
# (within 25 km 0.341 with one-word names, 0.344 without). Body text is not trusted this way ("in Ramadan").
_HEADLINE_LOCATIVES = frozenset(
    {"in", "at", "on", "around", "into", "towards", "toward", "target", "targets"}
)
_HEADLINE_MAX_WORDS = 60


def _headline_sentence(text: str, tokens: list[_Token]) -> bool:
    """A sentence that does not close with a full stop (closing quotes aside): a headline."""
    tail = text[tokens[-1].end : tokens[-1].end + 4].lstrip("\"'\u201d\u2019 ")
    return len(tokens) <= _HEADLINE_MAX_WORDS and not tail.startswith((".", "!", "?", ";", ":"))


def _strip_greater(name: str) -> str:
    words = name.split()
    while words and (words[0].lower() in DIRECTIONS or words[0].lower() == "greater"):
        words = words[1:]
    while len(words) > 1 and (words[-1].lower() in UNIT_WORDS or words[-1].lower() in FACILITY_WORDS):
        words = words[:-1]
    return " ".join(words) or name


def _mentions_of(text: str, sentence_start: int, names: list[_Name], sentence: int) -> list[PlaceMention]:
    mentions: list[PlaceMention] = []
    index = 0
    while index < len(names):
        name = names[index]
        before = text[max(sentence_start, name.start - _CONTEXT_CHARS) : name.start]
        partner = names[index + 1] if index + 1 < len(names) else None
        if (
            partner is not None
            and _cue(_PRE_BETWEEN, before)
            and _AND_BETWEEN.match(text[name.end : partner.start])
        ):
            mentions.append(_between(text, before, name, partner, sentence))
            index += 2
            continue
        mentions.append(_single(text, before, name, sentence))
        index += 1
    return _coordinated(text, mentions)


# "Hama and Homs countrysides", "Idlib and Hama countryside", "the northern countryside of Idlib and Hama":
# a kind or a region written once for names joined by "and" (or a comma) holds for each of them
_JOINED = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:the\s+)?")
_SHARED_KINDS = {
    "countrysides": "countryside",
    "provinces": "province",
    "governorates": "governorate",
    "districts": "district",
    "regions": "region",
}
_PLURAL_KIND = re.compile(rf"\s+(?P<kind>{'|'.join(_SHARED_KINDS)})\b", re.I)
_REGION_KINDS = frozenset({"countryside", "desert", "mountains"})
# a region written as such before the names ("the northern countryside of", "rural"), which the next names share;
# a bare direction does not carry over ("in northern Aleppo and Azaz": Azaz is a town)
_SHARED_REGION = re.compile(
    r"(?:the\s+)?(?:\w+\s+)?(?:countryside|desert|mountains|part|parts|areas?|reaches|sections?)\s+of\b|rural\b",
    re.I,
)


def _coordinated(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions joined by "and" or a comma with a kind or region written once: a plural kind after the last
    name ("Hama and Homs countrysides", "Idlib and Hama provinces") is each name's kind, a region kind after the
    last name ("Idlib and Hama countryside") is also the others', and a region written before the first
    ("the northern countryside of Idlib and Hama", "rural Idlib and Hama") is also the next ones'. A name with a
    kind of its own ("Idlib countryside and Hama city") keeps it."""
    out = list(mentions)
    shared: str | None = None
    for index in range(len(out) - 1, 0, -1):  # from the last pair: "A, B and C countrysides" reaches A
        first, second = out[index - 1], out[index]
        if first.sentence != second.sentence or not _JOINED.fullmatch(text, first.end, second.start):
            shared = None
            continue
        plural = _PLURAL_KIND.match(text, second.end)
        if plural is not None:
            shared = _SHARED_KINDS[plural.group("kind").lower()]
            if second.kind_hint is None:
                out[index] = _with_kind(second, shared)
        elif second.kind_hint in _REGION_KINDS:
            shared = second.kind_hint
        elif second.kind_hint != shared:
            shared = None
        if shared is not None and first.kind_hint is None and first.relation is PlaceRelation.IN:
            out[index - 1] = _with_kind(first, shared)
    carried = False  # the previous name took its region from the one before ("of Hama, Idlib, and Latakia")
    for index in range(1, len(out)):
        first, second = out[index - 1], out[index]
        joined = first.sentence == second.sentence and _JOINED.fullmatch(text, first.end, second.start)
        carried = bool(
            joined
            and first.relation is PlaceRelation.REGION
            and (carried or _SHARED_REGION.match(first.text))
            and second.relation is PlaceRelation.IN
            and not second.kind_hint
        )
        if carried:
            out[index] = replace(
                second, relation=PlaceRelation.REGION, direction=first.direction, kind_hint=first.kind_hint
            )
    return out


def _with_kind(mention: PlaceMention, kind: str) -> PlaceMention:
    relation = PlaceRelation.REGION if kind in _REGION_KINDS else mention.relation
    return replace(mention, kind_hint=kind, relation=relation)


def _between(text: str, before: str, name: _Name, partner: _Name, sentence: int) -> PlaceMention:
    cue = _cue(_PRE_BETWEEN, before)
    start = name.start - len(before) + (cue.start() if cue else len(before))
    kind_match = _POST_KIND.match(text[partner.end : partner.end + 30])
    end = partner.end + (kind_match.end() if kind_match else 0)
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence,
        extractor=EXTRACTOR,
        name=name.name,
        relation=PlaceRelation.BETWEEN,
        other=partner.name,
        kind_hint=kind_match.group("kind").lower() if kind_match else partner.suffix,
    )


def _single(text: str, before: str, name: _Name, sentence: int) -> PlaceMention:
    after = text[name.end : name.end + 30]
    post = _POST_KIND.match(after)
    pre_kind = _cue(_PRE_KIND, before)
    kind = (
        (post.group("kind").lower() if post else None)
        or name.suffix
        or (pre_kind.group("kind").lower() if pre_kind else None)
    )
    relation, direction, cue_start = _relation(before, name, kind)
    start = name.start - (len(before) - cue_start) if cue_start is not None else name.start
    end = name.end + (post.end() if post else 0)
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence,
        extractor=EXTRACTOR,
        name=name.name,
        relation=relation,
        direction=direction,
        kind_hint=kind,
    )


def _relation(before: str, name: _Name, kind: str | None) -> tuple[PlaceRelation, str | None, int | None]:
    near = _cue(_PRE_NEAR, before)
    if near is not None:
        return PlaceRelation.NEAR, _direction_word(near.group("dir")), near.start()
    region = _cue(_PRE_REGION, before)
    if region is not None:
        direction = region.group("dir1") or region.group("dir2")
        return PlaceRelation.REGION, _direction_word(direction), region.start()
    if name.modifier is not None:
        return PlaceRelation.REGION, name.modifier, None
    if kind in {"countryside", "outskirts", "suburbs", "desert", "mountains", "hills"}:
        relation = PlaceRelation.NEAR if kind in {"outskirts", "suburbs"} else PlaceRelation.REGION
        return relation, None, None
    return PlaceRelation.IN, None, None


def _cue(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """``pattern.search(before)``, skipped when none of its words is there (end-anchored search is slow)."""
    lowered = before.lower()
    if not any(word in lowered for word in _CUE_WORDS[pattern]):
        return None
    return pattern.search(before)


def _direction_word(word: str | None) -> str | None:
    return word.lower() if word else None


_GIVEN_KIND = re.compile(
    rf"^(?P<name>.+?)\s+(?P<kind>{_KIND}|station|base|airbase|airport|crossing|checkpoint|countryside|"
    r"desert|mountains?|oil field|gas field)\s*$",
    re.I,
)


def split_given_name(name: str, is_known: Callable[[str], bool] | None = None) -> tuple[str, str | None]:
    """A place name given outside a text, and the kind word it ends with, read as a text's would be:
    "Aleppo town" -> ("Aleppo", "town"), "Idlib Governorate" -> ("Idlib", "governorate"); a name the
    gazetteer knows only whole stays whole ("Free State", when ``is_known`` knows it and not "Free")."""
    whole = name.strip()
    match = _GIVEN_KIND.match(whole)
    if match is None:
        return whole, None
    bare = match.group("name")
    if is_known is not None and not is_known(bare) and is_known(whole):
        return whole, None
    return bare, match.group("kind").lower()


def given_place_mention(
    name: str, *, start: int, sentence: int, is_known: Callable[[str], bool] | None = None
) -> PlaceMention:
    """A mention for a place name given outside a text (a dataset's place column; see
    :func:`split_given_name`)."""
    bare, kind = split_given_name(name, is_known)
    return PlaceMention(
        start=start,
        end=start + len(name),
        text=name,
        sentence=sentence,
        extractor="given-name",
        name=bare,
        relation=PlaceRelation.IN,
        kind_hint=kind,
    )


__all__ = ["EXTRACTOR", "find_place_mentions", "given_place_mention", "split_given_name"]
