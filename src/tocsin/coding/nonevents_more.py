"""More event words that report no event (second round of real-news error analysis).

Called from ``nonevents.drop_reason`` after its own guards; rules as data in
``data/lexicons/en/nonevents.yaml`` (keys ``toll_subjects``, ``state_participles``, ``frequency_units``);
tests in ``tests/coding/test_nonevents_more.py``.

- a **war's toll**: "the civil war has killed tens of thousands", "the conflict has killed
  260,000 people and displaced millions", "the war has seen mass atrocities" count a war's
  dead, they tell no one event (a clash's toll, "the clashes killed 12", stays);
- a **habit with "every"** in the present ("thousands are fleeing every month": hypothetical,
  through ``nonevents.nonevent_modality``);
- a **state participle** on a noun: "rescued nine kidnapped villagers", "the release of
  jailed rebels", "displaced families sought refuge": a person's state, the event that put
  them there is told elsewhere or not at all ("gunmen kidnapped nine villagers" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .nonevents_frames import frames_reason
from .nonevents_generic import generic_reason
from .nonevents_habits import habit_reason
from .event_nouns import tallied_displaced
from .triggers import TriggerHit


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _war_toll(hit: TriggerHit, r: dict) -> bool:
    """ "the war has killed tens of thousands": the subject is a whole war, not one clash."""
    verb = hit.head
    while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":  # "the war has seen atrocities"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    relative = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                     and any(g.lower_ == "which" for g in c.children)), None)
    # (the parser may hang the clause on the war's dates or on a noun before it: "the civil war of
    # 1993-2006, in which", "a return to the war of 1971, in which")
    if verb.dep_ == "relcl" and relative is not None and any(
            _lemma(t) in r.get("toll_subjects", ()) for t in verb.doc[max(verb.sent.start, relative.i - 6):relative.i]):
        return True  # "the civil war of 1993-2006, in which some 300,000 people were killed"
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the border war ... is thought to have killed about 80,000": the report verb's subject
    for _ in range(3):  # "has killed 260,000 people and displaced millions": the first verb's subject
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(_lemma(s) in r.get("toll_subjects", ()) for s in subjects)


def _state_participle(hit: TriggerHit, r: dict, lex: CodingLexicon) -> bool:
    """ "nine kidnapped villagers", "jailed rebels": a participle naming a person's state."""
    head = hit.head
    words = r.get("state_participles", ())
    noun = head.head
    if tallied_displaced(hit, lex):
        return False
    return (head.dep_ in ("amod", "compound") and head.tag_ in ("VBN", "JJ", "VBD", "VBG")
            and noun.pos_ in ("NOUN", "PROPN") and head.i < noun.i
            and (_lemma(head) in words or head.lower_ in words))


def frequency_cue(verb: Token, r: dict, words: tuple[str, ...] = ("every", "each")) -> str | None:
    """ "thousands are fleeing every month", "checkpoints are attacked each week", "set up
    checkpoints most nights" (words=("most",), any tense): a habit."""
    for c in verb.children:
        if (c.dep_ in ("npadvmod", "advmod", "obl") and _lemma(c) in r.get("frequency_units", ())
                and any(d.dep_ in ("det", "nummod", "amod") and d.lower_ in words for d in c.children)):
            # ("almost every day": the parser may take "every" for a number)
            return f"{words[0]} {c.text}"
    return None


def _habit_before(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """ "drug gangs routinely extort businesses and kidnap those who refuse to pay", the first verb
    misread as a noun: a present-tense verb, undated, after a habit word of its clause's words."""
    head = hit.head
    if head.tag_ not in ("VB", "VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            or any(e.label_ in ("DATE", "TIME") for e in head.sent.ents):
        return False
    words = set(lex.modality.get("past_habit_adverbs", ()))
    # (a habit word on the verb itself is the modality's: "the military often fires across the frontier")
    return any(t.lower_ in words and t.dep_ == "advmod" and t.head.i != head.i for t in head.sent if t.i < head.i)


def _worst_since(hit: TriggerHit, r: dict) -> bool:
    """ "The violence is the most serious in Tibet since 1989, when ...": the definite subject of a
    superlative measured from another case (nonevents.yaml `superlative_marks`) is the case at
    hand, told already.  (The case it is measured from, "since May 2005, when troops opened fire on
    protesters in Andijan", is a real past act, coded historical.)"""
    head, sent = hit.head, hit.head.sent
    if head.dep_ != "nsubj" or head.head.lemma_ != "be" or not any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in head.children):
        return False
    for mark in (t for t in sent if t.dep_ == "prep" and t.lower_ in r.get("superlative_marks", ())
                 and t.i > head.i and any(c.dep_ == "pobj" for c in t.children)):
        top = mark.head
        if top in (head.head, *head.head.subtree) and any(
                t.tag_ in ("JJS", "RBS") for t in (top, *top.children, *top.subtree) if t.i < mark.i):
            return True  # ("the deadliest since", "the most serious ... since"; not "the first attack since")
    return False


def more_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("war toll", lambda: _war_toll(hit, r)), ("state participle", lambda: _state_participle(hit, r, lex)),
              ("a habit", lambda: _habit_before(hit, lex)), ("a parallel", lambda: _worst_since(hit, r)))
    return (next((name for name, check in checks if check()), None) or habit_reason(hit, lex, r)
            or generic_reason(hit, r, lex.families[hit.trigger.family].violent) or frames_reason(hit, lex, r))
