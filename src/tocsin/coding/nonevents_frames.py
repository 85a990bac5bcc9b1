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
  tells it first and stays).

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
    """ "described the budget as an ambush", "likened it to a massacre"."""
    node = hit.head
    if any(a.dep_ == "pcomp" and a.head.lower_ == "as" and _in(a.head.head, r.get("characterising_verbs", ()))
           for a in node.ancestors):
        return True  # "the sanctions list describes him as having planned and taken part in attacks": a profile
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


def _parallel_case(hit: TriggerHit, r: dict) -> bool:
    """Another time or place brought in as a parallel: "compare the week's setbacks to 2020 in
    Mozambique, when insurgents overran the port", "like to cite Peru, where ..., and Sri Lanka's
    final offensive in 2009", "fear a repeat of 2007, when the army besieged the camp", "similar
    dynamics were seen in 2021 in Michoacan, where fighting emptied villages", "offers an uneasy
    parallel: in 2017 a man was shot dead", "far below that of late 2020, when 90,000 fled"
    (nonevents.yaml `parallel_cues`, `parallel_comparatives`; the act compared itself stays an
    event: "compared Monday's bombing to ...")."""
    sent = hit.head.sent
    if _likeness(hit, sent, r):
        return True
    cue = next((t for t in sent if t.i < hit.head.i and (_in(t, r.get("parallel_cues", ())) or _that_of(t, r))), None)
    if cue is None:
        return False
    if any(t.text == ":" and cue.i < t.i < hit.head.i for t in sent) and cue.pos_ == "NOUN":
        return True  # "reached for a foreign parallel: the assault on the Capitol"
    if cue.dep_ in ("nsubj", "nsubjpass") and _that_of(cue, r) and cue.head.i in {a.i for a in (hit.head, *hit.head.ancestors)}:
        return True  # "exceeds that seen in 2016, when fighting drove ...", parsed with "that" as the subject of "drove"
    if any(cue.lower_.startswith(v) for v in r.get("parallel_object_verbs", ())) and cue.i < hit.head.i:
        # "resembles that seen after the Turbi massacre", even with "resembles" parsed as a noun (a verb's
        # object only: "gunfire echoed through the city as troops moved in" compares nothing)
        held = [c for c in cue.children if c.dep_ == "dobj"] if cue.pos_ in ("VERB", "AUX") else [cue]
        if {c.i for c in held} & {a.i for a in (hit.head, *hit.head.ancestors)}:
            return True
    anchor = cue.head if cue.dep_ == "amod" or (cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "attr")) else cue
    # ("Similar dynamics were seen ...", "aid workers draw parallels with the camps around Goma")
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor is not cue:
        anchor = anchor.head
    for a in (hit.head, *hit.head.ancestors):
        if a.i == anchor.i:
            break
        if a.dep_ in ("relcl", "advcl") and any(c.dep_ in ("advmod", "nsubj", "nsubjpass") and c.lower_ in ("where", "when", "which")
                                                for c in a.children) and anchor in a.ancestors:
            return True  # the parallel's own "where" / "when" / "which" clause
        if a.dep_ == "pobj" and a.head.lower_ in ("to", "with") and anchor in a.ancestors:
            return True  # "compare X to [Y]", "compare the scale with [the clashes of the 1990s]"
        if a.head.i == cue.i and a.dep_ in ("dobj", "conj", "appos") and cue.pos_ == "VERB" and cue.lemma_.lower() == "cite":
            return True  # "cite [Peru ... and Sri Lanka's final offensive]"
        if a.head.i == cue.i and a.dep_ == "dobj" and _in(cue, r.get("parallel_object_verbs", ())):
            return True  # "resembles [the cycles of violence seen in Kereneik]"
    return False


