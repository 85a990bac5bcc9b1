"""Generic statements, past habits, statistics and superseded reports (fifth round of real-news
reading: risk explainers, refugees' testimony, statistics stories, corrections on aggregator
pages, regional round-ups).

Called from ``nonevents_more.more_reason`` (dropped) and ``nonevents.nonevent_modality``
(hypothetical, through ``nonevents_practices.generic_modality``); rules as data in ``data/lexicons/en/nonevents.yaml`` (keys ``generic_pronouns``,
``statistic_nouns``, ``statistic_benchmarks``, ``rate_nouns``, ``counting_verbs``, ``superseded_sources``, ``illustration_verbs``, ``circumstance_marks``, ``circumstance_verbs``); tests in ``tests/coding/test_nonevents_generic.py``.

Dropped (no event):
- a **statistic compared**: "the number of reporters murdered this year has passed the
  full-year figures of 2020 and 2021" (one that gives its count, "has risen to 97", is an
  aggregate and stays), or a rate ("air strikes are coming at twice the pace of 2022");
- **any** instance: "any attack launched from a jet", "less in any single strike than ...";
- a **superseded report**: "An earlier version of this story said that a second bomber had
  struck near the hotel";
- an **illustration**: "Two attacks this month show how quickly the situation can change";
- a **circumstance** of an event told again: "The bombing came as Turkish and Russian
  officials met in Ankara" (the meeting dates the bombing; it is not the story's record);
- a **definition**: "authorities use the word 'neutralised' to say that fighters were killed",
  "we treat as an air strike any attack ...", "a killing was counted only where ...";
- a **war's count**: "have launched 430 missiles since the war began in 2015", "2,600 people
  have been killed in the province since 2017" (a year two or more before the story's);
- "taken off", "took effect", "took part": no capture;
- **combatants** who fled ("fighters who fled the villages"): no displacement;
- a **generic statement**: "kidnapping is incompatible with peace";
- an institution that "surrendered to the cartel": a figure of speech;
- a **generic instance**: "a bombing raid sounds different depending on ...", "a soldier
  killed on duty is buried as a martyr" (an indefinite subject of a simple present);
- a **picture**: "the children draw helicopters dropping barrel bombs";
- a **label**: "TANKER BLAST:" heading a round-up's item (the item's own sentence is coded).
"""
from __future__ import annotations

import re

from .nonevents_habits import _VAGUE_COUNTS, _counted, _present, verb_of
from .nonevents_practices import _in_body, _lemma
from .triggers import TriggerHit


def _statistic(hit: TriggerHit, r: dict) -> bool:
    """ "the number of reporters murdered this year has passed last year's figures": a
    participle counted by a statistic compared with another ("... has risen to 97" gives the
    count itself: an aggregate, kept)."""
    habitual = set(r.get("habitual_adjectives", ()))
    if any(_lemma(t) in r.get("statistic_nouns", ()) and t.i < hit.head.i and any(
            a.dep_ == "amod" and a.lower_ in habitual for a in t.children) for t in hit.head.sent):
        return True  # "issues daily tallies of the insurgents it says its forces have killed" (however parsed)
    node = hit.head
    for _ in range(4):  # up to the clause that describes the counted noun ("the insurgents it says its forces have killed")
        if node.dep_ in ("acl", "relcl", "parataxis") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in ("acl", "relcl", "parataxis") or node.head.dep_ != "pobj":
        return False
    of = node.head.head
    stat = of.head
    if of.lower_ != "of" or _lemma(stat) not in r.get("statistic_nouns", ()):
        return False
    if stat.tag_ == "NNS" or any(a.dep_ == "amod" and a.lower_ in r.get("habitual_adjectives", ()) for a in stat.children):
        return True  # "issues daily tallies of the insurgents it says its forces have killed"
    benchmarks = r.get("statistic_benchmarks", ())
    return stat.dep_ == "nsubj" and any((c.dep_ == "dobj" and _lemma(c) in benchmarks)
                                        or (c.dep_ in ("acomp", "attr") and c.tag_ in ("JJR", "RBR"))  # "is far lower than"
                                        for c in stat.head.children)


