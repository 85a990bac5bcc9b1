"""Modality of an event mention: did it happen (asserted/reported), or is it hypothetical,
recommended, future or negated?  (docs/modality.md)

From the trigger, climb the dependency tree to the root of its sentence, reading on every
node its modal auxiliaries ("would cause", "ought to reach", "will resume"), negation, a
conditional mark ("if they fail to withdraw"), and whether the node itself is a head that
makes its complement unreal ("effort to destroy", "threatening military action", "risk of
confrontation").  The first cue met wins, as it is the closest to the trigger.  The climb
stops at a relative clause (its own modality) and at the complement of a verb of saying,
which makes a factual event "reported".
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .asides import misread_aside
from .clauses import fact_after, past_finite, temporal_fact
from .lexicon import CodingLexicon
from .verification import contradicted, nobody, speech_unverified, unverified_predicate
from .modality_frames import historical as _historical, imperative as _imperative, long_span as _long_span, perfect_habit

CLIMB_THROUGH_IRREALIS = {"xcomp", "acl", "pobj", "prep", "dobj", "advcl", "ccomp", "nsubj",
                          "nsubjpass", "attr", "conj", "compound", "amod", "pcomp", "acomp"}
FACTUAL = ("asserted", "reported", "historical")


@dataclass(frozen=True)
class Modality:
    value: str  # asserted | reported | hypothetical | recommended | future | negated
    cue: str | None = None


FINITE = ("VBD", "VBZ")  # VBP is left out: the tagger gives it to bare verbs too ("to demoralise and uproot")


def finite_conj(tok: Token) -> bool:
    """A finite verb coordinated with the verb above it: a statement of its own.  So is a past
    verb the parse hangs as an unmarked adverbial clause in a list of acts ("Gunmen stopped two
    vehicles, abducted a dozen passengers and shot dead a driver")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBD" and tok.head.tag_ == "VBD" and tok.i > tok.head.i and not any(
            c.dep_ in ("mark", "aux", "auxpass", "advmod") for c in tok.children) and tok.left_edge.i > 0 \
            and tok.doc[tok.left_edge.i - 1].text == ",":
        return True
    return tok.dep_ == "conj" and tok.tag_ in FINITE and tok.head.pos_ in ("VERB", "AUX")


def _infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _inverted_conditional(tok: Token, lex: CodingLexicon) -> bool:
    """ "Should Assad greenlight ...": a sentence-initial modal before its subject."""
    sent = tok.sent
    words = [t for t in sent if not t.is_punct][:2]
    opener = next((t for t in words if t.lower_ in lex.modality["inverted_conditionals"]), None)
    if opener is not None and opener.lower_ == "were" and any(  # "Were Egyptian troops to cross into Libya, ..."
            t.lower_ == "to" and t.dep_ == "aux" for t in sent[opener.i - sent.start + 1:opener.i - sent.start + 7]):
        return True
    return bool(opener and opener.dep_ in ("aux", "auxpass") and opener.i < opener.head.i
                and any(c.dep_.startswith("nsubj") and c.i > opener.i for c in opener.head.children))


def _purpose_of_having(node: Token) -> bool:
    """ "has 19,000 troops in Somalia to help the army fight": "have" with an object, and the
    infinitive is its purpose ("had to retreat", with no object, is an obligation met)."""
    return node.lemma_.lower() == "have" and node.pos_ == "VERB" and any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("until", "till")) for c in node.children)
    # ("had until the end of February to pull back": a deadline, not an obligation met)


def _implied_object(node: Token, heads) -> bool:
    """ "prompted about 350 residents of X and two neighbouring communities to flee": the parser
    hangs the infinitive on a noun of the implicative verb's object, which did it."""
    for _ in range(6):
        if node.dep_ not in ("conj", "pobj", "prep", "appos"):
            break
        node = node.head
    return node.pos_ in ("NOUN", "PROPN", "PRON") and node.dep_ == "dobj" and node.head.lemma_.lower() in heads and node.head.lemma_.lower() != "have"


COPULAS = frozenset({"be", "appear", "seem", "look", "remain"})  # "an assault appears imminent"


