from __future__ import annotations

import re

import pytest

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import PlaceMention, PlaceRelation
from flashpoint.mentions.places import EXTRACTOR, find_place_mentions

# What a gazetteer would know, spelled as these project-written texts spell it; plus ordinary words that some
# place somewhere is called, to check the finder's own filters.
KNOWN = {
    "al-shabaab",
    "kuy",
    "marehan",
    "myanmar",
    "kivu",
    "al-sukhna",
    "t3",
    "jisr al-shughur",
    "idlib",
    "deir ezzor",
    "homs",
    "afrin",
    "aleppo",
    "damascus",
    "syria",
    "russia",
    "washington",
    "m4",
    "hama",
    "al-omar",
    "may",
    "march",
    "however",
    "research",
    "alaa",
    "mike",
    "pompeo",
    "tuzla",
    "istanbul",
    "west bengal",
    "eastern",
    "bengal",
    "siliguri",
    "kasese",
    "u.n",
    "assad",
    "al-assad",
    "u.s",
    "putin",
    "obama",
    "q&a",
    "massacre",  # places abroad are called so; in a report the word is the event
    "battle",
    "allies",  # a town abroad is called so (under another name of its); in a headline the word is the allies
    "recovery",
    "jordan",
    "pace",  # Pace, Florida
    "scores",
    "moscow",
}


def is_known(name: str) -> bool:
    return name.lower() in KNOWN


def sentences_of(text: str) -> list[Sentence]:
    return [Sentence(start=m.start(), end=m.end(), paragraph=0) for m in re.finditer(r"[^.!?]+[.!?]?", text)]


def find(text: str) -> tuple[PlaceMention, ...]:
    return find_place_mentions(text, sentences_of(text), is_known)


def test_between_two_places_is_one_mention_with_the_other_place() -> None:
    text = (
        "Late on 4 June, army units repelled an attack in the area between the town of al-Sukhna"
        " and the T3 station."
    )
    (mention,) = find(text)
    assert (mention.name, mention.relation, mention.other, mention.kind_hint) == (
        "al-Sukhna",
        PlaceRelation.BETWEEN,
        "T3",
        "station",
    )
    assert mention.text == "between the town of al-Sukhna and the T3 station"


def test_near_a_town_in_part_of_a_region() -> None:
    text = "A field commander was shot dead near Jisr al-Shughur in the southwestern part of Greater Idlib."
    near, region = find(text)
    assert (near.name, near.relation, near.text) == (
        "Jisr al-Shughur",
        PlaceRelation.NEAR,
        "near Jisr al-Shughur",
    )
    assert (region.name, region.relation, region.direction) == ("Idlib", PlaceRelation.REGION, "southwestern")
    assert region.text == "the southwestern part of Greater Idlib"


