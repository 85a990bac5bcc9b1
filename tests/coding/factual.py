"""Code one written article and keep its factual events (shared by the precision tests)."""
from tocsin import pipeline
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def factual_events(text: str, published: str, article_id: str = "t") -> list:
    art = Article(id=article_id, source="t", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return [e for e in events if e.modality in FACTUAL]
