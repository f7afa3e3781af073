"""The one PDF door: render a template to PDF bytes with WeasyPrint (imported lazily)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string


def render_to_pdf(template_name: str, context: dict[str, Any]) -> bytes:
    # WeasyPrint loads Pango and friends on import: only pay for it when a PDF is asked for.
    from weasyprint import HTML

    html = render_to_string(template_name, context)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()  # type: ignore[no-any-return]
