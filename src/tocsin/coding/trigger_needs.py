"""Conditions of triggers kept apart from triggers.py: a count of people arriving from a place,
or crossing into one (displacement, triggers.yaml `needs: arrivals`), or leaving one
(`departures`); a building struck, which is violence enough for "hit" and "strike" (`needs:
violent_context`); people taken from a place (`taken_from`), troops sent (`force_object`), a
protest broken up (`protester_object`), riot-control means aimed at a crowd (`protester_target`), bodies left (`bodies`), a probe of positions that is no
inquiry (`inquiry_object`)."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .triggers import QUANTITY_NOUNS, _subjects, hanging_nouns, is_named_place, is_person_like, is_place_like


def arrivals(head: Token, lex: CodingLexicon) -> bool:
    """A count of people arrives from a place: "more than 4,000 people have arrived in Kaya from
    Barsalogho", "thousands of families reached the town from the villages", or crosses into one:
    "more than 40,000 people had crossed into Sudan", "hundreds of refugees crossed the border
    into Chad"; people from a place or who fled one: "2,000 people from Dikwa had arrived at the
    camps", "3,300 people who fled Palma have reached Mueda" (assembly.yaml `arrival_nouns`,
    `flight_verbs`; troops or gunmen crossing are none)."""
    if not _counted_people(head, lex, among_people=True):
        return False
    if head.lemma_.lower() == "cross":
        return _crossed_into(head, lex)
    subj = _subjects(head)
    origins = _preps(head, "from") + [g for n in subj for g in _preps(n, "from")]  # "2,000 people from Dikwa arrived"
    if any(is_place_like(o, lex) or is_named_place(o, lex) for o in origins):
        return True
    fled = lex.assembly.get("flight_verbs", ())  # "3,300 people who fled Palma have reached Mueda"
    if any(c.dep_ == "relcl" and c.lemma_.lower() in fled for n in subj for c in n.children):
        return True
    # "600 people arrived at the camp", "1,800 people arrived by boat", "reached Mueda on foot"
    camps, means = lex.assembly.get("arrival_destinations", ()), lex.assembly.get("arrival_means", ())
    ends = [g for w in ("at", "in", "to", "into") for g in _preps(head, w)]
    return (any(g.lemma_.lower() in camps for g in ends)
            or any(g.lemma_.lower() in means for w in ("by", "on") for g in _preps(head, w)))


def _counted_people(head: Token, lex: CodingLexicon, among_people: bool) -> bool:
    """The verb's subject is a count of people (assembly.yaml `arrival_nouns`): a number on the
    people noun (`among_people`, not "the first evacuees") or on any subject, or a quantity noun
    ("thousands of families")."""
    nouns = frozenset(lex.assembly.get("arrival_nouns", ()))
    subj = _subjects(head)
    if not subj and head.dep_ == "ccomp":  # "said at least 600 residents had left", parsed with the
        subj = [o for o in head.head.children if o.dep_ == "dobj" and o.i < head.i]  # residents as the object of "said"
    people = [n for n in subj if n.lemma_.lower() in nouns or n.lower_ in nouns]
    numbered = people if among_people else subj
    return bool(people) and (any(t.like_num and t.pos_ == "NUM" for n in numbered for t in n.subtree)
                             or any(n.lemma_.lower() in QUANTITY_NOUNS for n in subj))


def pushed_across(head: Token, lex: CodingLexicon) -> bool:
    """ "the fighting has pushed about 4,000 residents across the border into South Sudan": a
    count of people (the object) driven over a border or into a place."""
    nouns = frozenset(lex.assembly.get("arrival_nouns", ()))
    people = [o for o in _objects(head) if o.lemma_.lower() in nouns or o.lower_ in nouns]
    counted = any(t.like_num and t.pos_ == "NUM" for n in people for t in n.subtree) or any(
        o.lemma_.lower() in QUANTITY_NOUNS for o in head.children if o.dep_ == "dobj")  # ("thousands")
    return counted and _crossed_into(head, lex)


def _crossed_into(head: Token, lex: CodingLexicon) -> bool:
    """ "crossed into Sudan", "crossed the border", "crossed over into Chad": a place entered or
    a border crossed (not "crossed the river to their fields")."""
    borders = frozenset(lex.assembly.get("border_nouns", ()))
    if any(c.dep_ == "dobj" and c.lemma_.lower() in borders for c in head.children):
        return True
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [g for c in head.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]  # "over into"
    return any(g.dep_ == "pobj" and (is_place_like(g, lex) or is_named_place(g, lex) or g.lemma_.lower() in borders)
               for p in preps if p.lower_ in ("into", "across", "over") for g in p.children)


def facility_struck(verb: Token, lex: CodingLexicon) -> bool:
    """ "two hospitals in Daret Azza were reportedly struck": an agentless passive whose subject is
    a building people use is an attack (not "shops were hit hard by the slowdown")."""
    return (any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.facility_nouns for c in verb.children))


def inquiry_object(head: Token, lex: CodingLexicon) -> bool:
    """A probe of something, not of positions: "probing the killing", not "probing defences for
    days", "probed the lines" (assembly.yaml `probed_positions`)."""
    positions = lex.assembly.get("probed_positions", ())
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in positions for c in head.children)


