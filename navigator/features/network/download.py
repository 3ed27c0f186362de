"""Downloading a price file over HTTPS: streamed, retried, and resumed where it broke off.

Payers' files run to gigabytes and their servers drop long downloads. A broken read asks
again for the rest (`Range: bytes=N-`, with `If-Range` so a file that changed meanwhile is
never spliced onto the old one) up to RETRIES times, waiting a little longer each time.
Bytes are counted as sent (still compressed), so the resumed part starts at the right byte;
gzip is undone above this stream.
"""

from __future__ import annotations

import io
import time
from typing import Any

import requests
from urllib3.exceptions import ProtocolError, ReadTimeoutError

RETRIES = 5
BACKOFF = 1.0  # seconds before the first retry; doubled each time
TIMEOUT = (10, 60)
BROKEN = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)
# What a read of the open body raises when the connection drops (urllib3's, not requests').
BROKEN_READ = (*BROKEN, ProtocolError, ReadTimeoutError, OSError)


class ResumingDownload(io.RawIOBase):
    """A readable stream of one URL's bytes that survives dropped connections."""

    def __init__(self, url: str, retries: int = RETRIES, backoff: float = BACKOFF,
                 session: requests.Session | None = None) -> None:
        super().__init__()
        self.url, self.retries, self.backoff = url, retries, backoff
        self.own_session = session is None
        self.http = session or requests.Session()
        self.offset = 0
        self.validator: str | None = None
        try:
            self.response = self._open(first=True)
        except BaseException:
            if self.own_session:
                self.http.close()
            raise
        self.headers = self.response.headers

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        for attempt in range(self.retries + 1):
            try:
                chunk = self.response.raw.read(len(buffer), decode_content=False)
            except BROKEN_READ:
                if attempt == self.retries:
                    raise
                self._pause(attempt)
                self.response.close()
                self.response = self._open(first=False)
                continue
            buffer[:len(chunk)] = chunk
            self.offset += len(chunk)
            return len(chunk)
        return 0  # pragma: no cover - the loop returns or raises

    def close(self) -> None:
        if not self.closed:
            self.response.close()
            if self.own_session:
                self.http.close()
        super().close()

    def _pause(self, attempt: int) -> None:
        time.sleep(self.backoff * (2 ** attempt))

    def _open(self, first: bool) -> requests.Response:
        """GET the file (first) or the rest of it; retried while the server is unreachable."""
        headers = {"Accept-Encoding": "identity"} if first else self._range()
        for attempt in range(self.retries + 1):
            try:
                response = self.http.get(self.url, headers=headers, stream=True,
                                         timeout=TIMEOUT)
                if response.status_code < 500:
                    break
                response.close()
            except BROKEN:
                if attempt == self.retries:
                    raise
            if attempt < self.retries:
                self._pause(attempt)
        if not response.ok:
            response.close()  # frees its connection; the status is still there to raise
            response.raise_for_status()
        if first:
            self.validator = response.headers.get("ETag") or response.headers.get(
                "Last-Modified")
        elif response.status_code != 206:
            response.close()
            raise OSError("the server could not send the rest of the file (no byte ranges, or "
                          "the file changed while it was being read); run the load again")
        return response

    def _range(self) -> dict[str, str]:
        headers = {"Range": f"bytes={self.offset}-", "Accept-Encoding": "identity"}
        if self.validator:
            headers["If-Range"] = self.validator
        return headers
