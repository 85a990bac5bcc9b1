"""The cheap first pass of coding (triggers.may_trigger): a sentence it skips holds no event."""
from tocsin.coding.events import SentenceContext, code_sentence
from tocsin.records import Article

# Written for this test: event sentences between sentences that tell none.
TEXT = ("The harbour reopened to fishing boats on Monday morning.\n\n"
        "Militants ambushed an army convoy near Palma, killing seven soldiers, officials said.\n\n"
        "The weather stayed warm and dry for most of the week.\n\n"
        "Hundreds of residents fled to Pemba after the fighting. Aid groups are sending food.\n\n"
        "The town's library has a new reading room for children.")


def test_triggers_may_trigger_skips_only_sentences_without_events(nlp, lex):
    art = Article("t1", "test", None, None, TEXT, "2024-05-02", False, "en")
    doc = nlp(TEXT)
    skipped = kept = 0
    for sent in doc.sents:
        ctx = SentenceContext(art, [], [], 0, list(sent.ents))
        events = code_sentence(sent, ctx, lex)
        from tocsin.coding.triggers import may_trigger

        if may_trigger(sent, lex):
            kept += 1
        else:
            skipped += 1
            assert events == [], sent.text
    assert skipped >= 2 and kept >= 2
