"""Sample pages for the ingest tests (news-like text written for these tests)."""
from __future__ import annotations

KHERSON_TITLE = "Drone attack sets fuel depot ablaze outside Kherson"
KHERSON_PARAS = [
    "A wave of drones struck a fuel depot on the eastern outskirts of Kherson early on Saturday, "
    "starting a fire that burned for several hours and forcing the evacuation of nearby homes, "
    "regional officials said.",
    "The head of the regional military administration said two workers at the site were injured "
    "and taken to hospital. Firefighters brought the blaze under control by mid-morning, he added "
    "in a statement posted online.",
    "Ukraine's air force said it had shot down 14 of the 19 drones launched overnight across the "
    "south of the country. It did not say which of the remaining drones reached their targets.",
    "Kherson, which Ukrainian forces retook in November 2022, is shelled almost daily from Russian "
    "positions on the left bank of the Dnipro river.",
]

FASHER_TITLE = "Fighting flares around El Fasher as ceasefire talks stall"
FASHER_PARAS = [
    "Heavy clashes broke out on Tuesday on the northern edge of El Fasher, the last major city in "
    "Darfur still held by Sudan's army, residents and aid workers said.",
    "A local emergency committee said at least nine civilians were killed when shells landed near a "
    "market in the Abu Shouk area. The figure could not be independently verified.",
    "The paramilitary Rapid Support Forces have besieged the city for months. Talks between the two "
    "sides, mediated abroad, broke off last week without agreement.",
]

SAGAING_PARAS = [
    "An air strike by Myanmar's military killed at least eleven people in a village in the Sagaing "
    "region on Sunday, according to a local resistance group and two residents.",
    "The residents said a jet dropped two bombs on the village shortly after noon, destroying a "
    "monastery where displaced families had been sheltering. Several children were among the dead.",
    "The military government, which seized power in a coup in February 2021, did not respond to "
    "requests for comment. It has previously said it targets only armed groups opposed to its rule.",
]

DONETSK_PARAS = [
    "Artillery fire damaged a school and three apartment blocks in the town of Kostiantynivka in the "
    "Donetsk region on Thursday, the regional governor said. No casualties were reported because the "
    "school has taught pupils online since 2022.",
    "Emergency crews spent the afternoon clearing debris and covering broken windows with plastic "
    "sheeting before temperatures dropped overnight, local authorities said in a short statement.",
]

CHROME_WORDS = ("Subscribe to our newsletter", "All rights reserved", "Most read")


def article_html(title: str, paras: list[str], published: str | None = None,
                 site: str = "Riverside Ledger") -> str:
    """A realistic article page with navigation, sidebar and footer chrome."""
    meta = (f'<meta property="article:published_time" content="{published}">' if published else "")
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
{meta}
<meta property="og:title" content="{title}">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav></header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">By Staff Reporter</p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher on rate hopes</a></li>
<li><a href="/b">Local team wins cup final</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 {site}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body>
</html>
"""


def rss_feed(base: str, short_link: str = "/story2.html") -> str:
    """RSS 2.0: one entry with full content:encoded, one with a short description and a link."""
    full = "".join(f"<p>{p}</p>" for p in SAGAING_PARAS)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Riverside Ledger - World</title>
<link>{base}/</link>
<description>World news</description>
<language>en-gb</language>
<item>
<title>Air strike kills villagers in Myanmar's Sagaing region</title>
<link>{base}/sagaing.html</link>
<guid isPermaLink="false">ledger-2024-0311-sagaing</guid>
<pubDate>Mon, 11 Mar 2024 08:15:00 +0000</pubDate>
<description>At least eleven people were killed, residents said.</description>
<content:encoded><![CDATA[{full}]]></content:encoded>
</item>
<item>
<title>{FASHER_TITLE}</title>
<link>{base}{short_link}</link>
<guid>{base}{short_link}</guid>
<pubDate>Tue, 12 Mar 2024 17:40:00 +0300</pubDate>
<description>Clashes erupted on the northern edge of the city, residents said.</description>
</item>
</channel>
</rss>
"""


def atom_feed(base: str) -> str:
    full = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in DONETSK_PARAS)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Eastern Front Monitor</title>
<id>urn:uuid:5a1c0e8e-0000-4000-8000-000000000001</id>
<updated>2024-03-14T18:00:00Z</updated>
<entry>
<title>Shelling damages school in Donetsk region</title>
<id>urn:uuid:5a1c0e8e-0000-4000-8000-000000000002</id>
<link href="{base}/kostiantynivka.html"/>
<updated>2024-03-14T16:30:00Z</updated>
<content type="html">{full}</content>
</entry>
<entry>
<title>Clashes reported near Goma</title>
<id>urn:uuid:5a1c0e8e-0000-4000-8000-000000000003</id>
<link href="{base}/goma.html"/>
<published>2024-03-13T09:00:00+01:00</published>
<updated>2024-03-13T11:00:00+01:00</updated>
<summary>Fighting between the army and M23 rebels was reported north of Goma.</summary>
</entry>
</feed>
"""
