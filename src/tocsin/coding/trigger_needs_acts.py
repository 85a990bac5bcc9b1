"""Conditions of triggers for acts the twenty-third and twenty-fourth rounds found (triggers.yaml
`needs:`, checked by triggers.needs_met through trigger_needs.NEEDS): a vehicle held up by armed
men or at gunpoint, people taken away, a crowd storming a building, a monument pulled down, a
charge run over, people run over, a post of forces opened."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .trigger_needs import SHELTERS, _objects, _of_objects, _phrase_has, _preps
from .triggers import _subjects, is_person_like


def held_at_gunpoint(head: Token, lex: CodingLexicon) -> bool:
    """ "a humanitarian vehicle was stopped at gunpoint": a vehicle held up, whoever held it."""
    return vehicle_object(head, lex) and any(
        p.lower_ == "at" and any(g.lower_ == "gunpoint" for g in p.children) for p in head.children)


def people_taken_away(head: Token, lex: CodingLexicon) -> bool:
    """ "about 20 others were taken away in army trucks", "took away at least 20 young men": people
    led off ("away" on the verb), not things ("took away the bodies")."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in head.children) and any(
        is_person_like(o, lex) or o.lemma_.lower() in ("other", "others", "man", "men") or o.pos_ == "PRON"
        for o in _objects(head)) and not any(o.lemma_.lower() in ("body", "corpse", "remains") for o in _objects(head))


def vehicle_object(head: Token, lex: CodingLexicon) -> bool:
    """ "gunmen stopped the Quetta express", "halted a bus": a vehicle as the object
    (assembly.yaml `stopped_vehicles`)."""
    words = lex.assembly.get("stopped_vehicles", ())
    if head.tag_ in ("VBP", "VBZ") or (head.tag_ == "VB" and any(c.dep_ == "nsubj" for c in head.children)
                                        and not any(c.dep_ == "aux" for c in head.children)):
        return False  # ("Gunmen stop his car at a fake checkpoint": a scenario or a habit told in the present)
    return any((o.lemma_.lower() in words or o.lower_ in words) and not (  # not "have stopped buses" (a practice)
        o.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children)) for o in _objects(head))


def crowd_subject(head: Token, lex: CodingLexicon) -> bool:
    """ "a crowd stormed the district jail", "thousands of protesters stormed the state Congress":
    a crowd as the subject (assembly.yaml `storming_crowds`)."""
    return _subject_in(head, lex.assembly.get("storming_crowds", ()))


def _subject_in(head: Token, words) -> bool:
    """The verb's subject, or the people its "of" counts, is one of `words`."""
    return any(t.lemma_.lower() in words or t.lower_ in words for t in _subject_nouns(head))


def _subject_nouns(head: Token):
    """The verb's subjects and the nouns their "of" counts ("thousands of protesters")."""
    return (t for s in _subjects(head) for t in (s, *_of_objects(s)))


def security_subject(head: Token, lex: CodingLexicon) -> bool:
    """ "the Republican Guard stormed the opposition's headquarters", "riot police stormed a hostel":
    security forces as the subject (assembly.yaml `riot_control_forces`, triggers.yaml `force_nouns`)."""
    return _subject_in(head, {*lex.assembly.get("riot_control_forces", ()), *lex.force_nouns})


def no_unrest_subject(head: Token, lex: CodingLexicon) -> bool:
    """Not "The riots hit the same suburbs" (assembly.yaml `unrest_subjects`): unrest that struck a place."""
    return not _subject_in(head, lex.assembly.get("unrest_subjects", ()))


def people_subject(head: Token, lex: CodingLexicon) -> bool:
    """ "hundreds of farmers are sitting on the road": people in the plural as the subject (not "the
    town sits on the highway")."""
    return any(t.tag_ in ("NNS", "NNPS") and is_person_like(t, lex) for t in _subject_nouns(head))


