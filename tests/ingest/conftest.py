"""A local HTTP server (127.0.0.1, port 0) for the ingest tests; no test leaves this host."""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import ingest_samples as S  # noqa: E402

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@dataclass
class Server:
    base: str
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, User-Agent)

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    server_version = "IngestTest/1.0"

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, body: bytes | str, ctype: str, status: int = 200, length: bool = True) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802
        self.server.record.requests.append((self.path, self.headers.get("User-Agent", "")))
        base = f"http://{self.headers['Host']}"
        path = self.path.split("?")[0]
        html = "text/html; charset=utf-8"
        if path == "/article.html":
            self._send(S.article_html(S.KHERSON_TITLE, S.KHERSON_PARAS, "2024-03-02T10:00:00Z"), html)
        elif path == "/story2.html":
            self._send(S.article_html(S.FASHER_TITLE, S.FASHER_PARAS, "2024-03-12T15:00:00Z"), html)
        elif path == "/rss.xml":
            self._send(S.rss_feed(base), "application/rss+xml")
        elif path == "/rss-broken-link.xml":
            self._send(S.rss_feed(base, short_link="/gone.html"), "application/rss+xml")
        elif path == "/atom.xml":
            self._send(S.atom_feed(base), "application/atom+xml; charset=utf-8")
        elif path == "/plain.txt":
            self._send("\n\n".join(S.FASHER_PARAS).encode("cp1252"), "text/plain")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/huge":
            self._send(b"war report " * 20_000, "text/plain")
        elif path == "/huge-stream":  # no Content-Length: the cap must trip while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"war report " * 400)
        elif path == "/slow":
            time.sleep(2.0)
            self._send("too late", "text/plain")
        else:
            self._send("<h1>Not Found</h1>", html, status=404)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # clients hang up on capped/slow paths
        pass


@pytest.fixture(scope="session")
def http_server():
    httpd = _Server(("127.0.0.1", 0), _Handler)
    host, port = httpd.server_address[:2]
    httpd.record = Server(base=f"http://{host}:{port}")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd.record
    finally:
        httpd.shutdown()
        httpd.server_close()
