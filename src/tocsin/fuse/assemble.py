"""A cluster of records -> one FusedEvent: place, date, actors and figures across sources."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any


from ..records import FusedEvent, PlaceAndToll
from ..store.countries import country_name
from .. import yamlfile


@dataclass(frozen=True)
class Member(PlaceAndToll):
    """A stored record with what assembling needs (one row of records, plus actors)."""

    id: str
    article_id: str
    event_type: str | None
    sub_event_type: str | None
    plover_event: str | None
    modality: str
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    evidence: str
    actors: tuple[tuple[str, str, str | None, str | None], ...]  # (role, name, country, kind)
    confidence: float | None = None


@lru_cache(maxsize=1)
def acled_vocab() -> dict[str, Any]:
    text = (resources.files("tocsin") / "data" / "fusion" / "acled.yaml").read_text(encoding="utf-8")
    return yamlfile.safe_load(text)


def fused_id(members: list[Member]) -> str:
    """Stable while the cluster's earliest-coded record stays in it."""
    first = min(m.id for m in members)
    return "ev-" + hashlib.sha1(first.encode()).hexdigest()[:12]


def _most_common(values: list[Any]) -> Any:
    vals = [v for v in values if v]
    return Counter(vals).most_common(1)[0][0] if vals else None


def _actors(members: list[Member], role: str) -> tuple[str | None, str | None, str | None]:
    """(main actor, associated actors '; '-joined, ACLED inter category) for a role."""
    names = [name for m in members for r, name, _, _ in m.actors if r == role and name]
    main = _most_common(names)
    if main is None:
        return None, None, None
    assoc = sorted(set(names) - {main})
    kind = next((k for m in members for r, name, _, k in m.actors if r == role and name == main and k), None)
    return main, "; ".join(assoc) or None, acled_vocab()["inter"].get(kind or "")


def _time_precision(start: str | None, end: str | None, precision: str | None) -> int:
    if not start or not end:
        return 3
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    if days == 0 and precision in ("day", None):
        return 1
    return 2 if days <= 7 else 3


def assemble(members: list[Member], rule: str) -> FusedEvent:
    members = sorted(members, key=lambda m: (m.date_start or "9999", m.id))
    placed = [m for m in members if m.lat is not None]
    # the most precise place; among equals, the one most sources name
    best_prec = min((m.geo_precision or 9) for m in placed) if placed else None
    finest = [m for m in placed if (m.geo_precision or 9) == best_prec]
    top_name = _most_common([m.location for m in finest])
    where = next((m for m in finest if m.location == top_name), finest[0] if finest else None)
    dated = [m for m in members if m.date_start and m.date_precision == "day"] or \
            [m for m in members if m.date_start]
    # the day most sources give; ties go to the earliest
    day_counts = Counter(m.date_start for m in dated)
    start = min(day_counts, key=lambda d: (-day_counts[d], d)) if day_counts else None
    end = max((m.date_end or m.date_start) for m in dated if m.date_start == start) if start else None
    precision = next((m.date_precision for m in dated if m.date_start == start), None)
    per_article: dict[str, list[Member]] = {}
    for m in members:
        per_article.setdefault(m.article_id, []).append(m)
    # each source's figure is its largest; the event's is the most conservative source's
    source_figs = [max(v) for v in ([m.fatalities for m in ms if m.fatalities is not None]
                                    for ms in per_article.values()) if v]
    # (a source's own figure too: "more than 20 killed" is 20 as told, 21 at least)
    lows = [m.fatalities_low for m in members if m.fatalities_low is not None] + [
        m.fatalities for m in members if m.fatalities is not None]
    highs = [m.fatalities_high for m in members if m.fatalities_high is not None]
    actor1, assoc1, inter1 = _actors(members, "actor1")
    actor2, assoc2, inter2 = _actors(members, "actor2")
    event_type = _most_common([m.event_type for m in members])
    sub_type = _most_common([m.sub_event_type for m in members if m.event_type == event_type])
    civ = event_type == "Violence against civilians" or inter2 == "Civilians"
    iso = where.country if where else _most_common([m.country for m in members])
    return FusedEvent(
        id=fused_id(members), members=tuple(m.id for m in members), n_sources=len(per_article),
        date_start=start, date_end=end, time_precision=_time_precision(start, end, precision),
        event_type=event_type, sub_event_type=sub_type,
        plover_event=_most_common([m.plover_event for m in members]),
        modality="reported" if all(m.modality == "reported" for m in members) else "asserted",
        iso=iso, country=country_name(iso), admin1=where.admin1 if where else None,
        location=where.location if where else None, lat=where.lat if where else None,
        lon=where.lon if where else None, geo_precision=where.geo_precision if where else None,
        geonameid=where.geonameid if where else None,
        fatalities=min(source_figs) if source_figs else None,
        fatalities_low=min(lows) if lows else None, fatalities_high=max(highs) if highs else None,
        actor1=actor1, assoc_actor_1=assoc1, actor2=actor2, assoc_actor_2=assoc2,
        inter1=inter1, inter2=inter2, civilian_targeting=civ,
        evidence=members[0].evidence, rule=rule, confidence=combined_confidence(per_article),
    )


def combined_confidence(per_article: dict[str, list[Member]]) -> float | None:
    """Noisy-OR over sources, each by its best record (records.FusedEvent.confidence)."""
    best = [max(c) for c in ([m.confidence for m in ms if m.confidence is not None]
                             for ms in per_article.values()) if c]
    if not best:
        return None
    miss = 1.0
    for c in best:
        miss *= 1.0 - min(max(c, 0.0), 1.0)
    return round(1.0 - miss, 4)
