"""Event words that report no event, third round of real-news reading (Sahel, Sudan, Myanmar,
Ukraine, Nigeria, Somalia, Yemen and Haiti wire copy, analysis and UN updates).

Called from ``nonevents_more.more_reason`` (``drop_reason``) and from
``nonevents.nonevent_modality``; rules as data in ``data/lexicons/en/nonevents.yaml`` (keys
``continuation_verbs``, ``perfect_habit_adverbs``, ``escalating_adverbs``, ``trend_object_verbs``,
``gathering_verbs``, ``mourning_words``, ``protest_cue_words``, ``toll_verbs``,
``vague_magnitudes``, ``long_span_nouns``, ``scope_nouns``, ``stalled_verbs``, ``media_nouns``,
``campaign_nouns``);
tests in ``tests/coding/test_nonevents_habits.py``.

Dropped (no event):
- a **war's toll told by its setting**: "about 900 people have been killed in the conflict",
  "among 2,000 killed during ten weeks of war", "tens of thousands of people have died" (a
  war-sized count of the dead with no date and no "since": a war's count, not one clash's;
  a displacement of that size stays, an aggregate), "bandit attacks in the state have
  displaced 500,000";
- a **trend told as an object**: "the gangs have stepped up abductions of schoolchildren",
  "intensified attacks on convoys" with no toll and no date; or as a subject: "attacks on
  clinics rose by a third last year", "kidnappings have doubled since 2019";
- a **present perfect over years**: "the group has been staging attacks for more than 15
  years", "over the course of the war the rebels have raided border posts", "has used the
  airbase to launch strikes since 2015" (no figure);
- an event noun **after "despite"**: "the raid came despite an aggressive counteroffensive";
- an **interview**: "residents who talked to reporters" is no meeting;
- a **stalled offensive**: "the offensive in the east is stalled", "the assault has faltered";
- a **mourning crowd**: "mourners gathered to bury the victims", "crowds gathered around the
  bodies" is no protest unless the sentence tells one (slogans, demands).

Hypothetical (a habit, not an event):
- "the gangs **continue to** raid villages", "**keep** attacking", "jihadists **tend to**
  strike at dawn", "drones **are used to** drop grenades" in the present;
- a present perfect with a habit adverb: "the village, which has been **repeatedly** attacked";
- participles of a present relative clause: "gangs that raid villages, **killing** and
  kidnapping residents";
- gerunds of an allegation the parser hung on its verb: "accuse the army of executions,
  torching homes and **using air strikes**";
- "groups **mount increasingly deadly** attacks": an escalating habit in the present;
- "the military **has been conducting** major offensives in the countryside, burning
  villages": an undated campaign over bare plural objects.
"""
from __future__ import annotations

from spacy.tokens import Token

from .habit_words import perfect_habit_words
from .lexicon import CodingLexicon
from .modality import Modality
from .triggers import TriggerHit

_PRESENT = ("VBP", "VBZ")
_VAGUE_COUNTS = frozenset({"tens", "dozens", "scores", "hundreds", "thousands", "millions"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _bare_plural(tok: Token) -> bool:
    """A plural with no determiner, number or owner: "villages", not "the villages"."""
    return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)


def _present(verb: Token) -> bool:
    """Simple present, active or passive (no perfect, no past, no modal)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(_lemma(a) == "have" or a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    return verb.tag_ in _PRESENT or any(a.tag_ in _PRESENT for a in auxes)


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in _PRESENT for c in verb.children)


_SPAN_WORDS = frozenset("decade decades years months weeks recent recently past long season seasons".split())  # ("in the dry season")


def _counted(verb: Token) -> bool:
    """A figure or a date in the clause: "killing 12", "on Monday" (a habit or trend has none; a
    stretch of time, "for nearly a decade", "in recent months", is no date)."""
    toks = {t.i for t in verb.subtree}
    for tok in verb.subtree:
        if (tok.like_num or tok.tag_ == "CD" or tok.lower_ in _VAGUE_COUNTS) \
                and tok.ent_type_ not in ("DATE", "TIME"):
            return True
    for ent in verb.doc.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start in toks and not any(t.lower_ in _SPAN_WORDS for t in ent):
            return True
    return False


def verb_of(tok: Token) -> Token:
    """The verb a noun trigger is an argument of (itself for a verb)."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


# --- dropped -------------------------------------------------------------------------------------
def _war_setting(verb: Token, r: dict) -> bool:
    """ "killed in the conflict", "killed during ten weeks of war": the war is the setting."""
    wars = r.get("toll_subjects", ())
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            inner = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]  # "ten weeks of war"
            if _lemma(obj) in wars or any(_lemma(g) in wars for g in inner):
                return True
    return False