_CONTRASTS = frozenset({"although", "though", "while", "whereas"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _likeness(hit: TriggerHit, sent, r: dict) -> bool:
    """More shapes of a parallel (nonevents.yaml `parallel_object_verbs`, `likeness_verbs`,
    `likeness_subjects`, `parallel_cues`):
    - "the market attack resembles the rampage at Kunming in March, which ...": all that follows the
      object of "resembles" (the parser may hang the "which" clause on "March"), and the definite
      case at hand before it, told already;
    - "the scenes recall Odi, which soldiers razed in 1999": a scene, not a person, recalls;
    - "see a parallel in the 2018 clashes"; "similar attacks were seen in Sao Paulo in 2006";
    - "likened the spree to the 2010 massacre, although the victims then were abducted travellers":
      the contrast goes on with the other case."""
    head = hit.head
    for verb in (t for t in sent if t.pos_ in ("VERB", "AUX") and (_in(t, r.get("parallel_object_verbs", ())) or (
            _in(t, r.get("likeness_verbs", ())) and (any(c.dep_ == "nsubj" and _in(c, r.get("likeness_subjects", ()))
                                                         for c in t.children) or (  # ("the footage recalled ...", parsed
                t.dep_ == "acl" and t.tag_ == "VBD" and _in(t.head, r.get("likeness_subjects", ()))))))):  # as a modifier)
        # (the object misparsed as a second subject after the verb: "the images recall Zaki Biam, which ...")
        objs = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ in ("nsubj", "attr", "npadvmod") and c.i > verb.i)]
        # (and a time parsed as an adverb: "the visit recalled November 2018, when ...")
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if objs and head.i >= objs[0].i and verb in head.ancestors:
            return True
        if objs and head.i > objs[0].i and _relative_between(sent.doc, objs[0].i, head.i):
            return True  # (the parallel's own clause hung elsewhere by the parser: "recalls November 1999, when the army expelled")
        if subj is not None and head.i == subj.i and _definite(subj):
            return True
    for verb in (t for t in sent if t.pos_ == "VERB" and _in(t, r.get("memory_verbs", ()))):
        memory = next((c for c in verb.children if c.dep_ == "dobj" and _in(c, r.get("memory_nouns", ()))), None)
        if memory is not None and head.dep_ == "nsubj" and head.head.i == verb.i and _definite(head):
            return True  # "the attacks revive memories of June 2014, when ...": the case at hand, told already
        if memory is not None and head.i > memory.i and (memory in head.ancestors or any(
                a.dep_ == "advcl" and a.head.i == verb.i for a in (head, *head.ancestors))
                or _relative_between(sent.doc, memory.i, head.i)):  # (however the parser hangs "one man killed")
            return True  # ... and the case remembered, a parallel ("memories of July 2013, when rebels ambushed ...")
    if head.dep_ == "nsubj" and _definite(head) and any(
            c.dep_ == "attr" and _in(c, r.get("reminder_nouns", ())) and any(p.dep_ == "prep" and p.lower_ == "of"
                                                                          for p in c.children)
            for c in head.head.children):
        return True  # "the clashes are a reminder of July 2013, when ...": the case at hand, told already
    for noun in (t for t in sent if t.pos_ == "NOUN" and t.i < head.i and _in(t, r.get("reminder_nouns", ()))):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and (of in head.ancestors or _relative_between(sent.doc, of.i, head.i)):
            return True  # "the scenes are a reminder of the 'Marzo paraguayo' of 1999, when demonstrators were shot dead"
    if head.dep_ == "nsubjpass" and _in(head.head, r.get("comparing_verbs", ())) and _definite(head):
        return True  # "The Reasi attack is being compared with ..."
    for a in (head, *head.ancestors):
        if (a.dep_ == "pobj" and a.head.lower_ == "in" and a.head.head.pos_ == "NOUN"
                and _in(a.head.head, r.get("parallel_cues", ())) and a.head.head.dep_ == "dobj"):
            return True  # "see a parallel in [...]", "find a precedent in [...]"
        if (a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in a.children)
                and _in(a.head, r.get("parallel_cues", ()))):
            return True
    similar = [c for c in head.children if c.dep_ == "amod" and c.lemma_.lower() == "similar"]
    return bool(similar) and head.dep_ == "nsubjpass" and head.head.lemma_.lower() in ("see", "witness")


def _relative_between(doc, start: int, end: int) -> bool:
    """A "when", "where" or "which" between the two tokens: the other case's own clause, however hung."""
    return any(t.lower_ in ("when", "where", "which") for t in doc[start:end])


def _definite(tok: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in tok.children)  # ("Sunday's carnage")


def _that_of(tok: Token, r: dict) -> bool:
    """ "far below that of late 2020", "exceeds that seen in 2016": a measure set against another
    time's."""
    words = r.get("parallel_comparatives", ())
    heads = (tok.head, tok.head.head)  # (the parser may hang "that" on the compared clause's verb)
    return (tok.lower_ in ("that", "those") and any(h.lower_ in words or h.lemma_.lower() in words for h in heads)
            and any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "acl" for c in tok.children))


def frames_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("statistic compared", lambda: _compared(hit, r) or _only_more(hit, r)), ("characterisation", lambda: _characterised(hit, r)),
              ("a parallel", lambda: _parallel_case(hit, r)),
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