def _done(node: Token, came_from: Token | None, mod: dict) -> bool:
    """The infinitive `came_from` under `node` did happen: a dispersal as the purpose of a police
    action ("fired tear gas to disperse"), an attack tried in the past ("tried to storm")."""
    if came_from is None or came_from.dep_ not in ("advcl", "xcomp"):
        return False
    act = came_from.lemma_.lower()
    particle = next((c.lower_ for c in came_from.children if c.dep_ == "prt"), None)
    if act in mod.get("accomplished_purposes", ()) or (particle and f"{act} {particle}" in mod.get("accomplished_purposes", ())):
        return True  # ("fired tear gas to break up a march")
    back = next((c.lower_ for c in came_from.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"), None)
    if node.lemma_.lower() == "fire" and back and f"{act} {back}" in mod.get("fired_purposes", ()):
        return True  # "fired warning shots into the air to push back protesters"
    if node.tag_ == "VBD" and node.lemma_.lower() in mod.get("intervening_heads", ()) and act in mod.get("intervening_purposes", ()):
        return True  # "police moved to stop an unlawful march": the move was the intervention
    if came_from.dep_ == "advcl" and node.tag_ == "VBD" and act in mod.get("protest_purposes", ()):
        return True  # "blocked the highway on Monday to protest against kidnappings": the blockade was the protest
    if (came_from.dep_ == "advcl" and node.tag_ == "VBD" and act in mod.get("reinforcing_purposes", ())
            and node.lemma_.lower() in mod.get("arrival_heads", ())):
        return True  # "300 agents landed in Fortaleza this afternoon to reinforce the police": arriving is reinforcing
    tried = mod.get("attempted_acts", ())
    way = any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in came_from.children)  # ("tried to force its way in")
    return (node.lemma_.lower() in mod.get("attempt_heads", ()) and node.tag_ in ("VBD", "VBN")
            and (act in tried or (particle is not None and f"{act} {particle}" in tried)
                 or (way and f"{act} way" in tried)))  # ("tried to break through")


def _node_cue(node: Token, lex: CodingLexicon, came_from: Token | None) -> Modality | None:
    mod = lex.modality
    if came_from is not None and node.dep_ == "prep" and node.lower_ in mod.get("privative_preps", ()) \
            and came_from.dep_ in ("pcomp", "pobj"):
        return Modality("negated", node.text)  # "reached Bamako without being attacked"
    if came_from is not None and came_from.dep_ in ("acl", "relcl") and node.lemma_.lower() in mod.get(
            "conditional_nouns", ()) and node.head.lower_ == "in":
        return Modality("hypothetical", f"in {node.text}")  # "in case they have to flee", "in the event that"
    done = _done(node, came_from, mod)
    for child in node.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low == "never"):
            return Modality("negated", child.text)
        if child.dep_ in ("aux", "auxpass") and low in mod["modals"]:
            return Modality(mod["modals"][low], child.text)
        if child.dep_ == "advmod" and low == "yet" and came_from is not None and came_from.dep_ == "xcomp":
            return Modality("negated", "yet to")
        if child.dep_ == "mark" and low in mod["conditional_marks"] and (node.dep_ == "advcl" or low == "whether"):
            return Modality("hypothetical", child.text)
        if child.dep_ == "det" and low == "no" and came_from is None:
            return Modality("negated", child.text)
        subjectless_conj = came_from is not None and came_from.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in came_from.children)  # "no ship had been hit or damaged"
        if (came_from is None or subjectless_conj) and child.dep_ in ("nsubj", "nsubjpass") and (nobody(child) or any(
                d.dep_ == "det" and d.lower_ == "no" for d in child.children)):
            return Modality("negated", child.text)  # "..., but no one was injured", "no soldiers were kidnapped"
    if came_from is not None and came_from.dep_ in ("ccomp", "parataxis") and node.lemma_ in COPULAS and any(
            c.dep_ == "attr" and c.lemma_.lower() in mod["irrealis_heads"].get("hypothetical", ()) for c in node.children):
        return Modality("hypothetical", "scenario")  # "The third is the scenario ...: forces rolling on towards Mandalay"
    if came_from is not None and came_from.dep_ == "ccomp" and node.lemma_ in COPULAS:
        habit = next((t.text for c in node.children if c.dep_ == "csubj" for t in c.subtree
                      if t.lower_ in mod.get("habitual_adverbs", ())), None)
        if habit:  # "What usually happens is that the aircraft circle back after the first strike"
            return Modality("hypothetical", habit)
    if came_from is not None and came_from.dep_ in ("nsubj", "nsubjpass") and node.lemma_ in COPULAS:
        for child in node.children:  # "the offensive is likely to resume", "an assault is imminent"
            if child.dep_ in ("acomp", "oprd"):
                for value, heads in mod["irrealis_heads"].items():
                    if child.lemma_.lower() in heads:
                        return Modality(value, child.text)
                if child.lower_ in mod.get("future_predicates", ()):  # "a ceasefire is due to start on August 3"
                    return Modality("future", child.text)
    if node.dep_ in ("csubj", "csubjpass"):
        return Modality("hypothetical", "clausal subject")
    if came_from is not None and came_from.dep_ in CLIMB_THROUGH_IRREALIS and not finite_conj(came_from) and not done \
            and not (came_from.dep_ == "conj" and came_from.pos_ == node.pos_ == "VERB"):
        # (nor a verb beside it: "stopping buses, beating passengers and pushing cars into the lake")
        # (a finite verb coordinated with an irrealis verb is its own statement: "rejected the truce and attacked")
        lemma = node.lemma_.lower()
        nominal = node.pos_ == "VERB" and (lemma in mod.get("nominal_irrealis", ()) or any(
            c.dep_ == "prt" and c.lower_ == "off" for c in node.children))  # (and "set off five days of battles")
        for value, heads in () if nominal else mod["irrealis_heads"].items():
            if value in ("negated", "recommended") and came_from.dep_ == "nsubj" and node.pos_ == "VERB":
                continue  # a stop stops its object, not its subject: "a ceasefire halted the offensive";
                # a demand asks for its object: "hundreds protested ... and demanded his resignation"
            if (lemma in heads or node.lower_ in heads) and not any(
                    c.dep_ == "oprd" or (c.dep_ == "dobj" and c.lemma_.lower() in mod.get("pursued_objects", ())
                                         and value != "hypothetical")  # ("feared a revenge raid": no raid yet)
                    for c in node.children):
                return Modality(value, node.text)  # (not a naming, "Bamako calls them mercenaries", nor an
                # operation pursued, "ground forces pressed operations in Khan Younis")
    if (came_from is not None and came_from.dep_ in ("advcl", "acl", "xcomp") and not done
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children)
            and not _implied_object(node, mod["implicative_heads"])
            and not _perfect_report(node, came_from, mod)
            and (node.lemma_.lower() not in mod["implicative_heads"] or _purpose_of_having(node)
                 or (node.lemma_ == "be" and came_from.dep_ in ("advcl", "xcomp")))):  # "an inquiry was under way to arrest"
        return Modality("hypothetical", f"to {came_from.text}")
    granted = mod.get("permission_nouns", ())
    if came_from is not None and node.lemma_.lower() in mod["implicative_heads"] and (
            (node.dep_ == "acl" and node.head.lemma_.lower() in granted)  # "a law allowing the army to detain"
            or (any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children)  # "the decree allows police to detain"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in granted and c.lower_ != "authorities"  # (officials)
                        for c in node.children))):
        return Modality("hypothetical", f"{node.head.text if node.dep_ == 'acl' else 'grants'} {node.text}")
    return None


