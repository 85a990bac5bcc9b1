"""Context that decides whether violent words report political violence at all: the sentence's
agent (a flood; a football report's words: coding/sports.py), and what a definite event noun
refers back to ("Residents said the raids began shortly after dawn" after an air strike).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..records import CROWD_FORCE_TYPES, VIOLENT_TYPES

from .figures import find_figures, sentence_figures
from .lexicon import CodingLexicon
from .nlp import doc_text
from .triggers import TriggerHit
from .victims import DYING as VERBS_OF_DYING

DEFINITE = {"the", "this", "that", "these", "those"}
TIME_ENTS = {"DATE", "TIME"}


def hazard_subject(head: Token, lex: CodingLexicon) -> bool:
    """The verb's subject (or passive agent) is a natural hazard: "Floods and landslides have
    killed at least 43 people", "homes destroyed by the earthquake"."""
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in ("cause", "trigger", "spark", "start"):
        head = head.head  # "the explosion was caused by a gas cylinder": the cause is the agent
    agents = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    agents += [g for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
               for g in c.children if g.dep_ == "pobj"]
    agents += [g for a in list(agents) for g in a.conjuncts]
    if not agents and head.dep_ in ("advcl", "xcomp", "conj") and head.head.pos_ == "VERB":
        if head.head.lemma_.lower() in lex.assembly.get("hazard_verbs", ()):
            return True  # "the river burst its banks and flooded the town, forcing 250,000 from their homes"
        return hazard_subject(head.head, lex)
    if head.dep_ == "relcl" and any(a.tag_ in ("WDT", "WP") for a in agents):  # "Cyclone Kenneth, which flattened homes"
        agents = [head.head if a.tag_ in ("WDT", "WP") else a for a in agents]
    return bool(agents) and all(any(t.lemma_.lower() in lex.hazard_nouns or t.lower_ in lex.hazard_nouns
                                    for t in (a, *(c for c in a.children if c.dep_ in ("compound", "amod"))))
                                for a in agents)  # (a named storm: "by Cyclone Kenneth"; "the failed rainy season")


def is_definite_noun(hit: TriggerHit) -> bool:
    """An event noun with a definite determiner or a possessive ("the raids", "this attack",
    "its bombardment"): it names an event the reader already knows of."""
    head = hit.head
    if head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "dobj" for c in head.children):
        return False  # a noun with a direct object is a misread verb: "The RSF attacks Zamzam camp"
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.ent_type_ not in TIME_ENTS)
               for c in head.children)  # "Tuesday's fighting" names its day, not an earlier event


def refers_to_known(hits: list[TriggerHit], toll_lemmas: frozenset[str], detail_lemmas: frozenset[str] = frozenset()) -> bool:
    """The event is named by a definite event noun ("the raids", "the attack drew
    condemnation", "nine were killed in the strike") and otherwise only by words that tell its
    toll, or by a verb of damage the noun is the subject of ("the strike hit the main market",
    "the air strike destroyed dozens of stalls"): the sentence tells more of an event already
    coded, not a new one."""
    definite = {h.head.i for h in hits if is_definite_noun(h)}
    hits = [h for h in hits if not (h.head.lemma_.lower() in detail_lemmas and h.head.pos_ == "VERB"
                                    and any(c.dep_ == "nsubj" and c.i in definite for c in _subject_frame(h.head)))]
    nouns = [h for h in hits if (h.head.lemma_.lower() not in toll_lemmas and h.head.lower_ not in toll_lemmas)
             or _bare_definite(h)]
    if any(a.dep_ == "amod" and a.lower_ in NEW_EVENT_WORDS for h in nouns for a in h.head.children):
        return False  # "carried out their first air raid on the outskirts": a new event
    tolls = [h for h in hits if h not in nouns]
    return bool(nouns) and all(is_definite_noun(h) for h in nouns) and all(_toll_of(t, nouns) for t in tolls)


NEW_EVENT_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "new", "fresh", "another", "renewed", "separate",
                             "ensuing", "resulting"})  # ("tried to free the prisoners, and five died in the ensuing crossfire")
SPEAKING = frozenset({"say", "tell", "report", "add", "confirm", "state", "announce", "accord",  # ("according to")
                      "verify"})  # ("; the monitor could not verify the toll")


def _subject_frame(verb):
    """The verb's dependents, with its first conjunct's when it shares that verb's subject
    ("the strike destroyed dozens of stalls and set cars on fire")."""
    kids = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in kids):
        kids += list(verb.head.children)
    return kids


