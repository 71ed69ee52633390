"""The page plan: which listing pages the site has and where each entry is listed.

A small timeline is one index page. Above ``split_threshold`` entries the
index becomes an overview and the entries move to one page per year (or
decade), so no page carries thousands of entries; a period or a tag with
more entries than the threshold is paged as well. Deciding this is plain
data work, kept apart from rendering so that it can be tested alone and
so that every theme gets the same pages at the same URLs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.dates import Precision
from generator.model import Entry, Timeline
from generator.slug import slugify


@dataclass(frozen=True)
class Listing:
    """One page that lists entries: page ``number`` of ``count`` of a period, a tag or the index."""

    path: str  # site-relative folder ("" for the index, "years/2024/", "tags/x/2/")
    entries: tuple[Entry, ...]
    number: int = 1
    count: int = 1
    previous_path: str | None = None
    next_path: str | None = None

    def years(self) -> list[tuple[str, list[Entry]]]:
        """The page's entries under their year headings."""
        return Timeline(self.entries).years()

    def tags(self) -> list[Group]:
        """The tags of the page's entries, for a filter that works on this page."""
        return tag_groups(self.entries)


@dataclass(frozen=True)
class Group:
    """Entries that share a period ("2024", "1990s") or a tag, on one or more pages."""

    label: str
    slug: str
    entries: tuple[Entry, ...]
    pages: tuple[Listing, ...] = ()

    @property
    def path(self) -> str:
        return self.pages[0].path if self.pages else ""


@dataclass(frozen=True)
class SitePlan:
    index: Listing | None  # the whole timeline on one page, when it is small enough
    periods: tuple[Group, ...]  # per-year (or per-decade) pages of a split timeline; () when not split
    tags: tuple[Group, ...]
    listed_on: dict[str, str] = field(default_factory=dict)  # entry id -> path of the page listing it

    @property
    def split(self) -> bool:
        return self.index is None

    def listings(self) -> list[Listing]:
        """Every page that lists entries, in a stable order."""
        pages = [self.index] if self.index is not None else []
        for group in self.periods + self.tags:
            pages.extend(group.pages)
        return pages


def plan_site(timeline: Timeline, threshold: int, split_by: str = "year") -> SitePlan:
    entries = timeline.entries
    tags = tuple(_paged(g, "tags/", threshold) for g in tag_groups(entries))
    if threshold <= 0 or len(entries) <= threshold:
        index = Listing("", entries)
        return SitePlan(index=index, periods=(), tags=tags, listed_on={e.id: "" for e in entries})
    periods = tuple(_paged(g, "years/", threshold) for g in period_groups(entries, split_by))
    listed_on = {e.id: page.path for group in periods for page in group.pages for e in page.entries}
    return SitePlan(index=None, periods=periods, tags=tags, listed_on=listed_on)


def period_label(entry: Entry, split_by: str) -> str:
    """The period an entry is filed under: its year heading, or its decade when splitting by decade.

    Dates coarser than a year (a decade, a century) keep their own heading
    either way, since they belong to no single year or decade.
    """
    start = entry.date.start
    if split_by != "decade" or start.precision < Precision.DECADE:
        return entry.date.year_label()
    if start.year > 0:
        return f"{start.year // 10 * 10}s"
    bc = 1 - start.year  # 44 BC is year -43; it lies in the 40s BC
    return f"{bc // 10 * 10}s BC"


def period_groups(entries: tuple[Entry, ...], split_by: str) -> list[Group]:
    """Consecutive entries with the same period label (entries are in date order)."""
    runs: list[tuple[str, list[Entry]]] = []
    for entry in entries:
        label = period_label(entry, split_by)
        if not runs or runs[-1][0] != label:
            runs.append((label, []))
        runs[-1][1].append(entry)
    slugs = _unique_slugs([label for label, _ in runs], fallback="period")
    return [Group(label, slug, tuple(items)) for (label, items), slug in zip(runs, slugs, strict=True)]


def tag_groups(entries: tuple[Entry, ...]) -> list[Group]:
    """Tags by slug ("Foreign policy" and "foreign-policy" are one tag), named as first written."""
    names: dict[str, str] = {}
    members: dict[str, list[Entry]] = {}
    for entry in entries:
        for tag in entry.tags:
            slug = tag_slug(tag)
            names.setdefault(slug, tag)
            if entry not in members.setdefault(slug, []):
                members[slug].append(entry)
    return [Group(names[s], s, tuple(members[s])) for s in sorted(members, key=lambda s: (names[s].lower(), s))]


def tag_slug(tag: str) -> str:
    """A tag's URL name; tags with no ASCII letters or digits get a stable hex name."""
    return slugify(tag) or "tag-" + tag.encode("utf-8").hex()[:24]


def _paged(group: Group, prefix: str, size: int) -> Group:
    chunks = [group.entries[i:i + size] for i in range(0, len(group.entries), size)] if size > 0 \
        else [group.entries]
    base = f"{prefix}{group.slug}/"
    paths = [base if n == 1 else f"{base}{n}/" for n in range(1, len(chunks) + 1)]
    pages = tuple(
        Listing(path, chunk, n, len(chunks),
                previous_path=paths[n - 2] if n > 1 else None,
                next_path=paths[n] if n < len(chunks) else None)
        for n, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1))
    return Group(group.label, group.slug, group.entries, pages)


def _unique_slugs(labels: list[str], fallback: str) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for label in labels:
        base = slugify(label) or fallback
        slug, n = base, 2
        while slug in seen:
            slug, n = f"{base}-{n}", n + 1
        seen.add(slug)
        out.append(slug)
    return out

