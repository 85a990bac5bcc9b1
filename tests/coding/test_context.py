"""Context that decides whether violent words are political violence (coding/context.py):
a sports report, a natural hazard as the agent, a definite noun that refers back."""
from .factual import factual_events


def _events(text, published="2021-05-10"):
    return factual_events(text, published, "c")


def _violent_subs(events):
    return [e.acled["sub_event_type"] for e in events
            if e.acled and e.acled["event_type"] not in ("Strategic developments", "Protests")]


def test_context_sports_report_has_no_violence():
    text = ("Rovers won the derby 2-1 at a packed stadium on Saturday. Their striker shot from the edge of the box "
            "after ten minutes and the visitors attacked down the right all afternoon. \"We got killed on the break,\" "
            "their manager said after the match, as the league leaders extended their lead to five points.")
    assert _violent_subs(_events(text)) == []


def test_context_sports_words_do_not_veto_a_real_attack():
    text = ("Gunmen shot dead three fans outside the stadium after the league match on Saturday, police said. "
            "The manager of the home team condemned the attack, and the cup final was postponed.")
    assert "Attack" in _violent_subs(_events(text))


def test_context_natural_hazard_kills_no_one_politically():
    text = ("Heavy monsoon rain fell on the coastal districts for three days. Landslides and flooding have killed "
            "at least 19 people in the province, the disaster agency said.")
    assert _events(text) == [] or _violent_subs(_events(text)) == []


def test_context_falling_town_is_territory_but_falling_rain_is_not():
    subs = _violent_subs(_events("The town of Kalvar fell to insurgent fighters on Tuesday after a week of clashes "
                                 "with the army."))
    assert "Non-state actor overtakes territory" in subs


def test_context_definite_noun_refers_back_to_the_strike():
    text = ("Government warplanes struck a bakery in the village of Tell Hamra on Friday, killing nine civilians. "
            "Witnesses said the raids lasted most of the morning. "
            "Dozens of families fled toward the hills after the bombardment.")
    events = _events(text)
    assert _violent_subs(events) == ["Air/drone strike"]
    assert any(e.displacement for e in events)


def test_context_definite_noun_may_repeat_the_same_type():
    text = ("An air strike hit a clinic in the town of Deir Sunbul on Monday, killing four people. "
            "The strike destroyed the clinic's only ambulance.")
    assert set(_violent_subs(_events(text))) == {"Air/drone strike"}
