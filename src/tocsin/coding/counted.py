"""What a count in a sentence of harm counts when it is no toll: things and spans of time
("several pickup trucks", "many hours"), the attackers ("two gunmen shot dead a driver"), the
households before the people ("600 families, about 3,000 people")."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon


def no_count(first: Token, value: float | None) -> bool:
    """A number that counts nobody: a clock time ("arrested the suspect at 18.47"), or one right after
    a capitalised noun, which it names ("Section 22 leaders were arrested", "Route 9", "Article 370")."""
    if value is not None and not float(value).is_integer():
        return True
    head = first.head
    return first.dep_ == "nummod" and head.i == first.i - 1 and head.pos_ in ("NOUN", "PROPN") and head.text[:1].isupper()


def counts_things(noun: Token, lex: CodingLexicon) -> bool:
    """The counted noun (or the one it is a compound of: "pickup trucks") is a thing or a span of
    time (numbers.yaml `thing_nouns`)."""
    things = lex.numbers.get("thing_nouns", ())
    whole = noun
    while whole.dep_ == "compound" and whole.head.i != whole.i:
        whole = whole.head
    return whole.lemma_.lower() in things or (whole is noun and noun.lower_ in things)


HOUSEHOLDS = frozenset({"family", "household"})
PEOPLE = frozenset({"people", "person", "individual"})


def people_after_families(first: Token | None, noun: Token | None) -> bool:
    """ "some 600 families, about 3,000 people, had fled": the people counted, not their households."""
    return (first is not None and noun is not None and first.lemma_.lower() in HOUSEHOLDS
            and noun.lemma_.lower() in PEOPLE and 0 < noun.i - first.i <= 6)


def attackers(anchor: Token, verb: Token) -> bool:
    """The count is the active subject of a verb that kills or wounds someone else (its object, or
    "shot dead a driver"): "Two gunmen shot dead a bus driver", not "two soldiers died"."""
    node = anchor
    while node.head.i != node.i and node.head.i != verb.i and node.dep_ in ("compound", "conj", "appos"):
        node = node.head
    if node.dep_ != "nsubj" or node.head.i != verb.i:
        return False
    return any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in ("die", "perish")
