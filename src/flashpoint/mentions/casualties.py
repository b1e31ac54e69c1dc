"""Casualty figures: who was killed or injured, how many, with quantifiers and denials.

A figure is a ``CasualtyMention``; the events stage ties it to a claimant and takes ACLED's most conservative
total. Ranges keep their low end as ``count`` and the high end as ``high``.

The finder is a family of small handlers, one per way English reports a toll. Each handler has a cue (a verb, "the
bodies of", "resulted in the death of", a count noun) and most then read a victim list with one shared parser:

- a victim list is one or more items joined by "," / "and" / "as well as": counted ("at least 5 soldiers",
  "dozens of people", "one of the suspects"), singular ("a man", "the driver", "his son"), "both assailants", a
  pronoun, or a name with its apposition ("Himmat, a district police chief,");
- "including ..." after an item is a subset when its figures add up to the item's (or several close a
  parenthesis), otherwise only its first item is ("21 militants including 2 commanders and 4 soldiers" is 25);
- a coordinated list is one figure per victim class ("three police and one civilian were killed": 3 combatants
  and 1 civilian), so the claim rule adds the groups up; unnamed groups in a list take the list's class.

Handlers: subjects before a passive or intransitive verb ("N X were killed", "a man was shot to death", "Kaker and
his son died", "the assailant was the only casualty"), objects after an active verb ("killing N X", "shot two men to
death", "left 4 dead"), bodies ("the bodies of N"), results ("resulted in the death of X"), captives named earlier
("abducted three teachers ... the hostages were killed"), count nouns and tolls ("3 fatalities", "the toll rose to
12"), fatalities reported without a number (ACLED's 10), and denials ("no casualties"; not "no casualties on the
government side", and not a "none reported" beside a figure in another sentence). A figure that adds to earlier
ones ("2 other policemen", "were also killed", "In addition, ...") carries the quantifier "another".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import CasualtyMention, Outcome, VictimClass
from flashpoint.mentions.numbers import NUMBER_PATTERN, UNKNOWN_NUMBERS, UNKNOWN_SOME, VAGUE, parse_number
from flashpoint.mentions.numbers import word_alternation as _alternatives

EXTRACTOR = "casualties.rules"


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
    r"candidates?|elders?|prosecutors?|ministers?|senators?|bloggers?|presenters?|lawmakers?|legislators?|"
    r"ambassadors?|envoys?|diplomats?|magistrates?"
)
_COMBATANT = (
    r"soldiers?|troops?|troopers?|servicem[ae]n|personnel|security personnel|militants?|fighters?|insurgents?|"
    r"rebels?|jihadists?|terrorists?|gunm[ae]n|attackers?|assailants?|bombers?|suicide bombers?|militiam[ae]n|"
    r"militia members?|combatants?|policem[ae]n|policewom[ae]n|police officers?|police|officers?|guards?|"
    r"bodyguards?|recruits?|cadets?|commanders?|mercenar(?:y|ies)|bandits?|operatives?|extremists?|conscripts?|"
    r"paramilitar(?:y|ies)|gendarmes?|agents?|marines?|pilots?|crew members?|snipers?|members?|elements?|"
    r"security forces|forces|cadres?|sergeants?|lieutenants?|captains?|colonels?|generals?|corporals?|sailors?|"
    r"airm[ae]n|peshmerga|inspectors?|constables?|rangers?|wardens?|police chiefs?|superintendents?"
)
_NEUTRAL = (
    r"people|persons?|individuals?|m[ae]n|others?|victims?|suspects?|prisoners?|inmates?|detainees?|hostages?|"
    r"captives?|leaders?|heads?|officials?|chiefs?|staff|staffers?|collaborators?|informants?|spies|spy|"
    r"smugglers?|traffickers?|kidnappers?|robbers?|thieves|thief|criminals?|gang members?|cultists?|supporters?|"
    r"followers?|representatives?|directors?|managers?|owners?|governors?|administrators?|secretar(?:y|ies)|"
    r"deputies|deputy|chairm[ae]n|spokesm[ae]n|spokesperson|operators?|occupants?|pedestrians?|"
    r"fugitives?|players?|footballers?|athletes?|professors?|lecturers?|scholars?|preachers?|tribesm[ae]n|"
    r"watchm[ae]n|contractors?|interpreters?|translators?|dealers?|IDPs?|colleagues?|comrades?|abductees?|"
    r"commissioners?"
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
    r"general|corporal|sailor|superintendent|magistrate|commissioner|person|individual|victim|suspect|prisoner|"
    r"inmate|detainee|hostage|captive|leader|"
    r"head|official|chief|staffer|collaborator|informant|spy|smuggler|trafficker|kidnapper|robber|thief|criminal|"
    r"gang member|cultist|supporter|representative|director|manager|owner|governor|administrator|secretary|deputy|"
    r"chairman|spokesman|spokesperson|operator|fatality|occupant|pedestrian|fugitive|player|footballer|athlete|"
    r"professor|lecturer|scholar|preacher|shaykh|sheikh|tribesman|tribal leader|security guard|watchman|"
    r"contractor|interpreter|translator|student leader|party member|dealer|drug dealer|gang leader|man|inspector|"
    r"prosecutor|minister|senator|blogger|host|presenter|expert|adviser|advisor|lawmaker|legislator|ambassador|"
    r"envoy|diplomat|district governor|mp|member of parliament|"
    r"constable|ranger|warden|deputy police chief|police chief"
)
_CIVILIAN_RE = re.compile(rf"(?:{_CIVILIAN})", re.IGNORECASE)
_COMBATANT_RE = re.compile(rf"(?:{_COMBATANT})", re.IGNORECASE)
_COMBATANT_CUE = re.compile(
    r"\b(?:militia|militants?|rebels?|insurgents?|jihadists?|army|military|police|security|soldiers?|troops|"
    r"fighters?|taliban|isis|is|al-shabaab|boko haram|regime|paramilitary|armed)\b",
    re.IGNORECASE,
)
_CIVILIAN_CUE = re.compile(r"\b(?:civilians?|unarmed|innocent)\b", re.IGNORECASE)

_STOP = (
    "(?-i:"
    + _alternatives(  # words that end a noun phrase; lower case only: "3 IS militants"
        r"in|at|on|by|from|with|after|when|where|who|whom|whose|which|that|while|during|near|to|into|for|as|than|"
        r"since|and|or|but|nor|were|was|is|are|be|been|being|have|has|had|of|the|a|an|its|their|his|her|killed|died|"
        r"dead|injured|wounded|including|among|across|along|before|between|following|amid|both|all|reportedly|"
        r"allegedly|said|not|also|later|then|killing|injuring|wounding|leaving|left|more|other|others"
    )
    + ")"
)
_NONHUMAN = (
    "(?:"
    + _alternatives(
        r"livestock|cattle|cows?|goats?|sheep|camels?|donkeys?|animals?|dogs?|horses?|birds?|chickens?|head|houses?|"
        r"homes?|huts?|shops?|buildings?|vehicles?|cars?|trucks?|tanks?|rockets?|shells?|missiles?|mortars?|bombs?|"
        r"drones?|days?|hours?|minutes?|weeks?|months?|years?|times?|kilometres?|kilometers?|km|metres?|meters?|miles?|"
        r"percent|tons?|villages?|towns?|positions?|posts?|checkpoints?|bases?|sites?|targets?|rounds?|bullets?|"
        r"attacks?|events?|locations?|incidents?|airstrikes?|strikes?|raids?|jan(?:uary)?|feb(?:ruary)?|march|"
        r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mondays?|"
        r"tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|night|morning|evening|afternoon"
    )
    + ")"
)
_TOKEN = r"[\w'’()“”\"/-]+"
_MODS = rf"(?:(?!{_STOP}\b|\d+\b){_TOKEN}\s+){{0,6}}?"
_UNKNOWN_HEAD = (
    rf"(?!{_STOP}\b|{_NONHUMAN}\b|(?:martyrs?|casualties|fatalities|deaths|bodies)\b|(?-i:[a-z]+(?:ed|ing))\b)"
    r"[A-Za-z][\w'’-]*"
)
_OF_PHRASE = (
    r"(?:\s+(?:of|from|loyal\s+to|allied\s+(?:to|with)|affiliated\s+(?:to|with)|belonging\s+to)\s+"
    rf"(?:(?:the|a|an|his|her|their|its)\s+)?(?!{_STOP}\b){_TOKEN}(?:\s+(?!{_STOP}\b){_TOKEN}){{0,3}})"
)
# "5 members of the regime forces and militiamen loyal to them were killed": an uncounted group joined inside the
# of-phrase belongs to the same count
_OF_JOINED = (
    r"(?:\s+and\s+(?:(?:their|its|allied|loyalist|pro-government|pro-regime)\s+)?"
    r"(?:militiam[ae]n|militias?|gunm[ae]n|fighters|allies|loyalists|militants|members)"
    r"(?:\s+(?:loyal|allied)\s+to\s+(?:them|it|the\s+\w+))?(?![\w'’-]))"
)
_OF = rf"(?:{_OF_PHRASE}{_OF_JOINED}?)"
_QUANT = _alternatives(
    "at least|more than|over|nearly|almost|about|around|approximately|roughly|some|up to|as many as|between|"
    "no fewer than|no less than|fewer than|less than|an estimated|a total of|at most|close to|only|just|all|"
    "another|a further|further|a group of"
)
_NUMBER_WORDS = (
    "(?:"
    + _alternatives(
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    )
    + ")"
)
_VAGUE = _alternatives(*VAGUE)
_COUNT = (
    rf"[\"“'‘]?(?!(?:19|20)\d\d\b)(?:(?:{_VAGUE})(?!\s+(?:\d|{_NUMBER_WORDS}\b))|(?!(?:a|an)\b)(?:{NUMBER_PATTERN}))(?!:\d|/\d|\.\d|%|\w)"
    r"[\"”'’]?"
)


def _range(name: str) -> str:
    """ "5-7", "5 to 7", "5 or 6": the upper end in group ``name``."""
    return rf"(?:\s*(?:-|–|to|or)\s*(?!(?:19|20)\d\d\b)(?P<{name}>{NUMBER_PATTERN})(?!\w))"


def _bare(suffix: str) -> str:
    """A number with its quantifier and range, groups ``quant``, ``num``, ``high`` + ``suffix``."""
    return rf"(?:(?P<quant{suffix}>{_QUANT})\s+)?(?P<num{suffix}>{_COUNT}){_range('high' + suffix)}?"


_BOUNDARY = (
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|in|on|at|near|while|when|during|after|including|as|across|inside|outside|"
    r"according|from|with|before|since|dead|injured|wounded|killed|people|others|of\s+them|so\s+far|"
    r"overnight|yesterday|today)\b)"
)
_NAME = (
    "(?-i:(?!"
    + _alternatives(  # capitalised words that open a sentence, not a name
        "The|A|An|This|That|These|Those|He|She|It|They|We|On|In|At|By|For|From|With|After|Before|During|Around|"
        "Some|Several|Many|No|Both|All|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Police|Security|Army|"
        "Military|Government|Taliban|Local|Unknown|Unidentified|Militants|Soldiers|Gunmen|Assailants"
    )
    + r"\b)[A-Z][a-z][\w'’-]*(?:\s+(?:al|el|bin|ibn|abu|de|van|[A-Z][\w'’-]+))*)"
)
_APPOS_DESC = r"(?:\s*,\s+(?:(?:a|an|the)\s+|identified\s+as\s+)(?:[^,;.\n]|\.(?!\s)){1,100}?,)"
_APPOS_NAME = rf"(?:\s*,\s+{_NAME},)"
# "One US soldier, identified as Corporal J. Maciel, was killed": a name set off by commas
_APPOS_NAMED = r"(?:\s*,\s+(?:identified\s+as\s+|named\s+)?(?-i:[A-Z])[^,;()\n]{0,60}?,)"
_POSSESSIVE = r"(?:the|a|an|his|her|their|its)"


def _item(kind: str) -> str:
    """One victim item with named groups; ``kind`` "subject" allows unknown head nouns, "object" does not."""
    # "killed 4 SSPDF", "killed 12 Sudanese Misseriya": a group's name stands for its members
    named_group = rf"(?!{_NONHUMAN}\b)(?-i:[A-Z][A-Za-z]+)(?!\s+(?!{_STOP}\b)\w)"
    heads, singular = _HEADS, _SINGULAR
    head = rf"{heads}|(?P<unknown>{_UNKNOWN_HEAD})" if kind == "subject" else rf"{heads}|{named_group}"
    participle = (
        rf"(?:\s+(?:suspected|accused)\s+of\s+[^,.;]{{1,80}}?)?{_APPOS_NAMED}?" if kind == "subject" else ""
    )
    # a subject item ends at a separator or its verb, so its modifiers can be found shortest first; an object item
    # has no such end, so its modifiers are taken longest first ("one police official", not "one police")
    mods = _MODS if kind == "subject" else _MODS.removesuffix("?")
    counted_head = (
        rf"(?:\s+(?:of\s+)?(?:{_POSSESSIVE}\s+)?(?P<mods>{mods})(?P<head>{head})\b(?P<of>{_OF})?"
        rf"{participle})"
    )
    counted_tail = f"{counted_head}?" if kind == "subject" else f"(?:{counted_head}|{_BOUNDARY})"
    counted = (
        rf"(?:(?P<add>also|another|a\s+further|further)\s+)?(?:the\s+|(?P<family>(?:a|the)\s+family)\s+of\s+)?"
        rf"(?:(?P<quant>{_QUANT})\s+)?(?P<num>{_COUNT}){_range('high')}?"
        rf"(?:\s+(?P<more>more|other|additional)\b)?{counted_tail}"
    )
    single = (
        rf"(?P<det>a|an|the|one|another|this|that|his|her|their)\s+(?P<smods>{mods})"
        rf"(?P<shead>(?:{singular})(?:\s+and\s+(?:{singular}))?)\b(?P<sof>{_OF})?"
        rf"{_APPOS_NAMED if kind == 'subject' else _APPOS_NAME}?"
    )
    both = (
        rf"(?P<both>both|all\s+(?:two|three|four|five|\d+))\s+(?:of\s+)?(?:{_POSSESSIVE}\s+)?"
        rf"(?P<bmods>{mods})(?P<bhead>{heads})\b"
    )
    poss_head = r"[\w'’-]+" if kind == "subject" else f"{mods}(?:{heads})\\b"
    possessive = rf"(?P<poss>his|her|their)\s+{poss_head}"
    pronoun = (
        # "two herders were shot dead and a third was wounded": an ordinal or "another" stands for one more
        r"\b(?P<pron>he|she|him|(?:only\s+)?(?:himself|herself)|another|one\s+other|"
        r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth))\b"
        if kind == "subject"
        else rf"\b(?P<pron>him|another|(?:only\s+)?(?:himself|herself))\b{_BOUNDARY}"
    )
    name = rf"(?P<name>{_NAME})\b{_APPOS_DESC}?" + ("" if kind == "subject" else _BOUNDARY)
    return f"(?:{counted}|{single}|{both}|{possessive}|{pronoun}|{name})"


_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
_SUBSET_WORDS = r"(?:including|among\s+them|among\s+whom|of\s+whom|incl\.)"
_INCL_START = rf"\s*[,(–—-]?\s*{_SUBSET_WORDS}\s+"
# "750 people mostly women and children have been killed": a subset named without figures, skipped over
_INCL_LOOSE_RE = re.compile(
    r"\s*,?\s*\(?\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them)\s+"
    r"(?:(?!\b(?:were|was|killed|injured|wounded|died|dead)\b)[^.;:()]){1,80}?\s*\)?",
    re.IGNORECASE,
)
_CLOSE = r"(?:\s*\)|\s+[-–—](?=\s)|\s*[–—])"  # the end of a bracketed subset: ")", " - ", "—"
_CLOSE_RE = re.compile(_CLOSE)
# A subject list is read up to its verb, so each subject item must end where a separator, a subset or the verb
# starts (this picks "5 FC personnel" over "5 FC"); an object item ends where its exact victim noun ends.
_ITEM_RE = {
    "subject": re.compile(
        rf"{_item('subject')}(?={_SEP}|{_INCL_START}|{_INCL_LOOSE_RE.pattern}|{_CLOSE}|\s*,?\s*$)",
        re.IGNORECASE,
    ),
    "object": re.compile(_item("object"), re.IGNORECASE),
}
_SEP_RE = re.compile(_SEP, re.IGNORECASE)
_INCL_RE = re.compile(_INCL_START, re.IGNORECASE)
_ALONG_RE = re.compile(r"(?:\s+(?:in|during)\s+the\s+\w+)?\s+(?:along|together)\s+with\s+", re.IGNORECASE)
_WORD_START_RE = re.compile(r"(?<![\w'’-])[\w\"“'‘]")

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
_OBJECT_START = rf"(?:a|an|the|his|her|their|its|him|them|{_NUMBER_WORDS}|{_QUANT}|{_VAGUE}|\d+)\b"
_PREDICATE = (
    rf"(?P<pred>\s*,?\s+(?P<words>)(?P<aux>{_AUX}\s+)?(?:{_ADV}\s+){{0,3}}"
    rf"(?:{_PREVERB}(?:\s+by\s+[^,.;]{{1,40}}?)?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?)?"
    rf"(?P<outcome>{_KILLED}|{_INJURED})\b)(?(aux)|(?!\s+{_OBJECT_START}))"
    r"(?P<combo>\s+(?:and|&)\s+(?:injured|wounded|killed)\b)?"
    r"(?P<alt>(?:\s*,\s*(?:injured|wounded|killed|captured|arrested|abducted|kidnapped|detained))*"
    r"\s*,?\s+(?:or|and/or)\s+(?:injured|wounded|killed|captured|arrested|abducted|kidnapped|detained|missing))?"
)
_PREDICATE_RE = re.compile(_PREDICATE, re.IGNORECASE)
# "In addition to the bomber, 10 people were killed" (also written "In addition, to the bomber" and without "to")
_EXTRA_RE = re.compile(
    r"\bin\s+addition\s*,?\s+(?:to\s+)?(?P<extra>(?:the|a|an|two|three|\d+)\s[^,;.]{1,60}?)\s*,\s*$",
    re.IGNORECASE,
)
_OBJ_KILLED = (
    r"killing|killed|kills|kill|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|shooting\s+and\s+killing|"
    r"shoots\s+dead|gunned\s+down|gunning\s+down|executed|executing|executes|massacred|massacring|beheaded|"
    r"beheading|assassinated|assassinating|lynched|lynching|murdered|murdering|slaughtered|slaughtering|slew|"
    r"claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|took\s+the\s+lives\s+of|taking\s+the\s+lives\s+of|"
    r"fatally\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring)"
)
_OBJ_INJURED = (
    r"wounding|wounded|injuring|injured|injures|injure|wounds|wound|maiming|maimed|"
    r"shot\s+and\s+(?:wounded|injured)|shooting\s+and\s+(?:injuring|wounding)"
)
_OBJ_COMBINED = (
    r"(?:killing|killed|kills)\s+(?:and|or)\s+(?:injuring|wounding|injured|wounded)|"
    r"(?:injuring|wounding|injured|wounded)\s+(?:and|or)\s+(?:killing|killed)"
)
# cues: each ends where a victim list starts; the list parser reads the list from there
_OBJECT_RE = re.compile(
    rf"(?<!\bto\s)\b(?P<verb>{_OBJ_COMBINED}|{_OBJ_KILLED}|{_OBJ_INJURED})"
    r"(?:\s+and\s+(?!injur|wound|kill)[a-z]+ed)?\s+",  # "killed and crucified five civilians"
    re.IGNORECASE,
)
_TAIL_RE = re.compile(r"\s+(?P<tail>dead|injured|wounded)\b", re.IGNORECASE)
_TO_DEATH_RE = re.compile(
    r"\b(?:shot|stabbed|beat|beaten|tortured|burned|burnt|hacked|stoned|bludgeoned|clubbed|strangled)\s+",
    re.IGNORECASE,
)
_TO_DEATH_TAIL_RE = re.compile(r"\s+to\s+death\b", re.IGNORECASE)
_LEFT_RE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+", re.IGNORECASE)
_LEFT_TAIL_RE = re.compile(r"\s+(?P<tail>dead|killed|injured|wounded)\b", re.IGNORECASE)
_BODIES_RE = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\s+of\s+", re.IGNORECASE)
_BODY_COUNT_RE = re.compile(
    rf"\b(?P<count>(?:(?:{_QUANT})\s+)?{_COUNT}){_range('top')}?\s+(?:(?!{_STOP}\b){_TOKEN}\s+){{0,3}}?"
    r"(?:bodies|corpses)\b"
    r"|\b(?P<own>(?:his|her)\s+(?:[\w'’-]+\s+)?body)\b",
    re.IGNORECASE,
)
_RESULT_RE = re.compile(
    r"\b(?:result(?:ed|ing|s)?\s+in|led\s+to|leading\s+to|caus(?:ed|ing|es)|end(?:ed|ing)\s+in|and|"
    r"in\s+addition\s+to)\s+(?:the\s+)?"
    r"(?P<kind>deaths?|killings?|injur(?:y|ies|ing)|wounding)\s+(?:of|to)\s+",
    re.IGNORECASE,
)
_ANAPHOR_RE = re.compile(
    rf"\b(?:the|these|those|all\s+the|all\s+of\s+the)\s+(?P<head>(?:{_MODS})(?:{_HEADS}))\b{_PREDICATE}"
    rf"|\b(?P<verb>{_OBJ_KILLED}|{_OBJ_INJURED})\s+(?:all\s+of\s+)?them\b",
    re.IGNORECASE,
)
_CAPTURED_RE = re.compile(
    r"\b(?:abduct(?:ed|ing)|kidnapp?(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|detain(?:ed|ing)|"
    r"(?:took|taken|taking|held|holding)\s+hostage|took|abducted\s+and\s+killed)\s+",
    re.IGNORECASE,
)
_HIS_DEATH_RE = re.compile(
    r"\b(?:result(?:ed|ing|s)?\s+in|led\s+to|leading\s+to|caus(?:ed|ing|es))\s+(?P<pron>his|her)\s+death\b",
    re.IGNORECASE,
)
_COUNT_NOUN_RE = re.compile(
    rf"(?<![\w-]){_bare('')}\s+(?:(?!{_STOP}\b|{_NONHUMAN}\b){_TOKEN}\s+){{0,2}}?"
    r"(?P<kind>fatalit(?:y|ies)|deaths?|dead|injuries|injured|wounded|martyrs?"
    # "8 casualties and 20 injured": casualties set beside a separate count of the injured are the dead
    rf"|casualties(?=\s+and\s+(?:{NUMBER_PATTERN}|dozens|tens|scores|several|others?)\s+(?:\w+\s+){{0,2}}"
    r"(?:injur|wound|hurt)))\b",
    re.IGNORECASE,
)
_BARE_KILLED_RE = re.compile(
    rf"(?:^|(?<=[.;:,(\n])|(?<=\d\d\d\d\s)|\band)\s*{_bare('')}\s+(?P<kind>killed|martyred)\b"
    rf"(?!\s+(?!(?:(?:{_QUANT})\s+)?\d+\s+(?:\w+\s+)?(?:injured|wounded)\b){_OBJECT_START})",  # "4 killed over 43 injured"
    re.IGNORECASE | re.MULTILINE,
)
_TOLL_RE = re.compile(
    r"\b(?P<kind>death\s+toll|toll|fatalities|deaths|number\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed|"
    r"victims|fatalities)|injuries|wounded|dead)(?:\s+(?:from|in|of)\s+[^.;:\d]{1,60}?)?"
    r"\s+(?:(?:rose|risen|climbed|jumped|increased|reached|stood|"
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
    r"\bno\s+(?:reported\s+)?(?:casualties|deaths|fatalities)\s+(?:other\s+than|aside\s+from|apart\s+from|"
    r"besides|except(?:\s+for)?)\s+(?:the\s+deaths?\s+of\s+)?the\s+(?:(?P<num>two|three|four|five|\d+)\s+)?"
    r"(?:female\s+)?(?:suicide\s+)?(?:bomber|assailant|attacker|perpetrator)(?P<plural>s)?\b",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"(?:including|among\s+them|of\s+whom|among\s+the\s+(?:dead|victims|killed|wounded|injured)|"
    r"among\s+those\s+(?:killed|wounded|injured)|of\s+them|victims\s+included|dead\s+included)\s*,?\s*$",
    re.IGNORECASE,
)
_UNREAL = re.compile(  # "threatened to kill", "could kill", "failed to kill": no one was killed
    r"\b(?:to|could|would|might|may|can|will|shall|should|must|not|never|attempt(?:ed|ing)?\s+to|tried\s+to)\s+$",
    re.IGNORECASE,
)
_OBJECT_VERB_BEFORE = re.compile(rf"\b(?:{_OBJ_KILLED}|{_OBJ_INJURED})\s+$", re.IGNORECASE)
_SUBJECT_REACH = (
    300  # characters a victim list may stand before its verb (the longest in GTD and ACLED: ~220)
)
_NOT_VIOLENT = re.compile(
    r"\s+(?:of|from|due\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:corona\w*|covid[\w-]*|illness|disease|natural\s+causes|"
    r"heart\s+attack|cancer|old\s+age|virus|infection)"
    r"|\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:car|road|traffic)\s+(?:accident|crash)",
    re.IGNORECASE,
)
_NEGATED_OUTCOMES = {
    "casualties": (Outcome.KILLED, Outcome.INJURED),
    "losses": (Outcome.KILLED, Outcome.INJURED),
    "harmed": (Outcome.KILLED, Outcome.INJURED),
    "hurt": (Outcome.INJURED,),
    "injuries": (Outcome.INJURED,),
    "injured": (Outcome.INJURED,),
    "wounded": (Outcome.INJURED,),
}
_KEYWORDS = re.compile(
    r"kill|dead|die|death|injur|wound|hurt|casualt|fatal|slain|perish|execut|murder|behead|assassinat|massacr|"
    r"slaughter|lynch|bod(?:y|ies)|corpse|remains|lives|toll|maim|hospitali|gunned|slew|martyr",
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
    start: int = -1  # span of the item in the text, when it comes from a list
    end: int = -1


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
    figures = sorted(_candidates(text, sentences), key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[tuple[_Figure, int]] = []
    last_end = {Outcome.KILLED: -1, Outcome.INJURED: -1}
    for figure in figures:
        if figure.start < last_end[figure.outcome]:
            continue
        last_end[figure.outcome] = figure.end
        kept.append((figure, max(bisect.bisect_right(starts, figure.start) - 1, 0)))
    figures_kept = [
        (_marked_additional(text, f, starts[s] if starts else 0), s) for f, s in _without_side_reports(kept)
    ]
    mentions = [m for figure, sentence in figures_kept for m in _mentions(text, figure, sentence)]
    return tuple(_inherit_others(mentions))


_ADDITIONAL_OPENING = re.compile(r"\s*(?:in\s+addition|additionally|also)\s*,", re.IGNORECASE)


def _marked_additional(text: str, figure: _Figure, sentence_start: int) -> _Figure:
    """ "In addition, one security official was killed": the figure adds to the ones before."""
    if figure.negated or not _ADDITIONAL_OPENING.match(text, sentence_start, figure.start):
        return figure
    return replace(figure, parts=tuple(_additional(p) for p in figure.parts))


def _without_side_reports(figures: list[tuple[_Figure, int]]) -> list[tuple[_Figure, int]]:
    """ "5 NPA militants were killed. The military reported no casualties.": a "none reported" in another sentence
    than a figure speaks for one side, not the toll; it is dropped. Denials ("denied any deaths") are kept."""
    positive = {(f.outcome, sentence) for f, sentence in figures if not f.negated}
    return [
        (f, sentence)
        for f, sentence in figures
        if not (f.reported_none and any(o == f.outcome and s != sentence for o, s in positive))
    ]


def _candidates(text: str, sentences: Sequence[Sentence]) -> Iterator[_Figure]:
    """Every handler over every sentence where its gate word occurs (a cheap test that keeps long articles fast)."""
    spans = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    for gate, regex, handler in _HANDLERS:
        for start, end in spans:
            if gate.search(text, start, end):
                for match in regex.finditer(text, start, end):
                    yield from handler(text, match, start, end)


# --- handlers: (text, cue match, sentence start, sentence end) -> figures ------------------------------------------


def _subjects(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "N X were killed", "a man was shot to death", "Karimi and his son died": the list before the verb."""
    if match.group("alt") or (
        match.group("outcome").lower() in ("died", "dead") and _NOT_VIOLENT.match(text, match.end("outcome"))
    ):
        return
    found = _subject_before(text, max(start, match.start() - _SUBJECT_REACH), match)
    if found is None:
        return
    first, parts = found
    extra, first = _extra_before(text, first, start)
    if extra and _outcome(match.group("outcome")) == Outcome.INJURED:
        # "In addition to the bomber, 4 civilians were injured": the bomber died
        yield _Figure(start=first, end=parts[0].start, outcome=Outcome.KILLED, parts=extra)
        extra = ()
    along, stop = _list_after(text, _ALONG_RE.match(text, match.end(), end), end)
    parts = extra + parts + along
    if re.search(r"\balso\b", match.group("pred"), re.IGNORECASE):
        parts = tuple(
            _additional(p) for p in parts
        )  # "2 militants were also killed": on top of a figure before
    yield from _outcomes(
        first, max(match.end(), stop), match.group("outcome"), parts, combined=bool(match["combo"])
    )


