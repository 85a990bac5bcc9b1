"""Frames that report no event (ninth round of real-news reading: live blogs, court reports,
explainers, sitreps, newsletters, arts pages, risk outlooks).

Called from ``nonevents_more.more_reason`` (dropped) and ``nonevents.nonevent_modality``
(hypothetical); rules as data in ``data/lexicons/en/nonevents.yaml`` (keys
``comparatives``, ``characterising_verbs``, ``endurance_frames``, ``fiction_nouns``,
``plot_verbs``, ``scene_nouns``, ``barrage_objects``, ``nonviolent_causes``,
``harm_verbs``, ``any_tense_habit_adverbs``, ``routine_attributes``, ``recurrence_preps``,
``generic_place_nouns``);
tests in ``tests/coding/test_nonevents_round9.py``.

Dropped (no event):
- a **statistic compared**: "armed groups killed more civilians in the first half of 2022 than
  in the whole of 2021", "air strikes caused more of those deaths than any other type of attack"
  (a plural event or subject with "more/fewer ... than" and no number after "than"; "killed more
  than 20 people" is a count, "the strike killed more people than any attack since 2019" one
  event, both kept);
- a **characterisation**: "described the budget as an ambush on the poor", "likened the vote to a
  massacre";
- a **condition endured**: "people here have lived with explosions for two years", "have grown
  used to air raids";
- **fiction**: "The film follows a nurse who hides a soldier after troops occupy the village",
  "In its most discussed scene, tanks roll into the square and set fire to the church";
- a **barrage of words**: "the ticket office has been bombarded with calls";
- a **death from a non-violent cause**: "hunger was killing an infant every three hours";
- **no harm in an event told before**: "No soldiers were hurt in Tuesday's bombardment" (the
  bombardment is the story's, told earlier; "no one was hurt in a rocket attack on the base"
  tells it first and stays);
- **a parallel** and **never before** (coding/nonevents_parallels.py): another time or place
  brought in to compare, and the case at hand measured against the past.

Hypothetical (a habit, not an event):
- a **habit adverb above the event word**: "targeted killings usually come from drones",
  "typically coming a day after a bomb or a shooting";
- a **habit adverb in any tense**: "gangs routinely set up checkpoints on the road" (no figure,
  no date);
- a **routine**: "raids of this sort have become part of life in the city";
- **places in general**: "places previously considered safe are now coming under fire";
- a **recurrence**: "farmers returning after each shift of the front have been killed by mines"
  (no figure, no date).
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .modality import Modality
from .nonevents_claims import _in, _lemma
from .nonevents_habits import _counted, verb_of
from .nonevents_parallels import _definite, _never_before, _parallel_case
from .nonevents_senses import senses_modality, senses_reason
from .triggers import TriggerHit

_NUMBER_WORDS = frozenset("dozen dozens score scores hundred hundreds thousand thousands million millions half".split())


def _clause_verbs(tok: Token) -> list[Token]:
    """The verb of the event word and the verbs above it, up to the sentence's root."""
    out, node = [verb_of(tok)], verb_of(tok)
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
    return out


def _compared(hit: TriggerHit, r: dict) -> bool:
    return any(_compared_clause(hit, verb, r) for verb in _clause_verbs(hit.head) if verb.pos_ in ("VERB", "AUX"))


def _compared_clause(hit: TriggerHit, verb: Token, r: dict) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    plural = hit.head.tag_ in ("NNS", "NNPS") or any(s.tag_ in ("NNS", "NNPS") for s in subjects)
    if not plural:
        return False
    toks = list(verb.subtree)
    for k, tok in enumerate(toks):
        if tok.lower_ != "than" or not any(_in(t, r.get("comparatives", ())) for t in toks[:k]):
            continue
        after = toks[k + 1:k + 3]
        if after and after[0].lower_ in ("a", "an"):
            continue  # "more than a day", "more than a dozen": a quantity
        if not any(t.like_num or t.tag_ == "CD" or t.lower_ in _NUMBER_WORDS for t in after) and _own_clause(tok, verb):
            return True  # "... than in the whole of 2021", "... than any other type of attack"
    return False


def _only_more(hit: TriggerHit, r: dict) -> bool:
    """ "Only the 2012 blaze at Comayagua, which killed more than 360 men, has caused more deaths in a
    Honduran prison": an old event named as the one record the news falls short of."""
    for verb in hit.head.ancestors:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and hit.head in c.subtree), None)
        if subj is None:
            continue
        only = any(c.lower_ == "only" for c in (*subj.children, *verb.children))
        more = any(c.dep_ == "dobj" and any(m.dep_ == "amod" and _in(m, r.get("comparatives", ())) for m in c.children)
                   for c in verb.children)
        return only and more
    return False


