"""Publication date of an article: from metadata, else inferred from its own text.

Rule (documented in docs/dates.md):
1. A date given by the page (HTML metadata, feed entry, JSON record, or a plain-text
   byline such as "Published on 14 May 2023") is used as is; else the day its address
   carries ("/2020/02/28/saraqib-...").
2. Otherwise the article's own text (never another article on the same page) is read:
   - explicit dates ("29 April 2019", "April 2019", "2019", "2019-04-29") are read as written;
   - a year-less day ("On 28 January") takes its first occurrence after the latest explicit
     date written before it; with none before it, the year that puts it nearest to the
     first explicit date after it; with no explicit date at all it stays undated;
   - the publication date is the latest day-precise date found that way, never later
     than today.  Month or year mentions alone do not date an article, and a month, season
     or year that begins after that day leaves the article undated (the day was background:
     "March 23, 2009 ... since late 2021").
   - a year-less dateline day ("KYIV, November 26 (Wire) -") is the publication day: it
     takes its first occurrence on or after the latest day the rest of the story gives (a
     story does not tell of days after its own dateline).
   - a short first line with a weekday and a full date ("Morning bulletin, 07:00, Tuesday 5
     April 2022.") is the page's own day, as a dateline is.
   The result carries ``published_inferred = True``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..records import Article, DateSpan
from .lexicon import date_lexicon
from .parse import find_dates, has_lexicon, resolve_yearless, to_date


def infer_published(text: str, lang: str | None = "en", today: date | None = None) -> date | None:
    """Latest day-precise date the text supports, or None (see module docstring)."""
    today = today or date.today()
    lang = lang or "en"
    spans = find_dates(text, lang)
    explicit = [s for s in spans if not s.yearless and to_date(s.end) and to_date(s.end) <= today
                and not _attributive_year(s, text)]
    weekdays = date_lexicon(lang if has_lexicon(lang) else "en").weekdays  # ("und": no lexicon of its own)
    line = _dateline_day(text, lang, spans) or _header_day(text, explicit, weekdays)
    if line is not None and not line.yearless:  # "MOGADISHU, 18 October 2022 -": the story's own day
        day = to_date(line.start)
        return day if day is not None and day <= today else None
    days = [to_date(s.start) for s in explicit if s.precision == "day"]
    for s in spans:
        if s.yearless and s is not line:
            days.append(_resolve_in_context(s, explicit, _weekday(text, s, weekdays)))
    days = [d for d in days if d is not None and d <= today]
    if line is not None:  # the dateline's day is the story's own: on or after every day it tells of
        own = (resolve_yearless(line.extra["month"], line.extra["day"], date.max, after=max(days)) if days
               else _resolve_in_context(line, explicit))
        days = [own] if own is not None and own <= today else []
    if not days:
        return None
    # a later month, season or year the text names ("since late 2021") shows the latest day
    # is background (an anniversary, a movement named after its date), not the story's day
    later = [to_date(s.start) for s in explicit if s.precision != "day" and to_date(s.start) > max(days)]
    return None if later else max(days)


def _dateline_day(text: str, lang: str, spans: list[DateSpan]) -> DateSpan | None:
    """The day of the story's dateline ("KYIV, November 26 (Wire) -", "MOGADISHU, 18 October
    2022 -"), if it gives one."""
    from ..coding.dateline import find_dateline  # the dateline rules are the coder's data

    line = find_dateline(text, lang)
    if line is None or not line.date:
        return None
    return next((s for s in spans if s.precision == "day" and line.start <= s.start_char < line.end), None)


HEADER_CHARS = 160


def _header_day(text: str, explicit: list[DateSpan], weekdays: tuple[str, ...]) -> DateSpan | None:
    """A short first line that gives a weekday and a full date ("Morning bulletin, 07:00, Tuesday 5
    April 2022."): the bulletin's or the page's own day, as a dateline's is."""
    first = text.lstrip().split("\n", 1)[0]
    start = len(text) - len(text.lstrip())
    if len(first) > HEADER_CHARS:
        return None
    days = [s for s in explicit if s.precision == "day" and start <= s.start_char < start + len(first)]
    return days[0] if len(days) == 1 and _weekday(text, days[0], weekdays) is not None else None


