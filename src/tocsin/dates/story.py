"""An article's events dated together, in text order (docs/dates.md, "Story dates").

`date_event` dates each event from its own words; an event whose words give no date then
takes one from the story told before it:

- it continues the timeline ("Hours later, ...", "The same day, ...", `continuation_cues`):
  the day of the event told before it;
- it names the period told before it ("during the month", "that week", `anaphoric_periods`):
  that month, week or year;
- it sits next to the story's last day ("in the days before the assault", `story_windows`):
  those days;
- it is what an event "came a month after" ("The attack came a month after 71 soldiers were
  killed at ..."): that long before the story's last day;
- failing all, an undated report in a dated story: the story's last day.

A period of several days told with a figure ("between 1 and 23 February, at least 100 were
killed") is an aggregate.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..records import Article, CodedEvent
from .event_dates import HISTORICAL_DAYS, _cue, _shift_later, date_event
from .lexicon import date_lexicon
from .liveblog import entry_days, entry_of
from .parse import has_lexicon, to_date
from .periods import NUMBER_WORDS, month_end, period
from .referback import carry_back
from .report_period import report_period
from .sections import heading_above, section_days, weekday_of_heading
from .tolls import told_toll

STORY_DATE = "(the story's last date)"
ENTRY_DATE = "(the live-blog entry's day)"
UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}
# "came a month after", "happened two days before", "comes days after": the gap between two events
GAP = re.compile(r"\b(?:came|comes|followed|follows|happened|occurred|took place)\s+(?:just |only |barely |nearly |"
                 r"almost |about |some |more than |less than |exactly )?(?:(a|an|a few|few|several|\w+|\d+)\s+)?"
                 r"(hours?|days?|weeks?|months?|years?)\s+(after|before)\b", re.IGNORECASE)


def _continues(text: str, lang: str) -> str | None:
    return _cue(text, date_lexicon(lang).continuation_cues)


def _anaphoric(text: str, lang: str, told: dict | None, ref: date | None) -> dict | None:
    """ "during the month" after "were killed across Syria in January": January."""
    start = to_date(told["start"]) if told else None
    if start is None:
        return None
    lex = date_lexicon(lang)
    for unit, cues in lex.anaphoric_periods.items():
        cue = _cue(text, cues, " ,.;")
        if cue is None:
            continue
        if unit == "month":
            first = start.replace(day=1)
            return period(first, month_end(first.year, first.month), "month", cue, ref)
        if unit == "week":
            monday = start - timedelta(days=start.weekday())
            return period(monday, monday + timedelta(days=6), "week", cue, ref)
        if unit == "year":
            return period(date(start.year, 1, 1), date(start.year, 12, 31), "year", cue, ref)
    months = sorted(lex.months, key=len, reverse=True)  # "That September, ...": the first word, its longest month
    named = next(((w, m) for w in lex.anaphoric_month_words for m in months if _cue(text, (f"{w} {m}",), " ,.;")), None)
    if named is not None:
        first = date(start.year, lex.months[named[1]], 1)
        return period(first, month_end(first.year, first.month), "month", " ".join(named), ref)
    return None


def _window(text: str, lang: str, last: dict | None) -> dict | None:
    """ "in the days before the assault": the days before the story's last day."""
    day = to_date(last["start"]) if last else None
    windows = date_lexicon(lang).story_windows
    cue = _cue(text, tuple(windows), " ") if day else None
    if cue is None:
        return None
    lo, hi = windows[cue]
    return period(day + timedelta(days=lo), day + timedelta(days=hi), "range", cue, None)


def _gap(ev: CodedEvent, text: str, last: dict | None) -> dict | None:
    """ "The attack came a month after 71 soldiers were killed at the Inates camp": the killing
    told after "after" is a month before the story's last day (the attack)."""
    day = to_date(last["start"]) if last else None
    m = GAP.search(text) if day else None
    if m is None:
        return None
    if len(text[:m.start()].split()) > 6 and not re.search(r"\b(?:which|that)\s+$", text[:m.start()]):
        return None  # "came ... after" follows the subject ("The attack", "the attack, which")
    base = ev.evidence["start"]
    if ev.clause_spans:
        after = any(s - base >= m.start() for s, _ in ev.clause_spans)
    else:
        rest = text[m.end():].lower()
        after = any(re.search(rf"\b{re.escape(t.strip().lower())}", rest) for t in (ev.trigger or "").split(" | ") if t.strip())
    if not after:
        return None  # the event that came after (or before): the story's own
    word = (m.group(1) or "").lower()
    unit = UNIT_DAYS[m.group(2).lower().rstrip("s")]
    n = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
    sign = -1 if m.group(3).lower() == "after" else 1
    if n is None and m.group(1) is None and m.group(2).lower().endswith("s"):  # "came days after"
        # "came hours after": the same day or the one before (after), not days apart
        lo, hi = sorted((0, sign)) if unit == 0 else sorted((sign * 2 * unit, sign * 6 * unit))
        return period(day + timedelta(days=lo), day + timedelta(days=hi), "range", m.group(0), None)
    if n is None:
        return None
    mid = day + timedelta(days=sign * n * unit)
    slack = {0: 0, 1: 0, 7: 2, 30: 7, 365: 60}[unit] * (1 if n == 1 else 2)
    return period(mid - timedelta(days=slack), mid + timedelta(days=slack), "day" if not slack else "range",
                 m.group(0), None)


