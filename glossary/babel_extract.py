"""A pybabel extractor so glossary text is translated in the site's catalogs."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import IO, Any

from glossary.terms import TEXT_FIELDS


def extract_terms(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Yield every translatable field, with the term's slug as a translator comment."""
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for table in data.get("term", []):
        for field in TEXT_FIELDS:
            if table.get(field):
                comment = f"glossary {table['slug']}.{field}"
                yield 0, "gettext", str(table[field]).strip(), [comment]