def _objects(head: Token) -> list[Token]:
    """The verb's objects: its direct object or passive subject, and what an "of" after a count
    or a group noun names ("hundreds of protesters", "a rally of supporters")."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return objs + [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]


def _preps(head: Token, word: str) -> list[Token]:
    """The objects of the head's preposition `word` ("by" parsed as a passive's agent included)."""
    return [g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == word
            for g in c.children if g.dep_ == "pobj"]


def taken_from(head: Token, lex: CodingLexicon) -> bool:
    """ "more than 300 boys were taken from a school": people taken from a place (not "the
    wounded were taken to hospital", not "took the town")."""
    objects = _objects(head)
    origin = _preps(head, "from") or [g for o in objects for g in _preps(o, "from")]  # "seized 300 schoolboys from a school"
    nouns = set(lex.assembly.get("seizer_nouns", ()) or ())
    seized = [g for c in head.children if c.dep_ == "agent" for g in c.children  # "two rangers were taken by gunmen"
              if g.dep_ == "pobj" and (g.lemma_.lower() in nouns or g.lower_ in nouns)]
    return bool(origin or seized) and not _preps(head, "to") and any(is_person_like(o, lex) for o in objects)


def force_object(head: Token, lex: CodingLexicon) -> bool:
    """ "had flown another 200 special forces troops into Culiacan": troops as the object."""
    return any(o.lemma_.lower() in lex.force_nouns for o in _objects(head))


def engaged_armed(head: Token, lex: CodingLexicon) -> bool:
    """ "troops ... had engaged a rear group", "soldiers moved against camps held by the faction":
    forces engaging an armed side or its ground (assembly.yaml `engaged_objects`)."""
    if not any(s.lemma_.lower() in lex.force_nouns for s in head.children if s.dep_ == "nsubj"):
        return False
    wanted = lex.assembly.get("engaged_objects", ()) or ()
    return any(o.lemma_.lower() in wanted for o in (*_objects(head), *_preps(head, "against")))


def _crowd_nouns(lex: CodingLexicon) -> set[str]:
    """A gathering or the people dispersed at one (assembly.yaml; not a stadium's "crowd")."""
    return set(lex.assembly.get("gathering_nouns", ()) or ()) | set(lex.assembly.get("dispersed_nouns", ()) or ())


def protester_object(head: Token, lex: CodingLexicon) -> bool:
    """ "fired tear gas to disperse hundreds of protesters", "broke up a rally of supporters",
    "were dispersed with tear gas shells" (a crowd dispersed with riot-control means)."""
    gatherings, nouns = lex.assembly.get("gathering_nouns", ()) or (), _crowd_nouns(lex)
    means = lex.assembly.get("riot_control_means", ()) or ()
    forces = set(lex.assembly.get("riot_control_forces", ()) or ())
    if head.lemma_.lower() in (lex.assembly.get("forced_dispersals", ()) or ()) and not any(
            s.lemma_.lower() in forces for s in _subjects(head)):
        return False  # "police moved to stop a march" (not "the rain stopped the march")
    if any(_phrase_has(g, means) for g in _preps(head, "with")):
        return True
    gathering = set(gatherings) | set(lex.assembly.get("gathering_verbs", ()) or ())
    if any(o.lemma_.lower() in nouns or any(  # "women protesting", "groups gathering along the avenue"
            c.dep_ == "acl" and c.lemma_.lower() in gathering for c in o.children) for o in _objects(head)):
        return True
    # "security forces broke up the crowds overnight": a crowd (not a stadium's) when a force disperses it
    targets = set(lex.assembly.get("riot_control_targets", ()) or ())
    return head.lemma_.lower() in (lex.assembly.get("crowd_dispersals", ()) or ()) and any(  # (not "cleared the crowd from the stadium")
        c.dep_ == "nsubj" and c.lemma_.lower() in forces for c in head.children) and any(
        o.lemma_.lower() in targets for o in _objects(head))


def met_with_force(head: Token, lex: CodingLexicon) -> bool:
    """ "the first protest of the wave ... was met with tear gas": a gathering (or its people) met
    with riot-control means or force (assembly.yaml `riot_control_means`, `met_with_means`)."""
    means = (lex.assembly.get("riot_control_means", ()) or ()) + (lex.assembly.get("met_with_means", ()) or ())
    crowd = _crowd_nouns(lex) | set(lex.protester_nouns)
    return any(_phrase_has(g, means) for g in _preps(head, "with")) and any(
        c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in crowd for c in head.children)


def armed_seizer(head: Token, lex: CodingLexicon) -> bool:
    """ "gunmen seized a municipal worker": the seizer is an armed man or group (assembly.yaml
    `seizer_nouns`; "armed men", "unknown men")."""
    nouns = set(lex.assembly.get("seizer_nouns", ()) or ())
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in head.children)


