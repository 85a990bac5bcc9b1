"""Segmentation of two genres of real news pages (issue 11): a timeline's year headings ("2024"
on a line of its own) are story text, and an explainer's question subheading right after an
inline link ("READ MORE: ...") continues the story.  Pages written for tocsin."""
import pytest

from tocsin.segment.split import is_heading, split_page

TIMELINE_PAGE = """Menu
Subscribe
Nile Dispatch

News › World

Timeline: how the siege of the city unfolded

Published October 30, 2025

The militia said this week that it had taken the city after a siege of some 18 months. These are the main moments of the battle.
2024
May 10 - Heavy fighting breaks out between the army and the militia on the northern edge of the city.
June 8: Gunmen storm the main hospital and loot it, a medical charity says.
2025
Jan 24 - A drone strike hits the central market, killing about 70 people, health officials say.

Advertisement
More from Nile Dispatch
"""

EXPLAINER_PAGE = """Horn Observer — Home
Latest news

Car bombings in the capital: what we know so far
Published October 30, 2022
Advertisement

Two car bombs tore through a busy junction in the capital on Saturday in the deadliest attack in years. Here is what we know so far.
READ MORE: Central bank holds rates as inflation cools for a third month
What happened?
- The first car bomb exploded outside the ministry at about 2 pm, and a second went off minutes later as ambulances gathered.
How many people were killed?
- At least 100 people were killed and about 300 wounded, the president said on Sunday after visiting the site.

Related topics: Conflict, Security
Read next
Central bank holds rates as inflation cools for a third month

Policymakers said the fight against rising prices was not over, but markets rallied on hopes of a cut.
keep reading
"""


def test_a_timelines_year_headings_stay_in_its_text():
    (story,) = [s for s in split_page(TIMELINE_PAGE) if s.title and s.title.startswith("Timeline")]
    assert "2024" in story.paragraphs and "2025" in story.paragraphs
    assert story.paragraphs.index("2024") < story.paragraphs.index("2025")


def test_an_upper_case_label_is_still_chrome():
    page = TIMELINE_PAGE.replace("Nile Dispatch\n\nNews", "Nile Dispatch\nAFP\n\nNews")
    (story,) = [s for s in split_page(page) if s.title and s.title.startswith("Timeline")]
    assert "AFP" not in story.paragraphs


def test_a_question_subheading_after_an_inline_link_continues_the_story():
    segs = split_page(EXPLAINER_PAGE)
    titles = [s.title for s in segs]
    assert "What happened?" not in titles
    (story,) = [s for s in segs if s.title == "Car bombings in the capital: what we know so far"]
    body = "\n".join(story.paragraphs)
    assert "At least 100 people were killed" in body and "What happened?" in body
    assert "Central bank holds rates" not in body


REVIEW_PAGE = """Horn Observer — Home
Latest news

The year in review: a vote, a drought and an offensive
Published December 31, 2022
Advertisement

MOGADISHU, Dec 31 - It was the year the war against the insurgents changed shape, and the year the rains failed again.
READ MORE: Central bank holds rates as inflation cools for a third month
FEBRUARY-MAY: A DELAYED VOTE
The long-delayed election dominated the first months, and a suicide bomber struck a polling centre in March.
AUGUST-DECEMBER: THE OFFENSIVE
Clan militias and the army retook dozens of villages in the central regions from August onwards.

Related topics: Conflict, Security
"""

OUTLOOK_PAGE = """Gulf Risk Desk — Home

Risk outlook: the southern border, week of 8 January 2024
Published January 8, 2024
RISK OUTLOOK | Southern border | Issued Monday, 8 January 2024

Overall threat level: high. Rocket fire across the border continued through the weekend, and two drone strikes hit villages near the frontier.

Related topics: Security
"""


def test_a_capitalised_section_label_after_an_inline_link_continues_the_story():
    segs = split_page(REVIEW_PAGE)
    (story,) = [s for s in segs if s.title and s.title.startswith("The year in review")]
    body = "\n".join(story.paragraphs)
    assert "suicide bomber struck a polling centre" in body and "retook dozens of villages" in body
    assert not any(s.title and s.title.startswith("FEBRUARY-MAY") for s in segs)


def test_a_kicker_in_capitals_or_fields_is_no_title():
    (story,) = [s for s in split_page(OUTLOOK_PAGE) if s.words > 10]
    assert story.title == "Risk outlook: the southern border, week of 8 January 2024"


