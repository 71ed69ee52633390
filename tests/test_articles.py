"""Reading articles: the seed format, front matter, and clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.articles import ArticleError, find_articles, read_article
from generator.sentences import split_sentences

from conftest import SEED


def test_seed_article():
    article = read_article(SEED)
    assert article.slug == "000-54ac3c588acb31a6"
    assert article.published == dt.date(2025, 9, 3)
    assert article.title.startswith("Before sitting down for the talks, Putin lauded")
    assert len(article.title) <= 90
    # the lede repeats the third paragraph, so it is not added twice
    assert article.text.count("Before sitting down for the talks") == 1
    assert article.text.startswith("The meeting took place at the Diaoyutai State Guest House")
    assert "met in Beijing on Tuesday" in article.text


def test_indented_seed_with_lede_not_in_body(tmp_path: Path):
    path = tmp_path / "a b.txt"
    path.write_text("   date 2024-01-05 The council voted on Monday.\n\n  Residents objected in 2023.\n")
    article = read_article(path)
    assert article.slug == "a-b"
    assert article.published == dt.date(2024, 1, 5)
    assert article.text == "The council voted on Monday.\n\nResidents objected in 2023."


def test_front_matter(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: The pact\ndate: 2024-06-19\nurl: https://example.org/pact\n"
                    "source: AP\ntags: [russia, north-korea]\n---\n\n# Ignored heading?\n\nSigned in June 2024.\n")
    article = read_article(path)
    assert (article.title, article.published, article.url, article.source, article.tags) == (
        "The pact", dt.date(2024, 6, 19), "https://example.org/pact", "AP", ("russia", "north-korea"))
    assert "Signed in June 2024." in article.text


def test_markdown_without_front_matter_takes_heading_as_title(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text("# A history\n\nIt began in 1990.\n")
    article = read_article(path)
    assert article.title == "A history"
    assert article.published is None
    assert article.text == "It began in 1990."


@pytest.mark.parametrize("content, message", [
    (b"---\ntitle: [unclosed\n---\nText.\n", r"bad\.md:2:17: front matter is not valid YAML"),
    (b"date 2025-13-45 Lede.\n\nBody.\n", r"bad\.md:1:6: expected the publication date as YYYY-MM-DD"),
    (b"\xff\xfe broken", r"bad\.md:1:1: the file is not UTF-8"),
    (b"   \n\n", r"bad\.md:1:1: the article is empty"),
    (b"---\ndate: yesterday\n---\nText.\n", r"bad\.md:2:7: front matter date 'yesterday' is not a date"),
])
def test_unreadable_articles_name_file_and_place(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article(path)


def test_find_articles_is_sorted_and_skips_hidden(tmp_path: Path):
    for name in ("b.md", "a.txt", ".hidden.txt", "c.json"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_articles([tmp_path])] == ["a.txt", "b.md"]


def test_sentences_keep_abbreviations_together():
    text = 'Mr. Smith met U.S. officials on Sept. 3, 2025 at 3 p.m. Tuesday. They said "yes." Then it ended!'
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Smith met U.S. officials on Sept. 3, 2025 at 3 p.m. Tuesday.", 'They said "yes."', "Then it ended!"]
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