def toll_only(hits: list[TriggerHit], toll_lemmas: frozenset[str]) -> bool:
    """A sentence that tells only a toll, with no event noun, no place, no day and no one who
    acted, and no other verb than a speaker's ("More than 30 people were wounded.", "Several
    other civilians were killed, the monitor said."): the toll of the event told before it."""
    # ("Four soldiers were wounded and evacuated by helicopter": the care is no act of its own)
    hits = [h for h in hits if not (h.head.lemma_.lower() in CARE_VERBS and h.head.dep_ == "conj")]
    if not hits or any(h.head.lemma_.lower() not in toll_lemmas or h.head.pos_ != "VERB" for h in hits):
        return False
    sent = hits[0].head.sent
    semi = next((t for t in sent if t.text == ";" and t.i > max(h.head.i for h in hits)), None)
    if semi is not None:  # "Six people were killed ... and 27 were wounded; Islamic State claimed the attack":
        sent = sent.doc[sent.start:semi.i]  # the toll's own clause (the claim names no setting of the act)
    if _own_setting(sent):
        return False
    if any(t.lower_ in ("those", "these") and t.head.dep_ == "pobj" for t in sent):
        return False  # "At least 16 people were killed during those marches": a set told before, its own total
    tolls = {h.head.i for h in hits}
    return not _other_acts(sent, lambda t: t.i in tolls or t.lemma_.lower() in DYING) and not any(
        c.dep_ == "agent" for h in hits for c in h.head.children)


def toll_by_known_doers(hits: list[TriggerHit], toll_lemmas: frozenset[str], doers, detail_lemmas=frozenset()) -> bool:
    """ "In a statement, the army said the gunmen had killed two officers and a soldier at the
    post", after "Assir's armed supporters attacked an army checkpoint": only toll (and damage) verbs, whose
    subject is a definite doer named before as such (assembly.yaml `known_doers`), with no place,
    day or party of its own: the toll of the event told before, not another attack."""
    if not hits or any(h.head.pos_ != "VERB" or h.head.lemma_.lower() not in toll_lemmas | detail_lemmas for h in hits) \
            or not any(h.head.lemma_.lower() in toll_lemmas for h in hits):
        return False  # (and what they wrecked: "... and destroyed several military vehicles")
    for h in hits:
        subj = [c for c in _subject_frame(h.head) if c.dep_ == "nsubj"]
        if not subj or not all(s.lemma_.lower() in doers and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in s.children)
                               for s in subj):
            return False
    return not _own_setting(hits[0].head.sent)


def _own_setting(sent) -> bool:
    """The sentence names a place, a day or a party of its own (an age is no day, an organisation
    that tells the toll no party, nor the victims' own ("27 Maoists were killed", "Two rangers of
    Task Force 46 were wounded"); where the wounded were taken is no place of the event ("were
    evacuated by helicopter to Cucuta"); a place even in the speaker's title tells where: "the
    police chief of Ghazni province")."""
    care = {t.i for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in CARE_VERBS and (  # the wounded carried
        any(c.dep_ == "auxpass" for c in v.children) or (v.dep_ == "conj" and v.head.lemma_.lower() in HARM_VERBS))
        for t in v.subtree}  # (not "troops carried out operations in Darazinda")
    victims = {t.i for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in HARM_VERBS for s in v.children
               if s.dep_ in ("nsubj", "nsubjpass", "dobj") for t in s.subtree} | {
        t.i for p in sent if p.dep_ == "prep" and p.lower_ in ("among", "including")  # ("..., among them the
        for t in p.subtree}  # party's general secretary, Nambala Keshava Rao": wherever the parser hangs it)
    before = _places_before(sent)
    return any(e.label_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "ORG", "NORP") and not _victim_age(e) and not _day_after(e)
               and not (e.label_ in ("ORG", "NORP") and (_told_by(e) or all(t.i in victims for t in e)))
               and not all(t.i in care for t in e) and not _named_before(e, before) for e in sent.ents)


def _named_before(ent, before: set[str]) -> bool:
    """A place named before in the paragraph, or a day whose first word was ("On Saturday, fighters
    ambushed a unit ... The army confirmed one soldier killed on Saturday night")."""
    if ent.label_ in ("GPE", "LOC", "FAC"):
        return ent.text in before
    return ent.label_ in ("DATE", "TIME") and ent[0].is_title and ent[0].lower_ in {
        w.lower() for b in before for w in b.split()}


def _places_before(sent) -> set[str]:
    """The places named before the sentence in its paragraph: "... ambushed a patrol north of
    Bocaranga. Two soldiers were killed, according to a military source in Bocaranga." names no
    new setting."""
    start = sent.doc.text.rfind("\n\n", 0, sent.start_char) + 1
    return {e.text for e in sent.doc.ents if start <= e.start_char < sent.start_char}  # (any label: the small
    # model may read the first "Bocaranga" as a person)


def _other_acts(sent, told) -> bool:
    """A verb besides those `told(token)` accepts, a speaker's, one on what became of the victims,
    a modifier or one inside the source's phrase: another act."""
    return any(t.pos_ == "VERB" and not told(t) and t.lemma_.lower() not in SPEAKING and not _about_victims(t)
               and t.dep_ not in ("compound", "amod") and not _told_by_verb(t) and not _until(t) for t in sent)


