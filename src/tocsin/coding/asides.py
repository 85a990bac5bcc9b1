"""Relative clauses set off by commas after a noun ("M23 rebels, whom UN experts say Rwanda
backs, pushed into Goma"): found by punctuation, since the small model often misreads such a
clause and hangs the main verb inside it (coding/roles.py: the noun before the aside is the
subject of the verb after it; a mention inside it neither acts nor is hit)."""
from __future__ import annotations

from spacy.tokens import Span, Token

REL_PRONOUNS = {"who", "whom", "whose", "which"}
ASIDE_STOPS = {".", ";", ":", "(", ")", "\u2014", "\u2013", '"'}


def relative_asides(sent: Span) -> list[tuple[int, int]]:
    """(opening comma, closing comma) document indices of each relative clause set off by
    commas after a noun: "M23 rebels, whom UN experts say Rwanda backs, pushed into Goma".
    The small model often misreads such a clause and hangs the main verb inside it."""
    toks = list(sent)
    out = []
    for k in range(1, len(toks) - 2):
        if toks[k].text != "," or toks[k + 1].lower_ not in REL_PRONOUNS or toks[k - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        for m in range(k + 2, min(len(toks), k + 30)):
            if toks[m].text == ",":
                out.append((toks[k].i, toks[m].i))
                break
            if toks[m].text in ASIDE_STOPS:
                break
    return out


FINITE = {"VBD", "VBZ", "VBP", "MD"}


def verb_after(sent: Span, opening: int, comma: int) -> Token | None:
    """The finite verb right after a closing comma, past adverbs and auxiliaries ("..., had
    pushed"), when no finite verb stands before the aside: the noun before it is then the
    sentence's subject.  Not "attacked the troops, who had entered the village, killing five"."""
    doc = sent.doc
    if any(t.tag_ in FINITE for t in doc[sent.start:opening]):
        return None
    finite = False
    for j in range(comma + 1, min(sent.end, comma + 4)):
        tok = doc[j]
        if tok.pos_ == "VERB":
            return tok if finite or tok.tag_ in FINITE else None
        if tok.pos_ not in ("ADV", "AUX", "PART"):
            return None
        finite = finite or tok.tag_ in FINITE
    return None


def misread_aside(clause: Token) -> Token | None:
    """A clause the parse hangs on a verb inside a relative aside it follows ("M23 rebels, whom
    UN experts say Rwanda backs, pushed into Goma": "pushed" read as what the experts say): the
    noun the aside describes, where the climb to the sentence's own verb goes on.  The
    aside's verb of saying reports the aside, not the clause after it."""
    verb = clause.head
    for opening, closing in relative_asides(clause.sent):
        if opening < verb.i < closing < clause.i and verb.dep_ == "relcl" and verb.head.i < opening:
            return verb.head
    return None
