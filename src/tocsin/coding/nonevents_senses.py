"""Event words in another sense, and standing descriptions (tenth round: stress sentences the
developers wrote in wire, monitor, sitrep, local-outlet and analysis styles).

Called from ``nonevents_frames.frames_reason`` (dropped) and ``frames_modality``
(hypothetical); rules as data in ``data/lexicons/en/nonevents.yaml`` (keys
``figurative_modifiers``, ``sport_sentence_cues``, ``known_for_words``, ``standing_durations``);
tests in ``tests/coding/test_nonevents_round10.py``.

Dropped (no event):
- a **figurative modifier** on the event noun: "a diplomatic offensive in Washington", "a
  verbal attack on the minister";
- a **sports sentence**: two or more words of the sports field in the sentence and no weapon
  nor death ("the striker rescued a point with a stoppage-time strike", "the fast bowlers
  launched an attack on the top order"); a story's sports context is read per paragraph
  elsewhere (events.py), this catches the lone sentence;
- a **state before a place name**: "in blockaded Djibo", "besieged Mariupol" (an adjective
  describing the place; the siege is told, if at all, by a clause of its own).

Hypothetical (a standing trait, not an event):
- **known for**: "the group is known for kidnapping aid workers";
- a **verbal act in a present relative clause**: "activists who criticise its rule", "those
  who refuse to pay" (people described by what they do);
- a **standing duration** on a present perfect: "have for years raided farms at planting time"
  (no figure, no date).
"""
from __future__ import annotations

import re

from .lexicon import CodingLexicon
from .nonevents_civil import sentence_has
from .nonevents_claims import _in
from .event_nouns import tallied_displaced
from .nonevents_habits import verb_of
from .triggers import TriggerHit, counts_many


def figurative(hit: TriggerHit, r: dict) -> bool:
    """ "a diplomatic offensive", "a verbal attack": the noun's modifier takes it out of war;
    "an assault on its own judiciary": its target is an institution or an idea; "food prices have
    exploded": its subject is a quantity."""
    head = hit.head
    if head.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and _in(c, r.get("figurative_modifiers", ()))
                                   for c in head.children):
        return True
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and any(
            c.dep_ == "nsubj" and _in(c, r.get("figurative_subjects", ())) for c in head.head.children):
        return True  # "the lira took a beating": a quantity's
    frame = [head, head.head] if head.dep_ == "dobj" else [head]  # ("launched an assault on its own judiciary")
    frame += [c for c in head.children if c.dep_ == "dobj"]  # ("fighting a losing battle against hunger")
    targets = [g for f in frame for c in f.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for g in c.children if g.dep_ == "pobj"]
    if targets and all(_in(t, r.get("figurative_targets", ())) for t in targets):
        return True
    if head.pos_ != "VERB":
        return False
    if head.dep_ == "npadvmod" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children):
        return True  # "shows how slowly wounds close": a noun the tagger read as a verb, with no one and nothing
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_in(c, r.get("figurative_subjects", ())) and not (
            hit.trigger.family in ("violence", "arrest", "abduction") and counts_many(c)) for c in subjects):
        return True  # "food prices have exploded" (not "a number of priests were killed", "... suspects were detained")
    objects = [c for c in head.children if c.dep_ == "dobj"]
    withdrawn = objects or [c for c in subjects if c.dep_ == "nsubjpass"]  # ("reports of a death were later withdrawn")
    if hit.trigger.family == "retreat" and withdrawn and all(_in(o, r.get("withdrawn_things", ())) for o in withdrawn):
        return True  # "the channel withdrew the report", "withdrew its ambassador"
    if _in(head, r.get("figurative_kill_verbs", ())) and objects and all(_in(o, r.get("figurative_objects", ())) for o in objects):
        return True  # "extortion is killing small businesses"
    last = hit.tokens[-1]
    if hit.trigger.family == "territory" and last.i + 1 < last.sent.end and last.nbor(1).lower_ in r.get("distance_nouns", ()):
        return True  # "pushing Ukrainian artillery out of range of Belgorod": out of reach, no ground taken
    if hit.trigger.family == "territory" and objects and all(
            _in(o, r.get("ordnance_objects", ())) or any(_in(m, r.get("ordnance_objects", ())) for m in o.children
                                                         if m.dep_ in ("amod", "compound", "conj")) for o in objects):
        return True  # "deminers have taken away 2,000 unexploded shells and mines"
    if _in(head, r.get("blame_verbs", ())) and objects and all(_in(o, r.get("blamed_causes", ())) for o in objects) \
            and not any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children):
        return True  # "transit police blamed brake failure" (not "blamed the blast on the rebels")
    return hit.trigger.rule_id == "tr.violence.under_fire" and any(  # "the minister came under fire in Congress"
        _in(c, r.get("criticised_subjects", ())) or _in(c, r.get("figurative_subjects", ())) for c in subjects)


