"""Code one written article and keep its factual events (shared by the precision and light-path tests)."""
from tocsin import pipeline
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def coded_events(text: str, published: str, article_id: str = "t", lang: str = "en", title: str | None = None) -> list:
    art = Article(id=article_id, source="t", url=None, title=title, text=text, published=published,
                  published_inferred=False, lang=lang)
    ((_, events),) = list(pipeline.code_articles([art]))
    return events


def factual_events(text: str, published: str, article_id: str = "t", lang: str = "en") -> list:
    return [e for e in coded_events(text, published, article_id, lang) if e.modality in FACTUAL]


def subtypes(events) -> set:
    """The ACLED sub-event types of the events."""
    return {(e.acled or {}).get("sub_event_type") for e in events}


WIRE_LEAD = ("DAMASCUS, March 3 (Levant Wire) - Government forces shelled the town of Sarmin in Idlib "
             "province on Monday, killing four civilians, a monitoring group said.\n\n")


def extra_events(sentence: str, lead: str = WIRE_LEAD) -> list:
    """The factual events of `sentence` told after a wire lead on Idlib (the lead's own shelling left out)."""
    return [e for e in factual_events(lead + sentence, "2020-03-03") if sentence[:30] in e.evidence["text"]]


VIOLENT_FAMILIES = ("battle", "violence", "explosion", "property")


def factual_after(lead: str, sentence: str, published: str) -> list:
    """The factual events of `sentence` told after a wire `lead` (the lead's own left out)."""
    return [e for e in factual_events(lead + sentence, published) if sentence[:25] in e.evidence["text"]]


def told_after(lead: str, published: str):
    """`sentence -> its factual events told after the wire `lead``, for a round's test module."""
    return lambda sentence: factual_after(lead, sentence, published)


def tells_family(lead: str, sentence: str, published: str, family: str) -> bool:
    """`sentence`, told after `lead`, gives a factual event of `family` ("violence": any violent family)."""
    families = {e.rule_family for e in factual_after(lead, sentence, published)}
    return family in families or (family == "violence" and bool(families & set(VIOLENT_FAMILIES)))


def first_figure(events, kind: str):
    """The value of the first `kind` figure among `events` (None when none has one)."""
    return next(((e.figures or {}).get(kind, {}).get("value") for e in events if (e.figures or {}).get(kind)), None)


def assert_coded_as(events, kinds: set) -> None:
    """Some event among `events` has one of the ACLED sub-event types `kinds` (the coder's reading in the message)."""
    assert subtypes(events) & kinds, [(e.trigger, e.acled, e.modality) for e in events]


def assert_counted(events, kind: str, value) -> None:
    """The first `kind` figure among `events` is `value`."""
    assert first_figure(events, kind) == value, [(e.trigger, e.figures) for e in events]
