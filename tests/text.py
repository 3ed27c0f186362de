"""What a reader sees, for assertions: the words of a page, and the words of a PDF."""

from __future__ import annotations

import io
import re
from html import unescape

from pypdf import PdfReader

# Definitions shown only on hover or focus, and anything that is not text.
HIDDEN = re.compile(r'<span class="gloss-tip".*?</span>|<(script|style)\b.*?</\1>', re.S)
INLINE = re.compile(r"</?(?:a|abbr|b|code|em|i|span|strong)\b[^>]*>")
TAG = re.compile(r"<[^>]+>")
SPACE_BEFORE = re.compile(r" ([:.,;!?)])")


def squash(text: str) -> str:
    return " ".join(text.split())


def visible_text(html: str) -> str:
    """The page's words in reading order: inline tags vanish, block tags become spaces."""
    text = TAG.sub(" ", INLINE.sub("", HIDDEN.sub("", html)))
    return SPACE_BEFORE.sub(r"\1", squash(unescape(text)))


def pdf_text(data: bytes) -> str:
    """Every page's text, spaces squashed (line breaks fall where the layout put them)."""
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))