def _rate(hit: TriggerHit, r: dict) -> bool:
    """ "Air strikes logged since January are coming at roughly twice the pace seen in 2022": a
    plural event noun in a sentence that gives a rate; "more than six civilians killed, on average,
    every day": a count per day (`rate_phrases`); "Attacks claimed by the group fell by a third":
    a plural event noun whose number changes (`change_verbs`)."""
    head, sent = hit.head, hit.head.sent
    low = f" {sent.text.lower()} "
    if any(f" {p} " in low or f" {p}," in low for p in r.get("rate_phrases", ())):
        return True
    if head.tag_ == "NNS" and head.dep_ == "nsubj" and any(  # (or a later verb the parser left subjectless)
            _lemma(v) in r.get("change_verbs", ()) and (v is head.head or (v.i > head.i and v.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children))) for v in sent):
        return True
    return head.tag_ == "NNS" and any(
        _lemma(t) in r.get("rate_nouns", ()) and t.dep_ == "pobj" and t.head.lower_ == "at" for t in sent)


def _the_ones(hit: TriggerHit) -> bool:
    """ "glide bombs like the ones that destroyed Epicentr": the event told before, as a reference."""
    head = hit.head
    return head.dep_ == "relcl" and head.head.lower_ in ("one", "ones") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.head.children)


def _descriptor(hit: TriggerHit) -> bool:
    """ "a shooting gallery", "the killing fields": a participle naming a thing, no act."""
    head = hit.head
    return head.tag_ == "VBG" and head.dep_ == "amod" and head.head.pos_ == "NOUN"


def _who_fled(hit: TriggerHit, r: dict) -> bool:
    """ "Residents who fled say the insurgents arrive at first light": the speakers described,
    no displacement told (no figure and no date in the clause)."""
    head = hit.head
    return (hit.trigger.family == "displacement" and head.dep_ == "relcl"
            and _lemma(head.head) in r.get("describing_people", ())
            and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in head.subtree)
            and not any(t.like_num for c in head.head.lefts for t in c.subtree))  # ("about 350 residents ... to flee")


def _rallied_object(hit: TriggerHit, r: dict) -> bool:
    """ "used to rally support abroad", "rallied voters": a verb of gathering with an object
    gathers no protest (nonevents.yaml `gathering_verbs_with_object`)."""
    head = hit.head
    return (hit.trigger.family == "protest" and head.pos_ == "VERB" and _lemma(head) in r.get("gathering_verbs_with_object", ())
            and any(c.dep_ == "dobj" and c.lemma_.lower() not in r.get("gathering_manner_objects", ()) for c in head.children))


def _any_instance(hit: TriggerHit) -> bool:
    """ "any attack launched from a jet", "the danger lies less in any single strike": no one event."""
    return hit.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in hit.head.children)


def _superseded(hit: TriggerHit, r: dict) -> bool:
    """ "An earlier version of this story said that a second bomber had struck": corrected."""
    for anc in [hit.head, *hit.head.ancestors][:8]:
        if any(c.dep_ == "nsubj" and _lemma(c) in r.get("superseded_sources", ())
               and any(a.lower_ in ("earlier", "previous", "original", "initial", "first") for a in c.children)
               for c in anc.children):
            return True
    return False


def _illustration(hit: TriggerHit, r: dict) -> bool:
    """ "Two attacks this month show how quickly the situation can change": a point illustrated."""
    head = hit.head
    return (head.pos_ == "NOUN" and head.dep_ == "nsubj" and _lemma(head.head) in r.get("illustration_verbs", ())
            and any(c.dep_ in ("ccomp", "dobj") for c in head.head.children))