def _until(verb) -> bool:
    """ "At least eight people were killed before the government let him go": a clause that only
    tells until when the toll ran is no act of the sentence's."""
    return any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in a.children)
               for a in (verb, *verb.ancestors))


AGE = re.compile(r"year-old|years? old|\baged\b|\b(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b")
CARE_VERBS = frozenset({"take", "rush", "evacuate", "admit", "treat", "hospitalise", "hospitalize", "carry", "airlift"})
HARM_VERBS = frozenset({"kill", "die", "wound", "injure", "hurt", "suffer", "succumb"})  # whose subjects are the victims


def _day_after(ent) -> bool:
    """ "the next morning", "the following day": a day counted from the event told before."""
    words = ent.text.lower().split()
    return ent.label_ in ("DATE", "TIME") and len(words) <= 3 and words[0] == "the" and words[1:2] in (
        ["next"], ["following"])


def _victim_age(ent) -> bool:
    """ "A 61-year-old man was killed", "a man in his thirties": an age, no day."""
    return ent.label_ == "DATE" and bool(AGE.search(ent.text.lower()))


def _told_by(ent) -> bool:
    """An organisation that tells the toll ("according to Plataforma Decide", "the mayor told the
    Post"): inside "according to ...", the subject of a speaker's verb or whom it is told."""
    for node in (ent.root, *ent.root.ancestors):
        if node.lower_ == "according":
            return True
        head = node.head
        if head.pos_ == "VERB" and head.lemma_.lower() in SPEAKING and node.dep_ in ("nsubj", "dobj", "dative"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _told_by_verb(verb) -> bool:
    """A verb inside the source's phrase ("according to a group monitoring the border")."""
    return any(a.lower_ == "according" for a in verb.ancestors)


def _about_victims(verb) -> bool:
    """A verb that tells what became of the victims ("his wife was taken to hospital", "a nurse
    travelling with them", "were evacuated to the district hospital")."""
    return verb.dep_ in ("acl", "relcl") or verb.lemma_.lower() in CARE_VERBS


def _toll_of(toll: TriggerHit, nouns: list[TriggerHit]) -> bool:
    """A toll word tells the named event's toll when one stands in the other's clause ("nine
    were killed in the strike", "the attack, which killed 12"); "said a truck bomb caused the
    blast and that three people were killed" gives a toll in a clause of its own, and "the
    strike was retaliation for a rocket attack that killed 12" another event's.  A toll word
    with no finite verb of its own ("bringing the number of soldiers killed to 54") tells none."""
    head = toll.head
    finite = head.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in head.children)
    # ("the attack killed 19 people and wounded about 50": the second verb shares the first's subject)
    shared = head.dep_ == "conj" and head.head.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children)  # (not "... and that two guards were killed")
    heads = [head, head.head] if shared else [head]
    return not finite or any(n.head in h.subtree or h in n.head.subtree for h in heads for n in nouns)


def _bare_definite(hit: TriggerHit) -> bool:
    """A toll word as a definite noun with nothing of its own ("The killings came as anger ran
    high"): it names the killings told before; "the killing of five aid workers" tells new ones."""
    return is_definite_noun(hit) and not any(c.dep_ in ("prep", "nummod", "amod", "compound", "relcl", "acl")
                                             for c in hit.head.children)


def _tolled(e) -> bool:
    """A record whose toll a later sentence may tell: violence, or a crowd's violence or force
    used on one (records.CROWD_FORCE_TYPES)."""
    return bool(e.acled) and (e.acled.get("event_type") in VIOLENT_TYPES
                              or e.acled.get("sub_event_type") in CROWD_FORCE_TYPES)


DYING = VERBS_OF_DYING | {"martyr"}  # ("was martyred": a death told in the passive)


def _harm_told(verb) -> bool:
    """ "Two rangers suffered shrapnel wounds", "sustained gunshot injuries": a wounding told; "Seven
    miners were found dead at the site": a death."""
    return (verb.lemma_.lower() in ("suffer", "sustain") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury", "burn") for c in verb.children)) or (
        verb.lemma_.lower() == "find" and any(c.lower_ == "dead" for c in verb.children)) or (
        verb.lemma_.lower() in ("document", "record", "count", "confirm") and any(  # "documented the deaths of 9
            c.dep_ == "dobj" and c.lemma_.lower() == "death" for c in verb.children))  # soldiers and 7 fighters there"


