"""Running the app in one or several uvicorn worker processes (`tocsin serve --workers N`).

Each worker builds its own app (serve.app.app_from_env): its own read-only DuckDB connection
pool and answer cache; DuckDB lets several processes read one file.  The parent binds the
listening socket and the workers share it.
"""
from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

APP = "tocsin.serve.app:app_from_env"


class _Config(uvicorn.Config):
    def bind_socket(self) -> socket.socket:
        """uvicorn's listener, marked TCP: uvicorn leaves its protocol number at 0, so asyncio
        skips TCP_NODELAY on the accepted connections and every keep-alive answer waited ~40 ms
        for the client's delayed ACK (uvicorn issue #3149; measured: +44 ms per request)."""
        sock = super().bind_socket()
        if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.proto == 0:
            fixed = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
            fixed.set_inheritable(True)
            return fixed
        return sock


def run(host: str, port: int, workers: int) -> None:
    """Serve until stopped (Ctrl-C or SIGTERM stops the workers too)."""
    config = _Config(APP, factory=True, host=host, port=port, workers=workers, log_level="warning",
                     access_log=False)
    if workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        server = uvicorn.Server(config)
        server.run()
        if not server.started:  # e.g. the port is taken: uvicorn said why
            raise SystemExit(3)