def _perfect_report(node: Token, came_from: Token, mod: dict) -> bool:
    """ "64 people are now known to have died", "he is said to have fired first": a passive report
    verb over a perfect infinitive reports a past act (modality.yaml `perfect_report_heads`; "is said
    to have walked in" with the participle tagged as a past tense, the small model's slip)."""
    return (came_from.tag_ in ("VBN", "VBD") and any(c.dep_ == "aux" and c.lower_ == "have" for c in came_from.children)
            and any(c.dep_ == "auxpass" for c in node.children) and node.lemma_.lower() in mod.get("perfect_report_heads", ()))


def _habitual(trigger: Token, lex: CodingLexicon) -> str | None:
    """A present-tense verb told as a habit or a policy ("insists its forces only target armed
    groups", "rebels say the army routinely shells the town"): no one event.  Headlines ("Gunmen
    kill 24") are present tense too, so the verb needs a habit word or a present-tense speaker."""
    if trigger.tag_ == "VBD" and not any(e.label_ in ("DATE", "TIME") for e in trigger.sent.ents):
        past_habit = set(lex.modality.get("past_habit_adverbs", ()))  # "forces often hit the same spot twice"
        cue = next((c.text for c in trigger.children if c.dep_ == "advmod" and c.lower_ in past_habit), None)
        if cue:
            return cue
    present = trigger.tag_ in ("VBP", "VBZ") or (  # "its forces only target": tagged VB, with a subject
        trigger.tag_ == "VB" and any(c.dep_ == "nsubj" for c in trigger.children)) or (
        trigger.tag_ == "VB" and trigger.dep_ == "conj" and trigger.head.tag_ in ("VBP", "VBZ"))  # "roam ... and shoot"
    if not present or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    words = set(lex.modality.get("habitual_adverbs", ()))
    cue = next((c.text for c in trigger.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in words), None)
    if cue:
        return cue
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ in ("VBP", "VBZ", "VB"):
        first = first.head  # "say armed men roam the city and shoot at anyone": the first verb's frame
    head = first.head
    if first.dep_ == "ccomp" and head.tag_ in ("VBP", "VBZ") and head.lemma_.lower() in lex.modality["reporting_verbs"] \
            and not any(t.like_num for t in (*trigger.subtree, *trigger.doc[trigger.i + 1:trigger.i + 5])):
        # ("a drone strike kills at least 40 people, volunteers say": news, however the count is parsed)
        return f"{head.text} (present)"
    return None


