"""Date expressions, resolved against a reference date (publication date, or the article's dateline).

Year rules, in order: the expression's own year; the publication (or dateline) date, moved back a year when the
month and day would otherwise fall more than a week after it; with no reference at all, the most recent year the
text names ("early 2020"), flagged as ``YearSource.INFERRED``; failing that, the processing date's year, flagged
``YearSource.UNKNOWN`` so the event says its year is a guess.

Formats: "9 May 2020", "May 9, 2020", "9th of May", ISO "2020-05-09", numeric "05/09/2020" (month first, as in
US usage and GTD summaries) and "09.05.2020" / "09-05-2020" (day first), glued web datelines ("Apr 152017"),
ranges ("between 3 and 5 May", "overnight 8-9 May", "30 April-1 May": the first day, with day precision when the
range is one night and week precision when longer), months ("early May 2020"), relative days ("yesterday", "last
week") and weekdays ("on Tuesday", the latest such day on or before the reference). An ambiguous numeric date takes
the order of the document's unambiguous ones ("13/05/2020" makes "05/06/2020" day-first); when there are none, the
reading nearest the publication date ("01/02/2016" in a report of 3 February 2016 is 1 February), and with no
publication date, the separator's usual order. Times that do not date
an event ("until May 23", "since March 2011") are not reported.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
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
CALENDAR_WORDS: frozenset[str] = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(calendar.day_name)})

_MONTH = r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<{g}>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
_RANGE_JOIN = r"\s*(?:-|–|to|and|until|till)\s*"

_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b" + _YEAR.format(g="iso_y") + r"-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b"),
    (
        "num",
        r"(?<![\d./-])(?P<num_a>[0-3]?\d)(?P<num_s>[/.-])(?P<num_b>[0-3]?\d)(?P=num_s)"
        + _YEAR.format(g="num_y")
        + r"(?![\d/-]|\.\d)",
    ),
    (
        "rng",
        r"\b(?:(?P<rng_w>between|from|overnight(?:\s+(?:on|of))?|(?:on\s+)?the\s+night\s+of)\s+)?"
        + _DAY.format(g="rng_d1")
        + r"(?:\s+"
        + _MONTH.format(g="rng_m1")
        + r")?"
        + _RANGE_JOIN
        + _DAY.format(g="rng_d2")
        + r"\s+"
        + _MONTH.format(g="rng_m2")
        + r"(?:,?\s+"
        + _YEAR.format(g="rng_y")
        + r")?\b",
    ),
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
        "glued",
        r"\b"
        + _MONTH.format(g="glued_m")
        + r"\s+(?P<glued_d>[12]\d|3[01]|0?[1-9])"
        + _YEAR.format(g="glued_y")
        + r"\b",
    ),
    (
        "mdy",
        r"\b"
        + _MONTH.format(g="mdy_m")
        + r"\s+"
        + _DAY.format(g="mdy_d")
        + r"(?:,?\s+"
        + _YEAR.format(g="mdy_y")
        + r")?\b(?!:\d)",
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
        + r"(?:\s+(?:night|morning|evening|afternoon))?\b(?!\s*,?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"[a-z]*\.?\s+\d))",
    ),
)
_DATE_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS), re.IGNORECASE)
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_NOT_EVENT_TIME = re.compile(
    r"\b(?:since|until|till|through|effective|before|ahead\s+of|starting|by\s+the\s+end\s+of)\s+(?:on\s+|early\s+"
    r"|late\s+|mid-?\s*)?$",
    re.IGNORECASE,
)
_DATELINE_CHARS = 150  # a dateline sits in the first line or two of a report
_FULL_DATES = ("iso", "num", "dmy", "glued", "mdy")


@dataclass(frozen=True, slots=True, kw_only=True)
class DateReference:
    """What relative and year-less expressions are resolved against."""

    value: date | None  # publication date, else the dateline's date
    source: YearSource  # PUBLICATION when there is a reference, else INFERRED or UNKNOWN
    year: int  # year used for year-less dates when there is no reference


def find_dateline(text: str) -> date | None:
    """The first full date (with its year) in the report's first lines, or None.

    ``"Wed 19 Apr 2017"``, ``"KHARTOUM, 14 June 2021"``, ``"Published July 27 2016"``, ``"05.10.2017"``,
    ``"03/06/2016:"``, ``"Last updated at Apr 152017"``.
    """
    head = text[: _DATELINE_CHARS + 40]
    day_first = _numeric_order(head)
    for match in _DATE_RE.finditer(head):
        if match.start() > _DATELINE_CHARS:
            break
        if match.lastgroup in _FULL_DATES and _groups(match).get("y"):
            value = _full_date(match, day_first)
            if value is not None:
                return value
    return None


def date_reference(text: str, published: date | None, today: date) -> DateReference:
    """Choose the reference date and the fallback year for a document."""
    if published is not None:
        return DateReference(value=published, source=YearSource.PUBLICATION, year=published.year)
    dateline = find_dateline(text) or find_syndication_date(text)
    if dateline is not None:
        return DateReference(value=dateline, source=YearSource.PUBLICATION, year=dateline.year)
    years = [int(y) for y in _YEAR_RE.findall(text) if int(y) <= today.year]
    if years:
        return DateReference(value=None, source=YearSource.INFERRED, year=max(years))
    return DateReference(value=None, source=YearSource.UNKNOWN, year=today.year)


_SYNDICATION_RE = re.compile(
    r"\b(?:first|originally)\s+(?:appeared|published|ran)\b[^.\n]{0,80}?\bon\s+(?P<date>[^.\n()]{6,30})",
    re.IGNORECASE,
)


def find_syndication_date(text: str) -> date | None:
    """A repost's note of its original: "(This article first appeared in X on 10 June 2024.)"."""
    match = _SYNDICATION_RE.search(text)
    if match is None:
        return None
    return find_dateline(match.group("date"))


