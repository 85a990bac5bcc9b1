"""Who did it to whom: actor mentions (actor_dict) placed in roles by syntax.

A mention is tied to the event through the first node of the event's predicate chain
(the trigger, then the verbs above it) that it reaches by climbing its own heads; the edge
it arrives by decides the role: subject or passive agent -> actor1, object, passive
subject or "against/on X" -> actor2, anything else -> associated.  A mention inside a clause
that describes a noun ("opposition fighters backed by Turkish artillery", "people who had been
ordered by the army to dig trenches") is at most associated: it neither acts nor is hit.  In an object-control
chain ("enabled the rebels to launch a counter-offensive") the controller's object is the
acting subject.  Pronouns take the nearest fitting antecedent: "it/its" a singular state
or organisation, "they/their/them" the subjects of the sentence before.  A mention tied to
several predicates takes the role of the nearest ("an Israeli strike on Beirut's suburbs killed":
Beirut is what the strike hit, not the subject of "killed"); a relative clause set off by commas
(asides.py) neither acts nor steals the subject of the verb after it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from .. import yamlfile
from .asides import relative_asides, verb_after

SUBJECT_DEPS = {"nsubj", "csubj", "poss"}
SPEECH_VERBS = {"say", "describe", "call", "term", "report", "claim", "tell", "announce", "state", "add",
                "accuse", "blame", "allege", "note", "write", "confirm", "deny"}
OBJECT_DEPS = {"dobj", "nsubjpass", "iobj", "attr"}
TARGET_PREPS = {"against", "on", "upon", "at", "targeting", "into"}
ROLE_ORDER = {"actor1": 0, "actor2": 1, "associated": 2}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
SINGULAR_PRONOUNS = {"it", "its"}
SINGULAR_KINDS = {"government", "state_forces", "international_org", "rebel_group", "political_militia", "external"}


@dataclass(frozen=True)
class Actor:
    """An actor as the event sees it: a dictionary mention (or a resolved pronoun)."""

    name: str
    text: str
    country: str | None
    kind: str
    start_char: int
    end_char: int

    def record(self, role: str) -> dict:
        """The actor as a coded event carries it (`CodedEvent.actors`)."""
        return {"role": role, "name": self.name, "text": self.text, "country": self.country, "kind": self.kind}

    def plural(self) -> bool:
        text = self.text.lower().replace("’", "'")
        return text.endswith("s") and not text.endswith("'s") and self.kind != "government"


def from_mention(m) -> Actor:
    return Actor(m.name, m.text, m.country, m.kind, m.start_char, m.end_char)


def _head_token(sent: Span, start: int, end: int) -> Token | None:
    toks = [t for t in sent if start <= t.idx < end]
    if not toks:
        return None
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return toks[-1]


def predicate_chain(pred: Token) -> list[Token]:
    """The trigger and the nodes above it, up to the sentence root."""
    chain = [pred]
    node = pred
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
    return chain


def role_of(tok: Token, chain: list[Token]) -> str | None:
    """actor1 / actor2 / associated, or None when the token is not tied to the event."""
    on_chain = {t.i: k for k, t in enumerate(chain)}
    node, arrived = tok, tok
    modifier = False  # the mention sits in a clause that describes a noun
    for _ in range(10):
        if node.i in on_chain:
            k = on_chain[node.i]
            if arrived.i == node.i:
                if k == 1 and chain[0].dep_ == "acl" and chain[0].tag_ == "VBN":
                    return "actor2"  # "20 civilians killed in air strikes": the participle befell them
                if k == 1 and chain[0].dep_ == "relcl" and (befalls(chain[0]) or any(
                        c.dep_ == "nsubjpass" for c in chain[0].children)):
                    return "actor2"  # "the soldiers who were detained at the airport"
                return "actor1" if k > 0 else None
            if modifier:  # "fighters backed by Turkish artillery", "people ordered by the army to dig"
                return "associated" if k <= 1 else None
            dep = arrived.dep_
            if k > 0 and node.lemma_.lower() in SPEECH_VERBS:
                return "associated"  # who described or reported it is not who did it
            if dep == "nsubj" and befalls(node):
                return "actor2"  # "dozens of soldiers died", "40 Servicemen Killed"
            if dep == "nsubj" and k == 0 and any(c.dep_ == "prep" and c.lower_ == "under" for c in node.children):
                return "actor2"  # "the convoy came under fire": the trigger is the verb with "under"
            if dep == "nsubj" and k > 0 and (chain[k - 1].lower_ == "under" or (
                    chain[k - 1].dep_ == "dobj" and node.lemma_.lower() in _headline_roles()["undergo_verbs"])):
                return "actor2"  # "Kyiv endured the biggest barrage", "Ukraine came under heavy shelling"
            if (dep == "nsubj" or (dep in SUBJECT_DEPS and k == 0) or dep == "agent"
                    or (dep == "prep" and arrived.lower_ == "by"
                                                     and (node.tag_ == "VBN" or (k == 0 and node.pos_ == "NOUN")))):
                return "actor1"
            if dep == "dobj" and k > 0 and chain[k - 1].dep_ == "xcomp":
                return "actor1"  # object control: "enabled the rebels to launch"
            if k == 0 and (dep in OBJECT_DEPS or (dep == "prep" and arrived.lower_ in TARGET_PREPS)):
                return "actor2"
            if dep == "prep" and arrived.lower_ in TARGET_PREPS and all(chain[j].dep_ == "conj" for j in range(k)):
                return "actor2"  # "opened artillery, mortar and drone fire on army positions": the first conjunct's target
            if k == 0 and dep == "prep" and arrived.lower_ == "of" and node.lemma_.lower() in _headline_roles()["victim_nouns"]:
                return "actor2"  # "the killing of Hezbollah leader Hassan Nasrallah"
            if k == 0 and dep == "prep" and arrived.lower_ == "with" and node.lemma_.lower() in _headline_roles()["reciprocal_verbs"]:
                return "actor2"  # "troops clashed with rebels": the other side
            if k == 0 and dep == "compound":
                return "actor1"
            return "associated" if k <= 1 else None
        if node.head.i == node.i:
            return None
        modifier = modifier or node.dep_ in ("acl", "relcl")
        arrived, node = node, node.head
    return None


def _reach(tok: Token, chain: list[Token]) -> int:
    """How many heads `tok` climbs before it meets the chain (large when it never does)."""
    on_chain = {t.i for t in chain}
    node = tok
    for steps in range(12):
        if node.i in on_chain:
            return steps
        if node.head.i == node.i:
            break
        node = node.head
    return 99


def _nearest_roles(tok: Token, chains: list[list[Token]]) -> list[str]:
    """The actor1/actor2 role `tok` takes from the predicate it hangs on most closely: in "an
    Israeli strike on Beirut's suburbs killed ...", Beirut is what the strike was on (actor2 of
    "strike"), not the subject of "killed" that the strike is.  A modifier's tie to the nearer
    predicate ("associated") does not hide a role further up."""
    found = [(_reach(tok, c), r) for c in chains if (r := role_of(tok, c))]
    definite = [(steps, r) for steps, r in found if r != "associated"]
    if not definite:  # only a modifier's tie ("Sudanese" of "Sudanese army air strike"): associated
        return [r for _, r in found]
    near = min(steps for steps, _ in definite)
    return [r for steps, r in definite if steps == near]


@cache
def _headline_roles() -> dict:
    """data/lexicons/en/roles.yaml: verbs and nouns of headline and lead roles."""
    path = resources.files("tocsin") / "data" / "lexicons" / "en" / "roles.yaml"
    raw = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def befalls(pred: Token) -> bool:
    """The subject of `pred` is who the event befell: "soldiers died", "40 Servicemen Killed"."""
    lex = _headline_roles()
    lemma = pred.lemma_.lower()
    if lemma in lex["befall_verbs"]:
        return True
    return (lemma in lex["object_verbs"] and pred.tag_ in ("VBD", "VBN") and pred.dep_ == "ROOT"
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "aux", "auxpass", "nsubjpass")
                        for c in pred.children))


def by_attack(tok: Token, chain: list[Token]) -> bool:
    """`tok` names who made the attack the event's verb is told through: "killed in Syrian air
    strikes" (the mention is the strikes), "died after an air strike by government forces"."""
    lex = _headline_roles()
    node = tok
    while node.dep_ in ("compound", "amod") and node.head.i != node.i:
        node = node.head  # "Syrian" of "Syrian air strikes"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in lex["attack_preps"]:
        return False
    noun = prep.head
    if prep.lower_ == "by":  # "an air strike by government forces" told through "after", "in"
        if noun.lemma_.lower() not in lex["attack_nouns"] or noun.dep_ != "pobj":
            return False
        return noun.head.lower_ in lex["attack_preps"] and noun.head.head.i == chain[0].i
    return node.lemma_.lower() in lex["attack_nouns"] and noun.i == chain[0].i


