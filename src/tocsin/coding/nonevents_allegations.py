"""Allegations of a practice ("rights groups accuse the army of torching villages"): the
present or present perfect verb of an allegation whose "of" gerund holds the event word makes
the event a standing charge, not a told event (called from ``nonevents.nonevent_modality``;
``allegation_verbs`` in ``data/lexicons/en/nonevents.yaml``; tests in
``tests/coding/test_nonevents_round10.py`` and ``test_nonevents_generic.py``)."""
from __future__ import annotations

from spacy.tokens import Token

PRESENT = ("VBP", "VBZ")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _present(verb: Token) -> bool:
    """A present-tense verb, active ("flare") or passive ("are launched"), not a perfect."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(_lemma(a) == "have" or a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ == "VB" and not auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "the outposts come under daily attack": a present tagged as a base form
    if verb.tag_ == "VBD" and not auxes and verb.lower_ == _lemma(verb) and any(
            c.dep_ == "conj" and (c.tag_ in PRESENT or (c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children)))
            for c in verb.children):
        return True  # "typically hit isolated posts at night and slip back": a form both tenses share, read by its pair
    return verb.tag_ in PRESENT or any(a.tag_ in PRESENT for a in auxes)


def _allegation_verb(head: Token, r: dict) -> Token | None:
    """The present (or present perfect) verb of an allegation whose "of" gerund holds the trigger:
    "accuse the army of torching villages", "accuse the army of conducting killings", "has been
    accused of carrying out attacks"."""
    node = head
    for _ in range(8):  # from a noun or a coordinated gerund up to the gerund under "of"
        if node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.lower_ == "of":
            break
        if node.tag_ == "VBG" and node.dep_ == "conj" and _lemma(node.head) in r["allegation_verbs"] and any(
                c.lower_ == "of" and c.i < node.i for c in node.head.subtree):
            accuse = node.head  # (misparsed "accused X of burning villages and killing civilians")
            return accuse if _allegation_tense(accuse) else None
        if node.head.i == node.i or node.dep_ not in ("dobj", "conj", "compound", "appos", "pobj", "prep"):
            return None  # ("of killing civilians in strikes on camps": the strikes too)
        node = node.head
    else:
        return None
    accuse = node.head.head
    for _ in range(6):  # "accuse the army of ...", "accused both soldiers and separatists of ..."
        if not (_is_noun(accuse) or accuse.pos_ == "ADV") or accuse.dep_ not in ("dobj", "conj", "appos", "advmod", "npadvmod"):
            break
        accuse = accuse.head
    if accuse.dep_ == "conj" and _lemma(accuse.head) in r["allegation_verbs"]:
        accuse = accuse.head  # (misparsed "accuse the RSF and allied [verb] militias of targeting")
    if _lemma(accuse) not in r["allegation_verbs"]:
        return None
    return accuse if _allegation_tense(accuse) else None


def _allegation_tense(accuse: Token) -> bool:
    """A present or present perfect allegation (a standing charge, no told event)."""
    frames = [accuse] + ([accuse.head] if accuse.dep_ == "conj" else [])  # "has drawn recruits and been accused"
    return _present(accuse) or any(_lemma(a) == "have" and a.tag_ in PRESENT
                                   for f in frames for a in f.children if a.dep_ == "aux")
