from __future__ import annotations

import time

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.casualties import find_casualty_mentions
from flashpoint.mentions.model import CasualtyMention
from flashpoint.mentions.numbers import parse_number

Figure = tuple[str, int, str]  # outcome, count, victim class


def _one_sentence(text: str) -> list[Sentence]:
    return [Sentence(start=0, end=len(text), paragraph=0)]


def _mentions(text: str, sentences: list[Sentence] | None = None) -> tuple[CasualtyMention, ...]:
    return find_casualty_mentions(text, sentences if sentences is not None else _one_sentence(text))


def _figures(text: str) -> list[Figure]:
    return [(m.outcome.value, m.count, m.victim_class.value) for m in _mentions(text)]


def _detailed(text: str) -> list[tuple[str, int, str | None, str, bool]]:
    return [
        (m.outcome.value, m.count, m.quantifier, m.victim_class.value, m.negated) for m in _mentions(text)
    ]


def _sentences(text: str) -> list[Sentence]:
    """One sentence per full stop, for texts of several sentences."""
    spans, start = [], 0
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] == " "):
            spans.append(Sentence(start=start, end=index + 1, paragraph=0))
            start = index + 2
    return spans


# --- the original behaviour table (quantifiers, denials, classes) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sources claim that at least 20 Syrian soldiers were killed in the clashes.",
            [("killed", 20, "at least", "combatant", False)],
        ),
        (
            "Five civilians were reportedly killed and 15 others injured in a rocket strike.",
            [("killed", 5, None, "civilian", False), ("injured", 15, None, "civilian", False)],
        ),
        (
            "An IED attack killed two soldiers and wounded three others.",
            [("killed", 2, None, "combatant", False), ("injured", 3, None, "combatant", False)],
        ),
        (
            "The government denied casualties.",
            [("killed", 0, None, "unknown", True), ("injured", 0, None, "unknown", True)],
        ),
        ("The death toll rose to 12 on Sunday.", [("killed", 12, None, "unknown", False)]),
        ("The raid resulted in 3 fatalities.", [("killed", 3, None, "unknown", False)]),
        ("Dozens of people were killed.", [("killed", 12, "dozens of", "unknown", False)]),
        (
            "The blast left 4 dead and 9 injured.",
            [("killed", 4, None, "unknown", False), ("injured", 9, None, "unknown", False)],
        ),
        ("The strike killed between 5 and 7 people.", [("killed", 5, "between", "unknown", False)]),
        ("A man was shot dead at a checkpoint.", [("killed", 1, None, "unknown", False)]),
        ("An attack killed the deal in 2020.", []),
        ("The 2019 offensive began.", []),
    ],
    ids=[
        "at-least-soldiers",
        "civilians-and-others",
        "active-verb",
        "denial",
        "toll",
        "fatalities-noun",
        "vague-dozens",
        "left-dead",
        "range",
        "article-as-one",
        "no-figure",
        "year-is-not-a-figure",
    ],
)
def test_casualty_figures(text: str, expected: list[tuple[str, int, str | None, str, bool]]) -> None:
    assert _detailed(text) == expected


def test_range_keeps_high_end() -> None:
    text = "The strike killed between 5 and 7 people."
    (mention,) = _mentions(text)
    assert (mention.count, mention.high) == (5, 7)
    assert text[mention.start : mention.end] == mention.text


