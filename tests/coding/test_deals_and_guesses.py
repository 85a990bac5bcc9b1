"""A deal named by its participle, undated, as an object ("violating the truce brokered by
Riyadh") is a deal made before, not a new one; "the likeliest outcome is that X" is a guess
(nonevents_claims._standing_deal, _likely)."""
import pytest

from tests.coding.factual import factual_events


def _agreements(text: str) -> list:
    return [e for e in factual_events(text, "2023-06-06")
            if (e.acled or {}).get("sub_event_type") == "Agreement"]


@pytest.mark.parametrize("text", [
    "Paramilitary fighters shelled a market in Omdurman on Monday, violating the truce brokered by "
    "Saudi Arabia and the United States.",
    "Rebel commanders accused the army of breaking the ceasefire negotiated by Qatar, and fighting "
    "resumed near the airport.",
])
def test_a_deal_named_as_an_object_is_no_new_deal(text):
    assert _agreements(text) == []


@pytest.mark.parametrize("text", [
    "A truce brokered by Qatar took effect at midnight on Monday.",
    "The two sides signed a ceasefire in Jeddah on Saturday.",
    "Aid convoys reached the city under the truce agreed on Saturday in Jeddah.",
])
def test_a_deal_told_or_dated_stays(text):
    assert len(_agreements(text)) == 1


@pytest.mark.parametrize("text", [
    "The likeliest outcome in the coming weeks is that the army sends more tanks to the border.",
    "The most probable result is that the militia attacks the airport again.",
])
def test_a_guessed_outcome_is_no_event(text):
    assert factual_events(text, "2023-06-06") == []