def set_afire(head: Token, lex: CodingLexicon) -> bool:
    """ "setting part of the building on fire", "was set alight" (assembly.yaml `fire_set_words`)."""
    words = lex.assembly.get("fire_set_words", {}) or {}
    if any(t.lower_ in words.get("adverbs", ()) and (t.head.i == head.i or _verb_above(t) == head) for t in head.subtree):
        return True  # ("set part of the building alight": "alight" read as the object's noun)
    return any(t.lower_ == "on" and any(g.lower_ in words.get("on", ()) for g in t.children)
               and _verb_above(t) == head for t in head.subtree)  # ("part of the building on fire": "on" hung anywhere)


def _verb_above(tok: Token) -> Token | None:
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _phrase_has(tok: Token, phrases) -> bool:
    """The token's phrase holds one of the (possibly multi-word) lower-case phrases."""
    text = " ".join(t.lower_ for t in tok.subtree)
    return any(f" {p} " in f" {text} " or f" {p}s " in f" {text} " for p in phrases)


def demanding_blockade(head: Token, lex: CodingLexicon) -> bool:
    """ "organisations blocked the Pan-American Highway for three days, demanding that ...": a road
    blocked while its blockers demand something (assembly.yaml `blocked_ways`, `demand_cues`)."""
    ways = lex.assembly.get("blocked_ways", ()) or ()
    if not any(o.lemma_.lower() in ways for o in head.children if o.dep_ in ("dobj", "nsubjpass")):
        return False
    cues = lex.assembly.get("demand_cues", ()) or ()
    return any(c.dep_ in ("advcl", "xcomp", "prep") and (c.lemma_.lower() in cues or c.lower_ in cues or (
        c.lower_ == "in" and any(g.lower_ == "protest" for g in c.children))) for c in head.children)


def demanding_gathering(head: Token, lex: CodingLexicon) -> bool:
    """ "thousands of people gathered in the square to demand the government's resignation": people
    gathered to demand something or to show solidarity (assembly.yaml `demand_cues`,
    `gathering_purposes`)."""
    if not _counted_people(head, lex, among_people=False) and not any(  # ("several dozen relatives of soldiers")
            c.dep_ == "nsubj" and (c.lemma_.lower() in lex.assembly.get("arrival_nouns", ()) or (
                c.tag_ == "NNS" and (is_person_like(c, lex) or any(d.dep_ == "nummod" for d in c.children))))
            for c in head.children) and not any(  # ("dozens of Assir sympathisers gathered": the people counted)
            c.tag_ == "NNS" and is_person_like(c, lex) for c in _subjects(head)):
        return False
    cues = lex.assembly.get("demand_cues", ()) or ()
    purposes = lex.assembly.get("gathering_purposes", ()) or ()  # "gathered in Nour Square in support of the preacher"
    return any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) and (
        c.lemma_.lower() in cues or c.lower_ in cues or any(o.dep_ == "dobj" and (o.lemma_.lower() in purposes or any(
            f"{a.lower_} {o.lemma_.lower()}" in purposes for a in o.children if a.dep_ == "amod")) for o in c.children)
        or any((v.pos_ == "VERB" or v.dep_ == "conj") and v.lemma_.lower() in cues for v in c.subtree))  # ("to mourn X
        # and demand justice", misparsed)
        for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "for") and any(g.dep_ == "pobj" and g.lemma_.lower() in purposes for g in c.children)
        for c in head.children)


