"""A city's district is placed in its city (the light path's places: light_places.places_light,
lang_tr.places and lang_ar.places_ar).  "l'école du quartier de Faladié et l'aéroport de
Bamako", "en la colonia Tierra Blanca de Culiacán", "Halep'in Şeyh Maksud mahallesinde", "حي
الحمدانية": the name after a district word (places.yaml `district_preps`; `district_nouns` after
the name in Turkish, before it in Arabic) is a neighbourhood, and a village of the same name
elsewhere (Faladié in Koulikoro region, Tierra Blanca in Veracruz) is not where the event was.
The mention is read as the city named nearby: in the district's own name ("Tierra Blanca de
Culiacán"), in its sentence (nearest first), in the dateline ("BAMAKO (Agence ...) -"), else the
last city the text named before the sentence.  A city is a big settlement (theatre.yaml
`strong_population`), so a district name is never read as another district.  With no city
named, the mention stays as it was."""
from __future__ import annotations

import re

CAPS = "A-ZÀ-ÝÑÇĞİÖŞÜ"
DATELINE = re.compile(rf"\s*([{CAPS}][{CAPS}'’ .-]*[{CAPS}])\s*(?:\(|,|-|–|—)")  # "BAMAKO (Agence ...) -"
TAIL = re.compile(r"\s+(?:de|del|d['’])\s*(?=\S)")  # "Tierra Blanca de Culiacán", "Limete de Kinshasa"
BEFORE_REACH = 600  # characters before the sentence a city may be named in


def big_city(name: str, exonyms: dict | None = None) -> str | None:
    """The gazetteer's name of `name` when it is a big city, else None."""
    from ..place.resolve import resolve
    from ..place.theatre import population, rules

    name = (exonyms or {}).get(name, name)
    p = resolve(name)
    if p is None or p.feature != "city" or p.precision != 1 or population(p) < rules()["strong_population"]:
        return None
    return name


def split_tail(name: str, exonyms: dict | None = None) -> tuple[str, str | None]:
    """ "Tierra Blanca de Culiacán" -> ("Tierra Blanca", "Culiacán"): a district's name that
    runs on into its city's."""
    for m in reversed(list(TAIL.finditer(name))):
        city = big_city(name[m.end():], exonyms)
        if city:
            return name[:m.start()], city
    return name, None


def city_near(text: str, start: int, end: int, s: int, e: int, names: re.Pattern,
              exonyms: dict | None = None, clean=lambda n: n) -> str | None:
    """The city a district at text[s:e] lies in (module docstring); `names` finds capitalised
    names, `clean` strips a name's suffix or opening preposition."""
    found = []
    for m in names.finditer(text, start, end):
        if m.start() < e and s < m.end():
            continue
        city = big_city(clean(m.group()), exonyms)
        if city:
            found.append((m.start() < s, abs(m.start() - s), city))
    if found:
        return min(found)[2]  # a city after the district first ("du quartier de X ... de Bamako")
    head = DATELINE.match(text)
    if head and head.end() < start:
        city = big_city(head.group(1).title(), exonyms)
        if city:
            return city
    for m in reversed(list(names.finditer(text, max(0, start - BEFORE_REACH), start))):
        city = big_city(clean(m.group()), exonyms)
        if city:
            return city
    return None


def in_city(text: str, start: int, end: int, s: int, e: int, name: str, pl: dict) -> str:
    """The city the district `name` at text[s:e], named after a district word, lies in, else the
    name; `pl` is light_places.place_lexicon's table."""
    head, city = split_tail(name, pl["exonyms"])

    def bare(n: str) -> str:  # "À Bamako" opening a sentence -> "Bamako"
        first, _, rest = n.rstrip("'’").partition(" ")
        return rest if rest and first.lower() in pl["one_word_preps"] else n.rstrip("'’")
    return city or city_near(text, start, end, s, s + len(head), pl["name"], pl["exonyms"], bare) or name


def districts_in_cities(out: list, districts: list[int], text: str, start: int, places) -> list:
    """Arabic, where no capital letter marks a name: the mentions at `districts` (a name after
    "حي") read as the nearest big city among the sentence's other mentions, else the dateline's
    ("حلب (وكالة ...) -"), else the last one `places(a, b)` finds in the text before the sentence."""
    from dataclasses import replace

    others = [m for k, m in enumerate(out) if k not in districts and big_city(m.text)]
    head = re.match(r"\s*[^\n(]{2,40}?\s*(?:\(|[-–—]\s)", text)
    dateline = [m for m in (places(0, head.end()) if head and head.end() < start else []) if big_city(m.text)]
    earlier = [m for m in places(max(0, start - BEFORE_REACH), start) if big_city(m.text)] if not dateline else []
    for k in districts:
        m = out[k]
        near = min(others, key=lambda o: (o.start < m.start, abs(o.start - m.start)), default=None)
        city = near or (dateline[:1] or earlier[-1:] or [None])[0]
        if city is not None:
            out[k] = replace(m, text=city.text)
    return out