def _vague_magnitude(verb: Token, r: dict) -> bool:
    """ "tens of thousands of people have died": a war-sized count with no date."""
    words = r.get("vague_magnitudes", ())
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        text = " ".join(t.lower_ for t in subj.subtree)
        if any(text.startswith(w) for w in words):
            return True
    return False


def _conflict_toll(hit: TriggerHit, r: dict) -> bool:
    verb = verb_of(hit.head)
    first = verb
    for _ in range(3):  # "have died and millions have fled": the first verb of the chain
        if first.dep_ != "conj" or first.head.pos_ not in ("VERB", "AUX"):
            break
        first = first.head
    chain = [first, *[v for v in first.conjuncts if v.pos_ in ("VERB", "AUX")]]
    verbs = [v for v in chain if _lemma(v) in r.get("toll_verbs", ())]
    if not verbs:
        return False
    flight = _lemma(verb) not in r.get("death_verbs", ()) and _lemma(verb) in r.get("toll_verbs", ())
    if any(_war_setting(v, r) for v in ([verb] if flight else chain)):  # "900 killed and 4,000 wounded in
        return not _dated(first.subtree)  # the conflict"; (a flight only by its own setting; the clause's
    # own date counts: "killed in the war on Monday")
    perfect = [v for v in verbs if _present_perfect(v)]
    deaths = [v for v in perfect if _lemma(v) in r.get("death_verbs", ())]
    if any(_vague_magnitude(v, r) for v in deaths) and not _dated(first.sent) and not any(
            t.lower_ == "since" for t in first.sent):  # ("hundreds of thousands have been displaced since
        return True                                   # April" is an aggregate event and stays)
    # a regional toll: the clause's own date counts ("have fled since Monday"), not the speaker's
    return not _dated(first.subtree) and any(_scoped_attacks(v, r) for v in perfect)


def _scoped_attacks(verb: Token, r: dict) -> bool:
    """ "bandit attacks in the state have displaced 500,000": a kind of event over a whole state."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"):
        if any(c.dep_ in ("det", "nummod", "poss") for c in subj.children):
            continue
        scopes = [g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("in", "across", "throughout")
                  for g in p.children if g.dep_ == "pobj"]
        if any(_lemma(g) in r.get("scope_nouns", ()) for g in scopes):
            return True
    return False


_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
                       "january february march april may june july august september october november "
                       "december".split())


def _dated(tokens) -> bool:
    """A day, a month or a year in the sentence ("on Monday", "in March", "in 2019")."""
    return any(t.ent_type_ in ("DATE", "TIME") and (t.lower_ in _DAY_WORDS or (t.like_num and len(t.text) == 4))
               for t in tokens)


def _trend_object(hit: TriggerHit, r: dict) -> bool:
    """ "have stepped up abductions of schoolchildren", "intensified attacks on convoys"."""
    head = hit.head
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "dobj":
        return False
    verb = head.head
    words = r.get("trend_object_verbs", {})
    if _lemma(verb) not in words:
        return False
    particle = words[_lemma(verb)]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    return not _counted(verb)


def _trend_subject(hit: TriggerHit, r: dict) -> bool:
    """ "attacks on health workers rose by a third last year", "kidnappings have doubled": a
    statistic's movement, not an event (the plural event noun is the subject of a trend verb)."""
    head = hit.head
    if head.dep_ == "nsubj" and _lemma(head.head) in ("reach", "hit") and any(
            c.dep_ == "dobj" and _lemma(c) in r.get("statistic_benchmarks", ()) for c in head.head.children):
        return True  # "violence against hospitals reached the highest level ever recorded"
    def moving(noun: Token) -> bool:  # a plural event noun or a mass noun of violence that a trend verb moves
        return (noun.tag_ == "NNS" or _lemma(noun) in r.get("trend_mass_nouns", ())) and noun.dep_ == "nsubj" \
            and noun.head.pos_ == "VERB" and _lemma(noun.head) in r.get("trend_subject_verbs", ())

    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in head.children) and any(
            moving(c) for c in head.head.children):
        return True  # "attacks rose by 60 percent in 2023, with more than 900 people killed": the count of the trend
    return moving(head)


