"""The event store: articles, coded records and fused events in one DuckDB file.

db.py opens the file and applies migrations (schema.py); ingest.py writes one article per
transaction; query.py reads.  Fusion (tocsin.fuse) and exports (tocsin.export) build on it.
"""
from .db import StoreError, connect, default_db_path

__all__ = ["StoreError", "connect", "default_db_path"]
