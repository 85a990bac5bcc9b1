"""Tolls named person by person (docs/coding.md, "Assembly"; data: assembly.yaml): "killed a
nurse" (1), "wounding the driver and his brother" (2), "wounding him and two relatives" (3),
"killed two members and wounded a third" (1 wounded).  Used when a sentence gives no count."""
from __future__ import annotations

from spacy.tokens import Token

from .figures import _read_number
from .lexicon import CodingLexicon
from .triggers import QUANTITY_NOUNS, TriggerHit, counts_many, shot_dead


_GROUPS = frozenset({"family", "household", "people", "population", "crowd", "community", "village", "group", "unit"})


def _one_person(c: Token, lex: CodingLexicon) -> bool:
    """ "a nurse", "his brother", "Ernesto Mendez": one person, not a place or a thing."""
    if c.lemma_.lower() in lex.facility_nouns or c.lemma_.lower() in lex.place_nouns or c.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False
    if c.tag_ == "NN" and c.lemma_.lower() in QUANTITY_NOUNS and counts_many(c):
        return False  # "a number of priests", "a group of students": many
    if c.tag_ == "NN":
        return any(d.lower_ in ("a", "an") or d.dep_ == "poss" for d in c.children) or any(
            d.dep_ == "appos" and d.ent_type_ == "PERSON" for d in c.subtree) or (  # "the governor of West Darfur, Khamis Abakar,"
            c.lemma_.lower() in lex.person_nouns and c.lemma_.lower() not in _GROUPS
            and any(d.lower_ == "the" for d in c.children))  # "killing the driver and a passenger"
    if c.tag_ == "PRP":  # "kidnapped a village chief and killed him"
        return c.lower_ in ("him", "her")
    if c.tag_ == "NNP" and c.ent_type_ == "" and any(d.dep_ == "relcl" and any(
            w.lower_ in ("who", "whose") and d.i in (w.head.i, w.head.head.i) for w in d.subtree) for d in c.children):
        return True  # "Hachalu, whose songs became anthems of the movement, was gunned down": who, a person
    if c.tag_ == "NNP" and c.ent_type_ == "" and c.dep_ == "dobj":
        # "shot dead Pablo Marchant, a 29-year-old member of ...": a name the model left untagged, with
        # a first name before it or a person in apposition
        return any(d.dep_ == "compound" and d.tag_ == "NNP" and d.ent_type_ == "" for d in c.children) or any(
            d.dep_ == "appos" and d.lemma_.lower() in lex.person_nouns for d in c.children)
    return c.tag_ == "NNP" and c.ent_type_ == "PERSON"


def _small_count(num: Token, lex: CodingLexicon) -> int:
    """The whole number up to 20 that `num` starts ("two", "4"), else 0: people named by a count."""
    r = _read_number(num.doc[:], num.i, lex)
    return int(r[0]) if r and float(r[0]).is_integer() and r[0] <= 20 else 0


def _deadly(h: TriggerHit, deadly: set[str]) -> bool:
    return h.head.lemma_.lower() in deadly or " ".join(h.trigger.words) in deadly


