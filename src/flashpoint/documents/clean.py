"""Boilerplate removal from paragraphs: donation appeals, share prompts, disclaimers, copyright notices, ...

The rules are a table of small named patterns (``RULES``), each checked against a whole paragraph, so a new
kind of boilerplate is one more row. They are deliberately narrow: a news paragraph that merely contains
"support" or "copyright" stays; a rule fires only on the phrasing of the notice itself, and never on a long
paragraph (``MAX_BOILERPLATE_WORDS``), so a one-paragraph article that ends in a notice is kept whole.

Three passes, in order:

1. a lone separator line (``*``, ``***``, ``---``) followed by boilerplate ends the article: it and everything
   after it go; a separator followed by news only loses the separator line;
2. the trailing block: from the first boilerplate paragraph after which only boilerplate or short non-prose
   lines (tags, names, links) follow, everything goes;
3. any other boilerplate paragraph goes, wherever it is; obfuscated e-mail placeholders ("[email protected]")
   are cut out of the paragraphs that stay.

Everything removed is recorded as a ``RemovedSpan`` with its kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from flashpoint.documents.model import RemovedSpan


class BoilerplateKind(StrEnum):
    DONATION = "donation"
    SHARE_PROMPT = "share_prompt"
    BYLINE = "byline"
    DISCLAIMER = "disclaimer"
    COPYRIGHT = "copyright"
    EMAIL = "email"
    MEDIA_CONTACT = "media_contact"
    NEWSLETTER = "newsletter"
    NAVIGATION = "navigation"
    SOCIAL = "social"
    COOKIE = "cookie"
    SEPARATOR = "separator"
    FOOTER = "footer"  # a short non-prose line inside the trailing boilerplate block
    TABLE = "table"  # a non-prose table dropped from an HTML page


MAX_BOILERPLATE_WORDS = 200
# No rule fires on a paragraph longer than this: the longest notice in the seed corpus (a republisher's
# disclaimer) has about 100 words, while single-paragraph articles (FA-KES style) run to several hundred.

SHORT_LINE_WORDS = 12
"""A line of at most this many words that does not end like a sentence is non-prose (tags, names, links)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BoilerplateRule:
    """One named pattern; it fires on a paragraph of at most ``max_words`` words that it matches.

    ``needles`` are lower-case strings of which one must occur in the paragraph before the (slower,
    unanchored) pattern is tried; a rule anchored at the paragraph's start needs none.
    """

    name: str
    kind: BoilerplateKind
    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()
    max_words: int = MAX_BOILERPLATE_WORDS

    def matches(self, paragraph: str, lowered: str, words: int) -> bool:
        if words > self.max_words:
            return False
        if self.needles and not any(needle in lowered for needle in self.needles):
            return False
        return self.pattern.search(paragraph) is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanedText:
    paragraphs: tuple[str, ...]
    removed: tuple[RemovedSpan, ...]


def _rule(
    kind: BoilerplateKind,
    name: str,
    regex: str,
    *needles: str,
    max_words: int = MAX_BOILERPLATE_WORDS,
) -> BoilerplateRule:
    pattern = re.compile(regex, re.IGNORECASE)
    return BoilerplateRule(name=name, kind=kind, pattern=pattern, needles=needles, max_words=max_words)


_K = BoilerplateKind
_SHORT = SHORT_LINE_WORDS
_APOS = "['\u2019]"
_DASHES = "\u2013\u2014-"  # en dash, em dash, hyphen (last, so that it is literal in a character class)
_BULLETS = "\u2022\u00b7"
_SOCIAL_SITES = r"(?:facebook|twitter|x|telegram|instagram|youtube|tiktok|vk|whatsapp|linkedin|gab|rumble)"
_SHARE_WORDS = rf"(?:share(?: this(?: article| story| post)?)?|tweet|e-?mail|print|{_SOCIAL_SITES})"
EMAIL_PLACEHOLDER = re.compile(r"\[\s*email\s*(?:&#160;)?\s*protected\s*\]|\bemail\s+protected\b")
_PLACEHOLDER = EMAIL_PLACEHOLDER.pattern
_NAV_LABELS = (
    r"read more|read also|also read|related(?: articles?| stories| coverage| content| posts?)?|see also"
    r"|more on this(?: story| topic)?|recommended(?: for you)?|you (?:may|might) also like"
    r"|most (?:read|popular)|trending(?: now)?"
)