def sports_sentence(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """Two distinct words of sport in the sentence, a violent event word, no weapon and no dead."""
    if not lex.families[hit.trigger.family].violent:
        return False
    sent = hit.head.sent
    cues = r.get("sport_sentence_cues", ())
    low = f" {_PUNCT.sub(' ', sent.text.lower())} "
    found = {t.lower_ for t in sent if t.lower_ in cues or t.lemma_.lower() in cues} | {
        c for c in cues if (" " in c or "-" in c) and f" {c} " in low}  # ("stoppage time", "semi-final")
    found |= {"(score)"} if _SCORELINE.search(low) else set()  # "beat Dynamo Kyiv 2-1"
    if len(found) < 2:
        return False
    weapons = set(r.get("barrage_weapons", ())) - _GAME_WORDS
    deaths = lex.numbers["figure_kinds"]["fatalities"]
    if any(t.lemma_.lower() in deaths["verbs"] or t.lower_ in deaths["nouns"] for t in sent if t.i != hit.head.i):
        return False
    # three words of sport outweigh a weapon's name ("the striker fired a rocket into the top corner")
    return len(found) >= 3 or not any(_in(t, weapons) for t in sent if t.i != hit.head.i)


# (not a span of days: "over the weekend of 7-8 October")
_SCORELINE = re.compile(r" \d{1,2}-\d{1,2} (?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )")
_PUNCT = re.compile(r"[^\w\s-]+")  # ("... in the semi-final.": the tokenizer splits the hyphen, the cue is read in the text)
_GAME_WORDS = frozenset({"strike", "round", "fire", "salvo", "shot", "bolt", "arrow"})  # ("a late strike", "a salvo of shots")


def place_state(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """ "in blockaded Djibo": a participle or adjective before a place name describes the place;
    "the China-brokered truce": a verbal act's participle before a noun names the thing it made;
    "few of those who had fled": people named by what befell them."""
    head = hit.head
    if head.dep_ == "amod" and any(t.i == head.head.i for t in hit.tokens):
        return False  # "staff downed tools": the phrase read as an adjective and its noun
    if tallied_displaced(hit, lex):
        return False  # "IOM counted 71,300 displaced people": a figure
    if head.dep_ == "amod" and head.i + 2 < head.sent.end and head.nbor(1).text == "-" and head.nbor(2).lower_ == "out":
        return True  # "a bombed-out house", "burnt-out cars": a state
    if head.dep_ == "amod" and head.tag_ in ("VBN", "JJ") and (
            head.head.pos_ == "PROPN" or not lex.families[hit.trigger.family].violent):
        return True
    if head.dep_ == "relcl" and head.head.lower_ == "those" and not any(t.like_num for t in head.subtree):
        return True
    return (head.dep_ == "relcl" and head.tag_ in ("VBD", "VBN") and any(  # "witnesses, several of them displaced,"
        c.dep_ == "nsubj" and c.lower_ in _SHARE_WORDS and any(p.lower_ == "of" for p in c.children) for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


_SHARE_WORDS = frozenset({"several", "many", "some", "most", "all", "few", "both", "half", "none"})


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _year_only(tokens) -> bool:
    """The words' dates name a past year ("the 2018 strike", "in March 2017"), never a day."""
    tokens = list(tokens)
    dates = [t for t in tokens if t.ent_type_ in ("DATE", "TIME") or (
        _YEAR.match(t.text) and t.dep_ in ("nummod", "compound", "amod", "npadvmod"))]  # ("the 2016 Karrada bombing")
    return any(_YEAR.match(t.text) for t in dates) and not any(t.ent_type_ == "TIME" or _finer_than_year(t) for t in dates)


def _dated_day(tokens) -> bool:
    """A date finer than a year among the words ("on Tuesday", "on 3 May")."""
    return any(t.ent_type_ in ("DATE", "TIME") and _finer_than_year(t) for t in tokens)


def _finer_than_year(t) -> bool:
    """A date's word that names a day or a part of one ("Tuesday", "3", "morning"), not a year."""
    return t.lower_ in _DAY_WORDS or (t.like_num and not _YEAR.match(t.text))


_MONTHS = frozenset("january february march april may june july august september october november december".split())
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight "
                       "morning evening afternoon night week".split())


_SHORT_SPANS = frozenset({"hour", "day", "night", "week", "fortnight", "month"})


def _lately(verb) -> bool:
    """ "Tension has been building for a week, since agents arrested two leaders": a short span
    counted back to the act (so it is news, dated by that span)."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(g.lemma_.lower() in _SHORT_SPANS for g in p.subtree)
               for p in verb.children)


def retrospective(hit: TriggerHit, r: dict) -> bool:
    """ "indicted four men over the 2024 suicide bombing that killed two engineers", "families of
    the children killed in the 2018 strike held a memorial", "cited villages burned in 2017 as
    evidence": a past event named as what a trial, an inquiry or a remembrance is about (its only
    date a year), not told as news.  Its own sentence tells it ("... killed 12 on 3 May") or an
    earlier story did."""
    frames, rites = r.get("retrospective_frames", ()), r.get("memorial_objects", ())
    node, path = hit.head, [hit.head]
    if node.pos_ == "NOUN" and node.dep_ == "conj" and node.head.pos_ == "VERB":
        twins = [g for c in node.head.children if c.i < node.i and c.dep_ in ("prep", "dobj")
                 for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
        if twins:  # "looks into killings and forced displacements": the parser hangs the second noun on the verb
            node, path = twins[-1], [hit.head, twins[-1]]
    if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ == "since" and not _dated_day(node.subtree):
        return True  # "Since the ambush at Inates, the army has ringed its camps": a past event as a time's start
    if node.pos_ == "VERB" and node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children) \
            and not any(t.ent_type_ in ("DATE", "TIME") and (t.like_num or t.lower_ in _MONTHS or _finer_than_year(t))
                        for t in node.subtree) and not _lately(node.head):
        return True  # "factions have run the camp since the army agreed decades ago to stay out": no date of its own
    for _ in range(10):
        if node.pos_ in ("VERB", "AUX") and node is not hit.head and any(
                c.dep_ == "dobj" and (_in(c, rites) or any(m.dep_ in ("amod", "compound") and _in(m, rites)
                                                          for m in c.children)) for c in node.children):
            return _year_only(t for p in path[:-1] for t in p.subtree)  # "held a memorial mass ... for the seafarers killed ..."
        if node.head.i == node.i or (node.dep_ in ("ROOT", "ccomp", "advcl", "parataxis", "conj")
                                     and node.pos_ in ("VERB", "AUX") and node is not hit.head):
            return False  # (a clause of its own: "the court heard that gunmen killed 12")
        if node.dep_ not in ("relcl", "acl", "pobj", "prep", "dobj", "nsubjpass", "compound", "amod", "appos", "nsubj",
                             "xcomp", "pcomp") \
                and node is not hit.head:
            return False
        node = node.head
        path.append(node)
        looked_into = node.lemma_.lower() == "look" and any(p.lower_ == "into" for p in path)  # "Case 04 looks into killings"
        if (_in(node, frames) or looked_into or any(c.dep_ in ("compound", "amod") and _in(c, frames) for c in node.children)) \
                and node.i != hit.head.i:  # ("a memorial mass for the seafarers killed when ...")
            phrase = [t for p in path[:-1] for t in p.subtree if t.i not in {x.i for x in node.children if x.dep_ == "nsubj"}]
            if _in(node, r.get("kin_frames", ())) and hit.head.dep_ == "acl" and not _dated_day(phrase):
                return True  # "the widow of a navy officer killed at Pahalgam": a person named by a death told elsewhere
            return _year_only(phrase)
    return False


def naming(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "aid workers", "protest leaders": the event word names a kind of people or body; "burn
    wounds", "gunshot injuries": a kind of wound (the small model may read "burn" as a verb)."""
    head = hit.head
    if len(hit.tokens) != 1:
        return False
    if head.i + 1 < head.sent.end and head.nbor(1).lemma_.lower() in r.get("wound_nouns", ()) and head.tag_ in ("VB", "NN"):
        return True
    named = head.head if (head.pos_ == "NOUN" and head.dep_ == "compound") or (
        head.dep_ == "amod" and head.tag_ == "VB") else None  # ("the drone 'kill zone'")
    if head.tag_ == "VB" and head.i == head.sent.start and head.i + 1 < head.sent.end:
        named = head.nbor(1)  # (a capital first word the parser takes for a verb: "Aid workers in Tawila worry")
    return named is not None and (named.lemma_.lower() in lex.person_nouns or _in(named, r.get("naming_heads", ())))


def commemorative(hit: TriggerHit, r: dict) -> bool:
    """ "mourners gathered to mark one year since the massacre": a gathering whose purpose is a
    remembrance is no protest; "to mark five years since gunmen stormed the academy": an
    anniversary's event is the past one, not news."""
    head = hit.head
    words = set(r.get("commemoration_words", ())) | set(r.get("anniversary_verbs", ()))
    demands = set(r.get("remembrance_demands", ()))
    if hit.trigger.family == "protest" and any(c.dep_ in ("advcl", "xcomp") and _in(c, words) and not any(
            (v.pos_ == "VERB" or v.dep_ == "conj") and v.lemma_.lower() in demands for v in c.subtree)
            for c in (*head.children, *verb_of(head).children)):
        return True  # ("held a prayer vigil on Saturday to mark two years since ...", not "to mourn him and demand justice")
    spans = r.get("anniversary_spans", ())
    if head.dep_ == "pobj" and head.head.lower_ == "since" and (_in(head.head.head, spans) or any(
            c.dep_ == "dobj" and _in(c, spans) for c in head.head.head.children)):
        return True  # "two years since the killing of the governor", "marking 40 days since the massacre"
    if _rite_sentence(head.sent.root, r) and _told_within_rite(head, spans):
        return True  # "gathered to mark the anniversary ..., reading aloud the names of the 26 people killed"
    verb = verb_of(head)
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "since gunmen stormed the academy and killed"
        verb = verb.head
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
            and ((verb.head.pos_ == "NOUN" and _in(verb.head, spans))  # "five years since gunmen stormed ..."
                 or any(c.dep_ == "dobj" and _in(c, spans) for c in verb.head.children)))


def _rite_sentence(root, r: dict) -> bool:
    """The sentence's main act is a remembrance: "gathered ... to mark the anniversary of",
    "attended a memorial service", "gathered for a requiem mass"."""
    rites, spans = r.get("memorial_objects", ()), r.get("anniversary_spans", ())

    def rite(t) -> bool:
        return _in(t, rites) or any(m.dep_ in ("amod", "compound") and _in(m, rites) for m in t.children)
    for c in root.children:
        if c.dep_ in ("advcl", "xcomp") and _in(c, r.get("anniversary_verbs", ())) and any(
                g.dep_ == "dobj" and (_in(g, spans) or rite(g)) for g in c.children):
            return True
        if (c.dep_ == "dobj" and rite(c)) or (c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and rite(g) for g in c.children)):
            return True
    return False