@pytest.mark.parametrize(
    ("text", "name", "relation", "direction", "kind"),
    [
        (
            "Raids went on in southeastern Deir Ezzor.",
            "Deir Ezzor",
            PlaceRelation.REGION,
            "southeastern",
            None,
        ),
        ("Cells remain active in eastern Homs.", "Homs", PlaceRelation.REGION, "eastern", None),
        ("Shells fell on the Aleppo countryside.", "Aleppo", PlaceRelation.REGION, None, "countryside"),
        ("Two raids hit rural Damascus.", "Damascus", PlaceRelation.REGION, None, None),
        ("Rockets hit the city of Afrin.", "Afrin", PlaceRelation.IN, None, "city"),
        ("Patrols stopped on the M4 highway.", "M4", PlaceRelation.IN, None, "highway"),
        ("Video: Unrest Spreads in Eastern Syria.", "Syria", PlaceRelation.REGION, "eastern", None),
        ("A drone fell 5 km north of Hama.", "Hama", PlaceRelation.NEAR, "north", None),
        ("Fighting reached the outskirts of Idlib.", "Idlib", PlaceRelation.NEAR, None, None),
        ("Protests took place in Hama province.", "Hama", PlaceRelation.IN, None, "province"),
    ],
    ids=[
        "direction-prefix",
        "eastern",
        "countryside",
        "rural",
        "city-of",
        "highway",
        "title-case",
        "km-north-of",
        "outskirts",
        "province",
    ],
)
def test_relation_direction_and_kind(
    text: str, name: str, relation: PlaceRelation, direction: str | None, kind: str | None
) -> None:
    (mention,) = find(text)
    assert (mention.name, mention.relation, mention.direction, mention.kind_hint) == (
        name,
        relation,
        direction,
        kind,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Afrin Liberation Forces and the Syrian Democratic Forces denied the claim.",
        "The Islamic State and the Turkistan Islamic Party were blamed.",
        "In May the talks stalled. However, March was calmer.",
        "US Secretary Mike Pompeo criticised the deal.",
        "The ISIS and YPG statements differ.",
        "The Centre for Research on Conflict published a map.",
        "Kurdish and Turkish units clashed; Syrian troops withdrew.",
        "Some 300 villagers of Kuy ethnicity marched to the district hall.",
        "Elders from the Marehan clan met the governor.",
    ],
    ids=[
        "actors-with-places",
        "islamic-party",
        "months-and-adverbs",
        "person-with-title",
        "acronyms",
        "organisation-words",
        "demonyms",
        "ethnicity",
        "clan",
    ],
)
def test_no_false_places(text: str) -> None:
    assert find(text) == ()


def test_a_person_is_not_a_place_later_either() -> None:
    text = "Alaa al-Omar, a commander, was killed. Al-Omar had fled Homs in 2019."
    assert [m.name for m in find(text)] == ["Homs"]


def test_a_direction_inside_a_known_name_stays_in_the_name() -> None:
    mentions = find("Workers marched in Siliguri town (Darjeeling district, West Bengal).")
    assert [(m.name, m.kind_hint) for m in mentions] == [
        ("Siliguri", "town"),
        ("Darjeeling", "district"),
        ("West Bengal", None),
    ]
    assert mentions[-1].relation is PlaceRelation.IN


def test_unknown_names_are_kept_behind_a_strong_cue() -> None:
    mentions = find("Gunmen attacked the village of Tell Zaytun (Hama). Markets in Qasr Nour stayed shut.")
    assert [(m.name, m.kind_hint) for m in mentions] == [("Tell Zaytun", "village"), ("Hama", None)]


def test_a_place_after_its_container() -> None:
    mentions = find("Workers protested in Tuzla, Istanbul.")
    assert [m.name for m in mentions] == ["Tuzla", "Istanbul"]
    assert mentions[1].start - mentions[0].end == 2


def test_offsets_sentence_indices_and_extractor() -> None:
    text = "Calm in Hama. Shelling hit the city of Afrin and killed two."
    mentions = find(text)
    assert [(m.name, m.sentence) for m in mentions] == [("Hama", 0), ("Afrin", 1)]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.extractor == EXTRACTOR


def test_without_sentences_the_text_is_one_sentence() -> None:
    (mention,) = find_place_mentions("Fighting near Homs.", (), is_known)
    assert (mention.name, mention.sentence) == ("Homs", 0)


def test_an_unknown_place_written_before_its_unit_after_a_locative() -> None:
    text = "A body was found in Kafr Zeitun Hama on Friday."
    mentions = find(text)
    assert [(m.name, m.start) for m in mentions] == [
        ("Kafr Zeitun", text.index("Kafr")),
        ("Hama", text.index("Hama")),
    ]


def test_a_capitalised_direction_mid_sentence_belongs_to_the_name() -> None:
    (mention,) = find("Gunmen attacked a checkpoint in Western Homs on Sunday.")
    assert (mention.name, mention.relation, mention.direction) == ("Homs", PlaceRelation.IN, None)