# --- victim lists: coordination, subsets, appositions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 gunmen and 3 soldiers were killed in the ensuing clash.",
            [("killed", 17, "combatant")],
        ),
        (
            "Four police officers and two civilians were killed near the market.",
            [("killed", 4, "combatant"), ("killed", 2, "civilian")],
        ),
        ("Six guards and two Kalandi tribesmen were killed at the gate.", [("killed", 8, "combatant")]),
        (
            "At least 40 people, including 12 soldiers and 28 attackers, were killed in the raid.",
            [("killed", 40, "unknown")],
        ),
        (
            "At least 30 people, including five police officers, nine civilians, and 16 gunmen, were killed.",
            [("killed", 30, "unknown")],
        ),
        (
            "Security forces killed 18 fighters, including two commanders, and a member of a local militia.",
            [("killed", 19, "combatant")],
        ),
        (
            "At least 11 insurgents including 3 commanders and 2 soldiers were killed on the road.",
            [("killed", 13, "combatant")],
        ),
        (
            "Three militants and four police officers including one inspector and three constables were killed.",
            [("killed", 7, "combatant")],
        ),
        (
            "At least 9 villagers (including 4 children) were killed in the shelling.",
            [("killed", 9, "civilian")],
        ),
        (
            "At least 8 civilians - among them two women - were killed in the raid.",
            [("killed", 8, "civilian")],
        ),
        (
            "At least 25 people mostly women and children have so far been killed in the siege.",
            [("killed", 25, "unknown")],
        ),
        ("Two people, a shop owner and a teacher, were killed in the attack.", [("killed", 2, "unknown")]),
        ("One resident, a farmer, was killed in the explosion.", [("killed", 1, "civilian")]),
        (
            "Dawari, a district police chief, and an attacker were killed in the ambush.",
            [("killed", 2, "combatant")],
        ),
        ("Karimi and his son were killed in the attack.", [("killed", 2, "civilian")]),
        (
            "The village elder and two of his guards were killed on the road.",
            [("killed", 1, "civilian"), ("killed", 2, "combatant")],
        ),
        ("Both attackers were killed when the guards returned fire.", [("killed", 2, "combatant")]),
        ("Five members of his family were killed in the raid.", [("killed", 5, "combatant")]),
        ("Two children of a local trader were killed in the blast.", [("killed", 2, "civilian")]),
        ("In Port Elmer, a man was shot to death by two armed men.", [("killed", 1, "unknown")]),
        (
            "One ranger, identified as Corporal T. Adeyemi, was killed at the post.",
            [("killed", 1, "combatant")],
        ),
        (
            "Two pro-government fighters were killed and three were injured.",
            [("killed", 2, "combatant"), ("injured", 3, "unknown")],
        ),
        (
            "At least 12 people, including the visiting envoy, were killed and 17 people were injured.",
            [("killed", 12, "unknown"), ("injured", 17, "unknown")],
        ),
    ],
    ids=[
        "coordinated-same-class",
        "coordinated-two-classes",
        "unnamed-group-takes-list-class",
        "subset-adds-up",
        "subset-with-oxford-comma",
        "subset-first-item-only",
        "subset-without-commas",
        "subset-of-second-item",
        "subset-in-brackets",
        "subset-between-dashes",
        "unpunctuated-mostly",
        "apposition-enumerates",
        "apposition-singular-verb",
        "name-with-apposition",
        "name-and-possessive",
        "of-his",
        "both",
        "members-of-his-family",
        "of-a-parent",
        "place-name-is-no-victim",
        "identified-as",
        "hyphenated-modifier",
        "subset-stops-before-the-next-clause",
    ],
)
def test_victim_lists(text: str, expected: list[Figure]) -> None:
    assert _figures(text) == expected


