"""Dates told relative to the reference day (dates/event_dates.py): "over the past nine months",
"three days ago", "in recent weeks", "at the start of the month", "on the 12th", "On Thursday
the 18th", "this week", "last week", "yesterday", "on Monday"."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .lexicon import date_lexicon
from .periods import NUMBER_WORDS, relative_period


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(start: date) -> date:
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def _calendar_back(ref: date, n: int, unit: int) -> date | None:
    """`n` years (unit 365) or months (unit 30) before `ref` on the calendar (the same day of the
    month where it exists), else None."""
    months = n * 12 if unit == 365 else n if unit == 30 else 0
    if not months:
        return None
    y, m = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    try:
        return date(y, m + 1, min(ref.day, _month_end(date(y, m + 1, 1)).day))
    except ValueError:
        return None


def _last_nth(n: int, ref: date) -> date | None:
    """The last n-th of a month up to the reference day ("the 12th")."""
    if not 1 <= n <= 31:
        return None
    month = ref.replace(day=1) if n <= ref.day else (ref.replace(day=1) - timedelta(days=1)).replace(day=1)
    return month.replace(day=n) if n <= _month_end(month).day else None


def relative_words(text: str, ref: date | None, lang: str) -> dict | None:
    """"over the past nine months", "last week", "yesterday", "on Monday"."""
    if ref is None:
        return None
    lex = date_lexicon(lang)
    low = text.lower()
    days = "|".join(lex.weekdays)
    m = re.search(rf"\b(?:{days}),? the (\d{{1,2}})(?:st|nd|rd|th)\b", low) if days else None
    if m and (nth := _last_nth(int(m.group(1)), ref)) is not None:  # "On Thursday the 18th": the day the number names
        return {"start": _iso(nth), "end": _iso(nth), "precision": "day", "text": m.group(0)}
    vague = relative_period(text, ref, lex)  # "last winter", "late last month", "since Friday"
    if vague is not None:
        return vague
    units = "|".join(sorted(lex.units, key=len, reverse=True))
    m = re.search(rf"\b(?:over|in|during|for) the (?:past|last|previous) (?:(\w+) )?({units})\b", low)
    if m:
        n = NUMBER_WORDS.get(m.group(1) or "one", None)
        if n is None and m.group(1) and m.group(1).isdigit():
            n = int(m.group(1))
        if n is not None:
            start = ref - timedelta(days=n * lex.units[m.group(2)])
            return {"start": _iso(start), "end": _iso(ref), "precision": "range", "text": m.group(0)}
    m = re.search(rf"\b(\w+) ({units}) ago\b", low)
    if m and (n := NUMBER_WORDS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)):
        unit = lex.units[m.group(2)]
        d = _calendar_back(ref, n, unit) or ref - timedelta(days=n * unit)
        same_day = any(low[m.end():].lstrip(" ,").startswith(w) for w in lex.anniversary_words)
        prec = "day" if unit == 1 or (same_day and unit >= 30) else "range"  # "five years ago tonight"
        return {"start": _iso(d), "end": _iso(d), "precision": prec, "text": m.group(0)}
    m = re.search(rf"\b(?:in|over|during) recent ({units})\b", low)  # "several protests in recent weeks"
    if m:
        days = lex.recent_days.get(m.group(1).rstrip("s"), 0)
        if days:
            return {"start": _iso(ref - timedelta(days=days)), "end": _iso(ref), "precision": "range",
                    "text": m.group(0)}
    m = re.search(r"\b(?:at|by|from|in) the (start|beginning|end|middle) of the (month|year)\b", low)
    if m:  # "seized the town only at the start of the month": of this month (or year)
        lo, hi = lex.month_parts.get(m.group(1), (1, 31))
        if m.group(2) == "month":
            start, last = ref.replace(day=lo), _month_end(ref.replace(day=1)).day
            end = ref.replace(day=min(hi, last))
        else:
            start, end = date(ref.year, 1 + (lo - 1) * 12 // 31, 1), date(ref.year, max(1, hi * 12 // 31), 1)
            end = _month_end(end)
        if start <= ref:
            return {"start": _iso(start), "end": _iso(min(end, ref)), "precision": "range", "text": m.group(0)}
    m = re.search(r"\b(?:on|of) the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|day|anniversary|floor|century))", low)
    if m and m.group(0).startswith("of") and not re.search(
            r"\b(?:night|morning|evening|afternoon|hours|dawn) $", low[:m.start()]):
        m = None  # "on the night of the 12th", "in the early hours of the 18th" (not "the end of the 5th")
    if m and (nth := _last_nth(int(m.group(1)), ref)) is not None:  # "On the 12th, gunmen stopped a vehicle"
        return {"start": _iso(nth), "end": _iso(nth), "precision": "day", "text": m.group(0)}
    m = re.search(r"\b(?:this|earlier in the) (week|month|year)\b", low)  # "pushed thousands out this week"
    if m:
        start = {"month": ref.replace(day=1), "year": date(ref.year, 1, 1)}.get(
            m.group(1), ref - timedelta(days=ref.weekday()))
        return {"start": _iso(start), "end": _iso(ref), "precision": "range", "text": m.group(0)}
    if re.search(r"\b(?:earlier (?:in|this) the week|earlier this week|earlier in the week)\b", low):
        return {"start": _iso(ref - timedelta(days=ref.weekday())), "end": _iso(ref), "precision": "range",
                "text": "earlier in the week"}
    m = re.search(r"\b(?:over|during|at) the weekend\b|\b(?:last|this past|the past|this) weekend\b", low)
    if m:  # the Saturday and Sunday before (or of) the reference day
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if m.group(0).startswith("last") and ref.weekday() >= 5:
            sat -= timedelta(days=7)  # "last weekend" written on a Saturday or Sunday: the one before
        return {"start": _iso(sat), "end": _iso(min(sat + timedelta(days=1), ref)), "precision": "range",
                "text": m.group(0)}
    m = re.search(rf"\blast ({units})\b", low)
    if m:
        days = lex.units[m.group(1)]
        return {"start": _iso(ref - timedelta(days=days)), "end": _iso(ref), "precision": "range",
                "text": m.group(0)}
    for word, offset in lex.relative_days.items():
        if re.search(rf"\b{re.escape(word)}\b", low):
            d = ref + timedelta(days=offset)
            return {"start": _iso(d), "end": _iso(d), "precision": "day", "text": word}
    before = "|".join(re.escape(w) for w in lex.last_before) or "(?!)"
    after = "|".join(re.escape(w) for w in lex.last_after) or "(?!)"
    for i, wd in enumerate(lex.weekdays):  # "last Monday", "jeudi dernier", "el pasado jueves"
        m = re.search(rf"\b(?:({before}) )?{wd}(?: ({after}))?\b", low)
        if m:
            back = (ref.weekday() - i) % 7
            if back == 0 and (m.group(1) or m.group(2)):  # "last Monday" written on a Monday
                back = 7
            d = ref - timedelta(days=back)
            return {"start": _iso(d), "end": _iso(d), "precision": "day", "text": m.group(0)}
    return None
