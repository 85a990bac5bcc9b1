"""The light coding path in Arabic: clitics and spelling before look-ups, modality from verb
morphology, both month-name systems, places without capitals, actors behind clitics."""
from __future__ import annotations

import json

import pytest

from tocsin.coding import code_article
from tocsin.coding.actor_langs import load_actors_for
from tocsin.coding.lang_ar import is_future, is_imperfect, normalise, places_ar
from tocsin.coding.langs import coding_language, load_light_nlp, lookup_key
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def _code(text: str, country3: str | None = "SYR", published: str = "2020-02-28"):
    art = Article(id="t", source="test", title="t", text=text, url=None, published=published,
                  published_inferred=False, lang="ar")
    doc = load_light_nlp("ar")(text)
    return code_article(art, doc, load_actors_for("ar").find(text, country3), ())


def _one(events, family=None):
    found = [e for e in events if family is None or e.rule_family == family]
    assert found, events
    return found[0]


def test_light_ar_routing_and_normalisation():
    assert coding_language("ar") == "ar"
    assert normalise("أإآٱ") == "اااا" and normalise("قُتِلَ") == "قتل" and normalise("قـتـل") == "قتل"
    assert normalise("مدينة") == "مدينه" and normalise("قتلى") == "قتلي"


@pytest.mark.parametrize("written,plain", [
    ("والجيش", "الجيش"), ("بالغارات", "غارة"), ("للطيران", "الطيران"), ("وقُتل", "قتل"),
    ("فالقصف", "قصف"), ("كالمدنيين", "مدنيين"), ("إدلب", "ادلب"), ("غارات", "غارة"), ("هجوماً", "هجوم"),
])
def test_light_ar_lookup_key_strips_clitics_and_spelling(written, plain):
    assert lookup_key(written, "ar") == lookup_key(plain, "ar")


def test_light_ar_lookup_key_guards_short_stems():
    assert lookup_key("قد", "ar") == "قد"  # no "د" left of the particle
    assert lookup_key("وقف", "ar") != lookup_key("قف", "ar") or lookup_key("وقف", "ar") == "وقف"
    assert lookup_key("بلد", "ar") == "بلد"
    assert lookup_key("Idlib", "ar") == "idlib"  # other scripts: lower case only


def test_light_ar_verb_forms():
    assert is_imperfect("تشن") and is_imperfect("يتعرض") and not is_imperfect("تعرضت") and not is_imperfect("تم")
    assert is_future("ستشن") and is_future("سيقصف") and not is_future("سيارة") and not is_future("ستة")


def test_light_ar_sentences_and_offsets_into_the_original_text():
    text = "هل انتهت المعارك؟ قُتل ١٢ مدنياً في غارة روسية على سراقب، بحسب المرصد السوري لحقوق الإنسان."
    doc = load_light_nlp("ar")(text)
    assert [s.text for s in doc.sents][0] == "هل انتهت المعارك؟"
    ev = _one([e for e in _code(text) if e.modality in FACTUAL])
    assert text[ev.evidence["start"]:ev.evidence["end"]] == ev.evidence["text"]
    assert ev.evidence["text"].startswith("قُتل")
    assert ev.figures["fatalities"]["value"] == 12  # Arabic-Indic digits
    assert ev.acled["sub_event_type"] == "Air/drone strike" and ev.lang == "ar"
    assert ev.modality == "reported" and "المرصد" in ev.attribution
    assert any(a["country"] == "RUS" for a in ev.actors)
    assert [m.text for m in ev.place_mentions] == ["Saraqib"]


@pytest.mark.parametrize("text,value", [
    ("قُتل ثلاثة وثلاثون جندياً تركياً في غارة جوية.", 33),
    ("قُتل ۳۳ جندياً تركياً في غارة جوية.", 33),
    ("أسفرت الغارة عن مقتل ما لا يقل عن 33 جندياً وإصابة 30 آخرين.", 33),
])
def test_light_ar_fatality_figures(text, value):
    ev = _one(_code(text))
    assert ev.figures["fatalities"]["value"] == value and ev.modality in FACTUAL


def test_light_ar_injured_counted_after_the_dead():
    ev = _one(_code("أسفرت الغارة عن مقتل 33 جندياً وإصابة 30 آخرين في ريف إدلب."))
    assert ev.figures["fatalities"]["value"] == 33 and ev.figures["injured"]["value"] == 30


def test_light_ar_total_before_the_figure():
    ev = _one(_code("وارتفع عدد قتلى الهجوم الصاروخي على المعسكر إلى أكثر من 100 جندي، بحسب مصادر عسكرية."))
    fig = ev.figures["fatalities"]  # more than 100: at least 101
    assert (fig["value"], fig["low"], fig["qualifier"]) == (100, 101, "more_than")


def test_light_ar_vague_amounts():
    ev = _one(_code("قُتل عشرات المدنيين في قصف مدفعي على أريحا."))
    assert (ev.figures["fatalities"]["low"], ev.figures["fatalities"]["high"]) == (20, 99)


@pytest.mark.parametrize("text,modality", [
    ("قال مسؤولون إن الطيران الروسي قد يشن غارات جديدة على سراقب.", "hypothetical"),
    ("ستشن القوات التركية غارات على مواقع النظام.", "future"),
    ("من المتوقع أن تشن قوات النظام هجوماً على المدينة.", "future"),
    ("ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت السوق.", "negated"),
    ("لم يُقتل أي مدني في الغارة.", "negated"),
    ("هل قصفت الطائرات المستشفى؟", "hypothetical"),
    ("ويُعتقد أن طائرات روسية شاركت في قصف السوق.", "hypothetical"),
    ("وقد قُتل خمسة مدنيين في غارة جوية على أريحا.", "asserted"),  # قد + perfect: has been killed
    ("قُتل ما لا يقل عن عشرين مدنياً في غارة جوية.", "asserted"),  # "لا يقل" is no negation
])
def test_light_ar_modality(text, modality):
    ev = _one(_code(text))
    assert ev.modality == modality, (ev.modality, ev.modality_cue)