def people_evacuated(head: Token, lex: CodingLexicon) -> bool:
    """ "thousands evacuated the town", "the village was evacuated", not "the hospital had been
    evacuated" (a building cleared is no displacement: `facility_nouns`)."""
    return not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.facility_nouns for c in head.children)


def barricaded_way(head: Token, lex: CodingLexicon) -> bool:
    """ "Roads in three neighbourhoods are blocked with barricades and burning tyres": a way blocked
    with a crowd's barricades (assembly.yaml `blocked_ways`, `barricade_words`)."""
    ways = lex.assembly.get("blocked_ways", ()) or ()
    if not any(s.lemma_.lower() in ways for s in head.children if s.dep_ == "nsubjpass"):
        return False
    return any(_phrase_has(g, lex.assembly.get("barricade_words", ()) or ()) for g in _preps(head, "with"))


def protester_target(head: Token, lex: CodingLexicon) -> bool:
    """ "fired tear gas and water cannon at thousands of young protesters", "used water cannon on
    marchers": riot-control means aimed at a crowd (the target anywhere in the verb's phrase)."""
    nouns = _crowd_nouns(lex) | set(lex.assembly.get("riot_control_targets", ()) or ())
    stops = set(lex.assembly.get("crowd_stopping_verbs", ()) or ())
    forces = lex.assembly.get("riot_control_forces", ()) or ()
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in forces for c in head.children):
        return True  # "Police fired volleys of tear gas along Nathan Road until the early hours"
    for purpose in (c for c in head.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        for o in (c for c in purpose.children if c.dep_ == "dobj"):  # "... to drive thousands of demonstrators away"
            if any(t.lemma_.lower() in nouns for t in (o, *_of_objects(o))):
                return True
        if purpose.lemma_.lower() in stops and any(  # "to stop them reaching the square"
                o.lower_ == "them" for c in (purpose, *(c for c in purpose.children if c.dep_ in ("ccomp", "xcomp")))
                for o in c.children if o.dep_ in ("dobj", "nsubj")):
            return True
    for tok in head.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "into", "against"):
            if any(t.lemma_.lower() in nouns for t in (tok, *tok.conjuncts, *_of_objects(tok))):
                return True
    return False


def crowd_charged(head: Token, lex: CodingLexicon) -> bool:
    """ "riot police moved on the crowd with water cannon, pepper spray and plastic bullets": a
    crowd charged with riot-control means (assembly.yaml `riot_control_means`)."""
    means = tuple(lex.assembly.get("riot_control_means", ()) or ())
    nouns = _crowd_nouns(lex) | set(lex.assembly.get("riot_control_targets", ()) or ())
    aimed = protester_target(head, lex) or any(  # ("moved on the crowd outside city hall": "crowd" read as a modifier)
        t.lemma_.lower() in nouns for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "into", "at")
        for t in p.subtree)
    return aimed and any(_phrase_has(g, means) for t in head.subtree if t.dep_ == "prep"
                                               and t.lower_ == "with" for g in t.children)  # ("with" hung anywhere)