def _own_clause(tok: Token, verb: Token) -> bool:
    """`tok` hangs on `verb` through no clause of its own ("a blaze that took more than ...")."""
    node = tok
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        node = node.head
    return True


def _characterised(hit: TriggerHit, r: dict) -> bool:
    """ "described the budget as an ambush", "likened it to a massacre", "calling this month's
    battle the 'Six-Day War'" (the named case at hand is told already)."""
    node = hit.head
    if any(a.dep_ == "pcomp" and a.head.lower_ == "as" and _in(a.head.head, r.get("characterising_verbs", ()))
           for a in node.ancestors):
        return True  # "the sanctions list describes him as having planned and taken part in attacks": a profile
    if node.pos_ == "NOUN" and node.dep_ == "dobj" and _definite(node) and _in(node.head, r.get("characterising_verbs", ())) \
            and any(c.dep_ == "oprd" for c in node.head.children):
        return True  # "calling this month's battle the 'Six-Day War'": the case at hand, given a name
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ != "pobj":
        return False
    prep = node.head
    return prep.lower_ in ("as", "to") and _in(prep.head, r.get("characterising_verbs", ()))


def _endured(hit: TriggerHit, r: dict) -> bool:
    """ "have lived with explosions for two years", "grown used to air raids"."""
    node = hit.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj":
        return False
    prep, frames = node.head, r.get("endurance_frames") or {}
    return frames.get(_lemma(prep.head)) == prep.lower_ or frames.get(prep.head.lower_) == prep.lower_


def _fiction(hit: TriggerHit, r: dict) -> bool:
    """A film's plot or scene told in the present: no event."""
    root = hit.head.sent.root
    fiction, scenes = r.get("fiction_nouns", ()), r.get("scene_nouns", ())
    if _in(root, r.get("plot_verbs", ())) and any(c.dep_ == "nsubj" and _in(c, fiction) for c in root.children):
        return True  # "The film follows a nurse who ..."
    head = hit.head
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and any(  # "The siege was later the subject of a 2011 film"
            a.dep_ == "attr" and _in(a, r.get("work_topics", ())) and any(
                g.dep_ == "pobj" and any(_in(t, fiction) for t in g.subtree)
                for p in a.children if p.lower_ == "of" for g in p.children)
            for a in head.head.children):
        return True
    for v in (a for a in hit.head.ancestors if _in(a, r.get("dramatising_verbs", ()))):  # "whose 2001 kidnapping of
        if any(g.dep_ == "pobj" and _in(g, fiction) for p in v.children if p.lower_ in ("in", "into")  # tourists was
               for g in p.children):  # dramatised in the film 'Captive'"
            return True
    if any(a.dep_ == "pobj" and a.head.lower_ in ("about", "on") and _in(a.head.head, fiction) and a.head.head.lower_ != "story"
           for a in (hit.head, *hit.head.ancestors)):
        return True  # "touring a play about a lorry driver kidnapped on the road", "a documentary on the siege"
    if any(a.dep_ == "relcl" and _in(a.head, fiction) for a in (hit.head, *hit.head.ancestors)):
        return True  # "a play in which a canoe is raked by gunfire", "an exhibition whose pictures show ..."
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and _in(g, scenes) for g in c.children)
               for c in root.children)  # "In its most discussed scene, tanks roll into the square"


def _barrage(hit: TriggerHit, r: dict) -> bool:
    """ "bombarded with calls", "strike their own bargains" (the verb's figurative object)."""
    head = hit.head
    if head.pos_ != "VERB":
        return False
    objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if objs and _in(head, r.get("barrage_verbs", ())) and not any(_in(o, r.get("barrage_weapons", ())) for o in objs):
        return True  # "bombarded with pressure", "bombarding lawmakers with briefings": no weapon, words
    objs += [c for c in head.children if c.dep_ == "dobj"]
    return bool(objs) and all(_in(o, r.get("barrage_objects", ())) for o in objs)


def _nonviolent_cause(hit: TriggerHit, r: dict) -> bool:
    """ "hunger was killing an infant every three hours": a death with no one acting."""
    verb = hit.head
    return (verb.pos_ == "VERB" and _in(verb, r.get("harm_verbs", ()))
            and any(c.dep_ == "nsubj" and _in(c, r.get("nonviolent_causes", ())) for c in verb.children))


