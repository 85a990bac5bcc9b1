"""Event words that report no event (English coder; data: data/lexicons/en/nonevents.yaml).

Found on real news pages (wire copy, UN situation reports, analysis): idioms ("the attack
took place"), "demonstrate" meaning "show", participles that describe a noun ("the UN-backed
government", "men accused of militancy"), forces that are no forces ("mobilising assistance",
"pulled out of talks"), metaphors ("attacked the budget plan"), comments on an event ("the
bombing underlines the fragility of the truce"), kinds of events ("such attacks are rare"),
habits ("clashes often flare up"), an actor's background ("a group that has been fighting the
government for a decade"), a population's state ("the camp hosts 20,000 people who fled"),
allegations of a practice ("accuse the military of razing villages") and events called off or
still to come ("the strike was postponed", "the planned offensive").

`drop_reason` says why a trigger is no event (the coder drops it); `nonevent_modality` gives
the modality of an event that has not happened.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import CodingLexicon, read_lexicon
from .modality import FACTUAL, Modality
from .nonevents_allegations import PRESENT, _allegation_verb, _is_noun, _present
from .nonevents_claims import claims_modality, claims_reason
from .nonevents_practices import generic_modality
from .nonevents_habits import _present_perfect, habit_modality, verb_of
from .nonevents_hedges import hedges_modality, hedges_reason
from .nonevents_frames import frames_modality
from .nonevents_more import frequency_cue, more_reason
from .nonevents_statements import statements_modality, statements_reason
from .nonevents_timeless import timeless_modality
from .triggers import TriggerHit



_ORDERED_PATTERNS = ("background_patterns", "background_main_patterns", "debunk_patterns", "frame_patterns",
                     "exercise_frame_patterns")


@lru_cache(maxsize=1)
def rules() -> dict:
    raw = read_lexicon("nonevents", "en")
    out = {k: (frozenset(v) if isinstance(v, list) and k not in _ORDERED_PATTERNS else v) for k, v in raw.items()}
    for key in _ORDERED_PATTERNS:  # regular expressions, compiled in the file's order (the first match is the cue)
        out[key.removesuffix("_patterns") if key.startswith("background") else key] = tuple(
            re.compile(p, re.IGNORECASE) for p in raw.get(key, ()))
    out["idiom_objects"] = {k: frozenset(v) for k, v in raw.get("idiom_objects", {}).items()}
    return out


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _pobjs(tok: Token, preps) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def _idiom(hit: TriggerHit, r: dict) -> bool:
    objs = r["idiom_objects"].get(_lemma(hit.head))
    return bool(objs) and any(_lemma(o) in objs for o in _objects(hit.head))


def _shows(hit: TriggerHit, r: dict) -> bool:
    head = hit.head
    return (_lemma(head) in r.get("show_sense_verbs", ()) and head.pos_ == "VERB"
            and any(c.dep_ in ("dobj", "ccomp") for c in head.children))


def _descriptor(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """A verbal act's participle or adjective that describes a noun ("UN-backed", "accused of")."""
    head = hit.head
    by_agent = head.dep_ == "advcl" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children)
    if (lex.families[hit.trigger.family].verbal and head.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children)
            and not any(c.dep_ in ("dobj", "auxpass", "aux", "ccomp", "xcomp") for c in head.children)):
        return True  # "anyone recognised as Luo risked ...", parsed as the participle's subject: who is meant, no act
    return (lex.families[hit.trigger.family].verbal and head.tag_ in ("VBN", "JJ")
            and ((head.dep_ in ("amod", "acl") and (_is_noun(head.head) or head.head.pos_ == "PRON")) or by_agent)  # ", supported by artillery"
            # ("anyone recognised as Luo")
            and not any(c.dep_ in ("xcomp", "ccomp", "nsubj", "nsubjpass") for c in head.children))
    # (a participle with a clause or a subject of its own is a misparsed verb: "a message threatened to ...",
    # "attacks that the government blamed on the ADF")


