"""A sentence whose neighbour makes its events no news (tenth round, two-sentence stress items in
bench/stress/pairs-*.jsonl).

Called from ``events.code_doc``; rules as data in ``data/lexicons/en/nonevents.yaml`` (keys
``debunk_patterns``, ``frame_patterns``); tests in ``tests/coding/test_nonevents_discourse.py``.

- **Debunked by the next sentence** (hypothetical, cue "debunked"): "Rebels shot down a Russian
  jet over Saraqib on Friday, according to a video that spread on Telegram. Researchers matched
  the footage to a clip filmed over Hama in 2016." The next sentence of the same paragraph
  withdraws, corrects or exposes the report (a post deleted, a figure retracted, a statement
  "issued in error", a rumour, a hoax, old or staged footage, "part of a live-fire drill", "no
  rockets had been fired"): every factual record of the sentence before it becomes hypothetical.
- **Set up as a frame by the sentence before** (hypothetical, cue "scenario"): "In the
  operational plan seen by reporters, the offensive unfolds in three phases. Turkish armoured
  units retake Saraqib on the third day." A sentence naming a scenario, a plan, a war game, a
  projection, a novel, a film, a draft statement, or opening "Imagine ..." or "Here is what could
  happen", then a sentence told in the present (or a future) tense: its events are the frame's,
  not news. News told in the past tense after such a sentence stays ("The plan was leaked on
  Tuesday. On Wednesday troops shelled Saraqib.").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from .modality import FACTUAL

PRESENT = ("VBZ", "VBP")
_SAME_IN_PAST = frozenset({"hit", "put", "cut", "set", "shut", "spread", "cost", "beat", "let", "burst", "cast", "hurt",
                           "quit", "shed", "split", "thrust", "upset", "read", "bid", "broadcast", "forecast", "overrun"})


def _first_match(sent: Span, patterns) -> str | None:
    """The words of the first of `patterns` (compiled, in the file's order: nonevents.rules) found
    in the sentence, or None."""
    return next((m.group(0) or "?" for p in patterns if (m := p.search(sent.text))), None)


def debunks_previous(sent: Span, rules: dict) -> str | None:
    """The debunking words of a sentence that exposes the report told just before it, or None
    (not one that takes back its own report: "State television first reported that 60 militants
    had been killed and then withdrew the report")."""
    for k, p in enumerate(rules.get("debunk_patterns", ())):
        if (m := p.search(sent.text)):
            start = sent.start_char + m.start()
            if k == 0 and any(t.lemma_.lower() in OWN_REPORTS and t.pos_ == "VERB" and t.idx < start
                              and any(c.dep_ == "ccomp" for c in t.children) for t in sent):
                return None  # (the first pattern: a report withdrawn, the sentence's own)
            if m.group(0).endswith("staged") and _staged_gathering(sent, start, rules):
                continue
            return m.group(0) or "?"
    return None


def _staged_gathering(sent: Span, start: int, rules: dict) -> bool:
    """ "A separate demonstration was staged the same day": a gathering held, not a fake (nonevents.yaml
    `staged_gatherings`)."""
    words = rules.get("staged_gatherings", ())
    return any(t.lower_ == "staged" and t.idx >= start and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in words for c in t.children) for t in sent)


OWN_REPORTS = frozenset({"report", "announce", "claim", "broadcast", "publish", "post", "air", "tweet"})


def sets_a_frame(sent: Span, rules: dict) -> tuple[str, bool] | None:
    """(the frame words, whether the frame is a rehearsal) of a sentence that sets up what the
    next one tells, or None."""
    for key, rehearsal in (("exercise_frame_patterns", True), ("frame_patterns", False)):
        words = _first_match(sent, rules.get(key, ()))
        if words is not None:
            return words, rehearsal
    return None


def debunked(events: list, prev_start: int, cue: str, rules: dict) -> list:
    """The factual records of the sentence at `prev_start`, made hypothetical (a peaceful protest
    stays when the debunk only says all was calm: `calm_debunks`)."""
    calm = cue.lower().startswith(tuple(rules.get("calm_debunks", ())))
    return [replace(e, modality="hypothetical", modality_cue=f"debunked: {cue}")
            if e.evidence.get("start") == prev_start and e.modality in FACTUAL
            and not (calm and (e.acled or {}).get("sub_event_type") == "Peaceful protest") else e for e in events]


def told_in_the_frame(sent: Span, coded: list, frame: tuple[str, bool]) -> list:
    """The factual records of a sentence told in the present (or quoted) after a frame-setting
    sentence; after a rehearsal's, in any tense when the sentence has no date of its own."""
    cue, rehearsal = frame
    if rehearsal and not any(e.label_ in ("DATE", "TIME") for e in sent.ents):
        kind = "rehearsal"
    elif _present_or_quoted(sent) and not (cue.strip() == "?" and _dated_past(sent)):
        kind = "scenario"
    else:
        return coded
    return [replace(e, modality="hypothetical", modality_cue=f"{kind}: {cue}") if e.modality in FACTUAL else e
            for e in coded]


def _dated_past(sent: Span) -> bool:
    """After a question, an act told in a past "when" clause of a date: "Many date their anger to
    July 21, when a mob stormed the station" is news, not the question's scenario (not in a quote)."""
    if _opens_quote(sent):
        return False
    return any(t.tag_ == "VBD" and t.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in t.children)
               and (t.head.ent_type_ == "DATE" or t.head.head.ent_type_ == "DATE") for t in sent)


def _present_or_quoted(sent: Span) -> bool:
    """The sentence is told in the present (also a verb the tagger misreads: "Militiamen storm the
    town") or opens with a quote ('"Today aircraft bombed the centre of Idlib," it read')."""
    root = sent.root
    misread = root.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in root.children)  # ("Militiamen storm the town")
    bare = (root.tag_ == "VBD" and root.lower_ == root.lemma_.lower() and root.lower_ not in _SAME_IN_PAST) or (
        root.tag_ == "VB" and any(c.dep_ == "nsubj" for c in root.children)
        and not any(c.dep_ == "aux" for c in root.children))  # "storm" tagged past, "Gunmen stop his car" tagged VB
    present = (misread or bare or any(t.tag_ in PRESENT and t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj")
                                      for t in sent)) and (root.tag_ != "VBD" or bare)
    return present or _opens_quote(sent)


def _opens_quote(sent: Span) -> bool:
    return sent.text.lstrip()[:1] in ("'", '"', "\u2018", "\u201c")

