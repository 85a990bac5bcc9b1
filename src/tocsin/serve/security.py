"""Security headers (Content-Security-Policy on every response) and the write token.

The dashboard renders every page-derived string with textContent, and the CSP forbids inline
and foreign scripts, so even a rendering mistake could not run a script from an article.
Only /docs (Swagger UI) may use inline styles; it still runs no inline script.
"""
from __future__ import annotations

import hmac
import os

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
DOCS_PATHS = ("/docs", "/api/brief")  # the brief page has its own <style> and no script
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
           (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin")]
TOKEN_ENV = "TOCSIN_TOKEN"


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware): adds CSP and friends."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = CSP_DOCS if scope["path"] in DOCS_PATHS else CSP

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (b"content-security-policy", csp.encode()), *HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def configured_token(request: Request) -> str | None:
    """The token the app was created with, else $TOCSIN_TOKEN; empty means none."""
    token = request.app.state.token
    if token is None:
        token = os.environ.get(TOKEN_ENV)
    return token or None


bearer = HTTPBearer(auto_error=False, description=f"the server's {TOKEN_ENV}")


def require_token(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """403 when no token is configured (writes are off), 401 when the bearer token is wrong."""
    token = configured_token(request)
    if token is None:
        raise HTTPException(403, f"writes are disabled: set {TOKEN_ENV} on the server to enable POST /api/ingest")
    given = creds.credentials if creds is not None else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})
