"""The fusion rule (data/fusion/rules.yaml) and the pairwise test it defines."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ..place.coherence import haversine_km
from ..place.names import norm_key
from .. import yamlfile


@dataclass(frozen=True)
class Candidate:
    """What fusion needs of one stored record."""

    id: str
    article_id: str
    outlet: str | None
    event_type: str | None
    sub_event_type: str | None
    start: date | None
    end: date | None
    date_basis: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    actor1_keys: frozenset[str]  # "state:SYR" for state actors, "kind:rebel_group" for others
    location: str | None = None


@dataclass(frozen=True)
class Rules:
    modalities: frozenset[str]
    aggregate: bool
    date_tolerance: int
    cross_type_tolerance: int
    max_span: int
    lookback: int
    distance_km: float
    coarse_precision: int
    coarse_same_type: bool
    coarse_date_tolerance: int
    unplaced_merge: bool
    groups: dict[str, int]
    actors_must_agree: bool
    actors_veto_strong: bool


def load_rules(path: str | Path | None = None) -> Rules:
    if path is None:
        return _default_rules()
    return _parse(yamlfile.safe_load(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _default_rules() -> Rules:
    text = (resources.files("tocsin") / "data" / "fusion" / "rules.yaml").read_text(encoding="utf-8")
    return _parse(yamlfile.safe_load(text))


def _parse(raw: dict[str, Any]) -> Rules:
    groups: dict[str, int] = {}
    for i, group in enumerate(raw.get("compatible_sub_event_types") or []):
        for name in group:
            groups[name] = i
    elig = raw.get("eligible") or {}
    return Rules(
        modalities=frozenset(elig.get("modalities") or ("asserted", "reported")),
        aggregate=bool(elig.get("aggregate", False)),
        date_tolerance=int(raw["date_tolerance_days"]),
        max_span=int(raw["max_span_days"]),
        cross_type_tolerance=int(raw["cross_type_date_tolerance_days"]),
        lookback=int(raw["published_basis_lookback_days"]),
        distance_km=float(raw["distance_km"]),
        coarse_precision=int(raw["coarse_precision"]),
        coarse_same_type=bool(raw["coarse_requires_same_sub_event_type"]),
        coarse_date_tolerance=int(raw["coarse_date_tolerance_days"]),
        unplaced_merge=bool(raw["unplaced_merge"]),
        groups=groups,
        actors_must_agree=bool(raw["actors_must_agree"]),
        actors_veto_strong=bool(raw["actors_veto_strong_matches"]),
    )


def types_agree(a: Candidate, b: Candidate, rules: Rules) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    ga, gb = rules.groups.get(a.sub_event_type or ""), rules.groups.get(b.sub_event_type or "")
    return ga is not None and ga == gb


def _window(c: Candidate, tol: int, rules: Rules) -> tuple[date, date]:
    start, end = c.start, c.end or c.start
    assert start is not None and end is not None
    if c.date_basis == "published":
        start = start - timedelta(days=rules.lookback)
    return start - timedelta(days=tol), end + timedelta(days=tol)


def _span(c: Candidate) -> int:
    return ((c.end or c.start) - c.start).days if c.start else 0


def dates_agree(a: Candidate, b: Candidate, tol: int, rules: Rules) -> bool:
    if a.start is None or b.start is None:
        return False
    if _span(a) > rules.max_span or _span(b) > rules.max_span:
        return False
    a0, a1 = _window(a, tol, rules)
    b0, b1 = _window(b, 0, rules)
    return a0 <= b1 and b0 <= a1


def namesake_of_region(town: Candidate, other: Candidate, rules: Rules) -> bool:
    """A town named like the other record's province ("Idlib" beside a village in Idlib
    province): the text may have meant the province, so it matches as the province does."""
    if (town.precision or 9) >= rules.coarse_precision or not town.location or not other.admin1:
        return False
    return town.country == other.country and _similar(town.location, other.admin1)


@lru_cache(maxsize=1 << 16)
def _similar(location: str, admin1: str) -> bool:
    return fuzz.ratio(norm_key(location), norm_key(admin1)) >= 85


def places_agree(a: Candidate, b: Candidate, rules: Rules) -> tuple[bool, bool]:
    """(agree, coarse): coarse when one side is only a region or a country."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return False, False
    if a.country and b.country and a.country != b.country:
        return False, False
    near = haversine_km(a.lat, a.lon, b.lat, b.lon) <= rules.distance_km
    if not near and namesake_of_region(a, b, rules):
        a = replace(a, precision=rules.coarse_precision, admin1=b.admin1)
    elif not near and namesake_of_region(b, a, rules):
        b = replace(b, precision=rules.coarse_precision, admin1=a.admin1)
    coarse_a = (a.precision or 9) >= rules.coarse_precision
    coarse_b = (b.precision or 9) >= rules.coarse_precision
    if not coarse_a and not coarse_b:
        return near, False
    # a region contains the town if the town's admin1 is that region (or the region is the country)
    wide, narrow = (a, b) if (a.precision or 9) >= (b.precision or 9) else (b, a)
    if (wide.precision or 9) >= 4 or not wide.admin1:
        return wide.country is not None and wide.country == narrow.country, True
    return wide.admin1 == narrow.admin1, True


def actors_agree(a: Candidate, b: Candidate) -> bool:
    if not a.actor1_keys or not b.actor1_keys:
        return True
    return bool(a.actor1_keys & b.actor1_keys)


def same_event(a: Candidate, b: Candidate, rules: Rules) -> bool:
    """May records a and b be one real event?"""
    if a.event_type is None or b.event_type is None or not types_agree(a, b, rules):
        return False
    if (a.lat is None or b.lat is None) and not rules.unplaced_merge:
        return False
    agree, coarse = places_agree(a, b, rules)
    if not agree:
        return False
    if coarse and rules.coarse_same_type and a.sub_event_type != b.sub_event_type:
        return False
    tol = rules.coarse_date_tolerance if coarse else rules.date_tolerance
    if a.sub_event_type != b.sub_event_type:
        tol = min(tol, rules.cross_type_tolerance)
    if not dates_agree(a, b, tol, rules):
        return False
    strong = not coarse and a.sub_event_type == b.sub_event_type and a.start == b.start
    if strong and not rules.actors_veto_strong:
        return True
    return not rules.actors_must_agree or actors_agree(a, b)