RULES: tuple[BoilerplateRule, ...] = (
    # donation appeals
    _rule(
        _K.DONATION, "support_endeavours",
        r"^support\b.{1,80}?\bin (?:its|their|our|his|her) endeavou?rs?\b",
    ),
    _rule(
        _K.DONATION, "please_support",
        r"\bplease (?:consider )?(?:support(?:ing)?|donat(?:e|ing) to) (?:the|our|this) "
        r"(?:project|work|site|website|journalism|channel|page|newsroom|organi[sz]ation|reporting)\b",
        "please", max_words=120,
    ),
    _rule(
        _K.DONATION, "payment_link",
        r"\b(?:paypal|patreon|ko-fi|buymeacoffee|liberapay)(?:\.com|\.me)?\s*[:/]",
        "paypal", "patreon", "ko-fi", "buymeacoffee", "liberapay",
    ),
    _rule(
        _K.DONATION, "donate_link",
        r"(?:https?://|www\.)\S*/(?:donate|donations?|support-us)\b",
        "/donat", "/support-us",
    ),
    _rule(
        _K.DONATION, "donate_call",
        r"^(?:donate|make a donation|support us|become a (?:patron|member|supporter))\b",
        max_words=40,
    ),
    _rule(_K.DONATION, "donate_now", r"\bdonate (?:now|today)\b", "donate", max_words=40),
    _rule(
        _K.DONATION, "without_your_help",
        rf"\bwork (?:wouldn{_APOS}t|would not) be possible without your\b",
        "possible without",
    ),
    # share prompts
    _rule(_K.SHARE_PROMPT, "share_buttons", r"\bclick (?:on )?the share buttons?\b", "share button"),
    _rule(
        _K.SHARE_PROMPT, "forward_article",
        r"\bforward this (?:article|story|post|report) to\b",
        "forward this",
    ),
    _rule(
        _K.SHARE_PROMPT, "crosspost",
        r"\bcross-?post (?:it )?on your (?:blog|site|website)\b",
        "post on your", "post it on your",
    ),
    _rule(
        _K.SHARE_PROMPT, "share_this",
        r"\b(?:share|repost|retweet) this (?:article|story|post|report|page)\b",
        "this article", "this story", "this post", "this report", "this page", max_words=40,
    ),
    _rule(
        _K.DONATION, "reader_funded",
        r"\b(?:survives?|relies|depends|runs) (?:only |entirely |solely )?on (?:our )?readers?{_APOS}? "
        r"(?:donations|support|contributions)\b".replace("{_APOS}", _APOS),
        "reader", max_words=60,
    ),
    _rule(_K.SHARE_PROMPT, "note_to_readers", r"^note to (?:our )?readers\s*:", max_words=80),
    _rule(
        _K.SHARE_PROMPT, "share_row",
        rf"^{_SHARE_WORDS}(?:\s*[:|/,{_BULLETS}]?\s*{_SHARE_WORDS})*\s*:?$",
        max_words=_SHORT,
    ),
    # bylines of republished pieces, disclaimers
    _rule(_K.BYLINE, "articles_by", r"^(?:articles?|posts?|stories) by\s*:\s*\S", max_words=_SHORT),
    _rule(_K.DISCLAIMER, "disclaimer_label", rf"^disclaimer\s*(?:[:.{_DASHES}]|$)"),
    _rule(
        _K.DISCLAIMER, "sole_responsibility",
        r"\bof (?:the )?sole responsibility of the author",
        "sole responsibility",
    ),
    _rule(
        _K.DISCLAIMER, "views_expressed",
        r"\b(?:views|opinions) expressed (?:in this (?:article|piece|post|column) )?(?:are|do not)\b",
        "expressed", max_words=80,
    ),
    # copyright and fair-use notices
    _rule(
        _K.COPYRIGHT, "copyrighted_material",
        r"\bcontains copyrighted material\b",
        "copyrighted material",
    ),
    _rule(
        _K.COPYRIGHT, "fair_use",
        r"\b(?:provisions of|under) (?:the )?[\"\u201c']?fair use\b",
        "fair use",
    ),
    _rule(_K.COPYRIGHT, "all_rights_reserved", r"\ball rights reserved\b", "rights reserved", max_words=60),
    _rule(
        _K.COPYRIGHT, "copyright_line",
        r"^(?:\u00a9|\(c\)\s*\d{4}|copyright\s*(?:\u00a9|\(c\)|\d{4}))",
        max_words=40,
    ),
    _rule(_K.COPYRIGHT, "copyright_sign", "\u00a9", "\u00a9", max_words=25),
    _rule(
        _K.COPYRIGHT, "cross_post_permission",
        r"\bgrants? permission to (?:cross-?post|republish|repost)\b",
        "permission",
    ),
    # contact lines and obfuscated addresses
    _rule(
        _K.EMAIL, "email_placeholder",
        rf"^\W*(?:(?:e-?mail|contact|tips?)\s*(?:us)?\s*:?\s*)?(?:{_PLACEHOLDER})\W*$",
    ),
    _rule(
        _K.MEDIA_CONTACT, "media_inquiries",
        r"^(?:for (?:media|press) (?:inquiries|enquiries|contacts?|requests)"
        r"|(?:media|press) (?:contact|inquiries|enquiries)\s*:)",
        max_words=40,
    ),
    # newsletters, navigation, social media, cookies
    _rule(
        _K.NEWSLETTER, "subscribe_newsletter",
        r"\b(?:subscribe to|sign up (?:for|to)) (?:our|the) "
        r"(?:free |daily |weekly |e-?mail |morning |evening )*newsletters?\b",
        "newsletter", max_words=60,
    ),
    _rule(
        _K.NEWSLETTER, "to_your_inbox",
        r"\b(?:delivered|straight|directly) to your inbox\b",
        "inbox", max_words=40,
    ),
    _rule(
        _K.NAVIGATION, "read_more",
        rf"^(?:{_NAV_LABELS})\s*(?:[:\u203a\u00bb>|{_DASHES}]|$)",
        max_words=40,
    ),
    _rule(
        _K.NAVIGATION, "skip_links",
        r"^(?:skip to (?:main )?content|back to top|jump to navigation)\b",
        max_words=15,
    ),
    _rule(_K.NAVIGATION, "tags", r"^(?:tags|filed under|categories|topics)\s*:", max_words=40),
    _rule(_K.SOCIAL, "follow_us", r"^follow us(?: on\b|\s*:|$)", max_words=40),
    _rule(
        _K.SOCIAL, "like_us",
        rf"^(?:like|join|find|subscribe to) us on {_SOCIAL_SITES}\b",
        max_words=40,
    ),
    _rule(
        _K.SOCIAL, "channel",
        rf"^(?:follow|join|subscribe to) (?:our|the) (?:\w+ )?{_SOCIAL_SITES} "
        r"(?:channel|page|account|group)\b",
        max_words=30,
    ),
    _rule(
        _K.COOKIE, "uses_cookies",
        r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b",
        "cookie", max_words=80,
    ),
    _rule(
        _K.COOKIE, "cookie_consent",
        r"\byou (?:agree|consent) to (?:the|our) use of cookies\b",
        "cookie", max_words=80,
    ),
    _rule(_K.COOKIE, "cookie_buttons", r"^(?:accept|reject|manage) (?:all )?cookies\b", max_words=_SHORT),
    _rule(
        _K.COOKIE, "cookie_policy",
        r"\bcookie (?:policy|settings|preferences|consent)\b",
        "cookie", max_words=40,
    ),
)  # fmt: skip
"""Every boilerplate rule, in the order they are tried; the first that fires names the kind."""

