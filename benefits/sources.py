"""Where a rule or figure comes from: a name for people and an address to check it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # an English msgid (marked with N_); the web layer translates it
    url: str