def _hurt_people(c: Token, lex: CodingLexicon) -> int:
    """How many people one object of a wounding names: "his neighbour", "the driver", "a third",
    "another" (1), "two relatives" (2); 0 when it is no person or no count ("the convoy", "dozens")."""
    words = lex.assembly
    ordinal = c.lower_ in words.get("ordinal_people", ()) and (
        any(d.lower_ == "a" for d in c.children) or (c.i > 0 and c.doc[c.i - 1].lower_ == "a"))
    if c.lower_ == "another" or ordinal or (c.lower_ == "other" and any(d.lower_ == "the" for d in c.children)):
        return 1  # "killed two and wounded a third", "wounding another", "killing one and wounding the other"
    if c.tag_ == "NN" and any(d.lower_ == "another" for d in c.children) and c.lemma_.lower() in lex.person_nouns:
        return 1  # "wounded another man"
    if c.tag_ == "NN" and c.lemma_.lower() in lex.person_nouns and any(d.lower_ == "the" for d in c.children) and any(
            d.dep_ == "amod" and d.lower_ in words.get("ordinal_people", ()) for d in c.children):
        return 1  # "the second militant was shot dead"
    if c.lemma_.lower() in ("couple", "pair") and any(d.lower_ in ("a", "the") for d in c.children):
        return 2  # "five policemen and a couple who ran a shop"
    if c.tag_ == "NNS":
        num = next((d for d in c.children if d.dep_ == "nummod"), None)
        if num is None:
            return 0
        return _small_count(num, lex)
    if _one_person(c, lex):
        return 1
    if c.dep_ == "conj" and c.tag_ == "NN" and c.lemma_.lower() in lex.person_nouns and not any(
            d.dep_ in ("det", "poss") for d in c.children) and _one_person(c.head, lex):
        return 1  # "a father and son": the second shares the first's article
    return int(c.tag_ == "NN" and any(d.lower_ == "the" for d in c.children)
               and c.lemma_.lower() in words.get("single_person_nouns", ()))


def _named_people(c: Token, lex: CodingLexicon) -> int:
    """How many people `c` and its conjuncts name one by one ("a neighbour and her two sons": 3);
    0 when one of them is no person or no small count, or when more than five are listed."""
    people = [c, *c.conjuncts]
    counts = [_hurt_people(p, lex) for p in people]
    return sum(counts) if len(people) <= 5 and all(counts) else 0


def _wounding_heads(h: TriggerHit, wounding: set[str]) -> list[Token]:
    """The wounding verbs of a hit: the hit itself, or a verb joined to it ("struck a car,
    wounding the driver", "killed two and wounded a third")."""
    if h.head.lemma_.lower() in wounding:
        return [h.head]
    out = []
    for t in h.head.subtree:
        node = t
        for _ in range(2):  # "killing a man and wounding his neighbour": wounding -conj-> killing -advcl-> hit
            if node.dep_ not in ("advcl", "conj") or node.i == node.head.i:
                break
            node = node.head
            if node.i == h.head.i:
                break
        if t.lemma_.lower() in wounding and t.pos_ == "VERB" and node.i == h.head.i and t.i != h.head.i:
            out.append(t)
    return out


