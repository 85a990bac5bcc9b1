"""Namesakes in different countries (issue 11: wrong-country picks on the geo dev splits).

`town_not_country`: a country name that is a town's ("a Lebanon woman");
`world_city_first`: a big city of a story country excludes far smaller namesakes in another
("St. Petersburg" beside Russia); `country_over_state`: a country before a namesake state of a
story country the story names no place of ("A U.S. general visited Georgia").

A country name that is a town's: "a Lebanon woman", "a 54-year-old Palestine man".

News names a country's people with its demonym ("a Lebanese woman"); a country's name right
before a resident noun (data/gazetteer/resident_nouns.txt) is the name of a town or state that
bears it ("Lebanon, Tennessee", "Palestine, Texas", the state of Georgia).  The name's
candidates then lose the country, and the article's other places choose among the namesakes.
Issue 11 (dev errors of the geo benchmark that put a US town in the Middle East).
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .names import norm_key, skeleton
from .resolve import BIG_CITY, country_of


@cache
def _resident_after() -> re.Pattern:
    path = resources.files("tocsin") / "data" / "gazetteer" / "resident_nouns.txt"
    nouns = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b(?!-)")


def town_not_country(ranked: list, mentions: list, others: list) -> list:
    """`ranked` (the name's candidates, best first) without the country when a mention reads
    "<name> woman/man/resident ..." and a namesake town or state lies in another country;
    `others` are the best candidates of the article's other names: one inside the country
    ("Lebanon men and women protested in Beirut") keeps the country."""
    if not ranked or ranked[0].place.feature != "country":
        return ranked
    if not any(_resident_after().match(t.after or "") for t in mentions if t.label != "NORP"):
        return ranked
    own = ranked[0].place.country
    if any(c.place.country == own and c.place.feature != "country" for c in others):
        return ranked
    towns = [c for c in ranked if c.place.feature not in ("country", "continent")
             and c.place.country != own]
    return towns or ranked


WORLD_RATIO = 10  # the foreign city at least ten times the size of the namesakes it excludes


def _size(c) -> int | None:
    """The population that makes a candidate a big place, or None (a first-level division
    counts as a city of 100,000)."""
    if c.place.feature == "admin1":
        return max(c.population, BIG_CITY)
    if c.place.feature == "city" and c.population >= BIG_CITY:
        return c.population
    return None


def world_city_first(ranked: list, ctx: list[str], key: str = "") -> list:
    """A big city (or a province) of one of the story's countries excludes its namesakes in
    other countries ten times smaller, before the article's places pull the choice toward
    them: "St. Petersburg" in a story that names Russia and New York is not Florida's,
    "Washington" in a story that names the US and Britain is not the English town,
    "Queensland" beside Australia is not the hamlet in Alberta.  A big city that bears the
    text `key` only as an alternate name never excludes a town whose own name it is, in a
    country the story ranks first: "Talas" in a Kyrgyz story is no Dallas (which GeoNames
    also lists as "Talas"), however many Americans the story's actors bring in."""
    bigs = [c for c in ranked if _size(c) and c.place.country in ctx]
    if not bigs:
        return ranked
    big = max(bigs, key=_size)
    limit = _size(big) / WORLD_RATIO
    kept = [c for c in ranked if not (c.place.feature == "city" and c.place.country != big.place.country
                                      and max(c.population, 1_000) <= limit
                                      and not _own_name_first(c, big, ctx, key))]
    return kept if len(kept) < len(ranked) else ranked


def _own_name_first(small, big, ctx: list[str], key: str) -> bool:
    """`small` spells `key` with its own name, `big` does not, and the story ranks small's
    country before big's (names.py skeletons: "St. Petersburg" and "Saint Petersburg" share
    their last word, so both spell it)."""
    if not key or small.place.country not in ctx or ctx.index(small.place.country) > ctx.index(big.place.country):
        return False
    return _spells(small.place.name, key) and not _spells(big.place.name, key)


def _spells(name: str, key: str) -> bool:
    words, said = norm_key(name).split(), key.split()
    return bool(words and said) and skeleton(words[-1]) == skeleton(said[-1])


def country_over_state(ranked: list, others: list) -> list:
    """A country before a namesake state of another of the story's countries when the story
    names no place inside that other country: "A U.S. general visited Georgia" (the US named
    only as a country) is the Caucasus country; beside "Atlanta" or "Florida" it stays the
    state."""
    if not ranked or ranked[0].place.feature != "admin1":
        return ranked
    state = ranked[0].place
    country = next((c for c in ranked if c.place.feature == "country" and c.place.country != state.country), None)
    if country is None or any(c.place.country == state.country and c.place.feature not in ("country", "continent")
                              for c in others):
        return ranked
    return [country._replace(score=max(country.score, ranked[0].score + 0.01)),
            *[c for c in ranked if c is not country]]


# "near the community of Panama, in the municipality of Trujillo": a settlement named after a
# country (Honduras has a Panama, Colombia a Venezuela, Sierra Leone an America)
_SETTLEMENT_OF = re.compile(r"\b(?:village|hamlet|community|settlement|neighbourhood|neighborhood|barrio|aldea)\s+of\s+$",
                            re.IGNORECASE)


def settlement_named(text: str, start: int) -> bool:
    """The name at `start` follows "the village of", "the community of", ..."""
    return bool(_SETTLEMENT_OF.search(text, max(0, start - 30), start))


def country_villages(tops: list, text: str) -> list[tuple[int, int]]:
    """The spans of the mentions of a country's name that the story uses for a village of its own
    (one sense per story: "60 people from Panama have left" is the village again): no toponyms,
    and a story's sentences place nothing there (the village itself is rarely in the gazetteer
    and is left to the sentence's other places)."""
    villages = {norm_key(t.text) for t in tops if t.label != "NORP" and settlement_named(text, t.start)
                and (c := country_of(t.text)) is not None and norm_key(c.name) == norm_key(t.text)}
    return [(t.start, t.end) for t in tops if norm_key(t.text) in villages] if villages else []
