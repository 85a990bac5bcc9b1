"""The ACLED sub-event type of a coded event (coding/events.py): its family's type, the type its
instrument implies ("an air strike"), or a refinement whose cue words, actors and objects the
sentence holds (triggers.yaml `refine`: "stormed the South Hospital" is an attack)."""
from __future__ import annotations

from spacy.tokens import Span

from .lexicon import CodingLexicon
from .roles import Actor, refinement_fits_actors
from .triggers import TriggerHit


def family_type(family: str, hits: list, instruments: list, lex: CodingLexicon) -> tuple[str | None, str, bool]:
    """(type, rule, final): the family's own ACLED type, or the one its instrument implies (final)."""
    sub, rule = lex.families[family].acled, hits[0].trigger.rule_id
    if sub is None:
        return None, rule, True
    if family in lex.instrument_families and instruments:
        return instruments[0][0], instruments[0][1], True
    return sub, rule, False


def acled_type(family: str, hits: list[TriggerHit], instruments: list, roles: list[tuple[str, Actor]],
               sent: Span, lex: CodingLexicon) -> tuple[str | None, str]:
    """ACLED sub-event type and the rule that fixed it."""
    sub, rule, final = family_type(family, hits, instruments, lex)
    if final:
        return sub, rule
    # the protesters' own blockade is no cue of an intervention ("organisations blocked the highway")
    own = {h.head.i for h in hits if h.trigger.rule_id in lex.assembly.get("uncued_triggers", ())}
    lemmas = {t.lemma_.lower() for t in sent if t.i not in own} | {t.lower_ for t in sent if t.i not in own}
    text = sent.text.lower()
    lemma_text = " ".join(t.lemma_.lower() for t in sent)  # "broke up" is the cue "break up"
    for i, ref in enumerate(lex.refine.get(family, ())):
        if "cues" in ref and not any((c in lemmas) if " " not in c else (c in text or c in lemma_text) for c in ref["cues"]):
            continue
        if not refinement_fits_actors(ref, roles):
            continue
        if "objects" in ref:  # "stormed the South Hospital": an attack on a place people use
            nouns = getattr(lex, ref["objects"])
            objs = {c.lemma_.lower() for h in hits for c in h.head.children if c.dep_ in ("dobj", "nsubjpass")}
            objs |= {g.lemma_.lower() for h in hits for c in h.head.children if c.dep_ == "dobj"
                     for g in c.subtree}
            objs |= {g.lemma_.lower() for h in hits if h.head.pos_ in ("NOUN", "PROPN") for c in h.head.children
                     if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.subtree}  # "attack on X"
            objs |= {g.lemma_.lower() for h in hits if h.head.pos_ == "VERB" for c in h.head.children
                     if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"}  # "burst into X"
            if not objs & nouns:
                continue
        return ref["acled"], f"refine.{family}.{i}"
    return sub, rule
