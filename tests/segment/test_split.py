from tocsin.segment.split import is_heading, split_page, unwrap


def test_split_single_article_keeps_all_paragraphs(page_text):
    segs = split_page(page_text("single-clean.txt"))
    assert [s.title for s in segs] == ["Militants Attack Army Post in Northern Burkina Faso"]
    assert len(segs[0].paragraphs) == 3
    assert segs[0].paragraphs[-1].startswith("Residents said many families")


def test_split_drops_chrome_above_and_below(page_text):
    segs = split_page(page_text("chrome-above-below.txt"))
    assert len(segs) == 1
    body = "\n".join(segs[0].paragraphs)
    assert segs[0].title == "Why the Sahel Juntas Keep Winning the Argument at Home"
    assert body.startswith("Military rulers in Mali")  # the standfirst opens the text
    assert "television repeats the message daily" in body
    for chrome in ("Menu", "Sign in", "IMG_", "Opinion | Africa", "By Amina Kone", "Share",
                   "senior analyst", "Tags:", "Advertisement", "Subscribe", "Privacy", "Copyright"):
        assert chrome not in body, chrome


def test_split_keeps_dateline_of_its_article(page_text):
    segs = split_page(page_text("chrome-above-below.txt"))
    assert segs[0].dateline == "Published on 14 May 2023"


def test_split_separates_teasers_with_their_own_titles(page_text):
    segs = split_page(page_text("teasers.txt"))
    assert [s.title for s in segs] == [
        "Strikes Hit Fuel Depot in Hodeidah Port",
        "Shipping insurers raise Red Sea premiums again",
        "Thousands march in Rabat over Gaza",
    ]
    main, shipping, rabat = ("\n".join(s.paragraphs) for s in segs)
    assert "Fires were still burning" in main and "insurers" not in main
    assert "war-risk premiums" in shipping and "Rabat" not in shipping
    assert rabat.endswith("no arrests were reported.")
    for chrome in ("Keep reading", "Economy", "World", "Protest", "LATEST", "weekly briefing"):
        assert all(chrome not in "\n".join(s.paragraphs) for s in segs), chrome


def test_split_french_page(page_text):
    segs = split_page(page_text("french.txt"))
    assert [s.title for s in segs] == ["Des combats font rage autour de Goma"]
    body = "\n".join(segs[0].paragraphs)
    assert "Le 23 janvier" in body
    assert "Suivez" not in body and "Abonnez" not in body and "Lire la suite" not in body
    assert segs[0].dateline == "Publié le 24 janvier 2025"


def test_split_subheadings_stay_in_their_article(page_text):
    segs = split_page(page_text("subheadings.txt"))
    assert len(segs) == 1
    assert "The Wagner Factor" in segs[0].paragraphs
    assert segs[0].paragraphs[-1].startswith("Kyiv says")


def test_split_unwraps_hard_wrapped_text(page_text):
    segs = split_page(page_text("wrapped.txt"))
    assert [s.title for s in segs] == ["Gunmen Abduct Bus Passengers on Kaduna Highway"]
    assert len(segs[0].paragraphs) == 3
    assert segs[0].paragraphs[0].startswith("Armed men abducted eleven passengers from a bus on the highway between Kaduna")


def test_split_unwrap_leaves_unwrapped_text_alone():
    lines = ["A title", "", "One long paragraph that ends properly with a full stop at the end."] * 3
    assert unwrap(lines) == lines


def test_split_heading_shape():
    assert is_heading("Strikes Hit Fuel Depot in Hodeidah Port")
    assert is_heading("Who will stop the war?")
    assert not is_heading("He denied the charges.")
    assert not is_heading("lower case start of a line")
    assert not is_heading(" ".join(["Word"] * 20))


def test_split_drops_short_untitled_leftovers():
    assert split_page("Menu\nSome Stray Words\nmore words here.\n") == []
    assert split_page("Menu\nsome stray words here\nand more of them in a line.\n") == []


def test_split_short_item_without_chrome_is_kept_whole():
    (seg,) = split_page("police in kano said three people died in the clashes on friday night.\n")
    assert seg.title is None and seg.paragraphs[0].startswith("police in kano")


def test_split_last_line_without_full_stop_is_kept():
    (seg,) = split_page("Rebels killed 12 civilians in Idlib on Monday")
    assert seg.paragraphs == ["Rebels killed 12 civilians in Idlib on Monday"]
    (seg,) = split_page("Clashes In Idlib\n\nRebels attacked the town on Monday, residents said.\n"
                        "Government forces shelled Aleppo")
    assert seg.title == "Clashes In Idlib"
    assert seg.paragraphs[-1] == "Government forces shelled Aleppo"


def test_split_punctuation_is_no_article():
    assert split_page("... !!! ??? --- ,,, ;;;") == []


def test_split_bare_date_line_is_a_dateline_not_a_title():
    page = ("Middle East | Wire\n\nTurkish convoy hit near the border\n\n7 Feb 2020 | 14:05 GMT\n\n"
            "Artillery hit a Turkish convoy near the border on Friday, killing two soldiers, officials said. "
            "The convoy had been sent to reinforce an observation post on the hills.\n\nTurkey said it returned fire.")
    (seg,) = split_page(page)
    assert seg.title == "Turkish convoy hit near the border"
    assert seg.dateline == "7 Feb 2020 | 14:05 GMT"
