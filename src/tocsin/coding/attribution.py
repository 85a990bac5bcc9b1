"""Who the text says reported an event: "according to X", "X said", "X reported that"."""
from __future__ import annotations

from spacy.tokens import Span, Token

LEADING = ("the ", "a ", "an ")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


def _clean(text: str) -> str | None:
    text = text.strip(" ,;:–—-\"“”'")
    low = text.lower()
    for lead in LEADING:
        if low.startswith(lead):
            text, low = text[len(lead):], low[len(lead):]
    return text or None


def _subtree_text(tok: Token) -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i:toks[-1].i + 1].text


def _outside(tok: Token, skip: tuple[tuple[int, int], ...]) -> str:
    """The subtree's text, without the part inside `skip` (the dateline)."""
    toks = [t for t in tok.subtree if not any(s <= t.idx < e for s, e in skip)]
    return tok.doc[toks[0].i:toks[-1].i + 1].text if toks else ""


def _tail_source(sent: Span, verb: Token) -> str | None:
    """ "..., the governor of Turkey's southern Hatay province said." parsed with no subject:
    the words between the last comma and a sentence-final reporting verb."""
    rest = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    subtree = {t.i for t in verb.subtree}
    if len(rest) > 8 or any(t.i not in subtree or t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # only "... said on Thursday", "... said in a statement" may follow
    k = verb.i - 1
    while k > sent.start and sent.doc[k].text not in (",", ";", "\u2014", "\u2013"):
        k -= 1
    words = sent.doc[k + 1:verb.i]
    if not 1 <= len(words) <= 10 or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or words[0].lower_ in PRONOUNS:
        return None
    return _clean(words.text)


def _adjacent(subj: list[Token]) -> list[Token]:
    """The chosen subject with the subjects that touch it ("state news agency SANA" parsed as
    two subjects), in text order."""
    group = [subj[0]]
    for other in subj[1:]:
        lo = min(t.i for g in group for t in g.subtree)
        hi = max(t.i for g in group for t in g.subtree)
        sub = [t.i for t in other.subtree]
        if max(sub) + 1 == lo or min(sub) - 1 == hi:
            group.append(other)
    return sorted(group, key=lambda t: t.i)


def _publisher(verb: Token, inside) -> list[Token]:
    """ "The ministry released footage it said showed ...": "it" is whoever released it."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return []
    return [c for c in verb.head.head.children if c.dep_ == "nsubj" and not inside(c)
            and c.lower_ not in PRONOUNS]


def attribution_of(sent: Span, reporting_verbs: frozenset[str] | set[str],
                   skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The named source of the sentence's claim, or None (see module docstring).  Words in
    `skip` (the dateline: "KYIV —", "BOGOTA (Andes Wire) —") are no source."""
    def inside(tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in skip)

    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _clean(_subtree_text(objs[0]))
    late = None  # "..., the governor of Hatay province said": a source after the claim
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in reporting_verbs or tok.lemma_.lower() == "according":
            continue
        # two subjects is a parse error ("Rebels ... hit back ..., a spokesman said"): the nearer speaks
        subj = sorted((c for c in tok.children if c.dep_ == "nsubj" and not inside(c)),
                      key=lambda c: (c.i > tok.i, -c.i))
        if not subj and late is None:
            late = _tail_source(sent, tok)
        if subj and subj[0].lower_ in PRONOUNS:
            subj = _publisher(tok, inside)
        if not subj:
            continue
        if any(t.pos_ == "VERB" for t in subj[0].subtree) and subj[0].i < tok.i:
            tail = _tail_source(sent, tok)  # the whole claim parsed as the subject of "said"
            if tail:
                return tail
        text = _clean(" ".join(_outside(s, skip) for s in _adjacent(subj)))
        if any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or tok.dep_ in ("parataxis", "ROOT"):
            return text
        if late is None and tok.i > sent.start + len(sent) // 2 and subj[0].i > tok.i - 12:
            late = text
    return late