def harm_clause(sent):
    """The sentence's opening clause when a clause with a subject of its own is coordinated after it
    ("One soldier sustained a gunshot wound to the leg[, and the attackers withdrew towards the
    border]"), else None."""
    root = sent.root
    after = [c for c in root.children if c.dep_ == "conj" and c.i > root.i and any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if not after:
        return None
    end = after[0].left_edge.i
    while end > root.i and sent.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return sent.doc[sent.start:end] if end > root.i else None


def following_toll(events: list, prev_start: int, sent, lex: CodingLexicon) -> None:
    """ "Gunmen opened fire on a family gathering in Aguaruto. Three people, among them a boy of
    15, died at the scene.": a sentence of dying (no trigger: "die" alone tells no violence) right
    after a violent event, with no place, day or actor of its own, gives that event its toll.  A
    sentence that goes on with an act of its own gives it from its opening clause ("One soldier
    sustained a gunshot wound to the leg, and the attackers withdrew": `harm_clause`)."""
    if not any(t.lemma_.lower() in DYING or _harm_told(t) for t in sent if t.pos_ == "VERB") or _own_setting(
            sent) or _other_acts(sent, lambda t: t.lemma_.lower() in DYING or _harm_told(t)):
        return
    figs = {k: f for k, f in sentence_figures(sent, lex).items() if k in ("fatalities", "injured")}
    if "injured" not in figs:  # "Two rangers suffered shrapnel wounds": the count of those who suffered them
        subj = {t.i - sent.start for v in sent if v.pos_ == "VERB" and _harm_told(v)
                for c in v.children if c.dep_ == "nsubj" for t in c.subtree}
        hurt = next((f for f in find_figures(sent, lex) if f.start in subj and f.value), None)
        if hurt is not None:
            figs["injured"] = hurt
    for k, e in enumerate(events):
        if e.evidence.get("start") == prev_start and e.modality in ("asserted", "reported") and _tolled(e):
            added = {n: {**f.as_dict(), "basis": "told again"} for n, f in figs.items() if n not in e.figures}
            if added:
                events[k] = replace(e, figures={**e.figures, **added})


TOLL_WORDS = frozenset({"killed", "injured", "wounded", "dead", "died", "hurt"})
_PLACE_LINE = re.compile(r"[A-Z][^.\n]{0,50}?\s[-–—:]\s+(?:\d|[a-z]+\b)")  # "Binnish - 3 killed", "Idlib city: nine dead"


def _place_toll_line(ev) -> bool:
    """A line that opens its paragraph with a place and a toll, as monitors' reports list them."""
    words = {w.strip().lower() for w in (ev.trigger or "").split("|")}
    return (ev.evidence.get("start") == ev.paragraph_start and bool(words) and words <= TOLL_WORDS
            and bool(_PLACE_LINE.match(ev.evidence.get("text") or "")))


def attach_lead_toll(events: list, first_new: int) -> None:
    """A monitor's line "Idlib city - 9 killed, 26 injured." followed by "Russian aircraft struck
    a neighbourhood ...": the toll that opens the paragraph is the next sentence's event's, which
    takes its figures (basis `paragraph`); the toll's own record goes.  `first_new` is the index
    in `events` of the sentence's first record kept (those after it are the sentence's)."""
    if first_new <= 0 or first_new >= len(events):
        return
    toll = events[first_new - 1]
    if not (_place_toll_line(toll) and toll.paragraph_start == events[first_new].paragraph_start
            and toll.modality in ("asserted", "reported") and toll.figures):
        return
    for k in range(first_new, len(events)):
        ev = events[k]
        if ev.modality in ("asserted", "reported") and ev.acled \
                and ev.acled.get("event_type") in VIOLENT_TYPES and not set(toll.figures) & set(ev.figures):
            events[k] = replace(ev, figures={**ev.figures, **{n: {**f, "basis": "paragraph"} for n, f in toll.figures.items()}},
                                place_mentions=ev.place_mentions or toll.place_mentions)  # ("Binnish - ...": its place)
            del events[first_new - 1]
            return


def recap(sent, cues) -> bool:
    """ "To recap: U.S. and British warships hit more than a dozen sites ...", "LIVE, 16:30 -
    Recapping today's main development: ...": a live page's summary tells again what it told."""
    head = sent.text[:60].lower()
    if sent.start > 0:  # "LIVE, 18:40 - To recap:" cut off as a sentence of its own
        prev = sent.doc[sent.start - 1].sent
        between = doc_text(sent.doc)[prev.end_char:sent.start_char]
        if prev.text.rstrip().endswith(":") and "\n" not in between and len(prev) <= 12:
            head = f"{prev.text.lower()} {head}"
    day = r"\s+of\s+(?:(?:last\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|the\s+weekend|last\s+night)\b"
    # ("Recap of Sunday: police fired tear gas ...": a day's summary on the next day's page tells that day anew)
    return any(re.search(rf"(?:^|[\s—–:-]){re.escape(c)}\b", head) and not re.search(rf"(?:^|[\s—–:-]){re.escape(c)}{day}", head)
               for c in cues)
