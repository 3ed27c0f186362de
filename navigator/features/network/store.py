"""Loading rates into the database atomically, and reading them back."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from navigator.core.models import (
    NegotiatedRate,
    Network,
    NetworkMember,
    Provider,
    ProviderGroup,
    ProviderGroupNpi,
)
from navigator.features.network.load_lock import one_load
from navigator.features.network.sources import (
    EmptyLoad,
    network_sources,
)

BATCH = 5000
# Batches per commit: each commit of a WAL database can start a checkpoint that syncs to disk,
# which cost more than the inserts themselves when done for every batch of a big file.
COMMIT_EVERY = 20
# ...but never hold SQLite's one write lock longer than this: a page's write (feedback) waits
# for the lock, at most its busy timeout, so a load must let it in between batches.
MAX_HOLD_SECONDS = 0.5


@dataclass(frozen=True)
class RateRow:
    """What the store needs of one negotiated price (a TiC Rate or a roster line)."""

    billing_code: str
    billing_code_type: str
    npi: str | None
    tin: str | None
    business_name: str | None
    rate: Any
    negotiated_type: str
    billing_class: str | None = None
    service_codes: str = ""
    modifiers: str = ""
    expiration_date: str | None = None
    group: tuple[str, ...] = ()  # the NPIs of a price file's provider group (npi is then None)


def ignore_duplicates(engine: Engine | Connection, table: Any) -> Any:
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def _batches(rows: Iterable[RateRow]) -> Iterator[list[RateRow]]:
    batch: list[RateRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


RATE_COLUMNS = ("network_id", "billing_code", "billing_code_type", "modifiers", "npi", "group_id",
                "tin", "rate", "negotiated_type", "billing_class", "service_codes",
                "expiration_date", "source_file")


def _bulk(session: Session, table: str, columns: tuple[str, ...], values: list[tuple],
          ignore_duplicates: bool = False) -> None:
    """One executemany straight to the driver: building ORM parameters per row costs more
    than the database write itself when a price file brings millions of rows."""
    if not values:
        return
    engine = session.get_bind()
    mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})"
           + (" ON CONFLICT DO NOTHING" if ignore_duplicates else ""))
    session.connection().exec_driver_sql(sql, values)


class _Groups:
    """Numbers the distinct provider groups of one load, writing each group once."""

    LIMIT = 100_000  # bounded memory: past it a repeated group is simply written again

    def __init__(self, network_id: int) -> None:
        self.network_id, self.count = network_id, 0
        self.seen: dict[bytes, int] = {}
        self.new_groups: list[tuple] = []
        self.new_npis: list[tuple] = []

    def id_for(self, row: RateRow) -> int:
        # A digest, not the tuple: groups can list hundreds of NPIs each.
        key = hashlib.blake2b("\x1f".join((row.tin or "", row.business_name or "", *row.group))
                              .encode(), digest_size=16).digest()
        found = self.seen.get(key)
        if found is None:
            if len(self.seen) >= self.LIMIT:
                self.seen.clear()
            self.count += 1
            found = self.seen[key] = (self.network_id << 32) | self.count
            self.new_groups.append((found, self.network_id, row.tin, row.business_name,
                                    not row.group))
            self.new_npis.extend((npi, found) for npi in dict.fromkeys(row.group))
        return found

    def flush(self, session: Session) -> None:
        _bulk(session, "provider_group",
              ("id", "network_id", "tin", "business_name", "tin_only"), self.new_groups)
        # In key order, each B-tree page is visited once per batch instead of once per row.
        self.new_npis.sort()
        _bulk(session, "provider_group_npi", ("npi", "group_id"), self.new_npis)
        self.new_groups, self.new_npis = [], []


def grouped(row: RateRow) -> bool:
    """A price file's group: NPIs under a TIN, or a TIN alone (a group listed as npi [0])."""
    return bool(row.group) or (row.npi is None and bool(row.tin))


def _write(session: Session, network_id: int, batch: list[RateRow], source: str,
           groups: _Groups) -> None:
    # SQLite's driver cannot bind Decimal; its NUMERIC column stores the text exactly.
    money = str if session.get_bind().dialect.name == "sqlite" else (lambda value: value)
    values = [(network_id, r.billing_code, r.billing_code_type, r.modifiers, r.npi,
               groups.id_for(r) if grouped(r) else None, r.tin, money(r.rate),
               r.negotiated_type, r.billing_class, r.service_codes, r.expiration_date, source)
              for r in batch]
    groups.flush(session)
    _bulk(session, "negotiated_rate", RATE_COLUMNS, values)
    npis = {r.npi: r for r in batch if r.npi}
    _bulk(session, "network_member", ("network_id", "npi", "source_kind"),
          [(network_id, npi, "tic") for npi in npis], ignore_duplicates=True)
    _bulk(session, "provider", ("npi", "tin", "business_name"),
          [(npi, r.tin, r.business_name) for npi, r in npis.items()], ignore_duplicates=True)


