"""From uploaded bytes to rows of cells: the encoding, the separator, and files that are not CSV.

Spreadsheets save "CSV" in more than one way: UTF-8 with or without a byte-order mark,
Windows-1252 from older Excel, UTF-16 with tabs ("Unicode text"), and semicolons where the
decimal mark is a comma. Each is read; anything else gets a reason, never a crash.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator

MAX_ROWS = 1000
_ZIP = b"PK\x03\x04"  # .xlsx and .ods workbooks are zip files
_CONTROL = {chr(n) for n in range(32)} - {"\t", "\n", "\r"}


class BatchFileError(ValueError):
    """The upload cannot be read as a table; `code` says why, `params` fill the wording."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def decode(data: bytes) -> str:
    """The file's text, whatever of the usual encodings it was saved in."""
    if not data.strip():
        raise BatchFileError("empty")
    if data.startswith(_ZIP):
        raise BatchFileError("workbook")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise BatchFileError("not_text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:4096]
    if sum(char in _CONTROL for char in sample) > len(sample) // 100:
        raise BatchFileError("not_text")
    return text


def delimiter(text: str) -> str:
    """The separator the header line uses most: comma, semicolon or tab."""
    header = text.lstrip().split("\n", 1)[0]
    counts = {mark: header.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ","


def records(text: str) -> Iterator[list[str]]:
    """Every record; a broken one raises BatchFileError naming its line."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter(text),
                        strict=True)
    try:
        yield from reader
    except csv.Error as error:
        raise BatchFileError("bad_csv", line=reader.line_num) from error
