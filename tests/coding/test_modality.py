import pytest

from tocsin.coding.modality import modality_of
from tocsin.coding.triggers import find_triggers


def _modality(sent, lex, text, word):
    s = sent(text)
    tok = next(t for t in s if t.text == word)
    return modality_of(tok, lex).value


@pytest.mark.parametrize("text,word,expected", [
    ("Rebels attacked an army post near the town on Monday.", "attacked", "asserted"),
    ("Should the army launch an offensive on the city, thousands would flee.", "offensive", "hypothetical"),
    ("An assault on the port would cause a humanitarian disaster.", "assault", "hypothetical"),
    ("Both sides ought to agree to a ceasefire before the rains.", "ceasefire", "recommended"),
    ("The parties should sign a truce this week.", "truce", "recommended"),
    ("The militia will resume its offensive after the holiday.", "offensive", "future"),
    ("Police did not arrest anyone at the march.", "arrest", "negated"),
    ("Troops have yet to enter the town centre.", "enter", "negated"),
    ("Any attempt to capture the airport is likely to fail.", "capture", "hypothetical"),
    ("He warned of the risk of clashes between the two armies.", "clashes", "hypothetical"),
    ("The minister threatened military action if the rebels fail to withdraw.", "withdraw", "hypothetical"),
    ("Residents said militants shelled the market at dawn.", "shelled", "reported"),
    ("Villages that the army seized in March were looted.", "seized", "asserted"),
])
def test_modality_cases(sent, lex, text, word, expected):
    assert _modality(sent, lex, text, word) == expected


def test_modality_question_is_not_a_fact(sent, lex):
    assert _modality(sent, lex, "Will the army storm the city?", "storm") == "hypothetical"


def test_triggers_found_with_families(sent, lex):
    s = sent("Government forces recaptured the town after heavy clashes with rebels.")
    fams = {h.trigger.family for h in find_triggers(s, lex, True)}
    assert fams == {"territory", "battle"}


def test_triggers_nouns_outside_event_positions_ignored(sent, lex):
    s = sent("The convoy carried battle tanks past fighters who had rejected the reconciliation deals.")
    assert [h.text for h in find_triggers(s, lex, True) if h.trigger.family in ("battle", "agreement")] == []


def test_triggers_territory_needs_a_place(sent, lex):
    assert find_triggers(sent("The rebels took the initiative."), lex, True) == []
    hits = find_triggers(sent("The rebels took the village of Tal Abyad."), lex, True)
    assert [h.trigger.family for h in hits] == ["territory"]


def test_triggers_declared_future_act_is_a_threat(sent, lex):
    s = sent("The council issued a statement declaring that the army will take extraordinary measures.")
    fams = [h.trigger.rule_id for h in find_triggers(s, lex, True)]
    assert "tr.threaten.declared" in fams
    s2 = sent("The council issued a statement declaring its support for the talks.")
    assert "tr.threaten.declared" not in [h.trigger.rule_id for h in find_triggers(s2, lex, True)]