def test_a_spanish_title_opening_with_an_inverted_exclamation_is_a_heading():
    assert is_heading("¡Masacre en el estadio! El local golea 5-0 en un clásico para el olvido")
    assert is_heading("¿Quién gobierna el puerto?")


FRONT_PAGE = """Danube Strategy Desk — Home
Latest news

Front line weekly, 12-18 October 2024: pressure on Kurakhove
18 Oct 2024 | 08:10 GMT

VIENNA, 18 October 2024 - This note covers the week to 18 October and draws on both sides' statements and geolocated footage.
READ MORE: Central bank holds rates as inflation cools for a third month
Kurakhove direction
Russian units pushed into the eastern outskirts of Kurakhove on Tuesday, according to footage checked by the desk.
Kursk
Ukrainian forces held their positions north of Sudzha despite daily assaults.

Related topics: Conflict
"""

ROUNDUP_PAGE = """Rift Valley Courier
World | Africa | Opinion

County round-up: curfew in Marsabit, shooting in Isiolo
By Rift Valley Courier staff
Share this article
MARSABIT
Night curfew extended in Marsabit town
The night curfew in Marsabit town has been extended by two weeks, the county commissioner said on Monday.
Residents said traders had closed their shops early since the clashes began last month.
ISIOLO
Two herders shot dead near Kinna
Two herders were shot dead near Kinna on Saturday by raiders who drove off about 300 goats, police said.

Most read
Central bank holds rates as inflation cools for a third month
Policymakers said the fight against rising prices was not over.
"""


def test_a_front_sections_name_after_an_inline_link_continues_the_story():
    segs = split_page(FRONT_PAGE)
    (story,) = [s for s in segs if s.title and s.title.startswith("Front line weekly")]
    body = "\n".join(story.paragraphs)
    assert "eastern outskirts of Kurakhove" in body and "north of Sudzha" in body
    assert not any(s.title == "Kurakhove direction" for s in segs)


def test_a_place_label_between_a_round_ups_items_keeps_one_story():
    segs = split_page(ROUNDUP_PAGE)
    (story,) = [s for s in segs if s.title and s.title.startswith("County round-up")]
    assert "near Kinna on Saturday" in "\n".join(story.paragraphs)
    assert [s.title for s in segs][-1].startswith("Central bank")  # the list after "Most read" is no part of it


MONITOR_PAGE = """Border Watch Observatory — Home
Latest news
Weekly Security Digest: Northern Provinces, 4 March 2025
Tuesday 4 March 2025
Advertisement
Weekly Security Digest - Northern Provinces - 4 March 2025
READ MORE: Markets slide as oil prices climb for a fourth day
Compiled from field reports, hospital records and official statements. Incidents are listed by province and district.
NORTH PROVINCE
Lake district
Gunmen on motorcycles attacked a cattle market near the lake shore on Monday, killing three herders, local officials said.
River district
A roadside bomb damaged an army truck on the river road on Sunday evening; no casualties were reported.
OUTLOOK
The observatory expects attacks on markets to continue during the dry season, when herders move south.
Related topics: Security
Read next
Markets slide as oil prices climb for a fourth day
keep reading
Privacy policy | Terms | Contact
"""

LIVE_PAGE = """Menu
Subscribe
Coastal protests live: curfew extended as unrest spreads to the port
Last updated: Friday 7 March 2025, 10:00
FRIDAY 7 MARCH
09:40 - Curfew extended
The governor extended the night curfew in the port city by another 48 hours, citing continued looting overnight.
THURSDAY 6 MARCH
21:15 - Injury count rises
Hospital staff said 23 people had been treated for injuries after police fired tear gas at crowds near the harbour.
14:00 - Marchers gather
Several thousand people gathered outside the regional assembly, chanting against the fuel price rise.
More from Coast Live
Follow us on social
"""


def test_a_reports_section_labels_and_a_live_pages_stamped_entries_stay_in_the_story():
    (digest,) = [s for s in split_page(MONITOR_PAGE) if s.title and s.title.startswith("Weekly Security Digest")]
    body = "\n".join(digest.paragraphs)
    assert digest.title == "Weekly Security Digest: Northern Provinces, 4 March 2025"  # the title above the byline
    assert "Lake district" in body and "The observatory expects attacks" in body
    (live,) = split_page(LIVE_PAGE)
    assert "Hospital staff said 23 people" in "\n".join(live.paragraphs)
    assert "Several thousand people gathered" in "\n".join(live.paragraphs)


