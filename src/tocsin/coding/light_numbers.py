"""Numbers of the light path (light.py) written in groups of three digits with a space between
them ("16 000", "1 200 000", French usage; numbers.yaml `thousands_space`): the tokenizer splits
them, so the groups are joined back into one figure before the figures are counted."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .figures import Figure

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
            out[-1] = Figure(v, v if prev.low is not None else None, v if prev.high is not None else None,
                             prev.qualifier, sent[prev.start:fig.end].text, prev.start, fig.end)
            continue
        out.append(fig)
    return out
