"""Reading Good Faith Estimate and dispute input field by field. Pure Python."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from benefits.fields import Reader


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class GfeReader(Reader):
    """The shared Reader plus text, bounded dates and short lists."""

    def text(self, data: Mapping[str, Any], key: str, path: str, max_length: int) -> str | None:
        value = data.get(key)
        if blank(value):
            self.error(path, "required")
            return None
        if not isinstance(value, str):
            self.error(path, "not_text")
            return None
        text = " ".join(value.split())
        if any(unicodedata.category(char) in ("Cc", "Cs") for char in text):
            self.error(path, "invalid_characters")
            return None
        if len(text) > max_length:
            self.error(path, "too_long", max=max_length)
            return None
        return text

    def day(self, data: Mapping[str, Any], key: str, path: str, low: dt.date, high: dt.date,
            required: bool = True) -> dt.date | None:
        if blank(data.get(key)):
            if required:
                self.error(path, "required")
            return None
        day = self.date(data, key, path, default=low)
        if day is not None and not low <= day <= high:
            self.error(path, "date_out_of_range", min=low, max=high)
            return None
        return day

    def items(self, value: object, path: str, limit: int) -> list[Any] | None:
        """A list (or None for nothing), at most `limit` long."""
        if blank(value):
            return []
        if not isinstance(value, Sequence) or isinstance(value, str):
            self.error(path, "not_a_list")
            return None
        if len(value) > limit:
            self.error(path, "too_many", max=limit)
            return None
        return list(value)
