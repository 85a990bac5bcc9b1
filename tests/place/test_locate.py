from tocsin.place.locate import article_context, locate_events
from tocsin.records import CodedEvent, PlaceMention


def _event(mentions, para=0, eid="e1", start=0):
    return CodedEvent(id=eid, article={}, acled=None, plover=None, displacement=None, modality="asserted",
                      aggregate=False, attribution=None, actors=(), figures={},
                      evidence={"text": "x", "start": start, "end": start + 1}, confidence=0.5, rule_id="r", trigger="t",
                      place_mentions=tuple(PlaceMention(t, 0, len(t), "in", "GPE") for t in mentions),
                      paragraph_start=para)


def test_locate_context_from_places_and_actors():
    ctx = article_context([("Idlib", "GPE"), ("Aleppo", "GPE"), ("Ankara", "GPE")], ["SYR", "TUR"])
    assert ctx.countries[0] == "SY" and ctx.country3 == "SYR"
    assert ctx.main is not None and ctx.main.admin1 == "Idlib"


def test_locate_one_record_per_town():
    ctx = article_context([("Idlib", "GPE")], ["SYR"])
    out = locate_events([_event(["Saraqeb", "Ariha"])], ctx)
    assert [e.location["admin1"] for e in out] == ["Idlib", "Idlib"]
    assert len({e.id for e in out}) == 2 and out[0].location["precision"] == 1


def test_locate_inherits_from_paragraph_then_article():
    ctx = article_context([("Idlib", "GPE")], ["SYR"])
    out = locate_events([_event(["Khan Sheikhoun"], eid="a"), _event([], eid="b", start=2),
                         _event([], para=500, eid="c", start=500)], ctx)
    assert out[1].location["basis"] == "paragraph" and out[1].location["name"] == out[0].location["name"]
    assert out[2].location["basis"] == "article" and out[2].location["admin1"] == "Idlib"


def test_locate_no_context_no_place_is_null():
    ctx = article_context([], [])
    assert locate_events([_event([])], ctx)[0].location is None


def _sentence_event(text, start, end, mentions=()):
    return CodedEvent(id="s1", article={}, acled=None, plover=None, displacement=None,
                      modality="asserted", aggregate=False, attribution=None, actors=(),
                      figures={}, evidence={"text": text[start:end], "start": start, "end": end},
                      confidence=0.5, rule_id="r", trigger="t", place_mentions=tuple(mentions))


def test_locate_town_the_coder_missed_comes_from_the_sentence():
    from tocsin.coding.nlp import load_nlp

    text = ("Militants stormed the outskirts of Barsalogho before dawn on Saturday, "
            "killing dozens of trench diggers, witnesses told reporters.")
    doc = load_nlp()(text)
    ctx = article_context((), [], doc=doc)
    out = locate_events([_sentence_event(text, 0, len(text))], ctx)
    loc = out[0].location
    assert loc is not None and loc["name"] == "Barsalogho" and loc["country"] == "BF"
    assert loc["precision"] == 2  # "on the outskirts of": the anchor town, coarser


def test_locate_misspelt_village_is_matched_inside_the_story_country():
    from tocsin.coding.nlp import load_nlp

    text = ("Soldiers returned to Ogossogou on Sunday after gunmen burned granaries there, "
            "the government of Mali said.")
    doc = load_nlp()(text)
    ctx = article_context((), ["MLI"], doc=doc)
    names = {t.text: t.place for t in ctx.toponyms}
    assert names["Ogossogou"] is not None and names["Ogossogou"].name == "Ogossagou"
    assert names["Ogossogou"].admin1 == "Mopti"
