"""Fusion against hand-made gold clusters: pairwise precision and recall.

Gold (YAML): a list of real events (or `{events: [...]}`), each `{id, mentions: [{article, quote}]}`:
the article (its id, or the file name it came from) and a distinctive part of the sentence that
reports the event.  Each mention is matched to the stored
record of that article whose evidence sentence contains the quote; two mentions of one real event
should land in one fused event (a true pair), mentions of different events never (a false pair).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from .. import yamlfile


@dataclass
class FusionScore:
    true_pairs: int = 0
    gold_pairs: int = 0
    predicted_pairs: int = 0
    missing_mentions: list[str] = field(default_factory=list)
    split_events: list[str] = field(default_factory=list)  # gold events spread over fused events
    merged: list[tuple[str, str]] = field(default_factory=list)  # gold events wrongly fused together

    @property
    def precision(self) -> float:
        return self.true_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"pairwise_precision": round(self.precision, 4), "pairwise_recall": round(self.recall, 4),
                "true_pairs": self.true_pairs, "gold_pairs": self.gold_pairs,
                "predicted_pairs": self.predicted_pairs, "missing_mentions": self.missing_mentions,
                "split_events": self.split_events, "merged": self.merged}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    data = yamlfile.safe_load(Path(path).read_text(encoding="utf-8"))
    events = data["events"] if isinstance(data, dict) else data
    return [e for e in events if e.get("mentions")]


def mention_rows(con, article: str, quote: str, columns: str = "fm.fused_id") -> list[tuple]:
    """The stored records of `article` (its id or file name) whose evidence contains `quote`,
    the fused ones first; `columns` may name r (records), a (articles) and fm (fused_members)."""
    return con.execute(
        f"SELECT {columns} FROM records r JOIN articles a ON a.id = r.article_id "
        "LEFT JOIN fused_members fm ON fm.record_id = r.id "
        "WHERE (a.id = $art OR a.source = $art OR ends_with(a.source, '/' || $art)) "
        "AND contains(r.evidence_text, $quote) ORDER BY fm.fused_id IS NULL, r.seq",
        {"art": str(article), "quote": quote}).fetchall()


def mention_fused_ids(con, gold: list[dict[str, Any]]) -> dict[tuple[str, int], str | None]:
    """(gold event id, mention index) -> fused event id of the matching record (None if none)."""
    out = {}
    for ev in gold:
        for i, m in enumerate(ev["mentions"]):
            rows = mention_rows(con, m["article"], m["quote"])
            out[(ev["id"], i)] = rows[0][0] if rows else None
    return out


def score(con, gold: list[dict[str, Any]]) -> FusionScore:
    fused = mention_fused_ids(con, gold)
    s = FusionScore()
    # one entry per distinct (gold event, article): two sentences of one article are one source
    keyed: dict[tuple[str, str], str | None] = {}
    for ev in gold:
        for i, m in enumerate(ev["mentions"]):
            fid = fused[(ev["id"], i)]
            if fid is None:
                s.missing_mentions.append(f"{ev['id']}: {m['article']}: {m['quote']}")
            keyed.setdefault((ev["id"], str(m["article"])), fid)
    items = [(gid, fid) for (gid, _), fid in keyed.items() if fid is not None]
    for (g1, f1), (g2, f2) in combinations(items, 2):
        s.gold_pairs += g1 == g2
        s.predicted_pairs += f1 == f2
        s.true_pairs += g1 == g2 and f1 == f2
        if g1 != g2 and f1 == f2 and (g1, g2) not in s.merged:
            s.merged.append((g1, g2))
    for ev in gold:
        ids = {fid for (gid, _), fid in keyed.items() if gid == ev["id"] and fid is not None}
        if len(ids) > 1:
            s.split_events.append(ev["id"])
    # a gold event whose mentions were not all found counts its lost pairs as missed
    for ev in gold:
        arts = {str(m["article"]) for m in ev["mentions"]}
        found = {a for (gid, a), fid in keyed.items() if gid == ev["id"] and fid is not None}
        n, k = len(arts), len(found)
        s.gold_pairs += n * (n - 1) // 2 - k * (k - 1) // 2
    return s