# --- how the toll is phrased ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drug suspect was killed during a police raid.", [("killed", 1, "unknown")]),
        ("One guard was detained and later found killed.", [("killed", 1, "combatant")]),
        ("A shopkeeper was beaten to death by a crowd.", [("killed", 1, "civilian")]),
        ("A man was abducted by four men and stabbed to death near the river.", [("killed", 1, "unknown")]),
        ("Two brothers accused of theft were fatally assaulted by residents.", [("killed", 2, "civilian")]),
        ("Three guards were taken hostage and beheaded.", [("killed", 3, "combatant")]),
        (
            "The farmer died and his wife was injured.",
            [("killed", 1, "civilian"), ("injured", 1, "civilian")],
        ),
        ("The soldier later died in hospital.", [("killed", 1, "combatant")]),
        ("Two traders and three drivers died in the crash of the convoy.", [("killed", 5, "civilian")]),
        (
            "Nasiri, a former mayor, was killed along with his driver and both attackers.",
            [("killed", 2, "civilian"), ("killed", 2, "combatant")],
        ),
        ("Three suspects escaped and one was killed.", [("killed", 1, "unknown")]),
        ("The attacker was the only reported casualty.", [("killed", 1, "combatant")]),
        (
            "In addition to the bomber, four civilians were injured in the blast.",
            [("injured", 4, "civilian"), ("killed", 1, "combatant")],
        ),
        (
            "A landmine exploded under a bus, killing one and injuring another.",
            [("killed", 1, "unknown"), ("injured", 1, "unknown")],
        ),
        (
            "Gunmen stormed the house, killing the driver who worked for the council.",
            [("killed", 1, "civilian")],
        ),
        ("The crowd seized one of the suspects and killed him.", [("killed", 1, "unknown")]),
        ("Unidentified gunmen assassinated a council member in the market.", [("killed", 1, "combatant")]),
        (
            "Gunmen shot and killed Halvorsen, the head of the water board, outside his office.",
            [("killed", 1, "unknown")],
        ),
        (
            "Shells killed a family of four, including two children, in the old quarter.",
            [("killed", 4, "civilian")],
        ),
        ("Troops killed 6 Varani in the hills.", [("killed", 6, "unknown")]),
        ("Militants killed and mutilated three shepherds near the well.", [("killed", 3, "civilian")]),
        ("Border guards shot two smugglers to death.", [("killed", 2, "unknown")]),
        ("Gunmen detained and tortured a villager to death.", [("killed", 1, "civilian")]),
        (
            "The attack left 7 people dead and 12 wounded.",
            [("killed", 7, "unknown"), ("injured", 12, "unknown")],
        ),
        ("The clashes left 'dozens' dead.", [("killed", 12, "unknown")]),
        ("The body of a man was found in a ditch.", [("killed", 1, "unknown")]),
        ("The bodies of 6 soldiers were recovered from the river.", [("killed", 6, "combatant")]),
        ("Residents found 5 bodies near the road.", [("killed", 5, "unknown")]),
        ("The fighting resulted in the death of a local farmer.", [("killed", 1, "civilian")]),
        (
            "The raid resulted in the killing of 2 guards and the injuring of 3 others.",
            [("killed", 2, "combatant"), ("injured", 3, "combatant")],
        ),
        ("Snipers shot a courier, resulting in his death.", [("killed", 1, "unknown")]),
        ("The offensive resulted in 6 rebel fatalities.", [("killed", 6, "unknown")]),
        ("The death toll from the attacks on the city rose to 15.", [("killed", 15, "unknown")]),
        (
            "Two gangs clashed over a plot. 1 killed, 7 injured.",
            [("killed", 1, "unknown"), ("injured", 7, "unknown")],
        ),
        (
            "12 March 2021 Three killed over 40 injured in rocket fire on Tarsa.",
            [("killed", 3, "unknown"), ("injured", 40, "unknown")],
        ),
        (
            "A car bomb hit the checkpoint, claiming 4 martyrs and 13 injured.",
            [("killed", 4, "unknown"), ("injured", 13, "unknown")],
        ),
        ("Rocket strikes kill 34 civilians in the valley.", [("killed", 34, "civilian")]),
        ("Soldiers killed 3 IS militants.", [("killed", 3, "combatant")]),
        ("Three gunmen killed two guards at dawn.", [("killed", 2, "combatant")]),
        ("Six rebels killed in clashes near the dam.", [("killed", 6, "combatant")]),
        ("Gunmen gunned down a police superintendent.", [("killed", 1, "combatant")]),
        ("Gunmen shot dead a magistrate and a district commissioner.", [("killed", 2, "civilian")]),
        (
            "Two herders were shot dead and a third was wounded near the well.",
            [("killed", 2, "civilian"), ("injured", 1, "unknown")],
        ),
        (
            "One guard was killed and another was wounded.",
            [("killed", 1, "combatant"), ("injured", 1, "unknown")],
        ),
        ("Three guards and an unknown number of the raiders were wounded.", [("injured", 3, "combatant")]),
        ("An unknown number of the gunmen were wounded.", [("injured", 10, "combatant")]),
        (
            "Clashes killed dozens of fighters and 3 civilians.",
            [("killed", 12, "combatant"), ("killed", 3, "civilian")],
        ),
        (
            "Police reported no deaths apart from the two bombers.",
            [("killed", 2, "combatant")],
        ),
        ("In addition the attacker, 9 people were killed.", [("killed", 10, "combatant")]),  # as with "to"
    ],
    ids=[
        "singular-subject",
        "preverb-found-killed",
        "beaten-to-death",
        "abducted-by-and-stabbed",
        "participle-and-fatally",
        "taken-hostage",
        "died-intransitive",
        "later-died",
        "coordinated-died",
        "along-with",
        "one-was-killed",
        "only-casualty",
        "in-addition-to-bomber",
        "killing-one-injuring-another",
        "killing-the-driver",
        "killed-him",
        "assassinated",
        "name-object",
        "family-of",
        "named-group-object",
        "killed-and-mutilated",
        "shot-to-death",
        "tortured-to-death",
        "left-dead-and-wounded",
        "quoted-number",
        "body-of",
        "bodies-of",
        "n-bodies",
        "resulted-in-death-of",
        "killing-of-and-injuring-of",
        "resulting-in-his-death",
        "count-noun-with-modifier",
        "toll-from-rose-to",
        "bare-killed-injured",
        "headline-after-dateline",
        "martyrs",
        "headline-kill",
        "acronym-is-no-stop-word",
        "active-subject-is-no-victim",
        "headline-passive",
        "police-rank",
        "officials-of-state",
        "a-fourth-was-injured",
        "another-was-wounded",
        "unknown-number-beside-a-figure-adds-nothing",
        "unknown-number-alone-is-acled-10",
        "dozens-beside-a-figure-still-counts",
        "aside-from-the-bombers",
        "in-addition-without-to",
    ],
)
def test_phrasings(text: str, expected: list[Figure]) -> None:
    assert _figures(text) == expected


