"""Every URL of the site goes through here, so the site works under any base.

``base_url`` is a path (``/repo/`` for a GitHub Pages project site) or a full
URL (``https://user.github.io/repo/``). Pages link with root-relative paths
under it; feeds, the sitemap and canonical links need absolute URLs, which
only a full ``base_url`` can give.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit


@dataclass(frozen=True)
class Urls:
    base_url: str = "/"

    @property
    def base_path(self) -> str:
        """The path part of base_url: "/" or "/repo/"."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @property
    def has_host(self) -> bool:
        return bool(urlsplit(self.base_url).netloc)

    def url(self, path: str = "") -> str:
        """A link to a page or file of the site: url("entries/x/") -> "/repo/entries/x/"."""
        return self.base_path + quote(path.lstrip("/"), safe="/#?=&.-_~")

    def absolute(self, path: str = "") -> str:
        """The full URL where base_url has a host, else the same as url()."""
        if not self.has_host:
            return self.url(path)
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}{self.url(path)}"


def entry_path(entry_id: str) -> str:
    """Where an entry's page lives, relative to the site root."""
    return f"entries/{entry_id}/"


SAFE_SCHEMES = ("http", "https", "mailto")


def safe_href(link: str | None) -> str | None:
    """A link from untrusted text, or None if it could run script (javascript:, data:)."""
    if not link:
        return None
    scheme = urlsplit(link.strip()).scheme.lower()
    return link.strip() if scheme in SAFE_SCHEMES or not scheme else None
