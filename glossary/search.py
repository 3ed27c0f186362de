"""Glossary search that ignores case and accents, in whichever language is shown."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from glossary.terms import Term

Translate = Callable[[str], str]

# Lower rank sorts first: a hit on the name beats one in the keywords, then the text.
RANK_EXACT, RANK_PREFIX, RANK_NAME, RANK_KEYWORD, RANK_TEXT = range(5)


def fold(text: str) -> str:
    """Lower-case and strip accents so "Deducible", "DEDUCIBLE" and "dedúcible" match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def _rank(query: str, names: list[str], keywords: list[str], texts: list[str]) -> int | None:
    if query in names:
        return RANK_EXACT
    if any(name.startswith(query) for name in names):
        return RANK_PREFIX
    if any(query in name for name in names):
        return RANK_NAME
    if any(query in word for word in keywords):
        return RANK_KEYWORD
    if any(query in text for text in texts):
        return RANK_TEXT
    return None


def _fields(term: Term, translate: Translate) -> tuple[list[str], list[str], list[str]]:
    """Folded names, keywords and texts in the reader's language and in English."""
    names = {fold(term.term), fold(translate(term.term))}
    keywords = {fold(w) for w in term.keyword_list() + term.keyword_list(translate(term.keywords))}
    texts = {fold(translate(term.definition)), fold(term.definition)}
    return sorted(names), sorted(keywords), sorted(texts)


def search(terms: Iterable[Term], query: str, translate: Translate = str) -> list[Term]:
    """Terms matching `query`, best first; `translate` gives the reader's language."""
    folded = fold(" ".join(query.split()))
    if not folded:
        return []
    ranked = []
    for term in terms:
        rank = _rank(folded, *_fields(term, translate))
        if rank is not None:
            ranked.append((rank, fold(translate(term.term)), term))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [term for _, _, term in ranked]
