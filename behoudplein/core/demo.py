"""Demo data: every app with a `demo.py` defining `ORDER` and `load()` takes part, in ORDER."""

from __future__ import annotations

import importlib
from types import ModuleType

from django.apps import apps
from django.db import transaction

DEMO_PASSWORD = "behoudplein-demo"  # noqa: S105 - published on purpose: demo accounts only


def demo_modules() -> list[ModuleType]:
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("behoudplein.") or config.name == __name__.rsplit(".", 1)[0]:
            continue
        try:
            found.append(importlib.import_module(f"{config.name}.demo"))
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.demo":
                raise
    return sorted(found, key=lambda module: module.ORDER)


def load_demo() -> None:
    with transaction.atomic():
        for module in demo_modules():
            module.load()