@dataclass
class LoadTarget:
    name: str  # may be "" until the data names itself (see load_network's name_after)
    source_kind: str
    source: str
    payer: str | None = None
    as_of: str | None = None


def load_network(engine: Engine, target: LoadTarget, rows: Iterable[RateRow],
                 on_batch: Callable[[int], None] | None = None,
                 members: Iterable[tuple[str, str | None]] = (),
                 before_swap: Callable[[LoadTarget], None] | None = None,
                 allow_empty: bool = False) -> int:
    """Stage every row under a hidden network row, then swap it in with one transaction.

    The swap replaces only the earlier copy of the same source (target.source) in the
    network: a network keeps every other file loaded into it. If anything fails or the
    process dies before the swap, the earlier data is untouched; the half-loaded copy stays
    hidden (loaded_at is null) and is removed by the next load. A load that keeps nothing
    raises EmptyLoad and changes nothing, unless allow_empty. Returns the rows loaded.
    """
    with one_load(engine), Session(engine) as session:
        _drop_unfinished(session)
        staging = Network(name=f"{target.name or 'network'} (loading {uuid.uuid4().hex[:12]})",
                          payer=target.payer, source_kind=target.source_kind,
                          source=target.source, as_of=target.as_of)
        session.add(staging)
        session.commit()
        count, groups, held = 0, _Groups(staging.id), time.monotonic()
        for number, batch in enumerate(_batches(rows), start=1):
            _write(session, staging.id, batch, target.source, groups)
            if number % COMMIT_EVERY == 0 or time.monotonic() - held > MAX_HOLD_SECONDS:
                session.commit()
                held = time.monotonic()
            count += len(batch)
            if on_batch:
                on_batch(count)
        count += _write_members(session, staging.id, members, target.source_kind)
        # A price file may name its plan and date only after its rates: fill them in last.
        if before_swap:
            before_swap(target)
        if not count and not allow_empty:
            _refuse_empty(session, staging.id, target)
        _swap(session, staging.id, target)
    return count


def _refuse_empty(session: Session, staging_id: int, target: LoadTarget) -> None:
    _delete_networks(session, [staging_id])
    session.commit()
    name = target.name or "network"
    sources = network_sources(session, name)
    same = [s for s in sources if s.source == target.source]
    raise EmptyLoad(name, target.source, same[0] if same else None, len(sources) - len(same))


def _write_members(session: Session, network_id: int, members: Iterable[tuple[str, str | None]],
                   kind: str) -> int:
    """Directory members (NPI, name) without rates, in batches."""
    engine, count, batch = session.get_bind(), 0, []
    for npi, name in [*members, ("", None)]:
        if npi:
            batch.append((npi, name))
        if batch and (len(batch) >= BATCH or not npi):
            session.execute(ignore_duplicates(engine, NetworkMember.__table__), [
                {"network_id": network_id, "npi": n, "source_kind": kind} for n, _ in batch])
            session.execute(ignore_duplicates(engine, Provider.__table__), [
                {"npi": n, "name": name} for n, name in batch])
            session.commit()
            count, batch = count + len(batch), []
    return count


def _delete_networks(session: Session, ids: Any) -> None:
    """Remove networks and all they hold; children first (rates and members point at groups)."""
    groups = select(ProviderGroup.id).where(ProviderGroup.network_id.in_(ids))
    session.execute(delete(NegotiatedRate).where(NegotiatedRate.network_id.in_(ids)))
    session.execute(delete(ProviderGroupNpi).where(ProviderGroupNpi.group_id.in_(groups)))
    for table in (ProviderGroup, NetworkMember):
        session.execute(delete(table).where(table.network_id.in_(ids)))
    session.execute(delete(Network).where(Network.id.in_(ids)))


def _drop_unfinished(session: Session) -> None:
    stale = [*session.scalars(select(Network.id).where(Network.loaded_at.is_(None)))]
    if stale:
        _delete_networks(session, stale)
        session.commit()


def _swap(session: Session, staging_id: int, target: LoadTarget) -> None:
    name = target.name or "network"
    old = [*session.scalars(select(Network.id).where(
        Network.name == name, Network.source == target.source, Network.id != staging_id))]
    if old:
        _delete_networks(session, old)
    session.execute(update(Network).where(Network.id == staging_id).values(
        name=name, as_of=target.as_of, payer=target.payer,
        loaded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    session.commit()
