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
from generator.markdown import render_inline, render_markdown
from generator.slug import slugify
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
        entry_path=entry_path,
    )
    env.filters.update(
        markdown=render_markdown,
        markdown_inline=render_inline,
        display_date=lambda d: d.display(),
        slug=slugify,
        time_tag=time_tag,
        safe_href=safe_href,
    )
    return env


def time_tag(date: Date, css_class: str = "date") -> Markup:
    """``<time datetime=...>`` where HTML can say the date, else a ``<span>``.

    The visible text is always the date at its own precision.
    """
    label = Markup.escape(date.display())
    machine = date.html_datetime()
    if machine is None:
        return Markup(f'<span class="{css_class}">{label}</span>')
    return Markup(f'<time class="{css_class}" datetime="{machine}">{label}</time>')


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
