"""Context that decides whether violent words report political violence at all: the article's
subject (a football report), the sentence's agent (a flood), and what a definite event noun
refers back to ("Residents said the raids began shortly after dawn" after an air strike).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import CodingLexicon
from .triggers import TriggerHit

DEFINITE = {"the", "this", "that", "these", "those"}


def is_sports_article(doc: Doc, lex: CodingLexicon) -> bool:
    """At least `sports_context.min` distinct sports words (triggers.yaml) in the article: its
    "shot low", "attacked relentlessly" and "killed on the counter" are no violence."""
    if not lex.sports_cues:
        return False
    text = doc.text.lower()
    seen = {t.lemma_.lower() for t in doc if t.lemma_.lower() in lex.sports_cues}
    seen |= {t.lower_ for t in doc if t.lower_ in lex.sports_cues}
    seen |= {c for c in lex.sports_cues if " " in c and c in text}
    return len(seen) >= lex.sports_min


def hazard_subject(head: Token, lex: CodingLexicon) -> bool:
    """The verb's subject (or passive agent) is a natural hazard: "Floods and landslides have
    killed at least 43 people", "homes destroyed by the earthquake"."""
    agents = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    agents += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agents += [g for a in list(agents) for g in a.conjuncts]
    return bool(agents) and all(a.lemma_.lower() in lex.hazard_nouns or a.lower_ in lex.hazard_nouns
                                for a in agents)


def is_definite_noun(hit: TriggerHit) -> bool:
    """An event noun with a definite determiner or a possessive ("the raids", "this attack",
    "its bombardment"): it names an event the reader already knows of."""
    head = hit.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in head.children)


def anaphoric(hits: list[TriggerHit], figures: dict) -> bool:
    """Every trigger of the event is a definite event noun and the sentence gives no toll of its
    own: the sentence refers back to an event already coded, it does not report a new one."""
    return bool(hits) and not figures and all(is_definite_noun(h) for h in hits)
