"""Event triggers: words and phrases that signal an event, each tied to an ACLED sub-event type.

The lexicon is a table of (sub-event type, weight, pattern). A higher weight wins when one sentence holds
several triggers: a specific signal ("suicide bomber") beats a general one ("attack"). Weights are ordinal and were
set by reading the codebook's precedence (a specific weapon over a general verb, a clash over the shelling that
accompanies it), not fitted to evaluation data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from flashpoint.documents.model import Sentence
from flashpoint.events.ontology import SubEventType, event_type_of
from flashpoint.mentions.model import TriggerMention
from flashpoint.mentions.places import CONNECTORS, DIRECTIONS, FACILITY_WORDS, MONTHS_AND_DAYS, UNIT_WORDS

EXTRACTOR = "triggers.lexicon"
RECIPROCAL_FIRE = "reciprocal fire"
CROWD_VIOLENCE = "crowd violence"
DRUG_SEIZURE = "drug seizure"
DECISIVE_LEMMAS = frozenset({RECIPROCAL_FIRE, CROWD_VIOLENCE, DRUG_SEIZURE})
"""The lemmas of triggers that settle the type by themselves: no classifier overrides them."""
S = SubEventType


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerRule:
    sub_event_type: SubEventType
    weight: int
    pattern: re.Pattern[str]
    lemma: str
    after: re.Pattern[str] | None = None  # fires only within AFTER_WINDOW characters after a match of this


AFTER_WINDOW = 80


# Food or aid handed out: an armed group's change of activity (the "aid handout" rule below needs the giver);
# anyone else's handout is no event, and the classifier's fallback must not make one of it.
AID_HANDOUT_PATTERN = (
    r"(?:delivered|delivering|distributed|distributing|handed out|handing out|gave out|giving out)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:food|aid|groceries|supplies|food packages|parcels|boxes|face masks|rations)"
)
AID_HANDOUT = re.compile(rf"\b{AID_HANDOUT_PATTERN}\b", re.IGNORECASE)


def _rule(
    sub: SubEventType, weight: int, lemma: str, pattern: str, *, after: str | None = None
) -> TriggerRule:
    return TriggerRule(
        sub_event_type=sub,
        weight=weight,
        lemma=lemma,
        pattern=re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE),
        after=re.compile(rf"\b(?:{after})\b", re.IGNORECASE) if after else None,
    )


_DRUGS = r"(?:marijuana|marihuana|cannabis|hashish|cocaine|heroin|methamphetamine|drugs|narcotics|contraband)"
# Bombs dropped from the air ("barrel bomb attack", "aerial bombs") are air strikes, not planted devices.
_NOT_DROPPED = r"(?<!barrel )(?<!aerial )(?<!cluster )"

RULES: tuple[TriggerRule, ...] = (
    _rule(
        S.SUICIDE_BOMB,
        90,
        "suicide bombing",
        r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car bomb(?:ing)?|vest|truck bomb|blast|VBIED)"
        r"|bl(?:ew|ows?) (?:him|her|them)sel(?:f|ves) up|detonated (?:his|her|their|an?) (?:explosive )?(?:vest|belt)"
        r"|self-detonat\w*",
    ),
    _rule(
        S.CHEMICAL_WEAPON,
        88,
        "chemical attack",
        r"chemical (?:weapons? )?(?:attack|strike|agents?|munitions?)|chlorine (?:gas|attack|barrels?)|sarin|"
        r"mustard gas|toxic gas(?:es)?|poison(?:ous)? gas|nerve agent",
    ),
    _rule(
        S.REMOTE_EXPLOSIVE,
        80,
        "explosive device",
        r"IEDs?|improvised explosive devices?|remote(?:ly detonated)? explosives?(?: attacks?)?|roadside bombs?|car bombs?|bomb-laden (?:car|vehicle|motorcycle)|"
        r"(?:car|vehicle|motorcycle|motorbike)[- ]borne (?:IED|bomb)s?|VBIEDs?|landmines?|land mines?|"
        r"(?:anti-(?:tank|personnel) )?mines? (?:exploded|explosion|blast)|(?:stepped|drove) on an? (?:land)?mine|"
        r"explosive devices?|sticky bombs?|magnetic bombs?|booby[- ]trap(?:ped|s)?|unexploded ordnance|UXO|"
        rf"{_NOT_DROPPED}bomb (?:exploded|explosion|blast|went off|attack)|explosion|exploded|blast|"
        r"detonat(?:ed|ion)|bombs? (?:planted|placed|hidden|attached)|planted (?:an? )?(?:bomb|explosive)|"
        rf"{_NOT_DROPPED}bombings?(?! raids?| campaigns?| sorties)|{_NOT_DROPPED}bombs?",
    ),
    _rule(
        S.AIR_DRONE_STRIKE,
        78,
        "air strike",
        r"air ?strikes?|air[- ]raids?|airstrikes?|aerial (?:bombardment|attacks?|strikes?)|warplanes?|war planes?|"
        r"fighter jets?|jets? (?:[\w-]+ ){0,5}?(?:struck|bombed|hit|targeted|pound(?:s|ed)?)|"
        r"helicopters? (?:dropped|fired|struck|gunship)|"
        r"helicopter gunships?|barrel bombs?|explosive barrels?|drone (?:strikes?|attacks?)|"
        r"(?:armed|kamikaze|suicide|attack) drones?|"
        r"drones? (?:struck|hit|targeted|attacked|dropped)|bombed by (?:aircraft|planes|jets)|air force|"
        r"unmanned aerial vehicles?|UAVs?|UAV strikes?|loitering munitions?|Shahed|bombing raids?|drones?|"
        r"aerial bomb(?:s|ing|ings)?|bombing (?:campaigns?|sorties)|(?:jet|warplane|plane|aircraft|helicopter|coalition) strikes?|"
        r"strikes? (?:carried out )?by (?:[\w-]+ ){0,3}(?:jets|warplanes|planes|aircraft|helicopters|drones|coalition)|"
        # "strikes kill 30": only weapons kill; a missile or rocket strike is caught by the shelling rule first
        r"(?<!missile )(?<!rocket )strikes (?:kill(?:ed|s)?)",
    ),
    _rule(
        S.GOVERNMENT_REGAINS_TERRITORY,
        76,
        "regained control",
        r"(?:regain(?:ed|s)?|recapture[sd]?|retook|retakes?|re-took|liberate[sd]?|restor(?:ed|es)) "
        r"(?:full )?(?:control|territory|(?:the|an) (?:town|village|city|area|district|hill|base)|[A-Z]\w+)",
    ),
    _rule(
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        74,
        "seized control",
        r"(?:seize[sd]?|capture[sd]?|t[ao]kes?|took|taken|overran|overrun|stormed and captured) (?:full )?(?:control (?:of|on|over)|over|the "
        r"(?:town|village|city|district|base|area|border crossing|checkpoint))|took over (?:the )?"
        r"(?:town|village|city|district|base)|fell to|"
        # headlines: "the factions control 5 villages", "SDF control more areas"
        r"(?:controls?|captur(?:es?|ed)|seiz(?:es?|ed)) (?:\d+|two|three|four|five|several|more|new|the first|parts of) (?:new )?(?:villages?|towns?|"
        r"hills?|areas?|neighbou?rhoods?|positions)",
    ),
    # Fire both ways is a clash whatever the weapons (the codebook: an exchange between armed parties).
    _rule(
        S.ARMED_CLASH,
        72,
        RECIPROCAL_FIRE,
        # "fire in both directions" (the OSCE's wording), not a road "blocked in both directions"
        r"(?:fire|firing|shots|projectiles|explosions|shelling|bursts|mortars|weapons)\b[^.;]{0,80}?\bin both directions|"
        r"in both directions of the (?:front ?line|contact line|line of contact)|exchang(?:ed|ing|es?)\s+(?:of\s+)?(?:heavy\s+|artillery\s+|mortar\s+|rocket\s+|gun\s*)?"
        r"(?:fire|artillery|shelling|mortars|rockets|gunfire|shots)\s+with|traded\s+(?:\w+\s+)?fire|mutual shelling|"
        r"shoot-?outs?|exchanges? of fire|fired back|responded to (?:[\w-]+ ){0,2}(?:shelling|attacks?|fire|gunfire)|"
        # the attacked side shot back: "responded with heavy firing", "opened gunfire in response"
        r"(?:responded|reacted|retaliated) with (?:heavy |intense |sustained )?(?:gun)?fir(?:e|ing)|"
        r"(?:opened|returned) (?:gun)?fire in response|(?:the )?(?:two|both) sides engaged in",
    ),
    _rule(
        S.ARMED_CLASH,
        70,
        "clash",
        r"clash(?:es|ed|ing)?|fighting|fought|firefights?|gunfights?|gun battles?|battle[sd]?|skirmish(?:es|ed)?|"
        r"exchanges? of fire|exchang(?:ed|ing) (?:\w+ )?fire|small arms|"
        r"(?:responded to|returned) (?:the )?fire|ambush(?:ed|es)?|repelled|repulsed|engaged|offensive|counter-?attack(?:s|ed)?|"
        r"infiltration attempt|advanc(?:e|es|ed) (?:over|against|on|into)|attacked (?:an? |the )?(?:military |army |police )?(?:positions?|posts?|checkpoints?|"
        r"bases?|outposts?|convoys?|barracks|patrols?)|assault(?:ed)? on",
    ),
    _rule(
        S.SHELLING,
        66,
        "shelling",
        r"shell(?:ing|ed|s)?|artillery|mortars?|rocket (?:fire|attacks?|strikes?)|rockets?|"
        r"missile (?:strikes?|attacks?)|missiles?|Grad|Katyusha|MLRS|multiple rocket launchers?|bombard(?:ed|ment)|"
        r"howitzers?|ballistic|projectiles?|Iskander|HIMARS|cluster munitions?|tank fire|RPGs?|"
        # heavy weapons fired one way from a distance: a clash only when fire is returned (a clash trigger wins)
        r"grenade launchers?|(?:heavy )?machine[- ]?guns?|anti-aircraft (?:guns?|cannons?)|ZU-23|"
        # guided anti-tank missiles: missile attacks in the codebook, whatever they hit
        r"ATGMs?|anti-tank (?:guided )?missiles?|Kornet|TOW missiles?|Konkurs",
    ),
    _rule(S.GRENADE, 64, "grenade", r"(?:hand )?grenades?"),
    _rule(
        S.SEXUAL_VIOLENCE,
        62,
        "sexual violence",
        r"rap(?:ed|e|es|ing)|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse(?:d)?)|gang-raped",
    ),
    _rule(
        S.ABDUCTION,
        60,
        "abduction",
        r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|held hostage|hostages?|"
        r"forcibly disappeared|enforced disappearance|went missing after",
    ),
    _rule(
        S.EXCESSIVE_FORCE,
        58,
        "opened fire on protesters",
        r"(?:opened fire|fired live (?:ammunition|rounds)|live (?:ammunition|fire|bullets)|shot(?: dead)?|killed)"
        r" (?:on |at )?(?:the )?(?:peaceful )?(?:protesters|demonstrators|crowd)",
    ),
    _rule(
        S.PROTEST_WITH_INTERVENTION,
        56,
        "dispersed protesters",
        r"dispersed|tear ?gas|water cannons?|rubber bullets|(?:arrested|detained) (?:\w+ )?(?:protesters|"
        r"demonstrators|activists)|broke up (?:the )?(?:protest|demonstration|rally)",
    ),
    _rule(
        S.VIOLENT_DEMONSTRATION,
        55,
        "riot",
        r"riot(?:s|ed|ers|ing)?|(?:threw|throwing|hurled|pelted) (?:stones|rocks|petrol bombs|molotov)|"
        r"burn(?:ed|t|ing) (?:rubber |old )?(?:tyres|tires|objects|debris|garbage|trash)|barricades|barricaded|"
        r"(?:attacked|pelted|hit) (?:[\w-]+ ){0,4}?with (?:stones|rocks|bricks|bottles|molotov cocktails)|"
        r"(?:lit|lighting|set fire to|torched) (?:rubber |old )?(?:tyres|tires)|"
        r"violent (?:protest|demonstration)s?|"
        r"(?:stormed|ransacked|vandali[sz]ed|attacked) (?:a |the )?(?:police station|office|headquarters)",
    ),
    # "a suspected thief was beaten up by locals": a crowd's violence, whatever a classifier says
    _rule(
        S.MOB_VIOLENCE,
        56,
        CROWD_VIOLENCE,
        r"(?:beaten|beaten up|thrashed|assaulted|attacked|lynched|stoned) by (?:a |an )?(?:group of )?(?:angry )?"
        r"(?:locals|local residents|residents|villagers|mobs?|crowds?|people|inhabitants|community members|"
        r"neighbou?rs|relatives|family members)|"
        # a lynching is a crowd's killing by definition, whoever the victim was
        r"lynch(?:ed|ing|ings)",
    ),
    _rule(
        S.MOB_VIOLENCE,
        54,
        "mob violence",
        r"mob|lynch|vigilantes?|angry (?:crowd|residents|villagers)|beat(?:en)? to death|scuffles?|brawls?",
    ),
    _rule(
        S.PEACEFUL_PROTEST,
        50,
        "protest",
        r"protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ed|ors|ing)|rall(?:y|ies|ied)|sit-ins?|"
        # South Asia's sit-in and encirclement protests
        r"dharnas?|gheraos?|gherao(?:ed)?|"
        # "held a solidarity stand": the Arabic-language press's word (waqfa) for a short protest
        r"(?:held|holding|staged|organi[sz]ed|organi[sz]ing) (?:a |an )?(?:\w+ )?stand\b|"
        r"vigils?|(?-i:marched|march(?:es)?)|denounc(?:ing|ed)|demanding|to demand|in protest|"
        r"blocked (?:the |a )?(?:\w+ )?(?:road|roads|highway|street|streets|RN \d+|route|entrance)|went on strike|general strike|strike action|picket(?:ed|s)?|boycott(?:ed)?",
    ),
    _rule(
        S.ATTACK,
        48,
        "attack on civilians",
        r"massacre(?:d|s)?|execut(?:e|ed|es|ion|ions)|stoned to death|stones? (?:\w+ ){1,3}to death|murder(?:ed|s)?|shot dead|gunned down|stabbed|behead(?:ed|s|ing)?|"
        r"hacked to death|"
        r"claim(?:s|ed|ing)? the li(?:fe|ves) of|"
        r"killed|killing|kills?|left (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) "
        r"(?:[\w-]+ ){0,3}dead|assassinat(?:es|ed|ing|ion)|(?<!to )assassinate|shot|shoots|opened fired?|gunmen|attack(?:ed|s|ing)?|raid(?:ed|s)?|"
        r"torture(?:d)?|beat(?:en|ing)?|burned alive|whipped|flogged|assault(?:ed|ing)|drive-by shootings?|"
        r"fired (?:\w+ ){0,6}?(?:on|at|upon) (?:the )?(?:positions?|posts?|soldiers|troops|police|villagers|"
        r"civilians|residents|residential|houses|homes|neighbou?rhoods|a |an |the )",
    ),
    _rule(
        S.AGREEMENT,
        46,
        "agreement",
        r"(?:signed|reached|agreed|concluded|brokered|struck|announced) (?:an? |the )?(?:\w+ ){0,3}"
        r"(?:agreement|deal|ceasefire|cease-fire|truce|accord|pact|memorandum)|prisoner (?:exchange|swap)|"
        r"exchanged (?:prisoners|bodies|detainees)|agreed (?:to|on) a|peace (?:deal|agreement) (?:was )?signed",
    ),
    # a drug haul or a drug lab taken apart is the codebook's seizure of property, whoever was arrested with it
    _rule(
        S.LOOTING,
        45,
        DRUG_SEIZURE,
        r"(?:seized|discovered) (?:[^.;]{0,60}? )?(?:tons?|tonnes?|kilos?|kilograms?|bales|packages) of "
        rf"(?:[\w-]+ ){{0,2}}{_DRUGS}|"
        rf"seized (?:the |their |large |a large amount of )?{_DRUGS}|"
        r"(?:dismantled|discovered|raided|destroyed) (?:an? |the )?(?:[\w-]+ ){0,2}(?:drug|cocaine|marijuana|"
        r"methamphetamine|meth) (?:lab|laboratory|processing lab)s?",
    ),
    _rule(
        S.ARRESTS,
        44,
        "arrest",
        r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed)?|taken into custody|rounded up|"
        r"arrest campaign|raid(?:ed)? .{0,30}arrest",
    ),
    _rule(
        S.DISRUPTED_WEAPONS_USE,
        42,
        "disrupted weapons",
        r"defus(?:ed|ing)|dismantl(?:ed|ing) (?:an? )?(?:IED|bomb|explosive)|intercept(?:ed|ion)|shot down|"
        r"seized (?:a |an )?(?:large )?(?:weapons?|arms|ammunition|explosives?)|weapons? cache|arms cache|"
        # "seized rifles and ammunition, mortar rounds among them": a cache found, not shelling
        r"(?:recovered|seized|confiscated|unearthed) (?:an? |the )?(?:huge |large |big )?(?:(?:quantity|quantities|"
        r"cache|haul|stockpile|amount) of )?(?:illegal |illicit )?(?:arms|weapons|ammunition|explosives|firearms|"
        r"war-like stores)|"
        r"foiled|thwarted|safely detonated|controlled explosion|bomb disposal",
    ),
    _rule(
        S.HEADQUARTERS_ESTABLISHED,
        40,
        "base established",
        r"(?:established|set up|setting up|built|opened) (?:an? |a new |new )?(?:military )?(?:base|headquarters|"
        r"checkpoint|outpost|position|camp|training camp)s?|"
        r"(?:turned|transformed|converted|transform|turn|convert) (?:\w+ ){0,5}into (?:an? )?(?:military )?"
        r"(?:barracks|bases?|headquarters|outposts?)",
    ),
    _rule(
        S.LOOTING,
        38,
        "looting",
        r"loot(?:ed|ing|s)?|pillag(?:ed|ing)|ransack(?:ed|ing)|torch(?:ed|ing)|set (?:on )?fire to|"
        r"(?:was|were) set (?:on )?fire|set ablaze|burn(?:ed|t) down|"
        r"burn(?:ed|t) (?:down )?(?:\w+ )?(?:houses|homes|shops|crops|property|vehicles|huts|market)|"
        r"destroyed (?:\w+ )?(?:houses|homes|shops|crops|property)|demolish(?:ed|ing)|vandali[sz](?:ed|ing)|"
        r"confiscat(?:ed|ion)|seized (?:land|property|houses|homes|livestock|cattle)|stole|rustl(?:ed|ing)|"
        r"seized (?:the |their |large |a large amount of )?(?:phones|money|cash|goods|fuel)|"
        # "seized a GATIA vehicle", "stole their motorbikes": property taken by force
        r"(?:seized|stole|snatched|carjacked) (?:an? |the |their |his |her |its |\w+ )?(?:[\w-]+ )?"
        r"(?:vehicles?|cars?|trucks?|pick-?ups?|motorbikes?|motorcycles?|mobile phones)\b|"
        r"burn(?:ed|t) (?:down )?(?:the|a|an) (?!tyres?\b|tires?\b|effig)(?:[\w-]+ ){0,3}(?:of|at|in|belonging)\b|"
        r"(?:houses|homes|shops|property|buildings|vehicles|crops|huts|offices|stores|cars) (?:\w+ )?(?:were|was|"
        r"have been|had been) (?:\w+ )?(?:destroyed|burned|burnt|set on fire|torched|looted|demolished|damaged)|"
        r"property destruction",
    ),
    _rule(
        S.NON_VIOLENT_TRANSFER,
        36,
        "withdrawal",
        r"withdr(?:ew|awn|awal) (?:from|of)|handed over|hand over|pulled out of|retreated from|evacuated|"
        r"took over .{0,40}without (?:a )?(?:fight|resistance)|entered .{0,40}without (?:a )?(?:fight|resistance)",
    ),
    _rule(
        S.CHANGE_TO_GROUP,
        34,
        "group change",
        r"announced (?:the )?(?:formation|creation|establishment|dissolution)|formed a new|merged|merger|"
        r"dissolution of (?:the )?(?=[A-Z])|"
        r"defected|defection|split from|pledged (?:allegiance|loyalty)|appointed (?:a )?new (?:leader|commander)|"
        r"named (?:a )?new (?:leader|commander)|dissolved|joined (?:the )?(?=[A-Z])|defected to|surrendered|"
        r"reinforcements|(?:troops|forces|units) (?:were )?deployed|"
        r"deployment of|military build-?up|troop build-?up|mobiliz(?:ed|ation)|redeploy(?:ed|ment)|"
        # security measures and patrols: the codebook's changes to a group's activity
        r"(?:patrols?|patrolling) (?:took place|was conducted|were conducted)|"
        r"(?:conducted|carried out|formed|launched) (?:an? |joint )?(?:\w+ )?patrols?|"
        r"(?:established|built|set up) (?:\w+ ){0,2}fortifications?|"
        r"(?:announced|imposed|declared|instituted|ordered) (?:an? )?(?:[\w-]+ ){0,2}(?:lockdown|curfew|ban on)|"
        r"(?:halted|suspended|banned) all (?:entries|travel|movement|departures)",
    ),
    # an armed group or a cartel handing out food or aid: the codebook's change to a group's activity (a
    # government or a charity doing the same is no event, hence the armed giver before the verb)
    _rule(
        S.CHANGE_TO_GROUP,
        34,
        "aid handout",
        AID_HANDOUT_PATTERN,
        after=r"cartels?|gangs?|militias?|militiamen|militants|armed groups?|rebels|insurgents|Taliban|"
        r"al[- ]Shabaab|Hezbollah|Hamas",
    ),
    _rule(
        S.OTHER,
        20,
        "other development",
        r"curfew|state of emergency|martial law|lockdown imposed|ultimatum|"
        # displacement, and a force kept from moving: developments the codebook files under "Other"
        r"fled (?:from )?(?:their|the) (?:\w+ )?(?:villages?|homes?|houses|towns?)|"
        r"prevented (?:\w+ ){1,5}(?:patrols?|convoys?) from|"
        r"released (?:\w+ ){0,4}?(?:prisoners|detainees|captives)",
    ),
)

# Headlines ("Human losses in X", "Regime forces target Y", "SDF advance in Z") tell events in nominal phrases
# and the present tense, a register body text does not use: in body text "targets" is mostly a noun and
# "casualties" follows the event it counts. These rules fire only in headline sentences (no closing full
# stop) where the body rules find no usable trigger, so a headline the lexicon already reads is read as before.
# Their weights only rank them among themselves (a territorial change over an advance over a count of the
# dead); they are keyed by lemma (``trigger_weight``), not by sub-event type.
HEADLINE_RULES: tuple[TriggerRule, ...] = (
    _rule(
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        45,
        "headline control",
        r"(?:take|takes|impose|imposes|expand|expands|extend|extends|tighten|tightens) (?:\w+ ){0,2}control|"
        r"(?<!under )(?<!under the )(?<!under their )(?<!under its )controls?(?! by)|controlling|"
        r"(?:re)?captures?|seizes?|storms?|storming|falls? (?:to|under)",
    ),
    _rule(
        S.ARMED_CLASH,
        44,
        "headline advance",
        r"(?<!no )advanc(?:e|es|ed|ing|ement|ements)|hit-and-run|counter-?offensive|confrontations?|"
        r"besieg(?:e|es|ing)|encircl(?:e|es|ing)|fronts?",  # "the besieged town": an adjective
    ),
    # in body text "explosions" are mostly what shells and air strikes cause (ACLED 2020-05: right type in
    # 30 of 104 notes when read as planted devices); a headline that names only explosions tells of them
    _rule(S.REMOTE_EXPLOSIVE, 43, "headline explosions", r"explosions|blasts|mines"),
    _rule(
        S.AIR_DRONE_STRIKE,
        43,
        "headline strikes",
        r"(?:air|aerial|ground|missile|rocket) (?:and (?:air|aerial|ground|missile|rocket) )?strikes|"
        r"(?<!hunger )(?<!general )strikes (?:on|target|hit)|bombers?",
    ),
    _rule(
        S.ATTACK,
        42,
        "headline targeting",
        r"(?:re-?)?target(?:s|ed|ing)?|executing|executes|crucif(?:y|ies|ied|ixion|ixions)|slaughter(?:s|ed)?|"
        r"hang(?:s|ed)? (?:the )?(?:bod(?:y|ies)|\d+|two|three|a |an )|ston(?:es|ed|ing)|shooting|destroy(?:s|ed)?|"
        r"violations?|breach(?:es)?|escalation|security chaos|revenge operations?|sniper",
    ),
    _rule(
        S.ATTACK,
        30,
        "headline casualties",
        r"(?<!no )(?:human )?(?:losses|casualt(?:y|ies)|fatalit(?:y|ies)|martyrs?|martyred|dead|wounded|"
        r"injur(?:y|ies|ed|es))|death tolls?|bod(?:y|ies) (?:\w+ ){0,3}(?:found|recovered)|"
        r"(?:found|recovered) (?:\w+ ){0,2}bod(?:y|ies)|di(?:e|es|ed) (?=in|of|from|after|due|as|under|by|at|near|affected|yesterday|today|on|during|when|while)|"
        r"lives|victims?",
    ),
)

# Markers of a habit, a trend or an aim: they make every trigger of their clause generic, wherever they stand
# in it.
_HABITUAL = (
    r"over the (?:past|last) (?:year|years|months?|weeks|decade)|in recent (?:days|weeks|months|years)|"
    r"for (?:years|months|decades)|since (?:19|20)\d\d|regularly|repeatedly|frequently|often|routinely|usually|"
    r"every (?:day|week|month)|weekly|"
    # "in a single year", not "one year after arresting him"
    r"(?:in a|each|per|every|a single|one) (?:single )?(?:recent )?(?:year|month)(?! (?:after|ago|later|before|since)\b)|"
    r"annually|"
    r"(?:have|has) (?:drawn|become|turned|grown|risen|fallen(?! (?:on|in|at|near|upon|inside|into)\b)|spread|increased|"
    r"decreased|doubled|tripled)|"
    r"business model|trend|on average|"
    # an aim or a plan the clause is about ("the US joined efforts to kill the deal")
    r"efforts to|seeking to|sought to|aim(?:s|ed)? to|intend(?:s|ed)? to|plans? to|estimates? that|"
    r"allows? (?:\w+ ){0,3}to"
)
# Markers of a threat, a promise, a condition, a possibility or an accusation: they govern what follows them, not
# an act told before them ("police shot two men accused of being smugglers", "the attack, which
# may have been planned abroad, killed five").
_HYPOTHETICAL = (
    r"(?-i:would|could|might|may)\b|"
    r"threaten(?:s|ed)? to|vowed to|promised|warned|accus(?:ed|es|ing) .{1,60}? of|blamed .{1,60}? for|"
    r"if |unless |whether "
)
_HABITUAL_OR_HYPOTHETICAL = f"{_HABITUAL}|{_HYPOTHETICAL}"
# In body text an ongoing or continued action is background to the incident the report tells; in a headline it
# is the news ("Clashes continue in Daraa", "Regime forces are shelling the mountains").
_ONGOING = (
    r"continue[sd]? to|a series of|several (?:\w+ )?operations|in order to|daily|to carry out|"
    r"(?:regular|repeated|frequent|ongoing|constant|periodic) (?:attacks|strikes|shelling|clashes|raids)|"
    r"(?:are|is) (?:still )?(?:fighting|attacking|killing|targeting|shelling|kidnapping|abducting) "
)
_GENERIC = re.compile(rf"\b(?:{_HABITUAL_OR_HYPOTHETICAL}|{_ONGOING})", re.IGNORECASE)
_HABITUAL_IN_CLAUSE = re.compile(rf"\b(?:{_HABITUAL}|{_ONGOING})", re.IGNORECASE)
_HYPOTHETICAL_BEFORE = re.compile(rf"\b(?:{_HYPOTHETICAL})", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s", re.IGNORECASE)
_NEGATED_STATE = re.compile(
    r"\b(?:not being implemented|remains? closed|no (?:\w+ )?(?:has|have) (?:yet )?taken place|"
    r"never happened|did not take place)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no new|not being implemented|remains? closed|did not|didn't|has not|hasn't|have not|haven't|had not|"
    r"was not|were not|are not|is not|isn't|aren't|never|no (?:\w+ )?(?:has|have) (?:yet )?taken place|failed to|denied (?:that|any|carrying))\b",
    re.IGNORECASE,
)
_NOT_KILLING = re.compile(
    r"\bkill(?:ed|ing|s)? (?:the|a|this|that) (?:deal|agreement|plan|bill|idea|talks|time)\b", re.IGNORECASE
)


def find_triggers(text: str, sentences: Sequence[Sentence]) -> tuple[TriggerMention, ...]:
    """All triggers in text order; within one sentence, overlapping triggers keep the heavier one. A headline
    (``is_headline``) the lexicon finds no usable trigger in is read again with the headline rules and a
    narrower sense of "generic"."""
    found: list[TriggerMention] = []
    for index, sentence in enumerate(sentences):
        found.extend(_sentence_triggers(text, sentence, index))
    return tuple(found)


_HEADLINE_MAX_WORDS = 60  # the longest one-line reports (SOHR titles) run to about 50 words
_HEADLINE_MIN_WORDS = 3  # "1 fatality", "[size=no report]": a note's trailer, not a headline
_CLOSING = (".", "!", "?", ":", ";", "]", "}")
_QUOTES = "\"'\u201d\u2019 "
_INNER_STOP = re.compile(r"[.!?][\"\u201d]?\s+[A-Z\[(]")


def is_headline(sentence_text: str) -> bool:
    """A headline: a sentence of 3 to 60 words that does not close with a full stop ("Clashes renew in
    Daraa") and holds none inside; a closing quote does not count ("... the phase of \u201cEuphrates
    Wrath\u201d"), a closing bracket does ("... [size=no report]" ends a note, not a headline)."""
    stripped = sentence_text.strip().rstrip(_QUOTES)
    words = len(stripped.split())
    return (
        _HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS
        and not stripped.endswith(_CLOSING)
        and _INNER_STOP.search(stripped) is None
    )


def _sentence_triggers(text: str, sentence: Sentence, index: int) -> list[TriggerMention]:
    """The lexicon's triggers; in a headline where they give no usable event, the headline rules' too, with
    the headline's narrower sense of generic (so a headline the lexicon reads is read as before)."""
    found = _main_clause_first(text, sentence, list(_matches(text, sentence, index, RULES, _generic_at)))
    if any(not t.generic and not t.negated for t in found) or not is_headline(
        text[sentence.start : sentence.end]
    ):
        return found
    return list(_matches(text, sentence, index, (*RULES, *HEADLINE_RULES), _headline_generic))


# "traders marched for a grocer who was kidnapped and shot weeks before": a relative clause on a person tells
# what befell a participant, the main clause what happened
_WHO_WAS = re.compile(
    r"\bwho(?:m)? (?:was|were|had been|has been|have been) (?:\w+ly )?(?:[\w-]+ (?:and|or) )?$", re.IGNORECASE
)


def _main_clause_first(text: str, sentence: Sentence, found: list[TriggerMention]) -> list[TriggerMention]:
    """Without the triggers of relative clauses on a person ("who was abducted and killed") when a trigger
    outside such clauses tells the sentence's event: what befell a participant earlier is no event of it."""
    inside = [  # a passive ("who was abducted"), not what they were doing ("who were demonstrating")
        not t.text.casefold().endswith("ing")
        and bool(_WHO_WAS.search(text, max(sentence.start, t.start - 80), t.start))
        for t in found
    ]
    if not any(inside) or not any(
        not t.generic and not t.negated and not rel for t, rel in zip(found, inside, strict=True)
    ):
        return found
    return [t for t, rel in zip(found, inside, strict=True) if not rel]


def _matches(
    text: str,
    sentence: Sentence,
    index: int,
    rules: Sequence[TriggerRule],
    generic: Callable[[str, int], bool],
) -> Iterator[TriggerMention]:
    chunk = text[sentence.start : sentence.end]
    spans: list[tuple[int, int]] = []
    for rule in rules:
        for match in rule.pattern.finditer(chunk):
            if rule.after is not None and not rule.after.search(
                chunk, max(0, match.start() - AFTER_WINDOW), match.start()
            ):
                continue
            start, end = match.start() + sentence.start, match.end() + sentence.start
            if _overlaps(spans, start, end) or _NOT_KILLING.match(text, start):
                continue
            spans.append((start, end))
            yield TriggerMention(
                start=start,
                end=end,
                text=match.group(0),
                sentence=index,
                extractor=EXTRACTOR,
                event_type=event_type_of(rule.sub_event_type).value,
                sub_event_type=rule.sub_event_type.value,
                lemma=rule.lemma,
                generic=generic(chunk, match.start()),
                negated=_negated_before(chunk, match.start()),
            )


_NEGATION_WINDOW = 60  # characters before a trigger that can negate it: "was not active enough in organizing"


def _negated_before(chunk: str, start: int) -> bool:
    """A negation governs the trigger after it ("no attack took place"), not a later clause ("airstrikes ...,
    which did not result in any fatalities")."""
    return bool(_NEGATED.search(chunk[max(0, start - _NEGATION_WINDOW) : start]))


def _generic_at(chunk: str, start: int) -> bool:
    """A habitual marker governs its own clause and the ones after it, not an earlier coordinated clause
    ("gunmen assassinated a man, and the ongoing clashes go on" is a specific killing); a hypothetical one
    (threat, condition, possibility, accusation) governs only what follows it ("police shot two men accused
    of being smugglers" is a specific shooting)."""
    return _governed(chunk, start, _HABITUAL_IN_CLAUSE, _HYPOTHETICAL_BEFORE)


def _governed(chunk: str, start: int, habitual: re.Pattern[str], hypothetical: re.Pattern[str]) -> bool:
    """Whether a ``habitual`` marker stands in the trigger's clause (up to the next clause break) or a
    ``hypothetical`` one before the trigger at ``start``."""
    boundary = _CLAUSE_BREAK.search(chunk, start)
    clause = chunk[: boundary.start()] if boundary else chunk
    return bool(habitual.search(clause) or hypothetical.search(chunk, 0, start))


# In a headline the present tense and "continue", "ongoing", "renewed" report the news ("Clashes continue in
# Daraa"); what still makes a headline no event is a plan, a threat, a condition or a statistic.
_HEADLINE_HABITUAL = re.compile(
    rf"\b(?:{_HABITUAL}|(?:19|20)\d\d\W{{1,3}}the year)|^\W*(?:analysis|opinion|explainer|interview|why|how)\b",
    re.IGNORECASE,
)
_HEADLINE_HYPOTHETICAL = re.compile(
    rf"\b(?:{_HYPOTHETICAL}|seek(?:s|ing)? to|prepar(?:es?|ing) (?:for|to)|vows? to|warns?)", re.IGNORECASE
)


def _headline_generic(chunk: str, start: int) -> bool:
    return _governed(chunk, start, _HEADLINE_HABITUAL, _HEADLINE_HYPOTHETICAL)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


_WEIGHTS: dict[str, int] = {rule.sub_event_type.value: rule.weight for rule in RULES}
_HEADLINE_WEIGHTS: dict[str, int] = {rule.lemma: rule.weight for rule in HEADLINE_RULES}


def trigger_weight(trigger: TriggerMention) -> int:
    """The lexicon weight of a trigger's sub-event type (higher is more specific); a headline rule's own."""
    return _HEADLINE_WEIGHTS.get(trigger.lemma) or _WEIGHTS.get(trigger.sub_event_type, 0)


def classifier_triggers(
    text: str, sentences: Sequence[Sentence], classifier: SentencePredictor, *, threshold: float
) -> tuple[TriggerMention, ...]:
    """Whole sentences the classifier types as an event when the lexicon found none ("extractor" says so).

    Sentences the lexicon's markers call generic or negated are skipped, as they are for lexicon triggers.
    """
    found = []
    for index, sentence in enumerate(sentences):
        chunk = text[sentence.start : sentence.end]
        if _GENERIC.search(chunk) or _NEGATED_STATE.search(chunk) or place_line(chunk):
            continue
        label, probability = classifier.predict_label(chunk, include_none=True)
        if label == NONE_LABEL or probability < threshold:
            continue
        sub = SubEventType(label)
        found.append(
            TriggerMention(
                start=sentence.start,
                end=sentence.end,
                text=chunk,
                sentence=index,
                extractor="classifier",
                event_type=event_type_of(sub).value,
                sub_event_type=sub.value,
                lemma=sub.value,
            )
        )
    return tuple(found)


# Words a line that only says where (and when) may hold besides names and codes: "May 3rd 2024: (K17) Old
# Grain Market, 14 July Street, Raqqa, Raqqa governorate, Syria"; "Desert road 40km south-west of Tabqa".
_PLACE_LINE_EXTRA = """
of in near around between and or the from to at on behind outside inside along street streets roundabout centre
center outskirts suburb suburbs quarter district districts vicinity possibly probably unclear date
"""
_PLACE_LINE_WORDS = (
    UNIT_WORDS | FACILITY_WORDS | DIRECTIONS | CONNECTORS | MONTHS_AND_DAYS | set(_PLACE_LINE_EXTRA.split())
)
_LINE_WORD = re.compile(r"[^\W_](?:[\w'\u2019-]*[^\W_])?")


def place_line(chunk: str) -> bool:
    """Whether ``chunk`` only says where (and when): its lower-case words are all place and date words.

    Such a line (an incident log's location entry, a dateline standing alone) describes no event, whatever
    the classifier makes of it. Words with digits ("K17", "3rd", "40km") are codes, dates and distances;
    the first word counts as lower case ("Demonstration in Kabul, Afghanistan" is no place line); a line
    with no lower-case word (a title-case headline) is left to the classifier.
    """
    words = [w for w in _LINE_WORD.findall(chunk) if not any(c.isdigit() for c in w)]
    if words and words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()
    lower = [w for w in words if w.islower() and w.isascii()]
    return bool(lower) and all(w in _PLACE_LINE_WORDS for w in lower)


class SentencePredictor(Protocol):
    def predict_label(self, text: str, *, include_none: bool = True) -> tuple[str, float]: ...


NONE_LABEL = "none"

WEAPON_SUB_EVENT_TYPES = frozenset(
    {
        S.REMOTE_EXPLOSIVE.value,
        S.AIR_DRONE_STRIKE.value,
        S.SHELLING.value,
        S.SUICIDE_BOMB.value,
        S.GRENADE.value,
        S.CHEMICAL_WEAPON.value,
    }
)
"""Sub-event types that name the means of violence (a weapon), not only that violence happened."""
_WEAPON_SUBS = WEAPON_SUB_EVENT_TYPES
_NO_MEANS = re.compile(
    r"(?:kill(?:ed|ing|s)?|attack(?:ed|s|ing)?|massacred?|massacres|dead|died|deaths?|lost their lives)",
    re.IGNORECASE,
)


def names_no_means(trigger_text: str) -> bool:
    """Whether a trigger only says that people were killed or attacked ("killed", "attack", "massacre"), so
    that a weapon named in the next sentences ("... by air strikes") tells what the event was."""
    return _NO_MEANS.fullmatch(trigger_text.strip()) is not None


def strongest_trigger(triggers: Sequence[TriggerMention]) -> TriggerMention | None:
    """The trigger that types a sentence: the heaviest, except that a foiled weapon ("defused an IED",
    "intercepted a missile") is a disrupted weapons use, not the weapon's attack."""
    if not triggers:
        return None
    subs = {t.sub_event_type for t in triggers}
    if S.DISRUPTED_WEAPONS_USE.value in subs and subs & _WEAPON_SUBS:
        return next(t for t in triggers if t.sub_event_type == S.DISRUPTED_WEAPONS_USE.value)
    return max(triggers, key=lambda t: (trigger_weight(t), -t.start))


# What happened to a protest, not the protest itself, makes it a protest with intervention (the codebook: an
# attempt to disrupt or disperse it, arrests, force): police who "intervened and arrested" the participants, a
# "baton charge", "14 protesters were arrested", "forced them to disperse". Typing reads it; segmentation keeps
# such a sentence with the protest it follows even when it names no figure and fires no trigger.
INTERVENTION = re.compile(
    r"\b(?:(?:baton|lathi)[- ]charg\w*|resorted to (?:a |mild |the )?(?:baton|lathi|force)|"
    r"(?:police|policemen|security forces|officers|soldiers|troops|authorities|military forces|army) (?:\w+ ){0,3}"
    r"(?:intervened|interfered|arrested|detained|beat|dragged|pushed back|used (?:force|tear ?gas|water cannons?)|"
    r"fired (?:\w+ ){0,2}(?:shots|tear ?gas|rubber bullets|live ammunition)|stopped (?:the )?(?:protesters|"
    r"demonstrators)|forced (?:them|the (?:\w+ )?(?:protesters|demonstrators|crowd|group)) to (?:disperse|leave)|"
    r"dispersed (?:them|the (?:\w+ )?(?:protesters|demonstrators|crowd|group|gathering|protest)))\b|"
    r"(?:were|was) (?:\w+ ){0,3}(?:arrested|detained|beaten(?: up)?|dragged)\b[^.;]{0,60}?\bby (?:the )?"
    r"(?:[\w-]+ ){0,3}(?:police|policemen|security forces|officers)\b|"
    r"\b(?:protesters?|demonstrators?|participants|activists?) (?:were|was) (?:\w+ ){0,2}(?:arrested|detained)\b|"
    # "The 42 were arrested", "All of them were detained": the protest's own people, named back
    r"\b(?:the|all(?: the)?) (?:\d+|of them|of the (?:protesters|demonstrators|participants))(?: people)? "
    r"(?:were|was) (?:\w+ ){0,2}(?:arrested|detained)\b|"
    r"tried to (?:control|disperse|stop|break up) the (?:crowd|protest|protesters|demonstrators|march))",
    re.IGNORECASE,
)


__all__ = [
    "AID_HANDOUT",
    "AID_HANDOUT_PATTERN",
    "CROWD_VIOLENCE",
    "DECISIVE_LEMMAS",
    "HEADLINE_RULES",
    "INTERVENTION",
    "RECIPROCAL_FIRE",
    "RULES",
    "WEAPON_SUB_EVENT_TYPES",
    "SentencePredictor",
    "TriggerRule",
    "classifier_triggers",
    "find_triggers",
    "is_headline",
    "names_no_means",
    "place_line",
    "strongest_trigger",
    "trigger_weight",
]
