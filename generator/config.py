"""Site settings from ``datelines.yaml``, validated with line and column.

Every setting has a default, so an empty file (or none) builds a site.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from yaml.nodes import MappingNode, ScalarNode

from generator import yamlfile
from generator.errors import DatelinesError, Problem
from generator.yamlfile import YamlFileError, items, kind, problem, scalar

CONFIG_NAME = "datelines.yaml"


@dataclass(frozen=True)
class Config:
    """What ``datelines.yaml`` says, plus where the project lives."""

    title: str = "Timeline"
    description: str = ""
    base_url: str = "/"  # a path ("/repo/") or a full URL ("https://user.github.io/repo/")
    theme: str = "default"
    language: str = "en"
    author: str = ""
    month_first: bool = True  # how to read 09/03/2025 in articles
    # Large timelines: above this many entries the index becomes an overview
    # with one page per year (or decade), so no page carries thousands of
    # entries; 0 never splits. A period or tag with more entries than this is
    # paged too.
    split_threshold: int = 1000
    split_by: str = "year"  # or "decade"
    root: Path = field(default=Path("."), compare=False)

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def themes_dir(self) -> Path:
        return self.root / "themes"

    def with_base_url(self, base_url: str | None) -> Config:
        return self if base_url is None else replace(self, base_url=normalise_base_url(base_url))


SETTINGS = tuple(f.name for f in fields(Config) if f.name != "root")
CHOICES: dict[str, tuple[str, ...]] = {"split_by": ("year", "decade")}


def normalise_base_url(value: str) -> str:
    """"/repo" -> "/repo/", "repo" -> "/repo/", "https://x.io/repo" -> "https://x.io/repo/"."""
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme:
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise DatelinesError(f"base_url {value!r} must be a path like /repo/ or an http(s) URL")
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        return f"{parts.scheme}://{parts.netloc}{path}"
    path = "/" + value.strip("/") + "/" if value.strip("/") else "/"
    return path


def load_config(root: Path) -> tuple[Config, list[Problem]]:
    """The project's settings, and every problem found in ``datelines.yaml``."""
    path = root / CONFIG_NAME
    base = Config(root=root)
    if not path.exists():
        return base, []
    try:
        node = yamlfile.compose(path, path.read_text("utf-8"))
    except YamlFileError as exc:
        return base, [exc.problem]
    except (OSError, UnicodeDecodeError) as exc:
        return base, [Problem(path, None, None, f"cannot read the settings: {exc}")]
    if node is None:
        return base, []
    if not isinstance(node, MappingNode):
        return base, [problem(path, node, f"expected settings as `name: value` lines, found {kind(node)}")]
    values: dict[str, object] = {}
    problems: list[Problem] = []
    for key, key_node, value in items(node):
        if key not in SETTINGS:
            close = difflib.get_close_matches(key, SETTINGS, n=1)
            hint = f"; did you mean `{close[0]}`?" if close else f"; known settings: {', '.join(SETTINGS)}"
            problems.append(problem(path, key_node, f"unknown setting `{key}`{hint}"))
            continue
        if not isinstance(value, ScalarNode):
            problems.append(problem(path, value, f"`{key}` must be a single value, found {kind(value)}"))
            continue
        raw = scalar(value)
        default = getattr(base, key)
        if isinstance(default, bool):
            if not isinstance(raw, bool):
                problems.append(problem(path, value, f"`{key}` must be true or false, got {value.value!r}"))
                continue
            values[key] = raw
        elif isinstance(default, int):
            if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
                problems.append(problem(path, value, f"`{key}` must be a whole number of 0 or more, "
                                                     f"got {value.value!r}"))
                continue
            values[key] = raw
        elif key in CHOICES and raw not in CHOICES[key]:
            problems.append(problem(path, value, f"`{key}` must be one of {', '.join(CHOICES[key])}, "
                                                 f"got {value.value!r}"))
            continue
        else:
            values[key] = "" if raw is None else str(value.value if not isinstance(raw, str) else raw)
    if "base_url" in values:
        try:
            values["base_url"] = normalise_base_url(str(values["base_url"]))
        except DatelinesError as exc:
            problems.append(Problem(path, None, None, str(exc)))
            del values["base_url"]
    return replace(base, **values), problems  # type: ignore[arg-type]
