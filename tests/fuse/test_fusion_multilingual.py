"""Fusion across languages (issue 13): French, Arabic, Turkish and English reports of the same
strike become one fused event with every source, each keeping its evidence in its own language."""
from __future__ import annotations

import json

from tocsin.store.db import opened
from tocsin.store.ingest import ingest

ENGLISH = {"id": "en-balyun", "outlet": "Levant Courier", "published": "2020-02-28",
           "url": "https://levantcourier.example.org/balyun",
           "title": "33 Turkish soldiers killed in air strike in Idlib",
           "text": "At least 33 Turkish soldiers were killed on Thursday in an air strike by Syrian government "
                   "forces near Balyun in Idlib province, the governor of Turkey's Hatay province said."}
FRENCH = {"id": "fr-balyun", "outlet": "Agence Levant Presse", "published": "2020-02-28",
          "url": "https://levantpresse.example.org/balyoun",
          "title": "Au moins 33 soldats turcs tués dans une frappe aérienne à Idleb",
          "text": "Au moins 33 soldats turcs ont été tués jeudi dans une frappe aérienne de l'aviation syrienne "
                  "près de Balyoun, dans la province d'Idleb, a annoncé le gouverneur de la province turque de Hatay."}

ARABIC = {"id": "ar-balyun", "outlet": "Wakalat al-Sham", "published": "2020-02-28",
          "url": "https://alsham.example.org/balyun", "title": "مقتل 33 جندياً تركياً في غارة جوية في إدلب",
          "text": "قُتل 33 جندياً تركياً على الأقل يوم الخميس في غارة جوية شنتها قوات الحكومة السورية قرب بليون "
                  "في محافظة إدلب، بحسب والي هاتاي."}
TURKISH = {"id": "tr-balyun", "outlet": "Anadolu Haber", "published": "2020-02-28",
           "url": "https://anadoluhaber.example.org/balyun", "title": "İdlib'de hava saldırısı: 33 asker şehit oldu",
           "text": "Suriye rejim güçlerinin perşembe günü İdlib'in güneyindeki Balyun köyüne düzenlediği hava "
                   "saldırısında 33 Türk askeri şehit oldu, Hatay Valisi açıkladı."}


def test_fusion_multilingual_four_languages_fuse_into_one_strike(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ENGLISH, FRENCH, ARABIC, TURKISH)) + "\n",
                   encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert ingest([str(src)], db).articles_new == 4
    from tocsin.store.query import EventFilter, find_events, get_event

    with opened(db, read_only=True) as con:
        strikes = [e for e in find_events(con, EventFilter()) if e.get("sub_event_type") == "Air/drone strike"]
        assert len(strikes) == 1, [(e["location"], e["date_start"], e["languages"]) for e in strikes]
        ev = get_event(con, strikes[0]["id"])
    assert strikes[0]["languages"] == ["ar", "en", "fr", "tr"]
    assert {s["article_id"] for s in ev["sources"]} == {"en-balyun", "fr-balyun", "ar-balyun", "tr-balyun"}
    assert ev["fatalities"] == 33 and ev["date_start"] == "2020-02-27"
    by_lang = {s["lang"]: s["evidence"]["text"] for s in ev["sources"]}
    assert "جندياً تركياً" in by_lang["ar"] and "Türk askeri" in by_lang["tr"]


def test_fusion_multilingual_french_and_english_reports_fuse(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ENGLISH, FRENCH)) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    stats = ingest([str(src)], db)
    assert stats.errors == 0 and stats.articles_new == 2
    from tocsin.store.query import EventFilter, find_events, get_event

    with opened(db, read_only=True) as con:
        strikes = [e for e in find_events(con, EventFilter()) if e.get("sub_event_type") == "Air/drone strike"]
        assert len(strikes) == 1, strikes
        ev = get_event(con, strikes[0]["id"])
    assert {s["outlet"] for s in ev["sources"]} == {"Levant Courier", "Agence Levant Presse"}
    texts = " ".join(s["evidence"]["text"] for s in ev["sources"])
    assert "soldats turcs" in texts and "Turkish soldiers" in texts


SPANISH_ONLY = {"id": "es-tumaco", "outlet": "Diario del Pacífico", "published": "2021-03-11",
                "url": "https://diariopacifico.example.org/tumaco",
                "title": "Tres policías muertos en un ataque con explosivos en Tumaco",
                "text": "Tres policías murieron el miércoles en un ataque con explosivos contra una patrulla en "
                        "Tumaco, en el departamento de Nariño, informó la Policía Nacional de Colombia."}


def _store(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ENGLISH, FRENCH, SPANISH_ONLY)) + "\n",
                   encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert ingest([str(src)], db).articles_new == 3
    return db


def test_lang_filter_languages_and_source_marks(tmp_path):
    """--lang keeps the events with a source in that language; every event lists its sources'
    languages and every source its own (the dashboard marks them)."""
    from tocsin.store.query import EventFilter, find_events, get_article, get_event, stats

    db = _store(tmp_path)
    with opened(db, read_only=True) as con:
        everything = find_events(con, EventFilter())
        french = find_events(con, EventFilter(lang="fr"))
        spanish = find_events(con, EventFilter(lang="es"))
        assert find_events(con, EventFilter(lang="ar")) == []
        strike = get_event(con, french[0]["id"])
        by_lang = {row["lang"]: row["n"] for row in stats(con)["by_lang"]}
        art = get_article(con, "fr-balyun")
    assert french and spanish and len(everything) > len(french)
    assert all("fr" in e["languages"] for e in french)
    balyun = [e for e in french if e["sub_event_type"] == "Air/drone strike"]
    assert balyun and balyun[0]["languages"] == ["en", "fr"]
    assert all(e["languages"] == ["es"] for e in spanish)
    assert {s["lang"] for s in strike["sources"]} <= {"en", "fr"} and "fr" in {s["lang"] for s in strike["sources"]}
    assert by_lang["fr"] == len(french) and by_lang["es"] == len(spanish)
    assert art["lang"] == "fr"


def test_lang_filter_cli_and_api(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from tocsin.cli import app
    from tocsin.serve.app import create_app

    db = _store(tmp_path)
    res = CliRunner().invoke(app, ["events", "--db", str(db), "--lang", "ES", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert rows and all(r["languages"] == ["es"] for r in rows)
    out = tmp_path / "fr.csv"
    res = CliRunner().invoke(app, ["export", "--db", str(db), "--lang", "fr", "-f", "acled-csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "tocsin_languages=en,fr" in text and "Tumaco" not in text
    client = TestClient(create_app(db))
    got = client.get("/api/events", params={"lang": "fr", "limit": 100}).json()
    items = got["events"] if isinstance(got, dict) else got
    assert items and all("fr" in e["languages"] for e in items)
    assert client.get("/api/events", params={"lang": "french!"}).status_code == 422
