"""Toponyms of a parsed text, each resolved in the context of the whole text.

Recognition: spaCy GPE/LOC/FAC entities, NORP entities that are a country's demonym
("Syrian", "Americans"), and capitalised spans the tagger missed that name a country or an
admin1 exactly; names in data/gazetteer/stoplist.txt are never toponyms.
Resolution, two passes: the first reads the unambiguous names (countries, demonyms, admin1s,
abbreviations) and the places resolved without context, the second resolves every name with
the resulting context countries and admin1s, most mentioned first (resolve.py's ranking).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from ..coding.nlp import doc_text
from .coherence import cohere
from .cues import group_name_head, group_name_part
from .containment import INSIDE, OUTSIDE, contained
from .pairs import BETWEEN, pair_up, repeated_names
from .speakers import cited, compared, in_source, is_metonymic
from .names import TRAIL, norm_key, strip_the
from .ranking import SAME_CONSONANTS
from .resolve import Candidate, Place, candidates, country_of
from .persons import HYPHENED, STREET_NUMBER, facility, owns_site, person_acts, personal_name, place_name_tails, street_corner, surnames
from .features import filter_feature, named_after
from .story_context import VILLAGE_POPULATION, demonym as _demonym, story_context
from .namesakes import country_over_state, country_villages, town_not_country, world_city_first
from .spans import (settlement_in, stoplist, COMPASS_HALVES, compass_sharing_a_name, SMALL_PLACE, WAY_NOUNS, WORLD_CITY, admin_after, admin_kinds, apposed_quarter, quarter_before, apposed_town, at_sea, split_short,
                    camps_after, joined_names, kind_after, lower_compass, kind_before, longer_name, mistaken_date, outlet_name, paragraph_labels, runs_on)

TOPONYM_LABELS = ("GPE", "LOC", "FAC")
_HOME = re.compile(r"[-\u2010\u2011\u2013](?:based|owned|flagged|operated|registered)\b", re.IGNORECASE)  # "a US-owned ship"
_HOME_BEFORE = re.compile(r"\bbased in\s+(?:the\s+)?$", re.IGNORECASE)  # "the Observatory, based in Britain"
_ALLEGIANCE = re.compile(r"\b(?:pro|anti)[-\u2010\u2011]$", re.IGNORECASE)
# "Idlib province", "Hama governorate": the designator after a name joins it, so the toponym is the
# province, not its namesake town.  Only these (at the toponym's end): with county, parish, state, region,
# district, city and department too, geo dev fell (lgl acc@161 0.8476 -> 0.8455, trnews 0.8919 -> 0.8900);
# with these it is unchanged and realnews dev loses spurious second places (the province and its city).
_AFTER = re.compile(r"\s+(province|governorate|oblast|prefecture|township)\b", re.IGNORECASE)


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    label: str
    place: Place | None = None
    runners_up: list[Place] = field(default_factory=list)
    why: str = ""
    metonymic: bool = False  # "Ankara vowed...": a government acting, never an event place
    in_source: bool = False  # "an official in Ankara said": the speaker's place
    kind: str | None = None  # what the words before ask for: "the town of X" -> "city"
    home: bool = False  # "London-based", "based in Britain": an organisation's home
    after: str = ""  # the text that follows (up to 60 characters): "in the Donetsk region"
    before: str = ""  # the 20 characters before it: "the Dar es " of "Salaam"
    between: bool = False  # "between X and Y": X opens a stretch (pairs.py)
    named_after: bool = False  # "Abancay Avenue", "the Assam Rifles" shortened: a street or a force named after a place
    parallel: bool = False  # "placards pointed to Serbia, where ...": an example cited, a place but no sign of the story's


def recognise(doc) -> list[Toponym]:
    """Toponym spans of a spaCy Doc (see module docstring), in text order."""
    text = doc_text(doc)
    stop = stoplist()
    out: list[Toponym] = []
    surnames_named = surnames(doc)
    for ent in doc.ents:
        start, end, label = ent.start_char, ent.end_char, ent.label_
        name = text[start:end]
        if label == "NORP":
            if _demonym(name) is None:
                continue
        elif label not in TOPONYM_LABELS or (name.lower() in surnames_named and not (ent.start and doc[ent.start - 1].lower_ in GAZ_PREPS - {"of"})):
            continue  # ("the preacher Ahmad al-Assir ... dozens of Assir's followers": the man, not a town in Syria)
        if name.lower().startswith("the "):
            start += 4
            name = text[start:end]
        if (longer := HYPHENED.match(text, end)) and candidates(text[start:longer.end()]):
            end = longer.end()  # "Saint-Jean" tagged, "-sur-Richelieu" left out: the whole name when it is one
            name = text[start:end]
        if (norm_key(name) in stop or not norm_key(name) or at_sea(name, text, end) or outlet_name(name, text, end)
                or lower_compass(name) or STREET_NUMBER.match(text, end) or street_corner(text, start, end)
                or compass_sharing_a_name(name, text, end) or group_name_part(text[max(0, start - 24):start])
                or group_name_head(text, end) or group_name_head(name)):
            continue  # ("Afghanistan's north-east", "the west bank of the Nile": a part of a place, no town called
            # North East, no West Bank; "the Sudan People's Liberation Army": a group's name)
        # "the London-based monitor", "the Observatory, based in Britain": a toponym, but an
        # organisation's home, never a place or a country of the story
        home = bool(_HOME.match(text, end) or _HOME_BEFORE.search(text, max(0, start - 12), start)) or (
            label != "NORP" and compared(ent))  # ("compare the situation with Ecuador": a parallel, no place either)
        parallel = label != "NORP" and cited(ent, text)  # "pointed to Serbia, where ...": no country of the story
        after = _AFTER.match(text, end)
        if after and label != "NORP":
            end = after.end()
            name = text[start:end]
        # "pro-Damascus soldiers", "anti-Kyiv forces": an allegiance, never a place
        metonymic = label != "NORP" and (is_metonymic(ent) or bool(_ALLEGIANCE.search(text, max(0, start - 6), start)))
        sourced = label != "NORP" and in_source(ent)
        for offset, piece in _comma_parts(name, start):
            if not split_short(piece, text, offset):
                out.append(Toponym(offset, offset + len(piece), piece, label,
                                   metonymic=metonymic, in_source=sourced,
                                   kind=kind_before(text, offset) or kind_after(text, end, label) or (
                                       "quarter" if apposed_quarter(text, end) or quarter_before(text, offset) else None), home=home,
                                   parallel=parallel))
    out = joined_names(out, text)  # "Port of Spain" tagged as "Port" and "Spain"
    villages = country_villages(out, text)
    doc.user_data["tocsin_country_villages"] = villages  # (place/locate.py: places nothing)
    if villages:
        spans = set(villages)
        out = [t for t in out if (t.start, t.end) not in spans]
    if GAZETTEER_SPANS:
        out.extend(_gazetteer_spans(doc, out))
        out.extend(repeated_names(doc, out))
        out.sort(key=lambda t: t.start)
    for t in out:
        t.after, t.before = text[t.end:t.end + 60], text[max(0, t.start - 20):t.start]
        t.between = bool(BETWEEN.search(text, max(0, t.start - 40), t.start))
    return out


GAZETTEER_SPANS = True  # measured on the geo dev splits (docs/geoparsing.md)


# Words before a name that make it a place if the gazetteer knows it in the story's
# countries ("shelled Saraqeb" is not enough; "in Saraqeb" is).
GAZ_PREPS = frozenset({"in", "near", "at", "outside", "around", "into", "of", "to"})
# NORP: "the Aleppo countryside"; LANGUAGE: "in Odesa"
GAZ_LABELS = ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "LANGUAGE")
BARE_WORDS = frozenset({"north", "south", "east", "west", "central", "new", "old", "main", "general", "national"})
BODY_LABELS = ("GAZ", "FAC")  # names of bodies and buildings the tagger found, or capitalised runs
TAIL_LABELS = ("LAW", "EVENT")  # only when the span ends in a place noun (persons.place_name_tails)
STRONG_KIND_NOUNS = frozenset({"province", "governorate", "countryside", "forest"})  # "the Dansadau forest"
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "ed", "ul", "ibn", "bin"})
NAME_CONNECTORS = frozenset({"da", "de", "do", "dos", "das", "del", "di"})  # lower case only
# ... a first-level division's word only ("Madison County" names a county in twenty states)
FIRST_LEVEL_WORDS = frozenset({"state", "province", "region", "governorate", "oblast", "prefecture"})  # (not the
# "Paris Police Department")
GAZ_KIND_NOUNS = frozenset({"countryside", "province", "governorate", "district", "region", "suburbs", "outskirts",
                            "city"})


def _gazetteer_spans(doc, taken: list[Toponym]) -> list[Toponym]:
    """Capitalised names after a place preposition that the tagger labelled otherwise or
    missed ("in Saraqeb" tagged PERSON); kept by `resolve_all` only when they name a
    settlement in the story's countries."""
    stop = stoplist()
    text = doc_text(doc)  # Doc.text joins every token on each call: read it once
    # "Ma'arat Al-Nu'man" tagged as two entities (NORP, PERSON) that touch: one name, tried first
    spans = [(e.start, f.end) for e, f in zip(doc.ents, doc.ents[1:])
             if e.label_ in GAZ_LABELS and f.label_ in GAZ_LABELS and e.end == f.start]
    spans += [(e.start, e.end) for e in doc.ents if e.label_ in GAZ_LABELS]
    # "through the Bolan Pass" tagged LAW: a name ending in a place noun, after any word
    tailed = {(e.start, e.end) for e in doc.ents if e.label_ in TAIL_LABELS and e[-1].lower_ in place_name_tails()}
    spans += sorted(tailed)
    persons = {(e.start, e.end): e for e in doc.ents if e.label_ == "PERSON"}  # "to Vladimir Putin"
    norp = {(e.start, e.end) for e in doc.ents if e.label_ == "NORP"}  # only before a kind noun
    in_ent = {i for e in doc.ents if not mistaken_date(e) for i in range(e.start, e.end)}
    labels = paragraph_labels(doc)
    spans += sorted(labels)
    i = 0
    while i < len(doc):
        if doc[i].lower_ in GAZ_PREPS and doc[i].is_title and i not in in_ent:
            i += 1  # "In Bangui on Saturday": a sentence's opening preposition is no part of the name
        elif doc[i].is_title and i not in in_ent and i > 0:
            j = i
            while j < len(doc) and j - i < 3 and doc[j].is_title and j not in in_ent:
                j += 1
            # "Maarat al-Numan", "Deir ez-Zor": a lower-case article joined by a hyphen;
            # "Mocimboa da Praia", "Ciudad del Carmen": a lower-case connector between names
            while True:
                if (j + 2 < len(doc) and doc[j].lower_ in ARTICLES and doc[j + 1].text == "-"
                        and doc[j + 2].is_title and not {j, j + 2} & in_ent):
                    j += 3
                elif (j + 1 < len(doc) and doc[j].text in NAME_CONNECTORS and doc[j + 1].is_title
                      and not {j, j + 1} & in_ent):
                    j += 2
                elif (j + 1 < len(doc) and doc[j].text == "-" and doc[j - 1].lower_ in COMPASS_HALVES
                      and doc[j + 1].lower_ in COMPASS_HALVES and doc[j + 1].is_title and j + 1 not in in_ent):
                    j += 2  # "the North-West and South-West regions": one name each
                elif (j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                      and doc[j + 1].is_title and j + 1 not in in_ent and doc[j - 1].is_title
                      and not (j + 2 < len(doc) and doc[j + 2].lower_ in WAY_NOUNS)):
                    j += 2  # "the commune of Mont-Dore": one name, not "Mont" (but "the Muyuka-Kumba road": two)
                else:
                    break
            spans.append((i, j))
            i = j
        else:
            i += 1
    out = []
    for a, b in spans:
        # "the western Aleppo countryside", "in western Aleppo province"
        kind_after = b < len(doc) and (doc[b].lower_ in STRONG_KIND_NOUNS or (
            (a, b) in norp and doc[b].lower_ in GAZ_KIND_NOUNS))
        # "in Rakhine state", "in Rakhine and Chin states", "the state of Michoacan"
        admin = (admin_after(doc, b) and (a, b) not in norp) or kind_before(text, doc[a].idx) == "admin"
        # "Gwoza, Borno State" with "Borno State" tagged PERSON: the kind word inside the span
        admin = admin or (2 <= b - a <= 3 and doc[b - 1].is_title and doc[b - 1].lower_ in FIRST_LEVEL_WORDS)
        kind_after = kind_after or admin
        # "the Lac Vert and Mugunga camps": a camp's name before "camp(s)", alone or in a pair
        camp = b < len(doc) and camps_after(text, doc[b - 1].idx + len(doc[b - 1]))
        kind_after = kind_after or camp
        # "overlooking Sake, a town about 25 km west of Goma": the apposition says it is a town
        town = b < len(doc) and apposed_town(text, doc[b - 1].idx + len(doc[b - 1]))
        # "along the railway between Avdiivka and Stepove": the first end of a stretch
        town = town or (a > 0 and doc[a - 1].lower_ == "between" and b < len(doc) and doc[b].lower_ == "and"
                        and b + 1 < len(doc) and doc[b + 1].is_title)
        # "stormed El Fasher's South Hospital": the owner of a named building is its town
        town = town or owns_site(text, doc[b - 1].idx + (0 if doc[b - 1].lower_ in ("'s", "’s") else len(doc[b - 1])))
        # "on the Muyuka-Kumba road": the two ends of a road named by its towns
        town = town or (b + 2 < len(doc) and doc[b].text == "-" and doc[b + 1].is_title and doc[b + 2].lower_ in WAY_NOUNS) \
            or (a > 1 and doc[a - 1].text == "-" and doc[a - 2].is_title and b < len(doc) and doc[b].lower_ in WAY_NOUNS)
        label = (a, b) in labels
        after_prep = a > 0 and doc[a - 1].lower_ in GAZ_PREPS
        if (not after_prep and not kind_after and (a, b) not in tailed and not town and not label) or (
                (a, b) in norp and not kind_after and (not after_prep or _demonym(doc[a:b].text) is not None)):
            continue  # (a NORP that is no demonym after "into", "outside": a town mistagged, "into Culiacan")
        if (a, b) in persons and (personal_name(persons[(a, b)]) or (
                a > 1 and doc[a - 1].lower_ == "of" and doc[a - 2].lower_ in person_acts())):
            continue  # ("the police killing of George Floyd in Minneapolis": a person, not George in Washington)
        if doc[a].lower_ == "the":  # "at the Russian Museum"
            a += 1
            if a >= b:
                continue
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        end = start + len(text[start:end].rstrip())  # "in Idlib Region" ending a headline: no line break
        if any(t.start < end and start < t.end for t in (*taken, *out)):
            continue
        name = text[start:end]
        if norm_key(name) and norm_key(name) not in stop and not at_sea(name, text, end) and not outlet_name(name, text, end):
            kind = "admin" if admin else ("camp" if camp else ("city" if town else ("label" if label else kind_before(text, start))))
            for offset, piece in _comma_parts(name, start):  # "Trujillo, Colon department" tagged as one body: two names
                if norm_key(piece) not in stop:
                    out.append(Toponym(offset, offset + len(piece), piece, "GAZ", kind=kind if piece == name else None))
    return out


