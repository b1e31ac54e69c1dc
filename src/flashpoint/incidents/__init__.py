"""Flashpoint incidents stage: events across reports -> incidents (one real-world event, many reports).

    clusterer = IncidentClusterer(splits=store.incident_splits())
    for report in reports: clusterer.add_report(report)
    store.save_incidents(clusterer.changed())

Modules: ``model`` (frozen records), ``fingerprint`` (MinHash near-duplicate reports), ``similarity``
(compatibility rules and calibrated thresholds), ``merge`` (merged fields, per-claimant figures),
``cluster`` (incremental clustering, stable ids, splits), ``serialize`` (the JSON contract),
``countries`` (one spelling per country: ISO codes named).
"""

from __future__ import annotations

from flashpoint.incidents.cluster import IncidentClusterer, SplitError, cluster_members, split_members
from flashpoint.incidents.fingerprint import Fingerprint, fingerprint_text
from flashpoint.incidents.merge import build_incident, member_from_event
from flashpoint.incidents.model import (
    ClaimSummary,
    FieldValue,
    FigureRange,
    Incident,
    IncidentMember,
    MergedField,
    Report,
    SplitRecord,
)
from flashpoint.incidents.serialize import INCIDENT_FIELDS, incident_from_dict, incident_to_dict

__all__ = [
    "INCIDENT_FIELDS",
    "ClaimSummary",
    "FieldValue",
    "FigureRange",
    "Fingerprint",
    "Incident",
    "IncidentClusterer",
    "IncidentMember",
    "MergedField",
    "Report",
    "SplitError",
    "SplitRecord",
    "build_incident",
    "cluster_members",
    "fingerprint_text",
    "incident_from_dict",
    "incident_to_dict",
    "member_from_event",
    "split_members",
]