# --- what is not a toll ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Raiders killed 15 livestock before being repelled.",
        "A mob threatened to kill a soldier at the market.",
        "The new law could kill dozens of small businesses.",
        "Three rebels were killed, injured or captured during the operation.",
        "A resident died from coronavirus the previous day.",
        "A road accident that resulted in the death of a rider angered the crowd.",
        "It is not clear whether there were fatalities among the raiders.",
        "Killing and injuring 20 fighters, the unit advanced.",
    ],
    ids=[
        "animals",
        "threatened-to-kill",
        "modal",
        "killed-injured-or-captured",
        "illness",
        "accident",
        "unclear-whether",
        "combined-number-unknown-split",
    ],
)
def test_not_a_toll(text: str) -> None:
    assert [f for f in _figures(text) if f[0] == "killed"] == []


# --- vague and unknown numbers (ACLED conventions) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Artillery fire was exchanged on three fronts, incurring fatalities.", [("killed", 10, "unknown")]),
        ("Clashes spanned two days with fatalities and injuries on both sides.", [("killed", 10, "unknown")]),
        (
            "The unit repelled the attack, killing and injuring a number of fighters.",
            [("killed", 10, "combatant"), ("injured", 10, "combatant")],
        ),
        ("Forces fired back, killing several fighters.", [("killed", 3, "combatant")]),
        ("Airstrikes killed a group of fighters near the ridge.", [("killed", 10, "combatant")]),
        ("Airstrikes killed a group of 20 fighters near the ridge.", [("killed", 20, "combatant")]),
        (
            "An unknown number of soldiers were killed and wounded.",
            [("killed", 10, "combatant"), ("injured", 10, "combatant")],
        ),
    ],
    ids=[
        "incurring-fatalities",
        "with-fatalities",
        "killing-and-injuring-a-number",
        "several",
        "a-group-of",
        "a-group-of-n",
        "unknown-number-killed-and-wounded",
    ],
)
def test_vague_numbers(text: str, expected: list[Figure]) -> None:
    assert _figures(text) == expected