def monument_object(head: Token, lex: CodingLexicon) -> bool:
    """ "toppled a statue of Hugo Chavez": a monument pulled down (assembly.yaml `monument_nouns`)."""
    return any(o.lemma_.lower() in lex.assembly.get("monument_nouns", ()) for o in _objects(head))


def explosive_run_over(head: Token, lex: CodingLexicon) -> bool:
    """ "a minibus ran over an explosive device", "stepped on a landmine": a charge set off."""
    return any(_phrase_has(o, ("explosive device", "device", "mine", "landmine", "land mine", "ied", "bomb"))
               for o in _objects(head) + _preps(head, "over") + _preps(head, "on"))


def charge_subject(head: Token, lex: CodingLexicon) -> bool:
    """ "explosive charges wrecked three villas", "a car bomb destroyed the checkpoint": an
    explosive as the subject (assembly.yaml `wrecking_charges`), not "a court charge destroyed
    his career" nor "the storm damaged roofs"."""
    words = lex.assembly.get("wrecking_charges", ())
    return any(_phrase_has(s, words) for s in _subjects(head))


def people_run_over(head: Token, lex: CodingLexicon) -> bool:
    """ "a police vehicle ran over a young man", "mowed down worshippers": people as the object
    (or the object of "over", as the parser often reads it)."""
    return any(is_person_like(o, lex) or o.pos_ == "PRON" for o in _objects(head) + _preps(head, "over"))


def base_object(head: Token, lex: CodingLexicon) -> bool:
    """ "opened a new security camp at Kutul", "set up a forward operating base": a post of
    armed forces, named as one (assembly.yaml `base_nouns`, `base_modifiers`) or set up by them."""
    nouns, mods = lex.assembly.get("base_nouns", {}), lex.assembly.get("base_modifiers", ())
    subjects = [c for c in _subjects(head) if c.dep_ == "nsubj"]  # (a conjunct's: "raised berms and set up points")
    if not subjects:
        return False  # ("Checkpoints were set up to prevent infiltration": a measure, told without who took it)
    forces = any(c.lemma_.lower() in lex.force_nouns or c.lower_ in ("police", "army", "military") for c in subjects)
    for o in _objects(head):
        kind = nouns.get(o.lemma_.lower())
        if kind == "post" or (kind == "named" and (forces or any(
                c.dep_ in ("compound", "amod") and c.lower_ in mods for c in o.children))):
            return True
    return False


def fire_opened(head: Token, lex: CodingLexicon) -> bool:
    """ "opened artillery, mortar and drone fire on Armenian positions": the fire a verb of
    opening or returning takes as its object (the parser may hang it on the first weapon named),
    with its kind named and a target ("on"/"at"); "opened fire on" itself is the battle verb's."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    opener = first.head
    kinds = first is not head or any(c.dep_ in ("amod", "compound") for c in head.children)
    return (first.dep_ == "dobj" and opener.lemma_.lower() in lex.assembly.get("fire_openers", ()) and kinds
            and any(p.dep_ == "prep" and p.lower_ in ("on", "at", "upon")
                    for p in (*head.children, *first.children, *opener.children)))


def _listed_objects(head: Token, words) -> bool:
    return any(o.lemma_.lower() in words or o.lower_ in words for o in _objects(head))


def weapon_object(head: Token, lex: CodingLexicon) -> bool:
    """ "soldiers seized at least 18 pistols, a submachine gun and two grenades" (assembly.yaml
    `seized_weapons`)."""
    return _listed_objects(head, lex.assembly.get("seized_weapons", ()))


def livestock_object(head: Token, lex: CodingLexicon) -> bool:
    """ "armed men drove off 1,200 cattle from the camps" (assembly.yaml `livestock_nouns`)."""
    return _listed_objects(head, lex.assembly.get("livestock_nouns", ()))


def people_moved_out(head: Token, lex: CodingLexicon) -> bool:
    """ "authorities moved about 1,200 residents out of Jermuk": people moved out of a place."""
    out = any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in head.children)
    return out and any(is_person_like(o, lex) for o in _objects(head))


def fired_times(head: Token, lex: CodingLexicon) -> bool:
    """ "pointed a pistol at him and fired three times", "fired two shots": a shooting told by its
    count (an active verb: "he was fired" is a dismissal)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return False
    return any((c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() in ("time", "shot", "round")
                and any(d.like_num for d in c.children)) for c in head.children)


