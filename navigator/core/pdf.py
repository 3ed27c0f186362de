"""Printable documents (letters, estimates) as PDF with fpdf2: pure Python, no system fonts.

Text arrives already translated. The bundled DejaVu Sans (fonts/, Bitstream Vera licence)
covers Latin, Greek and Cyrillic, so names such as Nguyễn or Łukasz print as typed; only
characters outside it (Chinese, for one) become '?' rather than vanishing. Without the font
files the built-in Helvetica and Latin-1 are used, which still hold every Spanish letter.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fontTools.ttLib import TTFont
from fpdf import FPDF

FONTS = Path(__file__).resolve().parent.parent / "fonts"
_FACES = {"": FONTS / "DejaVuSans.ttf", "B": FONTS / "DejaVuSans-Bold.ttf"}

Kind = Literal["title", "heading", "paragraph", "item", "small"]
_SIZES = {"title": 16, "heading": 13, "paragraph": 11, "item": 11, "small": 9}
_STYLES = {"title": "B", "heading": "B", "paragraph": "", "item": "", "small": ""}
_SUBSTITUTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                "\u2014": "-", "\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u2011": "-"}


@dataclass(frozen=True)
class Block:
    """One piece of a document: a title, a heading, a paragraph, a list item or small print."""

    kind: Kind
    text: str


def latin1(text: str) -> str:
    """Map typographic marks to plain ones and anything else outside Latin-1 to '?'."""
    for mark, plain in _SUBSTITUTES.items():
        text = text.replace(mark, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Document(FPDF):
    def __init__(self) -> None:
        super().__init__(format="letter", unit="pt")
        self.unicode = all(path.exists() for path in _FACES.values())
        if self.unicode:
            for style, path in _FACES.items():
                self.add_font("DejaVu", style, str(path))
        self.family = "DejaVu" if self.unicode else "Helvetica"

    def clean(self, text: str) -> str:
        """Text the font can draw: itself in Unicode (unknown glyphs as '?'), else Latin-1."""
        if not self.unicode:
            return latin1(text)
        drawable = _drawable()
        return "".join(ch if ord(ch) in drawable or ch == "\n" else "?" for ch in text)


@functools.cache
def _drawable() -> frozenset[int]:
    """Code points both faces have a glyph for (read once from the fonts' character maps)."""
    maps = [set(TTFont(path).getBestCmap()) for path in _FACES.values()]
    return frozenset(set.intersection(*maps))


def render_pdf(blocks: Iterable[Block], title: str, language: str) -> bytes:
    """Lay the blocks out on US Letter pages with page numbers; returns the PDF bytes."""
    pdf = _Document()
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creator("Navigator")
    pdf.set_margins(54, 54, 54)
    pdf.set_auto_page_break(True, margin=54)
    pdf.add_page()
    for block in blocks:
        _write(pdf, block)
    return bytes(pdf.output())


def _write(pdf: _Document, block: Block) -> None:
    size = _SIZES[block.kind]
    pdf.set_font(pdf.family, _STYLES[block.kind], size)
    text = pdf.clean(block.text)
    if block.kind == "heading":
        pdf.ln(6)
    if block.kind == "item":
        text = "-  " + text
        pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(0, size * 1.35, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(size * 0.5)
