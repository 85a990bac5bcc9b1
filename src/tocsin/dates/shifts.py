"""Dates moved on from a told date (docs/dates.md, "Event dates"): "two days later", "the
following morning" (`day_shifts`), "the following March" (`following_words`), and an undated
clause opened by "after" (`earlier_marks`), which happened before its sentence's day."""
from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, timedelta

from .lexicon import date_lexicon
from .parse import to_date
from .periods import NUMBER_WORDS, month_end


def _iso(d: date) -> str:
    return d.isoformat()


LATER = re.compile(r"\b(\w+) (day|week)s? (later|after|earlier|before)\b|\bthe (next|following|previous|preceding) day\b",
                   re.I)


def _gap_days(count: str, unit: str) -> int | None:
    """Days in "two days", "a week", "3 weeks" (None for a count no number word gives)."""
    n = NUMBER_WORDS.get(count.lower()) or (int(count) if count.isdigit() else None) or (
        1 if count.lower() == "the" else None)  # "the day after", "the week before"
    return None if n is None else n * (7 if unit.lower() == "week" else 1)


def _shift_later(found: dict, text: str, lang: str = "en") -> dict:
    """ "Two days later", "a day earlier", "the previous day", "the following morning"
    (`day_shifts`) count from the date carried over from the paragraph or the story."""
    m = LATER.search(text)
    start = to_date(found["start"])
    if start is None or found["precision"] != "day":
        return found
    if not m:
        cue = _cue(text, tuple(date_lexicon(lang).day_shifts), " ,.;")
        if cue is None:
            return found
        d = start + timedelta(days=date_lexicon(lang).day_shifts[cue])
        return {**found, "start": _iso(d), "end": _iso(d), "text": cue}
    plural_the = m.group(1) and m.group(1).lower() == "the" and re.search(r"(?:day|week)s\b", m.group(0), re.I)
    days = 1 if m.group(4) else None if plural_the else _gap_days(m.group(1), m.group(2))  # ("in the weeks after": no day)
    if days is None:
        return found
    back = (m.group(3) or "").lower() in ("earlier", "before") or (m.group(4) or "").lower() in ("previous", "preceding")
    try:
        d = start + (-1 if back else 1) * timedelta(days=days)
    except OverflowError:
        return found
    return {**found, "start": _iso(d), "end": _iso(d), "text": m.group(0)}


def _day_before_if_after(found: dict, clause: str, lang: str) -> dict:
    """An undated clause opened by "after" ("launched the operation on Sunday after 34 soldiers
    were killed") happened before the day its sentence gives, or hours before on that day: the
    range from the day before to that day, never that day as exact (nor the story's last day)."""
    words = clause.split()
    first = words[0].lower().strip(",;") if words else ""
    start = to_date(found.get("start"))
    if first not in date_lexicon(lang).earlier_marks or found.get("precision") != "day" or start is None:
        return found
    return {**found, "start": _iso(start - timedelta(days=1)), "precision": "range"}


AFTER_GAP = re.compile(r"\b(\w+) (day|week)s? (after|before)\s*$", re.I)
GAP_OPENS = re.compile(r"(\w+) (day|week)s? (after|before)\b", re.I)


def _gap_before_clause(found: dict, clause: str, sentence: str) -> dict:
    """An undated clause introduced by "a day after" or "two weeks before" ("The Council met
    this afternoon, a day after an air strike killed 33 soldiers"): its day is the sentence's
    day moved back (after) or on (before) by that gap."""
    start = to_date(found.get("start"))
    lead = len(clause) - len(clause.lstrip())
    m = GAP_OPENS.match(clause.lstrip()) or (AFTER_GAP.search(sentence[:lead]) if 0 < lead <= len(sentence) else None)
    if start is None or found.get("precision") != "day" or m is None:
        return found
    days = _gap_days(m.group(1), m.group(2))
    if days is None:
        return found
    d = start + timedelta(days=days * (-1 if m.group(3).lower() == "after" else 1))
    return {**found, "start": _iso(d), "end": _iso(d), "text": m.group(0).strip()}


def _following(found: dict, clause: str, lang: str) -> dict:
    """An undated clause told after a dated one in its sentence and set "the following March"
    or "the following year" (`following_words`): that month or year after the sentence's date
    ("seized the town in August 2014; the army retook it the following March": March 2015)."""
    lex = date_lexicon(lang)
    start = to_date(found.get("start"))
    words = "|".join(re.escape(w) for w in lex.following_words)
    if start is None or not words:
        return found
    names = "|".join(re.escape(n) for n in sorted(lex.months, key=len, reverse=True) if len(n) > 2)
    m = re.search(rf"\bthe (?:{words}) ({names}|year)\b", clause, re.IGNORECASE)
    if m is None:
        return found
    if m.group(1).lower() == "year":
        first, last = date(start.year + 1, 1, 1), date(start.year + 1, 12, 31)
        return {**found, "start": _iso(first), "end": _iso(last), "precision": "year", "text": m.group(0)}
    month = lex.months[m.group(1).lower()]
    first = date(start.year + (month <= start.month), month, 1)
    return {**found, "start": _iso(first), "end": _iso(month_end(first.year, first.month)), "precision": "month", "text": m.group(0)}


def _cue(text: str, cues: tuple[str, ...], ends: str = " ,") -> str | None:
    """The first of `cues` that stands in `text` as whole words (followed by one of `ends`)."""
    low = f" {' '.join(text.lower().split())} "
    return next((c for c in cues if any(f" {c}{e}" in low for e in ends)), None)


@lru_cache(maxsize=None)
def _other_event_day(lang: str) -> re.Pattern | None:
    leads = date_lexicon(lang).other_event_leads
    if not leads:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in leads) + r")\s+(?:the\s+|last\s+)?"
                      r"((?:\w+\s+)?\w+)(?='s\b|\u2019s\b)", re.IGNORECASE)


def other_events_days(text: str, lang: str) -> str:
    """ "arrested nine suspects in connection with Monday's attack": the possessive day is the
    other event's, not the arrests' (blanked, the offsets kept; dates.yaml `other_event_leads`)."""
    pattern = _other_event_day(lang)
    if pattern is None:
        return text
    return pattern.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " " * len(m.group(1)), text)


def opens_later(text: str) -> bool:
    """The text opens by moving the told day on: "Four days later, ...", "The next day, ...", "The
    following morning, ..." (English `day_shifts`); not "recorded weeks after" inside it."""
    head = " ".join(text.split()[:6])
    m = LATER.match(head)
    if m and ((m.group(1) or "").lower() in NUMBER_WORDS or (m.group(1) or "").isdigit() or m.group(4)) and (
            m.group(3) or m.group(4) or "").lower() in ("later", "after", "next", "following"):
        return True
    return any(head.lower().startswith(cue) for cue in date_lexicon("en").day_shifts)
