"""Toponyms that name a speaker, not a place: "Ankara said", "according to Damascus", "an
official in Ankara said", "Speaking in Moscow, the minister said" (place/geoparse.py keeps them
as toponyms but they never place an event nor set a story's focus)."""
from __future__ import annotations

import re

from functools import cache
from importlib import resources


@cache
def metonymy_verbs() -> frozenset[str]:
    """Speech and decision verbs whose place-name subject is a government (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "metonymy_verbs.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@cache
def agent_verbs() -> frozenset[str]:
    """Verbs of armed action whose active place-name subject is a state's forces (data file)."""
    path = resources.files("tocsin") / "data" / "gazetteer" / "agent_verbs.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


SPEECH_PLACE_VERBS = frozenset({"say", "tell", "speak", "talk", "announce", "declare", "state", "brief", "address"})


def _speaks(tok) -> bool:
    """`tok` is the subject of a speech/decision verb or the object of "according to", or the
    place a speaker spoke in ("Speaking in Moscow, the minister said", "told reporters in Ankara")."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in metonymy_verbs():
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.dep_ == "prep":
        head = tok.head.head  # "Speaking to local media in the capital Mogadishu": up through "media", "to"
        for _ in range(3):
            if head.lemma_.lower() in SPEECH_PLACE_VERBS:
                return True
            if head.dep_ not in ("pobj", "prep", "dobj") or head.head is head:
                break
            head = head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


PARTY_PREPS = frozenset({"with", "between", "against"})


def _party(tok, text: str) -> bool:
    """A capital as a side: "Moscow's troops", "a ceasefire with Moscow", "fighting between rebels and
    Damascus", "the pressure against Ankara", "lean harder on Moscow", "a truce brokered by
    Moscow" -- its government, not the place."""
    from .theatre import is_capital_name

    node = tok
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "poss" and is_capital_name(text):  # "as Moscow's troops pressed their assault"
        from .cues import party_possessions

        return node.head.lemma_.lower() in party_possessions() or node.head.lower_ in party_possessions()
    if node.dep_ != "pobj" or not is_capital_name(text):
        return False
    if node.head.lower_ == "by" and node.head.dep_ == "agent":
        return True  # "a truce brokered by Moscow and Ankara", "talks hosted by Doha"
    if node.head.lower_ == "on":  # "lean harder on Moscow", "rely on Ankara"
        from .cues import party_on_verbs

        return node.head.head.lemma_.lower() in party_on_verbs()
    return node.head.lower_ in PARTY_PREPS


def is_metonymic(ent) -> bool:
    """"Ankara said", "Moscow and Ankara agreed", "according to Damascus", "a deal with Moscow"."""
    root = ent.root
    if _party(root, ent.text):
        return True
    root = _conj_root(root)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in agent_verbs():
        return True  # "Turkey has destroyed regime tanks": its forces acting, not a place
    return _speaks(root)


def in_source(ent, depth: int = 5) -> bool:
    """Inside a source's phrase: "the governor of Hatay province said", "according to an
    official in Ankara" -- where the speaker is, not where the event was."""
    tok = ent.root
    for _ in range(depth):
        if _speaks(tok):
            return True
        if tok.head is tok or tok.dep_ in ("ccomp", "advcl", "xcomp", "relcl", "ROOT"):
            return False
        tok = tok.head
    return False


def _conj_root(tok):
    """The first of a run of conjuncts ("Moscow and Ankara": Moscow)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


@cache
def _cue_verbs(key: str) -> frozenset[str]:
    """A verb list of place_cues.yaml (`comparison_verbs`, `citing_verbs`)."""
    from .cues import _cues

    return frozenset(_cues().get(key, ()))


def compared(ent) -> bool:
    """ "Some residents compare the situation with Ecuador, where ...", "likened the attack to
    Beslan": a place brought in as a parallel is neither a place nor a country of the story
    (place_cues.yaml `comparison_verbs`)."""
    verbs = _cue_verbs("comparison_verbs")
    root = _conj_root(ent.root)
    if _resembled(root):
        return True
    if root.dep_ != "pobj" or root.head.lower_ not in ("with", "to"):
        return False
    up = root.head.head
    return up.lemma_.lower() in verbs or (up.dep_ == "dobj" and up.head.lemma_.lower() in verbs)


def _resembled(tok) -> bool:
    """Inside the object of resemble/echo/mirror (`resemblance_verbs`), through nouns and
    prepositions only: "resembles the gold rush at Jebel Amer in Darfur"."""
    verbs = _cue_verbs("resemblance_verbs")
    for _ in range(8):
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in verbs
        if tok.dep_ not in ("pobj", "prep", "compound", "appos", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


def cited(ent, text: str) -> bool:
    """ "Some placards pointed to Serbia, where students ...", "officials like to cite Peru, where ...":
    a place brought in as an example of what happened there; it places its own clause's events but
    is no country of the story (place_cues.yaml `citing_verbs`)."""
    verbs = _cue_verbs("citing_verbs")
    root = _conj_root(ent.root)
    if not re.match(r"\s*,\s*where\b", text[ent.end_char:ent.end_char + 12]):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "to":
        return root.head.head.lemma_.lower() in verbs
    return root.dep_ == "dobj" and root.head.lemma_.lower() in verbs
