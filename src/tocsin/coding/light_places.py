"""Places of a sentence on the light path (light.py): capitalised names in a place position
("à Saraqeb", "dans la province d'Idleb", "en el barrio X de Y"), read from the words before
them (data/lexicons/<lang>/places.yaml) instead of a parse tree."""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import PlaceMention
from .langs import language_module
from .lexicon import read_lexicon
from .light_districts import in_city

CITY_STATE = re.compile(r",\s*[A-ZÀ-ÝÑ]")  # "Culiacán, Sinaloa": a town and its province


@lru_cache(maxsize=None)
def place_lexicon(lang: str) -> dict:
    raw = read_lexicon("places", lang)
    preps = sorted({*raw.get("place_preps", ()), *raw.get("district_preps", ())}, key=len, reverse=True)
    away = raw.get("elsewhere_preps") or {}
    conn = "|".join(re.escape(c) for c in raw.get("connectors", ()))
    word = r"[A-ZÀ-ÝÑ][\w'’]*(?:-[\w'’]+)*"
    name = re.compile(rf"{word}(?:\s+(?:(?:{conn})(?:-|\s+))?{word})*" if conn else rf"{word}(?:\s+{word})*")
    tail = "|".join(re.escape(p) for p in sorted([*preps, *away], key=len, reverse=True))
    return {"name": name, "before": re.compile(rf"(?:^|[\s(])({tail})\s*$", re.IGNORECASE),
            "away": {k.lower(): v for k, v in away.items()}, "exonyms": raw.get("exonyms") or {},
            "not_places": frozenset(raw.get("not_places") or ()),
            "district_preps": frozenset(p.lower() for p in raw.get("district_preps") or ()),
            "one_word_preps": frozenset(p.lower() for p in preps if " " not in p and p[-1:] not in "'’"),
            "bare_openers": frozenset(raw.get("bare_openers") or ()),
            "admin_after": re.compile(raw["admin_after"], re.IGNORECASE) if raw.get("admin_after") else None,
            "admin_preps": {k.lower(): v for k, v in (raw.get("admin_preps") or {}).items()}}


def places_light(text: str, start: int, end: int, lang: str, actor_spans=()) -> list[PlaceMention]:
    """Capitalised names in text[start:end] in a place position ("à Saraqeb", "dans la province
    d'Idleb", "près de Balyoun"), or known exonyms anywhere ("la Syrie").  A mention's text is the
    name the gazetteer knows (exonyms mapped); its offsets point into the original text."""
    own = getattr(language_module(lang), "places", None)
    if own is not None:  # tr: case suffixes after the name ("İdlib'de") instead of prepositions
        return own(text, start, end, actor_spans)
    pl = place_lexicon(lang)
    out = []
    for m in pl["name"].finditer(text, start, end):
        name = m.group().rstrip("'’")
        s, e = m.start(), m.start() + len(name)
        opener = re.match(r"(\S+)\s+(?=\S)", name)
        if opener and opener.group(1).lower() in pl["one_word_preps"]:  # "À Kinshasa, des manifestants ..."
            s, name = s + opener.end(), name[opener.end():]
        head = s  # where the place position's preposition ends
        article = re.match(r"(?:l['’]|\w{1,3}\s+)(?=[A-ZÀ-ÝÑ])", name)  # "dans le Sud-Ouest": the region, not "Le Sud-Ouest"
        if article and name[:1].islower():
            s, name = s + article.end(), name[article.end():]
        if name in pl["not_places"] or any(a < s and e <= b for a, b in actor_spans):
            continue  # ("l'État islamique au Sahel": a word of an actor's name)
        before = pl["before"].search(text[max(start, head - 30):head])
        known = pl["exonyms"].get(name)
        if before is None and CITY_STATE.match(text, e) and re.search(r"(?:\bde|\bdel|\bd['’])\s*$",
                                                                    text[max(start, s - 5):s]):
            out.append(PlaceMention(known or name, s, e, "in", "GPE"))  # "una vivienda de Culiacán, Sinaloa"
            continue
        if before is None and pl["admin_after"] is not None and pl["admin_after"].match(text, e) and re.search(
                r"(?:\bde|\bdel|\bd['’])\s*$", text[max(start, s - 5):s]):
            out.append(PlaceMention(known or name, s, e, "in", "GPE"))  # "un collège de Kumba, dans la région du Sud-Ouest"
            continue
        if before is None and out and text[out[-1].end:s].strip() == "," and re.match(r"\s*(?:[,.;)]|$)", text[e:e + 2]):
            out.append(PlaceMention(known or name, s, e, "in", "GPE"))  # the province of "Culiacán, Sinaloa,"
            continue
        if before is None and known is None:
            continue
        if before is None and any(a < e and s < b for a, b in actor_spans):
            continue  # "la Turquie a menacé": a state acting
        rel = pl["away"].get(before.group(1).lower(), "in") if before else "in"
        kind = pl["admin_preps"].get(before.group(1).lower()) if before else None
        kind = None if (known or name).split()[0] in pl["bare_openers"] else kind  # "la provincia de El Oro"
        if before and before.group(1).lower() in pl["district_preps"] and known is None:
            name = in_city(text, start, end, s, e, name, pl)  # "le quartier de Faladié ... de Bamako"
        # "dans la province d'Idleb": the province, not its capital ("Idlib province" for the gazetteer)
        out.append(PlaceMention(f"{known or name} {kind}" if kind else known or name, s, e, rel, "GPE"))
    return out