def test_light_ar_hedged_sentence_gives_no_factual_event():
    events = _code("ويُعتقد أن مئات العائلات نزحت من بلدة الأتارب نحو الحدود التركية، وقد تشن الطائرات غارات جديدة.")
    assert events and not [e for e in events if e.modality in FACTUAL]


@pytest.mark.parametrize("text,day", [
    ("قُتل 5 مدنيين في غارة جوية على أريحا في 27 شباط 2020.", "2020-02-27"),
    ("قُتل 5 مدنيين في غارة جوية على أريحا في 27 فبراير 2020.", "2020-02-27"),
    ("قُتل 5 مدنيين في غارة جوية على أريحا في ٢٧ شباط/فبراير ٢٠٢٠.", "2020-02-27"),
    ("قُتل 5 مدنيين في غارة جوية على أريحا يوم الخميس الماضي.", "2020-02-27"),
    ("قُتل 5 مدنيين في غارة جوية على أريحا مساء أمس.", "2020-02-27"),
    ("قُتل 5 مدنيين في غارة جوية على أريحا في 3 كانون الثاني.", "2020-01-03"),
])
def test_light_ar_dates_in_both_month_systems(text, day):
    from tocsin.dates import date_events

    art = Article(id="t", source="test", title="t", text=text, url=None, published="2020-02-28",
                  published_inferred=False, lang="ar")
    ev = _one(date_events(_code(text), art))
    assert ev.date["start"] == day, ev.date


def test_light_ar_actors_behind_clitics():
    text = "وقصفت القوات التركية ومدفعية النظام مواقع لهيئة تحرير الشام وللجيش الوطني السوري، وأفاد الدفاع المدني بذلك."
    found = {(m.name.split(":")[0], m.country) for m in load_actors_for("ar").find(text, "SYR", "2020-02-28")}
    assert ("Military Forces of Turkey", "TUR") in found and ("HTS", "SYR") in found and ("SNA", "SYR") in found
    mention = next(m for m in load_actors_for("ar").find(text, "SYR", "2020-02-28") if m.country == "TUR")
    assert text[mention.start_char:mention.end_char] == "القوات التركية"


def test_light_ar_roles_verb_first():
    ev = _one(_code("قصفت قوات النظام بالمدفعية مواقع الجيش الوطني السوري في ريف حلب."))
    roles = {(a["role"], a["country"], a["kind"]) for a in ev.actors}
    assert ("actor1", "SYR", "state_forces") in roles and ("actor2", "SYR", "rebel_group") in roles
    ev = _one(_code("قُتل ثلاثة جنود أتراك في قصف لقوات النظام قرب سراقب."))
    assert ("actor2", "TUR") in {(a["role"], a["country"]) for a in ev.actors}


def test_light_ar_places_with_prepositions_and_place_nouns():
    text = "غارات على بسراقب ومعرة النعمان وطرابلس وفي بلدة كفرعويد."
    got = [(m.text, text[m.start:m.end]) for m in places_ar(text, 0, len(text))]
    assert ("Saraqib", "سراقب") in got and ("Maarrat al-Numan", "معرة النعمان") in got
    assert ("Tripoli", "طرابلس") in got
    assert any(src == "كفرعويد" and name.isascii() for name, src in got)  # unknown: transliterated


def test_light_ar_sport_is_no_violence():
    text = ("اكتسح فريق الجيش ضيفه بأربعة أهداف في مباراة قوية على الملعب. وشن مهاجمو الجيش هجوماً كاسحاً "
            "في الشوط الثاني وقصفوا مرمى الحارس، فيما قال مدرب الفريق إن الدوري لم يحسم.")
    assert not [e for e in _code(text) if e.modality in FACTUAL and e.plover and e.plover["event"] == "ASSAULT"]


def test_light_ar_full_article(tmp_path):
    from tocsin import pipeline

    text = ("بيروت (وكالة الشرق) - قُتل ما لا يقل عن ثلاثة وثلاثين جندياً تركياً مساء الخميس في غارة جوية "
            "شنتها طائرات النظام السوري قرب بلدة بليون في ريف إدلب الجنوبي، بحسب والي هاتاي.\n\n"
            "وقال مسؤولون أتراك إن الطائرات التركية قد تشن غارات انتقامية على مواقع النظام.")
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "ar1", "title": "غارة على بليون", "text": text, "url": None,
                                "published": "2020-02-28"}, ensure_ascii=False) + "\n", encoding="utf-8")
    results = [r for r in pipeline.extract([str(path)]) if isinstance(r, tuple)]
    (art, events), = results
    assert art.lang == "ar"
    factual = [e for e in events if e.modality in FACTUAL]
    ev = factual[0]
    assert all("قُتل" in e.evidence["text"] and "قد تشن" not in e.evidence["text"] for e in factual)  # hedged: no
    assert ev.acled["sub_event_type"] == "Air/drone strike" and ev.date["start"] == "2020-02-27"
    assert ev.location["country"] == "SY" and ev.location["admin1"] == "Idlib"
    assert {"TUR", "SYR"} <= {a["country"] for a in ev.actors}
    assert ev.figures["fatalities"]["value"] == 33 and ev.modality == "reported"
    assert not any(m.text in ("Beirut", "بيروت") for m in ev.place_mentions)  # the dateline places nothing
