"""Casualty figures: who was killed or injured, how many, with quantifiers and denials.

A figure is a ``CasualtyMention``; the events stage ties it to a claimant and takes ACLED's most conservative
total. Ranges keep their low end as ``count`` and the high end as ``high``.

The finder is a family of small handlers, one per way English reports a toll, over one shared noun-phrase grammar:

- a victim list is one or more items joined by "," / "and" / "along with": counted ("at least 5 soldiers",
  "dozens of people", "one of the suspects"), singular ("a man", "the driver", "his son"), "both assailants", a
  pronoun, or a name with its apposition ("Himmat, a district police chief,");
- "including ..." after an item is a subset when its figures add up to the item's (or close a parenthesis),
  otherwise only its first item is ("21 militants including 2 commanders and 4 soldiers" is 25);
- a coordinated list is one figure per victim class ("three police and one civilian were killed": 3 combatants
  and 1 civilian), so the claim rule adds the groups up; unnamed groups in a list take the list's class.

Handlers: passive or intransitive subjects ("N X were killed", "a man was shot to death", "Kaker and his son
died"), active objects ("killing N X", "shot two men to death", "left 4 dead"), bodies ("the bodies of N"),
results ("resulted in the death of X"), count nouns and tolls ("3 fatalities", "the toll rose to 12"), fatalities
reported without a number (ACLED's 10), and denials ("no casualties", not "no casualties on the government side").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import CasualtyMention, Outcome, VictimClass
from flashpoint.mentions.numbers import NUMBER_PATTERN, UNKNOWN_SOME, VAGUE, parse_number

EXTRACTOR = "casualties.rules"


def _alternatives(*groups: str) -> str:
    """One regex alternation, longest alternative first so "police officers" wins over "police"."""
    parts = {part for group in groups for part in _top_level(group)}
    return "|".join(sorted(parts, key=lambda p: (-len(p), p)))


def _top_level(alternation: str) -> Iterator[str]:
    """The alternatives of ``a|b(?:c|d)|e`` split at top-level bars only."""
    depth, start = 0, 0
    for index, char in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            yield alternation[start:index]
            start = index + 1
    yield alternation[start:]


# --- vocabulary --------------------------------------------------------------------------------------------------

_CIVILIAN = (
    r"civilians?|residents?|villagers?|inhabitants?|farmers?|herders?|shepherds?|students?|pupils?|schoolchildren|"
    r"teachers?|doctors?|nurses?|medics?|paramedics?|journalists?|reporters?|photographers?|photojournalists?|"
    r"cameram[ae]n|activists?|workers?|aid workers?|labou?rers?|traders?|merchants?|shopkeepers?|vendors?|hawkers?|"
    r"drivers?|passengers?|pilgrims?|worshipp?ers?|fisherm[ae]n|miners?|children|child|kids?|boys?|girls?|wom[ae]n|"
    r"bab(?:y|ies)|infants?|toddlers?|teenagers?|adolescents?|minors?|youths?|refugees?|displaced people|"
    r"protesters?|demonstrators?|mourners?|shoppers?|bystanders?|passers-by|citizens?|businessm[ae]n|employees?|"
    r"engineers?|clerics?|imams?|priests?|pastors?|monks?|judges?|lawyers?|clerks?|volunteers?|mothers?|fathers?|"
    r"sons?|daughters?|wi(?:fe|ves)|husbands?|brothers?|sisters?|relatives?|famil(?:y|ies)|family members?|"
    r"members of (?:a|the|one) family|nationals?|locals?|sarpanch|alderm[ae]n|councill?ors?|mayors?|politicians?|"
    r"candidates?|elders?"
)
_COMBATANT = (
    r"soldiers?|troops?|troopers?|servicem[ae]n|personnel|security personnel|militants?|fighters?|insurgents?|"
    r"rebels?|jihadists?|terrorists?|gunm[ae]n|attackers?|assailants?|bombers?|suicide bombers?|militiam[ae]n|"
    r"militia members?|combatants?|policem[ae]n|policewom[ae]n|police officers?|police|officers?|guards?|"
    r"bodyguards?|recruits?|cadets?|commanders?|mercenar(?:y|ies)|bandits?|operatives?|extremists?|conscripts?|"
    r"paramilitar(?:y|ies)|gendarmes?|agents?|marines?|pilots?|crew members?|snipers?|members?|elements?|"
    r"security forces|forces|cadres?|sergeants?|lieutenants?|captains?|colonels?|generals?|corporals?|sailors?|"
    r"airm[ae]n|peshmerga"
)
_NEUTRAL = (
    r"people|persons?|individuals?|m[ae]n|others?|victims?|suspects?|prisoners?|inmates?|detainees?|hostages?|"
    r"captives?|leaders?|heads?|officials?|chiefs?|staff|staffers?|collaborators?|informants?|spies|spy|"
    r"smugglers?|traffickers?|kidnappers?|robbers?|thieves|thief|criminals?|gang members?|cultists?|supporters?|"
    r"followers?|representatives?|directors?|managers?|owners?|governors?|administrators?|secretar(?:y|ies)|"
    r"deputies|deputy|chairm[ae]n|spokesm[ae]n|spokesperson|operators?|fatalit(?:y|ies)|occupants?|pedestrians?|"
    r"fugitives?|players?|footballers?|athletes?|professors?|lecturers?|scholars?|preachers?|tribesm[ae]n|"
    r"watchm[ae]n|contractors?|interpreters?|translators?|dealers?|IDPs?|colleagues?|comrades?|abductees?"
)
_HEADS = _alternatives(_CIVILIAN, _COMBATANT, _NEUTRAL)
_SINGULAR = _alternatives(
    r"man|woman|boy|girl|child|kid|baby|infant|toddler|teenager|adolescent|minor|youth|civilian|resident|villager|"
    r"farmer|herder|shepherd|student|pupil|teacher|doctor|nurse|medic|paramedic|journalist|reporter|photographer|"
    r"photojournalist|cameraman|activist|worker|aid worker|labou?rer|trader|merchant|shopkeeper|vendor|hawker|"
    r"driver|passenger|pilgrim|worshipp?er|fisherman|miner|refugee|protester|demonstrator|bystander|citizen|"
    r"businessman|employee|engineer|cleric|imam|priest|pastor|monk|judge|lawyer|clerk|volunteer|mother|father|son|"
    r"daughter|wife|husband|brother|sister|relative|family member|national|local|sarpanch|alderman|councill?or|"
    r"mayor|politician|candidate|elder|soldier|trooper|serviceman|militant|fighter|insurgent|rebel|jihadist|"
    r"terrorist|gunman|attacker|assailant|bomber|suicide bomber|militiaman|militia member|combatant|policeman|"
    r"policewoman|police officer|officer|guard|bodyguard|recruit|cadet|commander|mercenary|bandit|operative|"
    r"extremist|conscript|gendarme|agent|marine|pilot|sniper|member|cadre|sergeant|lieutenant|captain|colonel|"
    r"general|corporal|sailor|person|individual|victim|suspect|prisoner|inmate|detainee|hostage|captive|leader|"
    r"head|official|chief|staffer|collaborator|informant|spy|smuggler|trafficker|kidnapper|robber|thief|criminal|"
    r"gang member|cultist|supporter|representative|director|manager|owner|governor|administrator|secretary|deputy|"
    r"chairman|spokesman|spokesperson|operator|fatality|occupant|pedestrian|fugitive|player|footballer|athlete|"
    r"professor|lecturer|scholar|preacher|shaykh|sheikh|tribesman|tribal leader|security guard|watchman|"
    r"contractor|interpreter|translator|student leader|party member|dealer|drug dealer|gang leader|man"
)
_CIVILIAN_RE = re.compile(rf"(?:{_CIVILIAN})", re.IGNORECASE)
_COMBATANT_RE = re.compile(rf"(?:{_COMBATANT})", re.IGNORECASE)
_COMBATANT_CUE = re.compile(
    r"\b(?:militia|militants?|rebels?|insurgents?|jihadists?|army|military|police|security|soldiers?|troops|"
    r"fighters?|taliban|isis|is|al-shabaab|boko haram|regime|paramilitary|armed)\b", re.IGNORECASE)
_CIVILIAN_CUE = re.compile(r"\b(?:civilians?|unarmed|innocent)\b", re.IGNORECASE)

_STOP = (
    r"(?-i:in|at|on|by|from|with|after|when|where|who|whom|whose|which|that|while|during|near|to|into|for|as|than|"
    r"since|and|or|but|nor|were|was|is|are|be|been|being|have|has|had|of|the|a|an|its|their|his|her|killed|died|"
    r"dead|injured|wounded|including|among|across|along|before|between|following|amid|both|all|reportedly|"
    r"allegedly|said|not|also|later|then|killing|injuring|wounding|leaving|left|more|other|others)"
)
_NONHUMAN = (
    r"(?:livestock|cattle|cows?|goats?|sheep|camels?|donkeys?|animals?|dogs?|horses?|birds?|chickens?|head|houses?|"
    r"homes?|huts?|shops?|buildings?|vehicles?|cars?|trucks?|tanks?|rockets?|shells?|missiles?|mortars?|bombs?|"
    r"drones?|days?|hours?|minutes?|weeks?|months?|years?|times?|kilometres?|kilometers?|km|metres?|meters?|miles?|"
    r"percent|tons?|villages?|towns?|positions?|posts?|checkpoints?|bases?|sites?|targets?|rounds?|bullets?|"
    r"attacks?|events?|locations?|incidents?|airstrikes?|strikes?|raids?|jan(?:uary)?|feb(?:ruary)?|march|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_TOKEN = r"[\w'’()-]+"
_MODS = rf"(?:(?!{_STOP}\b|{_NONHUMAN}\b){_TOKEN}\s+){{0,6}}?"
_UNKNOWN_HEAD = rf"(?!{_STOP}\b|{_NONHUMAN}\b)[A-Za-z][\w'’-]*"
_OF = rf"(?:\s+(?:of|from)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!{_STOP}\b){_TOKEN}(?:\s+(?!{_STOP}\b){_TOKEN}){{0,3}})"
_QUANT = (
    r"at\s+least|more\s+than|over|nearly|almost|about|around|approximately|roughly|some|up\s+to|as\s+many\s+as|"
    r"between|no\s+fewer\s+than|no\s+less\s+than|fewer\s+than|less\s+than|an\s+estimated|a\s+total\s+of|"
    r"at\s+most|close\s+to|only|just|all|another|a\s+further|further|a\s+group\s+of"
)
_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
_VAGUE = "|".join(sorted((v.replace(" ", r"\s+") for v in VAGUE), key=len, reverse=True))
_COUNT = (rf"[\"“'‘]?(?!(?:19|20)\d\d\b)(?:(?:{_VAGUE})(?!\s+(?:\d|{_NUMBER_WORDS}\b))|(?!(?:a|an)\b)(?:{NUMBER_PATTERN}))(?!:\d|/\d|\.\d|%|\w)"
          r"[\"”'’]?")


def _range(name: str) -> str:
    """"5-7", "5 to 7", "5 or 6": the upper end in group ``name``."""
    return rf"(?:\s*(?:-|–|to|or)\s*(?!(?:19|20)\d\d\b)(?P<{name}>{NUMBER_PATTERN})(?!\w))"


def _bare(suffix: str) -> str:
    """A number with its quantifier and range, groups ``quant``, ``num``, ``high`` + ``suffix``."""
    return rf"(?:(?P<quant{suffix}>{_QUANT})\s+)?(?P<num{suffix}>{_COUNT}){_range('high' + suffix)}?"


_BOUNDARY = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|on|at|near|while|when|during|after|including|as|across|inside|outside|"
    r"according|from|with|before|since|dead|injured|wounded|killed|people|others|of\s+them|so\s+far|"
    r"overnight|yesterday|today)\b)"
)
_NAME = (
    r"(?-i:(?!(?:The|A|An|This|That|These|Those|He|She|It|They|We|On|In|At|By|For|From|With|After|Before|During|"
    r"Around|Some|Several|Many|No|Both|All|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Police|Security|"
    r"Army|Military|Government|Taliban|Local|Unknown|Unidentified|Militants|Soldiers|Gunmen|Assailants)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+(?:al|el|bin|ibn|abu|de|van|[A-Z][\w'’-]+))*)"
)
_APPOS_DESC = r"(?:\s*,\s+(?:(?:a|an|the)\s+|identified\s+as\s+)(?:[^,;.\n]|\.(?!\s)){1,100}?,)"
_APPOS_NAME = rf"(?:\s*,\s+{_NAME},)"
_POSSESSIVE = r"(?:the|a|an|his|her|their|its)"


def _item(kind: str) -> str:
    """One victim item with named groups; ``kind`` "subject" allows unknown head nouns, "object" does not."""
    acronym = rf"(?-i:[A-Z]{{2,}}s?)(?!\s+(?!{_STOP}\b)\w)"  # "killed 4 SSPDF"
    head = rf"{_HEADS}|(?P<unknown>{_UNKNOWN_HEAD})" if kind == "subject" else rf"{_HEADS}|{acronym}"
    participle = r"(?:\s+(?:suspected|accused)\s+of\s+[^,.;]{1,80}?)?" if kind == "subject" else ""
    counted_head = (rf"(?:\s+(?:of\s+)?(?:{_POSSESSIVE}\s+)?(?P<mods>{_MODS})(?P<head>{head})\b(?P<of>{_OF})?"
                    rf"{participle})")
    counted_tail = f"{counted_head}?" if kind == "subject" else f"(?:{counted_head}|{_BOUNDARY})"
    counted = (
        rf"(?:(?P<add>also|another|a\s+further|further)\s+)?(?:the\s+|(?P<family>(?:a|the)\s+family)\s+of\s+)?"
        rf"(?:(?P<quant>{_QUANT})\s+)?(?P<num>{_COUNT}){_range('high')}?"
        rf"(?:\s+(?P<more>more|other|additional)\b)?{counted_tail}"
    )
    single = (rf"(?P<det>a|an|the|one|another|this|that|his|her|their)\s+(?P<smods>{_MODS})"
              rf"(?P<shead>(?:{_SINGULAR})(?:\s+and\s+(?:{_SINGULAR}))?)\b(?P<sof>{_OF})?{_APPOS_NAME}?")
    both = (rf"(?P<both>both|all\s+(?:two|three|four|five|\d+))\s+(?:of\s+)?(?:{_POSSESSIVE}\s+)?"
            rf"(?P<bmods>{_MODS})(?P<bhead>{_HEADS})\b")
    poss_head = r"[\w'’-]+" if kind == "subject" else f"{_MODS}(?:{_HEADS})\\b"
    possessive = rf"(?P<poss>his|her|their)\s+{poss_head}"
    pronoun = r"(?P<pron>he|she|him|(?:only\s+)?(?:himself|herself))\b" + ("" if kind == "subject" else _BOUNDARY)
    name = rf"(?P<name>{_NAME})\b{_APPOS_DESC}?" + ("" if kind == "subject" else _BOUNDARY)
    return f"(?:{counted}|{single}|{both}|{possessive}|{pronoun}|{name})"


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
_SUBSET_WORDS = r"(?:including|among\s+them|among\s+whom|of\s+whom|incl\.)"
_INCL_START = rf"\s*,?\s*\(?\s*{_SUBSET_WORDS}\s+"
_PLAIN_LIST = {kind: f"{_unnamed(_item(kind))}(?:{_SEP}{_unnamed(_item(kind))}){{0,6}}" for kind in ("subject", "object")}
_INCL = rf"(?:{_INCL_START}{_PLAIN_LIST['object']}\s*\)?)"
_LIST = {kind: f"{_unnamed(_item(kind))}{_INCL}?(?:{_SEP}{_unnamed(_item(kind))}{_INCL}?){{0,6}}"
         for kind in ("subject", "object")}
_ITEM_RE = {kind: re.compile(rf"{_item(kind)}(?={_SEP}|{_INCL_START}|\s*\)|$)", re.IGNORECASE)
            for kind in ("subject", "object")}
_SEP_RE = re.compile(_SEP, re.IGNORECASE)
_INCL_RE = re.compile(_INCL_START, re.IGNORECASE)
_INCL_LOOSE = r"(?:\s*,?\s*\(?\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them)\s+[^.;:()]{1,80}?\s*\)?)"
_ALONG = rf"(?:(?:\s+(?:in|during)\s+the\s+\w+)?\s+(?:along|together)\s+with\s+{_LIST['object']})"

# --- predicates --------------------------------------------------------------------------------------------------

_AUX = r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|get|have|has|had|being|been)"
_ADV = (
    r"(?:reportedly|allegedly|also|later|subsequently|eventually|then|all|both|each|reported|confirmed|"
    r"(?:said|believed|reported|thought|known)\s+to\s+have\s+been|critically|seriously|severely|slightly|lightly|"
    r"badly|mortally|publicly|so\s+far|already|immediately|instantly|apparently|possibly|likely|shortly|"
    r"subsequently|tragically)"
)
_PREVERB = (
    r"(?:attacked|shot|stabbed|abducted|kidnapped|detained|arrested|captured|tortured|taken|beaten|stoned|ambushed|"
    r"seized|hit|struck|targeted|injured|wounded|hacked|burned|poisoned|taken\s+hostage|held\s+hostage|"
    r"taken\s+captive|identified)"
)
_KILLED = (
    r"killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|shot\s+to\s+death|"
    r"(?:stabbed|beaten|hacked|burned|burnt|tortured|stoned|bludgeoned|clubbed|crushed|strangled)\s+to\s+death|"
    r"lynched|dead|died|slain|lost\s+(?:their|his|her)\s+li(?:ves|fe)|perished|executed|murdered|beheaded|"
    r"assassinated|massacred|slaughtered|found\s+(?:dead|killed|murdered)|(?:confirmed|pronounced)\s+dead|"
    r"succumbed(?:\s+to\s+(?:their|his|her)\s+(?:injuries|wounds))?|shot\s+and\s+died|"
    r"fatally\s+(?:shot|wounded|injured|stabbed|assaulted|beaten|attacked|hit|struck|injured)|"
    r"the\s+only\s+(?:reported\s+)?(?:casualty|casualties|fatality|fatalities)"  # a suicide bomber who died
)
_INJURED = r"injured|wounded|hurt|maimed|hospitali[sz]ed|shot\s+and\s+(?:injured|wounded)"
_OBJECT_START = (
    r"(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|"
    r"scores|at\s+least|more\s+than|up\s+to|about|around|some|\d)\b"
)
_PREDICATE = (
    rf"(?P<pred>\s*,?\s+(?P<aux>{_AUX}\s+)?(?:{_ADV}\s+){{0,3}}"
    rf"(?:{_PREVERB}(?:\s+by\s+[^,.;]{{1,40}}?)?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?)?"
    rf"(?P<outcome>{_KILLED}|{_INJURED})\b)(?(aux)|(?!\s+{_OBJECT_START}))"
    r"(?P<combo>\s+(?:and|&)\s+(?:injured|wounded|killed)\b)?"
    r"(?P<alt>(?:\s*,\s*(?:injured|wounded|killed|captured|arrested|abducted|kidnapped|detained))*"
    r"\s*,?\s+(?:or|and/or)\s+(?:injured|wounded|killed|captured|arrested|abducted|kidnapped|detained|missing))?"
)
_SUBJECT_RE = re.compile(
    rf"(?:\bin\s+addition\s+to\s+(?P<extra>{_unnamed(_item('object'))})\s*,\s*)?"
    rf"(?<![\w-])(?P<list>{_LIST['subject']})(?P<incl>{_INCL_LOOSE})?{_PREDICATE}(?P<along>{_ALONG})?",
    re.IGNORECASE,
)
_OBJ_KILLED = (
    r"killing|killed|kills|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|shooting\s+and\s+killing|"
    r"shoots\s+dead|gunned\s+down|gunning\s+down|executed|executing|executes|massacred|massacring|beheaded|"
    r"beheading|assassinated|assassinating|lynched|lynching|murdered|murdering|slaughtered|slaughtering|slew|"
    r"claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|took\s+the\s+lives\s+of|taking\s+the\s+lives\s+of|"
    r"fatally\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring)"
)
_OBJ_INJURED = (
    r"wounding|wounded|injuring|injured|injures|wounds|maiming|maimed|"
    r"shot\s+and\s+(?:wounded|injured)|shooting\s+and\s+(?:injuring|wounding)"
)
_OBJ_COMBINED = (
    r"(?:killing|killed|kills)\s+(?:and|or)\s+(?:injuring|wounding|injured|wounded)|"
    r"(?:injuring|wounding|injured|wounded)\s+(?:and|or)\s+(?:killing|killed)"
)
_OBJECT_RE = re.compile(
    rf"(?<!\bto\s)\b(?P<verb>{_OBJ_COMBINED}|{_OBJ_KILLED}|{_OBJ_INJURED})\s+(?P<list>{_LIST['object']})"
    rf"(?P<along>{_ALONG})?(?P<tail>\s+(?:dead|injured|wounded))?",
    re.IGNORECASE,
)
_TO_DEATH_RE = re.compile(
    r"\b(?:shot|stabbed|beat|beaten|tortured|burned|burnt|hacked|stoned|bludgeoned|clubbed|strangled)\s+"
    rf"(?P<list>{_LIST['object']})\s+to\s+death\b",
    re.IGNORECASE,
)
_LEFT_RE = re.compile(
    rf"\b(?:left|leaving|leaves|leave)\s+(?P<list>{_LIST['object']})\s+"
    r"(?P<outcome>dead|killed|injured|wounded)\b",
    re.IGNORECASE,
)
_BODIES_RE = re.compile(
    rf"\b(?:(?!{_STOP}\b){_TOKEN}\s+){{0,2}}?(?:bod(?:y|ies)|corpses?|remains)\s+of\s+(?P<list>{_LIST['object']})"
    rf"|\b(?P<count>(?:(?:{_QUANT})\s+)?{_COUNT}){_unnamed(_range('top'))}?\s+(?:(?!{_STOP}\b){_TOKEN}\s+){{0,3}}?"
    r"(?:bodies|corpses)\b"
    r"|\b(?P<own>(?:his|her)\s+(?:[\w'’-]+\s+)?body)\b",
    re.IGNORECASE,
)
_RESULT_RE = re.compile(
    r"\b(?:result(?:ed|ing|s)?\s+in|led\s+to|leading\s+to|caus(?:ed|ing|es)|end(?:ed|ing)\s+in|and|"
    r"in\s+addition\s+to)\s+(?:the\s+)?"
    rf"(?P<kind>deaths?|killings?|injur(?:y|ies|ing)|wounding)\s+(?:of|to)\s+(?P<list>{_LIST['object']})",
    re.IGNORECASE,
)
_ANAPHOR_RE = re.compile(
    rf"\b(?:the|these|those|all\s+the|all\s+of\s+the)\s+(?P<head>(?:{_MODS})(?:{_HEADS}))\b{_PREDICATE}"
    rf"|\b(?P<verb>{_OBJ_KILLED}|{_OBJ_INJURED})\s+(?:all\s+of\s+)?them\b",
    re.IGNORECASE,
)
_CAPTURED_RE = re.compile(
    r"\b(?:abduct(?:ed|ing)|kidnapp?(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|detain(?:ed|ing)|"
    r"(?:took|taken|taking|held|holding)\s+hostage|took|abducted\s+and\s+killed)\s+"
    rf"(?P<list>{_LIST['object']})",
    re.IGNORECASE,
)
_HIS_DEATH_RE = re.compile(
    r"\b(?:result(?:ed|ing|s)?\s+in|led\s+to|leading\s+to|caus(?:ed|ing|es))\s+(?P<pron>his|her)\s+death\b",
    re.IGNORECASE,
)
_COUNT_NOUN_RE = re.compile(
    rf"(?<![\w-]){_bare('')}\s+(?:(?!{_STOP}\b|{_NONHUMAN}\b){_TOKEN}\s+){{0,2}}?"
    r"(?P<kind>fatalit(?:y|ies)|deaths?|dead|injuries|injured|wounded)\b",
    re.IGNORECASE,
)
_BARE_KILLED_RE = re.compile(
    rf"(?:^|(?<=[.;:,(\n])|\band)\s*{_bare('')}\s+(?P<kind>killed)\b(?!\s+{_OBJECT_START})",
    re.IGNORECASE | re.MULTILINE,
)
_TOLL_RE = re.compile(
    r"\b(?P<kind>death\s+toll|toll|fatalities|deaths|number\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed|"
    r"victims|fatalities)|injuries|wounded|dead)\s+(?:(?:rose|risen|climbed|jumped|increased|reached|stood|"
    r"stands|stand|rises|climbs|reaches|of|at|was|is|to|now|has|had|have|further)\s+)+"
    rf"{_bare('')}(?!\s+(?:{_NONHUMAN}|per\s*cent|%))",
    re.IGNORECASE,
)
_UNCOUNTED_RE = re.compile(
    r"\b(?:incurr(?:ed|ing)|inflict(?:ed|ing)|caus(?:ed|ing)|result(?:ed|ing)\s+in|with|suffer(?:ed|ing)|"
    r"sustain(?:ed|ing)|there\s+were|report(?:ed|ing)|leav(?:ing)|left)\s+"
    rf"(?:(?P<vague>{_VAGUE}|heavy|multiple|unknown|unspecified|some)\s+)?"
    r"(?P<kind>fatalities|deaths|injuries)\b",
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(
    r"\b(?P<phrase>(?:deny|denies|denied|denying)\s+(?:that\s+there\s+were\s+)?(?:any\s+)?"
    r"(?P<k1>casualties|losses|deaths|fatalities|injuries)"
    r"|no(?:\s+reported)?\s+(?P<k2>casualties|deaths|fatalities|injuries|losses|loss\s+of\s+life)"
    r"(?:\s+(?:nor|or|and)\s+(?P<k2b>casualties|deaths|fatalities|injuries))?"
    r"(?:\s+(?:were|was|have\s+been|has\s+been)\s+(?:reported|recorded|caused))?"
    r"|without\s+(?:causing\s+)?(?:any\s+)?(?P<k3>casualties|injuries|deaths|loss\s+of\s+life)"
    r"|(?:no\s*(?:-|\s)?one|nobody|none)\s+(?:of\s+them\s+)?(?:was|were)\s+(?:reportedly\s+)?"
    r"(?P<k4>killed|hurt|injured|harmed|wounded)"
    r"|(?:did\s+not|didn't|caused\s+no)\s+(?:cause\s+)?(?:any\s+)?(?P<k5>casualties|injuries|deaths))\b"
    r"(?P<scope>\s+(?:on|among|in|from|for|to)\s+(?:the|their|its|our|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:side|ranks|forces|troops|soldiers|personnel|part|fighters|members)\b|\s+other\s+than\b)?",
    re.IGNORECASE,
)
_OTHER_THAN_RE = re.compile(
    r"\bno\s+(?:reported\s+)?(?:casualties|deaths|fatalities)\s+other\s+than\s+the\s+(?:suicide\s+)?"
    r"(?:bomber|assailant|attacker|perpetrator)\b",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"(?:including|among\s+them|of\s+whom|among\s+the\s+(?:dead|victims|killed|wounded|injured)|"
    r"among\s+those\s+(?:killed|wounded|injured)|of\s+them|victims\s+included|dead\s+included)\s*,?\s*$",
    re.IGNORECASE,
)
_OBJECT_VERB_BEFORE = re.compile(rf"\b(?:{_OBJ_KILLED}|{_OBJ_INJURED})\s+$", re.IGNORECASE)
_NOT_VIOLENT = re.compile(
    r"\s+(?:of|from|due\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:corona\w*|covid[\w-]*|illness|disease|natural\s+causes|"
    r"heart\s+attack|cancer|old\s+age|virus|infection)"
    r"|\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:car|road|traffic)\s+(?:accident|crash)",
    re.IGNORECASE,
)
_NEGATED_OUTCOMES = {
    "casualties": (Outcome.KILLED, Outcome.INJURED), "losses": (Outcome.KILLED, Outcome.INJURED),
    "harmed": (Outcome.KILLED, Outcome.INJURED), "hurt": (Outcome.INJURED,), "injuries": (Outcome.INJURED,),
    "injured": (Outcome.INJURED,), "wounded": (Outcome.INJURED,),
}
_KEYWORDS = re.compile(
    r"kill|dead|die|death|injur|wound|hurt|casualt|fatal|slain|perish|execut|murder|behead|assassinat|massacr|"
    r"slaughter|lynch|bod(?:y|ies)|corpse|remains|lives|toll|maim|hospitali|gunned|slew",
    re.IGNORECASE,
)

# --- figures -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Part:
    """One victim item of a list: its count, range top, victim words and class."""

    count: int
    high: int | None
    victim: str | None
    victim_class: VictimClass
    quantifier: str | None = None
    named: bool = False  # a pronoun, name or singular noun phrase
    after_comma: bool = False  # joined to the item before by a bare comma (an apposition, or a list)


@dataclass(frozen=True, slots=True)
class _Figure:
    start: int
    end: int
    outcome: Outcome
    parts: tuple[_Part, ...]
    negated: bool = False
    reported_none: bool = False  # "no casualties were reported", as opposed to a denial ("denied any deaths")


def find_casualty_mentions(text: str, sentences: Sequence[Sentence]) -> tuple[CasualtyMention, ...]:
    """Casualty figures in text order; overlapping matches keep the earliest, longest one."""
    if not _KEYWORDS.search(text):
        return ()
    starts = [s.start for s in sentences]
    figures = sorted(_candidates(text), key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[tuple[_Figure, int]] = []
    last_end = {Outcome.KILLED: -1, Outcome.INJURED: -1}
    for figure in figures:
        if figure.start < last_end[figure.outcome]:
            continue
        last_end[figure.outcome] = figure.end
        kept.append((figure, max(bisect.bisect_right(starts, figure.start) - 1, 0)))
    figures_kept = [(_marked_additional(text, f, starts[s] if s < len(starts) else 0), s)
                    for f, s in _without_side_reports(kept)]
    mentions = [m for figure, sentence in figures_kept for m in _mentions(text, figure, sentence)]
    return tuple(_inherit_others(mentions))


_ADDITIONAL_OPENING = re.compile(r"\s*(?:in\s+addition|additionally|also)\s*,", re.IGNORECASE)


def _marked_additional(text: str, figure: _Figure, sentence_start: int) -> _Figure:
    """"In addition, one security official was killed": the figure adds to the ones before."""
    if figure.negated or not _ADDITIONAL_OPENING.match(text, sentence_start, figure.start):
        return figure
    return replace(figure, parts=tuple(_additional(p) for p in figure.parts))


def _without_side_reports(figures: list[tuple[_Figure, int]]) -> list[tuple[_Figure, int]]:
    """"5 NPA militants were killed. The military reported no casualties.": a "none reported" in another sentence
    than a figure speaks for one side, not the toll; it is dropped. Denials ("denied any deaths") are kept."""
    positive = {(f.outcome, sentence) for f, sentence in figures if not f.negated}
    return [(f, sentence) for f, sentence in figures
            if not (f.reported_none and any(o == f.outcome and s != sentence for o, s in positive))]


_Handler = Callable[[str, re.Match[str]], Iterator[_Figure]]


def _candidates(text: str) -> Iterator[_Figure]:
    for regex, handler in _HANDLERS:
        for match in regex.finditer(text):
            yield from handler(text, match)


# --- handlers ----------------------------------------------------------------------------------------------------

def _subjects(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    if _SUBSET_BEFORE.search(text[max(0, match.start() - 30) : match.start("list")]) or match.group("alt"):
        return
    if match.group("outcome").lower() in ("died", "dead") and _NOT_VIOLENT.match(text, match.end("outcome")):
        return
    parts = _subject_parts(text, match)
    if not parts:
        return
    extra = _parse_list(text, match.start("extra"), match.end("extra"), "object") if match.group("extra") else ()
    if extra and _outcome(match.group("outcome")) == Outcome.INJURED:
        # "In addition to the bomber, 4 civilians were injured": the bomber died
        yield _Figure(start=match.start(), end=match.end("extra"), outcome=Outcome.KILLED, parts=extra)
        extra = ()
    parts = extra + parts + _optional_list(text, match, "along")
    if re.search(r"\balso\b", match.group("pred") or "", re.IGNORECASE):
        parts = tuple(_additional(p) for p in parts)  # "2 militants were also killed": on top of a figure before
    yield from _outcomes(match.start(), match.end(), match.group("outcome"), parts, combined=bool(match["combo"]))


def _subject_parts(text: str, match: re.Match[str]) -> tuple[_Part, ...]:
    parts = _parse_list(text, match.start("list"), match.end("list"), "subject")
    if _OBJECT_VERB_BEFORE.search(text[max(0, match.start("list") - 40) : match.start("list")]):
        parts = parts[-1:]  # "killed 3 soldiers and 2 civilians were wounded": only the last item is the subject
    aux = (match.group("aux") or "").split()
    if parts and aux and aux[0].lower() in ("was", "has", "is"):
        return parts[:1]  # "One civilian, a shepherd, was killed": a singular verb has one victim
    if len(parts) > 1 and not parts[0].named and parts[1].after_comma and all(p.named for p in parts[1:]) \
            and sum(p.count for p in parts[1:]) == parts[0].count:
        return parts[:1]  # "Two people, an employee and a teacher, were killed"
    return parts if _agrees(parts, match.group("aux")) else ()


def _objects(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    if _SUBSET_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return
    verb = " ".join(match.group("verb").lower().split())
    parts = _parse_list(text, match.start("list"), match.end("list"), "object") + _optional_list(text, match, "along")
    tail = (match.group("tail") or "").strip().lower()
    combined = bool(re.match(_OBJ_COMBINED, verb, re.IGNORECASE))
    outcome = tail if tail in ("injured", "wounded", "dead") else verb
    yield from _outcomes(match.start(), match.end(), outcome, parts, combined=combined)


def _to_death(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    parts = _parse_list(text, match.start("list"), match.end("list"), "object")
    yield from _outcomes(match.start(), match.end(), "killed", parts, combined=False)


def _left(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    parts = _parse_list(text, match.start("list"), match.end("list"), "object")
    yield from _outcomes(match.start(), match.end(), match.group("outcome"), parts, combined=False)


def _bodies(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    if match.group("list"):
        parts = _parse_list(text, match.start("list"), match.end("list"), "object")
    elif match.group("count"):
        parts = _bare_parts(match.group("count"), None, None)
    else:
        parts = (_Part(count=1, high=None, victim=None, victim_class=VictimClass.UNKNOWN, named=True),)
    yield from _outcomes(match.start(), match.end(), "killed", parts, combined=False)


def _results(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    parts = _parse_list(text, match.start("list"), match.end("list"), "object")
    outcome = "injured" if match.group("kind").lower().startswith(("injur", "wound")) else "killed"
    yield from _outcomes(match.start(), match.end(), outcome, parts, combined=False)


def _anaphors(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    """"Assailants abducted three civilians. The victims were shot and killed.": the count is the captives'."""
    if match.group("head") and (match.group("alt") or match.group("combo")):
        return
    captured = None
    for captured in _CAPTURED_RE.finditer(text, max(0, match.start() - 400), match.start()):
        pass
    if captured is None:
        return
    parts = _parse_list(text, captured.start("list"), captured.end("list"), "object")
    head = (match.group("head") or "").lower().split()
    if head and head[-1] not in _CAPTIVE_WORDS and not any(head[-1] in (p.victim or "").lower() for p in parts):
        return  # "the soldiers were killed" after "abducted 3 civilians": not the same people
    word = match.group("outcome") if match.group("head") else match.group("verb")
    yield from _outcomes(match.start(), match.end(), word, parts, combined=False)


