"""Glossary terms: the dataclass and the loader for the human-edited TOML files."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

# The fields readers see, each translated through the catalogs.
TEXT_FIELDS = ("term", "definition", "example", "why", "keywords", "source")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class GlossaryDataError(ValueError):
    """A glossary data file is malformed; the message names the file and term."""


@dataclass(frozen=True, slots=True)
class Term:
    slug: str
    term: str
    definition: str
    example: str
    why: str
    keywords: str
    source: str
    source_url: str
    related: tuple[str, ...]

    def keyword_list(self, keywords: str | None = None) -> list[str]:
        """Split the comma-separated keywords (or a translation of them)."""
        text = self.keywords if keywords is None else keywords
        return [word.strip() for word in text.split(",") if word.strip()]


def _term_from_table(table: Mapping[str, Any], where: str) -> Term:
    missing = [
        name
        for name in (*TEXT_FIELDS, "slug", "source_url", "related")
        if not table.get(name)
    ]
    if missing:
        raise GlossaryDataError(f"{where}: missing or empty {', '.join(missing)}")
    if not SLUG.match(table["slug"]):
        raise GlossaryDataError(f"{where}: slug {table['slug']!r} is not lowercase-with-dashes")
    values = {name: str(table[name]).strip() for name in TEXT_FIELDS}
    return Term(
        slug=table["slug"],
        source_url=table["source_url"],
        related=tuple(table["related"]),
        **values,
    )


def load_terms(documents: Iterable[tuple[str, str]]) -> tuple[Term, ...]:
    """Parse (name, TOML text) pairs into terms; slugs must be unique and links resolve."""
    terms: dict[str, Term] = {}
    for name, text in documents:
        for index, table in enumerate(tomllib.loads(text).get("term", []), start=1):
            where = f"{name}, term {index} ({table.get('slug', '?')})"
            term = _term_from_table(table, where)
            if term.slug in terms:
                raise GlossaryDataError(f"{where}: slug {term.slug!r} is used twice")
            terms[term.slug] = term
    for term in terms.values():
        unknown = [slug for slug in term.related if slug not in terms]
        if unknown:
            raise GlossaryDataError(f"{term.slug}: related terms not found: {unknown}")
    return tuple(sorted(terms.values(), key=lambda t: t.term.casefold()))


def data_files() -> list[tuple[str, str]]:
    """The packaged TOML files as (name, text), in name order."""
    folder = resources.files("glossary") / "data"
    files = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".toml")),
        key=lambda entry: entry.name,
    )
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in files]


@functools.cache
def all_terms() -> tuple[Term, ...]:
    """Every packaged term, sorted by its English name."""
    return load_terms(data_files())


@functools.cache
def _by_slug() -> dict[str, Term]:
    return {term.slug: term for term in all_terms()}


def get_term(slug: str) -> Term | None:
    return _by_slug().get(slug)