def _of_objects(tok: Token) -> list[Token]:
    """The objects of the noun's "of" ("thousands of protesters": protesters)."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def bodies(head: Token, lex: CodingLexicon) -> bool:
    """ "the bodies of five men were dumped beside a road": bodies left by killers; "residents
    found three bodies beside a road": bodies found, not remains exhumed from a grave of an older
    crime (assembly.yaml `found_remains_words`)."""
    words = set(lex.assembly.get("body_nouns", ()) or ())
    if head.lemma_.lower() in ("find", "discover"):
        old = set(lex.assembly.get("found_remains_words", ()) or ())
        if any(t.lemma_.lower() in old or t.lower_ in old for t in head.sent):
            return False
        words -= old
    across = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "across" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in words for o in head.children if o.dep_ in ("dobj", "nsubjpass")) or any(
        o.lemma_.lower() in words for o in across)  # ("passers-by came across the bodies of a young man")


STAYING = frozenset({"stay", "live", "shelter", "settle"})
SHELTERS = frozenset({"site", "camp", "school", "church", "mosque", "shelter", "centre", "center", "compound", "gymnasium",
                      "stadium", "hall"})


def sheltering(head: Token, lex: CodingLexicon) -> bool:
    """ "An estimated 66,000 people are now sheltering in 56 sites": a count of people staying in
    displacement sites, schools or churches (not "residents sheltered in basements")."""
    where = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prt" and c.lower_ in ("in", "at") for c in head.children):  # ("sheltering in" read as a particle)
        where += [c for c in head.children if c.dep_ == "dobj"]
    return _counted_people(head, lex, among_people=False) and any(g.lemma_.lower() in SHELTERS for g in where)


def departures(head: Token, lex: CodingLexicon) -> bool:
    """ "some 7,500 people had left Sarmin, Ariha and nearby villages", "about 150 people left for the
    municipal seat", "200 residents relocated to the protected kraal": a count of people leaving a
    place, or for one (`arrival_nouns`; troops leaving a town are a withdrawal)."""
    places = [c for c in head.children if c.dep_ == "dobj"] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for g in c.children if g.dep_ == "pobj"]
    # "about 60 people have left to stay with relatives in Tocoa": where the purpose takes them
    places += [g for v in head.children if v.dep_ in ("advcl", "xcomp") and v.lemma_.lower() in STAYING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
               for c in v.children if c.dep_ == "prep" and c.lower_ in ("with", "in", "at") for g in c.children if g.dep_ == "pobj"]
    return _counted_people(head, lex, among_people=False) and any(
        is_place_like(t, lex) or is_named_place(t, lex) for c in places  # ("the protected kraal at Nadunget")
        for t in (c, *(g for g in c.subtree if g.dep_ == "pobj" and g.head.head.i == c.i)))


def rival_sides(head: Token, lex: CodingLexicon) -> bool:
    """Two groups of people fight each other: "Herders and farmers clashed", "rival gangs
    clashed", "workers brawled with security guards" (assembly.yaml `rival_nouns`); not "fought
    the blaze" (an object), not "ministers clashed over the budget" (no such nouns)."""
    each_other = any(t.lower_ in ("other", "another") and t.i > head.i and t.head.i in (head.i, *(
        c.i for c in head.children if c.dep_ == "prep")) for t in head.subtree)  # "fought each other"
    blows = lex.assembly.get("exchanged_blows", ())  # ("traded punches": the phrase's own object)
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in blows for c in head.children) and not each_other:
        return False
    rivals = frozenset(lex.assembly.get("rival_nouns", ()))
    subj = _subjects(head)
    if not subj and head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") and head.head.pos_ in ("NOUN", "PROPN"):
        subj = hanging_nouns(head)  # "Workers brawled with guards" read as a reduced relative
    sides = [n for n in subj if n.lemma_.lower() in rivals or n.lower_ in rivals]
    if not sides:
        return False
    partners = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    partners += [c for p in partners for c in p.conjuncts]
    if each_other or any(p.lemma_.lower() in rivals or is_person_like(p, lex) for p in partners):
        return True  # "workers brawled with security guards", "rival clans fought one another"
    if partners:
        return False  # "residents clashed with the plan", "fans fought with their tears"
    plural = [n for n in sides if n.tag_ in ("NNS", "NNPS") or n.lemma_.lower() in ("group", "community", "clan")]
    return len({n.lemma_.lower() for n in sides}) >= 2 or any(
        c.dep_ == "amod" and c.lower_ in ("rival", "opposing", "two", "both") or c.dep_ == "nummod"
        for n in plural for c in n.children)


def no_people_object(head: Token, lex: CodingLexicon) -> bool:
    """ "intercepted two drones", not "migrants were intercepted at sea"."""
    return not any(is_person_like(o, lex) for o in _objects(head))


