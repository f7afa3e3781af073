from behoudplein.search.analysis import snippet

from .helpers import analyzer

ANALYZER = analyzer()
INTRO = "Inleiding over het project en de partners in de regio. " * 8
TEXT = (
    INTRO
    + "Onze <script>alert('x')</script> loopbaanbegeleiding voor zij-instromers is financiële "
    + "hulp & meer. "
    + "Afsluiting met dank aan iedereen. " * 10
)


def _snippet(query, text=TEXT, length=160):
    return snippet(text, ANALYZER.query_terms(query), ANALYZER, length)


def test_document_html_is_escaped_and_only_marks_are_raw():
    result = _snippet("loopbaan")
    assert "<script>" not in result
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in result
    assert "&amp; meer" in result
    assert result.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_a_query_for_script_marks_escaped_text():
    result = _snippet("script")
    assert "&lt;<mark>script</mark>&gt;" in result
    assert "<script" not in result


def test_matches_are_marked_through_stems_compounds_hyphens_and_diacritics():
    result = _snippet("begeleiding zijinstromer financiele")
    assert "<mark>loopbaanbegeleiding</mark>" in result
    assert "<mark>zij-instromers</mark>" in result
    assert "<mark>financiële</mark>" in result


def test_a_stop_word_piece_of_a_hyphenated_query_word_is_not_marked_on_its_own():
    result = _snippet("zij-instromers", "Zij zoeken zij-instromers en andere instromers.")
    assert result == ("Zij zoeken <mark>zij-instromers</mark> en andere <mark>instromers</mark>.")


def test_the_window_is_around_the_matches_and_cut_on_word_edges():
    result = _snippet("loopbaan")
    assert result.startswith("…")
    assert result.endswith("…")
    assert len(result.replace("<mark>", "").replace("</mark>", "")) <= 160 + 2 + 40


def test_without_matches_the_snippet_is_the_start_of_the_text():
    result = _snippet("laaggeletterdheid")
    assert result.startswith("Inleiding over het project")
    assert "<mark>" not in result


def test_short_texts_are_shown_whole():
    assert (
        _snippet("zorg", "Zorg & <b>welzijn</b>")
        == "<mark>Zorg</mark> &amp; &lt;b&gt;welzijn&lt;/b&gt;"
    )
    assert _snippet("zorg", "") == ""
