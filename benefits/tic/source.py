"""Open a local in-network file, plain or gzip-compressed, as a binary stream. Pure Python."""

from __future__ import annotations

import gzip
from typing import BinaryIO

_GZIP_MAGIC = b"\x1f\x8b"


def open_source(path: str) -> BinaryIO:
    """Open a local path; a gzip file (by magic bytes, whatever its name) is decompressed."""
    with open(path, "rb") as probe:
        packed = probe.read(2) == _GZIP_MAGIC
    # gzip.open owns its file, so closing the stream closes the file too.
    return gzip.open(path, "rb") if packed else open(path, "rb")  # noqa: SIM115
