"""Sentence boundaries at line breaks (coding/nlp.py)."""
from tocsin.coding.nlp import hard_wrapped


def test_nlp_heading_line_ends_a_sentence(nlp):
    doc = nlp("Army shells villages near the river\nGovernment artillery shelled three villages on Monday, "
              "killing four civilians, residents said.\nMost families fled toward the hills.")
    assert [s.text.strip() for s in doc.sents] == [
        "Army shells villages near the river",
        "Government artillery shelled three villages on Monday, killing four civilians, residents said.",
        "Most families fled toward the hills."]


def test_nlp_hard_wrapped_text_keeps_the_parser_boundaries(nlp):
    text = ("Government artillery shelled three villages near the river on\n"
            "Monday morning, killing four civilians and wounding eleven more, according\n"
            "to residents and a local doctor who treated the wounded in the nearby\n"
            "town.")
    assert hard_wrapped(text)
    assert len(list(nlp(text).sents)) == 1
