"""Coding stage: parsed article -> coded events (type, modality, actors, figures, evidence).

    code_article(article, doc, mentions) -> list[CodedEvent]

`doc` is the spaCy parse of `article.text` (load_nlp()), `mentions` the actor dictionary's
mentions in that text (actor_dict.load_actors().find).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Article, CodedEvent
from .events import code_doc
from .lexicon import coding_lexicon
from .nlp import ModelMissing, load_nlp
from .roles import from_mention

__all__ = ["code_article", "date_actors", "load_nlp", "ModelMissing", "coding_lexicon"]


def code_article(article: Article, doc, mentions, skip: tuple[tuple[int, int], ...] = ()) -> list[CodedEvent]:
    """Only English lexicons exist: other languages are coded with them (and the English model).
    `skip`: spans that tell no event detail (the dateline)."""
    lex = coding_lexicon("en")
    return code_doc(article, doc, [from_mention(m) for m in mentions], lex, skip)


def date_actors(events: list[CodedEvent], actors) -> list[CodedEvent]:
    """Each state actor as it was on its event's date: an event of 2020 told in an article of
    2025 is coded with the government of 2020 (actors.yaml validity ranges, PETRARCH-style)."""
    out = []
    for ev in events:
        when = (ev.date or {}).get("start")
        fixed = []
        for a in ev.actors:
            name = actors.on_date(a.get("name"), a.get("country"), a.get("kind"), when)
            entry = actors.by_name[name][0] if name else None
            fixed.append({**a, "name": name, "kind": entry.kind if entry else a.get("kind")} if name else a)
        out.append(replace(ev, actors=tuple(fixed)) if fixed != list(ev.actors) else ev)
    return out