def _circumstance(hit: TriggerHit, r: dict) -> bool:
    """ "The bombing came as Turkish and Russian officials met in Ankara", "the attack took place
    while a UN delegation was visiting the capital": the time clause of an event told again
    dates it; its meeting or visit is no record of the story's.  A crowd's act is one ("came a
    day after residents blocked the only highway": `circumstance_kept_families`)."""
    if hit.trigger.family in r.get("circumstance_kept_families", ()):
        return False
    node = hit.head
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in r.get("circumstance_marks", ()) for c in node.children):
            main = node.head
            subject = [c for c in main.children if c.dep_ == "nsubj"]
            told_again = (_lemma(main) in r.get("circumstance_verbs", ()) and subject
                          and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its", "their")
                                  for d in subject[0].children))
            return bool(told_again)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _definition(hit: TriggerHit, r: dict) -> bool:
    """ "Turkish authorities use the word 'neutralised' to say that fighters were killed", "the
    report counts as an attack any act of violence ...", "looting of medicines ... are counted
    alongside bombings": a word explained or a way of counting, no event."""
    if any(_lemma(t) in r.get("definition_nouns", ()) and t.dep_ == "dobj" and _lemma(t.head) in ("use", "employ")
           for t in hit.head.sent):
        return True
    head, verbs = hit.head, r.get("counting_verbs", ())
    if head.dep_ in ("compound", "amod"):  # "count as a shelling attack"
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "as" and _lemma(head.head.head) in verbs:
        return True
    defined = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head  # "defines a massacre
    if defined.dep_ == "dobj" and _lemma(defined.head) in verbs and _present(defined.head) and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in (*defined.children, *defined.head.children)):
        return True  # as the killing of three or more people": a definition
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and _lemma(node.head) in verbs and (_present(node.head) or any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in node.head.subtree))  # "was counted only where ..."


_SPAN_UNITS = frozenset({"year", "decade", "month", "week", "day", "hour", "century"})


def _war_long(hit: TriggerHit, r: dict) -> bool:
    """ "have launched more than 430 missiles at Saudi Arabia since the war began in 2015",
    "2,600 people have been killed in the province since 2017": a count over a war (a year at
    least two before the story's, or the war's start) is the war's, not one event."""
    # ("150,000 displaced since December 2018" in a story of February 2020 is an aggregate of
    # displacement: a displacement count is the war's only from a bare year or a month two
    # years or more before the story's, docs/coding.md)
    dated = (lambda p: (p,)) if hit.trigger.family == "displacement" else (
        lambda p: (p, *(n for n in p.children if n.dep_ == "nummod")))
    month = hit.head.doc.user_data.get("tocsin_month")
    verb = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    if verb.dep_ in ("nsubj", "csubj") and verb.head.pos_ == "VERB":
        verb = verb.head  # "Fighting ..., which resumed in 2019, has killed thousands": the count's verb
    year = hit.head.doc.user_data.get("tocsin_year")
    noun = verb.head
    while verb.dep_ == "relcl" and noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head  # ("tens of thousands of people who fled": the count is above the noun)
    counted = [*verb.subtree, *(noun.subtree if verb.dep_ == "relcl" else ())]
    counts = [t for t in counted if (t.like_num or t.lower_ in _VAGUE_COUNTS) and not (t.text.isdigit() and len(t.text) == 4)
              and t.head.lemma_.lower() not in _SPAN_UNITS]  # ("besieged for four years": a span, not a count)
    if not counts:
        return False  # ("which has been fighting the rebels since late 2018": fighting going on, no count)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    if year and _years_long(hit.head.sent, year, r, perfect):
        return True  # "an insurgency for more than two decades in which thousands have been killed"
    # the verb, its head when it is a conjunct, and its conjuncts ("killed or wounded since 24
    # February 2022": the span hangs on the last of them)
    verbs = (verb, *([verb.head] if verb.dep_ in ("conj", "xcomp") else []),
             *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "since" and any(
                    len(g.text) == 5 and _year_of(g) for p in c.children if p.dep_ == "pobj" for g in p.subtree):
                return True  # "since the early 2010s": a decade, years before any story that says so
            if c.dep_ == "prep" and c.lower_ == "since" and year:
                if any((y := _year_of(g)) and y <= year - 2 for p in c.children if p.dep_ == "pobj" for g in dated(p)):
                    return True
                if month and any(_months_before(p, month) >= 24 for p in c.children if p.dep_ == "pobj"):
                    return True  # "Since the February 2021 coup, fighting across Myanmar has displaced ..."
            if c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children if m.dep_ == "mark"):
                subjects = [g for g in c.children if g.dep_ == "nsubj"]
                if subjects and _lemma(subjects[0]) in r.get("toll_subjects", ()) and _lemma(c) in r.get("start_verbs", ()):
                    return True
                if year and _old_year(c.subtree, year):
                    return True  # "7,000 have been killed in the insurgency since it flared again in 2004"
            if c.dep_ == "nsubj" and year and (_lemma(c) in r.get("toll_subjects", ()) or c.lower_ in r.get(
                    "violence_subjects", ())) and _old_year(c.subtree, year) and any(
                    a.dep_ == "aux" and a.lower_ in ("has", "have") for a in v.children):
                return True  # "Violence in Djugu, which flared again in late 2017, has killed thousands"
    return False


