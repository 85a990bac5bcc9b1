"""Which stored records an ingest can affect: the parts of the *match graph* its records touch.

The match graph links two eligible records when `rules.same_event` holds one way or the other.
Clustering (cluster.py) only ever puts a record in a cluster holding a record it matches, and
merges two clusters only when their records match, so every cluster lies inside one connected
part of this graph; and a record's choice (the open clusters it fits, their distances, their
order) and every merge depend only on the clusters of its own part.  So the full clustering is
the union of the clusterings of the connected parts, each clustered on its own, and an ingest
needs to re-cluster only the parts its records touch (incremental.py says which).

A part is found by search from its records: a record's matches lie in its country (or have
none) and start within `window_days` of its days, so the search loads those windows of the
store and follows the matches it finds there (a cheap test of type group, days and latitude
first, then `same_event` itself); records with no day or place, or spanning more than
`max_span_days`, match nothing and are parts of their own.  The cost follows the records
touched and their neighbours, not the size of the store or the length of a country's timeline.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date, timedelta

from .assemble import Member
from .rules import Candidate, Rules, namesake_of_region, same_event

# a window of the store: (country or None for every country, first day, last day)
Window = tuple[str | None, date, date]

_IN_IDS = "r.id IN (SELECT unnest(?::VARCHAR[]))"
# the placed records that start in one of the windows (three lists: country, first, last day):
# by country, and those of no country, and for windows of no country every record (three
# joins, each fast; one join with an OR in its condition compares every record to every window)
_WINDOWS = "(SELECT unnest(?::VARCHAR[]) AS c, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi)"
_IN_WINDOWS = f"""r.lat IS NOT NULL AND r.lon IS NOT NULL AND r.id IN (
    SELECT x.id FROM records x JOIN {_WINDOWS} w ON x.country = w.c AND x.date_start BETWEEN w.lo AND w.hi
    UNION ALL
    SELECT x.id FROM (SELECT id, date_start FROM records WHERE country IS NULL) x
    JOIN {_WINDOWS} w ON x.date_start BETWEEN w.lo AND w.hi
    UNION ALL
    SELECT x.id FROM records x JOIN (SELECT * FROM {_WINDOWS} WHERE c IS NULL) w
    ON x.date_start BETWEEN w.lo AND w.hi)"""


def window_days(rules: Rules) -> int:
    """How far apart the starts of two matching records can be, beyond the first one's days:
    `rules.dates_agree` widens a record's range by the tolerance and a publication-dated record's
    start by the lookback, and a record spans at most `max_span` days (else it matches nothing)."""
    return rules.lookback + max(rules.date_tolerance, rules.coarse_date_tolerance) + rules.max_span + 1


def linkable(c: Candidate, rules: Rules) -> bool:
    """Can the record match anything at all (a day, a place, a span the rule accepts)?"""
    return (c.start is not None and c.lat is not None and c.lon is not None
            and ((c.end or c.start) - c.start).days <= rules.max_span)


def matches(a: Candidate, b: Candidate, rules: Rules) -> bool:
    return same_event(a, b, rules) or same_event(b, a, rules)


class Reach:
    """The connected parts of the match graph around some seed records, loaded from the store."""

    def __init__(self, con, rules: Rules):
        from . import load_members  # the full fusion's loader (fuse/__init__.py)

        self._load_members = load_members
        self.con, self.rules = con, rules
        self.w = timedelta(days=window_days(rules))
        self.cands: dict[str, Candidate] = {}
        self.members: dict[str, Member] = {}
        self.region: set[str] = set()  # the records of the parts found so far
        self._parent: dict[str, str] = {}
        # the linkable records loaded, by (country, type group): (start, id) sorted
        self._buckets: dict[tuple, list[tuple[date, str]]] = defaultdict(list)
        self._countries: dict[tuple, set[str | None]] = defaultdict(set)  # type group -> countries
        self._keys: dict[str, tuple] = {}
        self._tol = max(rules.date_tolerance, rules.coarse_date_tolerance)
        self._dlat = rules.distance_km / 111.0  # degrees of latitude: a longer arc is farther (haversine)
        self._loaded: list[Window] = []

    def add_ids(self, ids) -> None:
        """Add the parts of these records (those still stored and eligible) to the region."""
        ids = sorted(set(ids) - self.region)
        if ids:
            self._expand([self.cands.get(i) or i for i in ids])

    def parts(self) -> list[list[Candidate]]:
        """The records of the region grouped by connected part (each sorted by id)."""
        groups: dict[str, list[Candidate]] = defaultdict(list)
        for rid in sorted(self.region):
            groups[self._find(rid)].append(self.cands[rid])
        return list(groups.values())

    # the search

    def _expand(self, seeds: list) -> None:
        unloaded = [s for s in seeds if isinstance(s, str)]
        if unloaded:
            self._take(self._load_members(self.con, self.rules, _IN_IDS, ([*unloaded],)))
        frontier = []
        for s in seeds:
            c = self.cands.get(s) if isinstance(s, str) else s
            if c is not None and c.id not in self.region:
                self.region.add(c.id)
                self._parent[c.id] = c.id
                frontier.append(c)
        while frontier:
            frontier = [c for c in frontier if linkable(c, self.rules)]
            self._load([w for w in map(self._window, frontier) if not self._covered(w)])
            reached = []
            for a in frontier:
                for b in self._near(a):
                    if b.id != a.id and matches(a, b, self.rules):
                        if b.id not in self.region:
                            self.region.add(b.id)
                            self._parent[b.id] = b.id
                            reached.append(b)
                        self._union(a.id, b.id)
            frontier = reached

    def _window(self, c: Candidate) -> Window:
        return c.country, c.start - self.w, max(c.start, c.end or c.start) + self.w

    def _covered(self, win: Window) -> bool:
        k, lo, hi = win
        return any((lk is None or lk == k) and llo <= lo and hi <= lhi for lk, llo, lhi in self._loaded)

    def _load(self, windows: list[Window]) -> None:
        if not windows:
            return
        merged: list[list] = []
        for k, lo, hi in sorted(windows, key=lambda w: (w[0] or "", w[0] is not None, w[1])):
            if merged and merged[-1][0] == k and lo <= merged[-1][2]:
                merged[-1][2] = max(merged[-1][2], hi)
            else:
                merged.append([k, lo, hi])
        params = ([m[0] for m in merged], [m[1] for m in merged], [m[2] for m in merged]) * 3
        ids = [rid for (rid,) in self.con.execute(f"SELECT r.id FROM records r WHERE {_IN_WINDOWS}", params
                                                  ).fetchall() if rid not in self.cands]
        if ids:  # loaded by id: the planner joins the articles before testing the windows otherwise
            self._take(self._load_members(self.con, self.rules, _IN_IDS, (ids,)))
        self._loaded += [tuple(m) for m in merged]

    def _take(self, loaded: tuple[list[Candidate], dict[str, Member]]) -> None:
        cands, members = loaded
        for c in cands:
            if c.id in self.cands:
                continue
            self.cands[c.id] = c
            self.members[c.id] = members[c.id]
            if linkable(c, self.rules):
                key = self._keys[c.id] = self._key(c)
                self._countries[key[0]].add(c.country)
                bisect.insort(self._buckets[c.country, key[0]], (c.start, c.id))

    def _near(self, a: Candidate):
        """The loaded records that may match a: of its type group, in its country or none, and
        starting within its window; then the necessary conditions of `same_event` on days and
        place, cheap to test (the full test follows)."""
        _, lo, hi = self._window(a)
        ka = self._keys[a.id]
        countries = (a.country, None) if a.country is not None else tuple(self._countries[ka[0]])
        for country in countries:
            bucket = self._buckets.get((country, ka[0]), ())
            i = bisect.bisect_left(bucket, (lo, ""))
            while i < len(bucket) and bucket[i][0] <= hi:
                b = self.cands[bucket[i][1]]
                kb = self._keys[b.id]
                i += 1
                if ka[1] <= kb[2] + self._tol and kb[1] <= ka[2] + self._tol and (
                        abs(a.lat - b.lat) <= self._dlat or ka[3] or kb[3]
                        or namesake_of_region(a, b, self.rules) or namesake_of_region(b, a, self.rules)):
                    yield b

    def _key(self, c: Candidate) -> tuple:
        """(type group, first and last day as ordinals, coarse place): two records match only if
        their groups are equal (rules.types_agree), their days overlap once widened by the
        largest tolerance (rules.dates_agree) and their places are near, or one is coarse or
        named like the other's province (rules.places_agree)."""
        group = self.rules.groups.get(c.sub_event_type or "")
        start = c.start - timedelta(days=self.rules.lookback) if c.date_basis == "published" else c.start
        return (("group", group) if group is not None else ("type", c.sub_event_type), start.toordinal(),
                (c.end or c.start).toordinal(), (c.precision or 9) >= self.rules.coarse_precision)

    def _find(self, x: str) -> str:
        while self._parent[x] != x:
            self._parent[x] = self._parent[self._parent[x]]
            x = self._parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)