def _subject_before(text: str, window: int, verb: re.Match[str]) -> tuple[int, tuple[_Part, ...]] | None:
    """The leftmost victim list that runs up to the verb, and where it starts."""
    verb_start = verb.start("words")  # after the comma and spaces the predicate may open with
    for word in _WORD_START_RE.finditer(text, window, verb_start):
        position = word.start()
        if _SUBSET_BEFORE.search(text[max(0, position - 30) : position]):
            continue
        items, stop = _scan(text, position, verb_start, "subject", subsets=True)
        gap = text[stop:verb_start]
        if items and (not gap.strip(" ,") or _INCL_LOOSE_RE.fullmatch(gap)):
            parts = _subject_parts(text, position, _tidy(text, items, "subject"), verb)
            return (parts[0].start, parts) if parts else None
    return None


def _subject_parts(
    text: str, position: int, parts: tuple[_Part, ...], verb: re.Match[str]
) -> tuple[_Part, ...]:
    if _OBJECT_VERB_BEFORE.search(text[max(0, position - 40) : position]):
        parts = parts[
            -1:
        ]  # "killed 3 soldiers and 2 civilians were wounded": only the last item is the subject
    aux = (verb.group("aux") or "").split()
    if parts and aux and aux[0].lower() in ("was", "has", "is"):
        return parts[:1]  # "One civilian, a shepherd, was killed": a singular verb has one victim
    if (
        len(parts) > 1
        and not parts[0].named
        and parts[1].after_comma
        and all(p.named for p in parts[1:])
        and sum(p.count for p in parts[1:]) == parts[0].count
    ):
        return parts[:1]  # "Two people, an employee and a teacher, were killed"
    return parts if _agrees(parts, verb.group("aux"), verb.group("outcome")) else ()


