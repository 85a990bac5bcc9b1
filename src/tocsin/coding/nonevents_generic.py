"""Generic statements, past habits, statistics and superseded reports (fifth round of real-news
reading: risk explainers, refugees' testimony, statistics stories, corrections on aggregator
pages, regional round-ups).

Called from ``nonevents_more.more_reason`` (dropped) and ``nonevents.nonevent_modality``
(hypothetical); rules as data in ``data/lexicons/en/nonevents.yaml`` (keys ``generic_pronouns``,
``statistic_nouns``, ``statistic_benchmarks``, ``rate_nouns``, ``counting_verbs``, ``superseded_sources``, ``illustration_verbs``, ``circumstance_marks``, ``circumstance_verbs``); tests in ``tests/coding/test_nonevents_generic.py``.

Hypothetical (a habit, not an event):
- a **generic present**: "They attack army posts, convoys and villages", "the authorities face
  attacks of their own" -- a simple present whose subject is a pronoun or a plural and whose
  object is a bare plural (or none), with no figure and no date in the clause, told in the body
  of a story (a headline, "Gunmen attack army base", has no full stop and stays);
- a **past habit**: "they used to set fire to the market stalls".

- a **practice** told: "... whenever they suffer losses", "survivors said the insurgents behead
  the men they capture" (a present not back-shifted under a past speech verb), "aircraft hit
  only military sites";
- a **stance**: a verbal act in the simple present or the undated present perfect ("rejects
  any truce", "has threatened to drive the army back if ..."; a dated threat stays an event);
- a **claim dismissed** in the same sentence ("..., a claim the mission dismissed as propaganda");
- a **rumour**'s content: "rumours spread through the town that the insurgents were marching on it".

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

from spacy.tokens import Token

from .nonevents_habits import _VAGUE_COUNTS, _bare_plural, _counted, _present, verb_of
from .triggers import TriggerHit


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _generic_subject(verb: Token, r: dict) -> bool:
    node = verb
    while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "... and kidnap foreigners": the first verb's subject
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in r.get("generic_pronouns", ()) or s.tag_ == "NNS" for s in subjects)


def _in_body(verb: Token) -> bool:
    """Not a headline or a first line: the sentence ends with a full stop and is not the text's first."""
    sent = verb.sent
    return sent.start > 0 and sent.text.rstrip().endswith((".", '."', ".'", ".\u201d"))


def _generic_present(hit: TriggerHit, r: dict) -> str | None:
    head = hit.head
    verb = head if head.pos_ == "VERB" else verb_of(head)
    if head.i != verb.i and not (head.dep_ == "dobj" and head.head.i == verb.i and _bare_plural(head)):
        return None  # a noun trigger: only the bare plural object of the present verb ("face attacks")
    chain = [verb]
    while verb.tag_ == "VB" and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # "They raid villages, burn granaries and abduct farmers": the first verb's tense
        chain.append(verb)
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or not _present(verb):
        return None
    objects = [c for v in chain for c in v.children if c.dep_ == "dobj"]
    if any(not _bare_plural(o) for o in objects) or not _generic_subject(verb, r):
        return None
    if _counted(verb) or not _in_body(verb):
        return None
    return f"{verb.text} (generic present)"


def _past_habit(hit: TriggerHit) -> str | None:
    """ "they used to set fire to the stalls": "used" with an infinitive and no object."""
    node = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    used = node.head
    if (node.dep_ == "xcomp" and _lemma(used) == "use" and used.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and not any(c.dep_ in ("dobj", "auxpass") for c in used.children)):
        return "used to"
    return None


def _whenever(hit: TriggerHit, r: dict) -> str | None:
    """ "the terrorists target the neighbourhoods with rockets whenever they suffer losses"."""
    verb = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        cue = next((m.text for m in clause.children if m.dep_ in ("advmod", "mark") and m.lower_ in r.get("habit_marks", ())), None)
        if cue:
            return cue
    return None


def _present_in_past_speech(hit: TriggerHit, r: dict) -> str | None:
    """ "Survivors said the insurgents behead the men they capture": a simple present under a
    past speech verb is not back-shifted -- a practice told, not an event."""
    verb = hit.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or not _present(verb) or verb.dep_ != "ccomp":
        return None
    say = verb.head
    if say.tag_ != "VBD" or _lemma(say) not in r.get("speech_verbs", ()) or _counted(verb):
        return None
    return f"{say.text} ... {verb.text}"


def _only_practice(hit: TriggerHit) -> str | None:
    """ "LNA aircraft hit only military sites": what is (or is not) ever hit, no one strike."""
    verb = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"):
        only = next((a for a in obj.children if a.lower_ == "only"), None) or next(
            (a for a in verb.children if a.dep_ == "advmod" and a.lower_ == "only"), None)
        if only is not None and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children) and not _counted(verb):
            return "only"
    return None


def _rumour(hit: TriggerHit, r: dict) -> str | None:
    """ "Rumours spread through Pemba that the insurgents were marching on the town": a rumour's content."""
    node = hit.head
    words = r.get("rumour_nouns", ())
    for _ in range(6):
        if node.dep_ in ("ccomp", "acl", "advcl") and node.head.i != node.i:
            gov = node.head
            if _lemma(gov) in words:
                return gov.text
            subject = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subject is not None and (_lemma(subject) in words or _circulating(subject, r)):
                return subject.text  # ("a message circulating on WhatsApp claimed that ...")
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _circulating(noun: Token, r: dict) -> bool:
    """A message, post or video that circulates or is shared on social media: a rumour's carrier
    (nonevents.yaml `claim_carriers`, `social_media_words`)."""
    if _lemma(noun) not in r.get("claim_carriers", ()):
        return False
    words = set(r.get("social_media_words", ()))
    return any(t.lemma_.lower() in words or t.lower_ in words for t in noun.subtree)


