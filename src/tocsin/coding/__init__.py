"""Coding stage: parsed article -> coded events (type, modality, actors, figures, evidence).

    code_article(article, doc, mentions) -> list[CodedEvent]

`doc` is the spaCy parse of `article.text` (load_nlp()), `mentions` the actor dictionary's
mentions in that text (actor_dict.load_actors().find).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Article, CodedEvent
from .events import code_doc
from .langs import ENGLISH, coding_language, load_light_nlp
from .light import code_doc_light
from .lexicon import coding_lexicon
from .nlp import ModelMissing, load_nlp
from .roles import from_mention

__all__ = ["code_article", "date_actors", "load_nlp", "load_light_nlp", "coding_language", "ModelMissing",
           "coding_lexicon"]


def code_article(article: Article, doc, mentions, skip: tuple[tuple[int, int], ...] = ()) -> list[CodedEvent]:
    """English articles, and those of languages without coding lexicons, are coded from the
    English parse (`doc` from load_nlp); languages with lexicons (langs.light_languages) by the
    light path (`doc` from load_light_nlp).  Every event carries the article's language.
    `skip`: spans that tell no event detail (the dateline)."""
    lang = coding_language(article.lang)
    actors = [from_mention(m) for m in mentions]
    if lang != ENGLISH:
        return code_doc_light(article, doc, actors, coding_lexicon(lang), lang, skip)
    events = code_doc(article, doc, actors, coding_lexicon("en"), skip)
    return [replace(ev, lang=article.lang or ENGLISH) for ev in events]


def date_actors(events: list[CodedEvent], actors) -> list[CodedEvent]:
    """Each state actor as it was on its event's date: an event of 2020 told in an article of
    2025 is coded with the government of 2020 (actors.yaml validity ranges, PETRARCH-style).
    An actor with no entry valid on the date and no successor (a minister out of office, a
    dissolved group) is left out rather than coded as what it no longer was."""
    out = []
    for ev in events:
        when = (ev.date or {}).get("start")
        fixed = []
        for a in ev.actors:
            name = actors.on_date(a.get("name"), a.get("country"), a.get("kind"), when)
            entry = actors.by_name[name][0] if name else None
            if name is None and when and a.get("name") in actors.by_name and not any(
                    e.valid_on(when) for e in actors.by_name[a["name"]]):
                continue  # no longer (or not yet) that actor on the date, and nobody succeeds it: not coded
            fixed.append({**a, "name": name, "kind": entry.kind if entry else a.get("kind")} if name else a)
        out.append(replace(ev, actors=tuple(fixed)) if fixed != list(ev.actors) else ev)
    return out