def victims_named(hits: list[TriggerHit], lex: CodingLexicon, lemmas: str = "deadly_lemmas") -> int:
    """How many people a killing names one by one: "killed a nurse", "a child was killed", "shot
    dead a tribal elder" (1), "gunmen shot dead Ernesto Mendez" (1), "photographer Danish Siddiqui
    and a senior Afghan officer were killed" (2); 0 when the victims are not named one by one.
    With `lemmas` "wounding_lemmas", the same for a wounding, also one joined to the event's verb
    ("wounding a driver and a mechanic": 2, "wounding him and two relatives": 3)."""
    deadly = set(lex.assembly.get(lemmas, ()))
    if lemmas in ("wounding_lemmas", "harming_lemmas"):
        for h in hits:
            for head in _wounding_heads(h, deadly):
                misread = [g for x in head.children if x.dep_ in ("ccomp", "xcomp") and x.tag_ == "VBG"
                           for g in x.children if g.dep_ == "nsubj"]  # "wounding [the driver and two soldiers] riding in the cab"
                ordinals = [x for x in head.children if x.dep_ in ("advmod", "npadvmod", "nsubj")  # "and a fourth
                            and x.lower_ in lex.assembly.get("ordinal_people", ())]  # wounded", parsed as an adverb
                for c in [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] + misread + ordinals:
                    if n := _named_people(c, lex):
                        return n
        return 0
    for h in hits:
        to_death = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                       for c in h.head.children)  # "stoned a police officer to death", "beaten to death"
        if not _deadly(h, deadly) and not to_death:
            continue
        kids = [c for c in h.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if h.head.lemma_.lower() in lex.assembly.get("named_victim_nouns", ()):  # "the killing of a man, his wife
            kids += [g for p in h.head.children if p.dep_ == "prep" and p.lower_ == "of"  # and their son"
                     for g in p.children if g.dep_ == "pobj"]
        if shot_dead(h.head):
            kids += [c for c in h.head.nbor(1).children if c.dep_ == "dobj"]  # ("shot dead" misread: "dead" holds the victim)
        if not kids and h.head.dep_ == "conj":  # "was abducted and killed": the victim the verbs share
            passive = any(c.dep_ == "auxpass" for c in h.head.children)  # ("a suspect opened fire ... and was killed")
            kids = [c for c in h.head.head.children if c.dep_ == "nsubjpass" or (passive and c.dep_ == "nsubj")]
        for c in kids:  # the victims of a killing verb: persons, unless a place or a thing
            if n := _named_people(c, lex):
                return n
    return _died(hits, lex) if lemmas == "deadly_lemmas" else 0


DYING = frozenset({"die", "perish", "succumb"})


def _died(hits: list[TriggerHit], lex: CodingLexicon) -> int:
    """ "A 22-year-old gendarme has died after being shot", "Alexander Taraikovsky, 34, died during
    clashes with riot police": the people the sentence says died, named one by one."""
    if not hits:
        return 0
    for t in hits[0].head.sent:
        if t.lemma_.lower() not in DYING or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        for c in (c for c in t.children if c.dep_ == "nsubj"):
            if n := _named_people(c, lex):
                return n
    return 0


def hurt_named(hits: list[TriggerHit], lex: CodingLexicon, sent, told: dict) -> int:
    """How many people the event's wounding names one by one (victims_named, "wounding_lemmas");
    when the sentence tells no death and `told` (its figures) no count of dead or hurt, also the
    victims of a shooting, beating or stabbing ("shot a 21-year-old protester in the torso", "beat
    him badly before gendarmes took him to hospital": 1; assembly.yaml `harming_lemmas`)."""
    n = victims_named(hits, lex, "wounding_lemmas")
    if n or "fatalities" in told or "injured" in told:
        return n
    deaths = set(lex.assembly.get("death_words", ()))
    if any(t.lemma_.lower() in deaths or t.lower_ in deaths for t in sent):
        return 0
    return victims_named(hits, lex, "harming_lemmas")


def killed_with(hits: list[TriggerHit], lex: CodingLexicon) -> int:
    """ "Fatah's security chief was shot dead with four of his bodyguards", "a judge was killed
    along with his driver": one person killed with others told after "with" (4 + 1, 1 + 1);
    0 when the victim is no single person or the companions are no count of people."""
    deadly = set(lex.assembly.get("deadly_lemmas", ()))
    for h in hits:
        if not _deadly(h, deadly):
            continue
        victims = [c for c in h.head.children if c.dep_ == "nsubjpass"] or [
            c for c in h.head.children if c.dep_ == "dobj"]
        if len(victims) != 1 or victims[0].conjuncts or not (
                _one_person(victims[0], lex) or victims[0].ent_type_ == "PERSON" or victims[0].lower_ in ("him", "her")):
            continue
        withs = [c for c in h.head.children if c.dep_ == "prep" and c.lower_ == "with"] + [
            w for c in h.head.children if c.lower_ in ("along", "together") for w in c.children
            if w.dep_ == "prep" and w.lower_ == "with"]  # ("along with his driver")
        for prep in withs:
            for g in (x for x in prep.children if x.dep_ == "pobj"):
                if g.like_num and any(p.lower_ == "of" for p in g.children):  # "with four of his bodyguards"
                    n = _small_count(g, lex)
                else:
                    n = _hurt_people(g, lex)  # "with his driver", "with two aides"
                if n:
                    return 1 + n
    return 0
