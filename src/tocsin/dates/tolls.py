"""A toll told in a later statement (docs/dates.md): "At least 100 people were killed and about
300 wounded, the president said on Sunday" after car bombs on Saturday, or "the minister told
reporters on Friday that 10 soldiers were killed in the operation" after Thursday's raid.  The
statement's day is not the event's: when the event is told only by toll words (`toll_words`)
or by a definite event noun ("in the gunfights"), and the story's last day is at most
`toll_gap_days` before the statement's, the toll takes the story's day.  Any other event keeps
the statement's day ("the army said on Tuesday that its jets struck rebel positions")."""
from __future__ import annotations

import re

from ..records import CodedEvent
from .event_dates import _statement_time
from .lexicon import date_lexicon
from .parse import to_date

TOLL_DATE = "(the story's day: a toll told later)"
DEFINITE = r"(?:the|this|that|these|those)"


def told_toll(ev: CodedEvent, last: dict | None, lang: str = "en") -> dict | None:
    """The story's day for a toll told in a later statement (module docstring), else None."""
    lex = date_lexicon(lang)
    date = ev.date or {}
    if (last is None or not lex.toll_words or date.get("precision") != "day"
            or date.get("basis") not in ("sentence", "clause") or ev.modality not in ("asserted", "reported")):
        return None
    text = ev.evidence["text"]
    if not _statement_time(text, date):
        return None
    said, day = to_date(date.get("start")), to_date(last.get("start"))
    if said is None or day is None or not 1 <= (said - day).days <= lex.toll_gap_days:
        return None
    low, tolls = text.lower(), set(lex.toll_words)
    for word in (w.strip().lower() for w in (ev.trigger or "").split("|")):
        if not word:
            return None
        if not (set(word.split()) <= tolls or re.search(rf"\b{DEFINITE}\s+{re.escape(word)}\b", low)):
            return None
    return {**last, "text": TOLL_DATE, "basis": "story"}
