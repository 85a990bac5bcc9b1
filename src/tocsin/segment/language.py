"""Offline language identification (py3langid, a pre-trained model shipped in the wheel)."""
from __future__ import annotations

MIN_CHARS = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when there is too little text to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:  # letters, not punctuation
        return None
    import py3langid  # loads its model on first use, not at import of tocsin

    lang, _score = py3langid.classify(sample)
    return lang
