"""The shared PDF renderer: names in many scripts print as typed; what no font has is marked."""

from __future__ import annotations

import io

import pypdf

from navigator.core import pdf
from navigator.core.pdf import Block, render_pdf
from tests.text import pdf_text


def test_latin_greek_and_cyrillic_names_print_as_typed():
    names = "Nguyễn Thị Minh, Łukasz Żółć, Ωμέγα, Жанна, ¿Señor Núñez?"
    text = pdf_text(render_pdf([Block("title", "Carta"), Block("paragraph", names)], "t", "es"))
    assert names in text


def test_characters_no_font_has_become_a_visible_mark():
    text = pdf_text(render_pdf([Block("paragraph", "Li 李 ok")], "t", "en"))
    assert "Li ? ok" in text


def test_long_text_flows_onto_more_pages():
    blocks = [Block("paragraph", "A sentence that fills the line. " * 40)] * 30
    assert len(pypdf.PdfReader(io.BytesIO(render_pdf(blocks, "t", "en"))).pages) > 1


def test_without_the_font_files_latin1_still_holds_spanish(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf, "_FACES", {"": tmp_path / "none.ttf", "B": tmp_path / "no.ttf"})
    text = pdf_text(render_pdf([Block("paragraph", "¿Señor? “sí” — Nguyễn")], "t", "es"))
    assert '¿Señor? "sí" - Nguy?n' in text
