"""How a place mention stands to its event's sentence (place/locate.py): an anchor ("north of X",
"near X"), a reference point ("south of Z"), an origin or destination ("moved from X", "fled to Y",
"flown to Z for treatment"), or a place named as where reports came from."""
from __future__ import annotations

import re

from ..records import CodedEvent, PlaceMention
from .cues import carried_for_care, fled_to

# "north of X", "the outskirts of X", "near X": X is an anchor, not the event's place.
RELATIVE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|outskirts of)|"
    r"\boutskirts of|\bcountryside of|\bnear|\boutside|\baround|\bvicinity of|"
    r"\bkm (?:from|of)|\bkilometres? (?:from|of)|\bmiles? (?:from|of))\s+(?:the\s+)?"
    r"(?:(?:town|city|village|province|governorate) of\s+)?$", re.IGNORECASE)
RELATIVE_RELATIONS = frozenset({"near", "outside", "around"})
# "struck X and Y, south of Z", "X on the northern edge of Z", "X, on the road to Z": Z only
# tells where X and Y are
COMPASS = re.compile(r"(?:\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of|"
                      r"\b(?:edges?|fringes?|outskirts)\s+of|\b(?:road|highway|route)\s+(?:to|towards?))\s+(?:the\s+)?"
                      r"(?:(?:town|city|village|province|governorate) of\s+)?$", re.IGNORECASE)
# "deaths were reported from the town of Lyman": where it happened, not an origin; "a drone
# launched towards Khamis Mushait": the target, where it was shot down or struck
HERE_AFTER_ALL = re.compile(
    r"(?:\b(?:reported|reports?|news|word|casualties|deaths)\s+(?:came\s+)?from|"
    r"\b(?:launched|fired|aimed|directed|lobbed|flown|sent)\s+(?:\w+\s+){0,3}towards?)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|area|province|region)s?\s+of\s+)?$", re.IGNORECASE)


def mention_before(ev: CodedEvent, m: PlaceMention, width: int = 40) -> str:
    """Up to `width` characters of the event's sentence before the mention."""
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    if not isinstance(ev_start, int) or not (0 <= m.start - ev_start <= len(ev_text)):
        return ""
    return ev_text[max(0, m.start - ev_start - width):m.start - ev_start]


def mention_after(ev: CodedEvent, m: PlaceMention, width: int = 30) -> str:
    """Up to `width` characters of the event's sentence after the mention."""
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    if not isinstance(ev_start, int) or not (0 <= m.end - ev_start <= len(ev_text)):
        return ""
    return ev_text[m.end - ev_start:m.end - ev_start + width]


def relative(ev: CodedEvent, m: PlaceMention) -> bool:
    """The sentence gives the place as an anchor: "north of X", "near X"."""
    return m.relation in RELATIVE_RELATIONS or bool(RELATIVE.search(mention_before(ev, m)))


def origin_or_destination(ev: CodedEvent, m: PlaceMention) -> bool:
    """An origin or destination ("moved from X"), unless the words say it was reported from
    there ("deaths were reported from the town of Lyman") or aimed at it ("a drone launched
    towards Khamis Mushait")."""
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    after = ev_text[m.end - ev_start:] if isinstance(ev_start, int) else ""
    before = mention_before(ev, m, 80)
    return ((m.elsewhere() and not HERE_AFTER_ALL.search(mention_before(ev, m))) or fled_to(before)
            or carried_for_care(before, after))


BORDER_AFTER = re.compile(r"\s+(?:border|frontier|boundary)\b", re.IGNORECASE)


def border_of(ev: CodedEvent, m: PlaceMention) -> bool:
    """ "arrested a man in Agua Prieta, near the Arizona border": a place named for its border only
    tells where the other is, a reference point (it still places the event when nothing else does)."""
    start = ev.evidence.get("start")
    return isinstance(start, int) and bool(BORDER_AFTER.match(ev.evidence.get("text") or "", m.end - start))
