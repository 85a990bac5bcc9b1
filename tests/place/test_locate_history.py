"""Background told as history does not make the story's focus (place/locate.py): an undated
event of today's news is placed where the news is, not where a past event told in the same
article happened.  Sentences written for tocsin in the style of wire copy."""
from .records import extracted


def _records(tmp_path, text):
    return extracted(tmp_path, text)


def test_history_elsewhere_does_not_place_todays_undated_event(tmp_path):
    text = ("Published on 8 March 2024\n\n"
            "Gunmen stormed a school in Kuriga, in Nigeria's Kaduna state, on Thursday and abducted "
            "dozens of pupils, residents said.\n\n"
            "Police said troops had been deployed to search the forests around the town.\n\n"
            "Ten years ago, Boko Haram fighters abducted 276 schoolgirls from their dormitory in Chibok, "
            "in northeastern Borno state, and held many of them for years in the Sambisa forest.")
    records = _records(tmp_path, text)
    deployed = next(r for r in records if "deployed" in r.evidence["text"])
    assert (deployed.location or {}).get("admin1") == "Kaduna"
    chibok = next(r for r in records if "276 schoolgirls" in r.evidence["text"])
    assert chibok.modality == "historical" and (chibok.location or {}).get("admin1") == "Borno"
