"""Printable documents (letters, estimates) as PDF with fpdf2: pure Python, no system fonts.

Text arrives already translated. The built-in Helvetica covers Latin-1, which holds every
Spanish letter and sign (á, ñ, ¿, ¡); anything outside it is replaced rather than dropped
silently, so a name typed in another script still leaves a visible mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from fpdf import FPDF

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


def render_pdf(blocks: Iterable[Block], title: str, language: str) -> bytes:
    """Lay the blocks out on US Letter pages with page numbers; returns the PDF bytes."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_title(latin1(title))
    pdf.set_lang(language)
    pdf.set_creator("Navigator")
    pdf.set_margins(54, 54, 54)
    pdf.set_auto_page_break(True, margin=54)
    pdf.add_page()
    for block in blocks:
        _write(pdf, block)
    return bytes(pdf.output())


def _write(pdf: FPDF, block: Block) -> None:
    size = _SIZES[block.kind]
    pdf.set_font("Helvetica", _STYLES[block.kind], size)
    text = latin1(block.text)
    if block.kind == "heading":
        pdf.ln(6)
    if block.kind == "item":
        text = "-  " + text
        pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(0, size * 1.35, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(size * 0.5)
