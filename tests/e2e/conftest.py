"""Browser tests: Debian's chromium driven by Playwright against pytest-django's live server.

Fixtures: `browser` (one per session/worker), `new_context(**options)` (a context whose
`base_url` is the live server, so `page.goto("/organisaties")` works), `page` (a fresh page in
such a context, with the database available to the test and the server). Helpers to import:
`from tests.e2e.helpers import login, assert_accessible`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect, sync_playwright

from .helpers import assert_accessible, login

# Playwright's sync API runs an event loop in this thread; Django then refuses ORM calls in it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Generous for a loaded CI machine, short enough to fail fast on a real problem.
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Any) -> Iterator[Any]:
    browser = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


def reseed_data_migrations() -> None:
    """Run the project's (idempotent) data migrations again.

    A browser test flushes the database afterwards; the serialized rollback does not always
    bring back migration-seeded rows (seen when other tests ran before on the same worker), so
    the rules and synonyms that data migrations seed are put back explicitly.
    """
    from inspect import getsource

    from django.apps import apps
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.operations.special import RunPython

    loader = MigrationLoader(connection, ignore_no_migrations=True)
    seen: set[tuple[str, str]] = set()
    for leaf in sorted(loader.graph.leaf_nodes()):
        for key in loader.graph.forwards_plan(leaf):
            if key in seen or not loader.get_migration(*key).__module__.startswith("behoudplein."):
                continue
            seen.add(key)
            for operation in loader.get_migration(*key).operations:
                # Only data seeds: operations that touch the schema editor build tables.
                if isinstance(operation, RunPython) and "schema_editor." not in getsource(
                    operation.code
                ):
                    operation.code(apps, None)


@pytest.fixture
def new_context(
    browser: Any, live_server: Any, transactional_db: None, django_db_serialized_rollback: None
) -> Iterator[Callable]:
    """`new_context(java_script_enabled=False, ...)` → a browser context on the live server.

    The live server needs a transactional database; the serialized rollback puts back what data
    migrations seeded, so the flush after a browser test does not break the tests after it.
    """
    reseed_data_migrations()
    contexts: list[Any] = []

    def make(**options: Any) -> Any:
        options.setdefault("base_url", live_server.url)
        options.setdefault("locale", "nl-NL")
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        # axe-core cannot run without JavaScript; assert_accessible() reads this to say so.
        context.javascript_disabled = options.get("java_script_enabled") is False
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context: Callable) -> Any:
    expect.set_options(timeout=TIMEOUT_MS)
    return new_context().new_page()


# Re-exported so tests may also write `from tests.e2e.conftest import login`.
__all__ = ["assert_accessible", "login"]
