"""The Jinja environment: theme templates, markdown, dates and URLs.

Autoescaping is on for every template, and markdown is rendered without
raw HTML, so text from articles and YAML cannot inject markup. Template
errors are reported with the template file and line.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.config import Config
from generator.dates import Date
from generator.errors import DatelinesError
from generator.markdown import plain_text, render_inline, render_markdown
from generator.pages import tag_slug
from generator.slug import slugify
from generator.structured import entry_jsonld, iso_date, script_json
from generator.themes import template_dirs
from generator.urls import Urls, entry_path, safe_href


def make_environment(config: Config) -> jinja2.Environment:
    dirs = template_dirs(config.theme, config.root)
    if not dirs:
        raise DatelinesError(f"theme {config.theme!r} has no templates/ folder")
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    urls = Urls(config.base_url)
    env.globals.update(
        config=config,
        url=urls.url,
        absolute_url=urls.absolute,
        has_absolute_urls=urls.has_host,
        entry_path=entry_path,
        jsonld=lambda entry: script_json(entry_jsonld(entry, config)),
    )
    env.filters.update(
        markdown=render_markdown,
        markdown_inline=render_inline,
        plain=plain_text,
        display_date=lambda d: d.display(),
        iso_date=iso_date,
        slug=slugify,
        tag_slug=tag_slug,
        time_tag=time_tag,
        time_position=time_position,
        safe_href=safe_href,
    )
    return env


def time_tag(date: Date, css_class: str = "date") -> Markup:
    """``<time datetime=...>`` where HTML can say the date, else a ``<span>``.

    The visible text is always the date at its own precision.
    An approximate or uncertain date gets a class and a title, and a few
    words for screen readers, which read "2024?" as a bare question mark.
    """
    label = Markup.escape(date.display())
    machine = date.html_datetime()
    note = ""
    if date.uncertain or (date.end is not None and date.end.uncertain):
        css_class += " date-uncertain"
        note = "uncertain date"
    elif date.approximate or (date.end is not None and date.end.approximate):
        css_class += " date-approximate"
        note = "approximate date"
    title = f' title="{note}"' if note else ""
    extra = Markup(f'<span class="visually-hidden"> ({note})</span>') if note else ""
    if machine is None:
        return Markup(f'<span class="{css_class}"{title}>{label}</span>') + extra
    return Markup(f'<time class="{css_class}" datetime="{machine}"{title}>{label}</time>') + extra


def time_position(date: Date, edge: str = "start") -> str:
    """Where a date sits on a continuous time axis, in (fractional) astronomical years.

    The horizontal theme places entries on its zoomable axis with this; any
    theme can use it in a ``data-`` attribute. Written with three decimals
    so that the output never depends on float printing.
    """
    if edge == "end":  # just after the last day the date covers
        year, month, day = date.last_day()
        return f"{year + (month - 1) / 12 + day / 372:.3f}"
    year, month, day = date.start.first_day()
    return f"{year + (month - 1) / 12 + (day - 1) / 372:.3f}"


def render_template(env: jinja2.Environment, name: str, **context: object) -> str:
    """Render one template; a template bug becomes an error naming file and line."""
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise DatelinesError(f"{where}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise DatelinesError(f"template {exc.name!r} not found in the theme or the project's templates/") \
            from None
    except (jinja2.UndefinedError, TypeError, AttributeError, ValueError) as exc:
        raise DatelinesError(f"{_template_frame(exc) or name}: template error: {exc}") from None


def _template_frame(exc: BaseException) -> str | None:
    """"path/to/template.html:12" from the traceback Jinja rewrote for us."""
    tb = exc.__traceback__
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".json", ".txt")) and Path(filename).exists():
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
