"""Locates coded events: the places named in an event's sentence, resolved in the article's
country context; an event naming several towns becomes one record per town (as ACLED codes
one event per location).  A sentence naming no place takes the last place located earlier
in its paragraph, then the article's main province, then its main country.  Places the text
names as destinations or origins ("toward the Turkish border", "from western Aleppo") are
not where the event happened and were left out by the coder.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..records import PLACE_LABELS, CodedEvent
from .resolve import Place, country_of, resolve


@dataclass(frozen=True)
class ArticleContext:
    countries: tuple[str, ...]  # ISO2, most mentioned first
    country3: str | None
    main: Place | None  # the article's most mentioned province (or country)


def _location(p: Place, basis: str) -> dict:
    return {"name": p.name, "text": p.text, "country": p.country, "admin1": p.admin1,
            "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "precision": p.precision,
            "basis": basis}


def article_context(place_texts: Iterable[tuple[str, str]], actor_countries3: Iterable[str]) -> ArticleContext:
    """Country context from the article's place names (text, NER label) and actor countries."""
    places: list[Place] = []
    counts: Counter[str] = Counter()
    iso3: dict[str, str] = {}
    for text, label in place_texts:
        p = country_of(text) or (resolve(text, (), kind_hint=label) if label in PLACE_LABELS else None)
        if p is None or not p.country:
            continue
        places.append(p)
        counts[p.country] += 1
        if p.country3:
            iso3[p.country] = p.country3
    for c3 in actor_countries3:
        p = country_of(c3)
        if p is not None and p.country:
            counts[p.country] += 1
            iso3[p.country] = c3
    countries = tuple(c for c, _ in counts.most_common())
    main = None
    if countries:
        top = countries[0]
        admins = Counter(p.admin1 for p in places if p.country == top and p.admin1)
        if admins:
            name = admins.most_common(1)[0][0]
            main = resolve(f"{name} province", (top,)) or next(
                p for p in places if p.country == top and p.admin1 == name)
        else:
            main = next((p for p in places if p.country == top), None)
    return ArticleContext(countries, iso3.get(countries[0]) if countries else None, main)


def _split_id(event_id: str, place: Place) -> str:
    return hashlib.sha1(f"{event_id}|{place.geonameid or place.name}".encode()).hexdigest()[:16]


def locate_events(events: Sequence[CodedEvent], ctx: ArticleContext) -> list[CodedEvent]:
    """Events of one article, in order, with `location` filled (see module docstring)."""
    out: list[CodedEvent] = []
    last_by_paragraph: dict[int, Place] = {}
    for ev in events:
        resolved: list[Place] = []
        for m in ev.place_mentions:
            p = resolve(m.text, ctx.countries, kind_hint=m.label)
            if p is None or any(p.name == q.name for q in resolved):
                continue
            if m.label not in PLACE_LABELS and not (p.country in ctx.countries[:2] and p.precision <= 2):
                continue  # a name the tagger took for a person or body: only a town in the story's country
            resolved.append(p)
        towns = [p for p in resolved if p.precision <= 2]
        if len(towns) >= 2:
            last_by_paragraph[ev.paragraph_start] = towns[-1]
            out.extend(replace(ev, id=_split_id(ev.id, p), location=_location(p, "sentence")) for p in towns)
            continue
        if resolved:
            best = min(resolved, key=lambda p: p.precision)
            last_by_paragraph[ev.paragraph_start] = best
            out.append(replace(ev, location=_location(best, "sentence")))
        elif ev.paragraph_start in last_by_paragraph:
            out.append(replace(ev, location=_location(last_by_paragraph[ev.paragraph_start], "paragraph")))
        elif ctx.main is not None:
            out.append(replace(ev, location=_location(ctx.main, "article")))
        else:
            out.append(replace(ev, location=None))
    return out
