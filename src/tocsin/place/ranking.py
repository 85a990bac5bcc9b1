"""Ranking of a place name's gazetteer candidates: the ordered groups of tocsin.place.resolve
(qualifier filter, context country and admin1, compass word, population, own name) and the
additive score used by the geoparser."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

from .gazetteer import Gazetteer
from .names import norm_key, skeleton

if TYPE_CHECKING:
    from .resolve import _Candidate

AREA_FEATURES = frozenset({"region", "district", "admin2"})


def _is_area(gaz: Gazetteer, c: _Candidate) -> bool:
    return c.kind == "admin1" or (c.kind == "city" and gaz.feature.get(c.ref) in AREA_FEATURES)


SITE_FEATURES = {"camp": "camp", "crossing": "border crossing"}


def _filter_kind(gaz: Gazetteer, cands: list[_Candidate], kind: str | None) -> list[_Candidate]:
    """Keep the candidates a qualifier asks for; camps and crossings fall back to towns."""
    towns = [c for c in cands if c.kind == "city" and not _is_area(gaz, c)]
    if kind == "admin":  # "Rafah governorate" is an admin2: fall back to the town
        areas = [c for c in cands if _is_area(gaz, c)]
        if not any(a.group == 1 for a in areas) and any(t.group == 1 for t in towns):
            return [t for t in towns if t.group == 1]  # "Palma district" in Mozambique: not Mallorca's Palma
        if any(a.kind == "admin1" and a.group == 1 for a in areas):  # "Mexico's Guerrero state": the
            return [a for a in areas if a.kind == "admin1" and a.group == 1]  # state, not a namesake municipality
        # ("a region of Ukraine"; "in Kani Township" is no Kani in Japan: a town abroad is no township)
        return areas or [c for c in cands if c.kind == "country"] or [t for t in towns if t.group in (1, 3)]
    if kind == "city":
        if not any(t.group == 1 for t in towns):  # "the oasis town of Kufra": the story's province of that
            # name, whose seat cities500 lacks under it (Al Jawf), not a Turkish village that has it as an alternate
            seats = [c for c in cands if c.kind == "admin1" and c.group == 1]
            return seats or towns
        return towns
    if kind in SITE_FEATURES:
        sites = [c for c in towns if gaz.feature.get(c.ref) == SITE_FEATURES[kind]]
        return sites or [c for c in towns if c.ref not in gaz.feature]
    return cands


def _name_score(gaz: Gazetteer, c: _Candidate, skel: str) -> float:
    """log10(population), +1 when the entry's own name (not an alternate) spells the text:
    GeoNames lists "Sloviansk" as an alternate of Nikopol too, and "Pokrovsk" of Engels."""
    name = gaz.names[c.ref] if c.kind == "city" else c.ref.name
    bonus = OWN_NAME_BONUS if skeleton(norm_key(name)) == skel else 0.0
    return math.log10(max(c.population, UNKNOWN_POPULATION)) + bonus


# An entry whose own name spells the text outranks one that lists it only as an alternate unless
# that one is this many orders of magnitude bigger.  (2.0 put "the Turi prison" in Apulia rather
# than Turin, but cost two TR-News dev toponyms for one LGL one: kept at 1.0.)
OWN_NAME_BONUS = 1.0
# Weights of the scored ranking (geoparsing): tuned on the dev splits of the geo benchmarks.
COUNTRY_SCORE = 10.0  # a country named exactly
CONTEXT_COUNTRY_BONUS = (2.5, 2.0, 1.5)  # by the country's rank in the text's context
CONTEXT_ADMIN_BONUS = 1.5  # an entry inside a state/province the text names
SKELETON_PENALTY = 2.0
# GeoNames gives 0 for many district seats it lists in cities500 (Ariha, Idlib: 0): a
# settlement of unknown size, not an empty one.
UNKNOWN_POPULATION = 1_000


def _score(gaz: Gazetteer, c: _Candidate, skel: str, cands: list[_Candidate],
           admins: set[tuple[str, str]]) -> float:
    """Additive score: log10(population) plus context bonuses (see the weights above)."""
    in_ctx = c.ctx < 9 and c.group in (0, 1, 3) or c.group == 1
    bonus = CONTEXT_COUNTRY_BONUS[min(c.ctx, 2)] if in_ctx else 0.0
    if c.kind == "country":
        shadow = any(a.kind == "admin1" and a.group == 1 and a.country != c.country
                     for a in cands)
        return COUNTRY_SCORE - (6.0 if shadow else 0.0)
    if gaz.feature.get(c.ref) == "continent" if c.kind == "city" else False:
        return COUNTRY_SCORE
    code = c.ref.code if c.kind == "admin1" else gaz.admin1_code(c.ref)
    score = _name_score(gaz, c, skel) + bonus
    if (c.country, code) in admins:
        score += CONTEXT_ADMIN_BONUS
    if c.group == 3:
        score -= SKELETON_PENALTY
    if c.group == 9:
        score -= 3.0  # an admin1 whose namesake seat is also a candidate
    return score


def _state_over_alias(gaz: Gazetteer, cands: list[_Candidate], key: str) -> None:
    """"New York" is the state, "Mexico" the country: an admin1 or a country whose own name is
    the text outranks a city of its own that carries the name only as an alternate ("New York
    City", "Mexico City")."""
    for a in cands:
        if a.kind not in ("admin1", "country") or a.group == 9 or norm_key(a.ref.name) != key:
            continue
        for c in cands:
            if (c.kind == "city" and not _is_area(gaz, c) and c.country == a.country and norm_key(gaz.names[c.ref]) != key
                    and (a.kind == "country" or gaz.admin1[c.ref] == a.ref.code)):
                a.score = max(a.score, c.score + 0.01)


def _ranked(gaz: Gazetteer, cands: list[_Candidate], key: str, kind: str | None,
            directional: bool, admins: Sequence[tuple[str, str]] = (),
            scored: bool = False, key_upper: bool = False) -> list[_Candidate]:
    """Candidates best first (see module docstring); inside a context country an entry in a
    context admin1 (a state or province the text names) goes first."""
    cands = _filter_kind(gaz, cands, kind)
    if not cands:
        return []
    if not directional and kind is None:
        # "Idlib" is the city; the province needs "province" or a compass word.
        # the seat must bear the name itself: Minneota lists "Minnesota" as an alternate
        seats = {(c.country, gaz.admin1[c.ref]) for c in cands
                 if c.kind == "city" and c.group != 3 and not _is_area(gaz, c)
                 and norm_key(gaz.names[c.ref]) == key}
        # ... and a district's seat of known size: "fighting resumed in Birao" is the town, not the sub-prefecture
        towns = {(c.country, gaz.admin1[c.ref]) for c in cands if c.kind == "city" and c.group != 3
                 and not _is_area(gaz, c) and c.population > 0 and norm_key(gaz.names[c.ref]) == key}
        for c in cands:
            if c.kind == "admin1" and (c.ref.country, c.ref.code) in seats:
                c.group, c.population = 9, 0
            elif (_is_area(gaz, c) and c.kind == "city" and c.population > 0 and (c.country, gaz.admin1[c.ref]) in towns
                  and norm_key(gaz.names[c.ref]) == key):
                c.group, c.population = 9, 0
    skel = skeleton(key)
    admin_rank = {a: i for i, a in enumerate(admins)}
    if scored:
        admin_set = set(admins)
        for c in cands:
            c.score = _score(gaz, c, skel, cands, admin_set)
        if not key_upper:  # "NEW YORK -" opening a wire story is the city
            _state_over_alias(gaz, cands, key)
        return sorted(cands, key=lambda c: -c.score)

    def order(c: _Candidate) -> tuple:
        prefer_area = 0 if (directional and _is_area(gaz, c)) else 1
        if c.kind == "country":
            return (c.group, c.ctx, prefer_area, len(admin_rank), 0.0, 0)
        if c.kind == "admin1":
            adm = admin_rank.get((c.country, c.ref.code), len(admin_rank))
            return (c.group, c.ctx, prefer_area, adm, -_name_score(gaz, c, skel), 0)
        adm = admin_rank.get((c.country, gaz.admin1_code(c.ref)), len(admin_rank))
        return (c.group, c.ctx, prefer_area, adm, -_name_score(gaz, c, skel), c.ref)

    return sorted(cands, key=order)


SAME_CONSONANTS = "same consonants"  # the `why` of a candidate found only by its consonant skeleton


def _why(gaz: Gazetteer, c: _Candidate, admins: Sequence[tuple[str, str]]) -> str:
    reasons = {0: "a country named exactly", 1: "exact name in a context country",
               2: "exact name, admin1 or city of 100k+", 3: f"{SAME_CONSONANTS}, context country",
               4: "exact name of a small place elsewhere", 9: "namesake seat preferred"}
    why = reasons.get(c.group, "")
    code = c.ref.code if c.kind == "admin1" else (gaz.admin1_code(c.ref) if c.kind == "city" else None)
    if code is not None and (c.country, code) in admins:
        why += "; in an admin1 the text names"
    if c.kind != "country":
        why += f"; population {c.population:,}"
    return why