def _told_within_rite(head, spans) -> bool:
    """The event word hangs from the remembrance by nouns and participles (the victims named,
    the anniversary's event) or by a clause dated weeks or more before it ("a month after he
    was shot dead"), with no day of its own."""
    node = head
    while node.dep_ != "ROOT":
        if node.dep_ in ("ccomp", "conj", "parataxis") and node.pos_ in ("VERB", "AUX"):
            return False  # (a clause of its own: "..., and gunmen opened fire on the mourners")
        if node.dep_ == "advcl" and node.tag_ != "VBG" and not (
                any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in node.children)
                and any(c.dep_ == "npadvmod" and _in(c, spans) and c.lemma_.lower() != "day" for c in node.subtree)):
            return False  # ("..., a day after they were killed in an air strike": news of its own)
        node = node.head
    gap = {t.i for c in head.children if c.dep_ == "npadvmod" and _in(c, spans) for t in c.subtree}
    return not _dated_day(t for t in head.subtree if t.i not in gap)  # ("two months after": the gap is no day)


def talked_about(hit: TriggerHit, r: dict) -> bool:
    """ "a second phase of the offensive, talked about in Ouagadougou for months": a thing
    described by what is said of it, in a participle with no one talking; no talks were held."""
    head = hit.head  # (the small model may read the participle as a past tense with the thing as subject)
    return (head.lemma_.lower() == "talk" and head.tag_ in ("VBN", "VBD")
            and any(c.lower_ == "about" and not list(c.children) for c in head.children)  # "about" stranded
            and not any(c.dep_ == "agent" or (c.dep_ in ("nsubj", "nsubjpass") and (
                c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ in ("PRON", "PROPN")
                or _in(c, r.get("talking_subjects", ())))) for c in head.children))


