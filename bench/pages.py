"""Render benchmark articles as scraped web pages (bench/realnews.py --pages).

Real pages reach tocsin as text with the site around the story: menus, share buttons, a byline
with the date in the site's own format (or no date at all), photo credits, "most read" teasers
of unrelated stories and a footer.  Each article of a split becomes one such page here, in one
of four site layouts written for tocsin (the wording is ours), so the split's gold also measures
segmentation, chrome removal and the publication date read from the page (one layout also
puts an inline "READ MORE:" link inside the story, a credited photo caption above it and the
wire's credit line below it).  Every fourth page
shows no date anywhere outside its text, like the design sample.
"""
from __future__ import annotations

from datetime import date

# unrelated stories a site lists beside the article (non-conflict, some with figurative violence)
TEASERS = [
    ("Central bank holds rates as inflation cools for a third month",
     "Policymakers said the fight against rising prices was not over, but markets rallied on hopes of a cut."),
    ("Underdogs storm back to win the cup final on penalties",
     "The visitors bombarded the home goal in the second half and their keeper was the hero of the shoot-out."),
    ("Drought slashes wheat harvest forecast across the region",
     "Farmers say a second dry winter has wiped out seedlings on rain-fed land."),
    ("Opposition launches blistering attack on the budget",
     "The finance minister defended spending cuts that critics called an assault on the poor."),
    ("Why the shipping industry is betting on wind again",
     "Start-ups are fitting rigid sails to bulk carriers to cut fuel bills."),
    ("Film review: a quiet family drama that hits like a bomb",
     "The director's third feature is a slow burn that explodes in its final act."),
    ("Tech giants battle over the future of cloud gaming",
     "Analysts expect a price war once the new consoles reach the shops."),
    ("Heatwave shatters records in southern Europe",
     "Officials urged residents to stay indoors during the hottest hours of the day."),
]
CHROME_WORDS = ["Skip to main content", "Sign up for our daily briefing", "All rights reserved",
                "Share this article", "Most read", "Advertisement", "Related topics"]



def _last_prose(text: str) -> str:
    """The start of the story's last prose paragraph (over ten words, a full stop at its end), read
    before the first line the segmenter closes a story at ("Related stories:", a credit line) and
    never one of its chrome lines (an aggregator's "Subscribe to our newsletter ...")."""
    from tocsin.segment.chrome import line_role

    lines = text.split("\n")
    stop = next((k for k, ln in enumerate(lines) if (line_role(ln) or ("", ""))[0] == "footer"
                 or (line_role(ln) or ("", ""))[1] == "related"), len(lines))
    return next((p.strip()[:40] for p in reversed(lines[:stop]) if len(p.split()) > 10 and line_role(p) is None
                 and p.strip().endswith((".", '"', "\u201d"))), text.strip()[:40])

def _fmt(day: date, style: int) -> str:
    month = day.strftime("%B")
    return [f"Published {month} {day.day}, {day.year}",
            f"{day.day} {day.strftime('%b')} {day.year} | 09:{10 + day.day:02d} GMT",
            f"Updated: {day.month}/{day.day}/{day.year} 4:05 PM ET",
            f"{day.strftime('%A')} {day.day} {month} {day.year}"][style % 4]


def _teasers(i: int, n: int = 2) -> list[tuple[str, str]]:
    return [TEASERS[(i * 3 + k) % len(TEASERS)] for k in range(n)]


def render(article: dict, i: int) -> tuple[str, dict]:
    """The page text of `article` (the i-th of its split) and its gold entries for the scorer's
    --articles check: the story found with its text and without the chrome, and the teasers
    found apart from it."""
    title, text, outlet = article["title"], article["text"], article.get("outlet") or "The Daily"
    day = date.fromisoformat(article["published"]) if article.get("published") else None
    dated = day is not None and i % 4 != 3
    byline = _fmt(day, i // 4) if dated else ""  # every date format on every dated layout
    teasers = _teasers(i)
    style = i % 4
    if style == 0:
        head = ["Skip to main content", outlet, "World | Middle East | Africa | Opinion | Video", "Search", "",
                title, "", f"By {outlet} staff", byline, "Share this article", ""]
        tail = ["", "Most read"] + [f"{t}\n{b}\n" for t, b in teasers] + [
            "Sign up for our daily briefing", f"\u00a9 {day.year if day else 2024} {outlet}. All rights reserved."]
    elif style == 1:
        head = [f"{outlet} \u2014 Home", "Latest news", "", title, byline,
                "Advertisement", "Photo: smoke over the area (file image)", ""]
        tail = ["", "Related topics: Conflict, Security, Human rights", "", "Read next"] + [
            f"{t}\n\n{b}\nkeep reading\n" for t, b in teasers] + ["Newsletter", "Privacy policy | Terms | Contact"]
    elif style == 2:
        head = ["Menu", "Subscribe", outlet, "", "News \u203a World", "", title, "", byline, ""]
        tail = ["", "Advertisement", "", "More from " + outlet] + [f"\n{t}\n{b}" for t, b in teasers] + [
            "", "Follow us on social", "All rights reserved."]
    else:
        head = [outlet, "Home | Regions | Analysis", "", title, "", byline, "Listen to this article", ""]
        tail = ["", "Tags: war, politics", "", "Most read"] + [f"{t}\n{b}" for t, b in teasers] + [
            "", "Cookie settings", "Share this article"]
    if style == 1:  # a wire story on a news site: a credited photo caption, an inline link, the credit line
        paras = text.split("\n\n")
        text = "\n\n".join(paras[:1] + [f"READ MORE: {teasers[-1][0]}"] + paras[1:]
                             + ["(Reporting by our correspondents; Editing by the news desk)"])
        head.insert(-1, "Smoke rises over the area after the fighting. REUTERS/Staff photographer")
    page = "\n".join(head) + "\n" + text + "\n" + "\n".join(tail) + "\n"
    story: dict = {"id": article["id"], "title_contains": title,
                   "must_contain": [_last_prose(text)],
                   "must_not_contain": [w for w in CHROME_WORDS if w in page] + [t for t, _ in teasers]}
    if dated:  # an undated page may well stay undated (its text alone rarely fixes the year)
        story["published_window"] = [day.isoformat()] * 2
    others = [{"id": f"{article['id']}-teaser-{k}", "title_contains": t, "must_not_contain": [title]}
              for k, (t, _) in enumerate(teasers)]
    return page, {"story": story, "teasers": others}
