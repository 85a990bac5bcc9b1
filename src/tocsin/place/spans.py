"""The words around a name that say what kind of place it is or whether it is one at all
(docs/geoparsing.md): "the town of X", "a district of Tripoli", "Idlib and western Aleppo
governorates", "in the Red Sea"."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from importlib import resources

from .names import norm_key, strip_the

# "Idlib province" / "the town of Saraqib": the qualifier belongs to the toponym.
# "the town of X", "X's county of Y": the words before the name say what kind of place it is.
_BEFORE = re.compile(r"\b(?:(?P<city>town|city|village|hamlet|township)|(?P<admin>county|"
                     r"province|governorate|district|state|region))\s+of\s+$", re.IGNORECASE)
# "Idlib and western Aleppo governorates", "Aleppo and Idlib provinces": both are provinces
_AREAS = r"(?:provinces|governorates|states|regions|oblasts|prefectures|departments)\b"
_AFTER_PLURAL = re.compile(rf"\s+(?:{_AREAS}|region\b)", re.IGNORECASE)  # used with .match(text, pos): no "^"
# ("China's Xinjiang region": a region, not the village of the name in another province)
_AFTER_PAIR = re.compile(r"\s*(?:,|and|or|,\s*and)\s+(?:(?:north|south|east|west)\w*\s+)?"
                         rf"[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)?\s+{_AREAS}")


@cache
def water_bodies() -> frozenset[str]:
    """Seas, gulfs and straits that place nothing (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "water_bodies.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(norm_key(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


@cache
def outlet_words() -> frozenset[str]:
    """Last words of news outlets' names (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "outlet_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def outlet_name(name: str, text: str, end: int) -> bool:
    """ "told the Sahel Standard", "the Kyiv Independent reported": an outlet's name, no place
    (the span ends in an outlet word, or one follows it capitalised)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in outlet_words():
        return True
    nxt = re.match(r"\s+([A-Z][a-z]+)\b", text[end:end + 20])
    return bool(nxt) and nxt.group(1).lower() in outlet_words()


_TYPE_AFTER = re.compile(r"\s+(?:state|governorate|province|region|oblast|prefecture)\b", re.IGNORECASE)


def is_water(name: str) -> bool:
    """ "the Red Sea", "Gulf of Aden": a name of the water bodies' list."""
    return norm_key(strip_the(name)) in water_bodies()


def at_sea(name: str, text: str, end: int) -> bool:
    """ "in the Red Sea", "the Gulf of Aden": a sea, unless a type word follows ("Red Sea state")."""
    return is_water(name) and not _TYPE_AFTER.match(text, end)


# "a densely populated district of Tripoli": a part of the town, not the district named Tripoli
_PART_OF = re.compile(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}district\s+of\s+$", re.IGNORECASE)


def kind_after(text: str, end: int, label: str) -> str | None:
    """ "Idlib and western Aleppo governorates": a plural type word after the name (or after the
    name joined to it) asks for a province."""
    if label == "NORP" or not (_AFTER_PLURAL.match(text, end) or _AFTER_PAIR.match(text, end)):
        return None
    return "admin"


def kind_before(text: str, start: int) -> str | None:
    m = _BEFORE.search(text, max(0, start - 24), start)
    if m is not None and m.group("admin") and _PART_OF.search(text, max(0, start - 60), start):
        return "city"
    return None if m is None else ("city" if m.group("city") else "admin")


# "overlooking Sake, a town about 25 km west of Goma": the apposition says the name is a town
_APPOSED_TOWN = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet|settlement)\b")
# "the Lac Vert and Mugunga camps", "the Inates camp": a camp's name, alone or in a pair
_CAMPS_AFTER = re.compile(r"\s+camps?\b|\s*(?:,|and|or)\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)?\s+camps\b")


def apposed_town(text: str, end: int) -> bool:
    return bool(_APPOSED_TOWN.match(text, end))