# triggers.yaml `needs:` checked by this module (triggers.needs_met)
def people_object(head: Token, lex: CodingLexicon) -> bool:
    """ "freed 40 hostages", "released the detainees", not "released a video of fighters training"
    (the object itself, or the people an "of" after a count names, must be people)."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and head.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.head.children):
        objs = [c for c in head.head.children if c.dep_ == "nsubjpass"]  # "were dragged out and beaten to death"
    collectives = QUANTITY_NOUNS | frozenset(lex.assembly.get("people_collectives", ()))  # "a column of farmers"
    return any(is_person_like(o, lex) or (o.lemma_.lower() in collectives and any(
        is_person_like(g, lex) for g in _objects(head) if g.i != o.i)) or o.pos_ == "PRON" or o.like_num
        for o in objs + [c for o in objs for c in o.conjuncts])


def title_object(head: Token, lex: CodingLexicon) -> bool:
    """ "captured a 33rd Front commander": one person, named by a title (assembly.yaml
    `captured_titles`), taken; not "captured 12 soldiers" (a battle's prisoners) nor a town."""
    titles = lex.assembly.get("captured_titles", ())
    return any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NN" and c.lemma_.lower() in titles for c in head.children)


def no_opinion(head: Token, lex: CodingLexicon) -> bool:
    """ "agreed to a ceasefire", "agreed to withdraw", not "both guests agreed that Ankara is likely
    to ..." (agreeing with a view is no agreement)."""
    return not any(c.dep_ == "ccomp" for c in head.children)


def _listed(dep: str, key: str):
    """A need met by a subject (`dep`) listed under assembly.yaml `key`: "barrel bombs fell on the
    town" (`munition_nouns`), "a drone slammed into the tanker" (`impact_nouns`), "215 rockets were
    fired from Lebanon" (`fired_munitions`, a passive's subject)."""
    def met(head: Token, lex: CodingLexicon) -> bool:
        listed = lex.assembly.get(key, ())  # ("Rockets were fired", the capital read as a name: its lemma unchanged)
        owners = (head, head.head) if head.dep_ == "xcomp" else (head,)  # "Shells began landing in the town"
        return any(c.dep_ == dep and (c.lemma_.lower() in listed or c.lower_.removesuffix("s") in listed)
                   for o in owners for c in o.children)
    return met


def hostage_word(head: Token, lex: CodingLexicon) -> bool:
    """ "holding more than 170 guards and administrative staff hostage": the word anywhere in the
    verb's object (the small model hangs it as a conjunct or an adverb)."""
    return any(t.lower_ in lex.assembly.get("hostage_words", ()) and t.dep_ != "nsubj" for c in head.children
               if c.dep_ in ("dobj", "oprd", "npadvmod", "advmod", "advcl", "conj", "attr") for t in c.subtree)


NEEDS = {"munition_subject": _listed("nsubj", "munition_nouns"), "impact_subject": _listed("nsubj", "impact_nouns"),
         "fired_munition": _listed("nsubjpass", "fired_munitions"), "fired_shot": _listed("nsubjpass", "fired_shots"), "hostage_word": hostage_word,
         "no_opinion": no_opinion, "title_object": title_object, "people_object": people_object, "arrivals": arrivals,
         "departures": departures, "sheltering": sheltering, "no_departures": lambda head, lex: not departures(head, lex), "taken_from": taken_from, "force_object": force_object,
         "protester_object": protester_object, "demanding_blockade": demanding_blockade, "protester_target": protester_target, "barricaded_way": barricaded_way, "people_evacuated": people_evacuated, "pushed_across": pushed_across, "bodies": bodies, "set_afire": set_afire, "met_with_force": met_with_force, "armed_seizer": armed_seizer,
         "no_people_object": no_people_object, "crowd_charged": crowd_charged, "demanding_gathering": demanding_gathering, "inquiry_object": inquiry_object, "rival_sides": rival_sides,
         "engaged_armed": engaged_armed, "procession_object": _listed("dobj", "procession_nouns"),
         "procession_subject": _listed("nsubjpass", "procession_nouns")}

from .trigger_needs_acts import NEEDS_ACTS  # noqa: E402  (conditions of acts kept apart; that module reads this one)

NEEDS.update(NEEDS_ACTS)

from .trigger_needs_crowds import NEEDS_CROWDS  # noqa: E402

NEEDS.update(NEEDS_CROWDS)