_ANCHORED = re.compile(
    "|".join(f"(?:{rule.pattern.pattern})" for rule in RULES if not rule.needles), re.IGNORECASE
)
_NEEDLES = tuple(sorted({needle for rule in RULES for needle in rule.needles}))
"""Prefilter: a paragraph that matches no anchored rule's start and holds no needle is content."""

SEPARATOR = re.compile(rf"^(?:(?:[*{_BULLETS}]\s*){{1,5}}|(?:[_=~#{_DASHES}]\s*){{3,}})$")
_SENTENCE_END = (".", "!", "?", '"', "”", "…")


def classify_paragraph(paragraph: str) -> BoilerplateRule | None:
    """The first rule that fires on ``paragraph``, or ``None`` for content."""
    words = paragraph.count(" ") + 1
    if words > MAX_BOILERPLATE_WORDS:
        return None
    lowered = paragraph.lower()
    if _ANCHORED.match(paragraph) is None and not any(needle in lowered for needle in _NEEDLES):
        return None  # fast path: no rule can fire
    return next((rule for rule in RULES if rule.matches(paragraph, lowered, words)), None)


def remove_boilerplate(paragraphs: Sequence[str]) -> CleanedText:
    """Drop boilerplate paragraphs (see the module docstring) and record what went."""
    kinds = [_kind_of(paragraph) for paragraph in paragraphs]
    cut = _cut_index(paragraphs, kinds)
    kept: list[str] = []
    removed: list[RemovedSpan] = []
    for index, (paragraph, kind) in enumerate(zip(paragraphs, kinds, strict=True)):
        if index >= cut or kind is not None:
            removed.append(RemovedSpan(kind=kind or BoilerplateKind.FOOTER, text=paragraph))
        else:
            kept.append(_strip_placeholders(paragraph, removed))
    return CleanedText(paragraphs=tuple(p for p in kept if p), removed=tuple(removed))


