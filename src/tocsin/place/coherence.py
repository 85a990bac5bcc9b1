"""Article-level coherence: each name's candidates re-ranked by how close they lie to the
places the rest of the article names.

A local paper's "Jackson County", "Watertown" and "Rochester" are the ones in one state; a
wire story's "Ariha" beside "Saraqeb" and "Idlib" is the Syrian one.  Toponym resolution
papers (Leidner 2007, "spatial minimality"; Lieberman et al. 2010, LGL) use the same signal.
One name keeps one sense per article.  Starting from the scored ranking's choices, every
ambiguous name gets, for each candidate, a bonus growing with the number of the article's
other names whose chosen place lies near it (a town inside a province the article names gets the resolver's admin bonus instead); a few
rounds let the choices settle.  A name whose best candidate is a country yields only to
a town with neighbouring towns of its own.  Countries and continents give no proximity: the
context-country bonus already counts them.
"""
from __future__ import annotations

import math
from typing import Sequence

from .resolve import Candidate

NEAR_KM = 150.0  # a neighbour: within a county or two
FAR_KM = 400.0  # same region
FAR_WEIGHT = 0.25
PROXIMITY_WEIGHT = 1.0  # score points per log2(1 + neighbours); set on the geo dev splits
ROUNDS = 3
# A named state or province already gives its places resolve.CONTEXT_ADMIN_BONUS.
ADMIN_ANCHOR = 1.0  # set on the geo dev splits (LGL 0.821 -> 0.824, GWN and TR-News unchanged)
COUNTRY_ANCHOR = 0.5  # a place in a country a demonym names ("Russian officials")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180.0
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_km(a, b) -> float:
    """Distance between two places' points; 0 when either has none (so it lies "near")."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _pointlike(c: Candidate) -> bool:
    p = c.place
    return p.lat is not None and p.feature not in ("country", "continent", "admin1")


def _closeness(c: Candidate, anchor: Candidate, strict: bool = False) -> float:
    """1 for a neighbour or a place inside the anchor's admin1, 0.5 for the same region;
    `strict` counts only neighbouring towns."""
    p, a = c.place, anchor.place
    if strict:
        if not (_pointlike(c) and _pointlike(anchor)):
            return 0.0
        return 1.0 if haversine_km(p.lat, p.lon, a.lat, a.lon) <= NEAR_KM else 0.0
    if a.feature == "country":
        return COUNTRY_ANCHOR if p.country == a.country else 0.0
    if a.feature == "continent" or p.lat is None or a.lat is None:
        return 0.0
    if a.feature == "admin1":
        return ADMIN_ANCHOR if (p.country, p.admin1) == (a.country, a.admin1) else 0.0
    if p.feature == "admin1":
        return 1.0 if (p.country, p.admin1) == (a.country, a.admin1) else 0.0
    d = haversine_km(p.lat, p.lon, a.lat, a.lon)
    return 1.0 if d <= NEAR_KM else (FAR_WEIGHT if d <= FAR_KM else 0.0)


def cohere(groups: Sequence[Sequence[Candidate]], weights: Sequence[float] | None = None
           ) -> list[int]:
    """Index of the chosen candidate of each group (one group = one name of the article,
    candidates best first by score); `weights` count how often each name occurs."""
    choice = [0] * len(groups)
    weights = weights or [1.0] * len(groups)
    for _ in range(ROUNDS):
        changed = False
        for g, cands in enumerate(groups):
            if len(cands) < 2:
                continue
            # a country named exactly yields only to a town with neighbours of its own
            # ("Palestine" beside Tyler and Athens, Texas), not to a province or a far
            # region: "Lebanon's PM" in a story from Pennsylvania is still Lebanon
            strict = cands[0].place.feature in ("country", "continent")
            anchors = [(groups[h][choice[h]], weights[h]) for h in range(len(groups))
                       if h != g and groups[h]]
            best, best_score = choice[g], None
            for i, c in enumerate(cands):
                if strict and i and c.place.country == cands[0].place.country:
                    continue  # "Mexico" is the country, not its capital
                near = sum(w * _closeness(c, a, strict) for a, w in anchors)
                score = c.score + PROXIMITY_WEIGHT * math.log2(1.0 + near)
                if best_score is None or score > best_score + 1e-9:
                    best, best_score = i, score
            if best != choice[g]:
                choice[g], changed = best, True
        if not changed:
            break
    return choice
