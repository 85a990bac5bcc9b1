"""A toll of zero for an event just told (assembly.yaml `zero_toll_patterns`): "A rocket hit a
house in Sderot. No casualties were reported." (the next sentence) or "... fired on a police
post; soldiers returned fire and no casualties were reported" (a later clause of its own)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import VIOLENT_TYPES


def zero_toll(events: list, prev_start: int, text: str, patterns) -> None:
    """ "A rocket hit a house in Sderot. No casualties were reported.": the sentence after a
    violent event says nobody was hurt, a toll of zero for it (assembly.yaml `zero_toll_patterns`:
    `none_hurt` zeroes the dead and the injured, `none_killed` the dead)."""
    kinds = _zero_kinds(text, patterns)
    if kinds is not None:
        _zeroed(events, [k for k, e in enumerate(events) if e.evidence.get("start") == prev_start], kinds, text,
                "told again")


_TRAILING_CLAUSE = re.compile(r";\s*|,\s+(?:and\s+|but\s+)?|\s+and\s+")


def zero_toll_within(events: list, first_new: int, text: str, patterns) -> None:
    """ "... fired on a police post in Titigi; soldiers returned fire and no casualties were
    reported": a later clause of the event's own sentence says nobody was hurt (basis `clause`)."""
    for part in _TRAILING_CLAUSE.split(text)[1:]:
        kinds = _zero_kinds(part, patterns)
        if kinds is not None:
            _zeroed(events, range(first_new, len(events)), kinds, part, "clause")
            return


def _zero_kinds(text: str, patterns) -> tuple[str, ...] | None:
    return next((("fatalities", "injured") if rule["id"] == "none_hurt" else ("fatalities",)
                 for rule in patterns if re.search(rule["pattern"], text.strip(), re.IGNORECASE)), None)


def _zeroed(events: list, where, kinds, text: str, basis: str) -> None:
    """The factual violent records at the indices `where` get a zero for each of `kinds` they lack."""
    for k in where:
        e = events[k]
        if e.modality in ("asserted", "reported") and e.acled and e.acled.get("event_type") in VIOLENT_TYPES:
            zero = {"value": 0, "low": 0, "high": 0, "qualifier": "exact", "text": text.strip()[:40], "basis": basis}
            events[k] = replace(e, figures={**{n: zero for n in kinds if n not in e.figures}, **e.figures})
