"""The place names of one sentence that the place stage resolves (called by
``events.code_sentence``): names in a place position ("in X", "near X"), place entities
elsewhere unless they name an actor, with their relation to the event ("from", "left",
"toward": kept, never the event's place); an organisation's home ("London-based") is none."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..place.persons import street_corner
from ..place.spans import compass_sharing_a_name
from ..records import NOT_HERE, PLACE_LABELS, PlaceMention
from .lexicon import CodingLexicon
from .light_anaphora import NON_STATE_ARMED
from .roles import Actor
from .triggers import is_place_like

CANDIDATE_LABELS = {*PLACE_LABELS, "PERSON", "ORG", "NORP"}
PLACE_PREPS = {"in", "near", "at", "around", "outside", "across", "into", "inside", "of", "on"}
# "London-based", "Iran-aligned", "Turkish-backed": an organisation's home or patron, not a place
HOME_BEFORE = re.compile(r"\bbased in\s+(?:the\s+)?$", re.IGNORECASE)  # "the Observatory, based in Britain"
HOME = re.compile(r"[-\u2010\u2011\u2013](?:based|aligned|backed|allied|sponsored|led|owned|flagged|operated|registered|"
                  r"made|funded|trained|run|bound)\b", re.IGNORECASE)  # ("a US-owned bulk carrier": the owner's)


def place_mentions(ents: list[Span], lex: CodingLexicon, actors: list[Actor], text: str) -> tuple[PlaceMention, ...]:
    """Place names in the sentence for the place stage to resolve: names in a place position
    ("in X", "near X", "towns such as X"), and place entities elsewhere unless they name an
    actor ("Russia aided ...", "according to Ankara": a state acting, not a location).  The
    small model often tags village names as people, so the position matters more than the
    label."""
    out = []
    for ent in ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        head = ent.root
        rel = head.head.lower_ if head.dep_ == "pobj" else head.dep_
        origin = _origin(head, frozenset(lex.assembly.get("cause_nouns", ())))
        if origin is not None:  # "moved from X": elsewhere; "withdrew from (the town of) X": there
            left = origin.lemma_.lower() in lex.assembly.get("departure_verbs", ())
            rel = "left" if left and _plain_path(head, origin) else "from"
        if rel in ("into", "to") and head.head.head.lemma_.lower() in lex.assembly.get("refuge_verbs", ()):
            rel = "toward"  # "forced 40,000 people to flee into Sudan": where they went, not the event's place
        if rel in NOT_HERE:  # "toward X", "moved from their bases around X": kept, never the place
            out.append(PlaceMention(ent.text, ent.start_char, ent.end_char, rel, ent.label_))
            continue
        if HOME.match(text, ent.end_char) or HOME_BEFORE.search(text, max(0, ent.start_char - 12), ent.start_char):
            continue  # "the London-based monitor"
        if compass_sharing_a_name(ent.text, text, ent.end_char) or street_corner(text, ent.start_char, ent.end_char):
            continue  # "East and West Wollega": half a name; "at Pennsylvania and North avenues": streets
        in_place_position = rel in PLACE_PREPS or rel == "left" or (ent.label_ not in PLACE_LABELS and is_place_like(head, lex))
        is_actor = any(a.start_char < ent.end_char and ent.start_char < a.end_char for a in actors)
        if any(a.kind in NON_STATE_ARMED and a.start_char <= ent.start_char and ent.end_char <= a.end_char
               and a.end_char - a.start_char > ent.end_char - ent.start_char for a in actors):
            continue  # a group's own name: "the Islamic State Sahel Province", "ISWAP"'s "West Africa Province"
        if is_actor and not in_place_position:
            continue
        if not in_place_position and (head.dep_ == "pobj" or (
                ent.label_ not in PLACE_LABELS and head.dep_ not in ("dobj", "nsubjpass"))):
            continue  # an object named by the small model as ORG/PERSON may still be a town
        out.append(PlaceMention(ent.text, ent.start_char, ent.end_char, rel, ent.label_))
    return tuple(out)


def _origin(tok: Token, causes: frozenset[str] = frozenset()) -> Token | None:
    """The verb of the "from" phrase the place is in ("moved from their bases around Tabqa into
    Manbij": where the movers came from, not where the event is), or None; not when the name is
    an event's place ("still reeling from the twin bombing in Kerman": `causes`)."""
    for anc in list(tok.ancestors)[:5]:
        if anc.pos_ in ("VERB", "AUX") or (anc.pos_ == "NOUN" and anc.lemma_.lower() in causes):
            return None
        if anc.dep_ == "prep" and anc.lower_ in NOT_HERE:
            return anc.head
    return None


def _plain_path(tok: Token, verb: Token) -> bool:
    """Only prepositions and their objects between the name and the verb ("from the town of
    X"); not an apposition ("from Syria, Defense Secretary Mark Esper")."""
    node = tok
    while node.i != verb.i:
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return True
