"""Vague and compound periods (docs/dates.md, "Vague periods"): a vague expression gets the
range it covers rather than a wrong exact day.

Written with numbers (`explicit_periods`, they compete with the plain dates of `find_dates`):
"12 to 13 February", "between 28 February and 3 March", "February 3-7", "the week to 16
February", "the first week of January", "the summer of 2019", "the winter of 2019-20", "the
first half of 2019", "the 1980s".

Relative to the reference day (`relative_period`): "last winter", "this spring", "in the
summer", "late last month", "early this year", "the end of last week", "last month" (the
calendar month before), "last year", "since the start of the year", "since Friday", "Tuesday
to Wednesday", "the past 48 hours", "on Christmas Day".

Words (seasons, parts, joiners, holidays) live in `data/lexicons/<lang>/dates.yaml`.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import DateLexicon, date_lexicon
from .parse import AMBIGUOUS, ORD, YEAR, find_dates, resolve_yearless

# "the heaviest bombardment since the August truce": a "since" that dates a comparison
COMPARISON = re.compile(r"\b(?:most|worst|first|\w{3,}est)\b[^.;:,]{0,40}$", re.IGNORECASE)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a": 1,
                "twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
RANK_DAY, RANK_RANGE, RANK_YEAR = 0, 1, 3


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def period(start: date, end: date, precision: str, text: str, ref: date | None = None) -> dict:
    if ref is not None and start <= ref < end:
        end = ref  # a period still under way ends on the reference day
    return {"start": start.isoformat(), "end": end.isoformat(), "precision": precision, "text": text}


def _month(word: str, lex: DateLexicon) -> int | None:
    low = word.lower().rstrip(".")
    if low in AMBIGUOUS and not word[:1].isupper():
        return None
    return lex.months.get(low)


def _num(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


@lru_cache(maxsize=None)
def _explicit_patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    lex = date_lexicon(lang)
    m, j = lex.month_alt, _alt(lex.range_joiners)
    jn, d, y = rf"\s*(?:{j})\s*", rf"(\d{{1,2}}){ORD}", rf"(?:,? {YEAR})?"
    op = rf"(?:(?:{_alt(lex.range_openers)})\s+(?:the\s+)?)?"  # "between 1 and 23 February" whole
    seasons, parts = _alt(lex.seasons), _alt(lex.decade_parts)
    pats = [
        ("dd_m", rf"\b{op}{d}{jn}{d}(?: of)? ({m})\b\.?{y}"),  # "12 to 13 February", "3 and 4 March 2020"
        ("m_dd", rf"\b{op}({m})\.? {d}{jn}{d}\b{y}"),  # "February 3-7"
        ("dm_dm", rf"\b{op}{d}(?: of)? ({m})\b\.?{y}{jn}{d}(?: of)? ({m})\b\.?{y}"),  # "28 February to 3 March"
        ("md_md", rf"\b{op}({m})\.? {d}{y}{jn}({m})\.? {d}\b{y}"),  # "February 28 to March 3"
        ("week_to", r"\bweek (?:to|ending(?: on)?|up to|until) (?:the )?"),
        ("week_of", rf"\b(?:the )?({_alt(lex.week_ordinals)}) week of ({m})\b\.?{y}"),
        ("season", rf"\b(?:the )?(?:({parts})[- ])?({seasons})(?: of)? {YEAR}(?:\s*[-/–]\s*(\d{{4}}|\d{{2}}))?\b"),
        ("fraction", rf"\b(?:the )?({_alt(lex.year_fractions)}) of (?:{YEAR}|(last|this) year)\b"),
        # (not "the flag of the breakaway state of the 1960s": a thing of its decade, no date of the act)
        ("decade", rf"(?<!\bof )(?<!\bof the )\b(?:the )?(?:({parts})[- ])?(1[89]\d0|20\d0)s\b"),
    ]
    if lex.bare_fractions:  # "au premier trimestre", "durante el primer semestre de 2023"
        pats.append(("bare_fraction", rf"\b({_alt(lex.bare_fractions)})(?:\s+(?:de |del )?{YEAR})?\b"))
    return [(k, re.compile(p, re.IGNORECASE)) for k, p in pats]


def _day_range(d1, m1, y1, d2, m2, y2, ref: date | None) -> tuple[date, date] | None:
    try:
        if y2 or y1:
            end = date(int(y2 or y1), m2, int(d2))
        elif ref is not None:
            end = resolve_yearless(m2, int(d2), ref)
        else:
            return None
        start = date(int(y1) if y1 else end.year - ((m1, int(d1)) > (m2, int(d2))), m1, int(d1))
    except ValueError:
        return None
    return (start, end) if 0 <= (end - start).days <= 92 else None


def _season_months(first: int, last: int) -> list[int]:
    return [(first - 1 + k) % 12 + 1 for k in range(((last - first) % 12) + 1)]


def _season_at(first: int, last: int, year: int) -> tuple[date, date]:
    """The season that starts in `year` (a winter runs into the next year)."""
    end_year = year + (last < first)
    return date(year, first, 1), month_end(end_year, last)


def _season_part(start: date, first: int, last: int, part: str | None, lex: DateLexicon) -> tuple[date, date]:
    months = _season_months(first, last)
    if not part:
        return start, month_end(start.year + (months[-1] < months[0]), months[-1])
    lo, hi = lex.decade_parts[part.lower()]  # early/mid/late over thirds of the season
    k = min(len(months) - 1, round(lo * len(months) / 10))
    year = start.year + (months[k] < months[0])
    return date(year, months[k], 1), month_end(year, months[k])


def _explicit(kind: str, mt: re.Match, text: str, ref: date | None, lex: DateLexicon):
    g = mt.groups()
    if kind == "dd_m" and (mo := _month(g[2], lex)):
        return _day_range(g[0], mo, None, g[1], mo, g[3], ref), RANK_DAY, mt.end()
    if kind == "m_dd" and (mo := _month(g[0], lex)):
        return _day_range(g[1], mo, None, g[2], mo, g[3], ref), RANK_DAY, mt.end()
    if kind == "dm_dm" and (m1 := _month(g[1], lex)) and (m2 := _month(g[4], lex)):
        return _day_range(g[0], m1, g[2], g[3], m2, g[5], ref), RANK_DAY, mt.end()
    if kind == "md_md" and (m1 := _month(g[0], lex)) and (m2 := _month(g[3], lex)):
        return _day_range(g[1], m1, g[2], g[4], m2, g[5], ref), RANK_DAY, mt.end()
    if kind == "week_to":  # "in the week to 16 February": the seven days ending that day
        days = [sp for sp in find_dates(text[mt.end():], lex.lang) if sp.start_char == 0 and sp.precision == "day"]
        if days and (days[0].start or ref):
            sp = days[0]
            end = (date.fromisoformat(sp.start) if sp.start
                   else resolve_yearless(sp.extra["month"], sp.extra["day"], ref))
            return (end - timedelta(days=6), end), RANK_RANGE, mt.end() + sp.end_char
        return None
    if kind == "week_of" and (mo := _month(g[1], lex)) and (g[2] or ref):
        year = int(g[2]) if g[2] else resolve_yearless(mo, 1, ref).year
        n, last = lex.week_ordinals[g[0].lower()], month_end(year, mo)
        start = date(year, mo, 1 + 7 * (n - 1)) if n <= 4 else last - timedelta(days=6)
        return (start, min(start + timedelta(days=6), last)), RANK_RANGE, mt.end()
    if kind == "season":
        first, last = lex.seasons[g[1].lower()]
        y1 = int(g[2])
        if g[3]:  # "the winter of 2019-20"
            y2 = int(g[3]) if len(g[3]) == 4 else y1 // 100 * 100 + int(g[3])
            if y2 != y1 + 1 or last >= first:
                return None
            start, _ = _season_at(first, last, y1)
        elif last < first and not g[0]:  # "the winter of 2019": its months in 2019
            return (date(y1, 1, 1), month_end(y1, last)), RANK_RANGE, mt.end()
        else:
            start, _ = _season_at(first, last, y1 - (last < first))
        return _season_part(start, first, last, g[0], lex), RANK_RANGE, mt.end()
    if kind == "fraction":
        lo, hi = lex.year_fractions[g[0].lower()]
        year = int(g[1]) if g[1] else (ref.year - (g[2].lower() == "last") if ref else None)
        return ((date(year, lo, 1), month_end(year, hi)), RANK_RANGE, mt.end()) if year else None
    if kind == "bare_fraction":  # with no year, the latest such stretch begun by the reference day
        lo, hi = lex.bare_fractions[g[0].lower()]
        year = int(g[1]) if g[1] else (ref.year - (date(ref.year, lo, 1) > ref) if ref else None)
        return ((date(year, lo, 1), month_end(year, hi)), RANK_RANGE, mt.end()) if year else None
    if kind == "decade":
        base = int(g[1])
        lo, hi = lex.decade_parts[g[0].lower()] if g[0] else (0, 9)
        return (date(base + lo, 1, 1), date(base + hi, 12, 31)), RANK_YEAR, mt.end()
    return None


def explicit_periods(text: str, ref: date | None, lex: DateLexicon) -> list[tuple[int, int, int, dict]]:
    """(start_char, end_char, rank, date) for each period written with numbers; a season,
    fraction or week after "since"/"from" runs to the reference day."""
    found: list[tuple[int, int, int, dict]] = []
    for kind, pat in _explicit_patterns(lex.lang):
        for mt in pat.finditer(text):
            if any(mt.start() < e and s < mt.end() for s, e, *_ in found):
                continue
            got = _explicit(kind, mt, text, ref, lex)
            if not got or not got[0]:
                continue
            (start, end), rank, stop = got
            words = text[mt.start():stop]
            if (kind in ("season", "fraction", "week_of", "decade") and ref is not None and start <= ref
                    and SINCE.search(text[:mt.start()])
                    and not COMPARISON.search(text[max(0, mt.start() - 70):mt.start()])):
                found.append((mt.start(), stop, RANK_RANGE, period(start, ref, "range", f"since {words}")))
                continue
            found.append((mt.start(), stop, rank, period(start, end, "range", words, ref)))
    return sorted(found)


def _weekday_back(i: int, ref: date, last: bool) -> date:
    back = (ref.weekday() - i) % 7
    return ref - timedelta(days=7 if back == 0 and last else back)


def _seasons_near(first: int, last: int, ref: date) -> list[tuple[date, date]]:
    return [_season_at(first, last, y) for y in range(ref.year - 2, ref.year + 2)]


def _relative_season(rel: str, first: int, last: int, ref: date, lex: DateLexicon) -> tuple[date, date] | None:
    occ = _seasons_near(first, last, ref)
    if rel in lex.previous_words:  # "last winter": the latest one over before the reference day
        return max((o for o in occ if o[1] < ref), default=None)
    if rel in lex.current_words:  # "this spring": the one under way, else the nearest
        return min(occ, key=lambda o: 0 if o[0] <= ref <= o[1] else min(abs((o[0] - ref).days),
                                                                         abs((o[1] - ref).days)))
    return max((o for o in occ if o[0] <= ref), default=None)  # "in the summer": the latest begun


@lru_cache(maxsize=None)
def _relative_patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    lex = date_lexicon(lang)
    prev, cur = _alt(lex.previous_words), _alt(lex.current_words)
    wd, before = _alt(lex.weekdays), _alt(lex.last_before)
    parts = _alt(set(lex.month_parts) | set(lex.year_parts) | set(lex.week_parts))
    bare = _alt(lex.season_bare_ok)
    pats = [
        ("overnight", rf"\bovernight\s+(?:on\s+)?(into\s+|to\s+)?({wd})\b"),  # "overnight Saturday"
        ("hours", rf"\b(?:over|in|during|for|within) the (?:{prev}) (\d+|[\w-]+ )?({_alt(lex.hour_units)})\b"),
        ("season", rf"\b(?:({_alt(lex.decade_parts)})[- ])?({prev}|{cur}) ({_alt(lex.seasons)})\b"),
        ("season_bare", rf"\b(?:in|during|over|throughout) the (?:({_alt(lex.decade_parts)})[- ])?({bare})\b(?! of)"),
        ("part", rf"\b(?:the )?({parts})(?:[- ]| of )({prev}|{cur}) (month|week|year)\b"),
        ("since_start", rf"\b(?:since|from) the (?:start|beginning|outset) of (?:the |({prev}|{cur}) )(month|week|year)\b"),
        ("calendar", rf"(?<!the )\b(since )?(?:{_alt(lex.last_before)}) (month|year)\b(?! or)"),
        ("since_day", rf"\bsince (?:(?:{before}) )?({wd}|{_alt(k for k, v in lex.relative_days.items() if v < 0)})\b"),
        ("weekday_last_week", rf"\b({wd})(?:\s*(?:{_alt(lex.range_joiners)})\s*({wd}))?(?: night)?,? (?:of )?(?:the )?(?:{prev}) week\b"),
        ("weekdays", rf"\b(?:(?:{before}) )?({wd})(?: night)?\s*(?:{_alt(lex.range_joiners)})\s*({wd})\b"),
        ("holiday", rf"\b(since )?(?:on |at )?({_alt(lex.holidays)})\b(?! (?:{_alt(lex.holiday_things)})\b)(?:,? ((?:19|20)\d\d)\b)?"),
    ]
    return [(k, re.compile(p, re.IGNORECASE)) for k, p in pats]


def relative_period(text: str, ref: date | None, lex: DateLexicon) -> dict | None:
    """The period a vague expression relative to `ref` covers, or None (see module docstring)."""
    if ref is None:
        return None
    text = text.replace("’", "'")  # "New Year’s Day"
    for kind, pat in _relative_patterns(lex.lang):
        mt = pat.search(text)
        if mt is None:
            continue
        got = _relative(kind, mt, ref, lex)
        if got is not None:
            return got
    return None


def _relative(kind: str, mt: re.Match, ref: date, lex: DateLexicon) -> dict | None:
    g, words = mt.groups(), mt.group(0)
    if kind == "overnight":  # "overnight Saturday": Saturday night; "overnight into Sunday" likewise
        i = lex.weekdays.index(g[1].lower())
        day = _weekday_back(i, ref, False)
        start = day - timedelta(days=1) if g[0] else day
        return period(start, min(start + timedelta(days=1), ref), "range", words)
    if kind == "hours":
        n = _num((g[0] or "").strip()) if g[0] else 1
        if n is None:
            return None
        return period(ref - timedelta(days=-(-n // 24) if n > 12 else 0), ref, "range" if n > 12 else "day", words)
    if kind in ("season", "season_bare"):
        rel = g[1].lower() if kind == "season" else None
        first, last = lex.seasons[(g[2] if kind == "season" else g[1]).lower()]
        occ = _relative_season(rel, first, last, ref, lex)
        if occ is None:
            return None
        start, end = _season_part(occ[0], first, last, g[0], lex)
        return period(start, end, "range", words, ref) if start <= ref or rel else None
    if kind == "part":
        part, rel, unit = g[0].lower(), g[1].lower(), g[2].lower()
        back = rel in lex.previous_words
        if unit == "month" and part in lex.month_parts:
            first = (ref.replace(day=1) - timedelta(days=1)).replace(day=1) if back else ref.replace(day=1)
            lo, hi = lex.month_parts[part]
            last = month_end(first.year, first.month)
            return period(first.replace(day=min(lo, last.day)), first.replace(day=min(hi, last.day)), "range", words, ref)
        if unit == "year" and part in lex.year_parts:
            lo, hi = lex.year_parts[part]
            year = ref.year - back
            return period(date(year, lo, 1), month_end(year, hi), "range", words, ref)
        if unit == "week" and part in lex.week_parts:
            monday = ref - timedelta(days=ref.weekday() + 7 * back)
            lo, hi = lex.week_parts[part]
            return period(monday + timedelta(days=lo), monday + timedelta(days=hi), "range", words, ref)
        return None
    if kind == "since_start":
        back = (g[0] or "").lower() in lex.previous_words
        unit = g[1].lower()
        if unit == "year":
            start = date(ref.year - back, 1, 1)
        elif unit == "month":
            start = ref.replace(day=1)
            start = (start - timedelta(days=1)).replace(day=1) if back else start
        else:
            start = ref - timedelta(days=ref.weekday() + 7 * back)
        return period(start, ref, "range", words)
    if kind == "calendar":  # "last month": the calendar month before; "last year" likewise
        if g[1].lower() == "month":
            end = ref.replace(day=1) - timedelta(days=1)
            start, prec = end.replace(day=1), "month"
        else:
            start, end, prec = date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "year"
        return period(start, ref, "range", words) if g[0] else period(start, end, prec, words)
    if kind == "since_day":
        word = g[0].lower()
        if word in lex.weekdays:
            start = _weekday_back(lex.weekdays.index(word), ref, True)
        else:
            start = ref + timedelta(days=lex.relative_days[word])
        return period(start, ref, "range", words)
    if kind == "weekday_last_week":  # "on Tuesday and Wednesday last week": those days of the calendar week before
        monday = ref - timedelta(days=ref.weekday() + 7)
        i = lex.weekdays.index(g[0].lower())
        k = lex.weekdays.index(g[1].lower()) if g[1] else i
        return period(monday + timedelta(days=i), monday + timedelta(days=max(i, k)), "day" if k == i else "range", words)
    if kind == "weekdays":
        i, k = lex.weekdays.index(g[0].lower()), lex.weekdays.index(g[1].lower())
        start = _weekday_back(i, ref, False)
        end = start + timedelta(days=(k - i) % 7)
        if end > ref:
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        return period(start, end, "range", words)
    if kind == "holiday":
        month, day = lex.holidays[g[1].lower()]
        d = date(int(g[2]), month, day) if g[2] else resolve_yearless(month, day, ref, slack_days=0)  # "New Year's Day 2018"
        return period(d, ref, "range", words) if g[0] else period(d, d, "day", words)
    return None
