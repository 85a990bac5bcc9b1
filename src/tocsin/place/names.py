"""Name keys that let news spellings meet gazetteer spellings.

Two keys per name. `norm_key` is an exact key: ASCII-folded, lower case, apostrophes and
ʿayn/hamza marks gone, Arabic articles dropped, hyphens and spaces unified ("Ma‘arrat an
Nu‘mān" and "Maarrat al-Numan" both give "maarrat numan"). `skeleton` keeps only the
consonants of an Arabic/Persian/Turkic-style transliteration ("Saraqeb" and "Saraqib" both
give "srkb"); it collides often, so the resolver trusts it only inside context countries.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Iterable

# Letters NFKD does not decompose into an ASCII base letter.
_FOLD = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ħ": "h", "Ħ": "H",
    "ŀ": "l", "ĸ": "k",
})
# ʿayn, hamza and apostrophe-like marks vanish; dots vanish so "U.S." reads as "us".
_MARKS = "ʿʾʻʼʽ‘’‚‛`'´′\".·"
_DROP = str.maketrans("", "", _MARKS)
# One table does case, marks and separators for the (ASCII) folded text: a single
# str.translate keeps the first-use index build fast (1.4M names).
_ASCII_KEY = str.maketrans({
    **{chr(c): " " for c in range(128) if not chr(c).isalnum()},
    **{c: None for c in _MARKS if ord(c) < 128},
    **{chr(c): chr(c + 32) for c in range(65, 91)},
})
# Arabic article forms, dropped only when another word follows (a lone "Al" stays a name,
# "As Sabkhah" loses "as"); "ez", "es", "ed", "en"... are French-style (Deir ez-Zor).
ARTICLES = frozenset(
    "al el il ul an ar as ash at ad az ed en er es et ez ech".split()
)


# a possessive or a closing quote after a name ("Idlib's", "Syria’s"): dropped before look-ups
TRAIL = re.compile(r"(?:'s|’s|')$")


def fold(text: str) -> str:
    """ASCII-fold `text`, keeping case and punctuation other than the marks above."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = text.encode("ascii", "ignore").decode("ascii")
    return text.translate(_DROP)


def latin_script(name: str) -> bool:
    """Cheap first-letter test: GeoNames lists Arabic, Cyrillic, CJK... spellings too, and
    folding them to ASCII yields only debris, so the index skips them unread."""
    if not name:
        return False
    o = ord(name[0])
    return o < 0x250 or 0x1E00 <= o < 0x1F00 or 0x2BB <= o < 0x2C0 or 0x2018 <= o < 0x201C