def _mourning(hit: TriggerHit, r: dict) -> bool:
    """ "mourners gathered to bury the dead", "crowds gathered around the bodies": no protest."""
    head = hit.head
    if hit.trigger.family != "protest" or _lemma(head) not in r.get("gathering_verbs", ()):
        return False
    sent = head.sent
    if any(_lemma(t) in r.get("protest_cue_words", ()) for t in sent):
        return False
    mourning = r.get("mourning_words", ())
    near = [c for c in head.children if c.dep_ in ("nsubj", "advcl", "xcomp")]
    near += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(t) in mourning for t in near)


def _long_perfect(hit: TriggerHit, r: dict) -> bool:
    """ "the Shabab have been staging attacks for more than 15 years", "over the course of the
    war the rebels have attacked border posts": a present perfect over years is background (and
    so are the participles hung on it: "..., fighting to topple the government")."""
    verb = verb_of(hit.head)
    for _ in range(3):
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or _present_perfect(verb):
            break
        verb = verb.head
    if not _present_perfect(verb) or _dated(verb.sent):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children) and not _counted(verb):
        return True  # "the ELN has long financed itself through kidnapping and extortion"
    spans = r.get("long_span_nouns", ())
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over", "throughout")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _lemma(obj) in spans:
                return True
            inner = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"]  # "over the course of the war"
            if _lemma(obj) == "course" and any(_lemma(g) in r.get("toll_subjects", ()) for g in inner):
                return True
    return False


def _since_year(hit: TriggerHit) -> bool:
    """ "Russia has used the airbase to launch strikes across Syria since 2015": a present perfect
    since a year, with no figure, is background (a count, "have attacked 100 ships since 2023",
    is an aggregate and stays)."""
    verb = verb_of(hit.head)
    chain = [verb]
    for _ in range(2):  # up through the infinitive of purpose ("used the base to launch strikes")
        if _present_perfect(verb) or verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
        chain.append(verb)
    years = [g for v in chain for p in v.children if p.dep_ == "prep" and p.lower_ == "since"
             for g in p.children if g.dep_ == "pobj" and g.like_num and len(g.text) == 4]
    if not years or not _present_perfect(verb) or verb.tag_ == "VBG":
        return False  # ("the army, which has been fighting the rebels since late 2018": fighting going on)
    return not any(t.like_num or t.tag_ == "CD" or t.lower_ in _VAGUE_COUNTS for t in verb.subtree if t not in years)


def _stalled(hit: TriggerHit, r: dict) -> bool:
    """ "the offensive in the east is stalled", "the assault has faltered": a state, no event."""
    head = hit.head
    return (head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass")
            and _lemma(head.head) in r.get("stalled_verbs", ()))


def _press_talk(hit: TriggerHit, r: dict) -> bool:
    """ "residents who talked to reporters", "officials spoke to the news agency": an interview,
    no meeting between parties."""
    if hit.trigger.family != "consult":
        return False
    media = r.get("media_nouns", ())
    partners = [g for c in hit.head.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for g in c.children if g.dep_ == "pobj"] + [c for c in hit.head.children if c.dep_ == "dobj"]
    return bool(partners) and all(_lemma(p) in media or p.lower_ in media for p in partners)


def habit_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("conflict toll", lambda: _conflict_toll(hit, r)), ("trend", lambda: _trend_object(hit, r) or _trend_subject(hit, r)),
              ("mourning", lambda: _mourning(hit, r)), ("background", lambda: _long_perfect(hit, r) or _since_year(hit)),
              ("stalled", lambda: _stalled(hit, r)), ("circumstance", lambda: _despite(hit.head)),
              ("interview", lambda: _press_talk(hit, r)))
    return next((name for name, check in checks if check()), None)


# --- hypothetical ---------------------------------------------------------------------------------
def _continuation(head: Token, r: dict) -> str | None:
    """ "continue to raid villages and abduct travellers", "keep attacking", "indiscriminate
    attacks continue to kill civilians" (the event noun as the subject): a habit."""
    if head.dep_ == "nsubj" and head.pos_ == "NOUN" and _lemma(head.head) in r.get("continuation_verbs", ()) \
            and _present(head.head) and not _counted(head.head):
        return head.head.text
    node = head
    for _ in range(12):
        if node.dep_ in ("xcomp", "ccomp", "nsubj") and _lemma(node.head) in r.get("tendency_verbs", ()):
            return node.head.text  # "tend to attack", "has tended to hit", "assaults tend to follow a pattern: ..."
        if node.dep_ == "conj" and _lemma(node.head) in r.get("tendency_verbs", ()) and any(
                t.text == ":" for t in node.doc[node.head.i:node.i]):
            return node.head.text  # "... tend to follow the same pattern: armed men arrive, surround a settlement and set houses alight"
        passive = any(c.dep_ == "auxpass" for c in node.head.children)
        perfect = node.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in node.children)
        tendency = r.get("passive_habit_verbs", ()) if passive and not perfect else ()  # (not "known to have died")
        if node.dep_ == "xcomp" and _present(node.head) and (_lemma(node.head) in tendency or (
                _lemma(node.head) in r.get("continuation_verbs", ()) and not _counted(node.head))):
            return node.head.text
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _perfect_habit(verb: Token, r: dict) -> str | None:
    """ "which has been repeatedly attacked", "have often shelled": a habit over the past (and
    in a relative clause in any tense: "strikes that commonly hit residential areas")."""
    if not (_present_perfect(verb) or verb.dep_ == "relcl") or _counted(verb):
        return None
    words = r.get("perfect_habit_adverbs", ())
    cue = next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in words), None)
    if cue is None and any(c.dep_ == "dobj" and _bare_plural(c) for c in verb.children):
        # "militants have mostly struck army checkpoints and police stations": which kind of target, a pattern
        cue = next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in r.get("pattern_adverbs", ())), None)
    return cue


