"""Every coding lexicon is valid data: provenance and license, unique ids, known codes."""
import json
import re
from importlib import resources

import pytest
import yaml

from tests.conftest import EVENT_SCHEMA

LEX = resources.files("tocsin") / "data" / "lexicons"


@pytest.fixture(scope="module")
def codes(shared_dir) -> tuple[set, set, set]:
    """(ACLED sub-event types, ACLED event types, PLOVER events) from the shared event schema."""
    props = json.loads(EVENT_SCHEMA.read_text(encoding="utf-8"))["properties"]
    return (set(props["acled"]["properties"]["sub_event_type"]["enum"]),
            set(props["acled"]["properties"]["event_type"]["enum"]),
            set(props["plover"]["properties"]["event"]["enum"]))


def _load(lang, name):
    text = (LEX / lang / f"{name}.yaml").read_text(encoding="utf-8")
    return text, yaml.safe_load(text)


@pytest.mark.parametrize("lang,name", [("en", n) for n in ("triggers", "instruments", "modality", "numbers", "dates", "actors")]
                         + [("fr", "dates")])
def test_lexicon_has_provenance_license_and_version(lang, name):
    text, data = _load(lang, name)
    assert re.search(r"provenance", text, re.I) and re.search(r"license", text, re.I)
    assert data["version"] >= 1


def test_lexicon_triggers_codes_are_known(codes):
    acled_subs, acled_types, plover = codes
    _, t = _load("en", "triggers")
    ids = [x["id"] for x in t["triggers"]]
    assert len(ids) == len(set(ids))
    for fam in t["families"].values():
        assert fam["plover"] in plover | {None}
        assert fam["acled"] in acled_subs | {None}
    assert set(t["acled_types"]) == acled_subs and set(t["acled_types"].values()) == acled_types
    assert set(t["priority"]) == set(t["families"])
    for x in t["triggers"]:
        assert x["family"] in t["families"] and x["lemmas"]
    for fam, refs in t["refine"].items():
        assert fam in t["families"]
        assert all(r["acled"] in acled_subs for r in refs)
    # every ACLED sub-event type and every PLOVER event can be produced
    produced_acled = {f["acled"] for f in t["families"].values()} | {r["acled"] for refs in t["refine"].values() for r in refs}
    _, inst = _load("en", "instruments")
    produced_acled |= {i["acled"] for i in inst["instruments"]}
    assert acled_subs <= produced_acled, acled_subs - produced_acled
    assert plover <= {f["plover"] for f in t["families"].values()}, plover - {f["plover"] for f in t["families"].values()}


def test_lexicon_instruments_and_modality_values():
    _, inst = _load("en", "instruments")
    assert len({i["id"] for i in inst["instruments"]}) == len(inst["instruments"])
    _, mod = _load("en", "modality")
    values = {"hypothetical", "recommended", "future", "negated"}
    assert set(mod["modals"].values()) <= values
    assert set(mod["irrealis_heads"]) <= values


def test_lexicon_numbers_vague_ranges_ordered():
    _, num = _load("en", "numbers")
    assert all(lo < hi for lo, hi in num["vague"].values())
    assert set(num["qualifiers"].values()) <= {"exact", "at_least", "at_most", "about", "more_than", "vague"}


def test_lexicon_classifier_labels_map_to_acled(codes):
    acled_subs = codes[0]
    from tocsin.coding.classify import case_labels

    labels = case_labels()
    assert len(labels) == 30
    assert {v for v in labels.values() if v} == acled_subs


LIGHT_LANGS = ("fr", "es", "tr", "ar")
LIGHT_FILES = ("triggers", "instruments", "modality", "numbers", "dates", "actors", "assembly", "places")


@pytest.mark.parametrize("lang,name", [(lang, n) for lang in LIGHT_LANGS for n in LIGHT_FILES])
def test_lexicon_light_language_files_have_provenance_license_and_version(lang, name):
    text, data = _load(lang, name)
    assert re.search(r"provenance", text, re.I) and re.search(r"license", text, re.I)
    assert data["version"] >= 1


@pytest.mark.parametrize("lang", LIGHT_LANGS)
def test_lexicon_light_language_mirrors_english_structure_and_rule_ids(lang):
    """Same families, ACLED types, priority and rule ids as English: a rule id names one rule in
    every language, so a test or a record can point at it whatever the article's language."""
    _, en = _load("en", "triggers")
    _, t = _load(lang, "triggers")
    assert t["families"] == en["families"] and t["acled_types"] == en["acled_types"]
    assert t["priority"] == en["priority"]
    ids = [x["id"] for x in t["triggers"]]
    # a rule that only one language needs (an ambiguity of its own words: "station" as a noun,
    # "exploser" of prices, Arabic "توقيف" sharing its key with "وقف") is declared `language_only`
    own, en_own = set(t.get("language_only", ())), set(en.get("language_only", ()))
    assert own <= set(ids) and en_own <= {x["id"] for x in en["triggers"]} and not own & en_own
    assert len(ids) == len(set(ids)) and set(ids) - own == {x["id"] for x in en["triggers"]} - en_own
    for x in t["triggers"]:
        assert x["family"] in t["families"] and x["lemmas"]
    for fam, refs in t["refine"].items():
        assert fam in t["families"]
    _, inst_en = _load("en", "instruments")
    _, inst = _load(lang, "instruments")
    assert [i["id"] for i in inst["instruments"]] == [i["id"] for i in inst_en["instruments"]]
    assert [i["acled"] for i in inst["instruments"]] == [i["acled"] for i in inst_en["instruments"]]
    _, mod = _load(lang, "modality")
    assert set(mod["modals"].values()) <= {"hypothetical", "recommended", "future", "negated"}
    assert set(mod["irrealis_heads"]) <= {"hypothetical", "recommended", "future", "negated"}
    assert all(isinstance(w, str) for key in ("negators", "negation_openers") for w in mod.get(key, ()))
    _, num = _load(lang, "numbers")
    assert all(lo < hi for lo, hi in num["vague"].values())
    assert set(num["figure_kinds"]) == set(_load("en", "numbers")[1]["figure_kinds"])


@pytest.mark.parametrize("lang", LIGHT_LANGS)
def test_lexicon_light_actor_overlay_names_known_ids(lang):
    from tocsin.coding.actor_langs import load_actors_for

    _, en = _load("en", "actors")
    _, overlay = _load(lang, "actors")
    known = {a["id"] for a in en["actors"]}
    assert set(overlay["aliases"]) <= known
    assert load_actors_for(lang).find("x")  == []  # builds: every alias is a valid phrase
