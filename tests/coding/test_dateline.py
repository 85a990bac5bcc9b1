"""Datelines (coding/dateline.py): where the reporter filed from, never where it happened."""
import pytest

from tocsin.coding.dateline import find_dateline


@pytest.mark.parametrize("text,place,date,outlet", [
    ("BEIRUT (Cedar Wire) - Jets hit a bakery in Ariha on Monday.", "BEIRUT", None, "Cedar Wire"),
    ("AMMAN, Jordan — Shelling hit Saraqib overnight.", "AMMAN, Jordan", None, None),
    ("ISTANBUL, March 3 (Bosphorus Desk) - Two Turkish soldiers died.", "ISTANBUL", "March 3", "Bosphorus Desk"),
    ("Nairobi/Khartoum – Fighting resumed in El Fasher on Sunday.", "Nairobi/Khartoum", None, None),
    ("(Sahel Wire) - Gunmen attacked a village in Mopti.", None, None, "Sahel Wire"),
    ("Nov 7 (Border Desk) - Gunmen ambushed three vans near Bavispe on Monday.", None, "Nov 7", "Border Desk"),
])
def test_dateline_found(text, place, date, outlet):
    line = find_dateline(text)
    assert line is not None and (line.place, line.date, line.outlet) == (place, date, outlet)
    assert text[line.end:][:1].isalpha() or text[line.end:][:1] == "("


@pytest.mark.parametrize("text", [
    "Syrian forces - which had massed near the town - advanced on Tuesday.",
    "Government troops captured the village of Kansafra on Saturday.",
    "Russian jets struck Kafr Nabl - and then Hass - at dawn.",
    "April 11 - The RSF attacks the camp from three sides.",
])
def test_dateline_not_in_plain_sentences(text):
    assert find_dateline(text) is None


def test_dateline_after_an_aggregator_note():
    text = ("Regional Digest republishes wire stories for its readers.\n\n"
            "CAIRO, May 18 (Delta Wire) - Government forces took an air base west of Tripoli.")
    line = find_dateline(text)
    assert line is not None and line.place == "CAIRO" and line.date == "May 18"
