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
from .refine import foreign_takeover
from .roles import from_mention
from .story_actors import implied_arresters, story_attackers

__all__ = ["code_article", "date_actors", "foreign_takeover", "implied_arresters", "localise_generics", "story_attackers", "load_nlp", "load_light_nlp", "coding_language", "ModelMissing",
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


LOCAL_KINDS = frozenset({"civilians", "protesters"})  # who is where it happens; armed men and forces may come from abroad


def localise_generics(events: list[CodedEvent], actors) -> list[CodedEvent]:
    """Generic civilians and protesters belong to the country where their event happened when the
    event names its own place ("190 people have been killed in Lebanon, including 25 civilians" in
    a digest led by Yemen): Civilians (Lebanon), not the story's first country's.  Armed groups,
    militias and forces keep theirs ("Iraqi militias struck a base in Jordan")."""
    from ..place.resolve import country_of

    out = []
    for ev in events:
        loc = ev.location or {}
        place = country_of(loc["country"]) if loc.get("country") and loc.get("basis") in ("clause", "sentence") else None
        iso3 = place.country3 if place is not None else None
        fixed = []
        for a in ev.actors:
            if iso3 and a.get("kind") in LOCAL_KINDS and a.get("country") and a["country"] != iso3 and a.get("text"):
                found = [m for m in actors.find(a["text"], iso3) if m.generic and m.country == iso3]
                if len(found) == 1 and found[0].kind == a.get("kind"):
                    a = {**a, "name": found[0].name, "country": iso3}
            fixed.append(a)
        out.append(replace(ev, actors=tuple(fixed)) if fixed != list(ev.actors) else ev)
    return out
