"""Greedy clustering of candidates in date order, complete link by source (deterministic).

A coder may read one sentence as several records (one per place it names: "near the village of
Balyun in Idlib"), so a cluster is checked source by source: a record joins when, for every
article already in the cluster, at least one of that article's records matches it.  Two
clusters that fit each other that way are then merged.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from ..place.coherence import haversine_km
from .rules import Candidate, Rules, same_event


def _key(c: Candidate) -> tuple:
    return (c.start or date.max, c.id)


def _dataset(article_id: str) -> str | None:
    """'acled' or 'ucdp' for a row imported by `tocsin ingest --events` (store/external.py)."""
    head, sep, _ = article_id.partition(":")
    return head if sep and head in ("acled", "ucdp") else None


def fits(c: Candidate, members: list[Candidate], rules: Rules) -> bool:
    """Does c match at least one record of every article in the cluster?  Two rows of one
    imported dataset never fuse: the dataset already counts them as separate events."""
    ds = _dataset(c.article_id)
    if ds and any(_dataset(m.article_id) == ds for m in members):
        return False
    by_article: dict[str, list[Candidate]] = defaultdict(list)
    for m in members:
        by_article[m.article_id].append(m)
    return all(any(same_event(c, m, rules) for m in recs) for recs in by_article.values())


def cluster(cands: list[Candidate], rules: Rules) -> list[list[Candidate]]:
    """Each record joins the closest open cluster it fits, else starts one; then fitting clusters
    merge.  Records of two countries never fit (rules.places_agree), so each country is
    clustered on its own - the same clusters, found faster - unless a placed record has no
    country (it could fit any)."""
    if any(c.country is None and c.lat is not None for c in cands):
        return _cluster(cands, rules)
    by_country: dict[str | None, list[Candidate]] = defaultdict(list)
    for c in cands:
        by_country[c.country].append(c)
    return [g for key in sorted(by_country, key=lambda k: k or "") for g in _cluster(by_country[key], rules)]


def _cluster(cands: list[Candidate], rules: Rules) -> list[list[Candidate]]:
    horizon = timedelta(days=max(rules.date_tolerance, rules.coarse_date_tolerance) + rules.lookback + 1)
    clusters: list[list[Candidate]] = []
    open_: list[int] = []  # indexes of clusters that may still take members
    for c in sorted(cands, key=_key):
        if c.start is not None:
            open_ = [i for i in open_ if _latest(clusters[i]) + horizon >= c.start]
        best, best_d = None, None
        for i in open_:
            if fits(c, clusters[i], rules):
                d = _distance(c, clusters[i])
                if best_d is None or d < best_d:
                    best, best_d = i, d
        if best is None:
            clusters.append([c])
            if c.start is not None:
                open_.append(len(clusters) - 1)
        else:
            clusters[best].append(c)
    return _merge(clusters, rules, horizon)


def _merge(clusters: list[list[Candidate]], rules: Rules, horizon: timedelta) -> list[list[Candidate]]:
    """Merge pairs of clusters each of whose records fits the other: always the first such
    pair (i, j) in list order, then look again.  Clusters are in order of their first day
    (the greedy pass makes them in date order; a merge keeps the earlier place), so for
    each i only the clusters that start within `horizon` of its last day need a look."""
    while True:
        pair = _first_pair(clusters, rules, horizon)
        if pair is None:
            return clusters
        i, j = pair
        clusters[i] = clusters[i] + clusters[j]
        del clusters[j]


def _first_pair(clusters: list[list[Candidate]], rules: Rules, horizon: timedelta) -> tuple[int, int] | None:
    spans = [_days(c) for c in clusters]
    for i, (lo_i, hi_i) in enumerate(spans):
        if lo_i is None:
            continue
        for j in range(i + 1, len(clusters)):
            lo_j, hi_j = spans[j]
            if lo_j is None or lo_j - horizon > hi_i:
                break  # sorted by first day: no later cluster is near either
            if lo_i - horizon > hi_j:
                continue
            a, b = clusters[i], clusters[j]
            if all(fits(c, b, rules) for c in a) and all(fits(c, a, rules) for c in b):
                return i, j
    return None


def _days(members: list[Candidate]) -> tuple[date | None, date | None]:
    days = [m.start for m in members if m.start]
    return (min(days), max(days)) if days else (None, None)


def _latest(members: list[Candidate]) -> date:
    return max((m.end or m.start) for m in members if m.start is not None)


def _distance(c: Candidate, members: list[Candidate]) -> float:
    ds = [haversine_km(c.lat, c.lon, m.lat, m.lon) for m in members
          if None not in (c.lat, c.lon, m.lat, m.lon)]
    return min(ds) if ds else 0.0