def test_a_named_square_does_not_make_its_town_a_surname() -> None:
    mentions = find("They met at the Nazlet Homs square in Homs city.")
    assert [(m.name, m.kind_hint) for m in mentions] == [("Homs", "city")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fighters of al-Shabaab attacked the base.", []),
        ("A Myanmar army unit moved in.", ["Myanmar"]),
        ("Heavy clashes were reported again in North Kivu.", []),
        ("Pace of clashes in Aleppo decreases.", ["Aleppo"]),
        ("Scores of families fled Aleppo.", ["Aleppo"]),
        ("Moscow said its jets struck Aleppo.", ["Moscow", "Aleppo"]),
        ("Aleppo of the old days is gone.", ["Aleppo"]),
    ],
    ids=[
        "prefixed-actor",
        "leading-article",
        "named-direction",
        "common-word-of",
        "scores-of",
        "capital-said",
        "rare-word-of",
    ],
)
def test_names_around_known_places(text: str, found: list[str]) -> None:
    assert [m.text for m in find(text)] == found


def test_possessives_are_not_part_of_the_name() -> None:
    (mention,) = find("Shelling hit Idlib's southern countryside.")
    assert (mention.name, mention.text) == ("Idlib", "Idlib")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell in Kafr Nubl (Idlib) overnight.", ["Kafr Nubl", "Idlib"]),
        ("Shells fell in Kafr Nubl, Idlib overnight.", ["Kafr Nubl", "Idlib"]),
        ("Shells fell in Kafr Nubl in Idlib overnight.", ["Kafr Nubl", "Idlib"]),
        ("Gunmen raided Tell Zaytun (Kafr Nubl, Hama) at dawn.", ["Kafr Nubl", "Hama"]),
        ("Shells fell in Hama Sabkha, Idlib overnight.", ["Hama Sabkha", "Idlib"]),
        ("Shells fell in Kafr Nubl overnight, said Idlib medics.", ["Idlib"]),
        ("Shells fell in Kafr Nubl of the Idlib governorate overnight.", ["Kafr Nubl", "Idlib"]),
        ("Rallies were held in Support of the Idlib governorate.", ["Idlib"]),
    ],
    ids=[
        "brackets",
        "comma",
        "in",
        "first-in-brackets",
        "known-word-inside",
        "no-container",
        "of-the-unit",
        "of-the-no-unit",
    ],
)
def test_an_unknown_name_right_before_the_unit_it_lies_in_is_kept(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders protested in Kasese on Monday.", ["Kasese"]),
        ("Traders protested outside the council in Kasese town.", ["Kasese"]),
        ("Kasese traders said the market was closed.", []),
    ],
    ids=["after-in", "before-town", "adjective"],
)
def test_a_name_that_looks_like_a_demonym_is_a_place_where_the_text_places_it(
    text: str, expected: list[str]
) -> None:
    assert [m.name for m in find(text)] == expected


def test_initials_written_with_dots_are_no_place() -> None:
    text = "The envoy of the U.N said officials in Aleppo agreed"  # the gazetteer knows "U.N" (a namesake)
    assert [m.name for m in find(text)] == ["Aleppo"]


def test_a_surname_with_its_article_dropped_is_still_the_person() -> None:
    text = "Government forces of Bashar al-Assad shelled Hama. Assad's forces later entered Afrin."
    assert [m.name for m in find(text)] == ["Hama", "Afrin"]


def test_an_unknown_place_reached_by_to_before_its_unit_is_kept() -> None:
    text = "Rebels brought reinforcements to Tell Kalbun in Idlib on Monday."
    assert [m.name for m in find(text)] == ["Tell Kalbun", "Idlib"]