_CAPTIVE_WORDS = {"victims", "hostages", "captives", "abductees", "detainees", "prisoners", "men", "people"}


def _his_death(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    part = _Part(count=1, high=None, victim=None, victim_class=VictimClass.UNKNOWN, named=True)
    yield _Figure(start=match.start(), end=match.end(), outcome=Outcome.KILLED, parts=(part,))


def _count_nouns(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    if _SUBSET_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return
    parts = _bare_parts(match.group("num"), match.group("high"), match.group("quant"))
    yield from _outcomes(match.start(), match.end(), match.group("kind"), parts, combined=False)


def _tolls(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    parts = _bare_parts(match.group("num"), match.group("high"), match.group("quant"))
    yield from _outcomes(match.start(), match.end(), match.group("kind"), parts, combined=False)


def _uncounted(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    """"incurring fatalities", "with fatalities and injuries on both sides": some, number unknown (ACLED's 10)."""
    vague = (match.group("vague") or "").lower()
    count = VAGUE.get(" ".join(vague.split()), UNKNOWN_SOME)
    part = _Part(count=count, high=None, victim=None, victim_class=VictimClass.UNKNOWN, quantifier=vague or "unknown")
    outcome = Outcome.INJURED if match.group("kind").lower() == "injuries" else Outcome.KILLED
    yield _Figure(start=match.start(), end=match.end(), outcome=outcome, parts=(part,))


def _negations(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    if match.group("scope") or re.search(r"\bno\s+(?:other|further|additional)\b", match.group(0), re.I):
        return  # "no casualties on the government side", "no other casualties": not a denial of the toll
    words = {(match.group(k) or "").lower() for k in ("k1", "k2", "k2b", "k3", "k4", "k5")} - {""}
    outcomes = {o for w in words for o in _NEGATED_OUTCOMES.get(w, (Outcome.KILLED,))}
    for outcome in (o for o in (Outcome.KILLED, Outcome.INJURED) if o in outcomes):
        part = _Part(count=0, high=None, victim=None, victim_class=VictimClass.UNKNOWN)
        yield _Figure(start=match.start(), end=match.end(), outcome=outcome, parts=(part,), negated=True,
                      reported_none=match.group("k1") is None)


def _other_than(text: str, match: re.Match[str]) -> Iterator[_Figure]:
    """"no casualties other than the assailant": the attacker died (GTD counts perpetrators among the dead)."""
    part = _Part(count=1, high=None, victim="assailant", victim_class=VictimClass.COMBATANT, named=True)
    yield _Figure(start=match.start(), end=match.end(), outcome=Outcome.KILLED, parts=(part,))


_HANDLERS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_SUBJECT_RE, _subjects),
    (_OBJECT_RE, _objects),
    (_TO_DEATH_RE, _to_death),
    (_LEFT_RE, _left),
    (_BODIES_RE, _bodies),
    (_RESULT_RE, _results),
    (_HIS_DEATH_RE, _his_death),
    (_ANAPHOR_RE, _anaphors),
    (_COUNT_NOUN_RE, _count_nouns),
    (_BARE_KILLED_RE, _count_nouns),
    (_TOLL_RE, _tolls),
    (_UNCOUNTED_RE, _uncounted),
    (_NEGATION_RE, _negations),
    (_OTHER_THAN_RE, _other_than),
)


# --- list parsing ------------------------------------------------------------------------------------------------

def _parse_list(text: str, start: int, end: int, kind: str) -> tuple[_Part, ...]:
    """The items of a victim list between ``start`` and ``end``, in order, subsets resolved.

    Commas join items only in a list that has an "and" ("A, B and C"); without one, a comma ends the list
    ("the death of the assailant, two soldiers were injured").
    """
    parts = _scan(text, start, end, kind, subsets=True)[0]
    commas = [i for i, p in enumerate(parts) if p.after_comma]
    if commas and not re.search(r"\band\b|\bas\s+well\s+as\b", text[start:end], re.IGNORECASE):
        # the subject is the item next to its verb; an object is the item next to its verb
        parts = parts[commas[-1]:] if kind == "subject" else parts[: commas[0]]
    return _between(parts)


def _scan(text: str, start: int, end: int, kind: str, *, subsets: bool) -> tuple[list[_Part], int]:
    """Items from ``start``, and where the scan stopped."""
    parts: list[_Part] = []
    position, stop, comma = start, start, False
    while position < end:
        match = _ITEM_RE[kind].match(text, position, end)
        if match is None:
            break
        part, stop = _part(match), match.end()
        extra: list[_Part] = []
        subset = _INCL_RE.match(text, stop, end) if subsets and part is not None else None
        if subset is not None and part is not None:
            members, stop = _scan(text, subset.end(), end, "object", subsets=False)
            extra = _beyond_subset(part, members, closed=text[stop:end].lstrip().startswith((")", ",")))
            stop = _after_bracket(text, stop, end)
        separator = _SEP_RE.match(text, stop, end)
        if part is not None and not (match.groupdict().get("name") and separator and "and" not in separator[0]):
            parts.append(replace(part, after_comma=comma))  # "In Rio Branco, a man": a name before a comma
        parts.extend(extra)
        if separator is None or separator.end() == stop:
            break
        position, comma = separator.end(), "and" not in separator[0].lower() and "," in separator[0]
    return parts, stop


def _after_bracket(text: str, position: int, end: int) -> int:
    bracket = re.match(r"\s*\)", text[position:end])
    return position + bracket.end() if bracket else position


def _beyond_subset(parent: _Part, members: list[_Part], *, closed: bool) -> list[_Part]:
    """"N X, including A and B": A and B belong to N when they add up to it (or close a parenthesis around
    several); otherwise only A does and B is a further group ("21 militants including 2 commanders and 4
    soldiers": 25)."""
    total = sum(m.count for m in members)
    if not members or total == parent.count or (closed and len(members) > 1 and total <= parent.count):
        return []
    return members[1:]


def _between(parts: list[_Part]) -> tuple[_Part, ...]:
    """"between 5 and 7 people" is one item with a range, not two items."""
    if len(parts) >= 2 and parts[0].quantifier == "between" and parts[0].victim is None:
        first, second = parts[0], parts[1]
        merged = _Part(count=first.count, high=max(second.count, first.count) if second.count != first.count else None,
                       victim=second.victim, victim_class=second.victim_class, quantifier="between")
        return (merged, *parts[2:])
    return tuple(parts)


def _part(match: re.Match[str]) -> _Part | None:
    groups = match.groupdict()
    if groups["num"] is not None:
        return _counted_part(match)
    victim = match.group(0).strip(" ,")
    if groups.get("both"):
        words = groups["both"].lower().split()
        count = 2 if words[0] == "both" else parse_number(words[-1]) or 2
        return _Part(count=count, high=None, victim=victim,
                     victim_class=_class_of(groups["bhead"], groups["bmods"] or ""))
    if not any(groups.get(g) for g in ("shead", "poss", "pron", "name")):
        return None
    head = groups["shead"] or victim
    return _Part(count=1, high=None, victim=victim, victim_class=_class_of(head, groups["smods"] or ""), named=True)


def _counted_part(match: re.Match[str]) -> _Part | None:
    groups = match.groupdict()
    num = " ".join(groups["num"].lower().strip("\"“”'‘’").split())
    count = parse_number(num)
    if count is None or count > 100_000:
        return None
    high_text = groups.get("high")
    high = parse_number(high_text) if high_text else None
    head = groups.get("head")
    quantifier = _quantifier_of(groups, num)
    victim_class = _class_of(head, groups.get("mods") or "") if head else VictimClass.UNKNOWN
    if groups.get("family"):
        victim_class = VictimClass.CIVILIAN
    return _Part(count=count, high=high if high is not None and high > count else None,
                 victim=match.group(0).strip(" ,") if head else None, victim_class=victim_class,
                 quantifier=quantifier)


def _quantifier_of(groups: dict[str, str | None], num: str) -> str | None:
    if groups.get("add") or groups.get("more"):
        return "another"  # "2 other policemen", "a further 3": an addition to a figure given before
    quant = groups.get("quant")
    if quant:
        return " ".join(quant.lower().split())
    return num if num in VAGUE else None


def _bare_parts(num: str | None, high_text: str | None, quant: str | None) -> tuple[_Part, ...]:
    if num is None:
        return ()
    groups: dict[str, str | None] = {"num": num, "high": high_text, "quant": quant}
    normal = " ".join(num.lower().strip("\"“”'‘’").split())
    count = parse_number(normal)
    if count is None or count > 100_000:
        return ()
    high = parse_number(high_text) if high_text else None
    return (_Part(count=count, high=high if high is not None and high > count else None, victim=None,
                  victim_class=VictimClass.UNKNOWN, quantifier=_quantifier_of(groups, normal)),)


def _additional(part: _Part) -> _Part:
    return _Part(count=part.count, high=part.high, victim=part.victim, victim_class=part.victim_class,
                 quantifier="another", named=part.named)


def _agrees(parts: tuple[_Part, ...], aux: str | None) -> bool:
    """A lone name or pronoun needs a singular verb ("Rahmani was killed", not "Taliban were killed")."""
    if len(parts) != 1 or not parts[0].named or aux is None:
        return True
    return aux.split()[0].lower() in ("was", "has", "had", "got", "is")


def _optional_list(text: str, match: re.Match[str], group: str) -> tuple[_Part, ...]:
    if not match.groupdict().get(group):
        return ()
    start = match.start(group)
    words = re.search(r"\s+(?:along|together)\s+with\s+", text[start : match.end(group)], re.IGNORECASE)
    return _parse_list(text, start + (words.end() if words else 0), match.end(group), "object")


def _outcomes(start: int, end: int, word: str, parts: tuple[_Part, ...], *, combined: bool) -> Iterator[_Figure]:
    """The figure(s) for one match; "killing and injuring a number of" gives a vague figure to each outcome."""
    if not parts:
        return
    if combined:
        if all(p.quantifier in VAGUE for p in parts):
            for outcome in (Outcome.KILLED, Outcome.INJURED):
                yield _Figure(start=start, end=end, outcome=outcome, parts=parts)
        return  # "killing and injuring 20": how many died is unknown
    negated = all(p.count == 0 for p in parts)
    yield _Figure(start=start, end=end, outcome=_outcome(word), parts=parts, negated=negated)


def _outcome(word: str) -> Outcome:
    lowered = word.lower()
    if re.match(r"(?:injur|wound|hurt|maim|hospitali|shot\s+and\s+(?:injur|wound))", lowered):
        return Outcome.INJURED
    return Outcome.KILLED


def _class_of(head: str, mods: str) -> VictimClass:
    if _COMBATANT_RE.fullmatch(head.strip()):
        return VictimClass.COMBATANT
    if _CIVILIAN_RE.fullmatch(head.strip()):
        return VictimClass.CIVILIAN
    if _CIVILIAN_CUE.search(mods):
        return VictimClass.CIVILIAN
    if _COMBATANT_CUE.search(f"{mods} {head}"):
        return VictimClass.COMBATANT
    return VictimClass.UNKNOWN


# --- figures to mentions -----------------------------------------------------------------------------------------

def _mentions(text: str, figure: _Figure, sentence: int) -> Iterator[CasualtyMention]:
    """One mention per victim class of the figure, all with the figure's span."""
    groups: dict[VictimClass, list[_Part]] = {}
    for part in _resolved_classes(figure.parts):
        groups.setdefault(part.victim_class, []).append(part)
    for victim_class, parts in groups.items():
        count = sum(p.count for p in parts)
        high = sum(p.high or p.count for p in parts) if any(p.high for p in parts) else None
        victims = [p.victim for p in parts if p.victim]
        yield CasualtyMention(
            start=figure.start, end=figure.end, text=text[figure.start : figure.end], sentence=sentence,
            extractor=EXTRACTOR, outcome=figure.outcome, count=count, high=high,
            quantifier=next((p.quantifier for p in parts if p.quantifier), None),
            victim=", ".join(victims) if victims else None, victim_class=victim_class, negated=figure.negated)


def _resolved_classes(parts: tuple[_Part, ...]) -> tuple[_Part, ...]:
    """In a list, items of no known class take the list's class when it has exactly one."""
    known = {p.victim_class for p in parts} - {VictimClass.UNKNOWN}
    if len(known) != 1 or len(parts) < 2:
        return parts
    (only,) = known
    return tuple(_Part(count=p.count, high=p.high, victim=p.victim, victim_class=only, quantifier=p.quantifier,
                       named=p.named) for p in parts)


def _inherit_others(mentions: list[CasualtyMention]) -> Iterator[CasualtyMention]:
    """"5 civilians were killed and 15 others injured": "others" takes the class of the figure before it."""
    previous: CasualtyMention | None = None
    for mention in mentions:
        if (previous is not None and previous.sentence == mention.sentence and mention.victim
                and re.search(r"\bothers?\b", mention.victim.split(",")[-1], re.IGNORECASE)
                and mention.victim_class == VictimClass.UNKNOWN):
            mention = CasualtyMention(
                start=mention.start, end=mention.end, text=mention.text, sentence=mention.sentence,
                extractor=mention.extractor, outcome=mention.outcome, count=mention.count, high=mention.high,
                quantifier=mention.quantifier, victim=mention.victim, victim_class=previous.victim_class,
                negated=mention.negated)
        previous = mention
        yield mention


__all__ = ["EXTRACTOR", "find_casualty_mentions"]
