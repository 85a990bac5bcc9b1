"""Finds event triggers (triggers.yaml) and instruments (instruments.yaml) in a parsed sentence."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .event_nouns import PERSON_TITLES, labour_strike, noun_is_event
from .lexicon import CodingLexicon, Trigger

MAX_GAP = 3  # words of a multi-word trigger may be this many tokens apart
NOMINAL_GERUND_DEPS = {"pcomp", "pobj", "amod", "compound", "csubj"}
NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "ROOT"}


def _counted(tok: Token) -> bool:
    """ "took dozens of them into custody": a count noun and the people its "of" names."""
    return (tok.lower_ in QUANTITY_NOUNS or ((tok.lower_ == "of" or tok.pos_ == "PRON") and tok.head.lower_ in QUANTITY_NOUNS)
            or (tok.pos_ == "PRON" and tok.head.lower_ == "of" and tok.head.head.lower_ in QUANTITY_NOUNS))


@dataclass(frozen=True)
class TriggerHit:
    head: Token
    tokens: tuple[Token, ...]
    trigger: Trigger

    @property
    def text(self) -> str:
        doc = self.head.doc
        return doc[self.tokens[0].i:self.tokens[-1].i + 1].text


_LABEL_ENDS = frozenset({":", "-", "–", "—"})


def _forms(tok: Token) -> tuple[str, ...]:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lower == "shot" and lemma == "shot":
        return ("shoot", "shot")  # ("a sniper shot dead a boy": "shot" read as a noun)
    if tok.pos_ == "PROPN" and lemma == lower and lower.endswith("s") and len(lower) > 4 and (
            tok.i == tok.sent.start or tok.nbor(-1).text in _LABEL_ENDS or tok.nbor(-1).text.endswith(":")):
        # a plural opening the sentence (or its text after a label) tagged as a name: "Drones
        # struck ...", "- QAMISHLI: Drones hit ..."
        return (lower[:-1], lower)
    return (lemma,) if lemma == lower else (lemma, lower)


def shot_dead(tok: Token) -> bool:
    """ "shot dead", which the tagger may read as a noun and an adjective ("A sniper shot dead a boy")."""
    return tok.lower_ == "shot" and tok.i + 1 < tok.sent.end and tok.nbor(1).lower_ == "dead"


def _match_rest(sent: Span, start: int, words: tuple[str, ...]) -> list[Token] | None:
    """Tokens matching words[1:] in order after sentence position `start` (a count between
    them does not widen the gap: "fired about 180 ballistic missiles")."""
    found: list[Token] = []
    pos = start
    for word in words[1:]:
        j, seen = pos + 1, 0
        while j < len(sent) and seen < MAX_GAP:
            if word in _forms(sent[j]):
                found.append(sent[j])
                pos = j
                break
            tok = sent[j]  # ("dropped at least eight barrel bombs", "fired a barrage of rockets": a count, an article)
            seen += not (tok.like_num or tok.tag_ == "HYPH" or tok.dep_ in ("quantmod", "nummod", "det", "poss", "case")
                         or tok.head.like_num or _counted(tok)
                         or (tok.head.head.like_num and tok.head.dep_ in ("quantmod", "advmod")))
            j += 1
        else:
            return None
    return found


def _arg_nouns(tok: Token) -> list[Token]:
    """Objects, subjects and prepositional objects of a predicate, with their conjuncts;
    for a relative clause ("towns ..., which the regime seized"), the noun it describes."""
    out = [tok.head] if tok.dep_ == "relcl" else []
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd"):
            out.append(child)
        elif child.dep_ in ("prep", "agent", "prt"):
            out.extend(g for g in child.children if g.dep_ == "pobj")
            if child.lower_ in ("out", "away"):  # "driven the militia out of Lalibela"
                out.extend(g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
    for noun in list(out):
        out.extend(noun.conjuncts)
        # "overran the ... Defence Forces (SSPDF) garrison": the parser's apposition is the same thing
        out.extend(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        # "the province's outer ring", "parts of the city": the head noun of an "of" phrase
        out.extend(g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj")
    # "control of the governorate capital and government forces", misparsed with "capital" as a modifier
    out.extend(c for noun in list(out) for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < noun.i
               and any(k.dep_ == "cc" for k in c.children))
    return out


def is_place_like(noun: Token, lex: CodingLexicon) -> bool:
    """A place entity or place noun, or a name listed under one ("towns such as Kafr Nabuda":
    the small model often tags village names as people)."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in lex.place_nouns:
        return True
    if noun.pos_ != "PROPN":
        return False
    node = noun
    for _ in range(8):  # a list of villages can be long
        if node.dep_ not in ("conj", "pobj", "prep", "appos", "compound"):
            return False
        node = node.head
        if node.lemma_.lower() in lex.place_nouns:
            return True
    return False


