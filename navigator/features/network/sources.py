"""The sources a network is made of: how a source is named, and which ones a network holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from benefits.tic import ReadStats
from navigator.core.models import NegotiatedRate, Network, NetworkMember

ROSTER_SOURCE = "clinic roster"  # the one source row that holds a network's roster entries


def source_name(source: str) -> str:
    """How a source is stored and shown: a file's base name, or a URL without its query.

    A local path says where someone keeps their files, and a signed URL's query string is
    a key: neither belongs in the database or on a page. "roster:" prefixes are kept.
    """
    prefix = "roster:" if source.startswith("roster:") else ""
    rest = source.removeprefix(prefix).strip()
    if "://" in rest:
        parts = urlsplit(rest)
        netloc = parts.netloc.rpartition("@")[2]  # no user name or password either
        return prefix + urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    return prefix + rest.replace("\\", "/").rstrip("/").rpartition("/")[2]


def base_name(source: str) -> str:
    """The last part of a stored source's path: what a page shows."""
    path = urlsplit(source).path if "://" in source else source
    return path.rstrip("/").rpartition("/")[2] or source


@dataclass(frozen=True)
class Source:
    """One loaded source of a network, as the load report and the pages list it."""

    network: str
    kind: str
    source: str | None
    as_of: str | None
    loaded_at: dt.datetime | None
    rows: int


class EmptyLoad(Exception):
    """A load that kept nothing; it was not swapped in, and the earlier data stays."""

    def __init__(self, network: str, source: str, replaced: Source | None,
                 others: int) -> None:
        super().__init__(f"{source} holds nothing to load into {network!r}")
        self.network = network
        self.source = source
        self.replaced = replaced  # the earlier copy of the same source, if any
        self.others = others  # how many other sources the network holds
        self.stats: ReadStats | None = None  # a price file's reader counts, when known


def _rows(session: Session, network_id: int) -> int:
    rates = session.scalar(select(func.count(NegotiatedRate.id))
                           .where(NegotiatedRate.network_id == network_id))
    if rates:
        return rates
    return session.scalar(select(func.count(NetworkMember.id))
                          .where(NetworkMember.network_id == network_id)) or 0


def network_sources(session: Session, name: str) -> list[Source]:
    """Every loaded source of the network with that name, oldest data first."""
    found = session.scalars(select(Network).where(Network.name == name,
                                                  Network.loaded_at.is_not(None))
                            .order_by(Network.as_of, Network.source))
    return [Source(n.name, n.source_kind, n.source, n.as_of, n.loaded_at, _rows(session, n.id))
            for n in found]
