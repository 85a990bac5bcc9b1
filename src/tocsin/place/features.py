"""Natural features and bare words in a place's name (data/gazetteer/feature_nouns.yaml).

"Lake Chad", "the Gulf of Mexico" and "South Ossetia" are names the index may lack; the
span then shrinks to its leading words (geoparse._resolve_span), and "Lake", "Gulf" and
"South" are alternate names of a village in Ohio, a province of Papua New Guinea and a region
of Cameroon.  A name of a natural feature is no settlement that bears it only as an alternate
("North Island" is not Carville, Louisiana), and when it shrinks past its feature noun
("Farallon Islands" -> "Farallon") it keeps areas and towns of the story's countries only
("Kharg Island" in a story of Iran is still Khark); a street shrinks to a place of the
story's two main countries only ("Haifa Street" in Baghdad is not Haifa).  The issue-11 dev errors of the geo
benchmark: wrong-country picks of this kind on LGL, GWN and TR-News.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Sequence

from .. import yamlfile
from .names import norm_key
from .resolve import BIG_CITY

AREAS = frozenset({"country", "admin1", "admin2", "region", "district", "continent"})


@cache
def _lists() -> tuple[frozenset[str], ...]:
    path = resources.files("tocsin") / "data" / "gazetteer" / "feature_nouns.yaml"
    data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    return (frozenset(data["nouns"]), frozenset(data["bare"]), frozenset(data["streets"]), frozenset(data["heads"]),
            frozenset(data["urban"]), frozenset(data["forces"]))


def _words(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w).strip(".,'’").lower() for w in text.split()]


def urban_street(word: str) -> bool:
    """ "Avenue", "Street", "Square": a town's own street or square; a name shortened past one
    ("Abancay Avenue" -> "Abancay") is still reported but places no event (place/locate.py)."""
    return word.lower().strip(".,'’") in _lists()[4]


def type_noun(word: str) -> bool:
    """A street's or a natural feature's noun ("Street", "Road", "River"): it says what a name is."""
    return word.lower().strip(".,'’") in _lists()[2] | _lists()[0]


def force_noun(word: str) -> bool:
    """ "Rifles", "Rangers", "Levies": a force named after its province ("the Assam Rifles" in Manipur,
    "the Sindh Rangers"); a name shortened past one places no event and is no sign of the story's place."""
    return word.lower().strip(".,'’") in _lists()[5]


def named_after(text: str, part: str) -> bool:
    """The name was shortened past a street noun ("Abancay Avenue" -> "Abancay") or a force's
    ("Assam Rifles" -> "Assam"): it names a street or a force, and places no event."""
    rest = text[len(part):].split()
    return bool(rest) and (urban_street(rest[0]) or force_noun(rest[0]))


def bare(text: str) -> bool:
    """Only words that alone name no place: "Gulf", "South", "South East", "the West"."""
    words = [w for w in _words(text) if w != "the"]
    return bool(words) and all(w in _lists()[1] for w in words)


def has_feature_noun(text: str) -> bool:
    return any(w in _lists()[0] for w in _words(text))


def filter_feature(part: str, words: Sequence[str], ranked: list, ctx: Sequence[str],
                   kind: str | None = None) -> list:
    """The candidates of `part` (the span's first words, `words` all of them) that a natural
    feature's name allows (see the module docstring); `kind` is what the words around the
    name ask for ("North region" may be Cameroon's North)."""
    if bare(part) and (len(part.split()) < len(words) or kind is None):
        # "Gulf of Mexico" -> "Gulf", "South Ossetia" -> "South", "in the Gulf"; a world
        # region keeps its name ("the Middle East": macro_regions.tsv)
        return [c for c in ranked if c.place.feature == "continent"]
    if kind == "quarter":  # "Brooklyn, a neighbourhood held by a gang": a part of a town of the story's countries
        # (its name as written: "the neighbourhoods of Qadarfay and Shura" in Kufra is no Al Qadarif by its consonants)
        ranked = [c for c in ranked if c.place.country in ctx[:2] and not c.why.startswith(("same consonants", "spelt like"))]
    dropped = _words(" ".join(words[len(part.split()):]))
    if dropped and _words(part) and all(w in _lists()[3] for w in _words(part)):
        return []  # "Ras Isa" -> "Ras", "Tanjung Priok" -> "Tanjung": a generic head alone is no name
    if dropped and dropped[0] in _lists()[2]:  # "Haifa Street" in a story of Baghdad, "Moncton Road" of New Brunswick
        ranked = [c for c in ranked if c.place.country in ctx[:2]]
    if dropped and dropped[0] in _lists()[0]:
        ranked = [c for c in ranked if c.place.feature in AREAS or c.place.country in ctx]
    if has_feature_noun(part):
        key = norm_key(part)
        ranked = [c for c in ranked if c.place.feature in AREAS or norm_key(c.place.name) == key
                  or (c.population or 0) >= BIG_CITY]
    return ranked