def _kind_of(paragraph: str) -> BoilerplateKind | None:
    if SEPARATOR.match(paragraph):
        return BoilerplateKind.SEPARATOR
    rule = classify_paragraph(paragraph)
    return rule.kind if rule is not None else None


def _cut_index(paragraphs: Sequence[str], kinds: Sequence[BoilerplateKind | None]) -> int:
    """Index where the trailing boilerplate block starts (``len(paragraphs)`` when there is none)."""
    for index, kind in enumerate(kinds):
        if kind is BoilerplateKind.SEPARATOR and _separator_ends_article(kinds, index):
            return index
    start = len(paragraphs)
    while start > 0 and (kinds[start - 1] is not None or _is_short_non_prose(paragraphs[start - 1])):
        start -= 1
    while start < len(paragraphs) and kinds[start] is None:
        start += 1
    return start


_SEPARATOR_LOOKAHEAD = (
    3  # a notice among the next three paragraphs marks the tail block (the repost in examples/)
)


def _separator_ends_article(kinds: Sequence[BoilerplateKind | None], index: int) -> bool:
    """A separator ends the article when content precedes it and a notice (not a link line) follows it soon."""
    following = kinds[index + 1 : index + 1 + _SEPARATOR_LOOKAHEAD]
    ends = any(k not in (None, BoilerplateKind.SEPARATOR, BoilerplateKind.NAVIGATION) for k in following)
    return ends and any(kind is None for kind in kinds[:index])


def _is_short_non_prose(paragraph: str) -> bool:
    return paragraph.count(" ") + 1 <= SHORT_LINE_WORDS and not paragraph.endswith(_SENTENCE_END)


def _strip_placeholders(paragraph: str, removed: list[RemovedSpan]) -> str:
    if "protected" not in paragraph:
        return paragraph
    found = EMAIL_PLACEHOLDER.findall(paragraph)
    removed.extend(RemovedSpan(kind=BoilerplateKind.EMAIL, text=text) for text in found)
    return " ".join(EMAIL_PLACEHOLDER.sub(" ", paragraph).split())


__all__ = [
    "EMAIL_PLACEHOLDER",
    "MAX_BOILERPLATE_WORDS",
    "RULES",
    "SEPARATOR",
    "BoilerplateKind",
    "BoilerplateRule",
    "CleanedText",
    "classify_paragraph",
    "remove_boilerplate",
]
