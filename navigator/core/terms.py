"""Glossary terms in the reader's language, for pages, the API and inline links."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from flask import Flask, current_app, g, url_for
from flask_babel import get_locale, gettext

import glossary
from glossary import Term
from navigator.core.links import public_url


@dataclass(frozen=True)
class LocalTerm:
    slug: str
    term: str
    definition: str
    example: str
    why: str
    keywords: list[str]
    source: str
    source_url: str
    related: tuple[str, ...]

    @property
    def url(self) -> str:
        return url_for("glossary.term", slug=self.slug)

    def as_json(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "term": self.term,
            "definition": self.definition,
            "example": self.example,
            "why_it_matters": self.why,
            "keywords": self.keywords,
            "related": list(self.related),
            "source": {"name": self.source, "url": self.source_url},
            # From NAVIGATOR_PUBLIC_URL, never the request's Host header.
            "url": public_url("glossary.term", slug=self.slug),
        }


def localize(term: Term) -> LocalTerm:
    """The term with every text field in the current locale (English as fallback)."""
    return LocalTerm(
        slug=term.slug,
        term=gettext(term.term),
        definition=gettext(term.definition),
        example=gettext(term.example),
        why=gettext(term.why),
        keywords=term.keyword_list(gettext(term.keywords)),
        source=gettext(term.source),
        source_url=term.source_url,
        related=term.related,
    )


@dataclass(frozen=True)
class Localized:
    """Every term in one language: sorted, by slug, and folded for search."""

    terms: list[LocalTerm]
    by_slug: dict[str, LocalTerm]
    index: tuple[glossary.Entry, ...]


def _localized() -> Localized:
    """Translate and fold the glossary once per language (the catalogs never change)."""
    cache: dict[str, Localized] = current_app.extensions.setdefault("navigator.glossary", {})
    lang = str(get_locale())
    if lang not in cache:
        terms = sorted((localize(t) for t in glossary.all_terms()),
                       key=lambda t: glossary.fold(t.term))
        cache[lang] = Localized(terms=terms, by_slug={t.slug: t for t in terms},
                                index=glossary.build_index(glossary.all_terms(), gettext))
    return cache[lang]


def localized_terms() -> list[LocalTerm]:
    """All terms in the reader's language, in that language's alphabetical order."""
    return _localized().terms


def search_terms(query: str) -> list[LocalTerm]:
    """Terms matching `query` in the reader's language (or English), best first."""
    local = _localized()
    return [local.by_slug[term.slug] for term in glossary.search_index(local.index, query)]


def letter_groups(terms: list[LocalTerm]) -> list[tuple[str, list[LocalTerm]]]:
    """Group terms under the first letter of their (accent-free) name."""
    def first_letter(term: LocalTerm) -> str:
        letter = glossary.fold(term.term)[:1].upper()
        return letter if letter.isalpha() else "#"

    return [(letter, list(group)) for letter, group in groupby(terms, key=first_letter)]


def term_or_none(slug: str) -> LocalTerm | None:
    return _localized().by_slug.get(slug)


def inline_term(slug: str) -> LocalTerm:
    """A term for an inline link; an unknown slug is a programming error."""
    term = term_or_none(slug)
    if term is None:
        raise LookupError(f"No glossary term {slug!r}")
    return term


def next_tip_id(slug: str) -> str:
    """A page-unique id for an inline definition, so ids never repeat."""
    g.tip_count = g.get("tip_count", 0) + 1
    return f"tip-{slug}-{g.tip_count}"


def init_app(app: Flask) -> None:
    # Any page can link a word to its term: {% from "macros/glossary.html" import term %}.
    app.jinja_env.globals.update(inline_term=inline_term, next_tip_id=next_tip_id)