# "stormed Brooklyn, a neighbourhood held by the rival coalition", "the Brooklyn area of Cité Soleil":
# a part of a town, read only in the story's own countries (never New York's borough)
_APPOSED_QUARTER = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:neighbourhood|neighborhood|quarter|suburb|slum|shantytown|"
                              r"township|borough|ward|barrio|favela|commune)\b|"
                              r"\s+(?:area|neighbourhood|neighborhood|quarter|section|suburb|slum|ward|sector)\s+of\s+"
                              r"(?:the\s+)?(?:[A-Z]|\w+\s+[A-Z])")


def apposed_quarter(text: str, end: int) -> bool:
    return bool(_APPOSED_QUARTER.match(text, end))


# "their neighbourhoods of Qadarfay and Shura", "the quarter of Bab al-Tabbaneh": parts of a town
# (not "several neighbourhoods of Nantes": the town whose quarters they are)
_QUARTER_BEFORE = re.compile(r"\b(?:(?:their|its|our|his|her)\s+(?:neighbou?rhoods?|quarters?|suburbs?|slums?)|"
                             r"the\s+(?:neighbou?rhood|quarter|suburb|slum|shantytown))\s+of\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and)\s+)?$")


def quarter_before(text: str, start: int) -> bool:
    return bool(_QUARTER_BEFORE.search(text, max(0, start - 60), start))


def camps_after(text: str, end: int) -> bool:
    return bool(_CAMPS_AFTER.match(text, end))


_CALENDAR = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|"
                       r"fri|sat|sun|christmas|easter|ramadan|eid|new)", re.IGNORECASE)


_MONTHS_DAYS = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                         "saturday sunday".split())


def calendar_word(text: str) -> bool:
    """A month's or a weekday's name ("AUGUST", "Sept")."""
    return text.strip().strip(".").lower() in _MONTHS_DAYS


def mistaken_date(ent) -> bool:
    """"in Sarmeen on 1 January" tagged DATE as a whole: capitalised words that name no
    month, weekday or feast are free for the gazetteer."""
    return ent.label_ in ("DATE", "TIME") and all(
        t.is_title and t.is_alpha and not _CALENDAR.match(t.text) for t in ent)


def admin_after(doc, b: int) -> bool:
    """An admin kind noun follows the name ("Chin state"), or ends a list of names that
    shares it ("Rakhine and Chin states"; data/gazetteer/admin_kinds.txt)."""
    singular, plural = admin_kinds()
    if b < len(doc) and doc[b].lower_ in singular | plural:
        return True
    k = b
    while k < len(doc) and k - b < 8 and (doc[k].lower_ in ("and", ",", "or") or doc[k].is_title):
        k += 1
    return k > b and k < len(doc) and doc[k].lower_ in plural and doc[k - 1].is_title


