"""Page-quality checks run on every HTML page the test client receives (stdlib only)."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

LABELLED_INPUTS = {"input", "select", "textarea"}
UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.h1: list[str] = []
        self.title = ""
        self.html_lang: str | None = None
        self.forms_without_action = 0
        self.fields: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.links: list[str] = []
        self.landmarks: Counter[str] = Counter()
        self.inline: list[str] = []  # inline script, style and event handlers (CSP forbids them)
        self._in: list[str] = []
        self._label_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self._note_inline(tag, a)
        if a.get("id"):
            self.ids[a["id"] or ""] += 1
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag in ("header", "main", "footer"):
            self.landmarks[tag] += 1
        if tag == "form" and not a.get("action"):
            self.forms_without_action += 1
        if tag == "label":
            self._label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"] or "")
        if tag in LABELLED_INPUTS and a.get("type") not in UNLABELLED_TYPES:
            self.fields.append({**a, "_wrapped": "1" if self._label_depth else None})
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag in ("h1", "title"):
            self._in.append(tag)
            if tag == "h1":
                self.h1.append("")

    def _note_inline(self, tag: str, a: dict[str, str | None]) -> None:
        if tag == "style" or (tag == "script" and not a.get("src")):
            self.inline.append(f"<{tag}>")
        self.inline += [f"{tag} {name}=" for name in a if name == "style" or
                        name.startswith("on")]

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label_depth -= 1
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if "h1" in self._in:
            self.h1[-1] += data
        elif "title" in self._in:
            self.title += data


def squash(text: str) -> str:
    return " ".join(text.split())


def check_page(html: str) -> PageParser:
    """Assert the rules every page keeps; return the parse for further checks."""
    page = PageParser()
    page.feed(html)
    assert page.html_lang, "<html> has no lang"
    assert len(page.h1) == 1, f"expected one <h1>, found {len(page.h1)}"
    heading = squash(page.h1[0])
    assert heading and squash(page.title).startswith(heading), (page.title, heading)
    duplicates = [i for i, n in page.ids.items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert page.forms_without_action == 0, "a form has no action"
    for field in page.fields:
        labelled = (field.get("id") in page.label_for or field.get("aria-label")
                    or field.get("aria-labelledby") or field.get("_wrapped"))
        assert labelled, f"unlabelled field: {field}"
    assert page.landmarks == Counter(header=1, main=1, footer=1), page.landmarks
    assert "#main" in page.links, "no skip link"
    assert not page.inline, f"inline script or style: {page.inline}"
    return page
