"""Page patterns of the twenty-eighth round's articles rendered as scraped pages: a report's body
heading that restates its title in capitals, a monitor's municipality headings with a bracket over
list items, a title closed by two places in brackets, a live blog's "LIVE -" kicker.  Pages written
for tocsin."""
from tocsin.segment.split import split_page

CHROME = "Regional Watch\nHome | Regions | Analysis\n\n"
TEASERS = ("\n\nMost read\n\nCity council approves new bus lanes for the centre\n\n"
           "Commuters will see the first lanes painted next month, officials said.\n")


def _titles(page: str) -> list[str | None]:
    return [s.title for s in split_page(page)]


def test_a_body_heading_restating_the_title_is_prose():
    page = (CHROME + "Weekly protest monitor No. 12: marches return to the capital\n\nListen to this article\n\n"
            "WEEKLY PROTEST MONITOR No. 12 - covering 3 to 9 March 2024\n\nSUMMARY\n\n"
            "Marches resumed in the capital on Tuesday after a week of calm, our monitors said. Police detained "
            "about 40 people near the central square and released most of them by the evening.\n" + TEASERS)
    segments = split_page(page)
    assert segments[0].title == "Weekly protest monitor No. 12: marches return to the capital"
    assert segments[0].paragraphs[0].startswith("WEEKLY PROTEST MONITOR No. 12")


def test_municipality_headings_with_a_bracket_over_list_items_stay_in_the_report():
    page = (CHROME + "Border Monitor - Daily Incident Report, Monday 4 March 2024\n\n"
            "Coverage: four border municipalities and their informal crossings, compiled from field monitors "
            "and official statements.\n\nINCIDENTS BY MUNICIPALITY\n\nBolivar (San Antonio del Tachira)\n"
            "- Soldiers exchanged fire with an armed group at an informal crossing overnight; one gunman was "
            "killed, a regional commander said.\n\nPedro Maria Urena (Urena)\n"
            "- Armed men took a shopkeeper from his home on Monday morning, relatives said.\n" + TEASERS)
    titles = _titles(page)
    assert titles[0] == "Border Monitor - Daily Incident Report, Monday 4 March 2024"
    assert "Bolivar (San Antonio del Tachira)" not in titles


def test_a_title_closed_by_two_places_in_brackets_is_no_photo_credit():
    page = (CHROME + "Security Observatory - Daily Report No. 88 (Ouham / Ouham-Fafa)\n\nPublished May 2, 2024\n\n"
            "Armed men attacked a convoy of traders near Batangafo on Wednesday, killing two drivers, local "
            "sources said. The observatory recorded four other incidents in the two prefectures.\n" + TEASERS)
    assert _titles(page)[0] == "Security Observatory - Daily Report No. 88 (Ouham / Ouham-Fafa)"


def test_a_live_kicker_is_no_dateline():
    page = (CHROME + "LIVE - Teachers' strike in the capital: latest updates\n\nListen to this article\n\n"
            "Our live coverage of the strike called by the teachers' unions. Newest entries first. All times "
            "local.\n\nThursday, 13:20 - Police fired tear gas at teachers marching towards the ministry.\n"
            + TEASERS)
    assert _titles(page)[0] == "LIVE - Teachers' strike in the capital: latest updates"


def test_a_title_repeated_word_for_word_under_the_chrome_stays_the_title():
    page = (CHROME + "Strike flattens homes near the camp as families flee south\n\nListen to this article\n\n"
            "Strike flattens homes near the camp as families flee south\n\n"
            "An air strike on Tuesday levelled several residential blocks near the camp, killing at least 12 "
            "people, doctors said.\n" + TEASERS)
    assert _titles(page)[0] == "Strike flattens homes near the camp as families flee south"