@cache
def _locative() -> tuple[frozenset[str], frozenset[str]]:
    """(prepositions, place nouns) of data/lexicons/en/locative_actors.yaml."""
    path = resources.files("tocsin") / "data" / "lexicons" / "en" / "locative_actors.yaml"
    raw = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(raw["preps"]), frozenset(raw["place_nouns"])


def locative_state(tok: Token, actor: Actor) -> bool:
    """A government named by a place name that only says where: "strikes in Syria", "in
    north-west Syria", "Syria's Idlib province", "Syria's northwestern province"."""
    if actor.kind != "government" or tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "LOC"):
        return False
    preps, nouns = _locative()
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in nouns:
        return True  # "the Kola district of Beirut", "the outskirts of Damascus"
    if tok.dep_ == "poss":
        head = tok.head
        return head.lower_ in nouns or (head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "LOC")) or any(
            c.dep_ in ("amod", "compound") and c.lower_ in nouns for c in head.children)
    return False


def resolve_pronoun(tok: Token, before: list[Actor], prev_subjects: list[Actor]) -> list[Actor]:
    """Antecedents of a pronoun from earlier mentions in the sentence or paragraph."""
    low = tok.lower_
    if low in SINGULAR_PRONOUNS:
        for actor in reversed(before):
            if actor.kind in SINGULAR_KINDS and not actor.plural():
                return [actor]
        return [a for a in prev_subjects if a.kind in SINGULAR_KINDS][:1]
    if low in PLURAL_PRONOUNS:
        if len(prev_subjects) > 1 or any(a.plural() for a in prev_subjects):
            return list(prev_subjects)
        return [a for a in before if a.plural()][-1:]
    return []


