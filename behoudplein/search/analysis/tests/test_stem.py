from behoudplein.search.analysis.stem import STOP_WORDS, is_stop_word, stem


def test_dutch_porter_keeps_begeleiding_apart_from_beleid():
    assert stem("begeleiding") == "begeleid"
    assert stem("begeleiding") != stem("beleid")


def test_inflections_share_a_stem():
    assert stem("projecten") == stem("project")
    assert stem("stopten") == stem("stopte")
    assert stem("instromers") == stem("instromer")
    assert stem("financiele") == "financiel"


def test_codes_and_numbers_are_not_stemmed():
    assert stem("dw2012") == "dw2012"
    assert stem("2025") == "2025"


def test_stop_words_include_snowball_and_question_words():
    for word in ["de", "het", "een", "wat", "welke", "hoe", "waarom", "wie", "waar", "graag"]:
        assert is_stop_word(word)
    assert not is_stop_word("zorg")
    assert len(STOP_WORDS) > 100
