"""Event words that report no event, fifth round of real-news reading: statements that carry
event words without telling an event (NGO press releases, court reports, ceasefire talks,
ministers' statements, anniversaries, election-risk pieces).

Called from ``nonevents.drop_reason`` and ``nonevents.nonevent_modality``; rules as data in
``data/lexicons/en/nonevents.yaml`` (keys ``norm_predicates``, ``cause_nouns``,
``fight_verbs``, ``commemoration_words``, ``warning_verbs``, ``likelihood_words``,
``vague_quantifiers``, ``occasion_nouns``, ``condition_nouns``, ``causative_verbs``,
``war_span_patterns``, ``past_occasion_modifiers``, ``carry_verbs``, ``awaiting_marks``,
``hindrance_verbs``); tests in
``tests/coding/test_nonevents_statements.py``.

Dropped (no event):
- a **norm** about a kind of event: "attacks on aid workers are violations of international
  law", "strikes on hospitals are war crimes" (a bare plural event noun as the subject of
  "be" with a norm predicate; "the attack on Monday was a war crime" is told and stays);
- a **cause fought for**: "says it is fighting for independence" (a fight whose only aim is a
  cause: ``cause_nouns``; "fought for control of the town" stays);
- a **commemoration** of a site: "residents laid flowers at the spot where the buses were
  attacked", "the anniversary of the genocide, in which 800,000 people were killed" (an
  undated relative clause on a place, time or event a commemoration is about:
  ``commemoration_words``; "mourners laid flowers at the school where gunmen killed nine
  pupils on Friday" carries its own date and stays);
- a **standing threat**: "the group has threatened to attack foreign-funded projects" (a
  threat in the present perfect with no date in its sentence; "on Monday the rebels
  threatened to ..." stays);
- a **warning of a risk** from a third party: "the UN envoy warned that the militants are
  likely to exploit the chaos" (``warning_verbs``: the warned-of act belongs to someone other
  than the speaker and is hedged, ``likelihood_words``; "the army warned that it would storm
  the town" is a threat and stays).

Hypothetical:
- a **shared habit**: "they often steal cattle and burn granaries" (a verb coordinated with a
  present-tense verb that carries a habit adverb shares its subject and its habit).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .modality import Modality
from .nonevents_claims import PRESENT, _in, _lemma
from .nonevents_habits import verb_of
from .triggers import TriggerHit

SPEAKER_PRONOUNS = ("it", "they", "we", "i", "he", "she")
GENERIC_DETERMINERS = ("any", "every", "such", "all", "no")  # "any attack on a hospital is a war crime"


def _dated(tokens) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in tokens)


def _norm(hit: TriggerHit, r: dict) -> bool:
    """ "Attacks on civilians are serious violations of international humanitarian law"."""
    head = hit.head
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or _lemma(head.head) != "be":
        return False
    dets = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
    if any(c.lower_ not in GENERIC_DETERMINERS for c in dets) or (head.tag_ != "NNS" and not dets):
        return False  # "the attacks", "Monday's strikes", "two attacks", "an attack": told events
    if _dated(head.subtree) or any(c.dep_ in ("relcl", "acl") for c in head.children):
        return False
    preds = [c for c in head.head.children if c.dep_ in ("attr", "acomp")]
    return any(_in(p, r.get("norm_predicates", ())) or any(
        _in(m, r.get("norm_predicates", ())) for m in p.children if m.dep_ in ("compound", "amod")) for p in preds)


def _cause_fought(hit: TriggerHit, r: dict) -> bool:
    """ "says it is fighting for independence": a cause, no clash."""
    head = hit.head
    if head.pos_ != "VERB" or not _in(head, r.get("fight_verbs", ())):
        return False
    if any(c.dep_ in ("dobj", "agent") for c in head.children):
        return False
    aims = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    others = [c for c in head.children if c.dep_ == "prep" and c.lower_ != "for"]
    return bool(aims) and not others and all(_in(a, r.get("cause_nouns", ())) for a in aims) and not _dated(head.subtree)


def _marker(words):
    def marks(tok: Token) -> bool:  # "laid flowers", "placed candles", "a vigil", "prayed"
        objs = [c for c in tok.children if c.dep_ == "dobj"] + [
            g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "stood for a minute of silence"
        return _in(tok, words) or (tok.pos_ == "VERB" and any(_in(o, words) for o in objs))
    return marks


def _commemorated_victims(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "Lawmakers observed a minute of silence for the victims of the attack": the victims of an
    event told elsewhere, remembered."""
    head = hit.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("of", "from"):
        return False
    toll = head.head.head
    if _lemma(toll) not in lex.toll_nouns or _dated(head.subtree) or any(t.like_num for t in head.subtree):
        return False
    marks, node = _marker(r.get("commemoration_words", ())), toll
    for _ in range(4):
        if node.head.i == node.i:
            return marks(node)
        node = node.head
        if marks(node):
            return True
    return False


