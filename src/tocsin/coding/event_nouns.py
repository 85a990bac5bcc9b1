"""Event nouns (called by `triggers.find_triggers`): whether a trigger noun reports an event in its
position ("clashes erupted", "launched an offensive", "the detention on Monday of X") or names a
thing ("battle tanks", "fled regime offensives"), and the labour strikes that are no attacks."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon

PERSON_TITLES = {"commander", "leader", "chief", "president", "general", "colonel", "sheikh", "emir",
                 "mr", "mrs", "ms", "dr", "spokesman", "minister", "governor", "mayor"}
NAMING_VERBS = {"describe", "call", "term", "dub", "label", "brand", "characterize", "characterise"}


EVENT_PREPS = {"in", "during", "amid", "amidst", "after", "following", "with", "by", "as", "through", "despite", "since", "due", "because", "under"}


def noun_is_event(tok: Token, lex: CodingLexicon, family: str = "battle") -> bool:
    """An event noun reports an event only in an event position: subject ("clashes
    erupted"), object of a support verb ("launched an offensive"), the circumstance of a
    verb ("killed in air strikes", "due to heavy shelling"; violent families only: "nodded
    in agreement" is no agreement) or a headline root.  Elsewhere
    ("fled regime offensives", "reconciliation deals", "battle tanks") it names a thing."""
    for _ in range(3):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.assembly.get("series_nouns", ()) \
            and head.head.i < tok.i and noun_is_event(head.head, lex, family):
        return True  # "carried out another round of strikes"
    if dep in ("nsubj", "nsubjpass", "ROOT"):
        return True
    if dep in ("dobj", "attr", "oprd") and (head.lemma_.lower() in lex.support_verbs
                                             or head.lower_ in lex.support_verbs):  # "staged" lemmatised "stag"
        return True
    if dep == "attr" and head.lemma_.lower() == "be" and lex.families[family].violent and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return True  # "died after what his family says was a beating by police officers"
    if dep == "dobj" and lex.families[family].violent and head.lemma_.lower() in lex.assembly.get("fire_openers", ()):
        return True  # "opened artillery and drone fire on the posts" (not "opened an investigation")
    owners = (tok, head.head) if dep == "pobj" and head.lower_ == "of" else (tok,)  # "a series of strikes that ..."
    if any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in lex.support_verbs or c.lower_ in lex.support_verbs)
           for o in owners for c in o.children):  # ("raged" lemmatised "rag")
        return True  # "drone strikes that the government carried out on Thursday"
    counted = (head.head if dep == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj"
               and head.head.lemma_.lower() in lex.assembly.get("tally_units", ()) else tok)  # "documented 62 cases of rape"
    victims = [g for p in counted.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    if counted.dep_ == "dobj" and counted.head.lemma_.lower() in lex.assembly.get("tally_verbs", ()) and any(
            c.like_num for c in (*counted.children, *(n for v in victims for n in v.children))):
        # ("documented the killing of 337 civilians": the count is the victims')
        return not any(t.lemma_.lower() in lex.assembly.get("tally_long_periods", ()) for t in counted.head.subtree)
        # "the monitor recorded 27 air strikes during the week": an aggregate ("in the first six months": a statistic)
    if dep == "pobj" and lex.families[family].violent:
        prep = head
        if prep.lower_ in ("from", "of") and prep.head.lemma_.lower() in lex.toll_nouns:
            return True  # "the toll from an attack", "victims of the bombing"
        if prep.lower_ == "of" and prep.head.lemma_.lower() in lex.assembly.get("span_nouns", ()) and not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in prep.head.children):
            return True  # "a day of gun battles", "a night of shelling" (assembly.yaml); "the day of violence": a known one
        if prep.lower_ == "to" and prep.head.lower_ == "due":
            return True
        if prep.lower_ in EVENT_PREPS and (prep.head.pos_ in ("VERB", "AUX") or (
                prep.head.dep_ in ("dobj", "nsubj") and prep.head.head.pos_ == "VERB")):
            return True
    if dep == "pobj" and lex.families[family].violent and head.lower_ == "into" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in lex.assembly.get("walked_into_verbs", ()):
        return True  # "they walked into an ambush near Akom village", "the convoy drove into a firefight"
    if dep == "pobj" and family == "protest" and head.lower_ == "in" and _verb_of(head.head).pos_ == "VERB" \
            and _verb_of(head.head).lemma_.lower() in lex.assembly.get("participation_verbs", ()):
        # "walked together along the highway in a march for peace", "took part in a rally", "filled the
        # square and the avenues in the largest demonstration in decades" (hung on the verb's object)
        return True
    if dep == "pobj" and named_victim(tok, lex):
        return True  # "revenge for the killing of Hezbollah leader Hassan Nasrallah in Beirut on Friday"
    if dated_act(tok):
        return True  # "the detention on Monday of Mahmoud Hamza", "the AA's capture on 8 December of the last position"
    # "launched what officials described as an offensive": a support verb above a naming verb
    verbs = [a for a in tok.ancestors if a.pos_ == "VERB"][:2]
    return (len(verbs) == 2 and verbs[0].lemma_.lower() in NAMING_VERBS
            and verbs[1].lemma_.lower() in lex.support_verbs and dep not in ("compound", "amod"))


def _verb_of(tok: Token) -> Token:
    """The verb a word hangs on through conjuncts and its object ("filled X and the avenues"): the verb."""
    for _ in range(3):
        if tok.dep_ == "conj" or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB"):
            tok = tok.head
    return tok


COUNTED = frozenset({"several", "dozens", "scores", "hundreds", "many", "numerous", "some"})


JOINING = frozenset({"join", "participate", "take", "swell"})  # "took part in", "joined", "swelled"
MANY = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})


def joined_by_many(tok: Token) -> bool:
    """A gathering counted by the people who joined it: "tens of thousands of people took part in
    the march", "thousands joined the rally" (news told with its crowd, not a thing already known)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else (tok.head if tok.dep_ == "dobj" else None)
    if verb is None or verb.lemma_.lower() not in JOINING:
        return False
    return any(t.like_num or t.lower_ in MANY for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)


def dated_act(tok: Token) -> bool:
    """An act told as a noun with its own day and its own patient or agent, "the detention on
    Monday of Mahmoud Hamza", "the AA's capture on 8 December of the last military position": the
    day hangs on the noun itself, between it and its "of" (or with its "by" or owner); or an act
    announced with its count ("announced the arrest of five suspected members")."""
    if tok.dep_ not in ("attr", "dobj", "nsubj", "nsubjpass", "appos"):
        return False  # (not a cause or a charge: "jailed for the killing on 3 March 2015 of a trader")
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("announce", "confirm", "report") and any(
            p.lower_ == "of" and any(g.dep_ == "pobj" and (g.lower_ in COUNTED or any(
                n.dep_ == "nummod" or n.lower_ in COUNTED for n in g.children)) for g in p.children)
            for p in preps):
        return True  # "announced the arrest of five suspected members" ("of several people"): news told as a noun with its count
    dated = [p for p in preps if p.lower_ in ("on", "in") and p.i > tok.i and any(
        g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in p.children)]
    if not dated:
        return False
    after = preps + [p for d in dated for g in d.children for p in g.children if p.dep_ == "prep"]  # ("on Monday of": "of" on the day)
    return any(p.lower_ == "of" and p.i > dated[0].i and any(g.dep_ == "pobj" for g in p.children) for p in after) or any(
        p.lower_ == "by" for p in preps) or any(c.dep_ == "poss" for c in tok.children)


def named_victim(tok: Token, lex: CodingLexicon) -> bool:
    """A killing told as a noun of a named person, with its day: "the killing of Hezbollah leader
    Hassan Nasrallah in Beirut on Friday" (assembly.yaml `named_victim_nouns`).  The date must
    follow the name inside the same clause, with no verb between: "vowed on Friday to avenge the
    killing of X" dates the vow, not the killing."""
    if tok.lemma_.lower() not in lex.assembly.get("named_victim_nouns", ()):
        return False
    victims = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if not any(v.ent_type_ == "PERSON" or any(c.dep_ == "compound" and (
            c.lemma_.lower() in PERSON_TITLES or c.lemma_.lower() in lex.person_nouns) for c in v.children)
            for v in victims):
        return False
    doc, sent = tok.doc, tok.sent
    for j in range(victims[0].i + 1, sent.end):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return False
        if t.ent_type_ == "DATE" and t.lower_ not in ("today", "yesterday"):  # "the killing of X in 2020"
            return True
    return False


def labour_strike(tok: Token, lex: CodingLexicon) -> bool:
    """A strike that is a walkout, not an attack: "a general strike", "the strike by teachers'
    unions", "a strike over unpaid wages", "doctors went on strike" (assembly.yaml `labour_strike`)."""
    if tok.lemma_.lower() != "strike" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cues = lex.assembly.get("labour_strike") or {}
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and not any(c.dep_ == "det" for c in tok.children):
        return True  # "went on strike"
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ in cues.get("modifiers", ()):
            return True
        if c.dep_ in ("compound", "poss") and c.lower_ in cues.get("strikers", ()):
            return True  # "the 1984 miners' strike", "a dockworkers strike"
        if c.dep_ == "prep" and c.lower_ in ("by", "over", "for", "against"):
            nouns = {g.lower_ for g in c.subtree if g.pos_ in ("NOUN", "PROPN")}
            if nouns & set(cues.get("strikers" if c.lower_ == "by" else "causes", ())):
                return True
    causes = set(cues.get("causes", ()))
    if not any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children) and any(
            p.dep_ == "prep" and p.lower_ == "over" and p.i > tok.i and {g.lower_ for g in p.subtree} & causes
            for p in tok.sent):  # "the strike at the oil company began in May over pay" (a bare strike, however parsed)
        return True
    verb = tok.head if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else None
    return verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in set(cues.get("strikers", ()))
                                    for c in verb.children)  # "miners began a strike"


def tallied_displaced(hit, lex: CodingLexicon) -> bool:
    """ "IOM counted 71,300 displaced people at 65 sites": a tally of displaced people is the
    displacement's figure, not people in a state (assembly.yaml `displaced_tallies`; read by
    assembly.background_reference, nonevents_more and nonevents_senses)."""
    noun = hit.head.head
    return (hit.trigger.family == "displacement" and hit.head.dep_ == "amod" and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in lex.assembly.get("displaced_tallies", ())
            and any(c.dep_ == "nummod" and c.like_num for c in noun.children))
