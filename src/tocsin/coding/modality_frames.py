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


def perfect_habit(trigger: Token) -> str | None:
    """ "Masked groups have for years clashed with police after student marches", "the army has
    for decades shelled these hills": a present perfect over an uncounted span of years tells a
    habit, no one event (not "was besieged for four years", which is background: long_span)."""
    doc, sent = trigger.doc, trigger.sent
    for t in sent:
        if t.lower_ != "for" or t.i + 1 >= sent.end or doc[t.i + 1].lower_ not in ("years", "decades"):
            continue
        have = doc[t.i - 1] if t.i > sent.start else None
        if have is not None and have.lower_ in ("have", "has") and 0 < trigger.i - t.i <= 3:
            return f"{have.text} {t.text} {doc[t.i + 1].text}"  # ("have for years clashed", however parsed)
        if t.head.i == trigger.i and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in trigger.children):
            return f"{t.text} {doc[t.i + 1].text}"  # ("have clashed with police for years")
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