def _no_force(hit: TriggerHit, r: dict) -> bool:
    head, fam = hit.head, hit.trigger.family
    if fam == "mobilize":
        objs = _objects(head) or ([head.head] if head.dep_ in ("amod", "acl") else [])
        armed = set(r.get("force_team_words", ()))  # "a tactical team of the Police Mobile Force": a force
        return any((_lemma(o) in r["non_force_objects"] or o.lower_ in r["non_force_objects"])
                   and not any(t.lower_ in armed for t in o.subtree if t.i != o.i) for o in objs)
    if fam == "retreat":  # "withdrew from the talks", "pulled out of the deal" (read on the surface:
        doc = head.doc     # the small model often parses "out of the ceasefire talks" badly)
        end = hit.tokens[-1].i + 1
        if end < len(doc) and doc[end].lower_ == "of" and hit.tokens[-1].lower_ == "out":
            pass
        elif end + 1 < len(doc) and doc[end].lower_ in ("out", "back") and doc[end + 1].lower_ in ("of", "from"):
            end += 1
        elif not (end < len(doc) and doc[end].lower_ in ("from", "of")):
            return False
        for tok in doc[end + 1:min(end + 6, head.sent.end)]:
            if tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.dep_ != "compound":
                return _lemma(tok) in r["non_place_departures"] or tok.lower_ in r["non_place_departures"]
    return False


def _contender(tok: Token, r: dict) -> bool:
    """An unarmed contender, also when the tagger took a sentence-initial plural for a name
    ("Charterers are now fighting over the few tankers")."""
    words = r["unarmed_contenders"]
    return _lemma(tok) in words or (tok.lower_.endswith("s") and tok.lower_[:-1] in words)


def _metaphor(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    head = hit.head
    if not lex.families[hit.trigger.family].violent:
        return False
    if hit.trigger.rule_id == "tr.violence.under_fire":  # "for his remarks", "for failing to disarm"
        return any(c.dep_ == "prep" and c.lower_ in r.get("criticism_preps", ()) for c in head.children)
    if any(_contender(c, r) and not c.ent_type_ and (
            c.dep_ == "nsubj" if head.pos_ == "VERB" else c.dep_ == "compound" and c.tag_ == "NNS")  # a headline's noun
           for c in head.children):
        return True  # "tech giants battle over cloud gaming"; not "a bank bombing"
    targets = _objects(head) if head.pos_ == "VERB" else _pobjs(head, ("on", "against"))
    return bool(targets) and all(_lemma(t) in r["abstract_targets"] for t in targets)


def _told_here(noun: Token) -> bool:
    """The noun carries its own clause ("the bombing that killed 300 ..."): a first telling."""
    parties = rules()["party_nouns"]
    return any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in noun.children) or any(
        (t.like_num and _lemma(t.head) not in parties) or t.ent_type_ in ("DATE", "TIME")
        for t in noun.subtree)  # "Monday's raid", "the killing of 12" (not "clashes between the two clans")


def _commentary(hit: TriggerHit, r: dict) -> bool:
    head = hit.head
    subj = head.head if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass") else head  # "violations and attacks"
    if not _is_noun(head) or subj.dep_ not in ("nsubj", "nsubjpass") or _told_here(head) or _told_here(subj):
        return False
    verb = subj.head
    if _lemma(verb) in r["commentary_verbs"]:
        return True  # "the bombing underlines ...", "violence has been complicated by ..."
    if subj.dep_ == "nsubjpass":
        return False
    objs = [o for o in _objects(verb) if o.dep_ == "dobj"]
    if _lemma(verb) in r["commentary_object_verbs"] and any(_lemma(o) in r["commentary_objects"] for o in objs):
        return True
    return bool(objs) and all(_lemma(o) in r["abstract_targets"] for o in objs)  # "are damaging the efforts"


def _generic_kind(hit: TriggerHit, r: dict) -> bool:
    head = hit.head
    if not _is_noun(head) or head.dep_ != "nsubj" or _lemma(head.head) not in r["generic_copulas"] or _told_here(head):
        return False
    preds = [c for c in head.head.children if c.dep_ in ("acomp", "attr")]
    return any(_lemma(p) in r["generic_predicates"] or p.lower_ in r["generic_predicates"] for p in preds)


def _habit_noun(hit: TriggerHit, r: dict) -> bool:
    head = hit.head
    return (head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ == "of"
            and _lemma(head.head.head) in r["habit_nouns"])


def _actor_like(noun: Token, lex: CodingLexicon, r: dict) -> bool:
    low = _lemma(noun)
    return (noun.pos_ == "PROPN" or low in lex.person_nouns or low in lex.force_nouns
            or low in r["actor_nouns"] or noun.lower_ in r["actor_nouns"])


