"""Local inputs: files, directories, stdin, decoding and size limits."""
from __future__ import annotations

import io
import time

import ingest_samples as S

from tocsin.config import Settings
from tocsin.ingest import read
from tocsin.ingest.decode import FEED, HTML, JSON, JSONL, TEXT, sniff
from tocsin.records import ItemError, Page

SUDAN_TEXT = "\n\n".join(S.FASHER_PARAS) + "\n"


def test_local_txt_page_is_text_kind(tmp_path):
    path = tmp_path / "sudan.txt"
    path.write_text(SUDAN_TEXT, encoding="utf-8")
    [page] = read([str(path)])
    assert page == Page(source=str(path), text=SUDAN_TEXT, kind="text")


def test_local_crlf_newlines_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Shelling resumed at dawn.\r\nTwo people were hurt.\rOfficials said so.\r\n")
    [page] = read([str(path)])
    assert page.text == "Shelling resumed at dawn.\nTwo people were hurt.\nOfficials said so.\n"


def test_local_directory_walked_recursively_sorted(tmp_path):
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    files = {
        "z.txt": "Z file about clashes in Goma.",
        "a.md": "A file about shelling in Kharkiv.",
        "b/m.txt": "M file about an air strike in Sagaing.",
        "b/deep/c.txt": "C file about a raid near Jenin.",
        ".secret.txt": "hidden, skipped",
        ".hidden/x.txt": "hidden dir, skipped",
        "b/photo.png": "not a known extension, skipped",
    }
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    pages = list(read([str(root)]))
    assert [p.source for p in pages] == [
        str(root / "a.md"), str(root / "b" / "deep" / "c.txt"), str(root / "b" / "m.txt"),
        str(root / "z.txt")]
    assert all(isinstance(p, Page) and p.kind == "text" for p in pages)
    assert pages[1].text == "C file about a raid near Jenin."


def test_local_empty_directory_is_item_error(tmp_path):
    [err] = read([str(tmp_path)])
    assert isinstance(err, ItemError) and "no readable files" in err.reason


def test_local_stdin_dash_reads_bytes():
    [page] = read(["-"], stdin=io.BytesIO(SUDAN_TEXT.encode("utf-8")))
    assert page.source == "-" and page.kind == "text" and page.text == SUDAN_TEXT


def test_local_stdin_sniffs_html_and_jsonl():
    html = S.article_html(S.KHERSON_TITLE, S.KHERSON_PARAS).encode()
    [page] = read(["-"], stdin=io.BytesIO(html))
    assert page.kind == "article" and page.title == S.KHERSON_TITLE
    jsonl = b'{"id": 1, "text": "Shelling in Kharkiv."}\n{"id": 2, "text": "Raid near Jenin."}\n'
    pages = list(read(["-"], stdin=io.BytesIO(jsonl)))
    assert [p.source for p in pages] == ["-:1", "-:2"] and pages[1].id == "2"


def test_local_unknown_extension_read_when_given(tmp_path):
    path = tmp_path / "wire.log"
    path.write_text(SUDAN_TEXT, encoding="utf-8")
    [page] = read([str(path)])
    assert page.kind == "text" and page.text == SUDAN_TEXT


def test_decode_cp1252_curly_quotes_and_accents(tmp_path):
    text = ("Le maire a déclaré que le café “Le Soleil” avait été touché après l’attaque "
            "de la nuit – deux blessés.")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    [page] = read([str(path)])
    assert page.text == text


def test_decode_latin1_accents(tmp_path):
    text = "Le café a été fermé après les tirs près de la frontière, selon la préfecture."
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert next(read([str(path)])).text == text


def test_decode_utf8_bom_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Kyiv’s mayor said 3 people died.".encode("utf-8"))
    [page] = read([str(path)])
    assert page.text == "Kyiv’s mayor said 3 people died."


def test_decode_binary_file_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    [err] = read([str(path)])
    assert err == ItemError(str(path), "binary file (not text)")


def test_local_empty_file_refused(tmp_path):
    empty, blank = tmp_path / "empty.txt", tmp_path / "blank.txt"
    empty.write_bytes(b"")
    blank.write_text("  \n\t\n", encoding="utf-8")
    assert list(read([str(empty), str(blank)])) == [
        ItemError(str(empty), "empty file"), ItemError(str(blank), "empty file")]


def test_local_missing_path_refused(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert list(read([missing])) == [ItemError(missing, "no such file or directory")]


def test_local_unsupported_scheme_refused():
    [err] = read(["ftp://127.0.0.1/file.txt"])
    assert "unsupported URL scheme" in err.reason


def test_local_max_page_bytes_override(tmp_path):
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text("Shelling continued. " * 100, encoding="utf-8")
    small.write_text("Shelling stopped.", encoding="utf-8")
    out = list(read([str(big), str(small)], Settings(max_page_bytes=1000)))
    assert out[0] == ItemError(str(big), "larger than 1000 bytes (max_page_bytes)")
    assert isinstance(out[1], Page) and out[1].text == "Shelling stopped."
    stdin_out = list(read(["-"], Settings(max_page_bytes=1000), stdin=io.BytesIO(b"x " * 600)))
    assert stdin_out == [ItemError("-", "larger than 1000 bytes (max_page_bytes)")]


def test_local_50mb_file_refused_quickly(tmp_path):
    huge, small = tmp_path / "huge.txt", tmp_path / "small.txt"
    chunk = b"Troops advanced along the river. " * 32_768  # about 1 MB
    with open(huge, "wb") as fh:
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    small.write_text("Troops withdrew.", encoding="utf-8")
    start = time.monotonic()
    out = list(read([str(huge), str(small)]))
    assert time.monotonic() - start < 1.0
    assert out[0] == ItemError(str(huge), "larger than 20000000 bytes (max_page_bytes)")
    assert out[1].text == "Troops withdrew."


def test_decode_sniff_kinds():
    assert sniff("<!DOCTYPE html><html><body><p>x</p></body></html>") == HTML
    assert sniff('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>') == FEED
    assert sniff('<feed xmlns="http://www.w3.org/2005/Atom"></feed>') == FEED
    assert sniff('[{"text": "a"}]') == JSON
    assert sniff('{"text": "a"}\n{"text": "b"}\n') == JSONL
    assert sniff("[Updated 10:42] Shelling resumed in Kharkiv.") == TEXT
    assert sniff("Plain report about clashes in Goma.") == TEXT
    assert sniff("anything", ext=".md") == TEXT
    assert sniff("<html><body>x</body></html>", content_type="text/plain") == HTML
