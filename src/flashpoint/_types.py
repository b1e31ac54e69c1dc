"""Type aliases shared across Flashpoint's stages."""

from __future__ import annotations

from typing import TypeAlias

CharSpan: TypeAlias = tuple[int, int]
"""A half-open character range ``(start, end)`` into ``Document.text``."""

JSONScalar: TypeAlias = str | int | float | bool | None
JSONValue: TypeAlias = JSONScalar | list["JSONValue"] | dict[str, "JSONValue"]
JSONObject: TypeAlias = dict[str, JSONValue]
