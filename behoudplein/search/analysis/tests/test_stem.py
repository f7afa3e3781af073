import pytest

from behoudplein.search.analysis.stem import STOP_WORDS, is_stop_word, lemma, stem


def test_dutch_porter_keeps_begeleiding_apart_from_beleid():
    assert stem("begeleiding") == "begeleid"
    assert stem("begeleiding") != stem("beleid")


def test_inflections_share_a_stem():
    assert stem("projecten") == stem("project")
    assert stem("stopten") == stem("stopte")
    assert stem("instromers") == stem("instromer")


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        # Plural -s after a vowel, which dutch_porter leaves on.
        ("organisaties", "organisatie"),
        ("subsidies", "subsidie"),
        ("uitzendbureaus", "uitzendbureau"),
        # Singular -s after a consonant, which dutch_porter removes.
        ("kansen", "kans"),
        ("plaatsen", "plaats"),
        ("cursussen", "cursus"),
        ("lessen", "les"),
        # Verb forms through the lemma.
        ("stopten", "stoppen"),
        ("gestopt", "stoppen"),
        ("werkte", "werken"),
        # Adjectives and v/z–f/s alternation.
        ("financiele", "financieel"),
        ("administratieve", "administratief"),
        ("actieve", "actief"),
        ("werklozen", "werkloos"),
        ("huizen", "huis"),
        ("coordinatoren", "coordinator"),
        # Compounds the dictionary lacks, inflected on their last part.
        ("loopbaancoaches", "loopbaancoach"),
        ("leerwerkplekken", "leerwerkplek"),
        ("werkgeversafspraken", "werkgeversafspraak"),
        # Diminutives, singular and plural, meet the word itself.
        ("maatje", "maat"),
        ("maatjes", "maat"),
        ("baantjes", "baan"),
        ("filmpjes", "film"),
        ("gesprekjes", "gesprek"),
        ("werkplekjes", "werkplek"),
        # -lijk and -baar adjectives with their inflections and -heid nouns.
        ("verantwoordelijkheden", "verantwoordelijk"),
        ("verantwoordelijke", "verantwoordelijk"),
        ("inzetbaarheid", "inzetbaar"),
        ("betaalbare", "betaalbaar"),
        ("persoonlijke", "persoonlijk"),
    ],
)
def test_every_form_of_a_word_meets(inflected, base):
    assert stem(inflected) == stem(base)


def test_unrelated_words_stay_apart():
    assert stem("kans") != stem("kan")  # 'kan' is a form of 'kunnen'
    assert stem("beleid") != stem("begeleiden")
    assert stem("werkloos") != stem("werk")


@pytest.mark.parametrize(
    ("derived", "base"),
    [
        ("verantwoordelijkheid", "verantwoording"),  # responsibility, accountability
        ("inzetbaarheid", "inzet"),  # employability, effort
        ("betaalbaar", "betalen"),
        ("afhankelijk", "afhangen"),
    ],
)
def test_lijk_and_baar_adjectives_keep_their_own_meaning(derived, base):
    assert stem(derived) != stem(base)


def test_unknown_words_still_stem():
    # Not in the lemma dictionary: dutch_porter alone.
    assert stem("zorgmedewerkers") == stem("zorgmedewerker")


def test_codes_and_numbers_are_not_stemmed():
    assert stem("dw2012") == "dw2012"
    assert stem("2025") == "2025"


def test_stop_words_include_snowball_and_question_words():
    for word in ["de", "het", "een", "wat", "welke", "hoe", "waarom", "wie", "waar", "graag"]:
        assert is_stop_word(word)
    assert not is_stop_word("zorg")
    assert len(STOP_WORDS) > 100


@pytest.mark.parametrize(
    ("forms", "stop_word"),
    [
        (("mens", "mensen"), "men"),
        (("overheid", "overheden"), "over"),
        (("meten", "gemeten", "meet"), "met"),
    ],
)
def test_a_content_word_never_shares_its_term_with_a_stop_word(forms, stop_word):
    assert len({stem(form) for form in forms}) == 1
    assert stem(forms[0]) != stem(stop_word)


def test_a_compound_takes_the_dictionary_form_of_its_longest_known_ending():
    assert lemma("loopbaancoaches") == "loopbaancoach"
    assert lemma("loopbaancoach") == "loopbaancoach"  # 'coach' is its own dictionary form
    assert lemma("dw2012") == "dw2012"
