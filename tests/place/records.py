"""The coded records of one written story, through the whole pipeline (shared by the place tests)."""
import json

from tocsin.pipeline import extract


def extracted(tmp_path, text: str, published: str | None = None) -> list:
    """A plain-text page, or a JSON record with its publication date when one is given."""
    if published is None:
        path = tmp_path / "story.txt"
        path.write_text(text, encoding="utf-8")
    else:
        path = tmp_path / "story.jsonl"
        path.write_text(json.dumps({"id": "t", "text": text, "published": published}) + "\n", encoding="utf-8")
    out = []
    for item in extract([str(path)]):
        if isinstance(item, tuple):
            out.extend(item[1])
    return out
