"""The light coding path for Turkish (coding/lang_tr.py): suffixes, modality, figures, dates,
actors and places, on sentences written for these tests."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from tocsin import pipeline
from tocsin.coding import code_article, lang_tr
from tocsin.coding.actor_langs import load_actors_for
from tocsin.coding.langs import coding_language, load_light_nlp, lookup_key
from tocsin.dates.event_dates import date_of_text
from tocsin.records import Article

LEX = Path(__file__).resolve().parents[2] / "src" / "tocsin" / "data" / "lexicons" / "tr"
FACTUAL = ("asserted", "reported", "historical")


def _article(text: str, published: str = "2020-02-28") -> Article:
    return Article(id="t", source="test", title="t", text=text, url=None, published=published,
                   published_inferred=False, lang="tr")


def _code(text: str, published: str = "2020-02-28"):
    doc = load_light_nlp("tr")(text)
    return code_article(_article(text, published), doc, load_actors_for("tr").find(text), ())


def _one(events, family=None):
    found = [e for e in events if family is None or e.rule_family == family]
    assert found, events
    return found[0]


def test_lang_tr_routing_and_turkish_lower_case():
    assert coding_language("tr") == "tr"
    assert lang_tr.lower_tr("İDLİB") == "idlib" and lang_tr.lower_tr("IRAK") == "ırak"
    assert lookup_key("İdlib'de", "tr") == "idlib" and lookup_key("TSK'ya", "tr") == "tsk"
    assert lookup_key("Suriye’nin", "tr") == "suriye"  # typographic apostrophe
    assert lookup_key("İdlib'de", "fr") == "İdlib'de".lower()  # other languages keep their key


@pytest.mark.parametrize("word,stem", [
    ("askerler", "asker"), ("askerimiz", "asker"), ("askerlerimizin", "asker"),
    ("saldırılarda", "saldırı"), ("çatışmalarda", "çatışma"), ("öldürülmedi", "öldür"),
    ("bombaladığı", "bombala"), ("katledildi", "katlet"),  # katled- is katlet softened
])
def test_lang_tr_suffixes_are_stripped_to_a_lexicon_stem(word, stem):
    assert lang_tr.lemma(word) == stem


def test_lang_tr_stripping_stops_at_known_words_only():
    assert lang_tr.strip_to("vurgusu", lang_tr.vocabulary()) is None  # "vur" + "gusu" is no suffix chain
    assert lang_tr.strip_to("yakınlarında", {"yak"}) is None or "yak" not in lang_tr.vocabulary()
    assert lang_tr.strip_to("kuvvetlerine", {"kuvvet", "kuvvetleri"}) == "kuvvetleri"  # the longest


def test_lang_tr_tokenizer_splits_apostrophe_suffixes():
    doc = load_light_nlp("tr")("İdlib'de 33'ü asker.")
    assert [t.text for t in doc] == ["İdlib", "'de", "33", "'ü", "asker", "."]
    assert doc[0].lower_ == "idlib" and doc[2].like_num


def test_lang_tr_actors_match_through_suffixes():
    text = "TSK'ya ait mevzilere rejim güçlerinin saldırısı sürerken İşler Bakanlığı açıklama yaptı."
    found = {(m.text, m.country, m.kind) for m in load_actors_for("tr").find(text)}
    assert ("TSK", "TUR", "state_forces") in found
    assert ("rejim güçleri", "SYR", "state_forces") in found  # the mention stops where "nin" begins
    assert not any(m[1] == "SYR" and m[2] == "rebel_group" for m in found)  # "İşler" is no IS


def test_lang_tr_suffixes_file_has_provenance_and_known_cases():
    text = (LEX / "suffixes.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert re.search("provenance", text) and re.search("license", text) and data["version"] >= 1
    assert set(data["apostrophe_cases"]) <= set(lang_tr.CASES)
    assert all(s == lang_tr.lower_tr(s) for group in data["suffixes"].values() for s in group)
    # lexicon words are matched after Python's str.lower: no dotted or dotless capital I in them
    triggers = yaml.safe_load((LEX / "triggers.yaml").read_text(encoding="utf-8"))
    assert all(w == lang_tr.lower_tr(w) for t in triggers["triggers"] for w in t["lemmas"])


@pytest.mark.parametrize("text,modality", [
    ("Rejim güçleri İdlib'e yeni bir saldırı başlatabilir.", "hypothetical"),
    ("Saldırıda ölenlerin sayısının 50'yi bulmuş olabileceği belirtildi.", "hypothetical"),
    ("TSK önümüzdeki günlerde rejim mevzilerini vuracak.", "future"),
    ("Moskova, Rus uçaklarının hastaneyi bombaladığı iddialarını yalanladı.", "negated"),
    ("Örgüt, rehineleri öldürdüğü iddiasını reddetti.", "negated"),
    ("Gözlem noktasına saldırı düzenlenmedi.", "negated"),
    ("Köyde 12 sivilin öldürüldüğü iddia edildi.", "reported"),
    ("Kampta 4 kişinin yaralandığı öne sürüldü.", "reported"),
    ("Çatışmalarda 9 militanın öldüğü bildirildi.", "reported"),
    ("Rejim güçleri Serakib'i bombaladı.", "asserted"),
    # a participle carrying a case suffix keeps its mood
    ("Yetkililer, çatışmaların yeni bir göçe yol açabileceğinden endişe ediyor.", "hypothetical"),
    ("Sendika, cuma günü yeni bir protesto düzenleyeceklerini duyurdu.", "future"),
])
def test_lang_tr_modality_cues(text, modality):
    assert _one(_code(text)).modality == modality


def test_lang_tr_vague_and_qualified_figures():
    ev = _one(_code("Rus uçaklarının saldırısında onlarca sivil öldü, yüzlerce kişi yaralandı."))
    assert (ev.figures["fatalities"]["low"], ev.figures["fatalities"]["high"]) == (20, 99)
    assert (ev.figures["injured"]["low"], ev.figures["injured"]["high"]) == (200, 999)
    ev = _one(_code("Saldırıda en az 33 asker şehit oldu."))
    assert ev.figures["fatalities"]["low"] == 33 and ev.figures["fatalities"]["qualifier"] == "at_least"
    ev = _one(_code("Saldırıda aralarında 5 çocuğun da bulunduğu 23 sivil öldü."))
    assert ev.figures["fatalities"]["value"] == 23  # "aralarında 5 çocuk" is part of the 23
    ev = _one(_code("Saldırıda 3 asker ve 2 sivil hayatını kaybetti."))
    assert ev.figures["fatalities"]["value"] == 5  # the soldiers count with the civilians


@pytest.mark.parametrize("text,ref,start", [
    ("Saldırı 27 Şubat'ta gerçekleşti.", date(2020, 3, 2), "2020-02-27"),
    ("Saldırı geçen perşembe gerçekleşti.", date(2020, 2, 29), "2020-02-27"),
    ("Saldırı perşembe günü gerçekleşti.", date(2020, 2, 28), "2020-02-27"),
    ("Saldırı dün gece gerçekleşti.", date(2020, 2, 28), "2020-02-27"),
    ("Saldırı 3 Ocak 2020 tarihinde gerçekleşti.", date(2020, 3, 2), "2020-01-03"),
])
def test_lang_tr_dates(text, ref, start):
    assert date_of_text(text, ref, "tr")["start"] == start


def test_lang_tr_places_from_case_suffixes_and_area_nouns():
    def got(text):
        return [(m.text, m.relation) for m in lang_tr.places(text, 0, len(text))]
    assert got("Onlarca sivil Halep'ten Afrin'e kaçtı.") == [("Aleppo", "from"), ("Afrin", "toward")]
    assert got("Suriye'nin kuzeyinde çatışmalar sürüyor.") == [("Syria", "in")]
    # a genitive before a compass noun only anchors the place after it
    assert got("İdlib'in güneyindeki Balyun köyünde çatışma çıktı.") == [("Idlib", "reference"), ("Balyun", "in")]
    assert got("Rejimin İdlib'e saldırısı sürüyor.") == [("Idlib", "in")]  # not "Rejimin İdlib"
    assert got("Dün Menagh askeri havaalanı yakınında çatışma çıktı.") == [("Menagh", "in")]
    months = "Şubat'ta Ankara'da görüşme yapıldı."
    assert [m.text for m in lang_tr.places(months, 0, len(months))] == ["Ankara"]


def test_lang_tr_roles_from_case_and_voice():
    ev = _one(_code("Rejim güçleri Balyun'daki Türk askerlerini vurdu."))
    roles = {(a["role"], a["country"]) for a in ev.actors}
    assert roles == {("actor1", "SYR"), ("actor2", "TUR")}
    ev = _one(_code("Türk askerleri rejim güçleri tarafından öldürüldü."))
    roles = {(a["role"], a["country"]) for a in ev.actors}
    assert roles == {("actor1", "SYR"), ("actor2", "TUR")}


def test_lang_tr_hedged_sentence_gives_no_factual_event():
    text = "Yetkililere göre rejimin İdlib'deki Türk gözlem noktalarına saldırı düzenleyebileceği ihtimali var."
    assert not [e for e in _code(text) if e.modality in FACTUAL]


def test_lang_tr_figurative_sport_is_no_event():
    text = ("Derbide Galatasaray, Fenerbahçe'yi 3-1 yendi. Ev sahibi takım ikinci yarıda rakip kaleyi adeta "
            "bombardımana tuttu. Teknik direktör maçtan sonra taraftarlara teşekkür etti, golcü oyuncu "
            "hakemin kararını eleştirdi.")
    assert not [e for e in _code(text) if e.modality in FACTUAL]


def test_lang_tr_full_article_is_coded_with_type_date_place_actors_and_toll():
    text = ("HATAY (Test Ajansı) - İdlib'in güneyindeki Balyun köyünde perşembe akşamı rejim güçlerinin "
            "düzenlediği hava saldırısında en az 33 Türk askeri şehit oldu.\n\n"
            "Yetkililer, rejimin yeni saldırılar düzenleyebileceği uyarısında bulundu.")
    art = Article(id="tr-full", source="test", title="Balyun", text=text, url=None, published="2020-02-28",
                  published_inferred=False, lang="tr")
    ((_, events),) = list(pipeline.code_articles([art]))
    factual = [e for e in events if e.modality in FACTUAL]
    assert len(factual) == 1
    ev = factual[0]
    assert ev.acled["sub_event_type"] == "Air/drone strike" and ev.plover["event"] == "ASSAULT" and ev.lang == "tr"
    assert ev.date["start"] == "2020-02-27"
    assert ev.location["country"] == "SY" and ev.location["admin1"] == "Idlib"
    assert {a["country"] for a in ev.actors} == {"TUR", "SYR"}
    assert ev.figures["fatalities"]["low"] == 33
    assert text[ev.evidence["start"]:ev.evidence["end"]] == ev.evidence["text"]
