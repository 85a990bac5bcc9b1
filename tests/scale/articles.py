"""Five short conflict reports written for the Ray engine tests (real places, invented events).

Two share a day (one partition holds both), one has no date at all (`date=unknown`), and a
broken record (no text) makes an error row."""
from __future__ import annotations

import json
from pathlib import Path

RECORDS = [
    {"id": "scale-1", "published": "2021-03-04", "outlet": "Sahel Ledger", "title": "Attack on army post near Menaka",
     "text": "Gunmen on motorbikes attacked an army post near Menaka, in eastern Mali, on Wednesday, killing "
             "four soldiers, the defence ministry said. The attackers fled toward the Niger border."},
    {"id": "scale-2", "published": "2021-03-04", "outlet": "Horn Dispatch", "title": "Car bomb in Mogadishu",
     "text": "A car bomb exploded outside a restaurant in Mogadishu on Wednesday evening, killing at least "
             "seven people and wounding 12 others, police said. Al-Shabaab claimed the blast."},
    {"id": "scale-3", "published": "2021-03-06", "outlet": "Kivu Report", "title": "Villagers killed in Beni",
     "text": "Rebels of the Allied Democratic Forces killed nine villagers in an overnight raid on a village "
             "near Beni, in North Kivu province, on Friday, a local official said."},
    {"id": "scale-4", "outlet": "Levant Wire", "title": "Clashes in Daraa",
     "text": "Syrian government forces clashed with local gunmen in Daraa on Tuesday, and three fighters "
             "were killed, a war monitor said. Talks between the two sides had broken down the day before."},
    {"id": "scale-5", "published": "2021-03-08", "outlet": "Delta Courier",
     "title": "Protesters arrested in Port Harcourt",
     "text": "Police arrested 14 protesters in Port Harcourt on Monday after a march against fuel prices "
             "turned violent, a police spokesman said."},
]
BROKEN = {"id": "scale-bad", "title": "no body"}  # no "text" or "html": a per-record error


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
