from tocsin.records import ItemError, Page
from tocsin.segment import content_id, page_articles, run


def test_segment_text_page_gives_one_article_per_segment(page_text):
    arts = page_articles(Page(source="teasers.txt", text=page_text("teasers.txt")))
    assert len(arts) == 3
    assert len({a.id for a in arts}) == 3
    assert all(a.lang == "en" for a in arts)
    assert arts[0].id == content_id(arts[0].title, arts[0].text)


def test_segment_ids_are_stable(page_text):
    page = Page(source="x", text=page_text("teasers.txt"))
    assert [a.id for a in page_articles(page)] == [a.id for a in page_articles(page)]


def test_segment_article_page_kept_whole_with_record_id():
    page = Page(source="feed.jsonl:1", kind="article", id="rec-7", title="Clashes in Tripoli",
                text="Armed groups clashed in southern Tripoli overnight, residents said.",
                published="2023-08-15")
    (art,) = page_articles(page)
    assert (art.id, art.title, art.published) == ("rec-7", "Clashes in Tripoli", "2023-08-15")


def test_segment_french_language(page_text):
    (art,) = page_articles(Page(source="fr", text=page_text("french.txt")))
    assert art.lang == "fr"


def test_segment_run_reports_empty_page_and_passes_errors():
    items = list(run([ItemError("a", "binary file"), Page(source="b", text="Menu\nSearch\n")]))
    assert items[0] == ItemError("a", "binary file")
    assert isinstance(items[1], ItemError) and items[1].source == "b"


def test_segment_same_teaser_twice_is_one_article():
    teaser = "Talks Resume in Doha\n\nNegotiators from both sides met again on Sunday after a two-week pause, mediators said.\n"
    page = Page(source="p", text=teaser + "Related\n" + teaser)
    arts = page_articles(page)
    assert len(arts) == 1