@cache
def admin_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """(singular, plural) nouns that make the name before them an administrative division."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "admin_kinds.txt"
    words = [ln.split() for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return frozenset(w[0] for w in words), frozenset(w[1] for w in words if len(w) > 1)


SMALL_PLACE = 20_000  # a name cut short keeps a namesake of its first words only above this population
WORLD_CITY = 1_000_000  # ... and outside the story's countries, only a city this large


COMPASS_HALVES = frozenset({"north", "south", "east", "west"})
COMPASS_WORDS = COMPASS_HALVES | {"northeast", "northwest", "southeast", "southwest", "central", "far"}
_SHARED_HEAD = re.compile(r"\s+(?:and|or|&)\s+(?:north|south|east|west)(?:ern)?\b[\w-]*\s+[A-Z]", re.IGNORECASE)


def compass_sharing_a_name(name: str, text: str, end: int) -> bool:
    """ "East and West Wollega", "North and South Kivu": a bare compass word coordinated with another
    that shares its name is half a name, never a place (not Cameroon's East region)."""
    return name.lower() in COMPASS_HALVES and bool(_SHARED_HEAD.match(text, end))
LABEL_MARKS = frozenset({"-", "–", "—", ":"})
WAY_NOUNS = frozenset({"road", "highway", "axis", "route", "corridor", "railway", "track"})


def paragraph_labels(doc) -> set[tuple[int, int]]:
    """A place name opening a paragraph as its label ("Haut-Mbomou - On 19 March, two staff
    members were abducted", "Gao: ..."): the place of a bulletin's entry."""
    out = set()
    for i in range(len(doc)):
        if not (i == 0 or "\n" in doc[i - 1].text or _after_timestamp(doc, i)) or not _capital(doc[i]):
            continue
        j = i
        while j < len(doc) and j - i < 6 and (_capital(doc[j]) or (doc[j].text == "-" and not doc[j].whitespace_)):
            j += 1
        if i < j < len(doc) and _capital(doc[j - 1]) and doc[j].text in LABEL_MARKS and (
                doc[j - 1].whitespace_ or (doc[j].text == ":" and _after_timestamp(doc, i))):  # ("12:40 - Baghdad: ...")
            out.add((i, j))
        elif i < j < len(doc) - 1 and doc[j].text == "." and not doc[j - 1].whitespace_ and doc[j + 1].is_title:
            out.add((i, j))  # "Brest. Police used live ammunition ...": a monitor's entry by town
    return out


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _after_timestamp(doc, i: int) -> bool:
    """A live blog's entry opening with its time: "12:40 - Baghdad: security forces ..."."""
    return (i >= 2 and doc[i - 1].text in ("-", "\u2013", "\u2014") and bool(_CLOCK.fullmatch(doc[i - 2].text))
            and (i == 2 or "\n" in doc[i - 3].text))


def lower_compass(name: str) -> bool:
    """ "the west bank of the Nile", "the north-east": lower-case words with a compass word, a part
    of a place, never the name of one (the West Bank)."""
    name = strip_the(name)
    return name.islower() and any(w in COMPASS_WORDS for w in re.split(r"[\s-]+", name))


def _capital(tok) -> bool:
    """A word of a label: "Haut-Mbomou", "LEBANON" ("LEBANON — An Israeli strike ...")."""
    return tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1)


_NEXT_WORD = re.compile(r" ([A-Z][a-z][\w'’-]*)")
# "San Miguel del Ene", "Santo Domingo de Acobamba": a lower-case connector and a capitalised word go on
_CONNECTED = re.compile(r" (?:de|del|da|do|dos|das|di|du|de la|de las|de los) [A-Z][a-z]")
_JOINED = re.compile(r" (?:y|e) [A-Z][a-z]")  # "Alto Mira y Frontera" (or two places: "Tumaco y Barbacoas")
KIND_NOUNS = frozenset({"countryside", "governorate", "province", "district", "region", "suburbs", "outskirts", "city",
                        "forest"})


_NAME_BEFORE = re.compile(r"[A-Z][\w'’]*\s+(?:es|el|al|ad|ar|as|ash|at|az|an|ez|ed|ul|de|da|do|du|del|di)\s+$")


def connected(after: str) -> bool:
    """The name goes on past a lower-case connector ("San Miguel del Ene" tagged "San Miguel"): a longer
    name, no namesake of its first words."""
    return bool(_CONNECTED.match(after))


def runs_on(after: str, before: str = "") -> bool:
    """The name goes on in a capitalised word that is no type or place noun ("Kamuina Nsapu" tagged
    "Kamuina", `after` the text that follows it; not "Edlib Province", "North State Street"), or began before it ("the Dar es
    Salaam neighbourhood" tagged "Salaam", `before` the text before it): no spelling variant of a town."""
    from .features import type_noun
    from .persons import place_name_tails

    m = _NEXT_WORD.match(after)
    return bool(_NAME_BEFORE.search(before)) or connected(after) or bool(_JOINED.match(after)) or bool(m) and (w := m.group(1).lower()) not in admin_kinds()[0] \
        and w not in place_name_tails() and w not in KIND_NOUNS and not type_noun(w)


