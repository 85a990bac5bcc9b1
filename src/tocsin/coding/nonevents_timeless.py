"""A simple present in a clause of time tells what happens each time, or what will: "(kidnappings
tend to happen) before military escorts deploy", "when the convoys move" (nonevents.yaml
`timeless_marks`); never a past story's clause misread as present ("were deployed after forces
retook the town")."""
from __future__ import annotations

from spacy.tokens import Token

from .modality import Modality
from .nonevents_habits import _PRESENT, _counted, _lemma, _present, verb_of
from .triggers import TriggerHit


def timeless_modality(hit: TriggerHit, r: dict) -> Modality | None:
    cue = _timeless_when(verb_of(hit.head), r)
    return Modality("hypothetical", cue) if cue else None


def _timeless_when(verb: Token, r: dict) -> str | None:
    marks = r.get("timeless_marks", ())
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = subj.left_edge.i if subj is not None else verb.i
    if (verb.tag_ in _PRESENT and verb.lower_ == _lemma(verb) + ("s" if verb.tag_ == "VBZ" else "") and first > verb.sent.start
            and verb.doc[first - 1].lower_ in marks and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.doc[first:verb.i])):
        # ("... and before military escorts deploy" read as a sentence of its own)
        return f"{verb.doc[first - 1].text} {verb.text} (present)"
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:  # ("when buses leave full and before escorts deploy")
        top = top.head
    habit = r.get("perfect_habit_adverbs", ())
    if top.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in habit for c in top.head.children):
        mark = next((c for c in top.children if c.dep_ in ("mark", "advmod") and c.lower_ in marks), None)
        if mark is not None:  # "families usually went home once a local truce was agreed": the habit's clause
            return f"{mark.text} {verb.text} (habit)"
    if top.dep_ != "advcl" or not _present(verb) or verb.tag_ not in _PRESENT or _counted(verb) or (
            top.head.tag_ in ("VBD", "VBN")):  # a past story's clause ("were deployed after forces retook the town", misread)
        return None
    mark = next((c for v in (verb, top) for c in v.children if c.dep_ == "mark" and c.lower_ in marks), None)
    return f"{mark.text} {verb.text} (present)" if mark is not None else None