def _background(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """An actor's past told in a clause describing it, or a main clause over an undated past."""
    head = hit.head
    node = head
    for _ in range(10):  # up to the clause describing an actor, through clauses describing things
        if node.dep_ == "relcl" and _actor_like(node.head, lex, r):
            break
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "advcl", "dobj", "pobj", "prep", "pcomp",
                                                     "relcl", "nsubj", "nsubjpass", "ccomp"):
            node = None
            break
        node = node.head
    else:
        node = None
    doc = head.doc
    if node is not None and node.dep_ == "relcl" and _actor_like(node.head, lex, r):
        sub = list(node.subtree)
        text = doc[sub[0].i:sub[-1].i + 1].text
        return any(p.search(text) for p in r["background"])
    # a main clause: "over the decades, the group has attacked ...", "... carried out bombings in the past"
    sent = head.sent
    if not any(t.like_num and t.ent_type_ in ("CARDINAL", "QUANTITY", "") for t in head.subtree):
        return any(p.search(sent.text) for p in r["background_main"])
    return False


def _population(hit: TriggerHit, r: dict) -> bool:
    """Displacement as a population's state: "hosts 20,000 people who fled", "home to people
    displaced by war", "those displaced in April are still living in tents", "are displaced"."""
    head = hit.head
    if hit.trigger.family != "displacement" or head.pos_ != "VERB":
        return False
    if any(c.dep_ == "auxpass" and c.tag_ in PRESENT for c in head.children) and not any(
            c.dep_ == "aux" for c in head.children):
        return True  # "many are internally displaced": a state (a habit would need a habit word)
    if head.dep_ not in ("relcl", "acl", "amod"):
        return False
    noun = head.head
    if noun.dep_ == "dobj" and _lemma(noun.head) in r["host_verbs"]:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "home":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "most of the 400,000 who were displaced"
        noun = noun.head.head
    return noun.dep_ == "nsubj" and _lemma(noun.head) in r["state_verbs"] and noun.head.tag_ in (*PRESENT, "VBG")


def _standing_agreement(hit: TriggerHit, r: dict) -> bool:
    """ "ceasefire violations", "as the truce enters its 46th day": no agreement reached."""
    head = hit.head
    if hit.trigger.family != "agreement" or not _is_noun(head):
        return False
    nxt = head.doc[hit.tokens[-1].i + 1] if hit.tokens[-1].i + 1 < len(head.doc) else None
    if nxt is not None and (nxt.lower_ in r["agreement_modified_nouns"] or _lemma(nxt) in r["agreement_modified_nouns"]):
        return True
    return head.dep_ == "nsubj" and _lemma(head.head) in r["agreement_state_verbs"]


def _exercise(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """Training: "a mock assault during the drill", "practised storming a building"."""
    head = hit.head
    if not lex.families[hit.trigger.family].violent:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in r["exercise_modifiers"] for c in head.children):
        return True
    if head.tag_ == "VBG" and head.dep_ in ("xcomp", "dobj") and _lemma(head.head) in r["practice_verbs"]:
        return True
    verbs = [head.head, *(c for c in head.head.children if c.dep_ == "ccomp" and _lemma(c) in ("come", "be"))]
    if head.dep_ == "nsubj" and any(_lemma(n) in r["exercise_nouns"] for v in verbs for n in _source_of(v)):
        return True  # "gunfire heard at dawn came from a live-fire exercise", "the blasts were part of a drill"
    verb = verb_of(head)
    during = _pobjs(verb, ("during", "in")) + [g for t in head.sent if t.lower_ == "during"  # misparses hang it anywhere
                                                for g in t.children if g.dep_ == "pobj"]
    words = r["exercise_nouns"]
    if head.dep_ == "pobj" and head.head.lower_ == "in" and any(
            _lemma(n) in words or n.lower_ in words for n in (head.head.head, *(c for c in head.head.head.children if c.dep_ == "dobj"))):
        return True  # "completed a course in urban combat"
    if verb.dep_ == "relcl" and any(_lemma(t) in words or t.lower_ in words
                                    for t in head.doc[max(verb.head.i - 3, head.sent.start):verb.head.i + 1]):
        return True  # "staged an exercise [off Hodeidah] in which speedboats fired on floating targets"
    return any(_lemma(n) in words or n.lower_ in words or f"{n.nbor(-1).lower_} {n.lower_}" in words for n in during)


