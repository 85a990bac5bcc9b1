"""Whether the text withholds the verification of a report, or contradicts it in the same
sentence: "could not verify", "the reports remain unconfirmed", "neither side confirmed the claim",
"..., but monitors found no record of fighting".  modality.py reads these on the climb from a
trigger to its verb of saying; nonevents_claims.py reads them on whole sentences.
(docs/modality.md)
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon


def nobody(subject: Token) -> bool:
    """ "nobody", "none", "no one", "no attack": a subject that says the act befell no one (or that
    no such act did it: "No attack since independence had killed so many soldiers")."""
    low = subject.lower_
    return low in ("nobody", "none", "noone") or any(d.lower_ == "no" and d.dep_ == "det" for d in subject.children)


UNVERIFIED = "unverified"  # the cue of a report whose verification the text withholds (events.py, nonevents_claims.py)


def verification_words(lex: CodingLexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """modality.yaml `verification_verbs` and the adverbs that keep a claim (`verification_kept`)."""
    return tuple(lex.modality.get("verification_verbs", ())), tuple(lex.modality.get("verification_kept", ()))


def verification_withheld(verb: Token, kept: tuple) -> bool:
    """A verification that could not be made: "could not verify", "unable to confirm", "has no
    means of verifying", "have not been able to confirm" (not "could not independently verify",
    nor "officials have not confirmed the claim", which leaves it a claim)."""
    if any(c.dep_ == "advmod" and c.lower_ in kept for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("could", "can", "ca") for c in verb.children)
    above = verb.head if verb.dep_ in ("xcomp", "pcomp") else None
    if above is not None and above.dep_ == "pobj":  # "no means of verifying"
        above = above.head.head if above.head.dep_ == "prep" else above.head
    if above is None:
        return False
    frames = (above, above.head) if above.dep_ == "acomp" else (above,)  # "have not been able to confirm"
    return above.lower_ == "unable" or any(
        c.dep_ in ("neg", "det") and c.lower_ in ("not", "no", "n't", "never") for f in frames for c in f.children)


def _passive_denied(verb: Token, kept: tuple) -> bool:
    """ "have not been confirmed", "has never been substantiated": a passive verification denied
    (not "officials have not confirmed the claim": an active one leaves it a claim)."""
    return (any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "advmod" and c.lower_ in kept for c in verb.children)
            and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children))


def unverified_predicate(sent, lex: CodingLexicon) -> str | None:
    """ "these, too, remain unverified", "the reports are unconfirmed": the sentence says its
    report is unverified (modality.yaml `unverified_predicates` after `unverified_copulas`), or
    false ("claims shared online that soldiers opened fire are unfounded": `false_predicates`, a cue
    that is no side's unverified claim of its own act)."""
    words, copulas = lex.modality.get("unverified_predicates", ()), lex.modality.get("unverified_copulas", ())
    false = lex.modality.get("false_predicates", ())
    subjects = ("nsubj", "nsubjpass")
    found = next((f"{UNVERIFIED}: {c.text}" if c.lower_ in words else f"false: {c.text}" for t in sent
                  if t.lemma_.lower() in copulas and (any(s.dep_ in subjects for s in t.children) or (
                      t.dep_ == "conj" and any(s.dep_ in subjects for s in t.head.children)))  # ("Claims shared online ... are")
                  for c in t.children if c.dep_ in ("acomp", "oprd") and (c.lower_ in words or c.lower_ in false)), None)
    carriers = lex.modality.get("report_carriers", ())
    if found and any(t.lemma_.lower() in lex.modality["reporting_verbs"] and _carrier_subject(t, carriers) for t in sent):
        found = f"carrier {found}"  # "a channel claimed ..., but the claim remains unconfirmed": no side's own word
    return found or _carrier_unverified(sent, lex)


def _carrier_subject(speech: Token, carriers) -> bool:
    """The speech verb's subject is a carrier of reports ("a channel claimed", "posts said")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in carriers for c in speech.children)


def _carrier_unverified(sent, lex: CodingLexicon) -> str | None:
    """ "the footage could not be verified", "neither side confirmed the report": the carrier of
    the sentence's report (modality.yaml `report_carriers`) is left unverified.  (Its cue does not
    open with UNVERIFIED: what a post or a video shows is no side's claim of its own act.)"""
    verbs, kept = verification_words(lex)
    carriers = lex.modality.get("report_carriers", ())
    for t in sent:
        if t.lemma_.lower() not in verbs or t.pos_ != "VERB":
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        obj = [c for c in t.children if c.dep_ == "dobj"]
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in carriers for c in subj) and verification_withheld(t, kept):
            return f"carrier {UNVERIFIED}: not {t.text}"  # "the footage could not be verified"
        if _passive_denied(t, kept) and (any(c.lemma_.lower() in carriers for c in subj) or (
                sent.root.lemma_.lower() in carriers and sent.root.pos_ == "NOUN")):
            # "Reports circulating since May that troops massacred dozens have not been substantiated"
            # (the parser may make the carrier the root and the verb a clause of the report)
            return f"carrier {UNVERIFIED}: not {t.text}"
        if any(c.lemma_.lower() in carriers or c.lower_ in ("it", "this", "them") for c in obj) and any(
                nobody(c) or any(d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no") for d in c.children)
                or c.lower_ == "neither" for c in subj):  # ("neither Puntland nor AFRICOM would confirm the claim")
            return f"carrier {UNVERIFIED}: {subj[0].text} {t.text}"  # "neither side confirmed the report"
    return None


def speech_unverified(speech: Token, lex: CodingLexicon) -> str | None:
    """The report through `speech` is one the sentence says could not be verified (modality.yaml
    `verification_verbs`), or the speech verb itself is a verification withheld or asked about
    ("could not confirm that", "asked whether the UN could confirm that")."""
    verbs, kept = verification_words(lex)
    if speech.lemma_.lower() in verbs and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in speech.children):
        return f"whether {speech.text}"
    carriers = lex.modality.get("report_carriers", ())
    carried = ((speech.dep_ == "acl" and speech.head.lemma_.lower() in carriers)  # "posts claiming that"
               or _carrier_subject(speech, carriers))
    for tok in speech.sent:
        if tok.lemma_.lower() in verbs and tok.pos_ == "VERB" and verification_withheld(tok, kept):
            # (a side's claim of its own act stays its claim, events.py; what a post claims is no side's)
            return f"{'carrier ' if carried else ''}{UNVERIFIED}: not {tok.text}"
    return None


