"""Datelines: "BEIRUT (Levant Wire) -", "AMMAN, Jordan, Feb. 27 -", "Nairobi/Khartoum -".

A dateline says where a reporter filed from, and its date is the story's own date (an
aggregator that republishes a wire story days later keeps the wire's dateline).  Its place
never locates an event, names no actor and is not one of the story's countries
(data/lexicons/<lang>/assembly.yaml; docs/coding.md, "Assembly").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_lexicon


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # character offsets of the whole dateline in the article text
    place: str | None
    date: str | None  # the date as written ("Feb. 27"), unresolved
    outlet: str | None
    rule_id: str


@lru_cache(maxsize=4)
def _rules(lang: str) -> tuple[int, tuple[tuple[str, re.Pattern], ...]]:
    try:
        data = read_lexicon("assembly", lang)
    except FileNotFoundError:
        data = read_lexicon("assembly", "en")
    return data["dateline_window"], tuple((r["id"], re.compile(r["pattern"])) for r in data["datelines"])


@lru_cache(maxsize=4)
def _labels(lang: str) -> frozenset[str]:
    """A page's labels in capitals that open a line like a dateline ("PRESS RELEASE - For
    immediate release"): no place (assembly.yaml `dateline_labels`)."""
    try:
        return frozenset(w.upper() for w in read_lexicon("assembly", lang).get("dateline_labels", ()))
    except FileNotFoundError:
        return frozenset()


PARAGRAPH_STARTS = 3  # an aggregator's note may come before the wire story's own dateline


def find_dateline(text: str, lang: str = "en") -> Dateline | None:
    """The dateline opening the article text or one of its first paragraphs, or None."""
    window, rules = _rules(lang)
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:window * 10])][:PARAGRAPH_STARTS - 1]
    for begin in starts:
        lead = begin + len(text[begin:]) - len(text[begin:].lstrip())
        head = text[lead:lead + window]
        for rule_id, pat in rules:
            m = pat.match(head)
            if m is None:
                continue
            groups = m.groupdict()
            place = (groups.get("place") or "").strip() or None
            if place and (len(place.split()) > 6 or place.upper() in _labels(lang)):
                continue
            return Dateline(lead, lead + m.end(), place, groups.get("date"),
                            (groups.get("outlet") or "").strip() or None, rule_id)
    return None


def inside(span: tuple[int, int], start: int, end: int) -> bool:
    """The text start:end overlaps the span."""
    return start < span[1] and span[0] < end


# "(Adds death of student, arrests in Tacna ...)", "(Corrects paragraph 3 to show ...)": a wire
# editor's note on what the update changed, a paragraph of its own in brackets
_EDITOR_NOTE = re.compile(r"(?m)^\((?:Adds|Updates|Corrects|Recasts|Rewrites|Changes|Refiles|Removes|Fixes|Clarifies|"
                          r"Updates with|Writes through|Repeats|Inserts|Deletes|Amends)\b[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)[ \t]*$")


# how a byline opens ("By our ...", "By Jane Doe", "From the ... desk"); place/sections.py reads it too
BYLINE_OPENING = r"(?:By|From)\s+(?:our|the|a|[A-Z])"
# "By our North Africa analyst, Cairo", "By Jane Doe in Nairobi", "By AFP, Kinshasa": where the writer sits
_BYLINE = re.compile(rf"(?m)^{BYLINE_OPENING}[^\n.]{{0,80}}(?:,| in) [A-Z][^\n.,]{{1,40}}[ \t]*$")


def editor_notes(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of a wire story's editor's notes and of a byline's city: the places a note names are
    where the update's news is, named again in the story, and the byline's is where the writer
    sits; they count for no place of the story's (pipeline.py)."""
    head = text[:3000]
    return tuple(sorted((m.start(), m.end()) for r in (_EDITOR_NOTE, _BYLINE) for m in r.finditer(head)))
