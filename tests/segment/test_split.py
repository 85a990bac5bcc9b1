import pytest

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
    assert is_heading(" ".join(["Word"] * 24))  # a long news title (24 words) is still one
    assert not is_heading(" ".join(["Word"] * 25))


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


# a page written for this test: a site header, a long title over a byline with a numeric date,
# a wire dateline on its own line, and a footer list of unrelated stories
WIRE_PAGE = """Skip to main content
Sahel Courier
News | Africa | Opinion

Niger: gunmen kill dozens of villagers in Tillaberi raid as thousands flee towards the regional capital (update 2)

By Sahel Courier staff
Updated: 3/22/2021 6:40 PM ET

NIAMEY, March 22 (Sahel Courier) - Press release

Gunmen on motorcycles killed at least 58 people in two villages of the Tillaberi region on Sunday, the government said.

Survivors said the attackers set fire to granaries before leaving towards the Malian border.

Most read
Football: league leaders crushed at home
The champions were beaten 3-0 in front of their own fans on Saturday evening.
"""


def test_split_long_title_above_byline_and_wire_dateline_kept_in_text():
    segs = split_page(WIRE_PAGE)
    main = segs[0]
    assert main.title.startswith("Niger: gunmen kill dozens of villagers")
    assert main.dateline == "Updated: 3/22/2021 6:40 PM ET"
    assert main.paragraphs[0] == "NIAMEY, March 22 (Sahel Courier) - Press release"
    assert "By Sahel Courier staff" not in "\n".join(main.paragraphs)
    assert [s.title for s in segs[1:]] == ["Football: league leaders crushed at home"]


def test_split_question_title_under_a_label_with_weekday_date_line():
    page = ("Home | World\n\nAnalysis: Will the fighting around Sirte drag Egypt and Turkey into a war in Libya?\n\n"
            "By Jane Doe in Cairo\nWednesday 8 July 2020\n\n"
            "Is a regional war coming to Libya's coast? Few diplomats would have asked a year ago.\n\n"
            "Warplanes of unknown origin struck the al-Watiya air base overnight on Sunday, officials said.\n")
    segs = split_page(page)
    assert len(segs) == 1
    assert segs[0].title.startswith("Analysis: Will the fighting around Sirte")
    assert segs[0].dateline == "Wednesday 8 July 2020"
    assert segs[0].paragraphs[0].startswith("Is a regional war coming")


def test_split_sentence_above_a_byline_stays_prose():
    page = ("Why the truce is fraying\n\nThe ceasefire will not hold unless both armies pull back their heavy guns from the line.\n"
            "By John Roe\n\nBoth sides shelled each other's positions near the river on Monday, monitors said, "
            "and civilians fled the nearest villages.\n")
    segs = split_page(page)
    assert segs[0].title == "Why the truce is fraying"
    assert segs[0].paragraphs[0].startswith("The ceasefire will not hold")


# written for this test: a wire story on a news site, with a photo caption credited to an
# agency, a gallery counter, an inline "READ MORE" link in the middle of the story, the
# wire's credit line and a list of unrelated stories
INLINE_LINK_PAGE = """World News
This article is more than 5 years old

Turkish soldiers killed in Idlib air strike, governor says

First published on Thu 27 Feb 2020 22.05 GMT

Smoke rises over the town of Saraqib in Idlib province, Syria, February 27, 2020. REUTERS/Jane Doe
1 of 5

At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday, the governor of Hatay province said.

READ MORE: Russia and Turkey trade blame over the Idlib offensive

Turkey struck Syrian government targets overnight in response, its defence ministry said, adding that its artillery had hit dozens of positions.

Image caption, Families fleeing the fighting wait at a checkpoint near the border

Ankara called on its NATO allies for support and said it would no longer stop refugees from heading to Europe.

(Reporting by Jane Doe in Beirut; Editing by John Roe)

Most read
Football: league leaders crushed at home
The champions were beaten 3-0 in front of their own fans on Saturday evening, and their coach was sacked hours later.
"""