def subject_participle(node: Token) -> bool:
    """A bare past participle on a subject (no subject, auxiliary or "that" of its own): "a corporal,
    abducted near Arroyito in 2014, has never been found" (not "reports that two herders had been
    abducted were dismissed"): the subject's past, which a negated main verb does not deny."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and node.head.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children)


def semicolon_apart(node: Token) -> bool:
    """A clause with its own subject that a semicolon parts from the verb the parser hangs it on
    ("Witnesses said police shot three men; the force denied any wrongdoing")."""
    return (node.dep_ in ("ccomp", "parataxis") and node.i < node.head.i
            and any(t.text == ";" for t in node.doc[node.right_edge.i + 1:node.head.i])
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))


def _contrasted(node: Token) -> bool:
    """A clause joined by "but" with a subject of its own tells its own fact: "The army did not
    confirm losing the post, but JNIM fighters overran the camp"."""
    return (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.head.children))


def modality_of(trigger: Token, lex: CodingLexicon) -> Modality:
    """The modality of the event whose trigger is `trigger` (see the module docstring)."""
    if trigger.sent.text.rstrip().rstrip("\"'”’»)").endswith("?"):  # ('"How many more have to be shot ...?"')
        return Modality("hypothetical", "question")
    low = f" {trigger.sent.text.lower()} "
    doubt = next((p for p in lex.modality.get("doubt_phrases", ()) if f" {p}," in low or f" {p}." in low
                  or f" {p} " in low), None)
    if doubt:  # "did not say how many were detained, if any"
        return Modality("hypothetical", doubt)
    unverified = unverified_predicate(trigger.sent, lex)
    if unverified:  # (a side's claim of its own act stays its claim: events.py)
        return Modality("hypothetical", unverified)
    habit = _habitual(trigger, lex) or perfect_habit(trigger)
    if habit:
        return Modality("hypothetical", habit)
    if _inverted_conditional(trigger, lex):
        return Modality("hypothetical", trigger.sent[0].text)
    if _imperative(trigger):
        return Modality("recommended", "imperative")
    if _historical(trigger):
        return Modality("historical", "long")
    span = _long_span(trigger)
    if span:
        return Modality("historical", span)
    reporting = set(lex.modality["reporting_verbs"])
    marks = lex.modality.get("temporal_fact_marks", ())
    node, came_from = trigger, None
    for _ in range(40):  # a parse tree is never this deep; guards against cycles
        cue = _node_cue(node, lex, came_from)
        if cue is not None:
            return cue
        if came_from is not None and subject_participle(came_from) and any(c.dep_ == "neg" for c in node.head.children):
            break  # "A sergeant, abducted in July 2014, has never been found": the participle's act happened
        if node.dep_ == "relcl" and _infinitive(node) and node.lemma_.lower() not in lex.modality["implicative_heads"] \
                and not _implied_object(node.head, lex.modality["implicative_heads"]):
            return Modality("hypothetical", f"to {node.text}")  # "a way to demoralise and uproot": a purpose
        if node.dep_ == "relcl" or node.head.i == node.i:
            break
        if semicolon_apart(node):
            break  # "A man was shot dead in Khorog; police blamed a feud, a version his family rejects"
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in reporting:
            noun = misread_aside(node)  # "M23 rebels, whom UN experts say Rwanda backs, pushed into Goma"
            if noun is not None:
                node, came_from = noun, node.head
                continue
            withheld = speech_unverified(node.head, lex) or contradicted(node.head, lex) or contradicted(node, lex)
            return Modality("hypothetical", withheld) if withheld else Modality("reported", node.head.text)
        if node.dep_ == "dobj" and node.head.lemma_.lower() in reporting and (denial := contradicted(node.head, lex)):
            return Modality("hypothetical", denial)  # "channels reported a drone attack, but officials recorded no incident"
        if _contrasted(node):
            break  # "A drone hit his house on Saturday; he was not at home": a statement of its own
        if node.dep_ == "advcl" and past_finite(node) and temporal_fact(node, marks):
            break  # "fear the toll could rise after an air strike killed 12": the strike happened
        if fact_after(node, came_from, marks):
            break
        if finite_conj(node) and _infinitive(node.head) and node.head.head.i != node.head.i:
            # "refused to withdraw and shelled the posts": the parse hangs "shelled" on "withdraw",
            # but a finite verb is coordinated with the verb above the infinitive
            node, came_from = node.head.head, node
            continue
        node, came_from = node.head, node
    return Modality("asserted")