def _extra_before(text: str, first: int, start: int) -> tuple[tuple[_Part, ...], int]:
    """ "In addition to the bomber, six civilians were killed": the bomber counts too (GTD counts attackers)."""
    extra = _EXTRA_RE.search(text, max(start, first - 80), first)
    if extra is None:
        return (), first
    return _parse_list(text, extra.start("extra"), extra.end("extra"), "object"), extra.start()


def _objects(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "killing 3 soldiers", "wounding dozens", "shot and killed Halvorsen, the head of the board,"."""
    before = text[max(0, match.start() - 30) : match.start()]
    if _SUBSET_BEFORE.search(before) or _UNREAL.search(before):
        return
    parts, stop = _list_at(text, match.end(), end, "object")
    if not parts:
        return
    along, stop = _list_after(text, _ALONG_RE.match(text, stop, end), end, stop)
    tail = _TAIL_RE.match(text, stop, end)
    verb = " ".join(match.group("verb").lower().split())
    outcome = tail.group("tail") if tail else verb
    yield from _outcomes(
        match.start(),
        tail.end() if tail else stop,
        outcome,
        parts + along,
        combined=bool(re.match(_OBJ_COMBINED, verb, re.IGNORECASE)),
    )


def _to_death(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "shot two men to death"."""
    yield from _list_then(text, match, end, _TO_DEATH_TAIL_RE, "killed")


def _left(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "left 4 people dead", "leaving dozens wounded"."""
    yield from _list_then(text, match, end, _LEFT_TAIL_RE, None)


def _list_then(
    text: str, match: re.Match[str], end: int, tail_re: re.Pattern[str], word: str | None
) -> Iterator[_Figure]:
    parts, stop = _list_at(text, match.end(), end, "object")
    tail = tail_re.match(text, stop, end) if parts else None
    if tail is not None:
        yield from _outcomes(match.start(), tail.end(), word or tail.group("tail"), parts, combined=False)


def _bodies(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "the bodies of 6 soldiers"."""
    parts, stop = _list_at(text, match.end(), end, "object")
    yield from _outcomes(match.start(), stop, "killed", parts, combined=False)


def _body_counts(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "5 bodies were found", "his body was found"."""
    if match.group("count"):
        parts = _bare_parts(match.group("count"), None, None)
    else:
        parts = (_Part(count=1, high=None, victim=None, victim_class=VictimClass.UNKNOWN, named=True),)
    yield from _outcomes(match.start(), match.end(), "killed", parts, combined=False)


def _results(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "resulted in the death of a local farmer", "and the injuring of 3 others"."""
    if re.search(
        r"\b(?:accident|crash|collision|illness|disease)",
        text[max(0, match.start() - 40) : match.start()],
        re.IGNORECASE,
    ):
        return  # "a road accident that resulted in the death of ...": no violence
    parts, stop = _list_at(text, match.end(), end, "object")
    outcome = "injured" if match.group("kind").lower().startswith(("injur", "wound")) else "killed"
    yield from _outcomes(match.start(), stop, outcome, parts, combined=False)


def _anaphors(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "Assailants abducted three civilians. The victims were shot and killed.": the count is the captives'."""
    if match.group("head") and (match.group("alt") or match.group("combo")):
        return
    captures = list(_CAPTURED_RE.finditer(text, max(0, match.start() - 400), match.start()))
    if not captures:
        return
    parts, _ = _list_at(text, captures[-1].end(), match.start(), "object")
    head = (match.group("head") or "").lower().split()
    if (
        head
        and head[-1] not in _CAPTIVE_WORDS
        and not any(head[-1] in (p.victim or "").lower() for p in parts)
    ):
        return  # "the soldiers were killed" after "abducted 3 civilians": not the same people
    word = match.group("outcome") if match.group("head") else match.group("verb")
    yield from _outcomes(match.start(), match.end(), word, parts, combined=False)


_CAPTIVE_WORDS = {"victims", "hostages", "captives", "abductees", "detainees", "prisoners", "men", "people"}


def _his_death(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    part = _Part(count=1, high=None, victim=None, victim_class=VictimClass.UNKNOWN, named=True)
    yield _Figure(start=match.start(), end=match.end(), outcome=Outcome.KILLED, parts=(part,))


def _count_nouns(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "3 fatalities", "6 rebel fatalities", "1 killed, 7 injured", "4 martyrs"."""
    if _SUBSET_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return
    parts = _bare_parts(match.group("num"), match.group("high"), match.group("quant"))
    yield from _outcomes(match.start(), match.end(), match.group("kind"), parts, combined=False)


def _tolls(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "the death toll rose to 12"."""
    parts = _bare_parts(match.group("num"), match.group("high"), match.group("quant"))
    yield from _outcomes(match.start(), match.end(), match.group("kind"), parts, combined=False)


def _uncounted(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "incurring fatalities", "with fatalities and injuries on both sides": some, number unknown (ACLED's 10)."""
    if re.search(
        r"\b(?:whether|if|unclear|not\s+clear|unknown|no)\s+(?:\w+\s+){0,2}$",
        text[max(0, match.start() - 30) : match.start()],
        re.IGNORECASE,
    ):
        return  # "it is not clear whether there were fatalities"
    vague = (match.group("vague") or "").lower()
    count = VAGUE.get(" ".join(vague.split()), UNKNOWN_SOME)
    part = _Part(
        count=count, high=None, victim=None, victim_class=VictimClass.UNKNOWN, quantifier=vague or "unknown"
    )
    outcome = Outcome.INJURED if match.group("kind").lower() == "injuries" else Outcome.KILLED
    yield _Figure(start=match.start(), end=match.end(), outcome=outcome, parts=(part,))


def _negations(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "denied any deaths", "no casualties were reported"; not "no casualties on the government side"."""
    if match.group("scope") or re.search(r"\bno\s+(?:other|further|additional)\b", match.group(0), re.I):
        return  # "no casualties on the government side", "no other casualties": not a denial of the toll
    words = {(match.group(k) or "").lower() for k in ("k1", "k2", "k2b", "k3", "k4", "k5")} - {""}
    outcomes = {o for w in words for o in _NEGATED_OUTCOMES.get(w, (Outcome.KILLED,))}
    for outcome in (o for o in (Outcome.KILLED, Outcome.INJURED) if o in outcomes):
        part = _Part(count=0, high=None, victim=None, victim_class=VictimClass.UNKNOWN)
        yield _Figure(
            start=match.start(),
            end=match.end(),
            outcome=outcome,
            parts=(part,),
            negated=True,
            reported_none=match.group("k1") is None,
        )


def _other_than(text: str, match: re.Match[str], start: int, end: int) -> Iterator[_Figure]:
    """ "no casualties other than the bomber", "no deaths apart from the three raiders": the attackers
    died (GTD counts perpetrators among the dead). Attackers in the plural with no number give no figure."""
    count = parse_number(match.group("num")) if match.group("num") else None if match.group("plural") else 1
    if count is None:
        return
    part = _Part(count=count, high=None, victim="assailant", victim_class=VictimClass.COMBATANT, named=True)
    yield _Figure(start=match.start(), end=match.end(), outcome=Outcome.KILLED, parts=(part,))


_Handler = Callable[[str, re.Match[str], int, int], Iterator[_Figure]]


def _gate(words: str) -> re.Pattern[str]:
    return re.compile(words, re.IGNORECASE)


# (gate, cue, handler): a handler runs over a sentence only when its gate word occurs there.
_HANDLERS: tuple[tuple[re.Pattern[str], re.Pattern[str], _Handler], ...] = (
    (_KEYWORDS, _PREDICATE_RE, _subjects),
    (_KEYWORDS, _OBJECT_RE, _objects),
    (_gate(r"to\s+death"), _TO_DEATH_RE, _to_death),
    (_gate(r"\ble(?:ft|av)"), _LEFT_RE, _left),
    (_gate(r"bod(?:y|ies)|corpse|remains"), _BODIES_RE, _bodies),
    (_gate(r"bod(?:y|ies)|corpse"), _BODY_COUNT_RE, _body_counts),
    (_gate(r"death|killing|injur|wounding"), _RESULT_RE, _results),
    (_gate(r"death"), _HIS_DEATH_RE, _his_death),
    (_KEYWORDS, _ANAPHOR_RE, _anaphors),
    (_gate(r"fatalit|death|dead|injur|wound|martyr"), _COUNT_NOUN_RE, _count_nouns),
    (_gate(r"killed|martyred"), _BARE_KILLED_RE, _count_nouns),
    (_gate(r"toll|fatalit|deaths|number|injuries|wounded|dead"), _TOLL_RE, _tolls),
    (_gate(r"fatalities|deaths|injuries"), _UNCOUNTED_RE, _uncounted),
    (
        _gate(r"casualt|death|fatalit|injur|loss|\bone\b|nobody|none|harm|hurt|kill|wound"),
        _NEGATION_RE,
        _negations,
    ),
    (_gate(r"other\s+than|aside\s+from|apart\s+from|besides|except"), _OTHER_THAN_RE, _other_than),
)


# --- list parsing ------------------------------------------------------------------------------------------------


def _parse_list(text: str, start: int, end: int, kind: str) -> tuple[_Part, ...]:
    """The items of a victim list between ``start`` and ``end``."""
    return _list_at(text, start, end, kind)[0]


def _list_at(text: str, start: int, end: int, kind: str) -> tuple[tuple[_Part, ...], int]:
    """The victim list that starts at ``start`` (subsets resolved), and where it stops."""
    items, stop = _scan(text, start, end, kind, subsets=True)
    parts = _tidy(text, items, kind)
    return parts, (max(p.end for p in parts) if parts and len(parts) < len(items) else stop)


def _list_after(
    text: str, cue: re.Match[str] | None, end: int, stop: int = -1
) -> tuple[tuple[_Part, ...], int]:
    """The list after an optional cue ("along with ..."); ``stop`` is returned unchanged when there is none."""
    if cue is None:
        return (), stop
    parts, after = _list_at(text, cue.end(), end, "object")
    return (parts, after) if parts else ((), stop)


def _tidy(text: str, items: list[_Part], kind: str) -> tuple[_Part, ...]:
    """Commas join items only in a list that has an "and" ("A, B and C"); without one, a comma ends the list
    ("the death of the assailant, two soldiers were injured"): a subject is the item next to its verb, an object
    the item next to its verb. "between 5 and 7 people" is one item with a range."""
    commas = [i for i, p in enumerate(items) if p.after_comma]
    if commas and not re.search(
        r"\band\b|\bas\s+well\s+as\b", text[items[0].start : items[-1].end], re.IGNORECASE
    ):
        items = items[commas[-1] :] if kind == "subject" else items[: commas[0]]
    return _between(items)


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
            members, after = _scan(text, subset.end(), end, "object", subsets=False)
            if members:  # an unreadable subset ("including prominent leaders") is left to the caller
                closed = bool(_CLOSE_RE.match(text, after)) or text[after : after + 2].lstrip().startswith(
                    ","
                )
                extra, stop = _beyond_subset(part, members, closed=closed), _after_bracket(text, after, end)
        separator = _SEP_RE.match(text, stop, end)
        if part is not None and not (
            match.groupdict().get("name") and separator and "and" not in separator[0]
        ):
            # "In Rio Branco, a man": a name before a comma is no victim
            parts.append(replace(part, after_comma=comma, start=match.start(), end=match.end()))
        parts.extend(extra)
        if separator is None or separator.end() == stop:
            break
        position, comma = separator.end(), "and" not in separator[0].lower() and "," in separator[0]
    return parts, stop


def _after_bracket(text: str, position: int, end: int) -> int:
    bracket = _CLOSE_RE.match(text, position, end)
    return position + bracket.end() if bracket else position


def _beyond_subset(parent: _Part, members: list[_Part], *, closed: bool) -> list[_Part]:
    """ "N X, including A and B": A and B belong to N when they add up to it (or close a parenthesis around
    several); otherwise only A does and B is a further group ("21 militants including 2 commanders and 4
    soldiers": 25)."""
    total = sum(m.count for m in members)
    if not members or total == parent.count or (closed and len(members) > 1 and total <= parent.count):
        return []
    return members[1:]


def _between(parts: list[_Part]) -> tuple[_Part, ...]:
    """ "between 5 and 7 people" is one item with a range, not two items."""
    if len(parts) >= 2 and parts[0].quantifier == "between" and parts[0].victim is None:
        first, second = parts[0], parts[1]
        merged = replace(
            second,
            count=first.count,
            high=second.count if second.count > first.count else None,
            quantifier="between",
            start=first.start,
        )
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
        return _Part(
            count=count,
            high=None,
            victim=victim,
            victim_class=_class_of(groups["bhead"], groups["bmods"] or ""),
        )
    if not any(groups.get(g) for g in ("shead", "poss", "pron", "name")):
        return None
    if groups.get("name"):
        return _Part(count=1, high=None, victim=victim, victim_class=_described_class(victim), named=True)
    head = groups["shead"] or victim
    return _Part(
        count=1, high=None, victim=victim, victim_class=_class_of(head, groups["smods"] or ""), named=True
    )


_HEAD_RE = re.compile(rf"\b(?:{_HEADS})\b", re.IGNORECASE)


def _described_class(named: str) -> VictimClass:
    """ "Nasiri, a former mayor": a name takes the class its apposition gives."""
    heads = list(_HEAD_RE.finditer(named))
    if not heads:
        return VictimClass.UNKNOWN
    return _class_of(heads[-1].group(0), named[: heads[-1].start()])


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
    return _Part(
        count=count,
        high=high if high is not None and high > count else None,
        victim=match.group(0).strip(" ,") if head else None,
        victim_class=victim_class,
        quantifier=quantifier,
    )


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
    return (
        _Part(
            count=count,
            high=high if high is not None and high > count else None,
            victim=None,
            victim_class=VictimClass.UNKNOWN,
            quantifier=_quantifier_of(groups, normal),
        ),
    )


def _additional(part: _Part) -> _Part:
    return replace(part, quantifier="another")


def _agrees(parts: tuple[_Part, ...], aux: str | None, outcome: str) -> bool:
    """A lone name or pronoun needs a singular passive or an intransitive verb ("Rahmani was killed", "the man
    died"; not "Taliban were killed" nor "Russia killed")."""
    if len(parts) != 1 or not parts[0].named:
        return True
    if aux is None:
        return bool(_INTRANSITIVE.match(outcome))
    return aux.split()[0].lower() in ("was", "has", "had", "got", "is")


_INTRANSITIVE = re.compile(r"died|perished|lost|succumbed|dead", re.IGNORECASE)


def _outcomes(
    start: int, end: int, word: str, parts: tuple[_Part, ...], *, combined: bool
) -> Iterator[_Figure]:
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


# "two opposition party members", "ruling party supporters": members of a political party are civilians
_PARTY_MEMBER = re.compile(r"members?|supporters?|activists?|workers?|cadres?", re.IGNORECASE)
_PARTY_CUE = re.compile(r"\b(?:party|parties|opposition|political)$", re.IGNORECASE)


# "a former military officer", "two retired policemen", "an ex-soldier": no longer under arms, civilians
_FORMER = re.compile(r"\b(?:former|retired|ex-|demobili[sz]ed)", re.IGNORECASE)


def _class_of(head: str, mods: str) -> VictimClass:
    if _PARTY_MEMBER.fullmatch(head.strip()) and _PARTY_CUE.search(mods.strip()):
        return VictimClass.CIVILIAN
    if _FORMER.search(mods) and _COMBATANT_RE.fullmatch(head.strip()):
        return VictimClass.CIVILIAN
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
    # "three guards and an unknown number of the raiders were wounded": beside a figure, a number the report says
    # it does not know adds nothing (ACLED's 10 stands for an unknown toll on its own; GTD counts the known)
    precise = any(p.quantifier not in UNKNOWN_NUMBERS for group in groups.values() for p in group)
    for victim_class, parts in groups.items():
        counted = [p for p in parts if not (precise and p.quantifier in UNKNOWN_NUMBERS)]
        if not counted:
            continue
        count = sum(p.count for p in counted)
        high = sum(p.high or p.count for p in counted) if any(p.high for p in counted) else None
        victims = [p.victim for p in counted if p.victim]
        yield CasualtyMention(
            start=figure.start,
            end=figure.end,
            text=text[figure.start : figure.end],
            sentence=sentence,
            extractor=EXTRACTOR,
            outcome=figure.outcome,
            count=count,
            high=high,
            quantifier=next((p.quantifier for p in counted if p.quantifier), None)
            or ("at least" if len(counted) < len(parts) else None),
            victim=", ".join(victims) if victims else None,
            victim_class=victim_class,
            negated=figure.negated,
        )


def _resolved_classes(parts: tuple[_Part, ...]) -> tuple[_Part, ...]:
    """In a list, items of no known class take the list's class when it has exactly one."""
    known = {p.victim_class for p in parts} - {VictimClass.UNKNOWN}
    if len(known) != 1 or len(parts) < 2:
        return parts
    (only,) = known
    return tuple(replace(p, victim_class=only) for p in parts)


def _inherit_others(mentions: list[CasualtyMention]) -> Iterator[CasualtyMention]:
    """ "5 civilians were killed and 15 others injured": "others" takes the class of the figure before it."""
    previous: CasualtyMention | None = None
    for mention in mentions:
        if (
            previous is not None
            and previous.sentence == mention.sentence
            and mention.victim
            and re.search(r"\bothers?\b", mention.victim.split(",")[-1], re.IGNORECASE)
            and mention.victim_class == VictimClass.UNKNOWN
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


__all__ = ["EXTRACTOR", "find_casualty_mentions"]
