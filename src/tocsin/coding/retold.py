"""A sentence that tells again an event told before ("The strikes wounded seven soldiers",
"the gunmen had killed two officers and a soldier at the post"): its details go to that event
(`merge_back`), unless its own day, or the day it moves on to, makes it another event.  Split out
of coding/context.py, which decides whether a sentence refers back at all.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .context import _place_toll_line, _tolled


def _mention_keys(ev) -> set[str]:
    return {m.text.lower() for m in ev.place_mentions if not m.elsewhere()}


PAST_DAYS = 31  # a back-reference dated this long before the story's day tells another event


def _own_date(ev) -> tuple | None:
    """(start, end, reference day) of the date the event's own words give, if any."""
    from ..dates.event_dates import date_of_text
    from ..dates.parse import has_lexicon, to_date
    ref = to_date((ev.article or {}).get("published"))
    lang = ev.lang if ev.lang and has_lexicon(ev.lang) else "en"
    found = date_of_text(ev.date_texts[0] if ev.date_texts else ev.evidence["text"], ref, lang)
    start, end = (to_date(found["start"]), to_date(found["end"])) if found else (None, None)
    return (start, end, ref, found.get("text") or "") if start and end and ref else None


@lru_cache(maxsize=1)
def _calendar_day() -> re.Pattern:
    """A day named by the calendar ("On July 10", "on 9 March"), not "on Thursday" nor "today"
    (the date lexicon's month names, dates/event_dates.py)."""
    from ..dates.event_dates import _month_names
    names = _month_names("en")
    return re.compile(rf"\b(?:{names})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{names})\b")


def _told_in_the_past(ev, target) -> bool:
    """ "Last winter, Russia launched its biggest aerial barrage of the war": a definite event
    noun dated by its own words well before the story's day, in a period the earlier event's
    own date does not share, is another event, not the one told before."""
    own = _own_date(ev)
    if own is None:
        return False
    other = _own_date(target)
    if ((own[1] - own[0]).days <= 1 and other is not None and _calendar_day().search(own[3])
            and _calendar_day().search(other[3]) and (other[1] < own[0] or own[1] < other[0])):
        return True  # "On July 1, a suicide bomber struck ... On July 10, a suicide attacker killed 12": another day
    if (own[2] - own[1]).days <= PAST_DAYS:
        return False
    return other is None or other[1] < own[0] or own[1] < other[0]


def _moves_on(ev) -> bool:
    """ "Four days later, the chief was killed during a police operation ...; 19 people died in the
    fighting": a sentence that opens by moving the told day on is a new event, even where it names
    the place the last one did (the English coder's back-references only)."""
    from ..dates.shifts import opens_later
    return (ev.lang or "en") == "en" and opens_later(ev.evidence.get("text") or "")


def merge_back(events: list, ev) -> bool:
    """Give a back-reference's details to the event it tells again: the latest factual violent
    event of the article (past events a court or an anniversary recalls included), the one at a
    place both name if there is one.  Figures the earlier record lacks are added (with the
    back-reference's attribution when it brings a figure); nothing else moves (its new clause,
    "as the leaders met in Moscow", places nothing).
    False when there is no such event."""
    known = [k for k, e in enumerate(events) if e.modality in ("asserted", "reported", "historical") and _tolled(e)]
    if not known:
        return False
    keys = _mention_keys(ev)
    same_place = [k for k in known if keys & _mention_keys(events[k])]
    if _place_toll_line(ev) and not same_place:
        return False  # "Maarat Misrin - 5 killed, 14 injured." opening a paragraph: a new place's toll
    k = (same_place or known)[-1]
    target = events[k]
    if _told_in_the_past(ev, target) or _moves_on(ev):
        return False
    added = {n: {**f, "basis": "told again"} for n, f in ev.figures.items() if n not in target.figures}
    if added:
        changes = {"figures": {**target.figures, **added}}
        if ev.attribution and not target.attribution:
            changes.update(attribution=ev.attribution, modality="reported")
        events[k] = replace(target, **changes)
    return True


def told_with_a_new_act(coded: list) -> list:
    """ "The latest atrocity came on January 12, when gunmen attacked Daleti, killing more than 80":
    a back-reference beside a new act in its own sentence is that act, not the event told before;
    its figures go to the act (where it lacks them) and it is no record of its own."""
    fresh = [k for k, e in enumerate(coded) if not e.refers_back and _tolled(e)
             and e.modality in ("asserted", "reported", "historical")]
    if not fresh or not any(e.refers_back for e in coded):
        return coded
    out = list(coded)
    first = fresh[0]
    for e in coded:
        if e.refers_back:
            added = {n: f for n, f in e.figures.items() if n not in out[first].figures}
            if added:
                out[first] = replace(out[first], figures={**out[first].figures, **added})
    return [e for e in out if not e.refers_back]