def infrastructure_object(head: Token, lex: CodingLexicon) -> bool:
    """ "bulldozers ripped up the main road into the camp and a string of alleys": a way or a
    network as the object or the passive's subject (assembly.yaml `infrastructure_objects`)."""
    words = lex.assembly.get("infrastructure_objects", ()) or ()
    return any(_phrase_has(o, words) for o in _objects(head))


def weapon_wounds(head: Token, lex: CodingLexicon) -> bool:
    """ "died of bullet wounds", "succumbed to gunshot injuries": the cause of death a weapon's
    (assembly.yaml `weapon_wounds`)."""
    words = lex.assembly.get("weapon_wounds", ()) or ()
    return any(_phrase_has(g, words) for w in ("of", "from", "to") for g in _preps(head, w))


def left_dead(head: Token, lex: CodingLexicon) -> bool:
    """ "a police operation there left eight suspects dead", "the ambush left 12 soldiers dead": an
    act of violence (assembly.yaml `deadly_act_nouns`; not a storm or a crash) leaving the dead."""
    acts = lex.assembly.get("deadly_act_nouns", ()) or ()
    return any(s.lemma_.lower() in acts for s in _subjects(head)) and any(
        d.lower_ == "dead" for d in (*head.children, *(t for o in _objects(head) for t in o.subtree))) and any(
        o.like_num or any(c.like_num for c in o.children) for o in _objects(head)) and not any(
        c.dep_ in ("nsubjpass", "auxpass") for c in head.children)


def person_captured(head: Token, lex: CodingLexicon) -> bool:
    """ "a fourth attacker was captured alive by the troops", "the driver ... was captured with gunshot
    wounds after a police chase": a person taken by force in the passive, or anyone captured alive;
    not soldiers or fighters captured (a battle's prisoners) nor a town."""
    subjects = [head.head if s.lower_ in ("who", "that") and head.dep_ == "relcl" else s
                for s in head.children if s.dep_ in ("nsubjpass", "dobj")]
    if any(s.lemma_.lower() in lex.force_nouns for s in subjects):
        return False  # ("two soldiers were captured alive by the rebels": a battle's prisoners)
    if any(c.lower_ == "alive" for c in head.children):
        return True
    return any(c.dep_ == "auxpass" for c in head.children) and any(is_person_like(s, lex) for s in subjects)


def specific_subject(head: Token, lex: CodingLexicon) -> bool:
    """A subject that is no one in general: not "any soldier caught abusing civilians"."""
    return not any(d.dep_ == "det" and d.lower_ in ("any", "every", "no") for c in head.children
                   if c.dep_ in ("nsubj", "nsubjpass") for d in c.children)


def held_in_custody(head: Token, lex: CodingLexicon) -> bool:
    """ "733 students were being held at the police headquarters for questioning": people held in the
    passive at a place of detention or for questioning (assembly.yaml `detention_places`), not
    "talks were held", "a rally was held at the stadium"; or held by the police on a charge ("police
    were holding more than 80 people on arson charges": `detention_grounds`)."""
    places = set(lex.assembly.get("detention_places", ()) or ())
    if not any(c.dep_ == "auxpass" for c in head.children):
        grounds = set(lex.assembly.get("detention_grounds", ()) or ())
        holders = set(lex.assembly.get("detention_holders", ()) or ())
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in holders for c in _subjects(head)) and any(
            is_person_like(o, lex) or o.like_num for o in _objects(head)) and any(
            g.lemma_.lower() in grounds for p in head.subtree if p.dep_ == "prep" and p.lower_ == "on"
            for g in p.subtree)  # ("on" hung on the people held, too)
    if not any(c.dep_ == "nsubjpass" and is_person_like(c, lex) for c in head.children):
        return False
    return any(p.lower_ in ("at", "in", "for") and any(g.lemma_.lower() in places for g in p.subtree if g.dep_ in ("pobj", "compound"))
               for p in head.children if p.dep_ == "prep")