def _comma_parts(name: str, start: int):
    """(offset, text) of each comma-separated part of a name at `start` that has letters of a
    name: "Alexandria, Louisiana" is two toponyms, the second giving context."""
    for part in re.finditer(r"[^,]+", name):
        piece = part.group().strip()
        if piece and norm_key(piece):
            yield start + part.start() + part.group().index(piece), piece


def _resolve_span(t: Toponym, ctx: list[str], admins: list[tuple[str, str]]) -> list:
    """Candidates of the span, else of its longest leading words that name a place
    ("Harris County Sheriff's Office" -> "Harris County"); the span shrinks to match."""
    text = TRAIL.sub("", t.text)
    words = text.split(" ")
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if n < len(words) and _demonym(part) is not None:
            return []  # "Russian Museum": a demonym, not a shorter place name
        if n < len(words) and (norm_key(part) in stoplist() or split_short(part, text, 0)):
            return []  # "Federal Highway Police": no place called Federal; "Ga Lo village": no Georgia ("Ga.")
        # "Kani Township" read as "Kani": a township, no town called Kani abroad
        kind = "admin" if n < len(words) and words[n].lower() in admin_kinds()[0] and t.kind is None else t.kind
        ranked = candidates(part, ctx, kind_hint=t.label, context_admins=admins, scored=True,
                            limit=COHERENCE_CANDIDATES, kind=kind)
        if n == len(words) and runs_on(t.after, t.before):  # a name the text runs on past ("Kamuina Nsapu",
            ranked = [c for c in ranked if not c.why.startswith(SAME_CONSONANTS)]  # "Kamuina" tagged): no Kamina
        if longer_name(words, n, t.after):  # "San Miguel del Ene", "Galle Face": no San Miguel, no Galle
            return []
        if n < len(words):  # a shortened span takes exact names only
            ranked = [c for c in ranked if not c.why.startswith(SAME_CONSONANTS)]
            if ctx and words[n][:1].isupper() and words[n].lower() not in place_name_tails() \
                    and words[n].lower() not in admin_kinds()[0]:
                # "Nova Holanda" in a story from Rio, "Salt Spring" in one from Montego Bay: a name the
                # gazetteer lacks is no namesake of its first word in a country the story gives no other
                # sign of, short of a city known worldwide
                ranked = [c for c in ranked if c.place.feature in ("country", "admin1") or c.population > WORLD_CITY
                          or c.place.country in ctx]
                if t.label in BODY_LABELS and facility(words[-1], t.after):  # "Inca Manco Cápac airport":
                    ranked = [c for c in ranked if c.place.feature in ("country", "admin1")  # no alternate name
                              or norm_key(c.place.name) == norm_key(part) or c.population > SMALL_PLACE]  # (Puerto Inca)
        if words[-1].lower() in place_name_tails():  # "South Hospital" is no town called Hospital, nor South
            ranked = [c for c in ranked if norm_key(c.place.name) != norm_key(words[-1])
                      and not (n < len(words) and part.lower() in BARE_WORDS)]
        ranked = filter_feature(part, words, ranked, ctx, t.kind)  # "Lake Chad" is no "Lake"
        if ranked:
            t.named_after = named_after(text, part)
            t.after = t.text[len(part):] + t.after  # "Burkina Faso's Yagha": the "'s" follows the name
            t.end = t.start + len(part)
            t.text = part
            return ranked
    return []


