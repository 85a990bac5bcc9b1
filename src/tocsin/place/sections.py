"""Section headings that name a place: a digest's "LOWER SHABELLE", "TOP STORY - MOGADISHU
(Banadir)", a live page's "Kharkiv region".  Its items that name no place of their own happened
there, not in the story's busiest province (locate.py, basis `section`).

A heading is a paragraph of at most `MAX_WORDS` words with no sentence end (no full stop,
question or exclamation mark at its end) that holds a resolved toponym of a province or
smaller (a masthead's "SOMALIA SECURITY DIGEST" is no section); it rules the
paragraphs after it up to the next heading.  The most precise place it names stands for it
("MOGADISHU (Banadir)": Mogadishu).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..records import PARAGRAPH_BREAK
from .resolve import Place, resolve

MAX_WORDS = 8
Section = tuple[int, Place]  # (start of the heading, its place)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, split where the coder splits them (a blank line)."""
    breaks = list(PARAGRAPH_BREAK.finditer(text))
    return list(zip([0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(text)]))


def _spelt(para: str, countries: Sequence[str]) -> list[Place]:
    """Places a capitalised heading spells out (the tagger finds no names in "LOWER SHABELLE"):
    its pieces between dashes, bars, brackets and colons, read in title case, within the
    story's countries."""
    out = []
    for piece in re.split(r"\s+[-–—|:]\s+|[()|:/]", para):
        piece = piece.strip(" -–—,")
        if piece and piece.upper() == piece and any(ch.isalpha() for ch in piece):
            place = resolve(piece.title(), countries)
            if place is not None and place.country in countries:
                out.append(place)
    return out


def headings(text: str, toponyms: Sequence, countries: Sequence[str] = ()) -> tuple[Section, ...]:
    """The article's place headings, in text order (`toponyms`: resolved, with offsets;
    `countries`: the story's, ISO alpha-2, for headings in capitals)."""
    out: list[Section] = []
    for start, end in _paragraphs(text):
        para = text[start:end].strip()
        if not para or len(para.split()) > MAX_WORDS or para.rstrip("\"'”’)").endswith((".", "?", "!")):
            continue
        named = [t.place for t in toponyms if start <= t.start < end and t.place is not None
                 and not getattr(t, "metonymic", False) and not getattr(t, "home", False)]
        places = [p for p in (named or _spelt(para, countries[:1])) if p.precision <= 3]
        if places:
            out.append((start, min(places, key=lambda p: p.precision)))
    return tuple(out)


def section_of(offset: int, sections: Sequence[Section]) -> Place | None:
    """The place of the last heading before `offset` (none before the first heading)."""
    i = bisect_right([s for s, _ in sections], offset)
    return sections[i - 1][1] if i else None
