"""HTTP inputs and feeds, against a local server on 127.0.0.1 only (see conftest.py)."""
from __future__ import annotations

import socket
import time

import ingest_samples as S

from tocsin.config import Settings
from tocsin.ingest import read
from tocsin.records import ItemError, Page


def test_web_html_article(http_server):
    url = http_server.url("/article.html")
    [page] = read([url])
    assert page.kind == "article" and page.source == url and page.url == url
    assert page.title == S.KHERSON_TITLE and page.published == "2024-03-02"
    assert S.KHERSON_PARAS[1] in page.text and "All rights reserved" not in page.text


def test_web_redirect_gives_final_url(http_server):
    url = http_server.url("/redirect")
    [page] = read([url])
    assert page.source == url and page.url == http_server.url("/article.html")
    assert page.title == S.KHERSON_TITLE


def test_web_plain_text_url_detects_charset(http_server):
    [page] = read([http_server.url("/plain.txt")])
    assert page.kind == "text" and page.text == "\n\n".join(S.FASHER_PARAS)


def test_web_rss_feed_entries_and_link_fetch(http_server):
    feed = http_server.url("/rss.xml")
    full, fetched = read([feed])
    assert full == Page(
        source=f"{feed}#0", text="\n".join(S.SAGAING_PARAS), kind="article",
        id="ledger-2024-0311-sagaing", url=http_server.url("/sagaing.html"),
        title="Air strike kills villagers in Myanmar's Sagaing region", published="2024-03-11",
        lang="en", outlet="Riverside Ledger - World")
    assert fetched.source == f"{feed}#1" and fetched.url == http_server.url("/story2.html")
    assert fetched.id == http_server.url("/story2.html") and fetched.title == S.FASHER_TITLE
    assert fetched.published == "2024-03-12"
    assert S.FASHER_PARAS[2] in fetched.text and "Most read" not in fetched.text
    assert ("/sagaing.html", Settings().user_agent) not in http_server.requests  # full entry: no fetch


def test_web_rss_link_failure_falls_back_to_summary(http_server):
    feed = http_server.url("/rss-broken-link.xml")
    out = list(read([feed]))
    assert [type(x) for x in out] == [Page, ItemError, Page]
    err, summary = out[1], out[2]
    assert err.source == http_server.url("/gone.html") and err.reason.startswith("HTTP 404 Not Found")
    assert summary.source == f"{feed}#1"
    assert summary.text == "Clashes erupted on the northern edge of the city, residents said."


def test_web_rss_fetch_links_off_keeps_summary(http_server):
    _, short = read([http_server.url("/rss.xml")], Settings(feed_fetch_links=False))
    assert short.text == "Clashes erupted on the northern edge of the city, residents said."
    assert short.url == http_server.url("/story2.html")


def test_web_atom_feed(http_server):
    feed = http_server.url("/atom.xml")
    first, second = read([feed], Settings(feed_fetch_links=False))
    assert first.title == "Shelling damages school in Donetsk region"
    assert first.id == "urn:uuid:5a1c0e8e-0000-4000-8000-000000000002"
    assert first.text == "\n".join(S.DONETSK_PARAS) and first.published == "2024-03-14"
    assert first.url == http_server.url("/kostiantynivka.html")
    assert second.published == "2024-03-13" and second.text.startswith("Fighting between the army")


def test_feeds_local_rss_file(tmp_path):
    path = tmp_path / "world.rss"
    path.write_text(S.rss_feed("https://news.example"), encoding="utf-8")
    out = list(read([str(path)], Settings(feed_fetch_links=False)))
    assert [p.source for p in out] == [f"{path}#0", f"{path}#1"]
    assert out[0].text == "\n".join(S.SAGAING_PARAS) and out[0].url == "https://news.example/sagaing.html"


def test_web_http_404(http_server):
    url = http_server.url("/missing.html")
    assert list(read([url])) == [ItemError(url, "HTTP 404 Not Found")]


def test_web_size_cap(http_server):
    small = Settings(max_page_bytes=1000)
    urls = [http_server.url("/huge"), http_server.url("/huge-stream"), http_server.url("/article.html")]
    out = list(read(urls, Settings(max_page_bytes=5000)))
    assert out[0] == ItemError(urls[0], "larger than 5000 bytes (max_page_bytes)")
    assert out[1] == ItemError(urls[1], "larger than 5000 bytes (max_page_bytes)")
    assert isinstance(out[2], Page) and out[2].title == S.KHERSON_TITLE
    [err] = read([urls[1]], small)
    assert err.reason == "larger than 1000 bytes (max_page_bytes)"


def test_web_timeout(http_server):
    url = http_server.url("/slow")
    start = time.monotonic()
    out = list(read([url, http_server.url("/article.html")], Settings(fetch_timeout=0.5)))
    assert time.monotonic() - start < 1.8
    assert out[0] == ItemError(url, "timed out after 0.5s")
    assert isinstance(out[1], Page)


def test_web_unreachable_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    url = f"http://127.0.0.1:{port}/"
    [err] = read([url])
    assert err.source == url and err.reason.startswith("cannot connect (")


def test_web_user_agent_sent(http_server):
    settings = Settings(user_agent="tocsin-test/9.9 (ingest suite)")
    list(read([http_server.url("/article.html?ua")], settings))
    assert ("/article.html?ua", "tocsin-test/9.9 (ingest suite)") in http_server.requests