def _remembered_dead(hit: TriggerHit, r: dict) -> bool:
    """ "a day of mourning was observed in memory of the soldiers killed in the park": the dead of
    an event told elsewhere, named by a participle under a remembrance (`remembrance_heads`)."""
    head = hit.head
    victims = head.head
    if head.dep_ != "acl" or head.tag_ != "VBN" or victims.dep_ != "pobj" or _dated(head.subtree):
        return False
    prep = victims.head
    return prep.lower_ in ("of", "for", "to") and _in(prep.head, r.get("remembrance_heads", ()))


def _victim_category(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """ "treating victims of sexual violence", "survivors of torture": a kind of person, no event
    ("victims of Monday's attack", "survivors of an attack on the bus" name one)."""
    head = hit.head
    return (head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of"
            and _lemma(head.head.head) in lex.toll_nouns and head.head.head.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
            and not _dated(head.subtree) and not any(t.like_num for t in head.subtree))


def _hindrance(hit: TriggerHit, r: dict) -> bool:
    """ "access remains restricted by fighting": a bare event noun as what hampers a state."""
    head = hit.head
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    obj = head.head if head.dep_ == "conj" else head  # "by insecurity and fighting"
    if obj.dep_ != "pobj":
        return False
    node = obj.head
    verb = node.head if node.dep_ in ("agent", "prep") and node.lower_ == "by" else None
    return (verb is not None and _in(verb, r.get("hindrance_verbs", ())) and not _dated(head.sent)
            and not any(t.like_num for t in head.sent))


def _war_span_toll(hit: TriggerHit, r: dict) -> bool:
    """ "Since the start of the war, 300 aid workers have been killed", "606 aircraft have been
    destroyed since the beginning of the special military operation": a war's toll, no one event."""
    head = hit.head
    if head.pos_ != "VERB" or not _in(head, r.get("war_toll_verbs", ())) or any(
            c.dep_ in ("nsubj", "agent") for c in head.children):
        return False
    return any(re.search(p, head.sent.text, re.IGNORECASE) for p in r.get("war_span_patterns", ()))


def _commemorated_site(hit: TriggerHit, r: dict) -> bool:
    """ "laid flowers at the spot where the buses were attacked": the site of an event told as
    what a commemoration is about, not a new telling."""
    head = hit.head
    clause = head
    for _ in range(3):  # the trigger or the clause it hangs in
        if clause.dep_ in ("relcl", "advcl"):
            break
        if clause.head.i == clause.i or clause.dep_ not in ("conj", "xcomp", "nsubjpass", "nsubj", "dobj"):
            return False
        clause = clause.head
    else:
        return False
    words = r.get("commemoration_words", ())
    marks = _marker(words)
    if clause.dep_ == "advcl" and any(c.lower_ == "where" for c in clause.children) and not _dated(clause.subtree):
        return any(c.dep_ == "nsubj" and _in(c, words) for c in clause.head.children)  # "a monument stands where ..."
    if clause.dep_ != "relcl" or _dated(clause.subtree):
        return False  # ("the school where gunmen killed nine pupils on Friday" is told here)

    node = clause.head  # the spot, the day, the bridge
    for _ in range(4):
        if node.head.i == node.i:
            return marks(node)
        if node.dep_ not in ("pobj", "prep", "dobj", "compound", "appos", "nsubj", "attr"):
            return marks(node) or marks(node.head)
        node = node.head
        if marks(node):
            return True
    return False


def _standing_threat(hit: TriggerHit, r: dict) -> bool:
    """ "The group has threatened to attack foreign-funded projects": a stance, not news."""
    head = hit.head
    if hit.trigger.family != "threaten" or head.pos_ != "VERB" or head.tag_ != "VBN":
        return False
    perfect = any(c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in PRESENT for c in head.children)
    return perfect and not _dated(head.sent) and not any(t.like_num for t in head.sent)


def _warned_risk(hit: TriggerHit, r: dict) -> bool:
    """ "The UN envoy warned that the militants are likely to exploit the chaos": a warning about
    what someone else may do is no threat (PLOVER THREATEN is the speaker's own coercion)."""
    head = hit.head
    if hit.trigger.family != "threaten" or head.pos_ != "VERB" or not _in(head, r.get("warning_verbs", ())):
        return False
    speakers = {_lemma(c) for c in head.children if c.dep_ == "nsubj"}
    likely = r.get("likelihood_words", ())
    for content in (c for c in head.children if c.dep_ in ("ccomp", "parataxis")):
        subj = [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subj or any(s.lower_ in SPEAKER_PRONOUNS or _lemma(s) in speakers or s.ent_type_ in ("GPE", "NORP")
                           for s in subj):
            return False  # "warned that it would storm the town", "warned that Ankara could act": the speaker's side
        hedges = [c for c in content.children if (c.dep_ == "aux" and _in(c, likely)) or (
            c.dep_ in ("acomp", "attr") and _in(c, likely))]
        if hedges or _in(content, likely):
            return True
    return False


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in PRESENT for c in verb.children)


def _scattered(verbs: list[Token], r: dict) -> bool:
    """ "in several districts", "across many villages": a plural place with a vague quantifier."""
    many = r.get("vague_quantifiers", ())
    return any(p.dep_ == "prep" and p.lower_ in ("in", "across", "throughout", "at") and g.dep_ == "pobj"
               and g.tag_ == "NNS" and any(_in(m, many) for m in g.children if m.dep_ in ("amod", "det"))
               for v in verbs for p in v.children for g in p.children)


def _passive_record(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "Candidates have been attacked and intimidated in several districts": a record over
    unnamed people and places in the present perfect, no date, no figure."""
    head = hit.head
    if not lex.families[hit.trigger.family].violent or head.pos_ != "VERB" or head.tag_ != "VBN":
        return False
    frame = head.head if head.dep_ == "conj" and not _present_perfect(head) else head
    subj = [c for c in frame.children if c.dep_ == "nsubjpass"]
    if not _present_perfect(frame) or not subj or any(
            s.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in s.children) for s in subj):
        return False
    return (_scattered([frame, *frame.conjuncts], r) and not _dated(head.sent)
            and not any(t.like_num for t in head.sent))


def _condition_as_cause(hit: TriggerHit, r: dict) -> bool:
    """ "The violence has forced our teams to suspend activities": a standing condition named as
    the cause of what the sentence tells (no date or figure of its own)."""
    head = hit.head
    if head.pos_ != "NOUN" or not _in(head, r.get("condition_nouns", ())) or head.dep_ != "nsubj":
        return False
    verb = head.head
    return (_in(verb, r.get("causative_verbs", ())) and any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children)
            and not _dated(head.sent) and not any(t.like_num for t in head.subtree))


def _carried(hit: TriggerHit, r: dict) -> bool:
    """ "The wounded were taken to hospital in Kaya": taken somewhere, not taken over."""
    head = hit.head
    return (hit.trigger.family == "territory" and head.pos_ == "VERB" and _in(head, r.get("carry_verbs", ()))
            and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in head.children)
            and not any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in ("GPE", "LOC", "FAC") for c in head.children))


def _described(hit: TriggerHit, r: dict) -> bool:
    """A participle describing a thing already known: "under the withdrawal timetable agreed with the
    authorities" (an undated agreement of a definite noun), "the Battle of Kursk in July and August
    1943, fought over the same farmland" (a named battle of history): a description, no event told.
    (The parser hangs such participles anywhere: the words before them decide.)"""
    head = hit.head
    if head.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        return False
    sent = head.sent
    before = [t for t in sent[max(0, head.i - sent.start - 12):head.i - sent.start]]
    named = [t for t in before if t.lower_ in r.get("named_event_heads", ()) and t.is_title and t.i + 1 < head.i
             and head.doc[t.i + 1].lower_ == "of"]
    if named and not any(t.pos_ in ("VERB", "AUX") and t.i > named[-1].i for t in before):
        return True
    prev = head.doc[head.i - 1] if head.i > sent.start else None
    return (hit.trigger.family == "agreement" and prev is not None and prev.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in prev.children)
            and not any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in head.subtree))


def _foiled_plan(hit: TriggerHit, r: dict) -> bool:
    """ "it had foiled a plan by the BLA to attack the celebrations": a plan said to be stopped, with
    nothing seized, defused or intercepted in the words (those are events of their own)."""
    head = hit.head
    return (head.pos_ == "VERB" and _in(head, r.get("stopping_verbs", ())) and any(
        c.dep_ in ("dobj", "nsubjpass") and _in(c, r.get("plan_nouns", ())) for c in head.children))


def statements_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("norm", lambda: _norm(hit, r)), ("cause", lambda: _cause_fought(hit, r)),
              ("condition as cause", lambda: _condition_as_cause(hit, r)),
              ("commemorated victims", lambda: _commemorated_victims(hit, lex, r)),
              ("remembered dead", lambda: _remembered_dead(hit, r)),
              ("war-long toll", lambda: _war_span_toll(hit, r)), ("carried", lambda: _carried(hit, r)),
              ("victim category", lambda: _victim_category(hit, lex)), ("hindrance", lambda: _hindrance(hit, r)),
              ("record over places", lambda: _passive_record(hit, lex, r)),
              ("commemorated site", lambda: _commemorated_site(hit, r)),
              ("standing threat", lambda: _standing_threat(hit, r)), ("warning of a risk", lambda: _warned_risk(hit, r)),
              ("foiled plan", lambda: _foiled_plan(hit, r)), ("description", lambda: _described(hit, r)))
    return next((name for name, check in checks if check()), None)


def _shared_habit(head: Token, lex: CodingLexicon) -> str | None:
    """ "they often steal cattle and burn granaries": the second verb shares the first's habit."""
    verb = head
    habit = set(lex.modality.get("habitual_adverbs", ()))
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return None
        verb = verb.head
        if verb.tag_ in PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            cue = next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in habit and c.lower_ != "only"),
                       None)
            if cue:
                return cue
            # "aid workers continue to be attacked, abducted and killed": the list shares "continue to be"
            if (_in(verb, ("continue", "keep")) and not _dated(head.subtree) and any(
                    c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children) for c in verb.children)):
                return verb.text
    return None


