"""Shared fixtures: a scratch copy of the example project, the real CLI, Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_54ac3c588acb31a6.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def run_cli(*args: str | os.PathLike[str], cwd: Path, check: bool = True,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator`` (the same entry point as ``datelines``) for real."""
    proc = subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"datelines {' '.join(map(str, args))} exited {proc.returncode}\n"
                             f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the example project: settings and the seed article, no content yet."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(REPO / "datelines.yaml", root / "datelines.yaml")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "content").mkdir()
    return root


def hand_written_project(root: Path, content: str) -> Path:
    """A project of one hand-written content file, published at https://example.github.io/repo/."""
    (root / "content").mkdir(parents=True)
    (root / "content" / "hand.yaml").write_text(content)
    (root / "datelines.yaml").write_text("title: Test timeline\nbase_url: https://example.github.io/repo/\n")
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright; never a downloaded browser."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("DATELINES_SKIP_BROWSER") == "1":
            pytest.skip("DATELINES_SKIP_BROWSER=1 and no /usr/bin/chromium")
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium` "
                    "(or set DATELINES_SKIP_BROWSER=1 to skip browser tests knowingly)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def static_server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A real HTTP server (python -m http.server) over a folder; yields (folder, origin)."""
    root = tmp_path / "www"
    root.mkdir()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                             "--directory", str(root)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield root, f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_for_port(port: int, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the server exited with {proc.returncode} before listening")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port} after {timeout} s")