def is_named_place(noun: Token, lex: CodingLexicon) -> bool:
    """A proper name taken as a territory ("captured Ma'arrat al-Nu'man", "retook Saraqeb"): the
    small model tags many transliterated town names as PERSON or ORG or not at all, so any
    proper noun that names no nationality and carries no person title ("commander Abu X")
    counts.  Actor names never reach here as places: the caller checks them first."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "MONEY"):
        return False
    words = [t for t in noun.subtree if t.i < noun.i or t.dep_ in ("appos", "compound")]
    return not any(t.lemma_.lower() in lex.person_nouns or t.lemma_.lower() in PERSON_TITLES for t in words)


QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                            "number", "group", "some", "many", "several", "most", "all", "handful"})


def counts_many(noun: Token) -> bool:
    """ "a number of priests", "a group of students": the noun counts the plural after its "of"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children)
               for c in noun.children)


def is_person_like(noun: Token, lex: CodingLexicon) -> bool:
    return noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in lex.person_nouns or (
        noun.like_num and noun.head.lemma_.lower() in lex.person_nouns) or any(  # "the ruler of X, Eze Ochulor,"
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _announces_future_act(tok: Token, lex: CodingLexicon) -> bool:
    """A verb of saying whose complement is a future coercive act ("will take measures")."""
    for desc in tok.subtree:
        if desc.i == tok.i or desc.pos_ != "VERB" or desc.lemma_.lower() not in lex.threat_actions:
            continue
        if desc.lemma_.lower() in lex.threat_actions_need_object and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.threat_objects for c in desc.children):
            continue  # "announced that a live-fire exercise will take place on Thursday"
        auxes = {c.lower_ for c in desc.children if c.dep_ in ("aux", "auxpass")}
        if any(c.dep_ == "auxpass" for c in desc.children) and not any(c.dep_ == "agent" for c in desc.children):
            continue  # "a counter-offensive to retake Ramadi will be launched within days": a plan, nobody's threat
        if auxes & {"will", "shall", "'ll"} and not any(c.dep_ == "neg" for c in desc.children):
            return True
    return False


