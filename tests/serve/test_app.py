"""The app around the API: HEAD is answered like GET, without a body."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/", "/docs", "/api/health", "/api/events", "/api/events?format=geojson",
                                  "/api/stats", "/openapi.json", "/static/index.html"])
def test_app_head_answers_like_get_without_a_body(client, path):
    get, head = client.get(path), client.head(path)
    assert get.status_code == 200
    assert head.status_code == 200, path
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]
    assert "content-security-policy" in head.headers


def test_app_head_keeps_404_and_405(client):
    assert client.head("/api/events/no-such-event").status_code == 404
    assert client.head("/no-such-page").status_code == 404
    assert client.head("/api/ingest").status_code == 405  # POST only
