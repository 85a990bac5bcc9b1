"""A trigger's own frame that makes it no news: a command ("Strike the shepherd"), an act told
over years ("was besieged for four years"), background under a "has long been" statement
(used by coding/modality.py)."""
from __future__ import annotations

from spacy.tokens import Token


def long_span(trigger: Token) -> str | None:
    """ "The city was besieged for four years", "the rebels held the valley for decades": an act
    told over years is background, not one event."""
    if trigger.pos_ != "VERB":
        return None
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ("year", "decade")):
            if obj.tag_ == "NNS":
                return f"{prep.text} {obj.text}"
    return None


def imperative(trigger: Token) -> bool:
    """A command ("Strike the shepherd", "Go ahead - shoot me"): a base-form verb heading its
    clause with no subject and no auxiliary."""
    if trigger.tag_ != "VB" or trigger.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
        return False
    if trigger.dep_ == "conj" and trigger.head.i != trigger.i and not imperative(trigger.head):
        return False  # "threatened to storm the town and kill its defenders": shares the infinitive's frame
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in trigger.children)


def historical(trigger: Token) -> bool:
    """Background, not news: a relative clause under a "has long been" statement ("Idlib has
    long been the destination for civilians who fled").  A past perfect ("militants had
    ambushed a convoy") is still news."""
    if trigger.dep_ not in ("relcl", "conj"):
        return False
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if any(c.lower_ in ("long", "decades", "years") and c.dep_ in ("advmod", "npadvmod") for c in node.children):
            return True
    return False
