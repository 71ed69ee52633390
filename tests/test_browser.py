"""The built site in a real Chromium, served by a real HTTP server under /repo/."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def watch_failures(page) -> list[str]:  # type: ignore[no-untyped-def]
    failures: list[str] = []
    # ERR_ABORTED is a request cut short by our own navigation (a favicon, say), not a failure
    page.on("requestfailed", lambda r: failures.append(f"failed: {r.url} {r.failure}")
            if "ERR_ABORTED" not in (r.failure or "") else None)
    page.on("response", lambda r: failures.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: failures.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: failures.append(f"page error: {e}"))
    return failures


@pytest.fixture
def served_seed_site(project: Path, cli, static_server):  # type: ignore[no-untyped-def]
    www, origin = static_server
    cli("extract", cwd=project)
    cli("build", "--base-url", "/repo/", "--site-dir", str(www / "repo"), cwd=project)
    return f"{origin}/repo/"


def test_timeline_renders_in_date_order_under_a_subpath(page, served_seed_site):  # type: ignore[no-untyped-def]
    failures = watch_failures(page)
    response = page.goto(served_seed_site)
    assert response.status == 200
    stamps = page.eval_on_selector_all(".entry .entry-date time[datetime]", "els => els.map(e => e.getAttribute('datetime'))")
    assert stamps == ["2011", "2024", "2024-06", "2025-09-02"]
    labels = page.eval_on_selector_all(".entry .entry-date", "els => els.map(e => e.textContent.trim())")
    assert labels == ["2011", "2024", "June 2024", "2 September 2025"]
    # the stylesheet really applied (not just requested): entries are cards with a border
    assert page.eval_on_selector(".entry", "e => getComputedStyle(e).borderTopStyle") == "solid"
    # the script ran: the search box is shown and filters
    assert page.is_visible("#search")
    page.fill("#search", "strategic pact")
    assert page.eval_on_selector_all(".entry:not([hidden])", "els => els.length") == 1
    assert page.text_content(".search-status") == "1 of 4 entries"
    # follow a permalink and come back through the pager
    page.fill("#search", "")
    page.click("text=The signing of a strategic pact in June 2024")
    assert page.url.endswith("/repo/entries/" + page.url.rsplit("/entries/", 1)[1])
    assert page.text_content("h1") == "The signing of a strategic pact in June 2024"
    page.click("text=Back to the timeline")
    assert page.url.startswith(served_seed_site)
    assert failures == []
    page.goto(served_seed_site + "no-such-page/")
    assert failures[0] == f"HTTP 404: {served_seed_site}no-such-page/"


def test_works_without_javascript(browser, served_seed_site):  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    failures = watch_failures(page)
    page.goto(served_seed_site)
    assert page.eval_on_selector_all(".entry", "els => els.filter(e => e.offsetParent !== null).length") == 4
    assert not page.is_visible("#search")  # the search box needs the script, so it stays hidden
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    for href in sorted(set(hrefs)):
        if href.startswith(served_seed_site) and "#" not in href:
            assert page.request.get(href).status == 200, href
    assert failures == []
    context.close()
