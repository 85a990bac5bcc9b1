"""A sentence whose neighbour makes its events no news (coding/nonevents_discourse.py): a report
exposed by the next sentence, a frame set up by the sentence before.  Sentences written for
tocsin; each guard has controls of the same shape that stay coded."""
import pytest

from .factual import WIRE_LEAD, factual_events

DAY = "2020-03-03"


def _facts(paragraph: str) -> list:
    """The factual records told in `paragraph` (the lead's own shelling left out)."""
    return [e for e in factual_events(WIRE_LEAD + paragraph, DAY) if e.evidence["start"] >= len(WIRE_LEAD)]


@pytest.mark.parametrize("paragraph", [
    # exposed by the next sentence
    "A pro-government site said on Tuesday that rebels had shelled the hospital in Saraqib. The site deleted its post an hour later.",
    "Rebels shot down a government helicopter over Nairab on Tuesday, according to a clip shared on Telegram. "
    "Researchers matched the clip to footage filmed over Hama in 2016.",
    "State television said rebel rockets had hit a school in Hama on Tuesday. It later said the report had been broadcast in error.",
    "Turkish commandos stormed a government checkpoint near Sarmin on Tuesday, according to a video. "
    "The defence ministry said the video showed part of a live-fire drill at a range in Hatay.",
    "Messages on WhatsApp said gunmen had kidnapped four teachers in Atarib on Tuesday. The education office said the messages were false.",
    # a frame set up by the sentence before
    "In the operational plan seen by reporters, the offensive unfolds in three phases. Government troops retake Saraqib on the third day.",
    "Imagine the next week from a family's tent in Atmeh. Jets strike the market on a Tuesday and the family moves north again.",
    "The novel opens in the winter of 2020 and follows a teacher from Sarmin. Militiamen storm the town and burn his school.",
])
def test_no_event(paragraph):
    assert _facts(paragraph) == []


@pytest.mark.parametrize("paragraph", [
    "Rebels said they shelled a government post near Sarmin on Tuesday. The claim could not be independently verified.",
    "Government jets struck the market in Ariha on Tuesday, killing nine people. Residents said they feared more raids.",
    "The army's plan was leaked to reporters on Monday. On Tuesday, government troops shelled Saraqib, killing four people.",
    "The rebels posted a video of the attack on Tuesday. Fighters stormed a government post near Nairab and captured two tanks, the video showed.",
])
def test_controls_stay_coded(paragraph):
    assert _facts(paragraph), paragraph
