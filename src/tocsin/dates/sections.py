"""Dated section headings of a report or an explainer ("Events of March 3", "What happened on
November 24?"): the day the paragraphs under them tell, until the next heading (dates/story.py).

A heading is a short paragraph of its own (at most `MAX_CHARS` characters) that ends without a
full stop and states one day.  Under it:

- an undated report takes the heading's day, not the day of the story told before the heading
  ("By March 4, 14 people had been killed" in the background section does not date the crowd
  that "then converged on the police station" under "Events of March 3");
- a bare weekday that is the heading's own weekday ("When the team returned early on Sunday"
  under "What happened on November 24?", a Sunday) is the heading's day, not the last such
  weekday before the paper's date.
"""
from __future__ import annotations

import re
from datetime import date

from .event_dates import date_of_text
from .lexicon import date_lexicon
from .parse import to_date

MAX_CHARS = 60
_PARAGRAPH = re.compile(r"[^\n]+")


def section_days(text: str, ref: date | None, lang: str = "en") -> list[tuple[int, int, dict]]:
    """(start, end, date) of each dated heading of `text`, in text order (module docstring)."""
    out: list[tuple[int, int, dict]] = []
    for m in _PARAGRAPH.finditer(text):
        line = m.group(0).strip()
        if not line or len(line) > MAX_CHARS or line.endswith(".") or m.start() == 0:
            continue  # (the first line is the headline or the dateline's)
        found = date_of_text(line, ref, lang)
        if found is not None and found.get("precision") == "day" and found.get("start") == found.get("end") \
                and (ref is None or (to_date(found["start"]) or ref) <= ref):
            out.append((m.start(), m.end(), {k: found[k] for k in ("start", "end", "precision")}))
    return out


def heading_above(pos: int, headings: list[tuple[int, int, dict]]) -> tuple[int, int, dict] | None:
    """The last dated heading before `pos`, or None."""
    above = None
    for h in headings:
        if h[1] <= pos:
            above = h
    return above


def weekday_of_heading(found: dict, heading: dict, lang: str = "en") -> dict | None:
    """`found` (an event's own date) moved to the heading's day when it is only the heading's
    weekday: "on Sunday" under "What happened on November 24?" (a Sunday)."""
    word = re.sub(r"^(?:on|early on|late on|last)\s+", "", (found.get("text") or "").strip().lower())
    day = to_date(heading.get("start"))
    weekdays = date_lexicon(lang).weekdays
    if day is None or word not in weekdays or found.get("start") == heading.get("start"):
        return None
    if weekdays.index(word) % 7 != day.weekday():
        return None
    return {**found, "start": heading["start"], "end": heading["end"], "precision": "day"}
