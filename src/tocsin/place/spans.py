"""The words around a name that say what kind of place it is or whether it is one at all
(docs/geoparsing.md): "the town of X", "a district of Tripoli", "Idlib and western Aleppo
governorates", "in the Red Sea"."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .names import norm_key, strip_the

# "Idlib province" / "the town of Saraqib": the qualifier belongs to the toponym.
# "the town of X", "X's county of Y": the words before the name say what kind of place it is.
_BEFORE = re.compile(r"\b(?:(?P<city>town|city|village|hamlet|township)|(?P<admin>county|"
                     r"province|governorate|district|state|region))\s+of\s+$", re.IGNORECASE)
# "Idlib and western Aleppo governorates", "Aleppo and Idlib provinces": both are provinces
_AREAS = r"(?:provinces|governorates|states|regions|oblasts|prefectures|departments)\b"
_AFTER_PLURAL = re.compile(rf"\s+{_AREAS}", re.IGNORECASE)  # used with .match(text, pos): no "^"
_AFTER_PAIR = re.compile(r"\s*(?:,|and|or|,\s*and)\s+(?:(?:north|south|east|west)\w*\s+)?"
                         rf"[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)?\s+{_AREAS}")


@cache
def water_bodies() -> frozenset[str]:
    """Seas, gulfs and straits that place nothing (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "water_bodies.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(norm_key(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


_TYPE_AFTER = re.compile(r"\s+(?:state|governorate|province|region|oblast|prefecture)\b", re.IGNORECASE)


def is_water(name: str) -> bool:
    """ "the Red Sea", "Gulf of Aden": a name of the water bodies' list."""
    return norm_key(strip_the(name)) in water_bodies()


def at_sea(name: str, text: str, end: int) -> bool:
    """ "in the Red Sea", "the Gulf of Aden": a sea, unless a type word follows ("Red Sea state")."""
    return is_water(name) and not _TYPE_AFTER.match(text, end)


# "a densely populated district of Tripoli": a part of the town, not the district named Tripoli
_PART_OF = re.compile(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}district\s+of\s+$", re.IGNORECASE)


def kind_after(text: str, end: int, label: str) -> str | None:
    """ "Idlib and western Aleppo governorates": a plural type word after the name (or after the
    name joined to it) asks for a province."""
    if label == "NORP" or not (_AFTER_PLURAL.match(text, end) or _AFTER_PAIR.match(text, end)):
        return None
    return "admin"


def kind_before(text: str, start: int) -> str | None:
    m = _BEFORE.search(text, max(0, start - 24), start)
    if m is not None and m.group("admin") and _PART_OF.search(text, max(0, start - 60), start):
        return "city"
    return None if m is None else ("city" if m.group("city") else "admin")
