"""`tocsin serve`: the REST API and the offline dashboard (FastAPI + vendored Leaflet).

Read-only by default: every request opens its own read-only DuckDB connection, so a
`tocsin ingest` in another process can write between requests.  The only write endpoint,
POST /api/ingest, needs `Authorization: Bearer $TOCSIN_TOKEN`.

The app is built by `tocsin.serve.app.create_app(db_path)`; importing this package loads nothing.
"""
