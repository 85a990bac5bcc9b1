"""The period a report says it covers ("Reporting period: 06:00 Tuesday 13 May to 06:00 Wednesday
14 May 2025", "Period covered: Monday 31 March 2025, 06:00 to Tuesday 1 April 2025"; cues in
dates.yaml `report_period_cues`).  A monitor's daily report lists the incidents of that period:
one told without a date of its own happened within it, not on the day the report was issued
(dates/story.py gives it the period, basis `story`)."""
from __future__ import annotations

import re
from datetime import date

from .lexicon import date_lexicon
from .parse import find_dates, resolve_yearless, to_date

HEAD_CHARS = 900  # a report names its period near its top
MAX_DAYS = 31  # a longer stretch dates nothing


def report_period(text: str, ref: date | None, lang: str = "en") -> dict | None:
    """{start, end, precision, text} of the period the report's head names, or None."""
    cues = date_lexicon(lang).report_period_cues
    if not cues or ref is None:
        return None
    head = text[:HEAD_CHARS]
    m = re.search(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", head, re.IGNORECASE)
    if m is None:
        return None
    stop = re.search(r"\.(?:\s|$)|\n", head[m.end():])  # the cue's sentence or line
    span = head[m.start():m.end() + (stop.start() if stop else len(head) - m.end())]
    days = []
    for d in find_dates(span, lang):
        if d.precision != "day":
            continue
        if d.start:
            days.append(to_date(d.start))
        elif d.yearless and d.extra.get("month") and d.extra.get("day"):
            days.append(resolve_yearless(d.extra["month"], d.extra["day"], ref))
    days = [d for d in days if d is not None and d <= ref]
    if not days or (max(days) - min(days)).days > MAX_DAYS:
        return None
    return {"start": min(days).isoformat(), "end": max(days).isoformat(),
            "precision": "day" if min(days) == max(days) else "range", "text": span.strip()[:80]}
