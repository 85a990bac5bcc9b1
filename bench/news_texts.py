"""The news articles the speed benches share (bench/throughput.py, bench/stages.py,
bench/ray_scale.py): the geoparsing corpora's texts in ../shared/benchmarks/geo, and the JSON
Lines file `tocsin extract` reads them from."""
from __future__ import annotations

import json
from pathlib import Path


def geo_texts(shared: Path, limit: int = 0) -> list[str]:
    """Every article text of the geo corpora, in file order (the first `limit` when > 0)."""
    texts = []
    for f in sorted((shared / "benchmarks" / "geo").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):  # not splitlines(): texts hold U+2028
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts[:limit] if limit else texts


def write_articles(path: Path, texts: list[str]) -> Path:
    """`texts` as JSON Lines articles with ids "0", "1", ...; returns `path`."""
    path.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")
    return path
