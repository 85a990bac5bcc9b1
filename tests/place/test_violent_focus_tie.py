"""The violent events' province, on a tie, is the one the whole story names most
(place/focus.py `violent_focus_of`)."""
from tocsin.place.locate import article_context, locate_events
from tocsin.records import CodedEvent, PlaceMention

TEXT = ("A military court in Goma on Tuesday sentenced an army major to 20 years in prison. "
        "The trial heard that troops opened fire on a crowd in a Goma market last year. "
        "Residents of Goma and Butembo have long complained about the army. "
        "UN convoys are often ambushed by militias in Ituri and North Kivu.")


def _ev(eid, sentence, mentions=()):
    s = TEXT.index(sentence)
    return CodedEvent(id=eid, article={}, acled={"event_type": "Violence against civilians"}, plover=None,
                      displacement=None, modality="asserted", aggregate=False, attribution=None, actors=(),
                      figures={}, evidence={"text": sentence, "start": s, "end": s + len(sentence)},
                      confidence=0.5, rule_id="r", trigger="t", paragraph_start=s,
                      place_mentions=tuple(PlaceMention(m, TEXT.index(m, s), TEXT.index(m, s) + len(m), "in", "GPE")
                                           for m in mentions))


def test_tie_between_provinces_goes_to_the_story_province():
    from tocsin.coding.nlp import load_nlp

    ctx = article_context((), [], doc=load_nlp()(TEXT))
    events = [_ev("a", "UN convoys are often ambushed by militias in Ituri and North Kivu.", ("Ituri", "North Kivu")),
              _ev("b", "The trial heard that troops opened fire on a crowd in a Goma market last year.")]
    # the second sentence's "Goma market" is no place the coder passed: it takes the story's focus
    out = locate_events(events, ctx)
    unplaced = [e for e in out if e.id == "b"]
    assert unplaced and unplaced[0].location is not None
    assert unplaced[0].location["admin1"] == "Nord-Kivu"
