"""The labelled synthetic report generator: determinism, coverage, label consistency and speed."""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from datetime import date, timedelta

import pytest

from flashpoint.events.ontology import event_type_of
from flashpoint.pipeline import synthetic
from flashpoint.pipeline.synthetic import SyntheticReport, generate_reports

# ACLED's 6 event types and 25 sub-event types, written out independently of the ontology module.
ONTOLOGY: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
NON_VIOLENT = (
    "Peaceful protest",
    "Protest with intervention",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Non-violent transfer of territory",
    "Other",
    "Sexual violence",
    "Looting/property destruction",
)
DENIALS = (
    "denied that anyone had been killed",
    "denied any casualties",
    "said no one was killed",
    "dismissed the death toll as fabricated",
)


@pytest.fixture(scope="module")
def corpus() -> list[SyntheticReport]:
    return list(generate_reports(5000, seed=11))


def test_same_seed_gives_the_same_reports() -> None:
    first = list(generate_reports(300, seed=5))
    again = list(generate_reports(300, seed=5))
    other = list(generate_reports(300, seed=6))
    assert first == again
    assert [r.text for r in first] != [r.text for r in other]


def test_a_shorter_run_is_a_prefix_of_a_longer_one() -> None:
    short = list(generate_reports(50, seed=3))
    long = list(generate_reports(120, seed=3))
    assert short == long[:50]
    assert list(generate_reports(0, seed=3)) == []


def test_all_25_sub_event_types_appear_in_5000_reports(corpus: list[SyntheticReport]) -> None:
    counts = Counter(r.sub_event_type for r in corpus)
    assert set(counts) == set(ONTOLOGY)
    assert min(counts.values()) >= 40  # the rarest type still has enough examples to learn from


def test_labels_use_the_ontology_names(corpus: list[SyntheticReport]) -> None:
    for report in corpus:
        assert ONTOLOGY[report.sub_event_type] == report.event_type
        assert str(event_type_of(report.sub_event_type)) == report.event_type


def test_first_1000_texts_are_all_different() -> None:
    texts = [r.text for r in generate_reports(1000, seed=0)]
    assert len(set(texts)) == 1000


def test_10000_reports_take_under_10_seconds() -> None:
    started = time.perf_counter()
    reports = list(generate_reports(10_000, seed=2))
    elapsed = time.perf_counter() - started
    assert len(reports) == 10_000
    assert elapsed < 10.0, f"generating 10,000 reports took {elapsed:.1f} s"


def test_many_countries_outlets_and_surface_forms(corpus: list[SyntheticReport]) -> None:
    countries = Counter(r.country for r in corpus)
    assert len(countries) >= 18
    assert len({r.outlet for r in corpus}) >= 40
    leads = {_lead_skeleton(r) for r in corpus}
    assert len(leads) >= 2000, "lead sentences should vary far beyond a handful of templates"


def _lead_skeleton(report: SyntheticReport) -> str:
    """The lead sentence with numbers masked, to count distinct surface forms rather than distinct figures."""
    body = report.text.split("\n\n")
    lead = body[1] if len(body) > 1 and "." not in body[0] else body[0]
    return re.sub(r"\d+", "N", lead.split(". ")[0])


def test_location_and_country_labels_are_in_the_text(corpus: list[SyntheticReport]) -> None:
    for report in corpus:
        assert report.location in report.text, report.id
        assert report.geo_precision in (1, 2, 3)
        if report.geo_precision == 3:
            assert report.location == report.admin1


def test_event_dates_fall_shortly_before_publication(corpus: list[SyntheticReport]) -> None:
    for report in corpus:
        assert timedelta(0) <= report.published - report.event_date <= timedelta(days=3)
        assert date(2023, 1, 1) <= report.published <= date(2024, 11, 1)


def test_actor_roles_follow_acled_conventions(corpus: list[SyntheticReport]) -> None:
    for report in corpus:
        country = report.country
        if report.event_type == "Violence against civilians":
            assert report.actor2 == f"Civilians ({country})"
        if report.sub_event_type in ("Peaceful protest", "Protest with intervention"):
            assert report.actor1 == f"Protesters ({country})"
        if report.sub_event_type == "Excessive force against protesters":
            assert report.actor2 == f"Protesters ({country})"
        if report.event_type == "Riots":
            assert report.actor1 == f"Rioters ({country})"
        if report.event_type == "Battles":
            assert report.actor2 is not None and report.actor1 != report.actor2


def test_non_violent_events_have_no_fatalities(corpus: list[SyntheticReport]) -> None:
    for report in corpus:
        if report.sub_event_type in NON_VIOLENT:
            assert report.fatalities == 0, report.id


def test_a_denial_makes_the_conservative_figure_zero(corpus: list[SyntheticReport]) -> None:
    denied = [r for r in corpus if any(phrase in r.text for phrase in DENIALS)]
    assert len(denied) >= 50
    assert all(r.fatalities == 0 for r in denied)


def test_fatalities_are_stated_in_the_text(corpus: list[SyntheticReport]) -> None:
    for report in corpus:
        if report.fatalities:
            assert re.search(r"\b(killed|killing|dead|died|deaths|death toll|lynched)\b", report.text), (
                report.id
            )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("dozens of civilians", 12),
        ("several soldiers", 3),
        ("at least seven residents", 7),
        ("more than 20 people", 20),
        ("between five and eight villagers", 5),
        ("about 10 people", 10),
        ("a civilian", 1),
        ("one other", 1),
    ],
    ids=["dozens", "several", "at-least", "more-than", "range-low-end", "about", "singular", "one-other"],
)
def test_count_phrases_code_to_acleds_conservative_figure(phrase: str, expected: int) -> None:
    assert _figure(phrase) == expected


def test_generated_count_phrases_match_their_figures() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        n = rng.randint(1, 40)
        phrase, value = synthetic._count_phrase(rng, n, ("civilian", "civilians"))
        assert _figure(phrase) == value, phrase


_WORDS = {
    word: i
    for i, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        )
    )
}


def _figure(phrase: str) -> int:
    """How a careful coder reads a count phrase (the spec the generator's labels must follow)."""
    if phrase.startswith("dozens"):
        return 12
    if phrase.startswith("several"):
        return 3
    if phrase.startswith("a ") or phrase.startswith("an "):
        return 1
    for token in phrase.split():
        if token.isdigit():
            return int(token)
        if token in _WORDS:
            return _WORDS[token]
    raise AssertionError(f"no figure in {phrase!r}")


def test_every_fighting_pair_shares_an_area() -> None:
    for country in synthetic._COUNTRIES:
        pairs = [*country.ground]
        pairs += [(a, t) for a, targets in (*country.air, *country.fire) for t in targets if t.areas]
        for a, b in pairs:
            if a.areas and b.areas:
                assert set(a.areas) & set(b.areas), f"{country.name}: {a.name} / {b.name}"


def test_actor_areas_name_admin1_units_that_have_towns() -> None:
    for country in synthetic._COUNTRIES:
        admin1 = {town.admin1 for town in country.towns}
        fire_and_air = (*country.air, *country.fire)
        actors = [
            *country.groups,
            *(a for pair in country.ground for a in pair),
            *(a for a, _t in fire_and_air),
            *(t for _a, targets in fire_and_air for t in targets),
        ]
        for actor in actors:
            unknown = set(actor.areas) - admin1
            assert not unknown, f"{country.name}: {actor.name} operates in {unknown}, which has no towns"
