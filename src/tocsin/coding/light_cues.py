"""Window cues of the light path (light.py): modality, attribution, what a figure counts and
read from the words around a trigger instead of a parse tree (a sentence's places:
light_places.py).

All the words are data (data/lexicons/<lang>/modality.yaml, numbers.yaml, places.yaml).  The
rules are those of docs/modality.md as far as words can tell them: the cue closest to the
trigger wins; a verb of saying makes a factual event "reported"; the French conditional of
unconfirmed news ("auraient été tués") is reported, not hypothetical.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from .figures import Figure, bounds
from .langs import language_module
from .lexicon import CodingLexicon
from .modality import Modality
from .light_frames import keyed_words
from .light_single import phrase_before, phrase_kind

MODAL_WINDOW = 4  # words before the trigger a modal or negation may stand
CLAUSE_BREAKS = {";", ":", "(", ")"}
SOURCE_MAX = 90  # characters of a source name
PERSON_WINDOW = 30  # words after "31 habitants" its verb may stand, past the asides on where they lived
DATELINE = re.compile(r"^[^\W\d_a-zçğıöşü][^\Wa-zçğıöşü]*(?:[ /][^\W\d_a-zçğıöşü][^\Wa-zçğıöşü]*)*\s*\([^()\n]{2,40}\)\s*[-–—]+\s+")


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def _until_break(tokens) -> list[Token]:
    """The tokens, in the order given, up to a clause break or a comma."""
    out: list[Token] = []
    for tok in tokens:
        if tok.text in CLAUSE_BREAKS or tok.text == ",":
            break
        out.append(tok)
    return out


def _clause_before(sent: Span, i: int) -> list[Token]:
    """The words before sentence position i back to a clause break or a comma."""
    return _until_break(reversed(sent[:i]))[::-1]


def _clause_after(sent: Span, i: int, n: int) -> list[Token]:
    """Up to n tokens after the trigger, in its clause ("une offensive turque d'envergure risquerait")."""
    return _until_break(sent[i + 1:i + 1 + n])


GAP = r"(?:\s+\S+){0,4}\s+"  # "…" in a cue phrase: up to four words ("amenazaron en un panfleto con")
LONG_GAP = r"(?:\s+\S+){0,8}\s+"  # "……": up to eight words, a long name ("ودعت بعثة الأمم المتحدة للدعم في ليبيا إلى")


def _phrase_before(text: str, phrases, proclitics=()) -> tuple[int, str] | None:
    """The phrase of `phrases` that ends closest to the end of `text` (word bounded); " … " in a
    phrase stands for up to four words; a phrase may carry one of `proclitics` ("وتخشى")."""
    best = None
    low = text.lower()
    glued = f"(?:{'|'.join(map(re.escape, proclitics))})?" if proclitics else ""
    for p in phrases:
        for m in _phrase_re(p, glued).finditer(low):
            if best is None or m.end() > best[0]:
                best = (m.end(), p)
    return best


@lru_cache(maxsize=8192)
def _phrase_re(phrase: str, glued: str) -> re.Pattern:
    """A cue phrase as a word-bounded pattern, compiled once ("…": up to four words, "……": eight)."""
    pattern = glued + LONG_GAP.join(GAP.join(re.escape(p.strip()) for p in long.split("…")) for long in phrase.split("……"))
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


def modality_light(sent: Span, i: int, family: str, lex: CodingLexicon) -> Modality:
    """Modality of the event whose trigger is at sentence position i."""
    mod = lex.modality
    if family in mod.get("recommending_families", ()):
        return Modality("recommended", sent[i].text)
    text = sent.text
    if text.rstrip().rstrip("»\"”’')").rstrip().endswith(("?", "؟")):  # « Qui peut tirer ... ? »
        return Modality("hypothetical", "question")
    own = getattr(language_module(sent.doc.lang_), "modality", None)
    if own is not None and (said := own(sent, i)) is not None:  # ar: "قد" + imperfect, "ستشن"
        return said
    low = f" {text.lower()} "
    doubt = next((p for p in mod.get("doubt_phrases", ()) if p in low), None)
    if doubt:
        return Modality("hypothetical", doubt)
    habit = _habit(sent, i, low, mod)
    if habit:
        return Modality("hypothetical", habit)
    trig = sent[i]
    after_text = text[trig.idx + len(trig.text) - sent.start_char:].lower()
    denial = _phrase_before(after_text, mod.get("after_negations", ()))
    if denial:  # "avoir abattu un hélicoptère, ce que dément l'état-major" (" … ": up to four words)
        return Modality("negated", denial[1])
    anys = mod.get("any_quantifiers") or ()  # "toute attaque", "cualquier ataque", "أي اعتداء": no one event
    if any(" ".join(t.lower_ for t in sent[max(0, i - len(q.split())):i]) == q for q in anys):
        return Modality("hypothetical", sent[i - 1].text)
    clause = _clause_before(sent, i)
    near = clause[-MODAL_WINDOW:]
    # negation: "ne ... pas", "n'a pas été tué", "aucun civil n'a été tué"
    openers = set(mod.get("negation_openers", ()))
    negators = set(mod.get("negators", ()))
    for k, tok in enumerate(near):
        if tok.lower_ in mod.get("negation_words", ()):
            return Modality("negated", tok.text)
        if tok.lower_ in openers:
            after = [t.lower_ for t in near[k + 1:]] + [t.lower_ for t in sent[i + 1:i + 3]]
            before = [t.lower_ for t in clause[:len(clause) - len(near) + k]][-5:]
            if negators & set(after) or negators & set(before):
                return Modality("negated", tok.text)
    for tok in [*reversed(near), *_clause_after(sent, i, 5)]:  # "la emboscada podría deberse", "l'attaque de Songho pourrait": after a noun too
        value = mod.get("modals", {}).get(tok.lower_)
        if value:
            return Modality(value, tok.text)
        if tok.lower_ in mod.get("reported_conditionals", ()):
            return Modality("reported", tok.text)
    for tok in reversed(near):  # "solicitará órdenes de aprehensión": a future verb before the event noun
        if tok.lemma_.lower() != tok.lower_ and len(tok.lower_) > 5 and tok.lower_.endswith(
                tuple(mod.get("future_endings", ()))):
            return Modality("future", tok.text)
    scanned = _suffix_modality(sent, i, mod)
    if scanned is not None:
        return scanned
    before_text = text[:trig.idx - sent.start_char]
    marks = mod.get("conditional_marks", ())  # "« Si l'armée venait à se retirer, plus rien n'arrêterait ..."
    if any(re.search(rf"(?:^[\s«\"“‹(—–-]*|[,;:]\s*){re.escape(m)}\s", before_text.lower()) for m in marks):
        return Modality("hypothetical", "si")
    lemma = trig.lemma_.lower()
    if lemma != trig.lower_ and len(trig.lower_) > 5:  # an inflected verb: its own tense
        if any(trig.lower_.endswith(e) for e in mod.get("future_endings", ())):
            return Modality("future", trig.text)
        if any(trig.lower_.endswith(e) for e in mod.get("conditional_endings", ())):
            return Modality(mod.get("conditional_value", "reported"), trig.text)
    best = None
    bound = set(mod.get("clause_bound_heads", ()))  # "sin que se publicaran los resultados, miles salieron": its clause only
    for value, heads in mod.get("irrealis_heads", {}).items():
        hit = _phrase_before(before_text, heads, mod.get("head_proclitics") or ())
        if hit and hit[1] in bound and re.search(r"[,;]", before_text[hit[0]:]):
            hit = _phrase_before(before_text, [h for h in heads if h not in bound], mod.get("head_proclitics") or ())
        if hit and (best is None or hit[0] > best[0]):
            best = (hit[0], value, hit[1])
    if best:
        return Modality(best[1], best[2])
    return Modality("asserted")


def _habit(sent: Span, i: int, low: str, mod: dict) -> str | None:
    """A habit or a standing state, not one event: a habit word anywhere in the sentence
    ("se repiten casi cada semana", "depuis plusieurs années", "bien plus fréquentes":
    modality.yaml `habitual_adverbs`, `habit_phrases`), or a trigger verb in the present (its
    ending: `present_endings`, not `past_endings`) in a sentence with no date and no figure
    ("Cobran vacunas y asesinan a quienes se niegan a pagar", "des milices s'y affrontent")."""
    words = [*(mod.get("habitual_adverbs") or ()), *(mod.get("habit_phrases") or ())]
    cue = next((w for w in words if f" {w} " in low or f" {w}," in low or f" {w}." in low), None)
    if cue:
        return cue
    trig, ends = sent[i], tuple(mod.get("present_endings") or ())
    if sent.start == 0:
        return None  # a lead or headline tells news in the present ("Cientos de familias huyen ...")
    if not ends or trig.lemma_.lower() == trig.lower_ or not trig.lower_.endswith(ends) \
            or trig.lower_.endswith(tuple(mod.get("past_endings") or ())):
        return None
    dated = set(mod.get("date_words") or ())
    if any(t.like_num or t.lower_ in dated for t in sent):
        return None  # "Le 3 décembre, des hommes armés attaquent ...": a dated present tells an event
    return f"{trig.text} (present)"


NONFINITE = frozenset({"future", "hypothetical", "negated", "participle"})  # moods a case suffix may follow


def _suffix_modality(sent: Span, i: int, mod: dict) -> Modality | None:
    """Verb-final languages that mark tense, mood and negation with suffixes (Turkish,
    modality.yaml `ending_modality`): from the trigger to the end of its clause, the first word
    that is a cue of `after_modals` ("yalanladı", "iddia") or whose longest listed ending says
    the mood ("vuracak" future, "öldürülmedi" negated, "saldırabilir" hypothetical).  A finite
    past or present verb ("asserted" endings) or a postposition of a known event ("saldırı
    sonrası") ends the scan: the event is what the clause asserts."""
    table = mod.get("ending_modality")
    if not table:
        return None
    after = mod.get("after_modals") or {}
    stops = set(mod.get("factual_postpositions", ()))
    tails = tuple(mod.get("ending_tails", ()))
    endings = sorted(((e, v) for v, es in table.items() for e in es), key=lambda ev: -len(ev[0]))
    for j in range(i, len(sent)):
        tok = sent[j]
        if tok.text in (".", ";", "?", "!", ":"):
            break
        if j > i and tok.text[:1].isupper():
            continue  # a name ("Karacak"), not a verb
        low = tok.lower_
        if j > i and low in after:
            return Modality(after[low], tok.text)
        if j == i + 1 and low in stops:
            return None
        ending = next((v for e, v in endings if low.endswith(e) and len(low) > len(e) + 1), None)
        if ending is None:  # a participle in a case ("açabileceğinden", "düzenleyeceklerini")
            bare = [low[:-len(t)] for t in tails if low.endswith(t) and len(low) > len(t) + 3]
            ending = next((v for e, v in endings if v in NONFINITE for b in bare
                           if b.endswith(e) and len(b) > len(e) + 1), None)
        if ending == "asserted":
            return None
        if ending == "reported" and j + 1 < len(sent) and sent[j + 1].lower_ in after:
            return Modality(after[sent[j + 1].lower_], sent[j + 1].text)  # "bulmuş olabilir"
        if ending is not None and ending != "participle":
            return Modality(ending, tok.text)
    return None


def _final_source(text: str, mod: dict) -> str | None:
    """Verb-final attribution ("Hatay Valisi Rahmi Doğan, ... açıkladı."): a sentence that ends
    with a verb of saying cites the phrase before its first comma."""
    low = text.lower().rstrip(" .\n")
    if not any(low.endswith(v) for v in mod.get("final_source_verbs", ())):
        return None
    text = DATELINE.sub("", text)  # "ANKARA (Savunma Hattı) - Milli Savunma Bakanlığı, ..."
    head = text.split(",", 1)
    words = head[0].split()
    if len(head) == 2 and 1 <= len(words) <= int(mod.get("final_source_words", 8)):
        return head[0].strip(" «»\"")[:SOURCE_MAX]
    return None


def attribution_light(sent: Span, lex: CodingLexicon) -> str | None:
    """The source the sentence cites: after "selon"/"d'après"/", a indiqué", or before a verb
    of saying followed by "que" ("L'OSDH a indiqué que ...")."""
    mod = lex.modality
    text = sent.text
    low = text.lower()
    for post in mod.get("source_postpositions", ()):  # "SOHR'a göre": the source comes before
        m = re.search(rf"(?<!\w){re.escape(post)}(?!\w)", low)
        if m:
            head = re.split(r"[,;:]", text[:m.start()])[-1].strip(" «»\"")
            if head:
                return head[:SOURCE_MAX]
    final = _final_source(text, mod)
    if final:
        return final
    stops = set(mod.get("source_stops", ()))
    lead = set(mod.get("source_lead_skips", ()))  # "a annoncé mardi le gouvernement"
    for marker in sorted(mod.get("source_markers", ()), key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(marker)}(?!\w)", low)
        if not m:
            continue
        rest = text[m.end():]
        while (words := rest.split()) and words[0].lower() in lead:
            rest = rest.lstrip()[len(words[0]):]
        if words and not re.match(r"(?:de\s+)?qu", rest.strip().lower()):  # "informó (de) que": the speaker is before
            out = []
            for w in re.split(r"[,.;:\n]", rest, maxsplit=1)[0].split():
                if out and w.lower() in stops:
                    break
                out.append(w)
            src = " ".join(out).strip(" «»\"")
            tail = re.match(r",\s*([A-ZÀ-ÝÑ][\w'’-]*(?:\s+[A-ZÀ-ÝÑ][\w'’-]*){0,3})\s*[.;]?\s*$", rest[len(
                re.split(r"[,.;:\n]", rest, maxsplit=1)[0]):])
            if tail and len(out) == len(re.split(r"[,.;:\n]", rest, maxsplit=1)[0].split()):
                src = f"{src}, {tail.group(1)}"  # "según el ministro de Defensa, Vladimir Padrino López"
            if src and src[0].isalpha():
                return src[:SOURCE_MAX]
        parts = re.split(r"[,;:]", text[:m.start()])
        head = parts[-1].strip(" «»\"")
        if not head and len(parts) >= 3 and parts[-2].strip()[:1].isupper() and parts[-3].strip():
            head = f"{parts[-3].strip()}, {parts[-2].strip()}"  # "El ministro del Interior, Andrés Chadwick, informó que"
        if head:
            return head[:SOURCE_MAX]
    return None


def figure_kind_light(sent: Span, fig: Figure, lex: CodingLexicon) -> str | None:
    """What a figure counts: the first kind noun or verb after it ("33 soldats turcs ont été
    tués", "12 morts", "ont perdu la vie"), else a kind verb or phrase just before it ("tuant au
    moins 12 civils", "a coûté la vie à une vingtaine")."""
    kinds = lex.numbers["figure_kinds"]
    window = int(lex.numbers.get("kind_window", 6))
    durations = set(lex.numbers.get("duration_units", ()))
    if fig.end < len(sent) and sent[fig.end].lower_ in durations:
        return None  # "au cours des dernières 24 heures"
    if fig.end < len(sent) and set(_forms(sent[fig.end])) & lex.person_nouns:
        window = PERSON_WINDOW  # "31 habitants du village ..., dans le cercle de Bankass (...), ont été tués"
    if lex.numbers.get("kind_before_first") and (kind := _kind_verb_before(sent, fig, kinds)):
        return kind  # "مقتل 33 جندياً وإصابة 30": the verbal noun before the figure says it first
    markers = [m.split() for m in lex.numbers.get("subset_markers", ())]
    j, seen = fig.end, 0
    while j < len(sent) and seen < window:
        tok = sent[j]
        if any([t.lower_ for t in sent[j:j + len(m)]] == m for m in markers):
            # "23 civils, dont 15 enfants, ont été tués": over the aside
            j = next((k for k in range(j, len(sent)) if sent[k].text == ","), len(sent) - 1) + 1
            continue
        j, seen = j + 1, seen + 1
        if tok.like_num or tok.text in (".", ";", ":"):
            break
        for kind, spec in kinds.items():
            if set(_forms(tok)) & (set(spec["nouns"]) | set(spec["verbs"])):
                return kind
        if kind := phrase_kind(sent, j - 1, lex):
            return kind  # "une quinzaine de soldats ont perdu la vie"
    if lex.numbers.get("totals_before"):
        return _total_before(sent, fig, lex)
    return _kind_verb_before(sent, fig, kinds) or phrase_before(sent, fig.start, lex)  # "coûté la vie à"


def _total_before(sent: Span, fig: Figure, lex: CodingLexicon) -> str | None:
    """ "ارتفع عدد قتلى الهجوم ... إلى 100": a total verb, then the counted noun, then the
    figure (numbers.yaml `totals_before`); the figure counts what the noun names."""
    kinds = lex.numbers["figure_kinds"]
    totals = set(lex.numbers.get("total_verbs", ()))
    words = list(sent[:fig.start])
    start = next((k for k in range(len(words) - 1, -1, -1) if set(_forms(words[k])) & totals), None)
    if start is None or any(t.text in (".", ";", "؛") for t in words[start:]):
        return _kind_verb_before(sent, fig, kinds)
    for tok in words[start + 1:]:
        for kind, spec in kinds.items():
            if set(_forms(tok)) & set(spec["nouns"]):
                return kind
    return _kind_verb_before(sent, fig, kinds)


def _kind_verb_before(sent: Span, fig: Figure, kinds: dict) -> str | None:
    for j in range(fig.start - 1, max(fig.start - 4, -1), -1):
        for kind, spec in kinds.items():
            if set(_forms(sent[j])) & set(spec["verbs"]):
                return kind
    return None


DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def dotted(fig: Figure, lex: CodingLexicon) -> Figure:
    """ "6.000 habitantes": a dot groups thousands where numbers.yaml says so (`thousands_dot`)."""
    m = DOTTED.search(fig.text) if lex.numbers.get("thousands_dot") else None
    if m is None or not DOTTED.fullmatch(m.group()):
        return fig
    k = int(m.group().replace(".", "")) / float(m.group())
    if fig.value is None:
        return replace(fig, **{f: getattr(fig, f) * k for f in ("low", "high") if getattr(fig, f) is not None})
    low, high = bounds(fig.value * k, fig.qualifier)  # ("más de 6.000": at least 6,001)
    return replace(fig, value=fig.value * k, low=low, high=high)


CARRIED_REACH = 4  # words after "armados con" the weapons they carry stand in


def carried(sent: Span, instruments: list, lex: CodingLexicon) -> list:
    """Without the instruments the attackers are only said to carry (assembly.yaml `armed_with`:
    "hombres armados con fusiles y explosivos irrumpieron ..."): they name no explosion and do
    not make the act a bombing."""
    phrases = (lex.assembly or {}).get("armed_with") or ()
    if not phrases or not instruments:
        return instruments
    ends = []
    low = sent.text.lower()
    for p in phrases:
        for m in re.finditer(rf"(?<!\w){re.escape(p)}(?!\w)", low):
            ends.append(sum(1 for t in sent if t.idx - sent.start_char < m.end()))
    return [ins for ins in instruments
            if not any(0 <= ins[2].i - sent.start - e < CARRIED_REACH for e in ends)]


def split_rest(sent: Span, i: int, word: str, lex: CodingLexicon) -> list[Token] | None:
    """The object of a verb-first phrase standing past its subject and adverbials ("أطلقت قوات
    الأمن يوم الجمعة في ساحة التحرير النار"): assembly.yaml `split_objects`, within `reach`
    words of the verb and before the clause ends."""
    spec = lex.assembly.get("split_objects") or {}
    if word not in keyed_words(tuple(spec.get("words") or ()), sent.doc.lang_):
        return None
    for tok in sent[i + 1:i + 1 + int(spec.get("reach", 0))]:
        if tok.text in SPLIT_ENDS:
            return None
        if word in {tok.lower_, tok.lemma_.lower()}:
            return [tok]
    return None


SPLIT_ENDS = frozenset({".", ",", "،", ";", "؛", ":", "?", "؟", "!"})
