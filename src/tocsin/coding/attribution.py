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


def attribution_of(sent: Span, reporting_verbs: frozenset[str] | set[str]) -> str | None:
    """The named source of the sentence's claim, or None (see module docstring)."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _clean(_subtree_text(objs[0]))
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in reporting_verbs or tok.lemma_.lower() == "according":
            continue
        if not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) and tok.dep_ not in ("parataxis", "ROOT"):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in PRONOUNS:
            return _clean(_subtree_text(subj[0]))
    return None