def _years_long(sent, year: int, r: dict, perfect: bool) -> bool:
    """The sentence spans years: a count in the perfect over "more than two decades", "years"
    (nonevents.yaml `war_durations`; "held them for years" tells of one abduction), or any count
    "between 1999 and 2006" (two years or more, or a period that ended two years before the story's)."""
    low = sent.text.lower()
    if perfect and any(re.search(rf"\b{p}\b", low) for p in r.get("war_durations", ())):
        return True
    m = re.search(r"\bbetween (?:\w+ )?(19\d\d|20\d\d) and (?:\w+ )?(19\d\d|20\d\d)\b", low)
    return bool(m) and (int(m.group(2)) - int(m.group(1)) >= 2 or int(m.group(2)) <= year - 2)


def _old_year(tokens, year: int) -> bool:
    """A year (or a decade) at least two before the story's among the tokens."""
    return any((y := _year_of(t)) and 1900 < y <= year - 2 for t in tokens)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _year_of(tok) -> int | None:
    """ "2017" -> 2017, "the early 2010s" -> 2010."""
    text = tok.text
    if len(text) == 4 and text.isdigit() and tok.like_num:
        return int(text)
    if len(text) == 5 and text.endswith("s") and text[:4].isdigit() and text[3] == "0":
        return int(text[:4])
    return None


def _months_before(phrase, month: int) -> int:
    """Months from a named month and year in the phrase ("the February 2021 coup") to the story's
    month (year * 12 + month - 1); 0 without both."""
    years = [y for t in phrase.subtree if (y := _year_of(t)) and len(t.text) == 4]
    named = [_MONTHS.index(t.lower_) for t in phrase.subtree if t.lower_ in _MONTHS]
    return month - (years[0] * 12 + named[0]) if years and named else 0


def _combatants_fled(hit: TriggerHit, r: dict) -> bool:
    """ "fighters who fled the villages", "the militants fled into the bush", "robbers stabbed a
    shopkeeper and fled": armed men or the culprits getting away are no displacement of people.
    Not `triggers._subjects`: that climbs xcomp/advcl too, and "gunmen attacked the village,
    forcing residents to flee" would make the gunmen the ones who fled."""
    if hit.trigger.family != "displacement" or hit.head.pos_ != "VERB":
        return False
    subject = next((c for c in hit.head.children if c.dep_ == "nsubj"), None)
    if subject is None and hit.head.dep_ == "conj":  # "gunmen killed three villagers and fled into the forest"
        subject = next((c for c in hit.head.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and hit.head.dep_ == "relcl":
        subject = hit.head.head
    return subject is not None and _lemma(subject) in r.get("combatant_nouns", ())


def _generic_copula(hit: TriggerHit) -> bool:
    """ "kidnapping is incompatible with peace", "attacks are common in the region": an event
    noun with no determiner as the subject of a present copula says what such acts are."""
    head = hit.head
    verb = head.head
    return (head.pos_ == "NOUN" and head.dep_ == "nsubj" and _lemma(verb) == "be" and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
            and any(c.dep_ in ("acomp", "attr") for c in verb.children) and not _counted(verb))


def _taken_off(hit: TriggerHit, r: dict) -> bool:
    """ "the jets had taken off from the air base", "the truce took effect": no capture."""
    return hit.trigger.family == "territory" and _lemma(hit.head) == "take" and any(
        c.dep_ in ("prt", "dobj") and c.lower_ in r.get("non_capture_objects", ()) for c in hit.head.children)


def _institution_yields(hit: TriggerHit, r: dict) -> bool:
    """ "lawmakers said the government had surrendered to the cartel": an institution giving in
    is a figure of speech, not a force laying down its arms."""
    head = hit.head
    return (_lemma(head) in r.get("yielding_verbs", ()) and head.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and _lemma(c) in r.get("institution_nouns", ()) for c in head.children))


def _generic_instance(hit: TriggerHit) -> bool:
    """ "a bombing raid sounds different depending on how far away it is", "a soldier killed on
    duty is buried as a martyr": an indefinite "a" event or victim as the subject of a simple
    present tells what happens in general, no one event."""
    head = hit.head
    noun = head.head if head.dep_ == "acl" and head.tag_ == "VBN" else head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children):
        return False
    verb = noun.head
    return verb.pos_ in ("VERB", "AUX") and _present(verb) and not _counted(verb) and _in_body(verb)