def test_a_name_before_regime_is_a_ruler_not_a_place() -> None:
    assert [m.name for m in find("The Assad regime shelled Hama on Monday.")] == ["Hama"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes in Tell Zaytun", ["Tell Zaytun"]),
        ("Warplanes target Kafr Sijnah and Hama", ["Kafr Sijnah", "Hama"]),
        ("Markets in Qasr Nour stayed shut.", []),
        ("Casualties in Ramadan", []),
        ("Clashes in Zaytun", []),
    ],
    ids=["after-in", "after-target", "body-sentence", "month", "one-word"],
)
def test_a_headline_names_its_place_right_after_the_preposition(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes in Syrias Idlib", ["Syria", "Idlib"]),  # as "Syria's Idlib"
        ("Shelling on Hamas countryside", ["Hama"]),
        ("Talks in Damascus ended", ["Damascus"]),
    ],
    ids=["before-a-name", "before-a-unit", "no-possessive"],
)
def test_a_possessive_that_lost_its_apostrophe(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


def test_a_possessive_that_lost_its_apostrophe_keeps_its_relation() -> None:
    (mention,) = find("Shelling on Hamas countryside")
    assert (mention.name, mention.relation, mention.kind_hint) == (
        "Hama",
        PlaceRelation.REGION,
        "countryside",
    )


@pytest.mark.parametrize(
    "text",
    ["Clashes in the Idlib Mountains", "Clashes in the mountains of Idlib"],
    ids=["name-mountains", "mountains-of-name"],
)
def test_mountains_are_a_region_of_the_name(text: str) -> None:
    (mention,) = find(text)
    assert (mention.name, mention.relation) == ("Idlib", PlaceRelation.REGION)


@pytest.mark.parametrize(
    "text",
    [
        "Human losses in Homs",
        "Air strikes on Homs",
        "Missile strike on Homs",
        "Massacre in Homs leaves dozens dead",
        "Battle rages on the edge of Homs",
    ],
    ids=["human", "air", "missile", "massacre", "battle"],
)
def test_the_words_of_event_reports_are_no_place(text: str) -> None:
    assert [m.name for m in find(text)] == ["Homs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling on the \u201cHoms \u2013 Hama\u201d area left 3 dead", []),
        ("Two weeks after the Damascus \u2013 Aleppo agreement, clashes in Idlib", ["Idlib"]),
        ("Gunmen attacked the Homs \u2013 Hama highway", ["Homs", "Hama"]),
    ],
    ids=["quoted-zone-nickname", "agreement-parties", "road-between-places"],
)
def test_names_joined_by_dashes_before_an_agreement_are_its_parties(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin said the campaign in Idlib would go on.",
        "Putin's envoy met the delegation in Idlib.",
        "A statement by Obama condemned the strikes on Idlib.",
    ],
    ids=["leader-speaks", "leader-possessive", "leader-object"],
)
def test_a_leader_named_alone_is_no_place(text: str) -> None:
    assert [m.text for m in find(text)] == ["Idlib"]


def test_names_do_not_run_across_punctuation() -> None:
    assert [m.text for m in find("During an annual Q&A session he spoke of Idlib.")] == ["Idlib"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Isis Attacks Regime Forces and Allies, Raising the Toll to 690 of Both Parties in 55 Days of Recovery"
            " in Aleppo",
            ["Aleppo"],
        ),
        (
            "Isis Attacks Regime Forces and Allies, Raising the Toll to 690 of Both Parties as Talks Stall in Jordan",
            ["Jordan"],
        ),
        ("The allies met in Recovery to sign the truce.", ["Recovery"]),
    ],
    ids=["headline-words", "country-kept", "sentence-case-name-kept"],
)
def test_a_common_word_capitalised_by_a_headline_is_no_place(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents of Homs rallied against 280 migrants (mostly from Syria) at a hotel.", ["Homs"]),
        ("Two fighters from Jordan were killed in clashes in Idlib.", ["Idlib"]),
        ("Refugees from the Damascus countryside protested in Aleppo.", ["Aleppo"]),
        ("Soldiers fired at refugees trying to flee from Afrin camps.", ["Afrin"]),
        ("A convoy from Hama reached Idlib.", ["Hama", "Idlib"]),
    ],
    ids=["migrants-mostly-from", "fighters-from", "refugees-from-the", "flee-from-is-a-place", "no-people"],
)
def test_where_people_come_from_is_no_place_of_the_event(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hama District unit of the party staged a rally in Homs town.", ["Homs"]),
        ("Volunteers of the Aleppo branch of the Red Crescent were shot in Idlib.", ["Idlib"]),
        ("Shells fell on the Hama district on Monday.", ["Hama"]),
    ],
    ids=["district-unit-of", "branch-of", "a-district-itself"],
)
def test_a_place_naming_an_organisations_branch_is_no_place(text: str, expected: list[str]) -> None:
    assert [m.name for m in find(text)] == expected


