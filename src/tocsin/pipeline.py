"""Chains the stages.  Only this module wires one stage's output into the next.

STAGES states, spaCy-style, what each stage reads and writes (record.field); a test checks
the fields exist and that every stage a stage requires comes earlier, and a snapshot test
(tests/stages.json) catches a stage that disappears or changes version.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from . import dates, segment
from .config import Settings
from .records import Article, CodedEvent, ItemError, Page


# (name, version, requires, assigns): bump the version when a stage's output changes.
STAGES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("ingest", "ingest.read.v1", (), ("Page.source", "Page.text", "Page.kind", "Page.id", "Page.url",
                                      "Page.title", "Page.published", "Page.outlet")),
    ("segment", "segment.split.v18", ("Page.text", "Page.kind", "Page.url", "Page.outlet"),
     ("Article.id", "Article.title", "Article.text", "Article.lang", "Article.dateline", "Article.outlet",
      "Article.url")),
    ("published", "dates.published.v7", ("Article.text", "Article.dateline", "Article.lang", "Article.url"),
     ("Article.published", "Article.published_inferred")),
    ("coding", "coding.rules.v36", ("Article.text", "Article.title", "Article.published", "Article.lang"),
     ("CodedEvent.acled", "CodedEvent.plover", "CodedEvent.displacement", "CodedEvent.modality",
      "CodedEvent.aggregate", "CodedEvent.attribution", "CodedEvent.actors", "CodedEvent.figures",
      "CodedEvent.evidence", "CodedEvent.place_mentions", "CodedEvent.date_texts", "CodedEvent.clause_spans",
      "CodedEvent.lang")),
    ("event_dates", "dates.events.v17", ("CodedEvent.evidence", "CodedEvent.date_texts", "Article.published"),
     ("CodedEvent.date", "CodedEvent.modality", "CodedEvent.modality_cue",  # old events: historical
      "CodedEvent.aggregate", "CodedEvent.actors")),  # periods with a toll; actors as on the event's date
    ("factuality", "coding.factuality.v2", ("CodedEvent.evidence", "CodedEvent.modality", "CodedEvent.lang"),
     ("CodedEvent.modality", "CodedEvent.modality_cue")),
    ("place", "place.locate.v33", ("CodedEvent.place_mentions", "CodedEvent.clause_spans", "CodedEvent.date",
                                   "Article.title"),
     ("CodedEvent.location", "CodedEvent.acled",  # a foreign state's takeover, read once placed
      "CodedEvent.actors")),  # generics of the event's country; a strike's attacker from the story
    ("confidence", "coding.confidence.v33", ("CodedEvent.acled", "CodedEvent.modality", "CodedEvent.location",
                                            "CodedEvent.date"), ("CodedEvent.confidence",)),
)


def articles_from_pages(pages: Iterable[Page | ItemError]) -> Iterator[Article | ItemError]:
    """segment -> dates (publication date)."""
    for item in segment.run(pages):
        yield item if isinstance(item, ItemError) else dates.assign_published(item)


def articles(inputs: list[str], settings: Settings | None = None,
             stdin: BinaryIO | None = None) -> Iterator[Article | ItemError]:
    """ingest -> segment -> dates: every article in the inputs, plus per-item errors."""
    from . import ingest  # here, not at the top: coding workers never read inputs (HTML, feeds, URLs)

    yield from articles_from_pages(ingest.read(inputs, settings=settings, stdin=stdin))


def code_articles(items: Iterable[Article | ItemError], settings: Settings | None = None, workers: int = 1
                  ) -> Iterator[tuple[Article, list[CodedEvent]] | ItemError]:
    """parse (spaCy, batched) -> actors -> coding -> dates -> place, per article.
    `workers` > 1: chunks of articles coded in that many processes, same output (workers.py)."""
    if workers > 1:
        from .workers import code_parallel

        yield from code_parallel(items, settings or Settings(), workers)
        return
    from . import coding  # the heavy stages load only when events are wanted
    from .coding.actor_dict import load_actors
    from .coding.actor_langs import load_actors_for

    settings = settings or Settings()
    nlp = coding.load_nlp(settings.spacy_model)
    actors = load_actors()
    batch: list[Article | ItemError] = []  # errors wait in place: results come in input order

    def flush():
        arts = [a for a in batch if isinstance(a, Article)]
        parsed = iter(_parse_each(nlp, [a.text for a in arts], settings.batch_size))
        # headlines too ("FNDC protests in Conakry: latest updates"): a story whose text names only
        # its streets and communes takes its country from them (place/locate.py); a headline the
        # parser cannot take is no headline, the article is still coded
        heads = iter(_parse_each(nlp, [a.title or "" for a in arts], settings.batch_size))
        for art in batch:
            if isinstance(art, ItemError):
                yield art
                continue
            doc, head = next(parsed), next(heads)
            try:
                if isinstance(doc, Exception):
                    raise doc
                yield art, _code_one(art, doc, actors, headline=None if isinstance(head, Exception) else head)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                yield ItemError(art.source, f"article {art.id}: coding failed ({type(exc).__name__}: {exc})")
        batch.clear()

    for item in items:
        if len(item.text if isinstance(item, Article) else "") > settings.max_article_chars:
            item = ItemError(item.source, f"article {item.id}: {len(item.text):,} characters, more than the "
                                          f"parser takes (max_article_chars = {settings.max_article_chars:,})")
        if isinstance(item, ItemError):
            if batch:  # behind articles still to parse
                batch.append(item)
            else:
                yield item
            continue
        lang = coding.coding_language(item.lang)
        if lang != "en":  # the light path (coding/light.py): no batched parse to wait for
            if batch:
                yield from flush()
            try:
                yield item, _code_one(item, coding.load_light_nlp(lang)(item.text), load_actors_for(lang), lang)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                yield ItemError(item.source, f"article {item.id}: coding failed ({type(exc).__name__}: {exc})")
            continue
        batch.append(item)
        if sum(isinstance(a, Article) for a in batch) >= settings.batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _parse_each(nlp, texts: list[str], batch_size: int) -> list:
    """Each text's parse, batched; in the place of a text that breaks the batch, its exception
    (the others still parsed)."""
    try:
        return list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the text that broke the batch, keep the rest
        out = []
        for text in texts:
            try:
                out.append(nlp(text))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out


def _code_one(art: Article, doc, actors, lang: str = "en", headline=None) -> list[CodedEvent]:
    from . import coding
    from .coding import confidence, factuality
    from .place.locate import article_context, locate_events

    from .coding.dateline import editor_notes, find_dateline, inside

    line = find_dateline(art.text, art.lang or "en")
    skip = ((line.start, line.end),) if line else ()  # the reporter's desk: no actor, place or context
    ref = dates.dateline_reference(line.date if line else None, art.published)
    when = dates.to_date(ref or art.published)

    from .place.namesakes import settlement_named

    def find(country3):
        found = [m for m in actors.find(art.text, country3, when) if not any(inside(s, m.start_char, m.end_char) for s in skip)]
        villages = {m.text.lower() for m in found if m.kind == "government" and settlement_named(art.text, m.start_char)}
        return [m for m in found if m.text.lower() not in villages]  # "the village of Panama": no government

    mentions = find(None)
    from .place.theatre import is_capital_name

    from .place.speakers import cited, compared

    parallels = [(e.start_char, e.end_char) for e in doc.ents if compared(e) or cited(e, art.text)] if lang == "en" else []
    countries = [m.country for m in mentions if not m.generic and m.country and not is_capital_name(m.text)
                 and not any(inside(s, m.start_char, m.end_char) for s in parallels)]  # ("compare it with Ecuador")
    if lang == "en":
        notes = editor_notes(art.text)  # "(Adds ... arrests in Tacna ...)": no count for Tacna
        ctx = article_context((), countries, doc=doc, exclude=skip, headline=headline, notes=notes)
    else:  # no entity recogniser: the places the light path reads anywhere in the text, event
        # sentences and the rest ("la pression ne retombe pas autour de Sake": the story's town, no
        # event).  The text's places hold its event sentences' places, so the article is coded once.
        from .coding.light_places import places_light

        spans = [(m.start_char, m.end_char) for m in mentions]
        named = {(p.start, p.text, p.label) for p in places_light(art.text, 0, len(art.text), lang, spans)
                 if not p.elsewhere() and not any(inside(s, p.start, p.end) for s in skip)}
        title = art.title or ""  # "Liban : escalade dans le Sud": the headline's places lead
        headline = [(p.text, p.label) for p in places_light(title, 0, len(title), lang) if not p.elsewhere()]
        ctx = article_context(headline + [(t, label) for _, t, label in sorted(named)], countries)
    if ctx.country3:
        mentions = _sectioned(find(ctx.country3), ctx, find)
    events = coding.code_article(art, doc, mentions, skip)
    events = coding.date_actors(dates.date_events(events, art, ref, skip), actors)
    placed = coding.localise_generics(locate_events(factuality.check(events), ctx), actors)
    placed = coding.implied_arresters(coding.story_attackers(placed, actors), actors)
    return confidence.score(coding.foreign_takeover(placed))


def _sectioned(mentions: list, ctx, find) -> list:
    """A regional digest's generic actors ("armed men", "police") belong to the country of their
    section ("BENIN", "HAITI - DO NOT TRAVEL": place/sections.py), not to the story's main one."""
    from .place.sections import section_of

    if not any(p.country3 != ctx.country3 for _, p in ctx.sections):
        return mentions
    found: dict[str, dict] = {}
    out = []
    for m in mentions:
        sec = section_of(m.start_char, ctx.sections)
        c3 = sec.country3 if sec is not None else None
        if m.generic and c3 and c3 != ctx.country3:
            if c3 not in found:
                found[c3] = {(x.start_char, x.end_char): x for x in find(c3)}
            m = found[c3].get((m.start_char, m.end_char), m)
        out.append(m)
    return out


def extract(inputs: list[str], settings: Settings | None = None, stdin: BinaryIO | None = None,
            workers: int = 1) -> Iterator[tuple[Article, list[CodedEvent]] | ItemError]:
    """ingest -> segment -> dates -> code: every article with its events, plus errors."""
    yield from code_articles(articles(inputs, settings, stdin), settings, workers)


def code_batch(articles: list[dict], settings: Settings | None = None) -> list[dict]:
    """Code a batch of articles in this process, for engines that ship plain data (Ray):
    each dict holds Article's fields; one result per input, in order: {"article": {...},
    "events": [CodedEvent.to_dict(), ...]} or {"error": "tocsin: <source>: <reason>"}."""
    out = []
    for item in code_articles([Article(**a) for a in articles], settings):
        if isinstance(item, ItemError):
            out.append({"error": str(item), "source": item.source, "reason": item.reason})
        else:
            out.append({"article": item[0].to_dict(), "events": [ev.to_dict() for ev in item[1]]})
    return out
