"""Names read together: a name the text already used as a place, told again where the tagger
missed it (`repeated_names`); and two places the text gives as the ends of one stretch: "along the railway between Avdiivka
and Stepove", "positions between Robotyne and Verbove".  A front line or a road joins
neighbours, so when the two names were read far apart (Stepove has namesakes in three other
oblasts) the pair of their namesakes that lie near each other is taken, changing as few of
the two readings as it can."""
from __future__ import annotations

import re

from ..coding.nlp import doc_text
from .coherence import places_km
from .theatre import rules, strong

BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities|settlements?) of\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:towns?|village|city|settlement) of\s+)?", re.IGNORECASE)


def pair_up(tops: list, by_name: dict[str, list], key_of) -> None:
    """Read each "between X and Y" pair (toponyms with `between` set, in text order) near each
    other when the namesakes allow; `by_name[key_of(t)]` are a toponym's ranked candidates."""
    near = rules()["near_km"]
    for t1, t2 in zip(tops, tops[1:]):
        if not t1.between or t1.place is None or t2.place is None:
            continue
        m = _AND.match(t1.after)
        if m is None or t2.start != t1.end + m.end() or places_km(t1.place, t2.place) <= near:
            continue
        ones = [c.place for c in by_name.get(key_of(t1)) or ()] or [t1.place]
        twos = [c.place for c in by_name.get(key_of(t2)) or ()] or [t2.place]
        # a big city or a province keeps its reading ("flights between Chicago and Paris"): only a
        # small place moves to its namesake near the other end
        ones = [t1.place] if strong(t1.place) else ones
        twos = [t2.place] if strong(t2.place) else twos
        pairs = [(a, b) for a in ones for b in twos if a.country == b.country and places_km(a, b) <= near
                 and "country" not in (a.feature, b.feature)]
        if not pairs:
            continue
        a, b = min(pairs, key=lambda ab: ((ab[0] != t1.place) + (ab[1] != t2.place), places_km(*ab)))
        for t, p in ((t1, a), (t2, b)):
            if p != t.place:
                t.place, t.why = p, t.why + "; near the other end of its stretch"


REPEAT_MIN_LETTERS = 5


def repeated_names(doc, taken: list) -> list:
    """ "much of Thantlang, a hill town ... Thantlang has been almost empty since September": a
    name the tagger missed at its later mentions is the place it was at its first (one sense
    per story).  Only names found in apposition or as a stretch's end ("GAZ" spans of kind
    "city"), not inside a longer entity ("Thantlang" tagged PERSON alone is taken); `resolve_all` keeps them only when they
    resolve in the story's countries."""
    from .geoparse import Toponym

    names = {t.text for t in taken if t.label == "GAZ" and t.kind == "city" and len(t.text) >= REPEAT_MIN_LETTERS}
    if not names:
        return []
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char) for e in doc.ents]
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            s, e = m.start(), m.end()
            if any(t.start < e and s < t.end for t in (*taken, *out)) or any(
                    a < e and s < b and (a, b) != (s, e) for a, b in ents):  # the name alone, under any label
                continue
            out.append(Toponym(s, e, name, "GAZ", kind="city"))
    return out


__all__ = ["BETWEEN", "pair_up", "repeated_names"]
