"""Violence words that tell no political violence: an explosion or fire called an accident,
ordinary crime, a weapons test.  Called from ``events.code_sentence`` after the accident veto;
rules as data in ``data/lexicons/en/nonevents.yaml`` (keys ``accident_words``, ``crime_words``,
``crime_families``, ``weapon_test_words``); tests in ``tests/coding/test_nonevents_civil.py``.

- **an accident said so**: "an ammunition depot blew up in an accidental fire", "the shell went
  off accidentally while being moved" (the weapon named does not make it an attack, unlike the
  weaker accident cues of ``triggers.yaml`` `accident_cues`, which need no weapon in the sentence);
- **ordinary crime**: "robbers shot dead a shopkeeper", "stabbed his wife during an argument",
  "arrested a teenager suspected of stealing a car" (no armed group, no political target);
- **a weapons test**: "test-fired a ballistic missile into the sea".

None applies to a trigger that says the violence was meant ("came under fire"); the crime
rule does not apply when the sentence names a non-state armed actor ("bandits stole cattle and
killed three herders" is political violence in the north-west of Nigeria; police and soldiers
may arrest or shoot a robber).
"""
from __future__ import annotations

from spacy.tokens import Span

from .lexicon import CodingLexicon
from .refine import doers as refine_doers
from .triggers import QUANTITY_NOUNS, TriggerHit, _subjects, is_person_like

NON_STATE_ARMED = {"rebel_group", "political_militia", "identity_militia", "external"}


def sentence_has(sent: Span | list, words) -> bool:
    """A word of `words` in the sentence (or list of its tokens), by lemma or by form, or one of its
    phrases ("land dispute")."""
    if any(t.lemma_.lower() in words or t.lower_ in words for t in sent):
        return True
    low = f" {' '.join(t.lower_ for t in sent)} "
    return any(" " in w and f" {w} " in low for w in words)


def _tested(hit: TriggerHit, words) -> bool:
    """ "test-fired a missile", "test launches of rockets": the trigger (or its verb) is a test."""
    heads = {hit.head.i, hit.head.head.i}
    return any(t.lower_ in words and t.head.i in heads for t in hit.head.sent)


def civil_veto(sent: Span, hits: list[TriggerHit], lex: CodingLexicon, r: dict, kinds: set) -> list[TriggerHit]:
    """`hits` without the violent (and arrest) events of an accident, a crime or a test (`kinds`:
    the kinds of the sentence's actors)."""
    crime_families = set(r.get("crime_families", ()))
    violent = [h for h in hits if lex.families[h.trigger.family].violent]
    crime = violent + [h for h in hits if h.trigger.family in crime_families]
    if not crime:
        return hits
    if sentence_has(sent, set(r.get("accident_words", ()))):
        drop = {id(h) for h in violent}
    elif not kinds & NON_STATE_ARMED and _crime_told(sent, set(r.get("crime_words", ())), crime,
                                                     _mob_suspicions(crime, r, lex)) and not sentence_has(
            sent, set(r.get("unrest_offences", ()))):
        drop = {id(h) for h in crime}
    else:
        tests = set(r.get("weapon_test_words", ()))
        drop = {id(h) for h in violent if _tested(h, tests)}
    return [h for h in hits if id(h) not in drop]


def _crime_told(sent: Span, words, hits: list[TriggerHit], skip: set[int] = frozenset()) -> bool:
    """A crime word of the sentence outside a relative clause that describes something else
    ("..., a killing that has sharpened the quarrel between the military and peasant groups": the
    quarrel is no cause of the killing) and outside `skip` (a mob's victim's suspected crime)."""
    heads = {h.head.i for h in hits}
    kept = [t for t in sent if t.i not in skip and not any(
        a.dep_ == "relcl" and not any(a.is_ancestor(sent.doc[i]) or a.i == i for i in heads) for a in (t, *t.ancestors))]
    return sentence_has(kept, words)


def _mob_suspicions(hits: list[TriggerHit], r: dict, lex: CodingLexicon) -> set[int]:
    """The tokens of "suspected of stealing" phrases when a crowd is the subject of a violent verb,
    or its agent ("a man accused of stealing a motorcycle was beaten to death by a crowd"), or the
    act is one only a crowd does (assembly.yaml `mob_lemmas`: "two suspected thieves were lynched")."""
    mobs, suspicion = set(r.get("mob_nouns", ())), set(r.get("suspicion_words", ()))
    verbs = [v for h in hits for v in (h.head, *h.head.conjuncts)]
    doers = refine_doers(verbs)
    if not any(s.lemma_.lower() in mobs for s in doers) and not any(  # "were lynched": a crowd's act by its word
            t.lemma_.lower() in lex.assembly.get("mob_lemmas", ()) for h in hits for t in h.tokens):
        return set()
    # "accused of stealing a motorcycle" (its clause); "two suspected robbers" (the noun it qualifies)
    out = {t.i for s in verbs[0].sent if s.lemma_.lower() in suspicion and s.dep_ in ("acl", "amod", "pcomp", "advcl")
           for t in (s.head.subtree if s.dep_ == "amod" else s.subtree)}
    if any(s.lemma_.lower() in mobs and (s.tag_ == "NNS" or s.lemma_.lower() in ("crowd", "mob")) for s in doers):
        # "a bus conductor was beaten up by residents of the colony after an argument": a quarrel that
        # sets a crowd on someone is no private crime (nonevents.yaml `crowd_quarrels`)
        out |= {t.i for t in verbs[0].sent if t.lemma_.lower() in r.get("crowd_quarrels", ())}
    return out


def accident(sent: Span, hits: list[TriggerHit], lex: CodingLexicon) -> bool:
    """An accident, not an attack: "killed when a neighbour accidentally hit her", unless the
    trigger is an act no accident does ("two men on a motorcycle shot dead ...": assembly.yaml
    `deliberate_lemmas`)."""
    blockers = lex.assembly.get("blocked_flow_verbs", ()) or ()  # "burned across the road, blocking traffic"
    kept = [t for t in sent if not (t.dep_ == "dobj" and t.head.lemma_.lower() in blockers)]
    return sentence_has(kept, lex.accident_cues) and not deliberate_act(hits, lex)


def crowd_damage(hits: list[TriggerHit], lex: CodingLexicon) -> bool:
    """People in the plural wrecking or burning things ("Outside the ground, fans smashed and set fire
    to vehicles"): no talk of the match, even in a sports report."""
    return any(h.trigger.family == "property" and any(s.tag_ == "NNS" and is_person_like(s, lex) for s in _subjects(h.head))
               for h in hits)


def deliberate_act(hits: list[TriggerHit], lex: CodingLexicon) -> bool:
    """A trigger that names an act no accident does ("shot dead", "stabbed", "abducted"), or a
    killing done by people ("pulled from a motorcycle and killed by a group of men"), or a crowd's act
    ("a crowd set fire to two motorcycles and a car")."""
    crowds = lex.assembly.get("storming_crowds", ())
    violent = [h for h in hits if lex.families[h.trigger.family].violent]
    return any(t.lemma_.lower() in lex.assembly.get("deliberate_lemmas", ()) for h in hits for t in h.tokens) or any(
        is_person_like(g, lex) or g.lemma_.lower() in QUANTITY_NOUNS or g.lemma_.lower() in crowds
        for h in violent for a in h.head.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj") or any(
        s.dep_ == "nsubj" and s.lemma_.lower() in crowds for h in violent for s in h.head.children)  # "a crowd set fire to a car"
