"""Offline language identification: a script check first, then py3langid (a pre-trained model
shipped in the wheel) limited to the languages tocsin reads, then a confidence floor.

Limiting the model matters: on a short French page an unlimited langid may answer "ca" or
"la", languages tocsin has no lexicon for.  A text the limited model is not sure of is "und"
(undetermined) and is coded with the English rules, as every article was before issue 13.
"""
from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 20
# the languages the model may answer: English, the languages with coding lexicons
# (data/lexicons/<lang>/triggers.yaml) and those planned in issue 13 (Arabic, Turkish)
MODEL_LANGUAGES = ("en", "fr", "es", "ar", "tr")
CONFIDENCE_FLOOR = 0.99  # normalised probability among MODEL_LANGUAGES (German scored 0.92 "en", Portuguese 0.99 "es")
UNDETERMINED = "und"
ARABIC_SHARE = 0.5  # share of letters in Arabic script that makes a text Arabic-script
# letters of the Arabic script that Arabic itself does not use: Persian and Urdu
PERSIAN_URDU = {"\u067e": "fa", "\u0686": "fa", "\u0698": "fa", "\u06af": "fa", "\u06a9": "fa",
                "\u06cc": "fa", "\u0679": "ur", "\u0688": "ur", "\u0691": "ur", "\u06ba": "ur",
                "\u06be": "ur", "\u06d2": "ur"}


def _arabic_script(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"


def script_language(letters: str) -> str | None:
    """The language a script alone tells: Arabic script is Arabic unless Persian or Urdu
    letters mark it (the one with more marks wins)."""
    arabic = [ch for ch in letters if _arabic_script(ch)]
    if len(arabic) < ARABIC_SHARE * len(letters):
        return None
    marks: dict[str, int] = {}
    for ch in arabic:
        if ch in PERSIAN_URDU:
            marks[PERSIAN_URDU[ch]] = marks.get(PERSIAN_URDU[ch], 0) + 1
    if marks and max(marks.values()) >= 3:
        return max(marks, key=marks.get)
    return "ar"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier  # loads the model on first use

    return _load_identifier(norm_probs=True, langs=list(MODEL_LANGUAGES))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`; "und" when the model is below its floor; None when there is
    too little text to tell."""
    sample = text[:5000]
    letters = "".join(ch for ch in sample if ch.isalpha())
    if len(letters) < MIN_CHARS:  # letters, not punctuation
        return None
    by_script = script_language(letters)
    if by_script is not None:
        return by_script
    lang, prob = _identifier().classify(sample)
    return lang if prob >= CONFIDENCE_FLOOR else UNDETERMINED
