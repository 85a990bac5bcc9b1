"""A claim of an attack told after the attack ("Al-Shabaab claimed the attack.", "JNIM claimed
responsibility for the attack the following day"): the claimant is the attack's actor1, not
only a source.  Words in data/lexicons/en/attribution.yaml (`claim_verbs`, `claim_objects`,
`claim_replaces`)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span

from ..records import VIOLENT_TYPES
from .lexicon import read_lexicon
from .roles import Actor

DEFINITE = {"the", "this", "that", "these", "those", "both", "its"}


@dataclass(frozen=True)
class Claimant(Actor):
    """The claiming actor with the character span of what it claimed ("responsibility for the
    missile barrage"): an event its own sentence tells outside that span is not claimed ("...,
    saying it was revenge for the killing of Nasrallah")."""

    claimed: tuple[int, int] = (0, 0)


@lru_cache(maxsize=None)
def _words() -> dict:
    return read_lexicon("attribution", "en")


def claimant(sent: Span, actors: list[Actor], event_nouns: frozenset[str]) -> Actor | None:
    """The actor a sentence says claimed an attack already told: the subject of "claim" whose
    object is "responsibility" or a definite event noun ("the attack", "the twin bombings")."""
    words = _words()
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words["claim_verbs"]:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        definite = any(c.dep_ in ("det", "poss", "predet") and c.lower_ in DEFINITE for c in obj.children)
        if obj.lemma_.lower() not in words["claim_objects"] and not (definite and obj.lemma_.lower() in event_nouns):
            continue
        span = {t.idx for c in tok.children if c.dep_ == "nsubj" for t in c.subtree}  # a long name: two parts
        named = [a for a in actors if a.start_char in span and not _replaceable(a.name)]
        if named:
            sub = list(obj.subtree)
            return Claimant(**vars(named[0]), claimed=(sub[0].idx, sub[-1].idx + len(sub[-1])))
    return None


def _claimed_here(ev, actor: Actor) -> bool:
    """The event is not told in the claim's own sentence, or its trigger is inside what was claimed."""
    start, text = ev.evidence.get("start", 0), ev.evidence.get("text", "")
    if not isinstance(actor, Claimant) or not start <= actor.start_char < start + len(text):
        return True
    inside = text[max(0, actor.claimed[0] - start):max(0, actor.claimed[1] - start)]
    return any(w.strip() and w.strip() in inside for w in (ev.trigger or "").split(" | "))


def _replaceable(name: str | None) -> bool:
    return not name or any(name.startswith(p) for p in _words()["claim_replaces"])


def give_claim(events: list, actor: Actor, since: int) -> bool:
    """Make `actor` the actor1 of the factual violent events told from offset `since` on (the
    claim's paragraph and the one before: an attack told over two sentences is claimed whole),
    back to the first that names an actor1 of its own."""
    given = False
    for k in range(len(events) - 1, -1, -1):
        ev = events[k]
        if ev.evidence.get("start", 0) < since:
            break
        if ev.modality not in ("asserted", "reported") or not ev.acled \
                or ev.acled.get("event_type") not in VIOLENT_TYPES or not _claimed_here(ev, actor):
            continue
        first = next((a for a in ev.actors if a.get("role") == "actor1"), None)
        if first is not None and not _replaceable(first.get("name")):
            break
        rest = tuple(a for a in ev.actors if a is not first)
        events[k] = replace(ev, actors=(actor.record("actor1"), *rest))
        given = True
    return given
