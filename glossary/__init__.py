"""The insurance glossary. Pure Python: no Flask, SQLAlchemy, WTForms or requests.

Terms are kept in English in `glossary/data/*.toml`; other languages come from the
site's Babel catalogs, which `glossary.babel_extract` feeds.
"""

from __future__ import annotations

from glossary.search import Entry, build_index, fold, search, search_index
from glossary.terms import TEXT_FIELDS, Term, all_terms, get_term, load_terms

__all__ = [
    "TEXT_FIELDS",
    "Entry",
    "Term",
    "all_terms",
    "build_index",
    "fold",
    "get_term",
    "load_terms",
    "search",
    "search_index",
]
