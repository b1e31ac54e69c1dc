"""The incident JSON contract: field order, figures, and an exact round trip."""

from __future__ import annotations

from incident_builders import deaths, member

from flashpoint.incidents.merge import build_incident
from flashpoint.incidents.model import Incident
from flashpoint.incidents.serialize import INCIDENT_FIELDS, incident_from_dict, incident_to_dict


def _incident() -> Incident:
    members = [
        member("a", source_key="wire", claims=(deaths(6, "civil defence"),)),
        member(
            "b",
            source_key="daily",
            location="Idlib",
            claims=(deaths(9, "civil defence", hedge="reportedly"),),
        ),
    ]
    return build_incident("inc-0123456789abcdef", members)


def test_contract_fields_in_order() -> None:
    data = incident_to_dict(_incident())
    assert tuple(data) == INCIDENT_FIELDS
    assert data["fatalities"] == {"low": 6, "conservative": 6, "high": 9}
    assert data["source_count"] == 2 and data["event_ids"] == ["a", "b"]


def test_round_trip_is_exact() -> None:
    incident = _incident()
    assert incident_from_dict(incident_to_dict(incident)) == incident
