"""Page patterns of the thirtieth round's articles rendered as scraped pages: a station's name over
the headline that opens with it.  Pages written for tocsin."""
from tocsin.segment.split import split_page

TEASERS = ("\n\nMost read\n\nCity council approves new bus lanes for the centre\n\n"
           "Commuters will see the first lanes painted next month, officials said.\n")


def test_a_name_over_a_headline_that_opens_with_it_is_no_title():
    page = ("Menu\nSubscribe\nDanube Public Radio\n\nNews › World\n\n"
            "Danube Public Radio 08:00 bulletin: Izmail counts the damage after drone strike\n\n\n\n"
            "TRANSCRIPT - Danube Public Radio, Odesa. Morning bulletin, 08:00, Wednesday 16 August 2023.\n\n"
            "PRESENTER: Good morning. Russian drones hit grain warehouses in the port of Izmail overnight, the "
            "regional governor said, and firefighters worked until dawn to put out the blaze.\n" + TEASERS)
    segments = split_page(page)
    assert segments[0].title == "Danube Public Radio 08:00 bulletin: Izmail counts the damage after drone strike"
    assert segments[0].paragraphs[0].startswith("TRANSCRIPT - Danube Public Radio")
