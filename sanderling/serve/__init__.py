"""Serve stage: explore a store in a browser, or read it as JSON, with no server to set up.

``make_app(db)`` is a WSGI application (``app.py`` lists its pages); ``serve(db)`` runs it on the
standard library's server, as ``sanderling serve --db events.db`` does.
"""

from __future__ import annotations

from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from sanderling.serve.app import BadRequest, make_app
from sanderling.store import EventStore

__all__ = ["BadRequest", "make_app", "make_server_for", "serve"]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the standard library's name)
        pass  # one line per request on stderr would bury the address the user needs


def make_server_for(db: str | Path, *, host: str = "127.0.0.1", port: int = 8080, quiet: bool = False) -> WSGIServer:
    """A server of the explorer over the store at ``db``, bound but not yet serving (``port=0`` picks a
    free port: ``server.server_port``). Raises StoreError when ``db`` is no store."""
    EventStore.open(db, read_only=True).close()  # fail now, with the store's own message, not on the first request
    return make_server(host, port, make_app(db), handler_class=_QuietHandler if quiet else WSGIRequestHandler)


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Serve the explorer until interrupted."""
    with make_server_for(db, host=host, port=port) as server:
        server.serve_forever()