def needs_met(hit_head: Token, trigger: Trigger, lex: CodingLexicon, violent_context: bool,
              actor_chars: frozenset[int] = frozenset()) -> bool:
    """Every condition the trigger's `needs:` lists holds (triggers.yaml).  `actor_chars`: the
    start offsets of words inside actor mentions (an actor is never the place taken)."""
    if trigger.declared_future and not _announces_future_act(hit_head, lex):
        return False
    from . import trigger_needs as more  # conditions kept apart (that module reads this one)
    for need in trigger.needs:
        if need == "violent_context" and not violent_context and not more.facility_struck(hit_head, lex) and not _fighting_between(
                hit_head) and not (
                trigger.family in ("territory", "battle") and any(s.lemma_.lower() in lex.force_nouns for s in _subjects(hit_head))
                and (trigger.family == "territory" or _each_other(hit_head) or hit_head.lemma_.lower() in ("exchange", "trade"))):
            return False  # (unless "two hospitals were struck", "the paramilitary force took control of Mellit",
            # "the two armies last fought each other in early May")
        if need == "threat_object" and not _threat_object(hit_head, lex):
            return False
        if need == "fire_target" and not _fire_target(hit_head, lex):
            return False
        if need == "people":  # "vehicles packed with Syrians are streaming toward the border", "forced 10,800 people from their homes"
            subj = [t for c in hit_head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree]
            if hit_head.dep_ == "xcomp":  # "24,000 people have been forced to leave their homes"
                subj += [t for c in hit_head.head.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree]
            if not any(t.pos_ in ("NOUN", "PROPN") and is_person_like(t, lex) for t in subj):
                return False
        if need == "place_or_it" and any(a.lower_ == "it" and a.dep_ == "dobj" for a in _arg_nouns(hit_head)):
            continue
        if need in ("place", "place_or_it") and not {"out", "from"} & set(trigger.words) and any(
                # "dozens of wounded soldiers were taken to hospitals" ("drove the rebels out of": whom it expels)
                n.lemma_.lower() in lex.person_nouns for c in hit_head.children if c.dep_ in ("dobj", "nsubjpass")
                for n in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" and (
                    c.pos_ == "NUM" or c.lemma_.lower() in QUANTITY_NOUNS) for g in p.children if g.dep_ == "pobj"))):
            return False  # people taken are no place taken (by their nouns: villages are often tagged PERSON)
        if need in ("place", "place_or_it") and not any(
                (is_place_like(a, lex) or ((a.dep_ in ("dobj", "nsubjpass") or (a.dep_ == "pobj" and a.head.lower_ in
                                                                      trigger.words)
                                            or (a.dep_ == "pobj" and a.head.lower_ == "of"  # "took control of Zamzam"
                                                and a.head.head.lower_ in trigger.words)) and is_named_place(a, lex)))
                and a.lemma_.lower() not in lex.facility_nouns and a.idx not in actor_chars
                for a in _arg_nouns(hit_head)):
            return False
        if need == "place_subject" and not any(
                c.dep_ == "nsubj" and (is_place_like(c, lex) or is_named_place(c, lex))
                and c.lemma_.lower() not in lex.facility_nouns and c.idx not in actor_chars
                for c in hit_head.children):
            return False
        if need == "aircraft" and not any(
                c.dep_ in ("dobj", "nsubjpass") and any(t.lower_ in lex.aircraft_nouns or t.lemma_.lower() in lex.aircraft_nouns
                                                         for t in c.subtree)
                for c in hit_head.children):
            return False
        if need == "named_person" and not any(  # "captured Ovidio Guzman, a son of ...": a named person, not a town
                a.dep_ == "dobj" and a.pos_ == "PROPN" and a.ent_type_ in ("PERSON", "ORG", "")
                and not is_named_place(a, lex) for a in _arg_nouns(hit_head)):
            return False
        if need == "person" and not any(is_person_like(a, lex) for a in _arg_nouns(hit_head)):
            return False
        if need == "singular" and hit_head.tag_ in ("NNS", "NNPS"):
            return False
        if need in more.NEEDS and not more.NEEDS[need](hit_head, lex):
            return False
        if need == "meeting_object" and not any(  # assembly.yaml `meeting_objects`
                c.dep_ == "dobj" and c.lemma_.lower() in lex.assembly.get("meeting_objects", ())
                for c in hit_head.children):
            return False
        if need in ("force_subject", "protester_subject"):
            nouns = lex.force_nouns if need == "force_subject" else lex.protester_nouns
            subj = _subjects(hit_head) or (hanging_nouns(hit_head) if hit_head.dep_ == "acl" else [])  # ("A column of
            civil = lex.civil_convoy_words  # 40 tanks crossed into the province" parsed as a reduced relative)
            if not any(_noun_forms(c) & nouns and not any(m.lemma_.lower() in civil for m in c.children
                                                                if m.dep_ in ("compound", "amod")) for c in subj):
                return False  # ("the truck convoy crossed into West Darfur": goods, not troops)
    return True


