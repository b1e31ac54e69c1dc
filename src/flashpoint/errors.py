"""Flashpoint's exceptions.

Every message says what failed, on which item, and what to do about it::

    FlashpointError
    ├── InputError           an input item cannot be read (E1xx)
    ├── ConfigError          a setting or settings file is invalid (E2xx)
    ├── StoreError           the database cannot be opened, migrated or written (E3xx)
    ├── ResourceError        a packaged resource (gazetteer, knowledge base, model) is missing or broken (E4xx)
    ├── EvalError            an evaluation dataset cannot be read or scored (E5xx)
    └── TrainingError        a model cannot be trained from the given data or written where asked (E6xx)

Expected outcomes such as an off-topic or non-English article are not exceptions: they are
``documents.model.Rejected`` records.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Root of Flashpoint's exceptions; ``code`` is a short stable identifier such as ``E101``."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(f"[{self.code}] {message}")


class InputError(FlashpointError):
    """An input item (file, JSONL line, HTML page) cannot be read."""

    code = "E100"


class ConfigError(FlashpointError):
    """A setting or the settings file is invalid."""

    code = "E200"


class StoreError(FlashpointError):
    """The store cannot be opened, migrated, read or written."""

    code = "E300"


class ResourceError(FlashpointError):
    """A packaged resource (gazetteer, actor knowledge base, model) is missing or broken."""

    code = "E400"


class EvalError(FlashpointError):
    """An evaluation dataset cannot be read or scored."""

    code = "E500"


class TrainingError(FlashpointError):
    """A model cannot be trained from the given data, or cannot be written where asked."""

    code = "E600"


__all__ = [
    "ConfigError",
    "EvalError",
    "FlashpointError",
    "InputError",
    "ResourceError",
    "StoreError",
    "TrainingError",
]
