"""Sources the parser loses at the end or head of a sentence (coding/attribution.py): "...,
the Observatory, a war monitor, reported on Saturday.", "..., Anadolu news agency reports.",
"...," the minister's statement read.", "SNHR: at least ...".  Sentences written for tocsin."""
import pytest

from tocsin.coding.attribution import attribution_of
from tocsin.coding.lexicon import coding_lexicon


@pytest.fixture(scope="module")
def verbs():
    return frozenset(coding_lexicon().modality["reporting_verbs"])


@pytest.mark.parametrize("text, source", [
    ("Government air strikes on rebel-held villages south of Idlib have killed 17 fighters in the past day, "
     "the Syrian Observatory, a Britain-based monitor, reported on Sunday.", "Syrian Observatory"),
    ("As many as 12 soldiers died when their convoy was hit by an air strike near Saraqeb, "
     "Anadolu news agency reports.", "Anadolu news agency"),
    ("\"Since Sunday we have destroyed four tanks and a howitzer,\" the minister's statement read.",
     "minister's statement"),
    ("SNHR: two children were killed on March 3 when warplanes fired missiles on a school in Ariha.", "SNHR"),
])
def test_source_the_parse_missed(nlp, verbs, text, source):
    sent = next(nlp(text).sents)
    assert attribution_of(sent, verbs) == source


@pytest.mark.parametrize("text", [
    "Syria war: air strikes on a crowded market kill dozens.",
    "UPDATE: two people were killed in the blast, and the road was closed.",
    "Warplanes struck the town again, killing two people on Monday.",
])
def test_no_source_invented(nlp, verbs, text):
    sent = next(nlp(text).sents)
    assert attribution_of(sent, verbs) is None
