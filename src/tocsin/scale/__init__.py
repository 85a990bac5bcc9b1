"""Scale-out: the Ray Data engine (ray_engine.py) and its Parquet shards (shards.py).

Ray is an optional extra (`pip install 'tocsin[ray]'`): nothing here imports it at import
time, and `tocsin ingest --from-parquet` reads shards with DuckDB alone.  See docs/scale.md.
"""
