"""Finds absolute date expressions in text: "28 January 2020", "January 28", "end of April 2019",
"April 2019", "2019", "2020-01-28".

Year-less expressions ("On 28 January") are returned with ``yearless=True`` and no ISO value:
`resolve` gives them a year from a reference date (publication date or the latest explicit
date in the article), which is the only context that can decide it.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from ..records import DateSpan
from .lexicon import DateLexicon, all_date_lexicons, date_lexicon

YEAR = r"(1[89]\d\d|20\d\d)"
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")  # Arabic-Indic, Persian
ORD = r"(?:st|nd|rd|th|er|e)?"
# month words that are also common verbs/nouns: only taken when capitalised
AMBIGUOUS = {"may", "mar", "march", "jan", "dec", "sep", "oct", "aug"}


def to_date(iso: str | None) -> date | None:
    """An ISO date (or the date part of a timestamp), or None when absent or invalid."""
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    lex = date_lexicon(lang)
    m = lex.month_alt
    parts = "|".join(sorted((re.escape(p) for p in lex.month_parts), key=len, reverse=True))
    flags = re.IGNORECASE
    pats = [
        ("iso", re.compile(rf"\b{YEAR}-(\d\d)-(\d\d)\b")),
        ("dmy", re.compile(rf"\b(\d{{1,2}}){ORD}(?: of| de)? ({m})\.?,?(?: de)? {YEAR}\b", flags)),
        ("mdy", re.compile(rf"\b({m})\.? (\d{{1,2}}){ORD},? {YEAR}\b", flags)),
        ("dm", re.compile(rf"\b(\d{{1,2}}){ORD}(?: of| de)? ({m})\b\.?", flags)),
        ("md", re.compile(rf"\b({m})\.? (\d{{1,2}}){ORD}\b(?![,.]?\d)", flags)),
    ]
    if parts:
        pats.append(("part", re.compile(
            rf"\b(?:the )?({parts})(?:[- ]| of | de )?({m})(?:,? {YEAR})?\b", flags)))
    yparts = "|".join(sorted((re.escape(p) for p in lex.year_parts), key=len, reverse=True))
    if yparts:  # "late 2018", "in early 2020", "the end of 2019"
        pats.append(("ypart", re.compile(rf"\b(?:the )?({yparts})(?:[- ]| of | de )?{YEAR}\b", flags)))
    pats += [
        ("my", re.compile(rf"\b({m})\.?,? (?:of |de )?{YEAR}\b", flags)),
        # (not a year that names what is asked for: "chanting for a 2023 census")
        ("y", re.compile(rf"(?<![\d,.])(?<!for a )(?<!for an )(?<!for the )\b{YEAR}\b(?![,.]?\d)(?!\s*(?:%|per cent|percent))")),
    ]
    return pats


def _month_ok(word: str, lex: DateLexicon) -> int | None:
    low = word.lower().rstrip(".")
    if low in AMBIGUOUS and not word[:1].isupper():
        return None
    return lex.months.get(low)


def _span(mt: re.Match, kind: str, lex: DateLexicon) -> DateSpan | None:
    g = mt.groups()
    text, s, e = mt.group(0).rstrip("."), mt.start(), mt.start() + len(mt.group(0).rstrip("."))
    try:
        if kind == "iso":
            d = date(int(g[0]), int(g[1]), int(g[2]))
            return DateSpan(text, s, e, d.isoformat(), d.isoformat(), "day")
        if kind in ("dmy", "mdy"):
            day, mon = (g[0], g[1]) if kind == "dmy" else (g[1], g[0])
            month = _month_ok(mon, lex)
            if month is None:
                return None
            d = date(int(g[2]), month, int(day))
            return DateSpan(text, s, e, d.isoformat(), d.isoformat(), "day")
        if kind in ("dm", "md"):
            day, mon = (g[0], g[1]) if kind == "dm" else (g[1], g[0])
            month = _month_ok(mon, lex)
            if month is None or not 1 <= int(day) <= 31:
                return None
            date(2000, month, int(day))  # validates the day (2000 is a leap year)
            return DateSpan(text, s, e, None, None, "day", yearless=True, explicit_year=False,
                            extra={"month": month, "day": int(day)})
        if kind == "part":
            month = _month_ok(g[1], lex)
            if month is None:
                return None
            lo, hi = lex.month_parts[g[0].lower()]
            if g[2] is None:
                return DateSpan(text, s, e, None, None, "range", yearless=True, explicit_year=False,
                                extra={"month": month, "day": lo, "day_end": hi})
            y = int(g[2])
            hi = min(hi, _month_end(y, month))
            return DateSpan(text, s, e, date(y, month, lo).isoformat(), date(y, month, hi).isoformat(),
                            "range")
        if kind == "ypart":
            lo, hi = lex.year_parts[g[0].lower()]
            y = int(g[1])
            return DateSpan(text, s, e, date(y, lo, 1).isoformat(), date(y, hi, _month_end(y, hi)).isoformat(),
                            "range")
        if kind == "my":
            month = _month_ok(g[0], lex)
            if month is None:
                return None
            y = int(g[1])
            return DateSpan(text, s, e, date(y, month, 1).isoformat(),
                            date(y, month, _month_end(y, month)).isoformat(), "month")
        if kind == "y":
            y = int(g[0])
            return DateSpan(text, s, e, f"{y}-01-01", f"{y}-12-31", "year")
    except ValueError:
        return None
    return None


def find_dates(text: str, lang: str | None = "en") -> list[DateSpan]:
    """All non-overlapping date expressions in `text`, in order; earlier patterns win ties.

    `lang=None` tries every language that has a date lexicon.
    """
    lexes = all_date_lexicons() if lang is None else (date_lexicon(lang if has_lexicon(lang) else "en"),)
    text = text.translate(EASTERN_DIGITS)  # "٢٧ شباط ٢٠٢٠": one character for one, offsets kept
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    # pattern kinds in priority order across languages: a French "24 janvier 2025" must not
    # lose its year to the English bare-year pattern
    ordered = sorted(((i, kind, pat, lex) for lex in lexes
                      for i, (kind, pat) in enumerate(_patterns(lex.lang))), key=lambda t: t[0])
    for _, kind, pat, lex in ordered:
        for mt in pat.finditer(text):
            sp = _span(mt, kind, lex)
            if sp is None or any(sp.start_char < b and a < sp.end_char for a, b in taken):
                continue
            taken.append((sp.start_char, sp.end_char))
            found.append(sp)
    return sorted(found, key=lambda d: d.start_char)


def has_lexicon(lang: str) -> bool:
    return any(lex.lang == lang for lex in all_date_lexicons())


def resolve_yearless(month: int, day: int, ref: date, *, after: date | None = None,
                     slack_days: int = 7) -> date:
    """Give a year-less day a year.

    With `after` (the latest explicit date already in the text), take the first such day
    from the start of `after`'s month on: a narrative that says "29 April 2019 ... On 28
    January" has moved on to the next January, while "since May 2024 ... since the start
    of May" stays in May 2024.  Otherwise take the latest such day not later than `ref` plus a
    week's slack (a January article's "15 December" is last December).
    """
    day = min(day, _month_end(2000, month))
    if after is not None:
        for year in range(after.year, after.year + 3):
            cand = date(year, month, min(day, _month_end(year, month)))
            if cand >= after.replace(day=1):
                return cand
    for year in (ref.year + 1, ref.year):
        cand = date(year, month, min(day, _month_end(year, month)))
        if (cand - ref).days <= slack_days:
            return cand
    return date(ref.year - 1, month, min(day, _month_end(ref.year - 1, month)))