def find_date_mentions(
    text: str, sentences: Sequence[Sentence], reference: DateReference, *, day_first: bool | None = None
) -> tuple[DateMention, ...]:
    """Every date expression in ``text`` that can be resolved and dates an event, in text order.

    ``day_first`` fixes the order of ambiguous numeric dates; by default the document's own dates decide.
    """
    starts = [s.start for s in sentences]
    order = _numeric_votes(text) if day_first is None else day_first
    found: list[DateMention] = []
    for match in _DATE_RE.finditer(text):
        if _NOT_EVENT_TIME.search(text[max(0, match.start() - 25) : match.start()]):
            continue
        resolved = _resolve(match, reference, order)
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


def _groups(match: re.Match[str]) -> dict[str, str]:
    """The matched pattern's groups, keyed without their pattern prefix (``dmy_d`` -> ``d``)."""
    prefix = f"{match.lastgroup}_"
    return {
        k[len(prefix) :]: v for k, v in match.groupdict().items() if v is not None and k.startswith(prefix)
    }


def _resolve(match: re.Match[str], ref: DateReference, day_first: bool | None) -> _Resolved | None:
    kind, groups = match.lastgroup, _groups(match)
    if kind in ("iso", "num", "glued"):
        value = _full_date(match, day_first, ref.value)
        return None if value is None else (value, TimePrecision.DAY, YearSource.EXPLICIT, False)
    if kind in ("dmy", "mdy"):
        return _month_day(_month(groups["m"]), int(groups["d"]), groups.get("y"), ref)
    if kind == "rng":
        return _range(groups, ref)
    if kind == "my":
        return _month_only(match, _month(groups["m"]), groups.get("y"), ref)
    if kind == "rel":
        return _relative(groups["p"].lower(), ref)
    if kind == "wd":
        return _weekday(_WEEKDAYS[groups["w"].lower()[:3]], match.group(0).lower(), ref)
    return None


def _full_date(match: re.Match[str], day_first: bool | None, reference: date | None = None) -> date | None:
    """A date whose expression names day, month and year. ``day_first`` None: the document does not say, so an
    ambiguous numeric date takes the reading nearest the reference date, else its separator's usual order."""
    kind, groups = match.lastgroup, _groups(match)
    if kind == "iso":
        return _safe_date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if kind == "num":
        first, second, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
        if day_first is None and reference is not None and first <= 12 and second <= 12:
            return _nearest_reading(year, first, second, reference)
        order = groups["s"] in ".-" if day_first is None else day_first
        month, day = _numeric_month_day(first, second, order)
        return _safe_date(year, month, day)
    if "y" not in groups:
        return None
    return _safe_date(int(groups["y"]), _month(groups["m"]), int(groups["d"]))


_FUTURE_PENALTY_DAYS = (
    30  # a report tells what happened: a reading after its date counts as this much further
)


def _nearest_reading(year: int, first: int, second: int, reference: date) -> date | None:
    """ "01/02/2016" in a report of 3 February 2016 is 1 February, not 2 January."""
    readings = [
        d for d in (_safe_date(year, first, second), _safe_date(year, second, first)) if d is not None
    ]

    def distance(value: date) -> int:
        days = (value - reference).days
        return days + _FUTURE_PENALTY_DAYS if days > 0 else -days

    return min(readings, key=distance) if readings else None


def _numeric_month_day(first: int, second: int, day_first: bool) -> tuple[int, int]:
    if first > 12 or (day_first and second <= 12):
        return second, first
    return first, second


_NUMERIC_RE = re.compile(r"(?<![\d./-])([0-3]?\d)([/.-])([0-3]?\d)\2(?:19|20)\d\d(?![\d/-]|\.\d)")


def _numeric_order(text: str) -> bool:
    """Day-first when the document's unambiguous numeric dates say so; else by separator ("." and "-" day-first,
    "/" month-first, as in US usage)."""
    votes = _numeric_votes(text)
    if votes is not None:
        return votes
    match = _NUMERIC_RE.search(text)
    return match is not None and match.group(2) in ".-"


def _numeric_votes(text: str) -> bool | None:
    """Day-first (True) or month-first (False) when the document's unambiguous numeric dates say so, else None."""
    votes = 0
    for match in _NUMERIC_RE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        votes += (first > 12) - (second > 12)
    return votes > 0 if votes else None


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


def _range(groups: dict[str, str], ref: DateReference) -> _Resolved | None:
    """ "between 3 and 5 May", "30 April-1 May", "overnight 8-9 May": the first day; one night keeps day
    precision, a longer span is week precision (month precision beyond a week)."""
    end = _month_day(_month(groups["m2"]), int(groups["d2"]), groups.get("y"), ref)
    if end is None:
        return None
    first_month = _month(groups["m1"]) if groups.get("m1") else end[0].month
    year = end[0].year - (1 if first_month > end[0].month else 0)
    start = _safe_date(year, first_month, int(groups["d1"]))
    if start is None or start > end[0]:
        return None
    span = (end[0] - start).days
    precision = TimePrecision.DAY if span <= 1 else TimePrecision.WEEK if span <= 7 else TimePrecision.MONTH
    return start, precision, end[2], False


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


__all__ = [
    "CALENDAR_WORDS",
    "DateReference",
    "date_reference",
    "find_date_mentions",
    "find_dateline",
    "find_syndication_date",
]
