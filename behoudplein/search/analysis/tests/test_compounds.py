import pytest

from behoudplein.search.analysis.compounds import CompoundSplitter

from .helpers import vocabulary


@pytest.fixture(scope="module")
def splitter():
    return CompoundSplitter(vocabulary())


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("loopbaanbegeleiding", ("loopbaan", "begeleiding")),
        ("arbeidsmarktregio", ("arbeidsmarkt", "regio")),
        ("scholingsbudget", ("scholing", "budget")),
        ("personeelstekort", ("personeel", "tekort")),
        ("loopbaancoach", ("loopbaan", "coach")),
        ("jobcrafting", ("job", "crafting")),
        ("zorgmedewerkerstekort", ("zorg", "medewerkers", "tekort")),
        ("ouderenzorg", ("ouderen", "zorg")),
    ],
)
def test_compounds_split_into_known_parts(splitter, word, parts):
    assert splitter.split(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        # lexicalised compounds stay whole: 'baan' must not find every 'loopbaan'
        "loopbaan",
        "arbeidsmarkt",
        "ziekenhuis",
        # particles and prefixes are not parts
        "aanpak",
        "overleg",
        "verkoop",
        "betaalbaar",
        # inflected forms of lexicalised compounds
        "loopbanen",
        "werklozen",
        # suffix-like endings and participles are not parts
        "inventariseren",
        "contacteren",
        "zekerheden",
        "bemoeilijkt",
        "ingezette",
        "ingeschat",
        # plain words
        "begeleiding",
        "beleid",
        "zorg",
        "dw2012",
    ],
)
def test_non_compounds_stay_whole(splitter, word):
    assert splitter.split(word) == ()


def test_corpus_words_become_parts():
    vocab = vocabulary()
    splitter = CompoundSplitter(vocab)
    assert splitter.split("matchtafelgesprek") == ("match", "tafel", "gesprek")
    vocab.add_words(["matchtafel"], zipf=4.0)  # now a lexicalised domain word
    assert splitter.split("matchtafelgesprek") == ("matchtafel", "gesprek")


def test_a_word_seen_in_the_corpus_is_a_part_once_frequent_enough():
    vocab = vocabulary()
    vocab.min_corpus_count = 2
    splitter = CompoundSplitter(vocab)
    assert splitter.split("xolvaregeling") == ()
    vocab.add_text("xolva xolva")
    assert splitter.split("xolvaregeling") == ("xolva", "regeling")
