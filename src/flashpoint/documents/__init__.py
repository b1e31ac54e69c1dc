"""Flashpoint documents stage: ``Article`` -> ``Document`` with paragraphs and sentences, or ``Rejected``."""

from __future__ import annotations

from flashpoint.documents.build import build_document, document_id, preload
from flashpoint.documents.model import Document, Rejected, RejectReason, RemovedSpan, Sentence

__all__ = [
    "Document",
    "RejectReason",
    "Rejected",
    "RemovedSpan",
    "Sentence",
    "build_document",
    "document_id",
    "preload",
]
