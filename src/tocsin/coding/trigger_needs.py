"""Conditions of triggers kept apart from triggers.py: a count of people arriving from a place,
or crossing into one (displacement, triggers.yaml `needs: arrivals`); a building struck, which
is violence enough for "hit" and "strike" (`needs: violent_context`)."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .triggers import QUANTITY_NOUNS, _subjects, is_named_place, is_place_like


def arrivals(head: Token, lex: CodingLexicon) -> bool:
    """A count of people arrives from a place: "more than 4,000 people have arrived in Kaya from
    Barsalogho", "thousands of families reached the town from the villages", or crosses into one:
    "more than 40,000 people had crossed into Sudan", "hundreds of refugees crossed the border
    into Chad" (assembly.yaml `arrival_nouns`; troops or gunmen crossing are none)."""
    nouns = frozenset(lex.assembly.get("arrival_nouns", ()))
    subj = _subjects(head)
    people = [n for n in subj if n.lemma_.lower() in nouns or n.lower_ in nouns]
    counted = any(t.like_num and t.pos_ == "NUM" for n in people for t in n.subtree) or any(  # not "the first evacuees"
        n.lemma_.lower() in QUANTITY_NOUNS for n in subj)
    if not people or not counted:
        return False
    if head.lemma_.lower() == "cross":
        return _crossed_into(head, lex)
    origins = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"]
    return any(is_place_like(o, lex) or is_named_place(o, lex) for o in origins)


def _crossed_into(head: Token, lex: CodingLexicon) -> bool:
    """ "crossed into Sudan", "crossed the border", "crossed over into Chad": a place entered or
    a border crossed (not "crossed the river to their fields")."""
    borders = frozenset(lex.assembly.get("border_nouns", ()))
    if any(c.dep_ == "dobj" and c.lemma_.lower() in borders for c in head.children):
        return True
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [g for c in head.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]  # "over into"
    return any(g.dep_ == "pobj" and (is_place_like(g, lex) or is_named_place(g, lex) or g.lemma_.lower() in borders)
               for p in preps if p.lower_ in ("into", "across", "over") for g in p.children)


def facility_struck(verb: Token, lex: CodingLexicon) -> bool:
    """ "two hospitals in Daret Azza were reportedly struck": an agentless passive whose subject is
    a building people use is an attack (not "shops were hit hard by the slowdown")."""
    return (any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.facility_nouns for c in verb.children))
