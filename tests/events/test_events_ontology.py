from __future__ import annotations

from flashpoint.events.ontology import SUB_EVENTS, EventType, SubEventType, event_type_of, sub_event_types_of
from flashpoint.events.triggers import RULES


def test_six_types_and_twenty_five_sub_types_each_defined_once() -> None:
    assert len(EventType) == 6
    assert len(SubEventType) == 25
    assert sorted(d.sub_event_type for d in SUB_EVENTS) == sorted(SubEventType)
    assert all(len(d.definition) > 30 for d in SUB_EVENTS)


def test_sub_types_per_type_match_the_codebook() -> None:
    counts = {t: len(sub_event_types_of(t)) for t in EventType}
    assert counts == {
        EventType.BATTLES: 3,
        EventType.EXPLOSIONS: 6,
        EventType.VIOLENCE_AGAINST_CIVILIANS: 3,
        EventType.PROTESTS: 3,
        EventType.RIOTS: 2,
        EventType.STRATEGIC_DEVELOPMENTS: 8,
    }
    assert event_type_of("Air/drone strike") == EventType.EXPLOSIONS


def test_every_sub_type_has_a_trigger_rule() -> None:
    assert {r.sub_event_type for r in RULES} == set(SubEventType)