def _from_story(ev: CodedEvent, lang: str, last: dict | None, told: dict | None, ref: date | None) -> dict | None:
    text = ev.date_texts[-1] if ev.date_texts else ev.evidence["text"]
    for found in (_gap(ev, text, last), _anaphoric(text, lang, told, ref), _window(text, lang, last)):
        if found is not None:
            return found
    cue = _continues(ev.evidence["text"], lang)
    if cue is None and ev.modality in ("asserted", "reported"):
        cue = STORY_DATE  # an undated report in a dated story: the story's latest day, not the paper's
    if not cue or last is None:
        return None
    words = ev.evidence["text"].split()
    lead = next((k + 1 for k, w in enumerate(words[:8]) if w.endswith(",")), 4)  # "In Peshawar the next day, a mob ..."
    opening = " ".join(words[:lead])  # "The following morning, drones hit ...": the next day
    shifted = _shift_later({**last, "text": cue}, opening, lang)
    return shifted if shifted.get("start") != last.get("start") else {**last, "text": cue}


def _shifted(ev: CodedEvent, day: dict, lang: str) -> dict | None:
    """An undated event that opens on a day shift ("was arrested the next morning") after a past
    event told to the day, in a story with no news of its own day yet: that day shifted."""
    shifted = _shift_later({**day, "text": None}, ev.evidence["text"], lang)
    return shifted if shifted.get("start") != day.get("start") else None


def date_events(events: list[CodedEvent], article: Article, reference: str | None = None,
                skip: tuple[tuple[int, int], ...] = ()) -> list[CodedEvent]:
    """`date_event` for an article's events in text order, then the story's dates for those
    whose words give none (module docstring)."""
    lang = article.lang if article.lang and has_lexicon(article.lang) else "en"
    ref = to_date(reference) or to_date(article.published)
    out: list[CodedEvent] = []
    last: dict | None = None  # the story's last day
    last_at = -1  # where the event that gave it starts
    told: dict | None = None  # the story's last date of any precision
    past: dict | None = None  # the last day of a past event told to the day (an anniversary's)
    days = entry_days(article.text, ref, lang)  # a live blog's entries: each is news of its own day
    covered = report_period(article.text, ref, lang)  # "Reporting period: 06:00 Tuesday 13 May to ..."
    sections = section_days(article.text, ref, lang) if not days else []  # "Events of March 3"
    for ev in events:
        entry = entry_of(ev.evidence.get("start", 0), days, article.text) if days else None
        ev = date_event(ev, article, entry.isoformat() if entry else reference, skip)
        head = heading_above(ev.evidence.get("start", 0), sections) if sections else None
        if head is not None and head[0] > last_at:  # a dated section opens: its day is the story's
            last, last_at, told = dict(head[2]), head[0], dict(head[2])
        if head is not None and ev.date.get("basis") in ("sentence", "clause", "paragraph") \
                and (moved := weekday_of_heading(ev.date, head[2], lang)) is not None:
            ev = replace(ev, date=moved)  # "on Sunday" under "What happened on November 24?"
        if entry is not None and ev.date.get("basis") == "published":
            ev = replace(ev, date={**ev.date, "precision": "day", "text": ENTRY_DATE, "basis": "story"})
        cue = _continues(ev.evidence["text"], lang) if ev.date.get("basis") == "paragraph" else None
        if cue and last is not None and ev.date.get("start") != last["start"] and last_at >= ev.paragraph_start:
            # "Haniyeh was killed in Tehran hours later" after a strike on Tuesday told in its paragraph
            # and a sentence dating only its background ("retaliation for a rocket attack ... on July 27")
            ev = replace(ev, date={**last, "text": cue, "basis": "story"})
        if covered is not None and ev.date.get("basis") == "published" and _continues(ev.evidence["text"], lang) is None:
            ev = replace(ev, date={**covered, "basis": "story"})  # a report's incident: within its period
        found = _from_story(ev, lang, last, told, ref) if ev.date.get("basis") == "published" else None
        if found is None and last is None and past is not None and ev.date.get("basis") == "published":
            found = _shifted(ev, past, lang)  # "five years ago tonight, a gunman ...": "arrested the next morning"
        if found is not None:
            ev = replace(ev, date={**found, "basis": "story"})
            end = to_date(found["end"])
            if ev.modality in ("asserted", "reported") and ref and end and (ref - end).days > HISTORICAL_DAYS:
                ev = replace(ev, modality="historical", modality_cue=found["text"])
        elif told_toll(ev, last, lang) is not None:  # "..., the president said on Sunday": Saturday's toll
            ev = replace(ev, date=told_toll(ev, last, lang))
        elif ev.date.get("basis") in ("sentence", "clause", "paragraph"):
            # an earlier day told after the story's last one in its paragraph is background
            # ("the strike was retaliation for a rocket attack that killed 12 on July 27"): the
            # timeline ("hours later") goes on from the story's day
            flashback = last is not None and last_at >= ev.paragraph_start and ev.date["end"] < last["start"]
            if ev.date.get("precision") == "day" and ev.modality in ("asserted", "reported") and not flashback:
                last, last_at = {k: ev.date[k] for k in ("start", "end", "precision")}, ev.evidence.get("start", 0)
            elif ev.date.get("precision") == "day" and ev.modality == "historical":
                past = {k: ev.date[k] for k in ("start", "end", "precision")}
            told = {k: ev.date[k] for k in ("start", "end", "precision")}
        if not ev.aggregate and _adds_up(ev, lang):
            ev = replace(ev, aggregate=True)
        out.append(ev)
    return _headlines(carry_back(out, article, ref, lang), article)


