"""What is only feared or rumoured, read around an event word (nonevents_claims.py
`claims_modality`; words in nonevents.yaml `prospect_nouns`, `rumour_nouns`):

- "citing the danger of Ukrainian shelling", "for fear of air strikes": an event noun right
  after "of" under a prospect noun is what may come;
- "A rumour that the ELN had executed a guard spread through the villages": the content of a
  rumour is no event (unless the sentence says it proved true), nor that of a threat or warning
  received ("a credible threat that members of several gangs have agreed to ...").
"""
from __future__ import annotations

from spacy.tokens import Token


def _in(tok: Token, words) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def prospect_of(head: Token, r: dict) -> str | None:
    """ "citing the danger of Ukrainian shelling", "for fear of air strikes": an event noun right
    after "of" under a prospect noun is what may come (read from the words: the parser often
    hangs such a gerund elsewhere)."""
    j = head.i - 1
    while j > head.sent.start and head.i - j <= 3 and (head.doc[j].pos_ in ("ADJ", "PROPN", "DET") or (
            head.doc[j].pos_ == "NOUN" and head.doc[j].dep_ in ("compound", "nmod"))):
        j -= 1
    if j - 1 >= head.sent.start and head.doc[j].lower_ == "of" and _in(head.doc[j - 1], r.get("prospect_nouns", ())):
        return f"{head.doc[j - 1].text} of"
    return None


def rumoured(head: Token, r: dict) -> Token | None:
    """The rumour noun whose clause holds the event word's own clause ("a rumour that X had
    seized the town"), or None; an act in another clause ("... before officials dismissed it")
    is no part of the rumour."""
    clause = next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), head)
    noun = clause.head
    if noun.dep_ == "acl" and clause.dep_ == "ccomp" and _in(noun, r.get("claiming_verbs", ())):
        clause, noun = noun, noun.head  # "a message ... claiming that militants had stormed the bazaar"
    denied = _in(noun, r.get("denied_claim_nouns", ())) and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and _in(
        noun.head, r.get("claim_denial_verbs", ()))  # "Reports that troops had entered X were denied by its mayor"
    threat = _in(noun, r.get("threat_content_nouns", ()))  # "received a credible threat that gangs had agreed to ..."
    rumour = noun if (_in(noun, r.get("rumour_nouns", ())) or denied or threat) and (
        clause.dep_ in ("acl", "ccomp") or (clause.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children))) else None
    if rumour is None or any(t.lower_ in ("true", "correct", "accurate", "confirmed")
                             for t in rumour.head.subtree if t.i > rumour.i):  # ("... proved true")
        return None
    return rumour