REGION_REPORT_PAGE = """Highland Watch
Home | Reports | Maps
Daily Unrest Report No. 12 - Tuesday, 10 January 2023
HIGHLAND WATCH - DAILY REPORT. Coverage: 06:00 Monday to 06:00 Tuesday. Sources: field monitors and local radio.
Unrest was concentrated in the southern highlands on Monday, with road blockades on three highways.
INCIDENTS BY REGION, PROVINCE AND DISTRICT
PUNO REGION
San Roman province - Juliaca district
- Around noon on Monday, police fired tear gas at demonstrators marching towards the airport.
- Overnight, a crowd set fire to a police car near the central market.
Puno province - Puno district
- Some 2,000 people marched peacefully to the regional prefecture on Tuesday morning.
"""


def test_a_reports_dashed_section_labels_over_list_items_stay_in_the_story():
    (report,) = split_page(REGION_REPORT_PAGE)
    assert report.title.startswith("Daily Unrest Report No. 12")
    assert "Some 2,000 people marched" in "\n".join(report.paragraphs)


def test_a_dashed_title_over_prose_still_opens_a_new_story():
    page = ("WORLD\nGunmen kill five - Reuters\nTuesday 4 March 2025\n"
            "Gunmen killed five people at a village market on Monday, police said, the third such attack this month.\n"
            "AFRICA\nFloods hit delta - AFP\nTuesday 4 March 2025\n"
            "Heavy rains have forced thousands of families from their homes along the delta, officials said on Tuesday.\n")
    assert len(split_page(page)) == 2


def test_a_kicker_and_a_full_title_still_open_a_new_story():
    page = ("WORLD\nGunmen kill five in attack on northern village market\nTuesday 4 March 2025\n"
            "Gunmen killed five people at a village market on Monday, police said, the third such attack this month.\n"
            "AFRICA\nFlooding forces thousands from their homes along the river delta\nTuesday 4 March 2025\n"
            "Heavy rains have forced thousands of families from their homes along the delta, officials said on Tuesday.\n")
    titles = [s.title for s in split_page(page)]
    assert titles == ["Gunmen kill five in attack on northern village market",
                      "Flooding forces thousands from their homes along the river delta"]


@pytest.mark.parametrize("page,title", [
    # a staff byline over the date line is no title; the question above it is
    ("The Lake Chad Review\nWorld | Africa | Opinion\n\n"
     "Truce on paper, mines on the road: can the north hold until the rains?\n\n"
     "By The Lake Chad Review staff\n10 Jun 2025 | 09:20 GMT\n\n"
     "MAIDUGURI - On Thursday morning, a roadside bomb tore through a supply truck on the road between "
     "Monguno and Baga, wounding the driver. It was the third such blast on that road since March, and the "
     "army has since stopped convoys at night.\n",
     "Truce on paper, mines on the road: can the north hold until the rains?"),
    # a title with its dates after a bar is no kicker
    ("Menu\nSubscribe\nRelief Coordination Cell for the Delta\n\nNews › World\n\n"
     "Delta Humanitarian Situation Update #7 | 4-11 May 2025\n\n12 May 2025 | 09:29 GMT\n\n"
     "Situation Update #7. Reporting period: 4-11 May 2025. Floods and attacks on river convoys displaced "
     "some 12,000 people across three districts during the week, partners reported.\n",
     "Delta Humanitarian Situation Update #7 | 4-11 May 2025"),
])
def test_the_story_under_a_byline_or_a_dated_title_keeps_its_title(page, title):
    titles = [s.title for s in split_page(page)]
    assert titles[-1] == title, titles


BRACKETED_LABEL_PAGE = """Highland Watch
Home | Reports | Maps
Daily Incident Report No. 40 - Tuesday, 18 April 2023
HIGHLAND WATCH - DAILY REPORT. Coverage: Friday to Tuesday. Sources: field monitors and church networks.
Two incidents were verified in the two regencies over the weekend.
LANNY JAYA REGENCY (Highland Papua province)
Tiom district
- On Saturday, gunmen fired on a police post near the district office; no one was hurt.
PUNCAK REGENCY (Central Papua province)
Ilaga district
- On Sunday, soldiers detained two men at the market on suspicion of supplying the rebels.
"""


def test_a_capitalised_label_with_a_bracketed_province_stays_in_the_story():
    (report,) = split_page(BRACKETED_LABEL_PAGE)
    assert report.title.startswith("Daily Incident Report No. 40")
    assert "soldiers detained two men" in "\n".join(report.paragraphs)
