"""What the site stores: anonymous feedback and public network data. Nothing about health."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Numeric,
    String,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from navigator.core.db import Base


class PageFeedback(Base):
    """An anonymous "was this clear?" vote on a glossary term page."""

    __tablename__ = "page_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    page: Mapped[str] = mapped_column(String(120), index=True)
    helpful: Mapped[bool]
    locale: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())


class Network(Base):
    """One source of a provider network's data: a price file, a directory or the rosters.

    Payers split one network over many price files, so a network is every loaded row with
    its name, one row per source. Loading a source again replaces only that source's row
    (and everything pointing at it); `source` names the file by its base name, or its URL
    without the query string (signed URLs carry keys), never by a local path.
    """

    __tablename__ = "network"
    __table_args__ = (UniqueConstraint("name", "source", name="uq_network_name_source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    payer: Mapped[str | None] = mapped_column(String(200))
    source_kind: Mapped[str] = mapped_column(String(20))  # "tic", "plannet" or "roster"
    source: Mapped[str | None] = mapped_column(String(500))
    as_of: Mapped[str | None] = mapped_column(String(10))  # the data's own date, YYYY-MM-DD
    loaded_at: Mapped[dt.datetime | None]


class Provider(Base):
    __tablename__ = "provider"

    npi: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    tin: Mapped[str | None] = mapped_column(String(20))
    business_name: Mapped[str | None] = mapped_column(String(200))


class NetworkMember(Base):
    __tablename__ = "network_member"
    __table_args__ = (UniqueConstraint("network_id", "npi"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"))
    npi: Mapped[str] = mapped_column(String(10), index=True)
    source_kind: Mapped[str] = mapped_column(String(20))


class ProviderGroup(Base):
    """A price file's provider group: the NPIs that share one TIN and one set of prices.

    Rates point at a group instead of repeating themselves per NPI: a group often holds dozens
    of clinicians, and one row per clinician made loading twenty times slower. The id is the
    network's id in the high 32 bits and a counter in the low ones, so a loader can number its
    groups without asking the database and two loads can never collide.
    """

    __tablename__ = "provider_group"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"),
                                            index=True)
    tin: Mapped[str | None] = mapped_column(String(20), index=True)
    business_name: Mapped[str | None] = mapped_column(String(200))
    # A price file's group with a TIN and no NPI (npi [0]): its prices hold for whoever
    # bills under that TIN, so lookups reach them through the TIN of the clinician's group.
    tin_only: Mapped[bool] = mapped_column(default=False, server_default=false())


class ProviderGroupNpi(Base):
    """One clinician (NPI) of a provider group.

    Keyed by NPI first: that is the only way it is searched, and with no other index each
    of the millions of rows a big file brings costs one B-tree insert, not three.
    """

    __tablename__ = "provider_group_npi"
    __table_args__ = {"sqlite_with_rowid": False}

    npi: Mapped[str] = mapped_column(String(10), primary_key=True)
    # No foreign key to provider_group, and no network column: a key check on every group
    # delete would scan this table (it has no group_id index, by design), and the group id
    # already holds the network's id in its high bits. The loader deletes by group instead.
    group_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class NegotiatedRate(Base):
    """One negotiated price for one code and one provider (or provider group) in one network."""

    __tablename__ = "negotiated_rate"
    __table_args__ = (Index("ix_negotiated_rate_network_code", "network_id", "billing_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"))
    billing_code: Mapped[str] = mapped_column(String(20))
    billing_code_type: Mapped[str] = mapped_column(String(20))
    modifiers: Mapped[str] = mapped_column(String(60), default="")
    npi: Mapped[str | None] = mapped_column(String(10), index=True)
    group_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("provider_group.id", ondelete="CASCADE"), index=True)
    tin: Mapped[str | None] = mapped_column(String(20))
    rate: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    negotiated_type: Mapped[str] = mapped_column(String(20))
    billing_class: Mapped[str | None] = mapped_column(String(20))
    service_codes: Mapped[str] = mapped_column(String(200), default="")
    expiration_date: Mapped[str | None] = mapped_column(String(10))
    source_file: Mapped[str | None] = mapped_column(String(500))
