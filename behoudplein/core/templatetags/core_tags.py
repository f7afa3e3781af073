from __future__ import annotations

from typing import Any

from django import forms, template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from behoudplein.core.permissions import can as can_rule

register = template.Library()


@register.filter
def is_multi_choice(bound_field: forms.BoundField) -> bool:
    widget = bound_field.field.widget
    return isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect)


@register.simple_tag
def field_with_aria(bound_field: forms.BoundField) -> SafeString:
    """Render the widget with its help text and error linked for screen readers."""
    described = []
    if bound_field.help_text:
        described.append(f"{bound_field.auto_id}-help")
    if bound_field.errors:
        described.append(f"{bound_field.auto_id}-error")
    attrs: dict[str, Any] = {}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.simple_tag(takes_context=True)
def can(context: template.Context, rule_name: str, obj: Any = None) -> bool:
    return can_rule(context["request"].user, rule_name, obj)


@register.simple_tag
def select_options(choices: Any, selected: Any = None) -> SafeString:
    """The `<option>`s of a select: `choices` holds (value, label) pairs or objects with .slug
    and .name; empty values are left out, the one equal to `selected` is marked selected.

    One tag instead of a template loop: a filter bar renders dozens of options on every list
    page, and the loop cost more than the rest of the form.
    """
    wanted = "" if selected is None else str(selected)
    options = []
    for choice in choices:
        value, label = (choice.slug, choice.name) if hasattr(choice, "slug") else choice
        value = "" if value is None else str(value)
        if value:
            mark = " selected" if value == wanted else ""
            options.append(f'<option value="{escape(value)}"{mark}>{escape(label)}</option>')
    return mark_safe("".join(options))  # noqa: S308 -- every value and label is escaped above