def person_hurt(head: Token, lex: CodingLexicon) -> bool:
    """ "at least five people were hurt", "the blast hurt three soldiers": people hurt, not "the
    sanctions hurt the economy"."""
    hurt = [c for c in head.children if c.dep_ == "nsubjpass"] if any(c.dep_ == "auxpass" for c in head.children) \
        else _objects(head)
    return any(is_person_like(o, lex) or o.like_num or o.lemma_.lower() in ("other", "others") for o in hurt)


def raked_with_fire(head: Token, lex: CodingLexicon) -> bool:
    """ "raking them with machine-gun fire and grenades", "raked the convoy with gunfire": targets
    swept with fire (assembly.yaml `raking_fire`)."""
    words = lex.assembly.get("raking_fire", ()) or ()
    return any(t.lemma_.lower() in words for p in _preps(head, "with") for t in p.subtree)


def struck_by_fire(head: Token, lex: CodingLexicon) -> bool:
    """ "was struck by a stray bullet inside her home", "hit by sniper fire": a person hit by fire
    (assembly.yaml `striking_fire`), a shooting whoever fired."""
    words = lex.assembly.get("striking_fire", ()) or ()
    return any(t.lemma_.lower() in words for c in head.children if c.dep_ == "agent" for t in c.subtree) and any(
        is_person_like(c, lex) or c.pos_ in ("PRON", "PROPN") for c in head.children if c.dep_ == "nsubjpass")