def contradicted(speech: Token, lex: CodingLexicon) -> str | None:
    """A report the same sentence contradicts: "reported that troops had killed 40, but monitors
    found no record of fighting", "..., but officials said they had recorded no incident"
    (a clause coordinated with the report, holding "no" before one of modality.yaml
    `contradiction_nouns`; "no casualties" says the event hurt no one and is no such word)."""
    nouns = lex.modality.get("contradiction_nouns", ())
    root = speech.sent.root
    heads = (speech,) if root.i == speech.i else (speech, root)  # ("messages announcing a curfew spread, but police had no evidence")
    for clause in (c for h in heads for c in h.children if c.dep_ in ("conj", "advcl") and c.i > speech.i
                   and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)):
        for tok in clause.subtree:
            if tok.lemma_.lower() in nouns and any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children):
                return f"contradicted: no {tok.text}"
    # in the words after the report, whatever the parse: "but" ... "none"/"nobody"/"no one" ... a
    # verb of seeing or confirming ("..., but none of the residents had seen any strangers")
    later = [t for t in speech.sent if t.i > speech.i]
    but = next((t.i for t in later if t.lower_ in ("but", "yet")), None)
    nobody = next((t.i for t in later if but is not None and t.i > but and (
        t.lower_ in ("none", "nobody", "noone") or (t.lower_ == "one" and t.i > 0 and t.doc[t.i - 1].lower_ == "no"))), None)
    seen = next((t for t in later if nobody is not None and t.i > nobody
                 and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.modality.get("contradiction_verbs", ())), None)
    return f"contradicted: none {seen.text}" if seen is not None else None