def on_screen(hit: TriggerHit, r: dict) -> bool:
    """ "I saw my street burning on that screen": an act seen in a film or on television, under a
    verb of seeing (`screen_phrases`)."""
    verb = hit.head
    for _ in range(3):
        if verb.lemma_.lower() in _SEEING or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in _SEEING and sentence_has(hit.head.sent, frozenset(r.get("screen_phrases", ())))


_SEEING = frozenset({"see", "watch", "show"})


def senses_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("talked about", lambda: talked_about(hit, r)), ("on screen", lambda: on_screen(hit, r)),
              ("a name of people", lambda: naming(hit, lex, r)), ("remembrance", lambda: commemorative(hit, r)),
              ("retrospective reference", lambda: retrospective(hit, r)), ("figurative", lambda: figurative(hit, r)),
              ("sports sentence", lambda: sports_sentence(hit, lex, r)), ("state described", lambda: place_state(hit, lex)))
    return next((name for name, check in checks if check()), None)


# --- hypothetical --------------------------------------------------------------------------------
def _known_for(hit: TriggerHit, r: dict) -> str | None:
    """ "is known for kidnapping aid workers": a reputation, no event."""
    node = hit.head
    for _ in range(3):
        prep = node.head
        while prep.dep_ == "conj" and prep.head.i != prep.i:  # "known for massacring ... and for abducting"
            prep = prep.head
        if node.dep_ in ("pcomp", "pobj") and prep.lower_ == "for" and _in(prep.head, r.get("known_for_words", ())):
            return f"{prep.head.text} for"
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _described_by_act(hit: TriggerHit, lex: CodingLexicon) -> str | None:
    """ "activists who criticise its rule": a verbal act in a present relative clause describes
    the people, it tells no act."""
    head = hit.head
    if not lex.families[hit.trigger.family].verbal:
        return None
    node = head if head.dep_ == "relcl" else (head.head if head.dep_ == "xcomp" and head.head.dep_ == "relcl" else None)
    if node is None or node.tag_ not in ("VBP", "VBZ"):
        return None
    return f"who {node.text}"


def _standing(hit: TriggerHit, r: dict) -> str | None:
    """ "have for years raided farms": a present perfect over an unnumbered span of years."""
    verb = verb_of(hit.head)
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        verb = verb.head  # "has for decades collected taxes ... and torched the equipment"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _numbered(verb):  # "families from Kiryat Shmona, evacuated for months,"
        return next((f"for {g.text}" for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                     for g in p.children if g.dep_ == "pobj" and g.lower_ in r.get("standing_durations", ())), None)
    if verb.pos_ != "VERB" or _numbered(verb) or not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                                                        for c in verb.children):
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]  # (the parser may hang "for years" on "have")
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ in r.get("standing_durations", ()) and not any(
                    c.dep_ == "nummod" or c.like_num for c in obj.children):
                return f"for {obj.text}"
    return None


def _numbered(verb) -> bool:
    """A number in the clause ("killing 12", "on 3 May"; "at the start of the planting season"
    has none)."""
    return any(t.like_num or t.tag_ == "CD" for t in verb.subtree)


def senses_modality(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    return _known_for(hit, r) or _described_by_act(hit, lex) or _standing(hit, r)