def _adds_up(ev: CodedEvent, lang: str) -> bool:
    """A figure told over a stretch of several days adds up several events ("between 1 and 23
    February, at least 100 civilians were killed": `stretch_patterns`); so does a death toll too
    large for one event (flagged by the coder's single-event ceiling) told over a week or more
    ("more than 300 civilians were killed in Idlib last month").  A calendar period naming when
    one event happened ("late last month, gunmen stormed a hotel") adds up nothing."""
    start, end = to_date(ev.date.get("start")), to_date(ev.date.get("end"))
    if not ev.figures or not start or not end or ev.date.get("basis") not in ("sentence", "clause"):
        return False
    days = (end - start).days
    if ev.date.get("precision") == "range" and days >= 2 and any(
            re.search(p, ev.date.get("text") or "", re.I) for p in date_lexicon(lang).stretch_patterns):
        return True
    return days >= 6 and bool((ev.figures.get("fatalities") or {}).get("flag"))


LEAD_DATE = "(the lead's date)"


def _headlines(events: list[CodedEvent], article: Article) -> list[CodedEvent]:
    """A headline tells the lead's news without its day ("At least 20 civilians killed in
    air strikes" over "At least 20 civilians were killed ... on Tuesday"): an undated event of
    the title line takes the day of the first event of the body dated to the day that reports
    the same count or the same kind of event (not a total over a period)."""
    title_end = article.text.find("\n")
    if title_end <= 0:
        return events
    out = list(events)
    for i, ev in enumerate(out):
        if ev.evidence.get("start", title_end) >= title_end:
            break
        if ev.date.get("basis") != "published" or not ev.acled:
            continue
        lead = next((e for e in out[i + 1:] if e.evidence.get("start", 0) > title_end
                     and e.date.get("basis") in ("sentence", "clause") and e.date.get("precision") == "day"
                     and not e.aggregate and _same_news(ev, e)), None)
        if lead is not None:
            out[i] = replace(ev, date={**lead.date, "basis": "story", "text": LEAD_DATE})
    return out


def _same_news(head: CodedEvent, body: CodedEvent) -> bool:
    counts = {k: (f or {}).get("value") for k, f in head.figures.items() if (f or {}).get("value")}
    if counts:
        return any((body.figures.get(k) or {}).get("value") == v for k, v in counts.items())
    return bool(body.acled) and body.acled.get("sub_event_type") == head.acled.get("sub_event_type")