def _depicted(hit: TriggerHit, r: dict) -> bool:
    """ "the children draw helicopters dropping barrel bombs": a picture, not an event; an act a
    few words after a form of acting it out ("a street performance re-enacting officers beating fans")."""
    head = hit.head
    noun = head.head if head.dep_ == "acl" else None
    if noun is not None and noun.dep_ == "dobj" and _lemma(noun.head) in r.get("depiction_verbs", ()):
        return True
    before = "".join(t.text_with_ws for t in head.doc[max(head.sent.start, head.i - 5):head.i]).lower()
    return any(w in before for w in r.get("depicting_forms", ()))  # ("a street performance re-enacting officers beating fans")


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _played(hit: TriggerHit, r: dict) -> bool:
    """ 'the masked "gunmen" who burst into the crowd were volunteers in black': the doer in quotes
    of a relative clause, said to be players (nonevents.yaml `player_nouns`), acted a scene."""
    head = hit.head
    if head.dep_ != "relcl":
        return False
    doer, doc = head.head, head.doc
    quoted = 0 < doer.i < len(doc) - 1 and doc[doer.i - 1].text in _QUOTES and doc[doer.i + 1].text in _QUOTES
    return quoted and doer.dep_ == "nsubj" and _lemma(doer.head) == "be" and any(
        c.dep_ == "attr" and _lemma(c) in r.get("player_nouns", ()) for c in doer.head.children)


def _label(hit: TriggerHit) -> bool:
    """ "TANKER BLAST:" -- a short capitalised label ending in a colon, with no verb."""
    sent = hit.head.sent
    words = [t for t in sent if not t.is_punct]
    return (sent.text.rstrip().endswith(":") and 0 < len(words) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in sent)
            and all(t.text.isupper() or not t.is_alpha for t in words))


def generic_reason(hit: TriggerHit, r: dict, violent: bool = False) -> str | None:
    """Why `hit` tells no event (`violent`: its family is; a violent time clause, "came a day
    after gunmen killed nine", is an event of its own)."""
    checks = (("statistic", lambda: _statistic(hit, r) or _rate(hit, r)), ("superseded report", lambda: _superseded(hit, r)),
              ("any instance", lambda: _any_instance(hit)), ("reference", lambda: _the_ones(hit)),
              ("descriptor", lambda: _descriptor(hit)), ("people described", lambda: _who_fled(hit, r)),
              ("gathered object", lambda: _rallied_object(hit, r)),
              ("label", lambda: _label(hit)), ("illustration", lambda: _illustration(hit, r)),
              ("circumstance", lambda: not violent and _circumstance(hit, r)),
              ("definition", lambda: _definition(hit, r)), ("war's count", lambda: _war_long(hit, r)),
              ("combatants fled", lambda: _combatants_fled(hit, r)), ("generic statement", lambda: _generic_copula(hit)),
              ("taken off", lambda: _taken_off(hit, r)), ("figure of speech", lambda: _institution_yields(hit, r)),
              ("generic instance", lambda: _generic_instance(hit)), ("depicted", lambda: _depicted(hit, r)),
              ("acted", lambda: _played(hit, r)))
    return next((name for name, check in checks if check()), None)
