"""The insurance glossary. Pure Python: no Flask, SQLAlchemy, WTForms or requests.

Terms are kept in English in `glossary/data/*.toml`; other languages come from the
site's Babel catalogs, which `glossary.babel_extract` feeds.
"""

from __future__ import annotations

from glossary.search import fold, search
from glossary.terms import TEXT_FIELDS, Term, all_terms, get_term, load_terms

__all__ = ["TEXT_FIELDS", "Term", "all_terms", "fold", "get_term", "load_terms", "search"]
