"""Heavy shared resources (gazetteer, actor knowledge base, source registry), loaded lazily once per process."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

from flashpoint.documents.build import preload as preload_documents
from flashpoint.events.classifier import EventClassifier
from flashpoint.mentions.kb import ActorKB
from flashpoint.mentions.sources import SourceRegistry
from flashpoint.places.gazetteer import Gazetteer
from flashpoint.settings import Settings


@dataclass(slots=True)
class Resources:
    """The services every stage is given. Nothing is loaded until first use."""

    settings: Settings
    today: date = field(default_factory=date.today)
    _gazetteer: Gazetteer | None = None
    _actors: ActorKB | None = None
    _sources: SourceRegistry | None = None
    _classifier: EventClassifier | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def preload(self) -> None:
        """Load (and on a first run compile) everything now: before timing, or before forking workers, so that
        workers do not each compile the gazetteer."""
        self.gazetteer.ensure_built()
        _ = (self.actors, self.sources, self.classifier)
        preload_documents()

    @property
    def gazetteer(self) -> Gazetteer:
        with self._lock:
            if self._gazetteer is None:
                self._gazetteer = Gazetteer.open(self.settings.cache_dir)
            return self._gazetteer

    @property
    def actors(self) -> ActorKB:
        with self._lock:
            if self._actors is None:
                self._actors = ActorKB.load(self.settings.actor_files)
            return self._actors

    @property
    def classifier(self) -> EventClassifier:
        with self._lock:
            if self._classifier is None:
                model = self.settings.event_model
                self._classifier = (
                    EventClassifier.load() if model is None else EventClassifier.from_file(model)
                )
            return self._classifier

    @property
    def sources(self) -> SourceRegistry:
        with self._lock:
            if self._sources is None:
                self._sources = SourceRegistry.load(self.settings.source_files)
            return self._sources


__all__ = ["Resources"]
