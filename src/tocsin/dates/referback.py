"""A later sentence that dates an event told before it (docs/dates.md, "Dates told later").

Wire leads often date only their statement ("Ukrainian officials said Wednesday that a Russian
missile strike killed 11 people"); a later sentence names the event again with a definite noun
and gives its day ("The strike took place Monday night").  That day carries back to the nearest
event told before it whose date came from a statement (or from nothing), when it is not later
than that date.  Words: `referring_event_nouns`, `occurrence_verbs` in dates.yaml.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..records import Article, CodedEvent
from .event_dates import _statement_time, date_of_text
from .lexicon import date_lexicon
from .parse import to_date

FACTUAL = ("asserted", "reported")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _pattern(lang: str) -> re.Pattern | None:
    lex = date_lexicon(lang)
    if not lex.referring_event_nouns or not lex.occurrence_verbs:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(lex.referring_event_nouns, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in sorted(lex.occurrence_verbs, key=len, reverse=True))
    return re.compile(rf"\b(?:the|that|this|these|those)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+(?:{verbs})\b",
                      re.IGNORECASE)


def _stated_only(ev: CodedEvent) -> bool:
    """The event's date is its statement's ("said Wednesday"), the story's, or none."""
    basis = ev.date.get("basis")
    if basis in ("published", "story"):
        return True
    return basis in ("sentence", "clause") and _statement_time(ev.evidence["text"], ev.date)


def carry_back(events: list[CodedEvent], article: Article, ref: date | None, lang: str) -> list[CodedEvent]:
    pat = _pattern(lang)
    if pat is None or ref is None:
        return events
    out = list(events)
    for m in SENTENCE.finditer(article.text):
        sent = m.group(0)
        said = pat.search(sent)
        if said is None:
            continue
        found = date_of_text(sent[said.start():], ref, lang)
        if found is None or found.get("precision") != "day":
            continue
        at = m.start()
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].evidence.get("end", 0) <= at
                  and out[k].modality in FACTUAL and not out[k].aggregate and out[k].acled), None)
        if k is None or not _stated_only(out[k]):
            continue
        ev, day, told = out[k], to_date(found["start"]), to_date(out[k].date.get("end"))
        if day is None or (told is not None and day > told):
            continue
        out[k] = replace(ev, date={**{x: found[x] for x in ("start", "end", "precision", "text")}, "basis": "story"})
    return out
