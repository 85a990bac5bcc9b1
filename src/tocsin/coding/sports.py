"""Sports reports: their "shot low", "attacked relentlessly" and "killed on the counter" are no
violence (triggers.yaml `sports_context`)."""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import CodingLexicon
from .nlp import doc_text


def is_sports_article(doc: Doc, lex: CodingLexicon) -> bool:
    """At least `sports_context.min` distinct sports words (triggers.yaml) in the article: its
    "shot low", "attacked relentlessly" and "killed on the counter" are no violence."""
    if not lex.sports_cues:
        return False
    text = doc_text(doc).lower()
    cues = lex.sports_cues
    seen = {w for t in doc for w in (t.lemma_.lower(), t.lower_) if w in cues}
    seen |= {c for c in lex.sports_cues if " " in c and c in text}
    return len(seen) >= lex.sports_min


def sports_paragraphs(doc: Doc, lex: CodingLexicon, para_starts: list[int]) -> set[int]:
    """The starts of the paragraphs that hold a sports word: a sports report's match talk is read
    as such only there (a radio bulletin's cup final does not make its war news a match)."""
    from bisect import bisect_right

    out = set()
    for t in doc:
        if t.lemma_.lower() in lex.sports_cues or t.lower_ in lex.sports_cues:
            out.add(para_starts[bisect_right(para_starts, t.idx) - 1])
    return out