def _noun_forms(tok: Token) -> set[str]:
    """The noun's lemma, and its singular when the parser took a capitalised plural for a name
    ("Protesters forced their way in": PROPN, lemma "Protesters")."""
    forms = {tok.lemma_.lower()}
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
        forms.add(tok.lower_.removesuffix("s"))
    return forms


def _specific_first(trig: Trigger) -> tuple[int, int]:
    """Longer phrases first; among equals, a crowd's dispersal before the battle reading of the same
    words ("used batons to push back several hundred protesters")."""
    return -len(trig.words), 0 if "protester_object" in trig.needs else 1


def _each_other(head: Token) -> bool:
    """ "fought each other", "clashed with one another": the verb's sides fight each other."""
    return any(t.lower_ in ("other", "another") and t.i > head.i for t in head.subtree
               if t.i > 0 and head.doc[t.i - 1].lower_ in ("each", "one"))


def _fighting_between(head: Token) -> bool:
    """ "fighting between the two groups around Novita trapped communities": the gerund read as the
    verb is the battle's noun (no auxiliary, no subject of its own)."""
    return head.tag_ == "VBG" and not any(c.dep_ in ("aux", "nsubj", "auxpass") for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in head.children)


def _subjects(head: Token) -> list[Token]:
    """The verb's subjects, also through a chain of xcomp/conj verbs ("had begun moving")."""
    node = head
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            out = [t for s in subj for t in (s, *s.conjuncts)]
            # "a gas-canister bomb that wrecked the entrance": the relative pronoun's antecedent
            out = [node.head if t.lower_ in ("that", "which", "who") and node.dep_ == "relcl" else t for t in out]
            # "Dozens of protesters gathered": the counted noun
            return out + [g for s in out for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
        node = node.head
    return []


def hanging_nouns(verb: Token) -> list[Token]:
    """A verb parsed as a reduced relative: the noun it hangs on, and through a participle phrase the
    noun that one hangs on ("youths opposed to the vote clashed with supporters": "vote", "youths")."""
    out, noun = [], verb.head
    for _ in range(3):
        out += [noun, *noun.conjuncts]
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.head.dep_ != "acl" or prep.head.tag_ != "VBN":
            break
        noun = prep.head.head
    return out


def _threat_object(hit_head: Token, lex: CodingLexicon) -> bool:
    """What is threatened: a clause ("threatened to strike") or a coercive noun; not a clause that
    says what must be averted ("warned that any further escalation must be avoided": an appeal)."""
    averting = lex.assembly.get("averting_clauses", {}) or {}
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.assembly.get("advised_audiences", ()) for c in hit_head.children) and any(
            c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) and not any(o.lower_ == "or" for o in c.subtree)
            for c in hit_head.children):
        return False  # "police warned the public not to approach the man": advice (not "... or face death")
    if any(c.dep_ in ("xcomp", "ccomp") and not (
            c.lemma_.lower() in averting.get("verbs", ()) and any(
                a.dep_ == "aux" and a.lower_ in averting.get("modals", ()) for a in c.children))
           for c in hit_head.children):
        return True
    objs = [c for c in hit_head.children if c.dep_ in ("dobj", "pobj")] + [
        g for c in hit_head.children if c.dep_ == "prep" and c.lower_ in ("of", "with")
        for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in lex.threat_objects for o in objs for o in [o, *o.conjuncts])


def _fire_target(hit_head: Token, lex: CodingLexicon) -> bool:
    """What is fired on: a target, not a day ("fired on buses", not "was fired on Monday")."""
    if any(c.dep_ == "nsubjpass" and c.pos_ in ("PRON", "PROPN") for c in hit_head.children):
        return False  # "he was fired on Monday", "Smith was fired at the end of the season"
    munitions = lex.assembly.get("munition_nouns", ())
    if (hit_head.dep_ in ("acl", "amod") and hit_head.tag_ == "VBN") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in munitions for c in hit_head.children):
        return False  # "missiles fired at targets south of Damascus": a description, the event is told by its verb
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in lex.assembly.get("firearm_objects", ()) for c in hit_head.children):
        return False  # "fired tear gas at protesters": what is fired says what happened (its own triggers);
        # ("fired small arms at army positions", "fired shots at a patrol": shooting at them)
    arms = [c for c in hit_head.children if c.dep_ == "dobj"]  # ("fired small arms at positions": "at" hung on "arms")
    return any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in ("air", "sky")
               for h in (hit_head, *arms) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")
               for g in c.children)


