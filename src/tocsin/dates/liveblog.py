"""Live blogs (docs/dates.md, "Live blogs"): entries opened by a time stamp ("09:40 GMT — Heavy
gunfire resumed ..."), newest first, sometimes under day headings ("Monday, 30 September",
"Updated 1 October 2024, 21:10 GMT").

An entry is news of its own day: the day heading above it, else the reference day.  Relative
words in it ("this morning", "on Sunday") count from that day, and an undated event in it takes
that day, never the day of an older entry told below or above it.
"""
from __future__ import annotations

import re
from datetime import date

from ..records import PARAGRAPH_BREAK
from .parse import find_dates, resolve_yearless, to_date

# "09:40 GMT —", "9.40am -", "21:05 (UTC) –", "14:10 local time —" at the start of a paragraph
_TIME = (r"(?:\d{1,2}[:.]\d{2}|\d{4}(?=\s*\(?(?:GMT|UTC)))\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
         r"(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?\s*)?(?:local time\s*)?")
STAMP = re.compile(rf"^\s*{_TIME}[\u2014\u2013\-|:]\s+", re.MULTILINE)
# a line that is only a time, before its entry: "Posted at 10:15", "14:05 GMT"
STAMP_LINE = re.compile(rf"^\s*(?:(?:Posted|Updated|Published)\s+(?:at\s+)?)?{_TIME}$", re.IGNORECASE)
# an entry stamped with its day and time: "Friday 18 April, 07:00 - Fuel port struck",
# "Sun 27 Apr 23:10 -", "18 April 2025, 07:00 GMT —"
DAY_STAMP = re.compile(r"^\s*(?:[A-Z][a-z]{2,8},?\s+)?(\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                       rf"(?:,?\s+\d{{4}})?),?\s+(?:at\s+)?{_TIME}(?:[\u2014\u2013\-|:]\s+|[ \t]*\n)")  # (or on a line of its own)
# a line that is only a day and a time, over its entry: "Tuesday 27 May, 21:30", "Monday, Jul 29, 23:50"
DAY_STAMP_LINE = re.compile(r"^\s*(?:[A-Z][a-z]{2,8},?\s+)?(\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            rf"(?:,?\s+\d{{4}})?),?\s+(?:at\s+)?{_TIME}$")
# an entry stamped with a weekday and a time only: "SAT 10:25 — Police say ...", "Sunday 08:05 -"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_STAMP = re.compile(r"^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:at\s+)?"
                           rf"{_TIME}[\u2014\u2013\-|:]\s+", re.IGNORECASE)
MIN_ENTRIES = 2  # a page with fewer stamped paragraphs is no live blog
HEADING_WORDS = 8


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in re.split(f"({PARAGRAPH_BREAK.pattern})", text):
        if part.strip() and not PARAGRAPH_BREAK.fullmatch(part):
            out.append((pos, part))
        pos += len(part)
    return out


def _heading_day(para: str, ref: date | None, lang: str) -> date | None:
    """The day a short dateless-sentence line names ("Monday, 30 September", "Updated 1
    October 2024, 21:10 GMT"), else None."""
    line = para.strip()
    if ("\n" in line or len(line.split()) > HEADING_WORDS or line.endswith((".", "?", "!")) or STAMP.match(line)
            or STAMP_LINE.match(line)):
        return None
    for span in find_dates(line, lang):
        if span.precision != "day":
            continue
        if not span.yearless:
            return to_date(span.start)
        if ref is not None:
            return resolve_yearless(span.extra["month"], span.extra["day"], ref, slack_days=0)
    return None


def entry_days(text: str, ref: date | None, lang: str = "en") -> dict[int, date]:
    """For a live blog, each stamped entry's start offset -> its day (module docstring); {} for
    any other page."""
    paras = _paragraphs(text)
    if sum(bool(STAMP.match(p) or STAMP_LINE.match(p.strip()) or DAY_STAMP.match(p) or DAY_STAMP_LINE.match(p.strip())
                or WEEKDAY_STAMP.match(p)) for _, p in paras) < MIN_ENTRIES:
        return {}
    out: dict[int, date] = {}
    day, under_stamp = ref, False
    for start, para in paras:
        if (m := DAY_STAMP.match(para)) and (own := _heading_day(m.group(1), ref or day, lang)) is not None and (
                ref is None or own <= ref):
            day, under_stamp = own, False  # "Friday 18 April, 07:00 - Fuel port struck": its own day
            out[start] = own
            continue
        if (m := DAY_STAMP_LINE.match(para.strip())) and (own := _heading_day(m.group(1), ref or day, lang)) is not None \
                and (ref is None or own <= ref):
            day, under_stamp = own, True  # "Tuesday 27 May, 21:30" over its entry: the paragraphs after are that day's
            continue
        if (m := WEEKDAY_STAMP.match(para)) and ref is not None and m.group(1).lower() in _WEEKDAYS:
            back = (ref.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7  # the last such day up to the page's
            own = date.fromordinal(ref.toordinal() - back)
            day, under_stamp = own, False
            out[start] = own
            continue
        heading = _heading_day(para, ref or day, lang)  # "Sunday, 16 April" under a dated "Updated" line
        if heading is not None and (ref is None or heading <= ref):
            day, under_stamp = heading, False
        elif STAMP_LINE.match(para.strip()):
            under_stamp = True  # the paragraphs after "Posted at 10:15" are its entry
        elif (STAMP.match(para) or under_stamp) and day is not None:
            out[start] = day
    return out


def entry_of(offset: int, days: dict[int, date], text: str) -> date | None:
    """The day of the stamped entry that holds `offset`, or None outside any entry."""
    starts = [s for s in days if s <= offset]
    if not starts:
        return None
    start = max(starts)
    return None if PARAGRAPH_BREAK.search(text, start, offset) else days[start]