def test_split_story_goes_on_after_an_inline_link_and_drops_captions_and_credits():
    segs = split_page(INLINE_LINK_PAGE)
    assert [s.title for s in segs] == ["Turkish soldiers killed in Idlib air strike, governor says",
                                       "Football: league leaders crushed at home"]
    story = segs[0]
    assert story.dateline == "First published on Thu 27 Feb 2020 22.05 GMT"
    assert [p[:20] for p in story.paragraphs] == ["At least 33 Turkish ", "Turkey struck Syrian", "Ankara called on its"]
    body = "\n".join(story.paragraphs)
    for chrome in ("REUTERS/", "1 of 5", "READ MORE", "Image caption", "Reporting by", "5 years old", "Most read"):
        assert chrome not in body, chrome


def test_split_a_list_of_other_stories_still_ends_the_story():
    page = INLINE_LINK_PAGE.replace("READ MORE: Russia and Turkey trade blame over the Idlib offensive", "Most read")
    segs = split_page(page)
    assert segs[0].paragraphs == [segs[0].paragraphs[0]]


def test_split_inline_link_under_the_title_and_a_nav_list_label_do_not_cut_the_story():
    # written for this test: "Latest news" in the site's menu, a link right under the title,
    # and a report with capitalised section headings
    page = ("Relief Updates \u2014 Home\nLatest news\n\nSudan: Flash Update No. 4 - Fighting in El Fasher\n"
            "Monday 13 May 2024\n\nREAD MORE: Central bank holds rates\n\nHIGHLIGHTS\n\n"
            "Heavy fighting broke out in El Fasher on Friday between the army and the RSF, and at least 27 "
            "people were killed, according to the hospital.\n\nSITUATION OVERVIEW\n\n"
            "Shelling hit the Abu Shouk camp on Saturday. Thousands of families fled north.\n\n"
            "HUMANITARIAN RESPONSE\n\nPartners are trucking water to the camps around the town.\n")
    segs = split_page(page)
    assert [s.title for s in segs] == ["Sudan: Flash Update No. 4 - Fighting in El Fasher"]
    assert segs[0].dateline == "Monday 13 May 2024"
    assert segs[0].paragraphs[-1] == "Partners are trucking water to the camps around the town."
    assert "READ MORE" not in "\n".join(segs[0].paragraphs)


def test_split_a_most_read_list_gives_each_teaser_its_own_article():
    page = INLINE_LINK_PAGE.rstrip("\n") + ("\n\nMarkets: oil slides as demand cools\n"
                                            "Brent fell for a fourth session on Tuesday as traders weighed weak factory data.\n")
    segs = split_page(page)
    assert [s.title for s in segs[1:]] == ["Football: league leaders crushed at home", "Markets: oil slides as demand cools"]
    assert "Brent" not in "\n".join(segs[1].paragraphs)