def _stance(hit: TriggerHit, verbal: bool) -> str | None:
    """A verbal act told as a standing position, not an act on a day: a simple present ("Hurras
    al-Din rejects any truce with Damascus and says it will fight on") or a present perfect with
    no date ("Erdogan has threatened to drive the army back if ...") in a story's body."""
    verb = hit.head
    if not verbal or verb.pos_ != "VERB" or not _in_body(verb):
        return None
    own = {t.i for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree}
    for clause in (t for t in verb.subtree if t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless", "until", "once") for m in t.children)):
        own -= {t.i for t in clause.subtree}  # "... if it does not pull out by the end of February": a deadline
    if any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in verb.sent if t.i in own):
        return None  # (the subject's "formed in 2018" dates the group, not the act)
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ in ("VBP", "VBZ") and not auxes and verb.dep_ in ("ROOT", "conj"):
        return f"{verb.text} (stance)"
    if verb.tag_ == "VBN" and any(_lemma(a) == "have" and a.tag_ in ("VBP", "VBZ") for a in auxes):
        return f"has {verb.text} (stance)"
    return None


def _claim_dismissed(hit: TriggerHit, r: dict) -> str | None:
    """ "... had repelled the offensive and killed dozens of soldiers, a claim the mission
    dismissed as propaganda": the claim's events are disputed."""
    sent = hit.head.sent
    for noun in (t for t in sent if t.i > hit.head.i and _lemma(t) in r.get("disputed_claim_nouns", ())):
        denial = next((c for c in noun.subtree if c.dep_ in ("relcl", "acl") and _lemma(c) in r.get("denial_verbs", ())), None)
        if denial is not None:  # (the parser may hang it on an apposition: "a claim [the mission dismissed]")
            return f"{noun.text} {denial.text}"
    return None


def generic_modality(hit: TriggerHit, r: dict, verbal: bool = False) -> str | None:
    """The cue that makes `hit` a habit or a standing position (hypothetical), or None."""
    return (_stance(hit, verbal) or _generic_present(hit, r) or _past_habit(hit) or _whenever(hit, r) or _present_in_past_speech(hit, r)
            or _only_practice(hit) or _rumour(hit, r) or _claim_dismissed(hit, r))


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
    plural event noun in a sentence that gives a rate."""
    return hit.head.tag_ == "NNS" and any(
        _lemma(t) in r.get("rate_nouns", ()) and t.dep_ == "pobj" and t.head.lower_ == "at" for t in hit.head.sent)


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
            and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in head.subtree))


def _rallied_object(hit: TriggerHit, r: dict) -> bool:
    """ "used to rally support abroad", "rallied voters": a verb of gathering with an object
    gathers no protest (nonevents.yaml `gathering_verbs_with_object`)."""
    head = hit.head
    return (hit.trigger.family == "protest" and head.pos_ == "VERB" and _lemma(head) in r.get("gathering_verbs_with_object", ())
            and any(c.dep_ == "dobj" for c in head.children))


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
    dates it; its meeting or visit is no record of the story's."""
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
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and _lemma(node.head) in verbs and (_present(node.head) or any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in node.head.subtree))  # "was counted only where ..."


def _war_long(hit: TriggerHit, r: dict) -> bool:
    """ "have launched more than 430 missiles at Saudi Arabia since the war began in 2015",
    "2,600 people have been killed in the province since 2017": a count over a war (a year at
    least two before the story's, or the war's start) is the war's, not one event."""
    verb = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    year = hit.head.doc.user_data.get("tocsin_year")
    counts = [t for t in verb.subtree if (t.like_num or t.lower_ in _VAGUE_COUNTS) and not (t.text.isdigit() and len(t.text) == 4)]
    if not counts:
        return False  # ("which has been fighting the rebels since late 2018": fighting going on, no count)
    for v in (verb, *([verb.head] if verb.dep_ in ("conj", "xcomp") else [])):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "since" and year:
                if any(g.like_num and len(g.text) == 4 and g.text.isdigit() and int(g.text) <= year - 2
                       for g in c.children if g.dep_ == "pobj"):
                    return True
            if c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children if m.dep_ == "mark"):
                subjects = [g for g in c.children if g.dep_ == "nsubj"]
                if subjects and _lemma(subjects[0]) in r.get("toll_subjects", ()) and _lemma(c) in r.get("start_verbs", ()):
                    return True
    return False


def _combatants_fled(hit: TriggerHit, r: dict) -> bool:
    """ "fighters who fled the villages", "the militants fled into the bush": armed men
    withdrawing are no displacement of people."""
    if hit.trigger.family != "displacement" or hit.head.pos_ != "VERB":
        return False
    subject = next((c for c in hit.head.children if c.dep_ == "nsubj"), None)
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
    """ "the children draw helicopters dropping barrel bombs": a picture, not an event."""
    head = hit.head
    noun = head.head if head.dep_ == "acl" else None
    return noun is not None and noun.dep_ == "dobj" and _lemma(noun.head) in r.get("depiction_verbs", ())


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
              ("generic instance", lambda: _generic_instance(hit)), ("depicted", lambda: _depicted(hit, r)))
    return next((name for name, check in checks if check()), None)
