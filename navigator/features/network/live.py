"""Asking a configured Plan-Net directory live, when the local tables know nothing."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from flask import current_app

from navigator.core.clients.plannet import DirectoryError, PlanNetClient, in_network_now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LiveAnswer:
    npi: str
    name: str | None
    networks: list[str]
    source: str
    checked_on: str
    error: bool = False


def directory_client() -> PlanNetClient | None:
    """The app's client (one session and cache for every request), if one is configured."""
    if not current_app.config.get("PLANNET_BASE_URL"):
        return None
    if "navigator.plannet" not in current_app.extensions:
        current_app.extensions["navigator.plannet"] = PlanNetClient.from_config(
            current_app.config)
    return current_app.extensions["navigator.plannet"]


def ask_directory(npi: str) -> LiveAnswer | None:
    client = directory_client()
    if client is None:
        return None
    today = dt.date.today()
    base = current_app.config["PLANNET_BASE_URL"]
    try:
        roles = [r for r in client.roles_for_npi(npi) if in_network_now(r, today)]
    except DirectoryError as error:
        log.warning("Plan-Net directory %s did not answer: %s", base, type(error).__name__)
        return LiveAnswer(npi, None, [], base, today.isoformat(), error=True)
    networks = sorted({name for role in roles for name in role.network_names})
    name = next((role.name for role in roles if role.name), None)
    return LiveAnswer(npi, name, networks, base, today.isoformat())
