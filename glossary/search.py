"""Glossary search that ignores case and accents, in whichever language is shown."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from glossary.terms import Term

Translate = Callable[[str], str]

# Lower rank sorts first: a hit on the name beats one in the keywords, then the text.
RANK_EXACT, RANK_PREFIX, RANK_NAME, RANK_KEYWORD, RANK_TEXT = range(5)


def fold(text: str) -> str:
    """Lower-case and strip accents so "Deducible", "DEDUCIBLE" and "dedúcible" match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


@dataclass(frozen=True, slots=True)
class Entry:
    """A term's searchable text, folded, in the reader's language and in English."""

    term: Term
    sort_key: str
    names: tuple[str, ...]
    keywords: tuple[str, ...]
    texts: tuple[str, ...]

    def rank(self, query: str) -> int | None:
        if query in self.names:
            return RANK_EXACT
        if any(name.startswith(query) for name in self.names):
            return RANK_PREFIX
        if any(query in name for name in self.names):
            return RANK_NAME
        if any(query in word for word in self.keywords):
            return RANK_KEYWORD
        if any(query in text for text in self.texts):
            return RANK_TEXT
        return None


def _entry(term: Term, translate: Translate) -> Entry:
    shown = translate(term.term)
    keywords = term.keyword_list() + term.keyword_list(translate(term.keywords))
    return Entry(
        term=term,
        sort_key=fold(shown),
        names=tuple({fold(term.term), fold(shown)}),
        keywords=tuple({fold(word) for word in keywords}),
        texts=tuple({fold(term.definition), fold(translate(term.definition))}),
    )


def build_index(terms: Iterable[Term], translate: Translate = str) -> tuple[Entry, ...]:
    """Fold every term once; keep the result per language and search it many times."""
    return tuple(_entry(term, translate) for term in terms)


def search_index(index: Iterable[Entry], query: str) -> list[Term]:
    """Terms matching `query`, best first, then alphabetical in the reader's language."""
    folded = fold(" ".join(query.split()))
    if not folded:
        return []
    ranked = [(rank, entry.sort_key, entry.term) for entry in index
              if (rank := entry.rank(folded)) is not None]
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [term for _, _, term in ranked]


def search(terms: Iterable[Term], query: str, translate: Translate = str) -> list[Term]:
    """One-off search; `translate` gives the reader's language."""
    return search_index(build_index(terms, translate), query)
