"""The countries and provinces a story's names point to (geoparse.py reads every toponym within
them first): most mentioned first, with the countries that have more than a village for evidence."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from .cues import _cues
from .names import TRAIL, norm_key, shared_country_names, strip_the
from .resolve import candidates, country_of

VILLAGE_POPULATION = 20000  # a namesake this small alone is no sign of the story's country
BIG_CITY = 500000  # a headline town this big is not outweighed by a small namesake in the actors' country


def demonym(text: str):
    from .gazetteer import gazetteer

    return gazetteer().regions.country_by_demonym(norm_key(text))


def story_context(tops: Iterable, strength: set[str] | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """Context countries and admin1 (country, code) pairs, most mentioned first.  `strength`,
    when given, gathers the countries with more than a village for evidence (a country, a
    province, a demonym or a town of VILLAGE_POPULATION people or more); when some country has it,
    a country whose only evidence is a village (every namesake in it) is no context once the story names
    a country or its people ("Alexandria City" and a Virginia school board stay in the US when no country
    is named: Alexandria, Egypt, is an admin1 too)."""
    from .gazetteer import gazetteer

    regions = gazetteer().regions
    countries: Counter[str] = Counter()
    admins: Counter[tuple[str, str]] = Counter()
    strength = set() if strength is None else strength
    named: set[str] = set()  # countries named as such or by a demonym (not by a namesake province)
    for t in tops:
        if t.label == "GAZ" or getattr(t, "parallel", False):  # ("pointed to Serbia, where ...": an example)
            continue
        c = demonym(t.text)
        if t.label == "NORP" or c is not None:
            if c:
                countries[c.alpha2] += 1
                strength.add(c.alpha2)
                named.add(c.alpha2)
            continue
        if norm_key(strip_the(t.text)) in shared_country_names():
            continue  # "Congo": which of two countries, the rest of the story says
        name = TRAIL.sub("", t.text)  # "New Caledonia's frozen electoral roll"
        p = country_of(name)
        if p is None:
            found = candidates(name, (), kind_hint=t.label)
            # a town counts only when every namesake lies in one country: "Alexandria"
            # alone must not pull a story into Egypt
            if not found or len({c.place.country for c in found}) > 1 and \
                    found[0].place.feature != "admin1":
                continue
            if len({c.place.country for c in found if c.place.feature == "admin1"}) > 1:
                continue  # "the North-West": a province of Cameroon, Botswana, Sierra Leone and South Africa
            p = found[0].place
            # a town's province counts only when every namesake lies in it: "Rochester"
            # alone says the US, not New York
            one_admin = len({(c.place.country, c.place.admin1) for c in found}) == 1
            if p.feature in ("country", "admin1") or max(c.population for c in found) >= VILLAGE_POPULATION:
                strength.add(p.country)
        else:
            one_admin = True
            strength.add(p.country)
            named.add(p.country)
        if not p.country:
            continue
        countries[p.country] += 1
        if p.feature == "admin1" or (one_admin and p.admin1 and p.precision <= 3):
            code = regions.admin1_code(p.country, p.admin1) if p.admin1 else None
            if code:
                admins[(p.country, code)] += 2 if p.feature == "admin1" else 1
    if named:  # "Alto Mira y Frontera" in a story that names Colombia: a Cape Verdean hamlet is no sign of Cape Verde
        countries = Counter({c: n for c, n in countries.items() if c in strength})
        admins = Counter({a: n for a, n in admins.items() if a[0] in strength})
    return [c for c, _ in countries.most_common()], [a for a, _ in admins.most_common()]


def headline_places(headline, actors3: list[str]) -> list:
    """The places a headline names that say a country on their own: a country or a province,
    even when the tagger takes a headline's lone word for a person ("why Chad cannot pacify the
    Tibesti"), or a town of VILLAGE_POPULATION people or more ("Conakry", "Montego Bay"; not
    "Bambeto").  Demonyms are left out: "Ukrainian drones" names the attacker."""
    from dataclasses import replace

    from ..coding.nlp import doc_text
    from .geoparse import Toponym, recognise, resolve_all
    from .resolve import resolve
    from .theatre import population

    if headline is None or not doc_text(headline).strip():
        return []
    tops = [t for t in recognise(headline) if not t.home and t.label != "NORP"]
    have = {(t.start, t.end) for t in tops}
    lone = [Toponym(e.start_char, e.end_char, e.text, "GPE") for e in headline.ents
            if e.label_ == "PERSON" and len(e) == 1 and (e.start_char, e.end_char) not in have
            and (p := country_of(e.text) or resolve(e.text)) is not None and p.feature in ("country", "admin1")]
    tops = sorted(tops + lone, key=lambda t: t.start)
    resolve_all(tops, extra_countries=actors3)
    for t in tops:  # "Live: Mortar fire rains on Monrovia" in a story whose actors are American (the US
        # embassy): Liberia's capital, not a Californian suburb; the actors' country alone does not
        # outweigh a city ten times the size that is a capital or a city of a million
        if t.place is not None and t.place.feature not in ("country", "admin1") and actors3:
            alone = resolve(t.text)
            if (alone is not None and alone.country != t.place.country and population(alone) >= BIG_CITY
                    and population(alone) >= 10 * max(population(t.place), 1)):
                t.place, t.why = alone, "a big city before a small namesake in the actors' country"
    return [replace(t, start=-1, end=-1) for t in tops if t.place is not None and t.place.country
            and not t.metonymic and t.why != "demonym of a country"
            and (t.place.feature in ("country", "admin1") or population(t.place) >= VILLAGE_POPULATION)]


def headline_violence(headline) -> bool:
    """The headline names violence ("What we know about the Ottawa shootings", "the Davao night
    market bombing"): its places are where the story's violence is (focus.violent_focus_of;
    place_cues.yaml `event_nouns`, `headline_violence`)."""
    if headline is None:
        return False
    words = _violence_words()
    return any(t.lower_ in words or t.lemma_.lower() in words for t in headline)


@cache
def _violence_words() -> frozenset[str]:
    return frozenset({*_cues()["event_nouns"], *_cues().get("headline_violence", ())})


def in_named_province(p, admins) -> bool:
    """A loose spelling match stays in the provinces the story names in its country (`admins`:
    (country, admin1 code) pairs): "Ban Bongo" in a report on Narathiwat is no Ban Boeng in Chonburi;
    anywhere when the story names none there."""
    from .regions import regions

    named = [code for cc, code in admins if cc == p.country]
    return not named or (p.admin1 is not None and regions().admin1_code(p.country, p.admin1) in named)