def _relcl_participle(head: Token, lex: CodingLexicon) -> str | None:
    """ "gangs that raid villages, killing and kidnapping residents": the relative clause's habit."""
    if head.tag_ != "VBG" or head.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "amod", "acl"):
        return None
    node = head
    for _ in range(7):  # "..., killing and abducting farmers after looting and burning homes": up to a finite verb
        if (node.pos_ in ("VERB", "AUX") and node.tag_ != "VBG") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "relcl" and node.pos_ == "VERB" and _present(node) and not _counted(node):
        return f"{node.text} (present)"
    if (head.dep_ in ("acl", "conj") and node.dep_ == "ROOT" and _lemma(node) == "be" and _present(node)
            and not _counted(node)):  # misparsed: "X and Y are strongholds of gangs that raid ..., killing"
        return f"{node.text} (present)"
    return None


def _allegation_gerund(head: Token, r: dict) -> str | None:
    """ "accuse the army of executions, torching homes and using air strikes": the parser hangs
    the listed gerunds on the verb of the allegation."""
    node = head
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ == "dobj":
        node = node.head
    for _ in range(4):
        if node.tag_ != "VBG" or node.dep_ not in ("conj", "advcl"):
            break
        verb = node.head
        if (_lemma(verb) in r.get("allegation_verbs", ()) and (_present(verb) or _present_perfect(verb))
                and any(p.dep_ == "prep" and p.lower_ == "of" for o in verb.children if o.dep_ == "dobj"
                        for p in o.children)):
            return verb.text
        node = verb
    return None


def _escalating(hit: TriggerHit, verb: Token, r: dict) -> str | None:
    """ "groups mount increasingly deadly attacks": an escalating habit in the present."""
    if not _present(verb):
        return None
    words = r.get("escalating_adverbs", ())
    for noun in (t for t in hit.tokens if t.pos_ in ("NOUN", "PROPN")):
        for adj in (c for c in noun.children if c.dep_ == "amod"):
            cue = next((a.text for a in adj.children if a.dep_ == "advmod" and a.lower_ in words), None)
            if cue:
                return cue
    return None


def _ongoing_campaign(verb: Token, r: dict) -> str | None:
    """ "the military has been conducting major offensives in the countryside, burning villages":
    a present perfect progressive over bare plural objects, with no date and no figure."""
    for _ in range(3):  # the participles hung on it ("..., burning villages")
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or _present_perfect(verb):
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VBG" or not _present_perfect(verb) or not any(a.lower_ == "been" for a in auxes):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or any(not _bare_plural(o) or _lemma(o) not in r.get("campaign_nouns", ()) for o in objs):
        return None  # ("rebels have been fighting government forces near Nayrab" is fighting going on)
    return None if _counted(verb) else f"has been {verb.text}"


def _despite(head: Token) -> bool:
    """ "the raid came despite an aggressive counteroffensive by the army": a circumstance."""
    for anc in [head, *head.ancestors][:6]:
        if anc.dep_ == "pobj" and anc.head.lower_ == "despite":
            return not _counted(anc)
    return False


def habit_modality(hit: TriggerHit, lex: CodingLexicon, r: dict) -> Modality | None:
    head = hit.head
    verb = verb_of(head)
    cue = (_continuation(head, r) or _perfect_habit(verb, r) or perfect_habit_words(head, r) or _relcl_participle(head, lex)
           or _allegation_gerund(head, r) or _escalating(hit, verb, r) or _ongoing_campaign(verb, r))
    return Modality("hypothetical", cue) if cue else None