def _harmless_retold(hit: TriggerHit) -> bool:
    """ "No Turkish soldiers were hurt in Tuesday's bombardment": the event is the story's, told
    before (its date's possessive or "the"); the sentence tells only that no one was hurt."""
    node = hit.head
    if node.pos_ != "NOUN" or node.dep_ != "pobj" or node.head.lower_ not in ("in", "during", "by"):
        return False
    verb = node.head.head
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)
    known = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")) for c in node.children)
    return negated and known


def frames_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("statistic compared", lambda: _compared(hit, r) or _only_more(hit, r)), ("characterisation", lambda: _characterised(hit, r)),
              ("a parallel", lambda: _parallel_case(hit, r)), ("never before", lambda: _never_before(hit)),
              ("condition endured", lambda: _endured(hit, r)), ("fiction", lambda: _fiction(hit, r)),
              ("barrage of words", lambda: _barrage(hit, r)), ("non-violent cause", lambda: _nonviolent_cause(hit, r)),
              ("no harm in an event told before", lambda: _harmless_retold(hit)))
    return next((name for name, check in checks if check()), None) or senses_reason(hit, lex, r)


# --- hypothetical --------------------------------------------------------------------------------
def _habit_above(hit: TriggerHit, r: dict) -> str | None:
    """A habit adverb on a present verb or a participle above the event word ("targeted killings
    usually come from drones", "typically coming a day after a bomb")."""
    words = set(r.get("any_tense_habit_adverbs", ()))
    node = hit.head
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        present = node.tag_ in ("VBP", "VBZ") or (node.tag_ == "VBG" and node.dep_ in ("advcl", "acl"))
        cue = next((c.text for c in node.children if c.dep_ == "advmod" and c.lower_ in words), None)
        if present and cue:
            return cue
    return None


def _any_tense_habit(hit: TriggerHit, r: dict) -> str | None:
    verb = verb_of(hit.head)
    misread = verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)  # ("armed youth routinely raid" read as a noun)
    if (verb.pos_ != "VERB" and not misread) or _counted(verb):
        return None
    words = r.get("any_tense_habit_adverbs", ())
    return next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in words), None)


def _routine(hit: TriggerHit, r: dict) -> str | None:
    """ "Raids of this sort have become part of life": the event noun is a routine."""
    node = hit.head
    if node.dep_ != "nsubj" or node.pos_ != "NOUN":
        return None
    for attr in (c for c in node.head.children if c.dep_ in ("attr", "acomp", "oprd")):
        text = " ".join(t.lower_ for t in attr.subtree)
        if any(text.startswith(w) for w in r.get("routine_attributes", ())):
            return attr.text
    return None


def _recurrence(hit: TriggerHit, r: dict) -> str | None:
    """ "after each shift of the front", "with every advance": the act recurs (read on the words,
    the parser often takes "after each shift" for a clause of its own)."""
    sent = hit.head.sent
    verb = verb_of(hit.head)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if _counted(verb):
        return None  # "... after each rebel advance on Tuesday and Wednesday, killing six": told events
    for tok in sent[:-1]:
        if tok.lower_ in r.get("recurrence_preps", ()) and tok.nbor(1).lower_ in ("each", "every"):
            return f"{tok.text} {tok.nbor(1).text}"
    return None


def _generic_places(hit: TriggerHit, r: dict) -> str | None:
    """ "Places previously considered safe are now coming under fire": bare plural places in the
    present progressive (the parser may hang the subject on a verb above)."""
    verb = verb_of(hit.head)
    if not any(c.dep_ == "aux" and c.lower_ in ("are", "is") for c in verb.children) or verb.tag_ != "VBG":
        return None
    for node in _clause_verbs(hit.head):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            s = subjects[0]
            generic = s.tag_ == "NNS" and _lemma(s) in r.get("generic_place_nouns", ()) and not any(
                c.dep_ in ("det", "nummod", "poss", "prep", "compound") for c in s.children) and not _counted(verb)
            return s.text if generic else None
    return None


def frames_modality(hit: TriggerHit, lex: CodingLexicon, r: dict) -> Modality | None:
    cue = (_habit_above(hit, r) or _any_tense_habit(hit, r) or _routine(hit, r) or _recurrence(hit, r)
           or _generic_places(hit, r) or senses_modality(hit, lex, r))
    return Modality("hypothetical", cue) if cue else None