@cache
def _source_names() -> frozenset[str]:
    """Names of the monitors, rescuers and news agencies of roles.yaml `source_actors`."""
    from .actor_dict import load_actors
    by_id = load_actors().by_id
    return frozenset(by_id[i].name for i in _headline_roles()["source_actors"] if i in by_id)


def _speaker(tok: Token, before: list[Actor]) -> list[Actor]:
    """The subject of the speech verb a pronoun is reported by: "the White Helmets said they
    pulled nine bodies out", "the army said it shelled the positions" (they/it = the speaker)."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            break
    else:
        return []
    subj = {t.i for c in node.children if c.dep_ == "nsubj" and c.i < tok.i for t in c.subtree}
    if not subj or tok.i in subj:
        return []
    doc = tok.doc
    found = [a for a in before if any(t.i in subj for t in doc.char_span(a.start_char, a.end_char,
                                                                         alignment_mode="expand") or ())]
    if tok.lower_ in SINGULAR_PRONOUNS:
        return [a for a in found if a.kind in SINGULAR_KINDS and not a.plural()][-1:]
    return found


def assign_roles(sent: Span, preds: list[Token], actors: list[Actor],
                 prev_subjects: list[Actor], antecedents: list[Actor] | None = None,
                 violent: bool = False) -> list[tuple[str, Actor]]:
    """(role, actor) pairs for the event with these predicate tokens; a pronoun may refer to
    any of `antecedents` (default: `actors`), e.g. the speaker outside the event's clause.  In a
    `violent` event a monitor, rescuer or news agency (named or through a pronoun) is at most
    associated: it tells of the event."""
    chains = [predicate_chain(p) for p in preds]
    out: list[tuple[str, Actor]] = []
    sources = _source_names() if violent else frozenset()

    def add(role: str, actor: Actor) -> None:
        """One entry per actor: its strongest role (actor1 over actor2 over associated)."""
        if actor.name in sources:
            role = "associated"
        for i, (r, a) in enumerate(out):
            if a.name == actor.name:
                if ROLE_ORDER[role] < ROLE_ORDER[r]:
                    out[i] = (role, actor)
                return
        out.append((role, actor))

    asides = [(a, b) for a, b in relative_asides(sent) if not any(a < p.i < b for p in preds)]
    for actor in actors:
        head = _head_token(sent, actor.start_char, actor.end_char)
        if head is None or locative_state(head, actor):
            continue
        roles = _nearest_roles(head, chains)
        if roles and head.dep_ == "conj" and _other_side(head, preds):
            roles = ["actor2"]  # "Fulani herders and Tiv farmers clashed"
        if roles and any(a < head.i < b for a, b in asides):
            roles = ["associated"]  # "M23 rebels, whom UN experts say Rwanda backs, pushed into Goma"
        if not roles and actor.kind == "state_forces" and head.i in {p.i for p in preds}:
            roles = ["actor1"]  # the trigger is the mention's own noun: "died in Turkish drone strikes"
        if roles and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i in {p.i for p in preds}
                         and c.lemma_.lower() in _headline_roles()["object_verbs"] for c in head.children):
            roles = ["actor2"]  # "Turkish soldiers killed in shelling": whom the participle befell
        if roles and min(roles, key=ROLE_ORDER.get) == "associated" and any(
                (c[0].lemma_.lower() in _headline_roles()["object_verbs"] | _headline_roles()["befall_verbs"])
                and by_attack(head, c) for c in chains):
            roles = ["actor1"]  # "killed in Syrian air strikes", "died after an air strike by government forces"
        if roles:
            add(min(roles, key=ROLE_ORDER.get), actor)
    for a, b in asides:  # the noun before the aside is the subject of the verb after it
        verb = verb_after(sent, a, b)
        if verb is None or verb.i not in {p.i for p in preds} or any(
                c.dep_ in ("nsubj", "nsubjpass") and not a < c.i < b for c in verb.children):
            continue
        noun = sent.doc[a - 1]
        for actor in (actors if antecedents is None else antecedents):
            if actor.start_char <= noun.idx < actor.end_char and actor.name not in sources:
                passive = any(c.dep_ == "auxpass" for c in verb.children) or befalls(verb)
                add("actor2" if passive else "actor1", actor)
    for tok in sent:
        if tok.lower_ not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
            continue
        roles = [r for r in (role_of(tok, c) for c in chains) if r in ("actor1", "actor2")]
        if not roles:
            continue
        before = [a for a in (actors if antecedents is None else antecedents) if a.end_char <= tok.idx]
        for ante in _speaker(tok, before) or resolve_pronoun(tok, before, prev_subjects):
            if ante.name in sources:
                continue  # "the White Helmets said they pulled nine bodies from the rubble"
            add(roles[0], Actor(ante.name, tok.text, ante.country, ante.kind, tok.idx, tok.idx + len(tok)))
    return sorted(out, key=lambda ra: ROLE_ORDER[ra[0]])


def _other_side(tok: Token, preds: list[Token]) -> bool:
    """`tok` is a later subject joined by "and" to a reciprocal verb with no "with" side:
    "Herders and farmers clashed" (roles.yaml `reciprocal_verbs`)."""
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    return (first.dep_ == "nsubj" and verb.i in {p.i for p in preds}
            and verb.lemma_.lower() in _headline_roles()["reciprocal_verbs"]
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children))


def sentence_subjects(sent: Span, actors: list[Actor]) -> list[Actor]:
    """Actors in subject position of the sentence's main verb (antecedents for "they")."""
    root = sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return []
    span_toks = {t.i for s in subj for t in s.subtree}
    return [a for a in actors if any(t.i in span_toks for t in sent if a.start_char <= t.idx < a.end_char)]


def refinement_fits_actors(ref: dict, roles: list[tuple[str, Actor]]) -> bool:
    """Do the event's actors meet a type refinement's actor conditions (triggers.yaml `refine`:
    needs_actor, target_kinds, first_target_kinds, actor_kinds, unless_target_kinds)?"""
    kinds1 = {a.kind for r, a in roles if r == "actor1"}
    targets = [a for r, a in roles if r == "actor2"]
    kinds2 = {a.kind for a in targets}
    first2 = min(targets, key=lambda a: a.start_char).kind if targets else None
    if "needs_actor" in ref and not (set(ref["needs_actor"]) & (kinds1 | kinds2)):
        return False
    if "target_kinds" in ref and not (set(ref["target_kinds"]) & kinds2):
        return False
    if "first_target_kinds" in ref and first2 not in ref["first_target_kinds"]:
        return False
    if "actor_kinds" in ref and not (set(ref["actor_kinds"]) & kinds1):
        return False
    return not ("unless_target_kinds" in ref and set(ref["unless_target_kinds"]) & kinds2)
