"""Where events of wire copy, monitors' reports and ministry statements are placed (place/
locate.py, containment.py, speakers.py): a sentence naming only the country is placed at the
story's province; a province the tagger read as a body still places; "X city in Y" and "the
Y town of X" are one town in Y's province, not two towns; a country that acts ("Turkey
destroyed tanks") is not where it acted.  Sentences written for tocsin in wire style."""

import pytest

from .records import extracted


def _records(tmp_path, text, published):
    return extracted(tmp_path, text, published)


def _with(records, words):
    return [r for r in records if words in r.evidence["text"]]


def test_country_only_sentence_takes_the_story_province(tmp_path):
    text = ("Air strikes killed at least nine civilians in north-west Syria on Sunday, rescue workers said.\n\n"
            "The monitor said government helicopters dropped barrel bombs on Sarmin and Taftanaz "
            "in Idlib province, where fighting has raged for weeks.")
    first = _with(_records(tmp_path, text, "2020-02-10"), "nine civilians")
    assert first and all((r.location or {}).get("admin1") == "Idlib" for r in first)
    assert all(r.location["precision"] == 3 for r in first)


def test_province_read_as_a_body_still_places(tmp_path):
    text = ("Syria's government army fought off three militant raids on its positions in the Idlib governorate, "
            "the head of the Russian Centre for Monitoring the Truce in Syria, Oleg Sidorov, said on Monday.")
    rec = _records(tmp_path, text, "2020-01-21")
    assert rec and all((r.location or {}).get("admin1") == "Idlib" for r in rec)
    assert all(r.location["precision"] == 3 for r in rec)


@pytest.mark.parametrize("sentence, town", [
    ("Government warplanes killed four civilians in Sarmin city in Idlib on Monday, the monitor said.",
     "Sarmīn"),
    ("Rockets killed two farmers in Saraqeb city in the eastern suburbs of Idlib governorate on Monday.",
     "Saraqib"),
    ("Shelling wounded three children in the eastern Idlib town of Sarmin on Monday, medics said.",
     "Sarmīn"),
])
def test_town_in_its_namesake_province_is_one_place(tmp_path, sentence, town):
    rec = _records(tmp_path, sentence, "2020-02-03")
    assert len(rec) >= 1
    assert {r.location["name"] for r in rec} == {town}


def test_country_acting_is_not_where_it_acted(tmp_path):
    text = ("Turkey has destroyed five tanks and two howitzers belonging to Syrian government forces, "
            "the Turkish defence ministry said on Tuesday.\n\n"
            "Turkey launched the operation after two of its soldiers were killed in Idlib province "
            "last week, the ministry said.")
    tanks = _with(_records(tmp_path, text, "2020-03-04"), "five tanks")
    assert tanks and all((r.location or {}).get("country") == "SY" for r in tanks)


def test_allegiance_prefix_names_no_place(tmp_path):
    text = ("Turkish drone strikes killed 21 pro-Damascus fighters near Saraqeb on Friday, "
            "a war monitor said.")
    rec = _with(_records(tmp_path, text, "2020-02-29"), "21 pro-Damascus")
    assert rec and all((r.location or {}).get("admin1") == "Idlib" for r in rec)


def test_name_tagged_as_two_touching_entities(tmp_path):
    text = ("The Syrian Arab Army (SAA) seized the key city of Ma'arat Al-Nu'man on Tuesday after a "
            "three-day push through the eastern countryside of the Idlib Governorate.")
    rec = _with(_records(tmp_path, text, "2020-01-29"), "seized")
    assert rec and all((r.location or {}).get("name") == "Ma‘arrat an Nu‘mān" for r in rec)


def test_unplaced_event_takes_the_province_over_the_country_on_a_tie(tmp_path):
    text = ("Syria's government army fought off two militant raids on its positions in the Idlib governorate, "
            "the head of the Russian Centre for Monitoring the Truce in Syria, Oleg Sidorov, said on Monday.\n\n"
            "\"The raid was beaten off. The militants fell back to their starting positions,\" Sidorov said.")
    rec = _with(_records(tmp_path, text, "2020-01-21"), "beaten off")
    assert rec and all((r.location or {}).get("admin1") == "Idlib" for r in rec)
