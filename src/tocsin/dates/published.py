"""Publication date of an article: from metadata, else inferred from its own text.

Rule (documented in docs/dates.md):
1. A date given by the page (HTML metadata, feed entry, JSON record, or a plain-text
   byline such as "Published on 14 May 2023") is used as is.
2. Otherwise the article's own text (never another article on the same page) is read:
   - explicit dates ("29 April 2019", "April 2019", "2019", "2019-04-29") are read as written;
   - a year-less day ("On 28 January") takes its first occurrence after the latest explicit
     date written before it; with none before it, the year that puts it nearest to the
     first explicit date after it; with no explicit date at all it stays undated;
   - the publication date is the latest day-precise date found that way, never later
     than today.  Month or year mentions alone do not date an article.
   The result carries ``published_inferred = True``.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..records import Article, DateSpan
from .parse import find_dates, resolve_yearless, to_date


def infer_published(text: str, lang: str | None = "en", today: date | None = None) -> date | None:
    """Latest day-precise date the text supports, or None (see module docstring)."""
    today = today or date.today()
    spans = find_dates(text, lang)
    explicit = [s for s in spans if not s.yearless and to_date(s.end) and to_date(s.end) <= today]
    yearless = [s for s in spans if s.yearless]
    days = [to_date(s.start) for s in explicit if s.precision == "day"]
    for s in yearless:
        resolved = _resolve_in_context(s, explicit)
        if resolved is not None:
            days.append(resolved)
    days = [d for d in days if d is not None and d <= today]
    return max(days) if days else None


def _point(s: DateSpan) -> date:
    """Where an explicit date leaves the narrative: the end of a day, range or month; for a
    bare year, its eve (so "in 2019 ... On 5 March" reads as 5 March 2019)."""
    return to_date(s.end) if s.precision != "year" else to_date(s.start) - timedelta(days=1)


def _resolve_in_context(s: DateSpan, explicit: list[DateSpan]) -> date | None:
    """A year-less day follows the latest explicit date written before it; with none before
    it, it takes the year that puts it nearest to the first explicit date after it."""
    month, day = s.extra["month"], s.extra["day"]
    before = [_point(e) for e in explicit if e.start_char < s.start_char]
    if before:
        return resolve_yearless(month, day, date.max, after=max(before))
    after = [e for e in explicit if e.start_char > s.start_char]
    if not after:
        return None
    target = to_date(after[0].start)
    cands = [resolve_yearless(month, day, date(y, 12, 31), after=date(y - 1, 12, 31))
             for y in (target.year - 1, target.year, target.year + 1)]
    return min(cands, key=lambda c: abs((c - target).days))


def assign_published(article: Article, today: date | None = None) -> Article:
    """Fill `published` from the article text when the page gave none."""
    if article.published:
        return article
    if article.dateline:
        given = [d for d in find_dates(article.dateline, None) if d.precision == "day" and d.start]
        if given:
            return replace(article, published=given[0].start, published_inferred=False)
    found = infer_published(article.text, article.lang or "en", today)
    if found is None:
        return article
    return replace(article, published=found.isoformat(), published_inferred=True)