# --- denials and their scope ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No injuries nor fatalities were reported.", [("killed", 0, True), ("injured", 0, True)]),
        ("No one was hurt in the fire.", [("injured", 0, True)]),
        ("The shell landed without causing any casualties.", [("killed", 0, True), ("injured", 0, True)]),
        (
            "Five rebels were killed. The army said there were no casualties on the government side.",
            [("killed", 5, False)],
        ),
        ("Police shot and killed the attacker and there were no other casualties.", [("killed", 1, False)]),
        ("There were no reported casualties other than the assailant.", [("killed", 1, False)]),
        (
            "A rebel was killed in the firefight. The army reported no casualties.",
            [("killed", 1, False), ("injured", 0, True)],
        ),
        (
            "A rebel was killed in the firefight. The army denied any deaths.",
            [("killed", 1, False), ("killed", 0, True)],
        ),
        ("No civilians were killed in the strike.", [("killed", 0, True)]),
    ],
    ids=[
        "no-injuries-nor-fatalities",
        "no-one-hurt",
        "without-casualties",
        "scoped-to-a-side",
        "no-other",
        "other-than-the-assailant",
        "side-report-in-other-sentence",
        "denial-kept",
        "counted-zero",
    ],
)
def test_denials(text: str, expected: list[tuple[str, int, bool]]) -> None:
    found = find_casualty_mentions(text, _sentences(text))
    assert [(m.outcome.value, m.count, m.negated) for m in found] == expected


# --- additions and antecedents across sentences ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two guards were killed. Two other guards were killed when they arrived.",
            [(2, None), (2, "another")],
        ),
        (
            "Two soldiers were killed. Officials said 3 militants were also killed.",
            [(2, None), (3, "another")],
        ),
        ("Seven attackers were killed. In addition, one policeman was killed.", [(7, None), (1, "another")]),
    ],
    ids=["other-noun", "were-also-killed", "in-addition-opening"],
)
def test_additions_are_marked(text: str, expected: list[tuple[int, str | None]]) -> None:
    found = find_casualty_mentions(text, _sentences(text))
    assert [(m.count, m.quantifier) for m in found if m.outcome.value == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen abducted three teachers on the road. The hostages were shot and killed later.", 3),
        ("Raiders seized 9 soldiers at the post. They later killed them near the bridge.", 9),
    ],
    ids=["the-hostages", "killed-them"],
)
def test_anaphora_takes_the_captives_count(text: str, count: int) -> None:
    found = find_casualty_mentions(text, _sentences(text))
    assert sum(m.count for m in found if m.outcome.value == "killed") == count


def test_the_soldiers_are_not_the_captives() -> None:
    text = "Gunmen abducted 3 civilians at dawn. The soldiers were killed in a separate clash."
    assert find_casualty_mentions(text, _sentences(text)) == ()


def test_mentions_carry_their_sentence_and_span() -> None:
    text = "Fighting resumed at dawn. Two rangers were wounded by sniper fire."
    (mention,) = find_casualty_mentions(text, _sentences(text))
    assert mention.sentence == 1
    assert text[mention.start : mention.end] == mention.text == "Two rangers were wounded"


