from __future__ import annotations

from typing import Any

from django import forms, template
from django.utils.safestring import SafeString

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
