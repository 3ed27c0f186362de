"""A clinic roster's rates and members: replaced per clinician, in one transaction.

Kept apart from the price-file loads (store.py): a roster is small, never staged, and lives
in its own source row per network, so reloading a price file never takes it away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from navigator.core.models import NegotiatedRate, Network, NetworkMember, Provider
from navigator.features.network.sources import ROSTER_SOURCE, source_name
from navigator.features.network.store import ignore_duplicates

ROSTER = "roster"


def load_roster(engine: Engine, lines: Iterable[Any], source: str) -> int:
    """Replace the roster's clinicians' roster entries in one transaction; returns rows."""
    lines = list(lines)
    npis = [line.npi for line in lines]
    source = source_name(source)
    with Session(engine) as session:
        ids = {name: _roster_network(session, name)
               for name in {network for line in lines for network in line.networks}}
        session.execute(delete(NegotiatedRate).where(
            NegotiatedRate.npi.in_(npis), NegotiatedRate.negotiated_type == ROSTER))
        session.execute(delete(NetworkMember).where(
            NetworkMember.npi.in_(npis), NetworkMember.source_kind == ROSTER))
        _roster_rows(session, lines, ids, source)
        session.commit()
    return len(lines)


def _roster_network(session: Session, name: str) -> int:
    """The network's roster source, made on first use: reloading a price file of the
    network replaces that file's row only, so it never takes a clinic's entries with it."""
    found = session.scalar(select(Network.id).where(
        Network.name == name, Network.source == ROSTER_SOURCE, Network.loaded_at.is_not(None)))
    if found is not None:
        return found
    row = Network(name=name, source_kind=ROSTER, source=ROSTER_SOURCE,
                  loaded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
    session.add(row)
    session.flush()
    return row.id


def _roster_rows(session: Session, lines: list[Any], ids: dict[str, int], source: str) -> None:
    engine = session.get_bind()
    for line in lines:
        session.execute(ignore_duplicates(engine, Provider.__table__),
                        [{"npi": line.npi, "name": line.name}])
        session.execute(update(Provider).where(Provider.npi == line.npi)
                        .values(name=line.name))
        for network in line.networks:
            session.execute(ignore_duplicates(engine, NetworkMember.__table__), [
                {"network_id": ids[network], "npi": line.npi, "source_kind": ROSTER}])
            for code, amount in line.rates:
                session.add(NegotiatedRate(
                    network_id=ids[network], billing_code=code, billing_code_type="CPT",
                    modifiers="", npi=line.npi, rate=amount, negotiated_type=ROSTER,
                    service_codes="", source_file=source))
