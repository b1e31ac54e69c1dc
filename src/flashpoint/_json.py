"""Reading values back out of the JSON contracts (events, incidents): one definition of each coercion."""

from __future__ import annotations

from datetime import date

from flashpoint._types import JSONObject, JSONValue


def as_str(value: JSONValue | None) -> str:
    return "" if value is None else str(value)


def opt_str(value: JSONValue | None) -> str | None:
    return None if value is None else str(value)


def as_int(value: JSONValue | None) -> int:
    return int(str(value))


def opt_int(value: JSONValue | None) -> int | None:
    return None if value is None else int(str(value))


def opt_float(value: JSONValue | None) -> float | None:
    return None if value is None else float(str(value))


def opt_date(value: JSONValue | None) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def as_list(value: JSONValue | None) -> list[JSONValue]:
    return value if isinstance(value, list) else []


def as_obj(value: JSONValue | None) -> JSONObject:
    return value if isinstance(value, dict) else {}


__all__ = ["as_int", "as_list", "as_obj", "as_str", "opt_date", "opt_float", "opt_int", "opt_str"]
