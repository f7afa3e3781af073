"""The `select_options` tag that renders the options of filter selects."""

from __future__ import annotations

from typing import NamedTuple

from django.template import Context, Template


class Choice(NamedTuple):
    slug: str
    name: str


def render(choices, selected=None) -> str:
    template = Template("{% load core_tags %}{% select_options choices selected %}")
    return template.render(Context({"choices": choices, "selected": selected}))


def test_pairs_skip_the_empty_choice_and_mark_the_selected_one():
    html = render([("", "---"), ("vvt", "VVT"), ("ggz", "GGZ")], "ggz")
    assert html == '<option value="vvt">VVT</option><option value="ggz" selected>GGZ</option>'


def test_objects_with_slug_and_name():
    html = render([Choice("flevo", "Flevoland"), Choice("rivier", "Rivierenland")], "flevo")
    assert html == (
        '<option value="flevo" selected>Flevoland</option>'
        '<option value="rivier">Rivierenland</option>'
    )


def test_nothing_selected_when_the_value_is_missing_or_unknown():
    assert "selected" not in render([("vvt", "VVT")])
    assert "selected" not in render([("vvt", "VVT")], "ruimtevaart")


def test_values_and_labels_are_escaped():
    html = render([Choice('a"b', "<script>x</script>")], 'a"b')
    assert "<script>" not in html
    assert html == '<option value="a&quot;b" selected>&lt;script&gt;x&lt;/script&gt;</option>'


def test_lazy_labels_are_translated_at_render_time():
    from django.utils import translation

    from behoudplein.organisations.constants import Branch

    with translation.override("nl"):
        assert ">Welzijn en maatschappelijke dienstverlening<" in render(Branch.choices)
