"""flask ingest-tic: stream a price-transparency file into the network tables."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import io
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from benefits.tic import FileInfo, Rate, ReadStats, expired, keep_behavioral, read_in_network
from navigator.core.metrics import IngestMeter
from navigator.features.network.download import ResumingDownload
from navigator.features.network.remote import ReferenceRules
from navigator.features.network.scratch import disk_storage
from navigator.features.network.sources import (
    EmptyLoad,
    Source,
    base_name,
    network_sources,
    source_name,
)
from navigator.features.network.store import LoadTarget, RateRow, load_network

_GZIP_MAGIC = b"\x1f\x8b"

TIMEOUT = (10, 60)


def open_source(path: str) -> BinaryIO:
    """Open a local path; a gzip file (by magic bytes, whatever its name) is decompressed."""
    with open(path, "rb") as probe:
        packed = probe.read(2) == _GZIP_MAGIC
    # gzip.open owns its file, so closing the stream closes the file too.
    return gzip.open(path, "rb") if packed else open(path, "rb")  # type: ignore[return-value]


@contextlib.contextmanager
def open_any(source: str) -> Iterator[tuple[BinaryIO, int | None]]:
    """A byte stream and its size when known: a local file, a .gz, or an https URL.

    URLs are streamed (never downloaded whole); gzip is undone on the fly.
    """
    if source.startswith(("https://", "http://")):
        with ResumingDownload(source) as download:
            size = download.headers.get("Content-Length")
            packed = source.split("?")[0].endswith(".gz") or \
                download.headers.get("Content-Encoding") == "gzip"
            buffered = io.BufferedReader(download, buffer_size=1 << 20)
            stream: BinaryIO = gzip.GzipFile(fileobj=buffered) if packed \
                else buffered  # type: ignore[assignment]
            yield stream, int(size) if size else None
        return
    stream = open_source(source)
    try:
        yield stream, Path(source).stat().st_size
    finally:
        stream.close()


def keep_from(codes: str | None) -> Callable[[str, str], bool] | None:
    """--codes: "all", a file of codes one per line, or the behavioral-health default."""
    if codes == "all":
        return None
    if codes:
        wanted = {line.strip().upper() for line in Path(codes).read_text().splitlines()
                  if line.strip()}
        return lambda _kind, code: code.upper() in wanted
    return keep_behavioral


@dataclass
class Counts:
    """What the kept rows say about themselves, for the load report."""

    today: dt.date = field(default_factory=dt.date.today)
    expired: int = 0  # rates whose expiration_date has passed
    tin_only: int = 0  # rates of a group named by its TIN alone (npi [0])
    nobody: int = 0  # rates that name neither an NPI nor a TIN: no lookup can reach them


def rows(records: Iterator[FileInfo | Rate], info: list[FileInfo],
         counts: Counts | None = None) -> Iterator[RateRow]:
    """One row per kept rate, naming its provider group's NPIs; keeps the file's header."""
    counts = counts or Counts()
    for record in records:
        if isinstance(record, FileInfo):
            info.append(record)
            continue
        counts.expired += expired(record.expiration_date, counts.today)
        counts.tin_only += not record.npis and bool(record.tin_value)
        counts.nobody += not record.npis and not record.tin_value
        yield RateRow(npi=None, group=tuple(map(str, record.npis)),
                      billing_code=record.billing_code,
                      billing_code_type=record.billing_code_type, tin=record.tin_value,
                      business_name=record.business_name, rate=record.negotiated_rate,
                      negotiated_type=record.negotiated_type, billing_class=record.billing_class,
                      service_codes=",".join(record.service_codes)[:200],
                      modifiers=",".join(record.modifiers)[:60],
                      expiration_date=record.expiration_date)


class Progress:
    """One self-updating line on stderr: bytes, items kept of seen, rates, speed."""

    def __init__(self, total: int | None, stream=sys.stderr) -> None:  # noqa: ANN001
        self.total, self.stream, self.start, self.last = total, stream, time.monotonic(), 0.0
        self.stats = ReadStats()
        self.meter = IngestMeter()  # the same totals for /metrics

    def __call__(self, stats: ReadStats, final: bool = False) -> None:
        self.stats = stats
        now = time.monotonic()
        if not final and now - self.last < 0.5:
            return
        self.last = now
        self.meter.update(bytes_read=stats.bytes_read, items_seen=stats.items_seen,
                          items_kept=stats.items_kept, rates_kept=stats.rates_kept)
        if final:
            self.meter.finish()
        mb, speed = stats.bytes_read / 1e6, stats.bytes_read / 1e6 / max(now - self.start, 1e-9)
        share = f" of {self.total / 1e6:,.0f} MB ({stats.bytes_read / self.total:.0%})" \
            if self.total else ""
        self.stream.write(f"\r{mb:,.1f} MB{share} · {stats.items_kept:,} of "
                          f"{stats.items_seen:,} items kept · {stats.rates_kept:,} rates · "
                          f"{speed:,.1f} MB/s   ")
        self.stream.write("\n" if final else "")
        self.stream.flush()


@dataclass
class LoadReport:
    """What a load did, for the command line: kept, skipped, replaced, and the network now."""

    network: str
    source: str  # the file's base name, or its URL without the query string
    as_of: str | None
    rows: int
    stats: ReadStats
    counts: Counts
    seconds: float
    sources: list[Source]  # every source the network holds after the load


def ingest(engine, source: str, network: str | None, codes: str | None,  # noqa: ANN001
           progress_stream=sys.stderr, allow_empty: bool = False,  # noqa: ANN001
           references: ReferenceRules | None = None) -> LoadReport:
    """Load SOURCE into the network; raises EmptyLoad when it keeps nothing (see store).

    Provider references in other files are fetched by REFERENCES' rules (none allowed when
    not given; see navigator.features.network.remote).
    """
    rules = references or ReferenceRules(hosts=(), schemes=("https",), max_bytes=0)
    info: list[FileInfo] = []
    counts = Counts()
    start = time.monotonic()
    name = source_name(source)
    with open_any(source) as (stream, size):
        progress = Progress(size, progress_stream)
        records = read_in_network(stream, keep=keep_from(codes), fetch_reference=rules.fetch,
                                  on_progress=progress, storage=disk_storage())
        target = LoadTarget(name=network or "", source_kind="tic", source=name)

        def from_header(target: LoadTarget) -> None:
            found = info[0] if info else None
            target.as_of = found.last_updated_on if found else None
            target.payer = found.reporting_entity_name if found else None
            target.name = target.name or (found and (found.plan_name or found.reporting_entity_name)
                                          ) or Path(base_name(name)).stem

        try:
            count = load_network(engine, target, rows(records, info, counts),
                                 before_swap=from_header, allow_empty=allow_empty)
        except EmptyLoad as empty:
            empty.stats = progress.stats  # why nothing was kept, for the message
            raise
        finally:
            progress(progress.stats, final=True)
    with Session(engine) as session:
        sources = network_sources(session, target.name)
    return LoadReport(target.name, name, target.as_of, count, progress.stats, counts,
                      time.monotonic() - start, sources)
