"""``datelines serve`` for real: a subprocess, Chromium, and edits on disk."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import free_port, wait_for_port

pytestmark = pytest.mark.browser


@pytest.fixture
def server(project: Path, cli):  # type: ignore[no-untyped-def]
    cli("extract", cwd=project)
    port = free_port()
    log = (project.parent / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", str(port), "-C", str(project)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, proc=proc)
        yield f"http://127.0.0.1:{port}/", project
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def wait_for_live_reload(page) -> None:  # type: ignore[no-untyped-def]
    """livereload.js has connected its websocket (so a change can reach the page)."""
    page.wait_for_function("() => window.LiveReload && window.LiveReload.connector "
                           "&& window.LiveReload.connector._connectionDesired", timeout=15000)
    time.sleep(0.5)


def content_file(project: Path) -> Path:
    return project / "content" / "000-54ac3c588acb31a6.yaml"


def test_serve_binds_to_loopback_and_serves_the_site(page, server):  # type: ignore[no-untyped-def]
    url, project = server
    response = page.goto(url)
    assert response.status == 200
    assert page.eval_on_selector_all(".entry", "els => els.length") == 4
    assert page.request.get(url + "static/nope.css").status == 404
    assert page.request.get(url + "../../etc/passwd").status == 404


def test_editing_a_title_reloads_the_page(page, server):  # type: ignore[no-untyped-def]
    url, project = server
    page.goto(url)
    wait_for_live_reload(page)
    page.evaluate("window.__not_reloaded = true")
    path = content_file(project)
    data = yaml.safe_load(path.read_text())
    old_title = data["entries"][0]["title"]
    path.write_text(path.read_text().replace(f"title: {old_title}", "title: Edited by hand in the YAML", 1))
    page.wait_for_selector("text=Edited by hand in the YAML", timeout=20000)
    # the page was reloaded by livereload, not by us
    assert page.evaluate("window.__not_reloaded === undefined")


def test_a_broken_edit_shows_the_error_then_recovers(page, server):  # type: ignore[no-untyped-def]
    url, project = server
    page.goto(url)
    wait_for_live_reload(page)
    path = content_file(project)
    good = path.read_text()
    path.write_text(good.replace("date: 2024-06", "date: 2024-02-30", 1))
    page.wait_for_selector("#datelines-error", timeout=20000)
    error = page.text_content("#datelines-error")
    assert "000-54ac3c588acb31a6.yaml:" in error and "February 2024 has 29 days, not 30" in error
    wait_for_live_reload(page)
    path.write_text(good.replace("title: The signing", "title: Fixed, the signing", 1))
    page.wait_for_selector("text=Fixed, the signing", timeout=20000)
    assert page.eval_on_selector_all(".entry", "els => els.length") == 4


def test_a_new_article_in_seeds_is_extracted_and_shown(page, server):  # type: ignore[no-untyped-def]
    url, project = server
    page.goto(url)
    wait_for_live_reload(page)
    before = content_file(project).read_bytes()
    (project / "seeds" / "launch.md").write_text(
        "---\ntitle: Launch\ndate: 2025-10-01\n---\n\nThe rocket launched on September 30, 2025.\n")
    page.wait_for_selector("text=The rocket launched on September 30, 2025", timeout=20000)
    assert page.eval_on_selector_all(".entry", "els => els.length") == 5
    assert content_file(project).read_bytes() == before  # the other article's file is untouched