def test_a_long_unknown_name_with_articles_inside_and_a_unit_known_without_its_article() -> None:
    known = {"san luis potosi", "zacatecas"}
    text = "Armed men clashed with police in San Juan de los Cerritos, San Luis de Potosi, on Monday."
    found = find_place_mentions(text, sentences_of(text), lambda name: name.lower() in known)
    assert [m.name for m in found] == ["San Juan de los Cerritos", "San Luis de Potosi"]
    # five capitalised words are no place name, connectors or not
    text = "Armed men clashed in Great Union Square Shopping Centre Mall, Zacatecas, on Monday."
    found = find_place_mentions(text, sentences_of(text), lambda name: name.lower() in known)
    assert [m.name for m in found] == ["Zacatecas"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aerial bombardment targets the Hama and Homs countrysides.",
            [
                ("Hama", PlaceRelation.REGION, None, "countryside"),
                ("Homs", PlaceRelation.REGION, None, "countryside"),
            ],
        ),
        (
            "Shelling hit Aleppo, Idlib and Hama countryside.",
            [
                ("Aleppo", PlaceRelation.REGION, None, "countryside"),
                ("Idlib", PlaceRelation.REGION, None, "countryside"),
                ("Hama", PlaceRelation.REGION, None, "countryside"),
            ],
        ),
        (
            "Warplanes struck the northern countryside of Idlib and Hama.",
            [
                ("Idlib", PlaceRelation.REGION, "northern", None),
                ("Hama", PlaceRelation.REGION, "northern", None),
            ],
        ),
        (
            "Shelling targeted the countryside of Hama, Idlib, and Aleppo.",
            [
                ("Hama", PlaceRelation.REGION, None, None),
                ("Idlib", PlaceRelation.REGION, None, None),
                ("Aleppo", PlaceRelation.REGION, None, None),
            ],
        ),
        (
            "Raids hit Idlib and Hama provinces.",
            [("Idlib", PlaceRelation.IN, None, "province"), ("Hama", PlaceRelation.IN, None, "province")],
        ),
        (  # a kind of its own is kept
            "Shells fell on the Idlib countryside and Hama city.",
            [("Idlib", PlaceRelation.REGION, None, "countryside"), ("Hama", PlaceRelation.IN, None, "city")],
        ),
        (  # a bare direction is the first name's only ("northern Aleppo and Azaz": Azaz is a town)
            "Clashes in northern Aleppo and Homs killed two.",
            [("Aleppo", PlaceRelation.REGION, "northern", None), ("Homs", PlaceRelation.IN, None, None)],
        ),
        (  # names in two sentences share nothing
            "Fighting continued in Idlib. Hama countryside was calm.",
            [("Idlib", PlaceRelation.IN, None, None), ("Hama", PlaceRelation.REGION, None, "countryside")],
        ),
    ],
    ids=[
        "plural-countryside",
        "three-names",
        "region-before",
        "region-before-three-names",
        "plural-province",
        "own-kind",
        "bare-direction",
        "two-sentences",
    ],
)
def test_a_kind_or_region_written_once_holds_for_names_joined_by_and(
    text: str, expected: list[tuple[str, PlaceRelation, str | None, str | None]]
) -> None:
    assert [(m.name, m.relation, m.direction, m.kind_hint) for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels looted wheat crops in rural Tell Zamar in Hama.", "Tell Zamar"),
        ("Shells fell on the countryside of Kafr Zibad on Monday.", "Kafr Zibad"),
    ],
)
def test_an_unknown_name_behind_an_area_cue_is_kept_as_a_region(text: str, name: str) -> None:
    found = {m.name: m for m in find(text)}
    assert found[name].relation is PlaceRelation.REGION
