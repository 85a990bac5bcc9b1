"""Sentences of the light path (light.py) whose violent words tell no political violence, read
per article with a paragraph's memory (data/lexicons/<lang>/assembly.yaml):

- sport: a sentence with a score ("5-0", "132-96") or enough sports words of its own (one
  match report inside a politics article), or any sentence of a sports article, whose violence
  has no armed actor, no death toll and no explosive ("les Celtics ont massacré les Pacers",
  "bombardé son adversaire de crochets"; a bomb at a stadium stays an attack);
- a display: a military exercise, a parade, an arms fair (`display_frames`: "l'exercice
  Orion", "maniobras", "tatbikatında", "مناورة", "feria aeronáutica"), in the sentence or the
  one before it in the paragraph: the shots fired at targets are no attack unless someone dies
  or is hurt (an attack on a parade with its dead stays one);
- a mishap: a gas or firedamp explosion, a fire that broke out, a crash (`mishap_phrases`:
  "grizu patlaması", "un incendie s'est déclaré", "chocó contra"), in the sentence or the one
  before it in the paragraph: its dead are no attack's victims unless an armed actor acts;
- a natural hazard named in the sentence (triggers.yaml `hazard_nouns`: "sel", "inundación")
  whose dead or hurt, or whose fleeing families, no armed actor made: the rescuers or gendarmes
  who found them do not make the flood an attack, nor its flight a conflict's displacement
  (light.py vetoes the hazard's violence when no armed actor is named at all);
- ordinary crime (`crime_phrases`: "robaron una droguería", "un braquage"): its violence and
  its flight are no conflict event unless a named armed group acts (unnamed gunmen may rob);
- a statistic (`statistic_phrases`: "frente a 2020", "por cada 100.000 habitantes", "par
  rapport à l'an dernier", "la cifra de detenciones ... supera la de 2017"): the counted killings,
  protests and arrests are no one event;
- a disease (`disease_words`: "le paludisme a tué", "قتلت الكوليرا") in a sentence with no
  weapon word (`weapon_words`: a doctor of the Ebola response shot dead is a killing) and no
  armed actor.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..records import CodedEvent
from .events import ARMED_KINDS
from .light_frames import _ends, _keys, hazard_sentence
from .light_pointed import subheading

SCORE = re.compile(r"(?<![\d.,/:-])\d{1,3} ?[-–] ?\d{1,3}(?!\d|[.,/:-]\d| ?%)")  # "6-0", "132-96"; not "2019-2020"
# instruments that make a sports sentence's violence real (exact ids: "inst.bombardment" is a figure there)
EXPLOSIVE_RULES = frozenset({"inst.ied", "inst.bomb", "inst.suicide", "inst.grenade", "inst.chemical"})
SPORTS_SENTENCE_MIN = 3  # sports words that make one sentence a match report
DISPLAY_DROPS = frozenset({"protest", "mobilize"})  # a parade is no march, troops shown are not sent


def _armed(ev: CodedEvent, role: str | None = None) -> bool:
    return any(a.get("kind") in ARMED_KINDS and role in (None, a.get("role")) for a in ev.actors)


def _named_armed(ev: CodedEvent) -> bool:
    """An armed actor other than unnamed gunmen ("bandits stole cattle" is the bandits' raid)."""
    return any(a.get("kind") in ARMED_KINDS and not str(a.get("name", "")).startswith("Unidentified")
               for a in ev.actors)


def _hurt(ev: CodedEvent) -> bool:
    return bool({"fatalities", "injured"} & set(ev.figures or {}))


class Quiet:
    """The events of one article's sentences, less those a sports, display or mishap frame
    explains; call once per sentence in order."""

    def __init__(self, lex, lang: str, sports_article: bool):
        self.lex, self.lang, self.sports_article = lex, lang, sports_article
        spec = lex.assembly or {}
        self.display = tuple(spec.get("display_frames") or ())
        self.mishap = tuple(spec.get("mishap_phrases") or ())
        self.disease, self.weapons = tuple(spec.get("disease_words") or ()), tuple(spec.get("weapon_words") or ())
        self.crime, self.statistic = tuple(spec.get("crime_phrases") or ()), tuple(spec.get("statistic_phrases") or ())
        self.para, self.display_before, self.mishap_before = -1, False, False
        # what a figure after a score may count: people ("10-15 civils tués" is no score)
        self.counted = lex.person_nouns | {n for spec in lex.numbers["figure_kinds"].values() for n in spec["nouns"]}

    def __call__(self, sent: Span, para: int, events: list[CodedEvent]) -> list[CodedEvent]:
        if para != self.para:
            self.para, self.display_before, self.mishap_before = para, False, False
        display = bool(self.display) and bool(_ends(sent, self.display, self.lang))
        mishap = bool(self.mishap) and bool(_ends(sent, self.mishap, self.lang))
        sports = self.sports_article or self.sports_sentence(sent)
        ill = (bool(self.disease) and bool(_ends(sent, self.disease, self.lang))
               and not _ends(sent, self.weapons, self.lang))
        shown, mishap_here = display or self.display_before, mishap or self.mishap_before
        self.display_before, self.mishap_before = display, mishap
        fams = self.lex.families
        hazard = bool(events) and hazard_sentence(sent, self.lex)
        crime = bool(events) and bool(self.crime) and bool(_ends(sent, self.crime, self.lang))
        statistic = bool(events) and bool(self.statistic) and bool(_ends(sent, self.statistic, self.lang))
        if events and subheading(sent, para):  # "Attaques terroristes fréquentes" (light_pointed.py)
            return []
        out = []
        for ev in events:
            fam = fams.get(ev.rule_family) if ev.rule_family else None
            violent = bool(fam and fam.violent)
            if sports and violent and not (_armed(ev) or self._toll(sent, ev) or ev.rule_id in EXPLOSIVE_RULES):
                continue
            if shown and (violent or ev.rule_family in DISPLAY_DROPS) and not _hurt(ev):
                continue
            if (mishap_here or ill) and (violent or ev.rule_family == "displacement") and not _armed(ev):
                continue  # ("un carambolage entre des voitures de familles déplacées a fait trois blessés")
            if crime and (violent or ev.rule_family == "displacement") and not _named_armed(ev):
                continue  # "dos hombres armados con un cuchillo robaron una droguería y huyeron"
            if statistic and (violent or ev.rule_family in ("protest", "arrest")):
                continue  # "los homicidios dolosos bajaron un 3,6 % en 2021 frente a 2020", "supera la de cualquier otra ola de protestas"
            if hazard and (violent or ev.rule_family == "displacement") and not _armed(ev, "actor1") \
                    and ev.rule_id not in EXPLOSIVE_RULES:
                continue  # "sel sularının dolduğu evde jandarma 1 kişiyi ölü buldu": the flood killed
            out.append(ev)
        return out

    @staticmethod
    def _toll(sent: Span, ev: CodedEvent) -> bool:
        """A death toll that is no score ("ont massacré les Pacers 132-96": 132 is points)."""
        fig = (ev.figures or {}).get("fatalities")
        text = str((fig or {}).get("text") or "")
        return bool(fig) and not (text and any(text in m.group() for m in SCORE.finditer(sent.text)))

    def sports_sentence(self, sent: Span) -> bool:
        """A score ("132-96", but not the range of "10-15 civils tués") or enough sports words."""
        for m in SCORE.finditer(sent.text):
            nxt = next((t for t in sent if t.idx >= sent.start_char + m.end() and not t.is_punct), None)
            if nxt is None or not _keys(nxt, self.lang) & self.counted:
                return True
        cues = self.lex.sports_cues
        return sum(bool(_keys(t, self.lang) & cues) for t in sent) >= SPORTS_SENTENCE_MIN
