"""Coding stage: parsed article -> coded events (type, modality, actors, figures, evidence).

    code_article(article, doc, mentions) -> list[CodedEvent]

`doc` is the spaCy parse of `article.text` (load_nlp()), `mentions` the actor dictionary's
mentions in that text (actor_dict.load_actors().find).
"""
from __future__ import annotations

from ..records import Article, CodedEvent
from .events import code_doc
from .lexicon import coding_lexicon
from .nlp import ModelMissing, load_nlp
from .roles import from_mention

__all__ = ["code_article", "load_nlp", "ModelMissing", "coding_lexicon"]


def code_article(article: Article, doc, mentions, skip: tuple[tuple[int, int], ...] = ()) -> list[CodedEvent]:
    """Only English lexicons exist: other languages are coded with them (and the English model).
    `skip`: spans that tell no event detail (the dateline)."""
    lex = coding_lexicon("en")
    return code_doc(article, doc, [from_mention(m) for m in mentions], lex, skip)
