"""Place and actor patterns of the thirty-fourth round's held-out articles (dev-737 to dev-760): a
capital in a live blog's headline when the story's named actors are another country's (the US
embassy in Monrovia), an arrest told without who made it (the police of the country where it
happened), and a group that fights as a branch of its own in two states (the Islamic State in
Iraq).  Texts written for tocsin."""
from tocsin import pipeline
from tocsin.records import Article

from ..coding.factual import factual_events


def _coded(text: str, published: str, title: str) -> list:
    art = Article(id="t", source="t", url=None, title=title, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return [e for e in events if e.modality in ("asserted", "reported", "historical")]


def test_a_capital_in_the_headline_is_not_a_small_namesake_in_the_actors_country():
    text = ("07:40 GMT - Shells fell near the US embassy compound overnight, wounding two Liberian guards, a State "
            "Department official in Washington says.\n\n"
            "08:55 GMT - Government fighters pushed the rebels back from the Freeport of Monrovia on Sunday, residents "
            "say. American diplomats have asked for a ceasefire.")
    events = _coded(text, "2003-07-21", "Live: rebels and militias fight for the bridges of Monrovia")
    countries = {(e.location or {}).get("country") for e in events}
    assert events and countries == {"LR"}, [(e.trigger, e.location) for e in events]


def test_an_arrest_told_without_who_made_it_is_the_polices_of_its_country():
    text = ("MADRID, Oct 18 (Iberia Wire) - Protesters blocked motorways across Catalonia on Friday.\n\n"
            "More than 90 people have been arrested in Barcelona since Monday, the regional government said.")
    arrests = [e for e in factual_events(text, "2019-10-18") if (e.acled or {}).get("sub_event_type") == "Arrests"]
    assert arrests, "the arrests are coded"
    implied = [a for e in arrests for a in e.actors if a.get("basis") == "implied"]
    assert implied and implied[0]["country"] == "ESP" and implied[0]["kind"] == "state_forces", arrests[0].actors
    assert implied[0]["text"] is None and implied[0]["role"] == "actor1"


def test_an_arrest_by_a_named_armed_group_takes_no_police():
    text = "GOMA, Congo, March 3 (Lakes Wire) - M23 rebels detained two Congolese aid workers near Rutshuru on Monday."
    arrests = [e for e in factual_events(text, "2023-03-03") if e.rule_family in ("arrest", "abduction")]
    assert arrests and not any(a.get("basis") == "implied" for e in arrests for a in e.actors), [
        e.actors for e in arrests]


def test_the_islamic_state_in_an_iraqi_story_is_iraq_s_branch():
    text = ("ERBIL, Iraq, May 17 (Tigris Wire) - Islamic State fighters attacked an army post on the edge of "
            "Ramadi on Saturday, killing five soldiers, police said.")
    events = factual_events(text, "2015-05-17")
    groups = [a for e in events for a in e.actors if a.get("name") == "Islamic State"]
    assert groups and {a["country"] for a in groups} == {"IRQ"}, groups
    syria = factual_events("BEIRUT, May 17 (Levant Wire) - Islamic State fighters attacked an army post near "
                           "Deir ez-Zor in eastern Syria on Saturday, killing five soldiers, a monitor said.", "2015-05-17")
    assert {a["country"] for e in syria for a in e.actors if a.get("name") == "Islamic State"} == {"SYR"}
