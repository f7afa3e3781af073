"""Helpers for browser tests that any module's e2e tests can import.

    from tests.e2e.helpers import assert_accessible, login

`login` goes through the real login form; `assert_accessible` runs axe-core on the page with the
WCAG 2.1 A/AA tags of SPEC.md's quality bar and fails with a readable list of violations.
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from behoudplein.accounts.tests.factories import PASSWORD

AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")

_axe = Axe()


def login(page: Page, user: Any, password: str = PASSWORD, *, next: str | None = None) -> None:
    """Log in through the /inloggen form as a person would, and wait until it worked.

    The page's context must have the live server as `base_url` (the `page` fixture does).
    """
    page.goto("/inloggen" + (f"?next={next}" if next else ""))
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()


def axe_violations(page: Page, context: Any = None) -> list[dict[str, Any]]:
    """Run axe-core with the WCAG 2.1 A/AA tags; return its violations."""
    options = {"runOnly": {"type": "tag", "values": list(AXE_TAGS)}, "resultTypes": ["violations"]}
    return _axe.run(page, context=context, options=options).response["violations"]


def format_violations(violations: list[dict[str, Any]], where: str = "") -> str:
    lines = [f"{len(violations)} axe-core violation(s){' on ' + where if where else ''}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']}"
            f"  <{violation.get('helpUrl', '')}>"
        )
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)


def assert_accessible(page: Page, context: Any = None) -> None:
    """Fail when axe-core finds any WCAG 2.1 A/AA violation on the page as it is now.

    axe-core runs in the page, so the page needs JavaScript: check a page once with it and
    once without (for reading), not axe on a page whose scripts are off (it would never finish).
    """
    if getattr(page.context, "javascript_disabled", False):
        raise RuntimeError("assert_accessible() needs JavaScript: use a context that has it")
    page.wait_for_load_state()
    violations = axe_violations(page, context)
    assert not violations, format_violations(violations, page.url)
