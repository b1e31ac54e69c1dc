"""Date expressions, resolved against a reference date (publication date, or the article's dateline).

Year rules, in order: the expression's own year; the publication (or dateline) date, moved back a year when the
month and day would otherwise fall more than a week after it; with no reference at all, the most recent year the
text names ("early 2020"), flagged as ``YearSource.INFERRED``; failing that, the processing date's year, flagged
``YearSource.UNKNOWN`` so the event says its year is a guess.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from flashpoint.documents.model import Sentence
from flashpoint.mentions.model import DateMention, TimePrecision, YearSource

EXTRACTOR = "dates.rules"
_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        _MONTHS[_name.lower()] = _i
        _MONTHS[_name[:3].lower()] = _i
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(calendar.day_name)})

_MONTH = r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<{g}>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"  # noqa: E501

_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b" + _YEAR.format(g="iso_y") + r"-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b"),
    (
        "dmy",
        r"\b"
        + _DAY.format(g="dmy_d")
        + r"(?:\s+of)?[\s-]+"
        + _MONTH.format(g="dmy_m")
        + r"(?:,?[\s-]+"
        + _YEAR.format(g="dmy_y")
        + r")?\b",
    ),
    (
        "mdy",
        r"\b"
        + _MONTH.format(g="mdy_m")
        + r"\s+"
        + _DAY.format(g="mdy_d")
        + r"(?:,?\s+"
        + _YEAR.format(g="mdy_y")
        + r")?\b",
    ),
    (
        "my",
        r"\b(?:(?:early|mid|late|end of|beginning of)[\s-]+)?"
        + _MONTH.format(g="my_m")
        + r"(?:,?\s+"
        + _YEAR.format(g="my_y")
        + r")?\b",
    ),
    (
        "rel",
        r"\b(?P<rel_p>the day before yesterday|yesterday|today|tonight|this (?:morning|afternoon|evening)"
        r"|last night|overnight|earlier today|earlier this week|this week|last week|the past week"
        r"|earlier this month|this month|last month)\b",
    ),
    (
        "wd",
        r"\b(?:(?:late|early)\s+(?:on\s+)?|on\s+|last\s+)?"
        + _WEEKDAY.format(g="wd_w")
        + r"(?:\s+(?:night|morning|evening|afternoon))?\b(?!\s*,?\s*\d)",
    ),
)
_DATE_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS), re.IGNORECASE)
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_DATELINE_RE = re.compile(
    r"^.{0,120}?(?:"
    + _WEEKDAY.format(g="dw")
    + r",?\s+)?"
    + _DAY.format(g="dd")
    + r"\s+"
    + _MONTH.format(g="dm")
    + r",?\s+"
    + _YEAR.format(g="dy")
    + r"|^.{0,120}?"
    + _MONTH.format(g="dm2")
    + r"\s+"
    + _DAY.format(g="dd2")
    + r",\s+"
    + _YEAR.format(g="dy2"),
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateReference:
    """What relative and year-less expressions are resolved against."""

    value: date | None  # publication date, else the dateline's date
    source: YearSource  # PUBLICATION when there is a reference, else INFERRED or UNKNOWN
    year: int  # year used for year-less dates when there is no reference


def find_dateline(text: str) -> date | None:
    """A full date in the first lines (``"Wed 19 Apr 2017"``, ``"KHARTOUM, 14 June 2021"``) or None."""
    match = _DATELINE_RE.match(text[:200])
    if not match:
        return None
    groups = match.groupdict()
    day, month, year = (
        (groups["dd"], groups["dm"], groups["dy"])
        if groups["dd"]
        else (groups["dd2"], groups["dm2"], groups["dy2"])
    )
    return _safe_date(int(year), _month(month), int(day))


def date_reference(text: str, published: date | None, today: date) -> DateReference:
    """Choose the reference date and the fallback year for a document."""
    if published is not None:
        return DateReference(value=published, source=YearSource.PUBLICATION, year=published.year)
    dateline = find_dateline(text)
    if dateline is not None:
        return DateReference(value=dateline, source=YearSource.PUBLICATION, year=dateline.year)
    years = [int(y) for y in _YEAR_RE.findall(text) if int(y) <= today.year]
    if years:
        return DateReference(value=None, source=YearSource.INFERRED, year=max(years))
    return DateReference(value=None, source=YearSource.UNKNOWN, year=today.year)


def find_date_mentions(
    text: str, sentences: Sequence[Sentence], reference: DateReference
) -> tuple[DateMention, ...]:
    """Every date expression in ``text`` that can be resolved, in text order."""
    starts = [s.start for s in sentences]
    found: list[DateMention] = []
    for match in _DATE_RE.finditer(text):
        resolved = _resolve(match, reference)
        if resolved is None:
            continue
        value, precision, year_source, relative = resolved
        sentence = max(bisect.bisect_right(starts, match.start()) - 1, 0)
        found.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                sentence=sentence,
                extractor=EXTRACTOR,
                value=value,
                precision=precision,
                year_source=year_source,
                relative=relative,
            )
        )
    return tuple(found)


_Resolved = tuple[date, TimePrecision, YearSource, bool]


def _resolve(match: re.Match[str], ref: DateReference) -> _Resolved | None:
    kind = match.lastgroup
    groups = {k.split("_")[-1]: v for k, v in match.groupdict().items() if v is not None and "_" in k}
    if kind == "iso":
        return _explicit(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if kind in ("dmy", "mdy"):
        return _month_day(_month(groups["m"]), int(groups["d"]), groups.get("y"), ref)
    if kind == "my":
        return _month_only(match, _month(groups["m"]), groups.get("y"), ref)
    if kind == "rel":
        return _relative(groups["p"].lower(), ref)
    if kind == "wd":
        return _weekday(_WEEKDAYS[groups["w"].lower()[:3]], match.group(0).lower(), ref)
    return None


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def _explicit(year: int, month: int, day: int) -> _Resolved | None:
    value = _safe_date(year, month, day)
    return None if value is None else (value, TimePrecision.DAY, YearSource.EXPLICIT, False)


def _month_day(month: int, day: int, year: str | None, ref: DateReference) -> _Resolved | None:
    if year is not None:
        return _explicit(int(year), month, day)
    if ref.value is None:
        value = _safe_date(ref.year, month, day)
        return None if value is None else (value, TimePrecision.DAY, ref.source, False)
    value = _safe_date(ref.value.year, month, day)
    if value is not None and value > ref.value + timedelta(days=7):
        value = _safe_date(ref.value.year - 1, month, day)
    return None if value is None else (value, TimePrecision.DAY, YearSource.PUBLICATION, False)


def _month_only(match: re.Match[str], month: int, year: str | None, ref: DateReference) -> _Resolved | None:
    text = match.group(0)
    qualified = " " in text or match.string[max(match.start() - 3, 0) : match.start()].lower() == "in "
    if year is None and (text[:1].islower() or not qualified):
        return None  # "may" the verb, "March" the noun: a bare month name needs "in" or a year
    if year is not None:
        value = date(int(year), month, 1)
        return value, TimePrecision.MONTH, YearSource.EXPLICIT, False
    base_year = ref.value.year if ref.value else ref.year
    if ref.value is not None and month > ref.value.month:
        base_year -= 1
    source = YearSource.PUBLICATION if ref.value else ref.source
    return date(base_year, month, 1), TimePrecision.MONTH, source, False


def _relative(phrase: str, ref: DateReference) -> _Resolved | None:
    if ref.value is None:
        return None
    base = ref.value
    offsets = {"the day before yesterday": 2, "yesterday": 1, "last night": 1, "overnight": 1}
    if phrase in offsets:
        return base - timedelta(days=offsets[phrase]), TimePrecision.DAY, YearSource.PUBLICATION, True
    if "week" in phrase:
        days = 7 if phrase in ("last week", "the past week") else 0
        return base - timedelta(days=days), TimePrecision.WEEK, YearSource.PUBLICATION, True
    if "month" in phrase:
        value = _previous_month(base) if phrase == "last month" else base.replace(day=1)
        return value, TimePrecision.MONTH, YearSource.PUBLICATION, True
    return base, TimePrecision.DAY, YearSource.PUBLICATION, True


def _weekday(weekday: int, phrase: str, ref: DateReference) -> _Resolved | None:
    if ref.value is None:
        return None
    back = (ref.value.weekday() - weekday) % 7
    if back == 0 and phrase.startswith("last"):
        back = 7
    return ref.value - timedelta(days=back), TimePrecision.DAY, YearSource.PUBLICATION, True


def _previous_month(value: date) -> date:
    first = value.replace(day=1)
    return (first - timedelta(days=1)).replace(day=1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iter_years(text: str) -> Iterator[int]:
    """Four-digit years named in the text, in order."""
    for match in _YEAR_RE.finditer(text):
        yield int(match.group(1))


__all__ = ["DateReference", "date_reference", "find_date_mentions", "find_dateline", "iter_years"]