# pages written for this test in the layouts of French, Spanish, Arabic and Turkish sites
FOREIGN_PAGES = {
    "fr": ("Aller au contenu principal\nLe Courrier du Sahel\nAccueil | Monde | Afrique\n\n"
           "Mali : une embuscade contre un convoi fait dix morts près de Gao\n\nPar la rédaction\n"
           "Publié le 3 mars 2021 à 14h05\nPartager\n\n"
           "Des hommes armés ont attaqué mardi un convoi de camions près de Gao, tuant dix chauffeurs, selon la gendarmerie.\n\n"
           "Lire aussi : Inflation : la banque centrale maintient ses taux\n\n"
           "Les assaillants ont incendié trois véhicules avant de prendre la fuite vers le nord.\n\n"
           "Les plus lus\nTennis : victoire facile en trois sets\nLa joueuse a dominé la finale de bout en bout.\n\n"
           "© Le Courrier du Sahel. Tous droits réservés.\n", "2021-03-03"),
    "es": ("Ir al contenido\nDiario del Pacífico\nInicio | Internacional | América Latina\n\n"
           "Cauca: asesinan a tres guardias indígenas en un ataque armado\n\nPor Redacción\n"
           "Publicado el 17 de agosto de 2021\nCompartir\n\n"
           "Hombres armados asesinaron el domingo a tres guardias indígenas en una vereda de Toribío, informó la alcaldía.\n\n"
           "Lee también: La bolsa cae tras el anuncio de nuevos aranceles\n\n"
           "La Defensoría del Pueblo pidió proteger a las comunidades de la zona.\n\n"
           "Lo más leído\nFútbol: el líder gana el clásico\nEl equipo local ganó por dos goles en el último minuto.\n\n"
           "Todos los derechos reservados.\n", "2021-08-17"),
    "ar": ("تخطي إلى المحتوى الرئيسي\nصحيفة الشمال\nالرئيسية | عربي | دولي\n\n"
           "مقتل خمسة مدنيين بقصف على بلدة في ريف إدلب\n\nبقلم: فريق التحرير\nنشر في 12 شباط 2020\nشارك\n\n"
           "قُتل خمسة مدنيين يوم الثلاثاء في قصف مدفعي استهدف بلدة سرمين في ريف إدلب الشرقي، بحسب الدفاع المدني.\n\n"
           "اقرأ أيضا: البنك المركزي يبقي أسعار الفائدة دون تغيير\n\n"
           "وأصيب عشرة آخرون بجروح نقلوا على إثرها إلى مستشفيات المنطقة.\n\n"
           "الأكثر قراءة\nالمنتخب يفوز على ضيفه بهدفين\nسجل المهاجم هدفين في الشوط الثاني.\n\n"
           "جميع الحقوق محفوظة\n", "2020-02-12"),
    "tr": ("İçeriğe geç\nSınır Gazetesi\nAnasayfa | Dünya | Ortadoğu\n\n"
           "İdlib'de topçu saldırısı: iki asker yaralandı\n\nHaber Merkezi\nYayınlanma: 24.02.2020 14:05\nPaylaş\n\n"
           "İdlib'deki bir gözlem noktasına salı günü düzenlenen topçu saldırısında iki asker yaralandı.\n\n"
           "İlgili haber: Merkez Bankası faizi sabit bıraktı\n\n"
           "Yaralı askerler Hatay'daki hastaneye kaldırıldı.\n\n"
           "En çok okunanlar\nDerbide ev sahibi kazandı\nEv sahibi ekip maçı iki golle kazandı.\n\n"
           "Tüm hakları saklıdır.\n", "2020-02-24"),
}


@pytest.mark.parametrize("lang", sorted(FOREIGN_PAGES))
def test_split_pages_of_sites_in_other_languages(lang):
    from tocsin.dates.published import assign_published
    from tocsin.records import Article

    page, day = FOREIGN_PAGES[lang]
    story = split_page(page)[0]
    assert len(story.paragraphs) == 2  # the inline link and the list of other stories left out
    art = assign_published(Article(id="a", source="s", url=None, title=story.title, text="\n\n".join(story.paragraphs),
                                   published=None, published_inferred=False, lang=lang, dateline=story.dateline))
    assert art.published == day


def test_a_byline_is_no_title_and_a_wh_heading_after_a_link_goes_on():
    page = ("Tigray explained: what the ceasefire means for the region\n\n"
            "By Horn Desk of the Addis Weekly Observer (English edition) staff and correspondents\n\n"
            "The ceasefire agreed in Pretoria has held for a month, officials on both sides said on Monday, and aid "
            "convoys have reached Mekelle for the first time in more than a year.\n\n"
            "READ MORE: Wheat prices climb for a third week\n\n"
            "What happened in Pretoria\n\n"
            "Negotiators for the government and the Tigrayan authorities signed the deal after ten days of talks, "
            "agreeing to disarm fighters and restore services to the region within weeks.\n")
    segments = split_page(page)
    assert [s.title for s in segments] == ["Tigray explained: what the ceasefire means for the region"]
    assert "Negotiators" in " ".join(segments[0].paragraphs)
