"""Conditions of triggers for acts the twenty-third and twenty-fourth rounds found (triggers.yaml
`needs:`, checked by triggers.needs_met through trigger_needs.NEEDS): a vehicle held up by armed
men or at gunpoint, people taken away, a crowd storming a building, a monument pulled down, a
charge run over, people run over, a post of forces opened."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .trigger_needs import _objects, _of_objects, _phrase_has, _preps
from .triggers import _subjects, is_person_like


def held_at_gunpoint(head: Token, lex: CodingLexicon) -> bool:
    """ "a humanitarian vehicle was stopped at gunpoint": a vehicle held up, whoever held it."""
    return vehicle_object(head, lex) and any(
        p.lower_ == "at" and any(g.lower_ == "gunpoint" for g in p.children) for p in head.children)


def people_taken_away(head: Token, lex: CodingLexicon) -> bool:
    """ "about 20 others were taken away in army trucks", "took away at least 20 young men": people
    led off ("away" on the verb), not things ("took away the bodies")."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in head.children) and any(
        is_person_like(o, lex) or o.lemma_.lower() in ("other", "others", "man", "men") or o.pos_ == "PRON"
        for o in _objects(head)) and not any(o.lemma_.lower() in ("body", "corpse", "remains") for o in _objects(head))


def vehicle_object(head: Token, lex: CodingLexicon) -> bool:
    """ "gunmen stopped the Quetta express", "halted a bus": a vehicle as the object
    (assembly.yaml `stopped_vehicles`)."""
    words = lex.assembly.get("stopped_vehicles", ())
    if head.tag_ in ("VBP", "VBZ") or (head.tag_ == "VB" and any(c.dep_ == "nsubj" for c in head.children)
                                        and not any(c.dep_ == "aux" for c in head.children)):
        return False  # ("Gunmen stop his car at a fake checkpoint": a scenario or a habit told in the present)
    return any((o.lemma_.lower() in words or o.lower_ in words) and not (  # not "have stopped buses" (a practice)
        o.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children)) for o in _objects(head))


def crowd_subject(head: Token, lex: CodingLexicon) -> bool:
    """ "a crowd stormed the district jail", "thousands of protesters stormed the state Congress":
    a crowd as the subject (assembly.yaml `storming_crowds`)."""
    words = lex.assembly.get("storming_crowds", ())
    return any(t.lemma_.lower() in words or t.lower_ in words for s in _subjects(head) for t in (s, *_of_objects(s)))


def monument_object(head: Token, lex: CodingLexicon) -> bool:
    """ "toppled a statue of Hugo Chavez": a monument pulled down (assembly.yaml `monument_nouns`)."""
    return any(o.lemma_.lower() in lex.assembly.get("monument_nouns", ()) for o in _objects(head))


def explosive_run_over(head: Token, lex: CodingLexicon) -> bool:
    """ "a minibus ran over an explosive device", "stepped on a landmine": a charge set off."""
    return any(_phrase_has(o, ("explosive device", "device", "mine", "landmine", "land mine", "ied", "bomb"))
               for o in _objects(head) + _preps(head, "over") + _preps(head, "on"))


def people_run_over(head: Token, lex: CodingLexicon) -> bool:
    """ "a police vehicle ran over a young man", "mowed down worshippers": people as the object
    (or the object of "over", as the parser often reads it)."""
    return any(is_person_like(o, lex) or o.pos_ == "PRON" for o in _objects(head) + _preps(head, "over"))


def base_object(head: Token, lex: CodingLexicon) -> bool:
    """ "opened a new security camp at Kutul", "set up a forward operating base": a post of
    armed forces, named as one (assembly.yaml `base_nouns`, `base_modifiers`) or set up by them."""
    nouns, mods = lex.assembly.get("base_nouns", {}), lex.assembly.get("base_modifiers", ())
    if not any(c.dep_ == "nsubj" for c in head.children):
        return False  # ("Checkpoints were set up to prevent infiltration": a measure, told without who took it)
    forces = any(c.dep_ == "nsubj" and (c.lemma_.lower() in lex.force_nouns or c.lower_ in ("police", "army", "military"))
                 for c in head.children)
    for o in _objects(head):
        kind = nouns.get(o.lemma_.lower())
        if kind == "post" or (kind == "named" and (forces or any(
                c.dep_ in ("compound", "amod") and c.lower_ in mods for c in o.children))):
            return True
    return False


NEEDS_ACTS = {"held_at_gunpoint": held_at_gunpoint, "people_taken_away": people_taken_away,
              "vehicle_object": vehicle_object, "crowd_subject": crowd_subject, "monument_object": monument_object,
              "explosive_run_over": explosive_run_over, "people_run_over": people_run_over, "base_object": base_object}
