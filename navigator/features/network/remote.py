"""Provider references in another file (a price file's `location` URLs): fetched only from
hosts the operator allows, streamed, and cut off past a size limit.

A price file is written by someone else; without these rules, any URL inside it would make
this server fetch it (another machine on the private network, or an endless answer read
whole into memory).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO, cast
from urllib.parse import urljoin, urlsplit

import requests

from navigator.features.network.sources import source_name

TIMEOUT = (10, 60)
MAX_REDIRECTS = 5


class RemoteRefused(OSError):
    """A location URL the settings do not allow, or an answer past the size limit."""


@dataclass(frozen=True)
class ReferenceRules:
    hosts: tuple[str, ...]
    schemes: tuple[str, ...]
    max_bytes: int

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> ReferenceRules:
        return cls(hosts=_names(config.get("TIC_REFERENCE_HOSTS")),
                   schemes=_names(config.get("TIC_REFERENCE_SCHEMES") or ["https"]),
                   max_bytes=int(config.get("TIC_REFERENCE_MAX_BYTES") or 0))

    def check(self, url: str) -> None:
        """Refuse a URL whose scheme or host the settings do not list."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme.lower() not in self.schemes:
            raise RemoteRefused(
                f"the price file points to {source_name(url)}, which is not "
                f"{' or '.join(self.schemes)}; only NAVIGATOR_TIC_REFERENCE_SCHEMES are fetched")
        if not any(host == allowed or (allowed.startswith(".") and host.endswith(allowed))
                   for allowed in self.hosts):
            raise RemoteRefused(
                f"the price file points to {source_name(url)}, on a host that is not allowed; "
                f"add {host or 'it'} to NAVIGATOR_TIC_REFERENCE_HOSTS to fetch it")

    def fetch(self, url: str) -> BinaryIO:
        """The file at URL as a stream that stops past max_bytes. Each redirect is checked
        like the first address, so an allowed host cannot hand us on to another."""
        for _ in range(MAX_REDIRECTS + 1):
            self.check(url)
            response = requests.get(url, stream=True, timeout=TIMEOUT, allow_redirects=False)
            if not response.is_redirect:
                break
            url = urljoin(url, response.headers["Location"])
            response.close()
        else:
            raise RemoteRefused(f"{source_name(url)} redirects more than {MAX_REDIRECTS} times")
        length = response.headers.get("Content-Length", "")
        if not response.ok or (length.isdigit() and int(length) > self.max_bytes):
            response.close()  # the message names the file without its (signed) query string
            raise self.too_large(url) if response.ok else RemoteRefused(
                f"{source_name(url)} answered HTTP {response.status_code}")
        response.raw.decode_content = True  # gzip undone as it streams, counted unpacked
        return cast(BinaryIO, Bounded(response, self, url))

    def too_large(self, url: str) -> RemoteRefused:
        return RemoteRefused(
            f"{source_name(url)} is larger than {self.max_bytes:,} bytes "
            "(NAVIGATOR_TIC_REFERENCE_MAX_BYTES); nothing past that was read")


def _names(value: object) -> tuple[str, ...]:
    """A list setting, or a comma-separated string from the environment."""
    items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return tuple(str(item).strip().lower() for item in items if str(item).strip())


class Bounded:
    """A read-only stream over an HTTP answer that raises once more than the limit arrives."""

    def __init__(self, response: requests.Response, rules: ReferenceRules, url: str) -> None:
        self.response, self.rules, self.url, self.bytes_read = response, rules, url, 0

    def read(self, size: int | None = -1) -> bytes:
        room = self.rules.max_bytes + 1 - self.bytes_read  # one byte more shows it is too long
        data = self.response.raw.read(room if size is None or size < 0 else min(size, room))
        self.bytes_read += len(data)
        if self.bytes_read > self.rules.max_bytes:
            self.close()
            raise self.rules.too_large(self.url)
        return data

    def close(self) -> None:
        self.response.close()
