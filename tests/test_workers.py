"""`--workers N`: the same records, in the same order, as one process (tocsin/workers.py)."""
import json

from typer.testing import CliRunner

from tocsin import pipeline
from tocsin.cli import app
from tocsin.config import Settings
from tocsin.records import Article, ItemError
from tocsin.workers import code_parallel

# Written for these tests (real places, invented events).
TEXTS = [
    "Gunmen attacked a police station in Maiduguri on Tuesday, killing three officers, the army said.",
    "The city council approved a new budget for road repairs after a long debate.",
    "Rebels shelled the outskirts of Goma overnight and at least 200 families fled their homes.",
    "Police arrested 14 protesters in Nairobi on Friday after a march against fuel prices turned violent.",
    "A local bakery won a regional prize for its rye bread, its owner said.",
    "Two soldiers were wounded when a roadside bomb exploded near Gao, a military source said.",
    "Thousands of people marched peacefully in Santiago to demand higher pensions.",
]


def _articles(texts):
    return [Article(f"a{i}", "test", None, None, t, "2024-03-05", False, "en") for i, t in enumerate(texts)]


def _plain(results):
    out = []
    for item in results:
        if isinstance(item, ItemError):
            out.append(("error", str(item)))
        else:
            out.append((item[0].id, [ev.to_dict() for ev in item[1]]))
    return out


def test_workers_two_processes_equal_one_in_order():
    items = _articles(TEXTS)
    items.insert(3, ItemError("broken.html", "not a page"))  # a reading error keeps its place
    settings = Settings(max_article_chars=92)  # two of the texts are refused, by article
    one = _plain(pipeline.code_articles(items, settings))
    two = _plain(code_parallel(items, settings, workers=2, chunk_size=2))
    assert two == one
    assert [x[0] for x in one][:5] == ["error", "a1", "a2", "error", "error"]  # a0 and a3 too long
    assert sum(x[0] == "error" for x in one) >= 2 and any(x[1] for x in one if x[0] != "error")


def test_workers_code_batch_returns_plain_data_per_input():
    arts = [a.to_dict() for a in _articles(TEXTS[:3])]
    out = pipeline.code_batch(arts, Settings(max_article_chars=80))
    assert len(out) == 3
    assert [r.get("article", {}).get("id") for r in out] == [None, "a1", None]  # 96 and 90 characters: refused
    assert "characters" in out[2]["error"] and out[2]["source"] == "test"
    assert json.dumps(out)  # plain, serialisable data
    assert pipeline.code_batch(arts[:1])[0]["events"]


def test_workers_cli_extract_same_output_as_one_worker(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                   encoding="utf-8")
    bad = tmp_path / "missing.html"
    conf = tmp_path / "small-chunks.toml"
    conf.write_text("batch_size = 2\n", encoding="utf-8")  # chunks of 2 articles: the pool is used
    runner = CliRunner()
    runs = {}
    for n in ("1", "2"):
        out = tmp_path / f"w{n}.jsonl"
        res = runner.invoke(app, ["extract", str(src), str(bad), "-o", str(out), "--workers", n,
                                  "--config", str(conf)])
        assert res.exit_code == 0, res.output
        assert "missing.html" in res.output  # per-item errors still reported
        runs[n] = out.read_text(encoding="utf-8")
    assert runs["2"] == runs["1"] and runs["1"].count("\n") >= 4


def test_a_headline_the_parser_refuses_leaves_its_article_and_the_others_coded():
    """A title over spaCy's max_length (a scraped page whose first line runs on) is no headline; the
    run goes on with every article (it used to stop the whole run)."""
    arts = _articles(TEXTS[:1] + TEXTS[5:6])
    arts[0] = Article(arts[0].id, "test", None, "x" * 1_100_000, arts[0].text, "2024-03-05", False, "en")
    out = list(pipeline.code_articles(arts))
    assert [item[0].id for item in out] == ["a0", "a1"]
    assert all(not isinstance(item, ItemError) and item[1] for item in out)
