"""JSON and JSON Lines records, and publication date normalisation."""
from __future__ import annotations

import json

import ingest_samples as S

from tocsin.ingest import read
from tocsin.ingest.pubdate import normalize_date
from tocsin.records import ItemError, Page


def test_records_jsonl_broken_middle_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(
        json.dumps({"id": 101, "text": S.FASHER_PARAS[0], "title": S.FASHER_TITLE,
                    "url": "https://news.example/fasher", "published": "2024-03-12T15:00:00+03:00"})
        + "\n\n"
        + '{"id": 102, "text": "Shelling near Kupiansk" "title": "x"}\n'
        + json.dumps({"id": "a-103", "text": S.SAGAING_PARAS[0], "published": "11 March 2024"}) + "\n",
        encoding="utf-8")
    out = list(read([str(path)]))
    assert [type(x) for x in out] == [Page, ItemError, Page]
    first, err, last = out
    assert first == Page(source=f"{path}:1", text=S.FASHER_PARAS[0], kind="article", id="101",
                         url="https://news.example/fasher", title=S.FASHER_TITLE,
                         published="2024-03-12")
    assert err.source == f"{path}:3" and err.reason.startswith("not valid JSON (Expecting ")
    assert last.source == f"{path}:4" and last.id == "a-103" and last.published == "2024-03-11"


def test_records_json_list(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([
        {"id": 1, "text": S.KHERSON_PARAS[0], "published": "not a date"},
        {"id": 2, "text": S.FASHER_PARAS[1], "title": "Market shelled", "lang": "en"},
    ]), encoding="utf-8")
    first, second = read([str(path)])
    assert first.source == f"{path}#0" and first.published is None and first.kind == "article"
    assert second.source == f"{path}#1" and second.title == "Market shelled" and second.lang == "en"


def test_records_json_single_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": S.SAGAING_PARAS[1], "url": "https://news.example/s"}))
    [page] = read([str(path)])
    assert page.source == str(path) and page.url == "https://news.example/s" and page.id is None


def test_records_json_syntax_error_names_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"text": "a"},\n  {"text": "b"\n  {"text": "c"}\n]\n')
    [err] = read([str(path)])
    assert err == ItemError(str(path), "line 4: not valid JSON (Expecting ',' delimiter)")


def test_records_html_only_record(tmp_path):
    path = tmp_path / "html.jsonl"
    html = S.article_html(S.KHERSON_TITLE, S.KHERSON_PARAS, "2024-03-02T10:00:00Z")
    fragment = "".join(f"<p>{p}</p>" for p in S.SAGAING_PARAS)
    path.write_text(json.dumps({"id": 7, "html": html}) + "\n"
                    + json.dumps({"id": 8, "html": fragment, "title": "Sagaing strike"}) + "\n")
    full, frag = read([str(path)])
    assert full.kind == "article" and full.id == "7" and full.title == S.KHERSON_TITLE
    assert full.published == "2024-03-02" and S.KHERSON_PARAS[2] in full.text
    assert "All rights reserved" not in full.text
    assert frag.title == "Sagaing strike" and S.SAGAING_PARAS[1] in frag.text


def test_records_record_without_text_or_html(tmp_path):
    path = tmp_path / "notext.jsonl"
    path.write_text('{"id": 1, "title": "Headline only"}\n{"text": "  "}\n[1, 2]\n')
    out = list(read([str(path)]))
    assert out == [ItemError(f"{path}:1", 'record has no "text" or "html"'),
                   ItemError(f"{path}:2", 'record has no "text" or "html"'),
                   ItemError(f"{path}:3", "record is not a JSON object (got list)")]
    assert str(out[0]) == f'tocsin: {path}:1: record has no "text" or "html"'


def test_pubdate_normalises_formats():
    assert normalize_date("2024-03-02T23:30:00-05:00") == "2024-03-02"
    assert normalize_date("2024/3/2") == "2024-03-02"
    assert normalize_date("Sat, 02 Mar 2024 10:00:00 GMT") == "2024-03-02"
    assert normalize_date("March 2, 2024") == "2024-03-02"
    assert normalize_date("2nd March 2024") == "2024-03-02"
    assert normalize_date(1709373600) == "2024-03-02"
    assert normalize_date("2024-02-30") is None
    assert normalize_date("last Tuesday") is None
    assert normalize_date(None) is None


def test_records_id_must_be_a_string_or_integer(tmp_path):
    from tocsin.ingest import read
    from tocsin.records import ItemError, Page

    path = tmp_path / "recs.jsonl"
    path.write_text('{"id": {"a": 1}, "text": "Protesters marched in Lagos on Monday."}\n'
                    '{"id": 7, "text": "Police dispersed a rally in Abuja with tear gas.\\u0000 Two were hurt."}\n',
                    encoding="utf-8")
    items = list(read([str(path)]))
    assert isinstance(items[0], ItemError) and '"id"' in items[0].reason
    assert isinstance(items[1], Page) and items[1].id == "7" and "\x00" not in items[1].text
