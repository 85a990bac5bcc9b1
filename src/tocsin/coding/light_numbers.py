"""Numbers of the light path (light.py) written in several tokens: groups of three digits with a
space between them ("16 000", "1 200 000", French usage; numbers.yaml `thousands_space`), which
the tokenizer splits, are joined back into one figure (`grouped`); tens, a joiner and units
("soixante et onze", "treinta y dos", "ثلاثة وثلاثون") make one number (`joined`); counts of
coordinated victim groups of one verb add up (`coordinated`)."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .figures import Figure, _added, bounds

GROUP = re.compile(r"^\d{3}$")
SPACES = (" ", "\u00a0", "\u202f")  # a space, a no-break space, a narrow no-break space


def grouped(sent: Span, figs: list[Figure], lex) -> list[Figure]:
    """The figures with "16" and "000" (adjacent, one space apart) joined into 16000."""
    if not lex.numbers.get("thousands_space"):
        return figs
    out: list[Figure] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prev is not None and prev.value is not None and fig.value is not None and prev.end == fig.start
                and GROUP.match(fig.text) and sent[prev.end - 1].text.isdigit()
                and sent[prev.end - 1].whitespace_ in SPACES):
            v = prev.value * 1000 + fig.value
            out[-1] = Figure(v, *bounds(v, prev.qualifier),  # ("plus de 16 000": at least 16,001)
                             prev.qualifier, sent[prev.start:fig.end].text, prev.start, fig.end)
            continue
        out.append(fig)
    return out


def joined(sent: Span, figs: list[Figure], lex) -> list[Figure]:
    """ "soixante et onze", "treinta y dos": tens, a joiner and units make one number."""
    joiners = set(lex.numbers.get("number_joiners", ()))
    prefixes = tuple(lex.numbers.get("number_joiner_prefixes", ()))
    out: list[Figure] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prefixes and prev is not None and prev.value is not None and fig.value is not None
                and prev.end == fig.start and sent[fig.start].lower_.startswith(prefixes) and 1 <= prev.value <= 9
                and fig.value % 10 == 0 and 20 <= fig.value <= 90 and fig.qualifier == "exact"):
            # "ثلاثة وثلاثون": units, then the tens with the joiner on them
            v = prev.value + fig.value
            out[-1] = Figure(v, *bounds(v, prev.qualifier),  # ("plus de 16 000": at least 16,001)
                             prev.qualifier, sent[prev.start:fig.end].text, prev.start, fig.end)
            continue
        if (prev is not None and prev.value is not None and fig.value is not None and prev.end + 1 == fig.start
                and sent[prev.end].lower_ in joiners and prev.value % 10 == 0 and 20 <= prev.value <= 90
                and 1 <= fig.value <= 19 and fig.qualifier == "exact"):
            v = prev.value + fig.value
            lo = v if prev.low is not None else None
            hi = v if prev.high is not None else None
            out[-1] = Figure(v, lo, hi, prev.qualifier, sent[prev.start:fig.end].text, prev.start, fig.end)
            continue
        out.append(fig)
    return out


def coordinated(sent: Span, figs: list[Figure], k: int, kind: str | None, lex, kind_of) -> tuple[Figure, str | None]:
    """The figure at k with the next one added when the two count coordinated victim groups of
    one verb: "trois soldats et huit supplétifs ont été tués" (the first has no kind word of its
    own: the next one's), "قتل ثلاثة جنود وثمانية مدنيين" (the conjunction written on the
    number, numbers.yaml `number_joiner_prefixes`; both counted by the verb before them).
    Never over a duration ("deux jours et huit morts") or a kind word ("12 morts et 30 blessés")."""
    fig = figs[k]
    conj = set(lex.numbers.get("figure_conjunctions", ()))
    prefixes = tuple(lex.numbers.get("number_joiner_prefixes", ()))
    if k + 1 >= len(figs) or not (conj or prefixes):
        return fig, kind
    nxt = figs[k + 1]
    between = list(sent[fig.end:nxt.start])
    words = {t.lower_ for t in between}
    kinds = lex.numbers["figure_kinds"]
    if not between or len(between) > 3 or words & set(lex.numbers.get("duration_units", ())) or any(
            {t.lemma_.lower(), t.lower_} & (set(s["nouns"]) | set(s["verbs"])) for t in between for s in kinds.values()):
        return fig, kind
    on_number = bool(prefixes) and sent[nxt.start].lower_.startswith(prefixes) and len(between) <= 2
    if not (between[-1].lower_ in conj or on_number):
        return fig, kind
    if kind is None and (kind := kind_of(sent, nxt, lex)):
        return _added(fig, nxt), kind  # "7 asker ve 1 sivil ... şehit oldu": 8
    if kind is not None and on_number and kind_of(sent, nxt, lex) == kind:
        return _added(fig, nxt), kind
    return fig, kind

