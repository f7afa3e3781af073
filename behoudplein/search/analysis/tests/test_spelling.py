from behoudplein.search.analysis.spelling import Speller, SpellingIndex, edit_distance

from .helpers import analyzer, vocabulary

TEXTS = [
    "Onze leerambassadeurs helpen collega's met lezen en schrijven.",
    "Het dashboard toont de resultaten van de matchtafel. " * 3,
    "Financiële ondersteuning voor scholing van medewerkers.",
]


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("dashbord", "dashboard", 2) == 1
    assert edit_distance("begeleidnig", "begeleiding", 2) == 1
    assert edit_distance("kitten", "sitting", 3) == 3
    assert edit_distance("abc", "xyz", 1) == 2  # beyond the limit: limit + 1


def test_misspelled_words_are_corrected_from_the_indexed_text():
    speller = Speller(vocabulary(TEXTS))
    assert [c.word for c in speller.corrections("leerambasadeurs")] == ["leerambassadeurs"]
    assert [c.word for c in speller.corrections("dashbord")] == ["dashboard"]
    assert [c.word for c in speller.corrections("mdewerkers")] == ["medewerkers"]


def test_two_edits_are_tolerated_for_long_words_only():
    speller = Speller(vocabulary(TEXTS))
    assert [c.word for c in speller.corrections("leeramasadeurs")] == ["leerambassadeurs"]
    assert speller.corrections("dshbrd") == []


def test_short_words_and_abbreviations_are_left_alone():
    speller = Speller(vocabulary(["Samenwerking met het UWV en de GGZ"]))
    assert speller.corrections("uwf") == []
    assert speller.corrections("ggx") == []


def test_correct_dutch_words_missing_from_the_corpus_are_left_alone():
    speller = Speller(vocabulary(["Het dashboard"]))
    assert speller.corrections("fiets") == []


def test_a_rare_corpus_word_next_to_a_frequent_one_is_treated_as_a_typo():
    speller = Speller(vocabulary(["dashbord", *["dashboard"] * 25]))
    assert [c.word for c in speller.corrections("dashbord")] == ["dashboard"]


def test_a_rare_corpus_word_that_is_real_dutch_is_not_a_typo():
    # 'lasten' once next to 'laten' everywhere: a correctly spelled word, not a slip.
    speller = Speller(vocabulary(["administratieve lasten", *["laten zien"] * 25]))
    assert speller.corrections("lasten") == []


def test_suggestion_is_the_readable_query():
    instance = analyzer(TEXTS)
    assert instance.suggest("Leerambasadeurs en het dashbord?") == (
        "Leerambassadeurs en het dashboard?"
    )
    assert instance.suggest("financiele ondersteuning") is None
    assert instance.suggest("finaciele ondersteuning") == "financiële ondersteuning"


def test_no_suggestion_for_inflections_or_compounds_of_known_words():
    instance = analyzer(TEXTS)
    assert instance.suggest("medewerker") is None  # stem of 'medewerkers'
    assert instance.suggest("scholingsresultaten") is None  # compound of known parts


def test_no_suggestion_without_a_corpus():
    assert analyzer().suggest("leerambasadeurs") is None


def test_words_indexed_later_are_suggested_too():
    vocab = vocabulary(TEXTS)
    speller = Speller(vocab)
    assert speller.corrections("kwartiermakrs") == []
    vocab.add_text("De kwartiermakers van de regio")
    speller.refresh()
    assert [c.word for c in speller.corrections("kwartiermakrs")] == ["kwartiermakers"]


def test_removed_words_are_no_longer_suggested():
    vocab = vocabulary(TEXTS)
    speller = Speller(vocab)
    vocab.remove_text(TEXTS[0])
    speller.refresh()
    assert speller.corrections("leerambasadeurs") == []


def test_spelling_index_handles_many_words():
    words = [
        f"woord{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}" for i in range(5000)
    ]
    index = SpellingIndex(words)
    found = index.lookup("woordabx", dict.fromkeys(words, 1))
    assert found[0].distance == 1
