"""Live preview: build, serve site/, rebuild and reload the browser on every change.

The preview serves the site under the path of ``base_url`` (``/repo/``), so
it behaves as it will on GitHub Pages. A failed build keeps the last good
site/ on disk and shows the error in the browser and the terminal until the
next change fixes it; the server never stops for a bad edit.
"""

from __future__ import annotations

import html
import mimetypes
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from generator.articles import find_articles
from generator.build import build
from generator.config import CONFIG_NAME, Config
from generator.errors import DatelinesError
from generator.project import load_project
from generator.urls import Urls

StartResponse = Callable[[str, list[tuple[str, str]]], object]


@dataclass
class Preview:
    """What the server knows between requests: the last build and its error."""

    root: Path
    base_url_override: str | None = None
    error: str | None = None
    config: Config | None = None
    seed_mtimes: dict[Path, float] = field(default_factory=dict)
    log: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)

    def load_config(self) -> Config:
        return load_project(self.root, self.base_url_override)

    def rebuild(self) -> bool:
        """Build now; remember the error instead of raising it."""
        started = time.perf_counter()
        try:
            self.config = self.load_config()
            result = build(self.config)
        except DatelinesError as exc:
            self.error = str(exc)
            self.log(f"Build failed; the browser shows the error until it is fixed:\n{exc}")
            return False
        except Exception as exc:  # a bug in a theme or in Datelines: still keep serving
            self.error = f"{type(exc).__name__}: {exc}"
            self.log(f"Build crashed: {self.error}")
            return False
        self.error = None
        self.log(f"Rebuilt {result.entries} entries in {time.perf_counter() - started:.2f} s")
        return True

    def extract_changed_seeds(self) -> None:
        """Extract articles that are new or changed since the last look, then rebuild."""
        from generator.commands.extract import extract_paths

        current = self._seed_mtimes()
        changed = [p for p, mtime in current.items() if self.seed_mtimes.get(p) != mtime]
        self.seed_mtimes = current
        if changed:
            try:
                extract_paths(changed, self.load_config(), quiet=False)
            except DatelinesError as exc:
                self.log(str(exc))
        self.rebuild()

    def remember_seeds(self) -> None:
        self.seed_mtimes = self._seed_mtimes()

    def _seed_mtimes(self) -> dict[Path, float]:
        seeds = (self.config or Config(root=self.root)).seeds_dir
        return {p: p.stat().st_mtime for p in find_articles([seeds])} if seeds.is_dir() else {}

    # -- the WSGI app ------------------------------------------------------

    def __call__(self, environ: dict[str, object], start_response: StartResponse) -> Iterable[bytes]:
        config = self.config or Config(root=self.root)
        base = Urls(config.base_url).base_path
        path = unquote(str(environ.get("PATH_INFO") or "/"))
        if not path.startswith(base):
            if path in ("/", "/index.html"):
                return _respond(start_response, "302 Found", b"", [("Location", base)])
            return self._not_found(config, start_response)
        if self.error is not None:
            accept = str(environ.get("HTTP_ACCEPT") or "")
            if path.endswith("/") or path.endswith(".html") or "text/html" in accept:
                return _respond(start_response, "500 Internal Server Error", error_page(self.error),
                                [("Content-Type", "text/html; charset=utf-8")])
        site = config.site_dir.resolve()
        target = (site / path[len(base):]).resolve()
        if not target.is_relative_to(site):
            return self._not_found(config, start_response)
        if target.is_dir():
            if not path.endswith("/"):
                return _respond(start_response, "301 Moved Permanently", b"", [("Location", path + "/")])
            target = target / "index.html"
        if not target.is_file():
            return self._not_found(config, start_response)
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json",
                                                  "application/xml", "image/svg+xml"):
            ctype += "; charset=utf-8"
        return _respond(start_response, "200 OK", target.read_bytes(),
                        [("Content-Type", ctype), ("Cache-Control", "no-store")])

    def _not_found(self, config: Config, start_response: StartResponse) -> Iterable[bytes]:
        page = config.site_dir / "404.html"
        body = page.read_bytes() if page.is_file() else b"<!doctype html><title>Not found</title><h1>Not found</h1>"
        return _respond(start_response, "404 Not Found", body, [("Content-Type", "text/html; charset=utf-8")])


def _respond(start_response: StartResponse, status: str, body: bytes,
             headers: list[tuple[str, str]]) -> list[bytes]:
    start_response(status, headers + [("Content-Length", str(len(body)))])
    return [body]


def error_page(message: str) -> bytes:
    """The page shown instead of the site while the build is broken."""
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Build error · Datelines</title>"
        "<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        "pre{white-space:pre-wrap;background:#fff4f4;color:#600;border:1px solid #e99;padding:1rem;"
        "border-radius:.5rem}</style></head><body>"
        "<h1>The site could not be built</h1>"
        "<p>Fix the problem below and save; this page reloads by itself.</p>"
        f"<pre id=\"datelines-error\">{html.escape(message)}</pre></body></html>"
    ).encode("utf-8")


def watched_paths(root: Path) -> list[Path]:
    """Everything a rebuild depends on, except seeds/ (which is extracted first)."""
    return [root / "content", root / "themes", root / "templates", root / "static", root / CONFIG_NAME]


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, base_url: str | None = None) -> None:
    """Build, then serve with live reload until interrupted."""
    from livereload import Server
    from livereload.handlers import LiveReloadHandler

    preview = Preview(root=root, base_url_override=base_url)
    preview.remember_seeds()
    preview.rebuild()
    # livereload ignores changes within 3 s of the previous reload; an editor
    # saving twice in a row must still see its second save.
    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0
    server = Server(preview)
    for path in watched_paths(root):
        server.watch(str(path), preview.rebuild)
    server.watch(str(root / "seeds"), preview.extract_changed_seeds)
    base = Urls((preview.config or Config(root=root)).base_url).base_path
    print(f"Serving {root / 'site'} at http://{host}:{port}{base} (Ctrl+C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve(host=host, port=port, debug=False, restart_delay=0)
    except OSError as exc:
        raise DatelinesError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
