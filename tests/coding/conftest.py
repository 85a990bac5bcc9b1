import pytest

from tocsin.coding.lexicon import coding_lexicon
from tocsin.coding.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def lex():
    return coding_lexicon()


@pytest.fixture
def sent(nlp):
    def parse(text):
        return list(nlp(text).sents)[0]
    return parse
