"""Short wire-style articles for store tests, written for tocsin from templates (real places).

`corpus(n)` gives n distinct JSON records: a mix of air strikes, shelling and clashes in
north-west Syria over February 2020, each with its own outlet, date and toll.
"""
from __future__ import annotations

import json
from pathlib import Path

TOWNS = [("Saraqib", "Idlib"), ("Ariha", "Idlib"), ("Atarib", "Aleppo"), ("Binnish", "Idlib"),
         ("Kafr Nabl", "Idlib"), ("Darat Izza", "Aleppo"), ("Jisr al-Shughur", "Idlib"),
         ("Khan Shaykhun", "Idlib"), ("Sarmin", "Idlib"), ("Taftanaz", "Idlib")]
OUTLETS = ["Levant Wire", "Orontes Daily", "Crossroads Monitor", "Northern Desk"]
TEMPLATES = [
    ("Air strikes hit {town}",
     "Russian warplanes struck a market in {town}, in {prov} province, on {day} February 2020, killing {n} "
     "civilians, according to local rescuers. Residents said the raids began shortly after dawn."),
    ("Shelling kills {n} in {town}",
     "Syrian government artillery shelled residential streets of {town} on {day} February 2020, killing {n} "
     "people, a local medical official said. Families fled toward the Turkish border after the bombardment."),
    ("Fighting near {town}",
     "Rebel fighters clashed with Syrian army troops on the outskirts of {town} on {day} February 2020, and "
     "{n} fighters were killed on both sides, a war monitor said."),
]


def record(i: int) -> dict:
    town, prov = TOWNS[i % len(TOWNS)]
    title_t, body_t = TEMPLATES[i % len(TEMPLATES)]
    day = 1 + (i * 7) % 27
    n = 3 + (i * 5) % 17
    return {"id": f"wire-{i:03d}", "outlet": OUTLETS[i % len(OUTLETS)],
            "title": title_t.format(town=town, n=n), "published": f"2020-02-{min(day + 1, 28):02d}",
            "url": f"https://wire{i % len(OUTLETS)}.example/2020/02/{day:02d}/story-{i}",
            "text": body_t.format(town=town, prov=prov, day=day, n=n)}


def corpus(n: int) -> list[dict]:
    return [record(i) for i in range(n)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