def sentence_is_violent(sent: Span, lex: CodingLexicon) -> bool:
    """A violent word that needs no context ("killed", "clashes", "offensive") is in the sentence."""
    return any((t.lemma_.lower(), t.pos_) in lex.violent_lemmas for t in sent)


def _phrase_head(tok: Token, rest: list[Token]) -> Token:
    """The syntactic head of a noun phrase cut into tokens: "a sit-in" is sit (compound), -, in."""
    return rest[-1] if rest and tok.dep_ == "compound" and tok.head.i == rest[-1].i else tok


def may_trigger(sent: Span, lex: CodingLexicon) -> bool:
    """Cheap first pass: some word of the sentence starts a trigger phrase (by lemma or form).
    Without one, find_triggers finds nothing, so the sentence needs no further coding."""
    return any(not tok.is_punct and any(f in lex.by_first for f in _forms(tok)) for tok in sent)


class Lazy:
    """A truth value computed on its first reading (`code_sentence`'s violent context costs the
    sentence's instruments and figures, which a sentence without triggers never needs)."""

    __slots__ = ("fn", "value")

    def __init__(self, fn) -> None:
        self.fn, self.value = fn, None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = bool(self.fn())
        return self.value


def find_triggers(sent: Span, lex: CodingLexicon, violent_context: bool,
                  actor_chars: frozenset[int] = frozenset()) -> list[TriggerHit]:
    """Non-overlapping trigger matches, longest phrase first, in sentence order."""
    hits: list[TriggerHit] = []
    used: set[int] = set()
    unarmed = None
    for i, tok in enumerate(sent):
        if tok.i in used or tok.is_punct:
            continue
        cands: list[Trigger] = []
        for form in _forms(tok):
            cands.extend(lex.by_first.get(form, ()))
        pos = tok.pos_
        if pos == "ADJ" and tok.dep_ in NOMINAL_DEPS:  # "a counter-offensive" tagged ADJ
            pos = "NOUN"
        if shot_dead(tok):
            pos = "VERB"  # ("Gunmen on a motorcycle shot dead a village chief": "shot" read as a noun)
        for trig in sorted(cands, key=_specific_first):
            if pos not in trig.pos:
                continue
            if trig.family == "explosion":  # ("hit by a shotgun blast": a gun's, no explosion)
                from .instruments import unarmed_tokens  # (that module reads this one)
                unarmed = unarmed_tokens(sent, lex) if unarmed is None else unarmed
                if tok.i in unarmed:
                    continue
            rest = _match_rest(sent, i, trig.words) if len(trig.words) > 1 else []
            if rest is None or any(t.i in used for t in rest) or (
                    pos in ("NOUN", "PROPN") and any(t.pos_ in ("VERB", "AUX") for t in rest)):
                continue  # ("its drones struck 40 aircraft" is no "drone strike")
            if not needs_met(tok, trig, lex, violent_context, actor_chars):
                continue
            head = _phrase_head(tok, rest)
            if pos in ("NOUN", "PROPN") and not noun_is_event(head, lex, trig.family):
                continue
            if lex.families[trig.family].violent and labour_strike(tok, lex):
                continue  # "a nationwide strike by teachers' unions shut schools"
            if (tok.tag_ == "VBG" and not lex.families[trig.family].violent
                    and (tok.dep_ in NOMINAL_GERUND_DEPS or (tok.dep_ == "acl" and tok.head.dep_ == "pobj"))):
                continue  # "reaction to the United States supporting Greenland": a gerund noun
            toks = (tok, *rest)
            used.update(t.i for t in toks)
            hits.append(TriggerHit(head, toks, trig))
            break
    return hits
