"""Sources told around relative clauses, quotes, asides and transcript labels
(coding/attribution.py; data/lexicons/en/attribution.yaml).  Sentences written for tocsin."""
import pytest

from tocsin.coding.attribution import attribution_of, first_person, speaker_label
from tocsin.coding.lexicon import coding_lexicon

from .factual import coded_events


@pytest.fixture(scope="module")
def verbs():
    return frozenset(coding_lexicon().modality["reporting_verbs"])


@pytest.mark.parametrize("text, source", [
    # a relative clause after the source is no part of its name
    ("A drone hit a fuel depot outside Sumy before dawn, the regional council, which runs the city's "
     "emergency services, said on Thursday.", "regional council"),
    ("An explosion tore through a market in Kaduna, killing at least nine traders, the state police command, "
     "which covers the whole state, said.", "state police command"),
    ("Militants burned a school in the village of Diapaga, the governor, who visited the site, said.", "governor"),
    ("A roadside bomb killed three policemen in Bannu, a police officer who asked not to be named said.",
     "police officer"),
    ("An air strike hit a bakery in Ariha and killed nine people, the White Helmets, which run rescue teams "
     "in opposition areas, said in a post on Telegram.", "White Helmets"),
    ("Fourteen people died in the raid, according to the interior ministry, which gave no further details.",
     "interior ministry"),
    # "quoted X as saying": the one quoted speaks
    ("The official news agency quoted a senior army officer as saying that troops had retaken two villages "
     "near the river.", "senior army officer"),
    # an aside set off by commas, and a name that starts with a verb
    ("Hours earlier, a coalition strike on a water plant in the port city of Mokha killed four children who "
     "were playing nearby, Save the Children said, and left the city without water for a week.", "Save the Children"),
    ("At least 11 miners died in an ambush on a convoy near the mine, which officials blamed on a "
     "local militia.", "officials"),
    # "..., the court heard."
    ("Two days earlier, the defendants had shot a village chief dead in his home, the court heard.", "court"),
])
def test_source_around_clauses(nlp, verbs, text, source):
    assert attribution_of(next(nlp(text).sents), verbs) == source


@pytest.mark.parametrize("text", [
    # a claim about a group in a relative clause on it sources nothing of the event
    "Wagner mercenaries, whom Western governments say Moscow controls, pushed into the town of Anefis on Saturday.",
    "Explosions were heard across the city after midnight.",
])
def test_no_source_from_a_clause_about_someone(nlp, verbs, text):
    assert attribution_of(next(nlp(text).sents), verbs) is None


@pytest.mark.parametrize("paragraph, label", [
    ("ARMY SPOKESMAN: Our units repelled an attack on the Tillaberi garrison overnight.", "ARMY SPOKESMAN"),
    ("11:20 GMT \u2014 SPOKESWOMAN, UN REFUGEE AGENCY: About 3,000 people crossed the border on Tuesday.",
     "SPOKESWOMAN, UN REFUGEE AGENCY"),
    ("QUESTION: How many people were killed in the attack?", None),
    ("CORRECTION: An earlier post gave the wrong name for the village.", None),
    ("UPDATE: Police say the road has reopened.", None),
])
def test_speaker_labels(paragraph, label):
    assert speaker_label(paragraph) == label


def test_first_person_source_is_the_speakers_side():
    assert first_person("our teams in Kharkiv") and first_person("we")
    assert not first_person("the regional governor")


def test_transcript_label_sources_the_paragraph():
    text = ("Transcript: UN briefing on Sudan\n\n"
            "The following is an edited transcript of Friday's briefing.\n\n"
            "SPOKESPERSON, WORLD HEALTH ORGANIZATION: Good morning. A drone struck the maternity ward of the "
            "hospital in El Obeid on Wednesday and killed four patients, according to our staff on the ground.\n\n"
            "POLICE SPOKESMAN: We have arrested three men over the looting of the central market.")
    events = coded_events(text, "2025-03-07")
    strike = next(e for e in events if "maternity ward" in e.evidence["text"])
    assert "WORLD HEALTH ORGANIZATION" in strike.attribution
    arrest = next(e for e in events if "arrested" in e.evidence["text"])
    assert arrest.attribution == "POLICE SPOKESMAN"


def test_region_heading_is_no_source():
    text = ("The week in review\n\n"
            "Our round-up of the week's conflicts.\n\n"
            "SAHEL \u2014 Separatist rebels said they killed 15 soldiers in an ambush near Kidal on Tuesday.")
    events = coded_events(text, "2024-08-03")
    ambush = next(e for e in events if "ambush" in e.evidence["text"])
    assert ambush.attribution and "rebels" in ambush.attribution and "SAHEL" not in ambush.attribution


def test_time_stamp_opens_its_entry_sentence(nlp):
    doc = nlp("Live: Gaza\n\n07:55 GMT \u2014 An air strike on a school in Nuseirat killed 14 people, "
              "the civil defence agency said.\n\n07:10 GMT \u2014 Sirens sounded in Ashkelon.")
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("07:55 GMT \u2014 An air strike") and s.endswith("said.") for s in sents)


def test_pronoun_speaker_keeps_the_source_named_before():
    text = ("Strikes on Kharkiv region\n\n"
            "The regional governor, Oleh Syniehubov, said on Saturday that Russian jets had bombed a village "
            "near Kupiansk overnight.\n\n"
            "He said a separate drone strike on Friday killed two farmers near Vovchansk.")
    events = coded_events(text, "2024-06-01")
    drone = next(e for e in events if "drone strike" in e.evidence["text"])
    assert drone.attribution and "Syniehubov" in drone.attribution


def test_source_keeps_its_closing_bracket(nlp, verbs):
    text = ("By Sunday, more than 5,000 people had fled to Kaya, according to the International Organization "
            "for Migration (IOM).")
    assert attribution_of(next(nlp(text).sents), verbs) == "International Organization for Migration (IOM)"