def _source_of(verb: Token) -> list[Token]:
    """What a verb says its subject came from or was part of: "came from a drill" (drill), "were
    part of an exercise" (exercise)."""
    attrs = [c for c in verb.children if c.dep_ == "attr"]
    return _pobjs(verb, ("from",)) + attrs + [g for a in attrs for g in _pobjs(a, ("of",))]


def _charge(hit: TriggerHit, r: dict) -> bool:
    """ "the officers accused of killing the protester": a charge describing a person."""
    head = hit.head
    gerund = head.head if head.dep_ == "conj" and head.tag_ == "VBG" else head
    if gerund.dep_ not in ("pcomp", "pobj"):
        return False
    if gerund.head.dep_ == "prep" and gerund.head.head.pos_ == "VERB" and _lemma(gerund.head.head) in r.get("verdict_verbs", ()):
        return True  # "sentenced two officers ... for the killing of a teenager during a raid"
    if gerund.head.lower_ not in ("of", "for", "over"):
        return False
    word = gerund.head.head
    return _lemma(word) in r["charge_words"] and word.dep_ in ("acl", "amod", "acomp", "relcl") and word.tag_ in ("VBN", "JJ")


def _hazard_displacement(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """ "heavy rains flooded the camp and displaced 2,000 families": a disaster, not conflict."""
    if hit.trigger.family != "displacement":
        return False
    node = hit.head
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        subj += [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subj:
            return all(_lemma(a) in lex.hazard_nouns or a.lower_ in lex.hazard_nouns for a in subj)
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _trend(hit: TriggerHit, r: dict) -> bool:
    """ "violence has jumped in recent months", "a rise in attacks": a trend without a toll."""
    head = hit.head
    if not _is_noun(head):
        return False
    node = head.head if head.dep_ == "conj" else head
    if node.dep_ == "nsubj" and _lemma(node.head) in r["trend_verbs"]:
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in ("in", "of") and _lemma(node.head.head) in r["trend_nouns"]:
        verb = verb_of(node.head.head)
    elif head.dep_ == "conj" and _lemma(node) in r["trend_nouns"]:  # "the uptick in violence and attacks"
        verb = verb_of(node)
    else:
        return False
    return not any(_counts(t) for t in verb.subtree)


def _counts(tok: Token) -> bool:
    """A figure or a date: "killing hundreds", "on Monday"."""
    return tok.like_num or tok.tag_ == "CD" or tok.lower_ in ("hundreds", "thousands", "dozens", "scores") or (
        tok.ent_type_ in ("DATE", "TIME") and tok.lower_ not in ("recent", "months", "weeks", "years", "past", "last",
                                                                 "month", "week", "year", "this"))


def _adjectival(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """ "a destroyed vehicle", "damaged buildings": a participle describing a thing."""
    head = hit.head
    return (hit.trigger.family == "property" and head.dep_ == "amod"
            and (head.tag_ in ("VBN", "JJ") or (head.tag_ == "VBD" and head.i < head.head.i))  # (mistagged)
            and _lemma(head.head) not in lex.person_nouns
            and head.head.i not in {t.i for t in hit.tokens})  # ("another round set fire to the roof": "set" read as fire's)


def drop_reason(hit: TriggerHit, lex: CodingLexicon) -> str | None:
    """Why the trigger reports no event, or None when it may."""
    r = rules()
    checks = (("idiom", lambda: _idiom(hit, r)), ("show", lambda: _shows(hit, r)),
              ("descriptor", lambda: _descriptor(hit, lex)), ("no force", lambda: _no_force(hit, r)),
              ("metaphor", lambda: _metaphor(hit, lex, r)), ("commentary", lambda: _commentary(hit, r)),
              ("kind of event", lambda: _generic_kind(hit, r)), ("habit", lambda: _habit_noun(hit, r)),
              ("background", lambda: _background(hit, lex, r)), ("population", lambda: _population(hit, r)),
              ("adjective", lambda: _adjectival(hit, lex)), ("standing agreement", lambda: _standing_agreement(hit, r)),
              ("exercise", lambda: _exercise(hit, lex, r)), ("charge", lambda: _charge(hit, r)),
              ("disaster", lambda: _hazard_displacement(hit, lex)), ("trend", lambda: _trend(hit, r)))
    return (next((name for name, check in checks if check()), None) or more_reason(hit, lex, r)
            or claims_reason(hit, lex, r) or statements_reason(hit, lex, r) or hedges_reason(hit, lex, r))



def _own_date_or_count(verb) -> bool:
    """A date or a count in the verb's own clause (not in a relative clause or an apposition on one
    of its nouns, nor a number inside a name: "the Place du 13 Mai")."""
    inner = {t.i for d in verb.subtree if d.dep_ in ("relcl", "appos", "acl") for t in d.subtree}
    return any(t.i not in inner and (t.ent_type_ in ("DATE", "TIME") or (t.like_num and t.dep_ != "compound"))
               for t in verb.subtree)


def nonevent_modality(hit: TriggerHit, mod: Modality, lex: CodingLexicon) -> Modality:
    """Habits, allegations of a practice, events called off and events still to come."""
    if mod.value not in FACTUAL:
        return mod
    r, head = rules(), hit.head
    verb = verb_of(head)
    habit = set(lex.modality.get("habitual_adverbs", ()))
    nouns = [t for t in hit.tokens if _is_noun(t)] + _pobjs(head, ("under",))
    told = [c for c in head.head.children if c.dep_ == "attr"] if head.dep_ == "nsubj" and head.head.lemma_ == "be" else []
    adjective = next((a.text for n in nouns + told for a in n.children  # (told: "gunfire is a daily sound")
                      if a.dep_ == "amod" and a.lower_ in r["habitual_adjectives"]), None)
    lead = verb  # "Every week the jets come back and bomb our towns": the first verb's habit is the pair's
    while lead.dep_ == "conj" and verb.tag_ in ("VB", *PRESENT) and lead.head.pos_ in ("VERB", "AUX"):
        lead = lead.head
    if _present(verb) or (lead is not verb and _present(lead)):
        pair = [c for c in lead.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # "kill or maim ... every year"
        cue = next((c.text for v in (verb, lead) for c in v.children if c.dep_ in ("advmod", "npadvmod")
                    and c.lower_ in habit), None) or next(
            (f for v in (verb, lead, *pair) if (f := frequency_cue(v, r))), None) or adjective or next(
            (t.text for t in head.doc[head.i + 1:head.i + 2] if head.i == verb.i and t.pos_ == "ADV" and t.lower_ in habit),
            None)  # ("blockades routinely snarl traffic", the noun read as the present verb: the adverb after it)
        if cue:
            return Modality("hypothetical", cue)
    elif adjective and _present_perfect(verb):
        return Modality("hypothetical", adjective)  # "has come under almost daily fire"
    perfect_habit = lex.modality.get("perfect_habit_adverbs", ())
    if (cue := next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in perfect_habit), None)) \
            and _present_perfect(verb) and not _own_date_or_count(verb):
        return Modality("hypothetical", cue)  # "marches have traditionally ended at the square"
    if most := frequency_cue(verb, r, ("most",)):
        return Modality("hypothetical", most)  # "set up checkpoints most nights"
    if (lex.families[hit.trigger.family].violent and head.pos_ == "VERB" and head.dep_ == "relcl"
            and head.tag_ in (*PRESENT, "VB") and _present(head)):
        return Modality("hypothetical", f"{head.text} (present)")  # "where dozens of armed groups fight over land"
    accuse = _allegation_verb(head, r)
    if accuse is not None:
        return Modality("hypothetical", accuse.text)  # "accuse the military of razing villages"
    if _is_noun(head):
        if (hit.trigger.family == "protest" and head.dep_ == "dobj"
                and _lemma(head.head) in r.get("announcing_verbs", ())):
            return Modality("future", head.head.text)  # "have announced a march to Popayán for Friday"
        if head.dep_ in ("nsubjpass", "dobj") and _lemma(head.head) in r["stopping_verbs"]:
            particle = r["stopping_particles"].get(_lemma(head.head))
            if particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in head.head.children):
                return Modality("negated", head.head.text)  # "the strike was postponed"
        for value, words in r["irrealis_modifiers"].items():
            cue = next((a.text for a in head.children if a.dep_ in ("amod", "compound") and a.lower_ in words), None)
            if cue:
                return Modality(value, cue)  # "the planned offensive"
    generic = generic_modality(hit, r, lex.families[hit.trigger.family].verbal)
    return (habit_modality(hit, lex, r) or timeless_modality(hit, r) or (Modality("hypothetical", generic) if generic else None) or frames_modality(hit, lex, r)
            or claims_modality(hit, r) or statements_modality(hit, lex, r) or hedges_modality(hit, lex, r) or mod)
