"""A person's name that opens with a place's name ("to Vladimir Putin", "with Victoria
Nuland"): the tagger read the whole span as a person, and nothing in the gazetteer spells it
or its last word, so the leading word must not be shrunk into a toponym (geoparse.py)."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .resolve import candidates


def _words(name: str) -> frozenset[str]:
    """A gazetteer data file of one lower-case word a line (comments after "#")."""
    path = resources.files("tocsin") / "data" / "gazetteer" / name
    return frozenset(ln.strip().lower() for ln in path.read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


@cache
def place_name_tails() -> frozenset[str]:
    """Nouns that may end a place's name: "Ariha Hospital" (data/gazetteer/place_name_tails.txt)."""
    return _words("place_name_tails.txt")


def personal_name(ent) -> bool:
    """A PERSON entity of two or three capitalised words ("Vladimir Putin") whose last word
    is a surname: no place-name noun, no place of that name, and no place spelt as the whole."""
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("'s", "’s")]  # "Mathieu Kassovitz's film"
    if ent.label_ != "PERSON" or not 2 <= len(words) <= 3:
        return False
    if not all(t.is_title and t.text.replace("-", "").isalpha() for t in words):
        return False
    last = words[-1].text
    if last.lower() in place_name_tails():
        return False
    return not candidates(last) and not candidates(ent.text)


@cache
def _owns_site_re() -> re.Pattern:
    tails = "|".join(sorted(place_name_tails(), key=len, reverse=True))
    # ("Taiz's al-Rawdah neighbourhood", "Aleppo's Salah al-Din neighbourhood": an Arabic article may open a word)
    return re.compile(rf"['’]s\s+(?:(?:[aeAE][lnrsdzt]{{1,2}}-)?[A-Z][\w'’-]*\s+){{0,3}}(?i:{tails})s?\b")


def owns_site(text: str, end: int) -> bool:
    """ "El Fasher's South Hospital", "Gaza City's Shifa hospital": the name before the "'s"
    owns a named building, so it is a place (geoparse.py)."""
    return bool(_owns_site_re().match(text, end))


def facility(last: str, after: str) -> bool:
    """A name that ends in a building's noun, or that one follows ("Inca Manco Cápac airport"):
    shortened to its first word, it is a town only by that town's own name (geoparse.py)."""
    nxt = (after.split()[:1] or [""])[0].lower().strip(".,;:")
    return last.lower() in place_name_tails() or nxt in place_name_tails()


@cache
def person_acts() -> frozenset[str]:
    """What befalls a person, named after "of" ("the killing of George Floyd": a person, no town;
    data/gazetteer/person_acts.txt)."""
    return _words("person_acts.txt")


STREET_NUMBER = re.compile(r"\s+\d+(?:st|nd|rd|th)\s+[A-Z]")  # "near Southwest 3rd Avenue": an address
_STREETS = r"\s+(?:avenues|streets|roads|boulevards|lanes)\b"
_STREET_PAIR = re.compile(rf"\s+and\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?{_STREETS}")
_STREET_PAIR_END = re.compile(_STREETS)
_AND_BEFORE = re.compile(r"\band\s+$")


def street_corner(text: str, start: int, end: int) -> bool:
    """ "the pharmacy at Pennsylvania and North avenues": either name of two streets' corner, no
    state nor region ("filled Khartoum streets" keeps its town: the names must be paired)."""
    return bool(_STREET_PAIR.match(text, end) or (_STREET_PAIR_END.match(text, end)
                                                 and _AND_BEFORE.search(text, max(0, start - 8), start)))


HYPHENED = re.compile(r"(?:-[^\W\d_][\w'’]*)+")  # the rest of a hyphenated name ("Saint-Jean|-sur-Richelieu")


def surnames(doc) -> frozenset[str]:
    """The last names of the story's people named in full ("Ahmad al-Assir": assir, al-assir)."""
    out = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and len(words := e.text.split()) >= 2 and any(c.isupper() for c in words[-1]):
            out |= {words[-1].lower(), re.sub(r"^(?:al|el|ad|as|ash|ar|an|az)-", "", words[-1].lower())}
    return frozenset(out)