def _weekday(text: str, s: DateSpan, weekdays: tuple[str, ...]) -> int | None:
    """The weekday written with a year-less day ("Monday, 30 September"), 0 = Monday."""
    before = text[max(0, s.start_char - 14):s.start_char].lower()
    inside = s.text.lower()
    for n, name in enumerate(weekdays[:7]):
        if name in inside or re.search(rf"\b{re.escape(name)}\W{{0,3}}$", before):
            return n
    return None


ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|whose)\s+$", re.IGNORECASE)


def _attributive_year(s: DateSpan, text: str) -> bool:
    """A bare year naming a thing ("since the 2021 coup", "its 2018 offensive"): background that
    places no year-less day of the story ("On January 8") in that year."""
    if s.precision != "year":
        return False
    after = text[s.end_char:s.end_char + 20].lstrip()
    return bool(ATTRIBUTIVE.search(text[max(0, s.start_char - 8):s.start_char])) and after[:1].islower()


def _point(s: DateSpan) -> date:
    """Where an explicit date leaves the narrative: the end of a day, range or month; for a
    bare year, its eve (so "in 2019 ... On 5 March" reads as 5 March 2019)."""
    return to_date(s.end) if s.precision != "year" else to_date(s.start) - timedelta(days=1)


def _resolve_in_context(s: DateSpan, explicit: list[DateSpan], weekday: int | None = None) -> date | None:
    """A year-less day follows the latest explicit date written before it (in the year its
    weekday, if written, fits: a live blog's "Monday, 30 September" below "Updated 1 October");
    with none before it, it takes the year that puts it nearest to the first explicit date
    after it."""
    month, day = s.extra["month"], s.extra["day"]
    before = [_point(e) for e in explicit if e.start_char < s.start_char]
    if before:
        found = resolve_yearless(month, day, date.max, after=max(before))
        if weekday is not None and found.weekday() != weekday:
            fits = [c for y in (found.year - 1, found.year + 1)
                    if (c := _on(y, month, day)) is not None and c.weekday() == weekday]
            return fits[0] if fits else found
        return found
    after = [e for e in explicit if e.start_char > s.start_char]
    if not after:
        return None
    target = to_date(after[0].start)
    cands = [resolve_yearless(month, day, date(y, 12, 31), after=date(y - 1, 12, 31))
             for y in (target.year - 1, target.year, target.year + 1)]
    return min(cands, key=lambda c: abs((c - target).days))


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


NUMERIC = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b")
US_CLOCK = re.compile(r"\b(?:[AaPp]\.?[Mm]\.?|E[SD]?T|C[SD]?T|P[SD]?T|M[SD]?T|Eastern|Pacific)\b")


def numeric_day(line: str) -> date | None:
    """The day of a numeric byline date ("Updated: 2/28/2020 4:05 PM ET", "28.02.2020 14:05").
    A part above 12 is the day; when both parts could be the month, a slash with a US clock
    (AM/PM, ET, PT) reads month first, anything else day first (27/02/2020, 27.02.2020)."""
    m = NUMERIC.search(line)
    if m is None:
        return None
    a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    month_first = b > 12 or (a <= 12 and sep == "/" and US_CLOCK.search(line) is not None)
    month, day = (a, b) if month_first else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None


URL_DAY = re.compile(r"/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2]|[1-9])\2(0[1-9]|[12]\d|3[01]|[1-9])(?=[/_.-]|$)")


def url_day(url: str | None, today: date | None = None) -> date | None:
    """The day a news address carries ("/2020/02/28/saraqib-...", "/2020-02-28-...",
    "/20200228/..."), never later than today; a year and month alone give none."""
    if not url:
        return None
    for m in URL_DAY.finditer(url):
        if not m.group(2) and (len(m.group(3)) != 2 or len(m.group(4)) != 2):
            continue  # "/20200228": eight digits or nothing
        try:
            day = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        if day <= (today or date.today()):
            return day
    return None


def assign_published(article: Article, today: date | None = None) -> Article:
    """Fill `published` from the article text when the page gave none."""
    if article.published:
        return article
    if article.dateline:
        given = [d.start for d in find_dates(article.dateline, None) if d.precision == "day" and d.start]
        if not given and (numeric := numeric_day(article.dateline)) is not None:
            given = [numeric.isoformat()]
        if given:
            return replace(article, published=given[0], published_inferred=False)
    from_url = url_day(article.url, today)
    if from_url is not None:
        return replace(article, published=from_url.isoformat(), published_inferred=False)
    found = infer_published(article.text, article.lang or "en", today)
    if found is None:
        return article
    return replace(article, published=found.isoformat(), published_inferred=True)