def met_with_fire(head: Token, lex: CodingLexicon) -> bool:
    """ "police officers sent to recover the body were met with bursts of rifle fire": people met
    with fire (assembly.yaml `met_with_fire`), an attack on them whoever fired."""
    words = lex.assembly.get("met_with_fire", ()) or ()
    passive = any(c.dep_ == "auxpass" for c in head.children)
    met = [c for c in head.children if c.dep_ == "nsubjpass"] or (  # ("officers sent to ... were met with", parsed as a conjunct)
        [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")] if passive and head.dep_ == "conj" else [])
    return passive and any(t.lemma_.lower() in words for g in _preps(head, "with") for t in g.subtree) and any(
        is_person_like(c, lex) or c.pos_ in ("PRON", "PROPN") for c in met)


def looter_subject(head: Token, lex: CodingLexicon) -> bool:
    """ "looters stripped the supermarkets bare", "crowds carted off thousands of bottles": goods
    taken by looters or a crowd (assembly.yaml `looter_nouns`), not people carried off."""
    nouns = lex.assembly.get("looter_nouns", ()) or ()
    # (triggers._subjects climbs a conjunct to its subject: "crowds carted off ... and pulled the tyres off")
    agents = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    taken_by = any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in _subjects(head)) or any(
        g.lemma_.lower() in nouns for g in agents)  # ("shops being emptied by looters")
    return taken_by and not any(is_person_like(o, lex) for o in _objects(head))


def surrendered_into_custody(head: Token, lex: CodingLexicon) -> bool:
    """ "around 30 members of the group surrendered on Sunday and are in custody": a surrender that
    ends in custody is an arrest (the verb or a verb joined to it holds "custody"), as is people's
    surrender to the police or the security forces (assembly.yaml `surrender_holders`; fighters who
    surrender to an army change sides, tr.group_change)."""
    if any(t.lower_ == "custody" for v in (head, *head.conjuncts) for t in v.subtree):
        return True
    holders = lex.assembly.get("surrender_holders", ())  # "25 people surrendered to the security forces":
    return any(g.lemma_.lower() in holders for p in head.children if p.dep_ == "prep" and p.lower_ == "to"  # people
               for g in p.children if g.dep_ == "pobj") and any(is_person_like(s, lex) for s in _subjects(head))  # in hand


def gutted_by_fire(head: Token, lex: CodingLexicon) -> bool:
    """ "the store and the flats above it were gutted by fire", "gutted in a blaze": a passive
    "gut" whose agent or "in" phrase is a fire (assembly.yaml `gutting_fires`), not "gutted the law"."""
    fires = lex.assembly.get("gutting_fires", ()) or ()
    return any(c.dep_ == "auxpass" for c in head.children) and any(
        g.lemma_.lower() in fires for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")
        for g in c.subtree)


def people_seized(head: Token, lex: CodingLexicon) -> bool:
    """ "at least 16 people were seized in the streets", "he had been seized in Sulu in July": people
    seized in an agentless passive are taken (seized "by police" is an arrest, and suspects or
    prisoners seized are held: numbers.yaml arrested `nouns`)."""
    held = set(lex.numbers.get("figure_kinds", {}).get("arrested", {}).get("nouns", ()))
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return (any(c.dep_ == "auxpass" for c in head.children) and not _preps(head, "by") and bool(subjects)
            and all((is_person_like(s, lex) or s.pos_ == "PRON" or s.like_num) and not {s.lemma_.lower(), s.lower_} & held
                    for s in subjects))


def forced_into_shelter(head: Token, lex: CodingLexicon) -> bool:
    """ "the attack forced about 335 people into a makeshift shelter", "drove thousands into camps":
    a count of people made to take refuge (not "forced the rebels into a retreat")."""
    objs = [o for o in head.children if o.dep_ == "dobj"]
    counted = any(is_person_like(o, lex) and any(t.like_num for t in o.subtree) or o.like_num
                  or o.lower_ in ("thousands", "hundreds", "dozens") for o in objs)
    return counted and any(g.lemma_.lower() in SHELTERS or g.lower_ == "hiding"
                           for w in ("into", "to") for g in _preps(head, w))


def no_press_agent(head: Token, lex: CodingLexicon) -> bool:
    """ "ambushed by reporters", "ambushed with questions": not the press's or a debate's ambush."""
    words = set(lex.assembly.get("press_agents", ()))
    return not any(g.lemma_.lower() in words for w in ("by", "with") for g in _preps(head, w))


NEEDS_ACTS = {"gutted_by_fire": gutted_by_fire, "weapon_object": weapon_object, "livestock_object": livestock_object, "people_moved_out": people_moved_out,
              "fired_times": fired_times, "fire_opened": fire_opened, "held_at_gunpoint": held_at_gunpoint, "people_taken_away": people_taken_away,
              "vehicle_object": vehicle_object, "crowd_subject": crowd_subject, "security_subject": security_subject, "no_unrest_subject": no_unrest_subject, "people_subject": people_subject, "monument_object": monument_object,
              "explosive_run_over": explosive_run_over, "charge_subject": charge_subject, "people_run_over": people_run_over, "base_object": base_object,
              "infrastructure_object": infrastructure_object, "weapon_wounds": weapon_wounds,
              "left_dead": left_dead, "person_captured": person_captured,
              "raked_with_fire": raked_with_fire, "struck_by_fire": struck_by_fire,
              "met_with_fire": met_with_fire, "looter_subject": looter_subject, "held_in_custody": held_in_custody,
              "person_hurt": person_hurt, "surrendered_into_custody": surrendered_into_custody,
              "specific_subject": specific_subject, "people_seized": people_seized, "forced_into_shelter": forced_into_shelter,
              "no_press_agent": no_press_agent}
