"""Is this provider in network, and at what negotiated rates? With source and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from navigator.core.models import (
    NegotiatedRate,
    Network,
    NetworkMember,
    Provider,
    ProviderGroup,
    ProviderGroupNpi,
)


@dataclass
class ProviderAnswer:
    npi: str
    name: str | None
    in_network: bool | None
    networks: list[str] = field(default_factory=list)
    rates: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def _groups_of(npi: str):  # noqa: ANN202 (a SQL subquery)
    return select(ProviderGroupNpi.group_id).where(ProviderGroupNpi.npi == npi)


def _loaded_networks(session: Session, npi: str) -> list[Network]:
    """Networks that list the NPI: directly (rosters, directories) or in a price-file group."""
    listed = select(NetworkMember.network_id).where(NetworkMember.npi == npi).union(
        select(ProviderGroup.network_id).where(ProviderGroup.id.in_(_groups_of(npi))))
    query = (select(Network).where(Network.id.in_(listed), Network.loaded_at.is_not(None))
             .order_by(Network.name))
    return list(session.scalars(query))


def _rates(session: Session, npi: str, network: str | None,
           code: str | None) -> list[dict[str, Any]]:
    query = (select(NegotiatedRate, Network.name)
             .join(Network, Network.id == NegotiatedRate.network_id)
             .where(or_(NegotiatedRate.npi == npi, NegotiatedRate.group_id.in_(_groups_of(npi))),
                    Network.loaded_at.is_not(None))
             .order_by(Network.name, NegotiatedRate.billing_code, NegotiatedRate.rate))
    if network:
        query = query.where(Network.name == network)
    if code:
        query = query.where(NegotiatedRate.billing_code == code)
    return [{"billing_code": rate.billing_code, "negotiated_rate": str(rate.rate),
             "negotiated_type": rate.negotiated_type, "billing_class": rate.billing_class,
             "service_codes": [c for c in rate.service_codes.split(",") if c],
             "modifiers": [m for m in rate.modifiers.split(",") if m],
             "expiration_date": rate.expiration_date, "network": name}
            for rate, name in session.execute(query)]


def _in_network(session: Session, member_of: list[str], network: str | None) -> bool | None:
    if network is None:
        return bool(member_of)
    if network in member_of:
        return True
    known = session.scalar(select(Network.id).where(Network.name == network,
                                                    Network.loaded_at.is_not(None)))
    return False if known is not None else None  # a network we never loaded: unknown


def lookup_provider(session: Session, npi: str, network: str | None = None,
                    code: str | None = None) -> ProviderAnswer | None:
    """None when the NPI appears in no loaded data at all."""
    provider = session.get(Provider, npi)
    networks = _loaded_networks(session, npi)
    if provider is None and not networks:
        return None
    names = [n.name for n in networks]
    name = (provider.name or provider.business_name) if provider else None
    return ProviderAnswer(
        npi=npi, name=name or _group_name(session, npi),
        in_network=_in_network(session, names, network), networks=names,
        rates=_rates(session, npi, network, code),
        sources=[{"kind": n.source_kind, "name": n.name, "source": n.source,
                  "as_of": n.as_of, "loaded_at": _utc(n.loaded_at)} for n in networks],
    )


def _utc(moment: dt.datetime | None) -> str | None:
    """Loaded networks always have the time; it is stored as naive UTC."""
    return moment.isoformat() + "Z" if moment is not None else None


def _group_name(session: Session, npi: str) -> str | None:
    """A price file names only the practice a clinician bills through."""
    return session.scalar(select(ProviderGroup.business_name)
                          .where(ProviderGroup.id.in_(_groups_of(npi)),
                                 ProviderGroup.business_name.is_not(None)).limit(1))


def search_providers(session: Session, text: str, limit: int = 20) -> list[str]:
    """NPIs whose name or business name (or price-file practice name) contains the text."""
    pattern = f"%{text.strip()}%"
    query = (select(Provider.npi)
             .where(Provider.name.ilike(pattern) | Provider.business_name.ilike(pattern))
             .order_by(Provider.name).limit(limit))
    found = list(session.scalars(query))
    if len(found) < limit:
        groups = (select(ProviderGroupNpi.npi).join(
            ProviderGroup, ProviderGroup.id == ProviderGroupNpi.group_id)
            .where(ProviderGroup.business_name.ilike(pattern))
            .distinct().order_by(ProviderGroupNpi.npi).limit(limit))
        found += [npi for npi in session.scalars(groups) if npi not in found]
    return found[:limit]


def network_names(session: Session) -> list[str]:
    return list(session.scalars(select(Network.name).where(Network.loaded_at.is_not(None))
                                .order_by(Network.name)))
