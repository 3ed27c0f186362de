"""Marking English text for the translation catalog: the domain never translates."""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 (the gettext convention for "mark only")
    """Mark text for the translation catalog; the web layer translates it."""
    return text
