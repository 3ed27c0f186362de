"""Letters in the language the person chose for them, which may differ from the page's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from flask_babel import force_locale, gettext

from benefits.letters import Letter, plain_text
from benefits.letters.model import Kind, Value
from navigator.core.i18n import long_date_for, usd_whole_for
from navigator.core.pdf import Block, render_pdf


@dataclass(frozen=True)
class Rendered:
    """A letter's finished text in one language: its title and its lines."""

    lang: str
    title: str
    lines: list[tuple[Kind, str]]

    def blocks(self) -> list[tuple[str, list[list[str]]]]:
        """For HTML: runs of items become one "list"; the first heading that repeats the
        title becomes the "subject" (the page's h1); each text is split at its line breaks.
        """
        out: list[tuple[str, list[list[str]]]] = []
        subject_done = False
        for kind, text in self.lines:
            parts = text.split("\n")
            if kind == "item":
                if out and out[-1][0] == "list":
                    out[-1][1].append(parts)
                else:
                    out.append(("list", [parts]))
                continue
            shown: str = kind
            if kind == "heading" and text == self.title and not subject_done:
                shown, subject_done = "subject", True
            out.append((shown, [parts]))
        return out


def _show(lang: str):  # noqa: ANN202
    def show(value: Value) -> str:
        if isinstance(value, dt.date):
            return long_date_for(value, lang)
        if isinstance(value, Decimal):
            return usd_whole_for(value, lang)
        return str(value)
    return show


def render_letter(letter: Letter, lang: str) -> Rendered:
    with force_locale(lang):
        return Rendered(lang, gettext(letter.title), letter.render(gettext, _show(lang)))


def letter_pdf(rendered: Rendered) -> bytes:
    blocks = [Block(kind, text) for kind, text in rendered.lines]
    return render_pdf(blocks, rendered.title, rendered.lang)


def letter_text(rendered: Rendered) -> str:
    return plain_text(rendered.lines)
