"""Chronologies (docs/dates.md): a timeline gives the year once, on a line of its own ("2024"),
and its entries below only the day ("May 10 - Heavy fighting breaks out ...", "June 8: ...").

- `entry_prefix`: an entry's day prefix at the start of a line.  It dates the entry even when
  the day is over a year old (the entry is the day's news, not background).
- `under_heading`: a year-less day under a year heading is a day of the heading's year, not of
  the year before the publication date."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .lexicon import date_lexicon
from .parse import find_dates

YEAR_LINE = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)
SLACK_DAYS = 7  # a heading year may not put a day after the publication date (plus a week)


@lru_cache(maxsize=1)
def entry_prefix() -> re.Pattern:
    """"Feb 27 -", "March 5:", "Oct. 26, 2025 —" at the start of a line, before the entry's text."""
    months = date_lexicon("en").month_alt
    return re.compile(rf"^[ \t]*(?:{months})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?[ \t]*[\u2014\u2013\-:][ \t]+(?=\S)",
                      re.IGNORECASE | re.MULTILINE)


def is_entry_prefix(text: str | None) -> bool:
    """`text` is only an entry's day prefix ("May 10 - ")."""
    m = entry_prefix().match((text or "").strip() + " x")
    return m is not None and m.end() == len((text or "").strip()) + 1


def heading_year(text: str, pos: int) -> int | None:
    """The year of the last year-only line before `pos`, or None."""
    year = None
    for m in YEAR_LINE.finditer(text, 0, pos):
        year = int(m.group(1))
    return year


def _with_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)


def under_heading(found: dict, text: str, pos: int, ref: date | None, lang: str = "en") -> dict:
    """`found` (a date_of_text result) moved to the year of the heading above `pos` when its
    text names a day without a year; unchanged otherwise."""
    said = found.get("text")
    year = heading_year(text, pos)
    if year is None or not said or not found.get("start"):
        return found
    spans = find_dates(said, lang)
    if not spans or not all(s.yearless for s in spans):
        return found
    start, end = date.fromisoformat(found["start"][:10]), date.fromisoformat((found.get("end") or found["start"])[:10])
    if start.year == year:
        return found
    shift = year - start.year
    new_start, new_end = _with_year(start, year), _with_year(end, end.year + shift)
    if ref is not None and (new_start - ref).days > SLACK_DAYS:
        return found
    return {**found, "start": new_start.isoformat(), "end": new_end.isoformat()}
