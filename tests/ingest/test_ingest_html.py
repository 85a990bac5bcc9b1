"""HTML pages -> one clean article."""
from __future__ import annotations

import ingest_samples as S

from tocsin.ingest import read
from tocsin.ingest.html import fragment_to_text
from tocsin.records import ItemError


def test_html_article_title_text_published_without_chrome(tmp_path):
    path = tmp_path / "kherson.html"
    path.write_text(S.article_html(S.KHERSON_TITLE, S.KHERSON_PARAS, "2024-03-02T10:00:00Z"),
                    encoding="utf-8")
    [page] = read([str(path)])
    assert page.kind == "article" and page.source == str(path)
    assert page.title == S.KHERSON_TITLE
    assert page.published == "2024-03-02"
    for para in S.KHERSON_PARAS:
        assert para in page.text
    for chrome in S.CHROME_WORDS + ("Privacy policy", "Markets close higher"):
        assert chrome not in page.text


def test_html_page_without_article_text(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
                    "</nav></body></html>", encoding="utf-8")
    assert list(read([str(path)])) == [ItemError(str(path), "no article text found in HTML")]


def test_html_fragment_to_text():
    frag = "<p>Shelling hit <b>Kharkiv</b> &amp; Izium.</p><p>Two died.<br>Five hurt.</p><script>x()</script>"
    assert fragment_to_text(frag) == "Shelling hit Kharkiv & Izium.\nTwo died.\nFive hurt."
    assert fragment_to_text("Plain   summary\n text") == "Plain summary\ntext"


def test_html_heading_inside_article_is_the_title_not_the_first_sentence(tmp_path):
    path = tmp_path / "h1.html"
    path.write_text("<html><head><title>Wire</title></head><body><nav>Home</nav><article>"
                    "<h1>Army shells villages near the river</h1>"
                    "<p>Government artillery shelled three villages near the river on Monday, killing four "
                    "civilians, residents said.</p><p>Hundreds of families fled toward the hills, aid workers "
                    "said.</p></article></body></html>", encoding="utf-8")
    [page] = read([str(path)])
    assert page.title == "Army shells villages near the river"
    assert page.text.startswith("Government artillery shelled")