def _fuzzy(t: Toponym, ctx: list[str]) -> list:
    """A name nothing spells exactly, matched loosely inside the story's two main countries
    ("Ogossogou" in a story about Mali is Ogossagou; fuzzy.py)."""
    if not ctx or t.label not in ("GPE", "LOC") or len(t.text.split()) > FUZZY_WORDS or runs_on(t.after, t.before):
        return []  # only names the tagger calls places (~6 ms a name), whole ("Kamuina" of "Kamuina Nsapu" is none)
    from .fuzzy import fuzzy_candidates

    return filter_feature(t.text, t.text.split(" "), fuzzy_candidates(t.text, ctx[:2]), ctx, t.kind)


FUZZY_WORDS = 2
COHERENCE_CANDIDATES = 40  # "Jackson County": two dozen US namesakes


def resolve_all(tops: list[Toponym], top_n: int = 3,
                extra_countries: Sequence[str] = (), fallback_countries: Sequence[str] = ()) -> list[Toponym]:
    """Fill `place`, `runners_up` and `why` of each toponym (two passes, see module doc),
    then let the article's places pull each other together (coherence.py).
    `extra_countries` (ISO2/ISO3, e.g. the actors' countries) join the text's context;
    `fallback_countries` (the dateline's) only when neither the text nor they give one."""
    strength: set[str] = set()
    ctx, admins = story_context(tops, strength)
    # a story whose names give only villages ("Monte Sinai", 549 people, in Mexico) reads its
    # names in its dateline's country first ("GUAYAQUIL - ... in the Monte Sinai sector")
    weak = bool(ctx) and not strength and not extra_countries
    for cc in [*extra_countries, *(fallback_countries if (not ctx or weak) and not extra_countries else ())]:
        c = country_of(cc)
        if c is not None and c.country and c.country not in ctx:
            ctx.insert(0, c.country) if weak else ctx.append(c.country)
    by_name: dict[str, list] = {}
    members: dict[str, list[Toponym]] = {}
    quarters = {norm_key(t.text) for t in tops if t.kind == "quarter"}
    for t in tops:  # "Brooklyn, a neighbourhood ...": "around Brooklyn" later is that neighbourhood too
        if t.kind is None and norm_key(t.text) in quarters:
            t.kind = "quarter"
    for t in tops:
        demonym = _demonym(t.text)
        if t.label == "NORP" or demonym is not None:  # "Russian" tagged GPE is still Russia
            t.place = country_of(demonym.name) if demonym else None
            t.why = "demonym of a country"
            continue
        suffix = f"|{t.kind}" if t.kind else ""
        key = norm_key(TRAIL.sub("", t.text)) + suffix
        if key not in by_name:
            by_name[key] = _resolve_span(t, ctx, admins) or _fuzzy(t, ctx)
            key2 = norm_key(t.text) + suffix
            if key2 != key:
                by_name[key2] = by_name[key]
        else:
            ranked = by_name[key]
            if ranked:  # the same words as an earlier span: shrink the same way
                shrunk = ranked[0].place.text
                t.named_after = named_after(t.text, shrunk)
                t.after = t.text[len(shrunk):] + t.after
                t.end, t.text = t.start + len(shrunk), shrunk
        members.setdefault(key, []).append(t)
    keys = [k for k in members if by_name.get(k)]
    for k in keys:  # "a Lebanon woman": a town's name, not the country's (namesakes.py)
        others = [by_name[o][0] for o in keys if o != k]
        by_name[k] = country_over_state(town_not_country(by_name[k], members[k], others), others)
        by_name[k] = world_city_first(by_name[k], ctx, k.split("|")[0])  # not Manchester, Maryland, in a British story
    groups = [by_name[k] for k in keys]
    weights = [float(len(members[k])) for k in keys]
    named: Counter[str] = Counter(t.place.country for t in tops
                                  if t.place is not None and t.label == "NORP" or
                                  t.why == "demonym of a country" and t.place is not None)
    for cc, n in named.items():  # "Russian officials": the country anchors its own places
        groups.append([Candidate(country_of(cc), "", 0, 0.0)])
        weights.append(float(n))
    choice = cohere(groups, weights)
    sizable: set[str] = set()
    for k, ranked, i in zip(keys, groups, choice):
        chosen = ranked[i]
        why = chosen.why + ("; near the article's other places" if i else "")
        runners = [c.place for j, c in enumerate(ranked) if j != i][:top_n]
        for t in members[k]:
            t.place, t.why, t.runners_up = chosen.place, why, runners
        if chosen.why.startswith("exact name") and chosen.population >= VILLAGE_POPULATION:
            sizable.add(k)  # "In Bangui on Saturday" in a story whose demonyms rank Russia and Cameroon first
    pair_up(tops, by_name, _gaz_key)
    contained(tops, by_name, _demonym)
    single = {k for k in keys if _one_country_settlement(by_name[k], k)}
    # "at the Inates camp": a camp the tagger did not see is never a consonant-alike city (Nantes)
    tops[:] = [t for t in tops if not (t.label == "GAZ" and t.kind == "camp" and t.why.startswith(SAME_CONSONANTS))]
    tops[:] = [t for t in tops if t.label != "GAZ" or settlement_in(t.place, ctx[:2], t.kind == "label")
               or _gaz_key(t) in single or t.why.startswith((INSIDE, OUTSIDE))
               or (_gaz_key(t) in sizable and settlement_in(t.place, ctx)) or (
                   t.kind == "admin" and t.place is not None and t.place.feature in ("admin1", "admin2"))]
    return tops


def _gaz_key(t: Toponym) -> str:
    return norm_key(TRAIL.sub("", t.text)) + (f"|{t.kind}" if t.kind else "")


def _one_country_settlement(ranked: list, key: str) -> bool:
    """Every namesake is one settlement, spelt exactly ("on the outskirts of Barsalogho" in
    a story naming no country): a place even outside the story's countries."""
    if len(ranked) != 1 or len(key.split("|")[0].replace(" ", "")) < ONE_PLACE_LETTERS:
        return False
    c = ranked[0]
    return c.why.startswith("exact name") and settlement_in(c.place, [c.place.country])


ONE_PLACE_LETTERS = 6


def geoparse(doc) -> list[Toponym]:
    """Recognise and resolve the toponyms of a spaCy Doc."""
    return resolve_all(recognise(doc))


def toponym_record(t: Toponym) -> dict:
    """One toponym as `tocsin places` and bench/geo.py write it."""
    p = t.place
    return {"start": t.start, "end": t.end, "name": t.text,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "country": p.country if p else None, "admin1": p.admin1 if p else None,
            "geonameid": p.geonameid if p else None}


__all__ = ["Toponym", "recognise", "resolve_all", "geoparse", "toponym_record", "strip_the"]