def _on_occasions(hit: TriggerHit, r: dict) -> str | None:
    """ "Aid convoys have come under fire on several occasions": a repeated happening, undated."""
    verb = verb_of(hit.head)
    if not _present_perfect(verb) or _dated(verb.sent):
        return None
    many = r.get("vague_quantifiers", ())
    for g in (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children):
        if _in(g, r.get("occasion_nouns", ())) and any(_in(m, many) for m in g.children if m.dep_ in ("amod", "det")):
            return f"on {' '.join(t.text for t in g.subtree)}"
    return None


def _past_occasions(hit: TriggerHit, r: dict) -> str | None:
    """ "Previous elections were marred by violence", "gangs attacked voters in past elections": what
    happened on unnamed past occasions, no one event."""
    verb = verb_of(hit.head)
    if _dated(verb.sent):
        return None
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "at", "before", "after")
        for g in p.children if g.dep_ == "pobj"]
    for n in nouns:
        mod = next((m for m in n.children if m.dep_ == "amod" and _in(m, r.get("past_occasion_modifiers", ()))), None)
        if n.tag_ == "NNS" and mod is not None:
            return f"{mod.text} {n.text}"
    return None


def _awaited(hit: TriggerHit, r: dict) -> str | None:
    """ "no ceasefire until the rebels surrender", "once the rains end": a present tense after
    "until" or "once" tells what has not happened yet ("fought until the rebels surrendered"
    is past and stays)."""
    verb = verb_of(hit.head)
    if verb.dep_ != "advcl" or verb.tag_ not in (*PRESENT, "VB") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and _in(c, r.get("awaiting_marks", ()))), None)
    return f"{mark.text} (present)" if mark is not None else None


def statements_modality(hit: TriggerHit, lex: CodingLexicon, r: dict) -> Modality | None:
    awaited = _awaited(hit, r)
    if awaited:
        return Modality("future", awaited)
    cue = ((_shared_habit(hit.head, lex) if hit.head.pos_ == "VERB" else None) or _on_occasions(hit, r)
           or _past_occasions(hit, r))
    return Modality("hypothetical", cue) if cue else None
