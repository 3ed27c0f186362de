"""Pulling a network's members from a Plan-Net directory into the local tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from navigator.core.clients.plannet import PlanNetClient, in_network_now
from navigator.features.network.sources import source_name
from navigator.features.network.store import LoadTarget, load_network


def current_members(client: PlanNetClient, network_id: str) -> Iterator[tuple[str, str | None]]:
    today = dt.date.today()
    for role in client.network_roles(network_id):
        if role.npi and in_network_now(role, today):
            yield role.npi, role.name


def sync_directory(engine, client: PlanNetClient, base_url: str,  # noqa: ANN001
                   network: str, allow_empty: bool = False) -> tuple[str, int]:
    """(the directory's network name, members loaded); raises when no network matches,
    and EmptyLoad when the directory lists nobody in it now (unless allow_empty)."""
    found = client.find_network(network)
    exact = [n for n in found if n.name.casefold() == network.casefold()]
    # Name search is a "starts with" match: take one only when nothing else is possible.
    candidates = exact or (found if len(found) == 1 else [])
    if not candidates:
        raise LookupError(", ".join(n.name for n in found) or network)
    chosen = candidates[0]
    target = LoadTarget(name=chosen.name, source_kind="plannet", source=source_name(base_url),
                        as_of=dt.date.today().isoformat())
    return chosen.name, load_network(engine, target, [], allow_empty=allow_empty,
                                     members=current_members(client, chosen.id))
