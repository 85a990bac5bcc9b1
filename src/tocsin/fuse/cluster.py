"""Greedy complete-link clustering of candidates in date order (deterministic)."""
from __future__ import annotations

from datetime import date, timedelta

from .rules import Candidate, Rules, km, same_event


def _key(c: Candidate) -> tuple:
    return (c.start or date.max, c.id)


def cluster(cands: list[Candidate], rules: Rules) -> list[list[Candidate]]:
    """Each record joins the closest open cluster all of whose members it matches, else starts one."""
    horizon = timedelta(days=max(rules.date_tolerance, rules.coarse_date_tolerance) + rules.lookback + 1)
    clusters: list[list[Candidate]] = []
    open_: list[int] = []  # indexes of clusters that may still take members
    for c in sorted(cands, key=_key):
        if c.start is not None:
            open_ = [i for i in open_ if _latest(clusters[i]) + horizon >= c.start]
        best, best_d = None, None
        for i in open_:
            members = clusters[i]
            if all(same_event(c, m, rules) for m in members):
                d = _distance(c, members)
                if best_d is None or d < best_d:
                    best, best_d = i, d
        if best is None:
            clusters.append([c])
            if c.start is not None:
                open_.append(len(clusters) - 1)
        else:
            clusters[best].append(c)
    return clusters


def _latest(members: list[Candidate]) -> date:
    return max((m.end or m.start) for m in members if m.start is not None)


def _distance(c: Candidate, members: list[Candidate]) -> float:
    ds = [km(c.lat, c.lon, m.lat, m.lon) for m in members
          if None not in (c.lat, c.lon, m.lat, m.lon)]
    return min(ds) if ds else 0.0
