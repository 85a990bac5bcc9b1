"""Section headings that name a place: a digest's "LOWER SHABELLE", "TOP STORY - MOGADISHU
(Banadir)", a live page's "Kharkiv region".  Its items that name no place of their own happened
there, not in the story's busiest province (locate.py, basis `section`).

A heading is a paragraph of at most `MAX_WORDS` words with no sentence end (no full stop,
question or exclamation mark at its end), or a label in capitals opening a paragraph ("LEBANON —
An Israeli strike ..."), that holds a resolved toponym of a province or smaller (a masthead's
"SOMALIA SECURITY DIGEST" is no section); it rules the paragraphs after it up to the next heading.  The most precise place it names stands for it
("MOGADISHU (Banadir)": Mogadishu).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..coding.dateline import BYLINE_OPENING
from ..records import PARAGRAPH_BREAK
from .resolve import Place, resolve

MAX_WORDS = 8
Section = tuple[int, Place]  # (start of the heading, its place)
_INLINE = re.compile(r"([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})\s+[-–—:]\s+\S")  # a label in capitals opening a paragraph
# a monitor's entry label in title case ("Kupwara: Mortar rounds fired across ...", "Neelum: ..."):
# a place only when the page has two or more of them (one alone may be a dateline or a speaker's city)
_BYLINE = re.compile(BYLINE_OPENING)  # "By our North Africa analyst, Cairo": the writer's, no heading
_TITLE_LABEL = re.compile(r"([A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,2}):\s+[A-Z]")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, split where the coder splits them (a blank line)."""
    breaks = list(PARAGRAPH_BREAK.finditer(text))
    return list(zip([0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(text)]))


def _spelt(para: str, countries: Sequence[str], whole_country: bool = False) -> list[Place]:
    """Places a capitalised heading spells out (the tagger finds no names in "LOWER SHABELLE"):
    its pieces between dashes, bars, brackets and colons, read in title case, within the
    story's countries (with `whole_country`, only a piece that is a country's name, any country: "ECUADOR")."""
    out = []
    for piece in re.split(r"\s+[-–—|:]\s+|[()|:/]", para):
        piece = piece.strip(" -–—,")
        if piece and piece.upper() == piece and any(ch.isalpha() for ch in piece):
            place = resolve(piece.title(), countries)
            if place is not None and (place.feature == "country" if whole_country else place.country in countries):
                out.append(place)
    return out


def headings(text: str, toponyms: Sequence, countries: Sequence[str] = ()) -> tuple[Section, ...]:
    """The article's place headings, in text order (`toponyms`: resolved, with offsets;
    `countries`: the story's, ISO alpha-2, for headings in capitals).  A heading that names
    only a country is a section when two or more headings name different countries (a
    regional digest's "BENIN", "NIGERIA (NORTH-EAST)"); a region a heading names in another
    country than the heading's own is none of it ("NORTH-EAST" in Ghana under "NIGERIA")."""
    found: list[Section] = []
    for start, end in _paragraphs(text):
        para = text[start:end].strip()
        # "LEBANON — An Israeli strike on a car ...": a digest item's label (not in the first paragraph,
        # where "GUSAU - The police said ..." is the dateline)
        label = _INLINE.match(para) if start > 0 else None
        named_country = _spelt(label.group(1), countries, whole_country=True) if label else []
        if named_country:  # only a country's name: "AUGUST — ..." opens a chronology's entry, "KABUL — ..." a dateline
            found.append((start, named_country[0]))
            continue
        if not para or len(para.split()) > MAX_WORDS or para.rstrip("\"'”’)").endswith((".", "?", "!")) or _BYLINE.match(para):
            continue  # (a byline's city, "By our North Africa analyst, Cairo", is where the writer sits)
        named = [t.place for t in toponyms if start <= t.start < end and t.place is not None
                 and not getattr(t, "metonymic", False) and not getattr(t, "home", False)]
        named = (named or _spelt(para, countries[:1])) + _spelt(para, countries, whole_country=True)
        nations = {p.country for p in named if p.feature == "country"}
        named += _spelt(para, sorted(nations))  # "NIGER (TILLABERI)": the region read within the country named
        places = [p for p in named if not nations or p.country in nations]
        if places:
            found.append((start, min(places, key=lambda p: p.precision)))
    found = sorted(found + _entry_labels(text, toponyms, countries), key=lambda f: f[0])
    several = len({p.country for _, p in found if p.feature == "country"}) >= 2
    return tuple((s, p) for s, p in found if p.precision <= 3 or (several and p.feature == "country"))


def _entry_labels(text: str, toponyms: Sequence, countries: Sequence[str]) -> list[Section]:
    """Title-case entry labels that are places in the story's countries ("Muzaffarabad: Missiles
    struck ..."; the tagger seldom reads a label as a name), two or more."""
    out = []
    for start, end in _paragraphs(text):
        if start == 0 or not (m := _TITLE_LABEL.match(text, start, end)):
            continue
        place = next((t.place for t in toponyms if t.place is not None and start <= t.start < start + len(m.group(1))
                      and t.place.precision <= 3 and not getattr(t, "metonymic", False)), None)
        if place is None and countries:
            place = resolve(m.group(1), countries)
            if place is not None and (place.country not in countries or place.precision > 3):
                place = None
        if place is not None:
            out.append((start, place))
    return out if len(out) >= 2 else []


def section_of(offset: int, sections: Sequence[Section]) -> Place | None:
    """The place of the last heading before `offset` (none before the first heading)."""
    i = bisect_right([s for s, _ in sections], offset)
    return sections[i - 1][1] if i else None


_LABEL_END = re.compile(r"\s*(?:[.:,]|\s[-\u2013\u2014])")


def paragraph_heads(toponyms, starts: set[int], countries: Sequence[str]) -> dict[int, tuple]:
    """A place of the story's first two countries that opens a paragraph as its label ("Brest. Police
    used live ammunition ...", "Minsk, Frunzensky district. OMON units threw ...") is where the
    paragraph's events are when they name no place of their own: paragraph start -> (place,
    precision).  Not a month ("AUGUST - The RSF launches ...": August, California)."""
    from .spans import calendar_word

    out: dict[int, tuple] = {}
    for t in toponyms:
        if t.start in starts and t.start not in out and t.place is not None and not t.metonymic \
                and t.place.country in countries[:2] and not calendar_word(t.text) and _LABEL_END.match(t.after or ""):
            out[t.start] = (t.place, t.place.precision)
    return out
