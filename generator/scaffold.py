"""``datelines new``: a ready-to-publish timeline project, like ``hugo new site``.

The files come from ``generator/scaffold/``; a leading ``dot-`` in a name
becomes ``.`` (package data does not ship dot-files reliably).
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from importlib.abc import Traversable
from pathlib import Path

from generator import __version__
from generator.errors import DatelinesError
from generator.fsutil import write_atomic


def datelines_requirement() -> str:
    """The pip requirement that installs this very Datelines in CI."""
    try:
        dist = metadata.distribution("datelines")
        direct = dist.read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        direct = None
    if direct:
        info = json.loads(direct)
        vcs = info.get("vcs_info")
        if vcs and info.get("url", "").startswith(("https://", "git+", "ssh://")):
            url = info["url"] if info["url"].startswith("git+") else "git+" + info["url"]
            return f"datelines @ {url}@{vcs.get('commit_id', 'main')}"
    return f"datelines=={__version__}"


def _walk(node: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name == "__pycache__":
            continue
        name = "." + child.name[4:] if child.name.startswith("dot-") else child.name
        if child.is_dir():
            out.extend(_walk(child, f"{prefix}{name}/"))
        else:
            out.append((prefix + name, child))
    return out


def scaffold_files() -> list[tuple[str, bytes]]:
    files = [(path, item.read_bytes()) for path, item in _walk(resources.files("generator") / "scaffold")]
    files.append(("requirements.txt", (
        "# How the GitHub Pages workflow installs Datelines. If this version is not on\n"
        "# PyPI, point it at the repository you install from, for example:\n"
        "#   datelines @ git+https://github.com/<owner>/datelines@<commit>\n"
        f"{datelines_requirement()}\n").encode()))
    return sorted(files)


def new_project(target: Path) -> list[Path]:
    """Create the project; refuse to write into a folder that already has files."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DatelinesError(f"{target} already exists and is not empty; choose a new folder")
    written = []
    for rel, data in scaffold_files():
        path = target / rel
        write_atomic(path, data)
        written.append(path)
    return written