def longer_name(words: list[str], n: int, after: str) -> bool:
    """The first `n` of a span's `words` are only the start of a longer name the gazetteer lacks:
    the text goes on past a lower-case connector ("San Miguel del Ene", "Santo Domingo de Acobamba"
    tagged without their tails, or shrunk to them).  (A two-word name shrunk to its first word before a
    capitalised word, "Galle Face" to Galle, was tried too: geo dev GWN acc@161 0.9035 -> 0.8987; the
    promenade is a supplement row instead.)"""
    if n == len(words):
        return connected(after)
    return connected(" " + " ".join(words[n:]))


@cache
def stoplist() -> frozenset[str]:
    """Names that look like places but are not, in norm_key form (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "stoplist.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(norm_key(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


NAMED_AREAS = frozenset({"admin1", "region", "district", "landmark"})  # the supplement's areas and sites


def settlement_in(p, countries: list[str], label: bool = False) -> bool:
    """A settlement, a named area or site of the supplement ("the Bolan Pass", "the Catatumbo
    region") of the story's countries; a province too when it labels a paragraph ("Haut-Mbomou - ...")."""
    if label and p is not None and p.feature == "country":
        return True  # "LEBANON — An Israeli strike ...": a digest's country label
    return (p is not None and p.country in countries and p.feature not in ("country", "continent")
            and (p.precision <= 2 or p.feature in NAMED_AREAS or (label and p.feature == "admin1")))


def split_short(piece: str, text: str, offset: int) -> bool:
    """ "near Mo So village" with "Mo" tagged alone: two letters before another capitalised word are
    half a name, not Missouri's "Mo." ("Springfield, Mo." keeps its full stop)."""
    return len(piece) == 2 and piece.istitle() and bool(re.match(r" [A-Z][a-z]", text[offset + 2:offset + 5]))


_JOINED_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+){1,2})(?:of|and)\s+(?:the\s+)?$")


def joined_names(tops: list, text: str) -> list:
    """Two names joined by "of" or "and" that together name one country or town exactly, the
    tagger having cut them ("Port of Spain" tagged "Port" and "Spain", "Trinidad and Tobago"
    as two islands): one toponym, and no part of it a toponym of its own."""
    out: list = []
    for t in tops:
        if out and t.start < out[-1].end:
            continue  # inside the name joined before it
        window = text[max(0, t.start - 40):t.start]
        m = _JOINED_BEFORE.search(window) if t.start >= 0 else None
        if m is not None and _one_place(text[t.start - len(window) + m.start():t.end]):
            start = t.start - len(window) + m.start()
            out = [o for o in out if o.end <= start]
            t = replace(t, start=start, text=text[start:t.end], label="GPE")
        elif t.start >= 0 and (m := _JOINED_AFTER.match(text, t.end)) is not None:
            ends = [m.end(), m.end(1)] if m.group(2) else [m.end(1)]
            end = next((e for e in ends if _one_place(text[t.start:e])), None)  # ("Trinidad" tagged alone)
            if end is not None:
                t = replace(t, end=end, text=text[t.start:end], label="GPE")
        out.append(t)
    return out


_JOINED_AFTER = re.compile(r"\s+(?:of|and)\s+(?:the\s+)?([A-Z][\w'\u2019-]*)(\s+[A-Z][\w'\u2019-]*)?")


def _one_place(name: str) -> bool:
    """A country of this very name, or a settlement whose own name it is (not an alternate)."""
    from .gazetteer import gazetteer
    from .resolve import country_of

    key = norm_key(name)
    country = country_of(name)
    if country is not None and country.feature == "country" and norm_key(country.name) == key:
        return True
    gaz = gazetteer()
    return any(norm_key(gaz.names[i]) == key and gaz.feature[i] == "city" and gaz.population[i] > 0
               for i in gaz.exact(key))
