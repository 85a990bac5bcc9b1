"""Story attacker: who fires from afar when the sentence does not say.

News names the air force or the artillery once and then writes "a guided bomb struck a farm",
"shells landed near the market": the story has told whose they are.  An air/drone strike or a
shelling with no attacker of its own takes the attacker of the story's other strikes and
shellings, only when that is unambiguous:

- exactly one state (its forces or its government) is the attacker of the article's strikes and
  shellings, whatever their modality ("Russian forces usually drop guided bombs at dawn" tells
  who bombs in this story), and no armed group is;
- the event is not placed on that state's own soil while all its strikes told elsewhere are
  ("Ukraine's forces shell Donetsk" then "a missile hit Kursk"): fire on a state's own land is
  its enemy's unless the state fights at home;
- the event names no actor of that state on any side.

The inherited actor carries `basis: "story"` and no `text`: it is read from the story, not
from the event's words.  (Round 28 of the real-news dev split: 36 actor errors were strikes
and shellings with no attacker in their sentence.)
"""
from __future__ import annotations

from dataclasses import replace

from ..records import CodedEvent
from .modality import FACTUAL
from .nonevents_civil import NON_STATE_ARMED

REMOTE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
STATE_KINDS = ("state_forces", "government")  # forces first: the attacker is the force


def _remote(ev: CodedEvent) -> bool:
    return bool(ev.acled) and ev.acled.get("sub_event_type") in REMOTE_TYPES


def _country3(ev: CodedEvent) -> str | None:
    from ..place.resolve import country_of

    loc = ev.location or {}
    place = country_of(loc["country"]) if loc.get("country") else None
    return place.country3 if place is not None else None


def _story_attacker(events: list[CodedEvent]) -> tuple[dict | None, set[str]]:
    """The one state attacking from afar in this story (its record as an actor) and the
    countries where its strikes are placed; None when no state or several, or an armed group."""
    found: dict[str, dict] = {}
    placed: set[str] = set()
    for ev in events:
        if not _remote(ev) or ev.modality == "negated":
            continue
        for a in ev.actors:
            if a.get("role") != "actor1":
                continue
            if a.get("kind") in NON_STATE_ARMED:
                return None, set()
            if a.get("kind") in STATE_KINDS and a.get("country"):
                have = found.get(a["country"])
                if have is None or STATE_KINDS.index(a["kind"]) < STATE_KINDS.index(have["kind"]):
                    found[a["country"]] = a
                if (c3 := _country3(ev)) is not None:
                    placed.add(c3)
    if len(found) != 1:
        return None, set()
    return next(iter(found.values())), placed


def story_attackers(events: list[CodedEvent], actors=None) -> list[CodedEvent]:
    """The article's events, strikes and shellings without an attacker given the story's one
    (see module docstring); `actors` (the ActorDictionary) names it as it was on the event's date."""
    attacker, placed = _story_attacker(events)
    if attacker is None:
        return events
    state = attacker["country"]
    out = []
    for ev in events:
        if (not _remote(ev) or ev.modality not in FACTUAL
                or any(a.get("role") == "actor1" or a.get("country") == state for a in ev.actors)):
            out.append(ev)
            continue
        where = _country3(ev)
        if where == state and placed and state not in placed:
            out.append(ev)
            continue
        name = attacker["name"]
        if actors is not None:
            name = actors.on_date(name, state, attacker["kind"], (ev.date or {}).get("start")) or name
        inherited = {"role": "actor1", "name": name, "text": None, "country": state,
                     "kind": attacker["kind"], "basis": "story"}
        out.append(replace(ev, actors=(inherited, *ev.actors)))
    return out


ARREST_TYPES = frozenset({"Arrests"})


def implied_arresters(events: list[CodedEvent], actors=None) -> list[CodedEvent]:
    """An arrest told without who made it ("128 people had been arrested in Catalonia since
    Monday", "a photographer was detained during the night") was made by the state where it
    happened: ACLED's Arrests are a state's forces detaining people.  The event takes the police of
    its country (`basis: "implied"`, no `text`), only when it is factual, placed in a country and
    names no state actor on any side nor an armed group that acts ("detained by rebels")."""
    out, names = [], {}
    for ev in events:
        where = _country3(ev)
        if (where is None or ev.modality not in FACTUAL or not ev.acled
                or ev.acled.get("sub_event_type") not in ARREST_TYPES
                or any(a.get("role") == "actor1" or a.get("kind") in STATE_KINDS for a in ev.actors)):
            out.append(ev)
            continue
        if where not in names:
            police = [m for m in actors.find("police", where) if m.generic and m.country == where] if actors is not None else []
            names[where] = police[0].name if police else "Police Forces"
        name = names[where]
        implied = {"role": "actor1", "name": name, "text": None, "country": where, "kind": "state_forces", "basis": "implied"}
        out.append(replace(ev, actors=(implied, *ev.actors)))
    return out
