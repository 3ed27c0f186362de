"""Is this provider in network, and at what negotiated rates? With source and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from benefits.tic import expired
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
    in_network: bool | None  # in the network searched, or in any network when none was
    network: str | None = None  # the network searched, if one was
    networks: list[str] = field(default_factory=list)  # every loaded network listing them
    rates: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def _groups_of(npi: str):  # noqa: ANN202 (a SQL subquery)
    return select(ProviderGroupNpi.group_id).where(ProviderGroupNpi.npi == npi)


def _tin_groups(npi: str):  # noqa: ANN202 (a SQL subquery)
    """TIN-only groups of the networks that list the NPI under the same TIN.

    Any file of the network counts: a payer may list the clinicians in one file and the
    practice's TIN-only prices in another.
    """
    mine, theirs = aliased(ProviderGroup), aliased(ProviderGroup)
    home, other = aliased(Network), aliased(Network)
    return (select(theirs.id)
            .join(other, other.id == theirs.network_id)
            .join(home, home.name == other.name)
            .join(mine, (mine.network_id == home.id) & (mine.tin == theirs.tin))
            .where(mine.id.in_(_groups_of(npi)), theirs.tin_only.is_(True)))


def _loaded_networks(session: Session, npi: str) -> list[Network]:
    """Sources that list the NPI: directly (rosters, directories) or in a price-file group."""
    listed = select(NetworkMember.network_id).where(NetworkMember.npi == npi).union(
        select(ProviderGroup.network_id).where(ProviderGroup.id.in_(_groups_of(npi))))
    query = (select(Network).where(Network.id.in_(listed), Network.loaded_at.is_not(None))
             .order_by(Network.name, Network.as_of, Network.source))
    return list(session.scalars(query))


def _rate(rate: NegotiatedRate, network: Network, on: dt.date) -> dict[str, Any]:
    return {"billing_code": rate.billing_code, "negotiated_rate": str(rate.rate),
            "negotiated_type": rate.negotiated_type, "billing_class": rate.billing_class,
            "service_codes": [c for c in rate.service_codes.split(",") if c],
            "modifiers": [m for m in rate.modifiers.split(",") if m],
            "expiration_date": rate.expiration_date,
            "expired": expired(rate.expiration_date, on), "network": network.name,
            "source": network.source, "as_of": network.as_of or _day(network.loaded_at)}


# What makes two rates the same rate: one file can list a price twice (the same group
# under two provider references, or one item repeated), and two files of a network can too.
_SAME = ("network", "billing_code", "modifiers", "negotiated_rate", "negotiated_type",
         "billing_class", "service_codes", "expiration_date")


def _rates(session: Session, npi: str, network: str | None, code: str | None,
           on: dt.date) -> tuple[list[dict[str, Any]], list[Network]]:
    """The NPI's rates, each once (the newest file's copy), and the sources they came from."""
    query = (select(NegotiatedRate, Network)
             .join(Network, Network.id == NegotiatedRate.network_id)
             .where(or_(NegotiatedRate.npi == npi,
                        NegotiatedRate.group_id.in_(_groups_of(npi)),
                        NegotiatedRate.group_id.in_(_tin_groups(npi))),
                    Network.loaded_at.is_not(None))
             .order_by(Network.name, NegotiatedRate.billing_code, NegotiatedRate.rate,
                       Network.as_of.desc(), NegotiatedRate.id))
    if network:
        query = query.where(Network.name == network)
    if code:
        query = query.where(NegotiatedRate.billing_code == code)
    rates: dict[tuple, dict[str, Any]] = {}
    sources: dict[int, Network] = {}
    for rate, source in session.execute(query):
        found = _rate(rate, source, on)
        key = tuple(str(found[name]) for name in _SAME)
        if key not in rates:
            rates[key] = found
            sources.setdefault(source.id, source)
    return list(rates.values()), list(sources.values())


def _in_network(session: Session, member_of: list[str], network: str | None) -> bool | None:
    if network is None:
        return bool(member_of)
    if network in member_of:
        return True
    known = session.scalar(select(Network.id).where(Network.name == network,
                                                    Network.loaded_at.is_not(None)).limit(1))
    return False if known is not None else None  # a network we never loaded: unknown


def lookup_provider(session: Session, npi: str, network: str | None = None,
                    code: str | None = None, on: dt.date | None = None) -> ProviderAnswer | None:
    """None when the NPI appears in no loaded data at all.

    A rate is marked expired when its expiration date is before `on` (default: today).
    """
    provider = session.get(Provider, npi)
    networks = _loaded_networks(session, npi)
    rates, rate_sources = _rates(session, npi, network, code, on or dt.date.today())
    if provider is None and not networks and not rates:
        return None
    names = sorted({n.name for n in networks})
    name = (provider.name or provider.business_name) if provider else None
    listed = {n.id: n for n in [*networks, *rate_sources]}
    return ProviderAnswer(
        npi=npi, name=name or _group_name(session, npi),
        in_network=_in_network(session, names, network), network=network, networks=names,
        rates=rates, sources=[_source(n) for n in listed.values()])


def _source(network: Network) -> dict[str, Any]:
    """A source as pages and the API show it: never a local path or a signed query."""
    return {"kind": network.source_kind, "name": network.name, "source": network.source,
            "as_of": network.as_of, "loaded_at": _utc(network.loaded_at)}


def _utc(moment: dt.datetime | None) -> str | None:
    """Loaded networks always have the time; it is stored as naive UTC."""
    return moment.isoformat() + "Z" if moment is not None else None


def _day(moment: dt.datetime | None) -> str | None:
    return moment.date().isoformat() if moment is not None else None


def _group_name(session: Session, npi: str) -> str | None:
    """A price file names only the practice a clinician bills through."""
    return session.scalar(select(ProviderGroup.business_name)
                          .where(ProviderGroup.id.in_(_groups_of(npi)),
                                 ProviderGroup.business_name.is_not(None)).limit(1))


# A name search needs this many letters or digits: fewer match nearly everyone.
MIN_SEARCH_CHARACTERS = 2
MAX_SEARCH_LENGTH = 100


def search_words(text: str) -> str | None:
    """The text to look for, or None when it is too short or too long to search by."""
    text = text.strip()
    if len(text) > MAX_SEARCH_LENGTH or sum(c.isalnum() for c in text) < MIN_SEARCH_CHARACTERS:
        return None
    return text


def like_pattern(text: str) -> str:
    """A "contains" pattern in which %, _ and \\ stand for themselves, not for wildcards."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_providers(session: Session, text: str, limit: int = 20) -> list[str]:
    """NPIs whose name or business name (or price-file practice name) contains the text.

    A "%%" once matched every provider, and 16 such searches froze the site on PostgreSQL.
    """
    words = search_words(text)
    if words is None:
        return []
    pattern = like_pattern(words)
    query = (select(Provider.npi)
             .where(Provider.name.ilike(pattern, escape="\\")
                    | Provider.business_name.ilike(pattern, escape="\\"))
             .order_by(Provider.name).limit(limit))
    found = list(session.scalars(query))
    if len(found) < limit:
        groups = (select(ProviderGroupNpi.npi).join(
            ProviderGroup, ProviderGroup.id == ProviderGroupNpi.group_id)
            .where(ProviderGroup.business_name.ilike(pattern, escape="\\"))
            .distinct().order_by(ProviderGroupNpi.npi).limit(limit))
        found += [npi for npi in session.scalars(groups) if npi not in found]
    return found[:limit]


def network_names(session: Session) -> list[str]:
    return list(session.scalars(select(Network.name).where(Network.loaded_at.is_not(None))
                                .distinct().order_by(Network.name)))