def norm_key(text: str) -> str:
    """Exact-match key: folded, lower case, articles dropped, one space between words."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = text.encode("ascii", "ignore").decode("ascii")
    words = text.translate(_ASCII_KEY).split()
    if len(words) > 1 and not ARTICLES.isdisjoint(words):
        last = len(words) - 1
        words = [w for i, w in enumerate(words) if i == last or w not in ARTICLES]
    return " ".join(words)


def keys_of(names: Iterable[str]) -> set[str]:
    """`norm_key` of each Latin-script name (others skipped), without empties."""
    out = {norm_key(text) for text in names if text.isascii() or latin_script(text)}
    out.discard("")
    return out


# Digraphs first (each becomes one capital letter so "k"+"h" never meets "kh"), then the
# French spellings of the same sounds; "aw"/"ow" before a consonant is a vowel (Zawr ~ Zor).
_DIGRAPHS = (
    ("tch", "C"), ("kh", "K"), ("sh", "S"), ("ch", "S"), ("gh", "G"), ("th", "T"),
    ("dh", "D"), ("dj", "j"), ("ph", "f"), ("q", "k"), ("ck", "k"),
)
_AW = re.compile(r"(?<=[aeou])w(?![aeiouy])")
_FINAL_H = re.compile(r"(?<=[aeiouy])h\b")
_VOWELS = re.compile(r"[aeiouy\s]+")
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """Consonant skeleton of a `norm_key` ("khan sheikhoun" -> "KnSKn")."""
    s = _FINAL_H.sub("", key)
    for digraph, letter in _DIGRAPHS:
        if digraph in s:
            s = s.replace(digraph, letter)
    s = _AW.sub("", s)
    s = _VOWELS.sub("", s)
    return _DOUBLE.sub(r"\1", s)


# Qualifiers news writers put around a place name.  Values say what they ask for.
ADMIN_WORDS = frozenset(
    "province governorate region state district oblast prefecture department county "
    "division territory wilaya wilayat muhafazat countryside".split()
)
CITY_WORDS = frozenset({"city", "town"})
TOWN_WORDS = frozenset({"city", "town", "village", "hamlet"})
# "Zaatari refugee camp", "Rafah crossing": the supplement names many such places in full;
# otherwise the place is next to the named town (precision 2).
_SITE = re.compile(r"^(?P<core>.+?)\s+(?:(?P<camp>(?:(?:refugee|idp|displacement|displaced "
                   r"persons?|tent)\s+)?camp)|(?P<crossing>(?:border\s+)?crossing(?: point)?))$",
                   re.IGNORECASE)
_DIRECTION = re.compile(
    r"^(?:the\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|central|"
    r"(?:north|south)[- ]?(?:east|west)|outskirts of|rural|greater|"
    r"(?:north|south|east|west) of|near|outside|(?:north|south)?(?:east|west)|north|south)"
    r"\s+(.+)$",
    re.IGNORECASE,
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def strip_the(text: str) -> str:
    """"the Gaza Strip" -> "Gaza Strip"."""
    return _LEADING_THE.sub("", text.strip())


def split_qualifiers(text: str, direction: bool = True) -> tuple[str, str | None, bool]:
    """Split "northern Idlib province" into ("Idlib", "admin", True).

    Returns (core, kind, directional): kind is "admin" for province/governorate/... words,
    "city" for "city"/"town", "camp" or "crossing" for those, None otherwise; directional
    says a compass word or "near" narrowed the place, which lowers precision (schema: 2 =
    near a town / part of a region).  `direction=False` keeps a compass word that may be part
    of the name ("North Darfur province" -> "North Darfur").
    """
    core = strip_the(text)
    directional = False
    match = _DIRECTION.match(core) if direction else None
    if match:
        core, directional = match.group(1), True
    core = _LEADING_THE.sub("", core)
    kind = None
    words = core.split()
    site = _SITE.match(core)
    if site:
        kind, core = ("camp" if site.group("camp") else "crossing"), site.group("core")
    elif len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        kind, core = "admin", " ".join(words[:-1])
    elif len(words) > 1 and words[-1].lower() in CITY_WORDS:
        kind, core = "city", " ".join(words[:-1])
    elif len(words) > 2 and words[0].lower() in ADMIN_WORDS and words[1].lower() == "of":
        kind, core = "admin", " ".join(words[2:])  # "province of Idlib"
    elif len(words) > 2 and words[0].lower() in TOWN_WORDS and words[1].lower() == "of":
        kind, core = "city", " ".join(words[2:])  # "Town of Groton"
    return core.strip(" ,"), kind, directional


# a name written with an Arabic article ("Al-Dali", "ad-Dana"): a namesake abroad must bear one too
ARABIC_ARTICLE = re.compile(r"^(?:al|ad|ar|as|ash|at|az|an|ad-|el)[-\s]\S", re.IGNORECASE)


@cache
def shared_country_names() -> dict[str, tuple[str, ...]]:
    """Short names two countries share ("Congo"), default first (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "shared_country_names.tsv"
    out: dict[str, tuple[str, ...]] = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#"):
            name, codes = ln.split("\t")[:2]
            out[norm_key(name)] = tuple(c.strip() for c in codes.split("|"))
    return out


def spelt_differently(text: str, place) -> bool:
    """The gazetteer's place is only spelt like the mention (a fuzzy match: "Koutougou" for
    Koudougou), not one of its names."""
    return norm_key(text) != norm_key(place.name) and norm_key(text) != norm_key(place.text or "")