def test_casualty_finding_is_fast() -> None:
    text = " ".join(
        [
            "On 3 May 2021, gunmen attacked a checkpoint near Tarsa, killing four police officers and injuring two.",
            "At least 12 people, including three children, were killed and 20 others wounded in the shelling.",
            "The army said there were no casualties among its troops and that 5 attackers were killed.",
        ]
        * 10
    )
    sentences = _sentences(text)
    started = time.perf_counter()
    for _ in range(20):
        find_casualty_mentions(text, sentences)
    per_article = (time.perf_counter() - started) / 20
    assert per_article < 0.05  # ~5 ms for this 30-sentence article on the 2-core dev machine; 10x headroom


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25", 25),
        ("1,200", 1200),
        ("twenty-five", 25),
        ("two hundred and five", 205),
        ("Five", 5),
        ("a dozen", 12),
        ("several", 3),
        ("a number of", 10),
        ("an unknown number of", 10),
        ("a group of", 10),
        ("half a dozen", 6),
        ("thousands of", 1000),
        ("banana", None),
    ],
    ids=[
        "digits",
        "thousands",
        "hyphenated",
        "hundreds",
        "capitalised",
        "dozen",
        "several",
        "unknown-number",
        "an-unknown-number",
        "a-group",
        "half-dozen",
        "thousands-vague",
        "not-a-number",
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six members of the regime forces and militiamen loyal to them were killed near Kinsabba.",
            [("killed", 6, "combatant")],
        ),
        (
            "At least 14 members from the “Islamic State” organization were killed in clashes near Maadan.",
            [("killed", 14, "combatant")],
        ),
        (
            "Nine fighters loyal to the government and two shepherds were killed east of Sukhnah.",
            [("killed", 9, "combatant"), ("killed", 2, "civilian")],
        ),
        (
            "Four members of the regime forces and 3 civilians were killed in the village.",
            [("killed", 4, "combatant"), ("killed", 3, "civilian")],
        ),
        (
            "11 casualties and 25 injured in shelling on Kafr Hamra",
            [("killed", 11, "unknown"), ("injured", 25, "unknown")],
        ),
        (
            "3 casualties and dozens of others wounded in the raid",
            [("killed", 3, "unknown"), ("injured", 12, "unknown")],
        ),
        ("13 casualties and injuries in shelling on the town", []),
        ("5 casualties in the shelling on the town", []),
        ("2 fatalities and 6 injured in the shelling", [("killed", 2, "unknown"), ("injured", 6, "unknown")]),
    ],
    ids=[
        "joined-uncounted-group",
        "curly-quoted-organisation",
        "loyal-to-post-modifier",
        "counted-second-group-stays-apart",
        "casualties-beside-injured-are-dead",
        "casualties-beside-vague-injured",
        "casualties-and-injuries-is-a-total",
        "casualties-alone-stay-ambiguous",
        "fatalities-are-not-injured",
    ],
)
def test_headline_style_tolls(text: str, expected: list[Figure]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42 ADF/NALU fighters were killed in the operation.", [("killed", 42, "combatant")]),
        ("Troops killed 7 JNIM/AQIM militants near the border.", [("killed", 7, "combatant")]),
    ],
    ids=["slash-name-subject", "slash-name-object"],
)
def test_a_slashed_group_name_is_a_modifier(text: str, expected: list[Figure]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Youths beat and injured two opposition party members at the market.", [("injured", 2, "civilian")]),
        ("Three ruling party supporters were killed in the attack.", [("killed", 3, "civilian")]),
        ("Four political activists were wounded by the gunmen.", [("injured", 4, "civilian")]),
        ("A former army officer was shot dead outside his shop.", [("killed", 1, "civilian")]),
        ("Two retired policemen were killed in the raid.", [("killed", 2, "civilian")]),
        ("Gunmen killed two former FARC rebels near Tumaco.", [("killed", 2, "civilian")]),
        # members of an armed group and serving police stay combatants
        ("Five militia members died when their convoy was hit.", [("killed", 5, "combatant")]),
        ("Two policemen were killed in the raid.", [("killed", 2, "combatant")]),
    ],
    ids=[
        "opposition-party",
        "ruling-party",
        "political",
        "former-officer",
        "retired-police",
        "former-rebels",
        "militia",
        "serving-police",
    ],
)
def test_party_members_and_former_combatants_are_civilians(text: str, expected: list[Figure]) -> None:
    """Members of a political party, and soldiers, police or rebels no longer under arms, are civilians."""
    assert _figures(text) == expected
