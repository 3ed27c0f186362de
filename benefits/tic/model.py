"""Records and errors of the Transparency-in-Coverage reader. Pure Python: no Flask or database."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from benefits.tic.prices import LISTED, NotAPrice

INFO_FIELDS = ("reporting_entity_name", "reporting_entity_type", "last_updated_on", "version",
               "plan_name", "plan_id", "plan_id_type", "plan_market_type")
# The schema requires these four; once they are known the root is worth reporting.
REQUIRED_INFO = ("reporting_entity_name", "reporting_entity_type", "last_updated_on", "version")


@dataclass(frozen=True, slots=True)
class FileInfo:
    """The root fields of an in-network rates file."""

    reporting_entity_name: str | None
    reporting_entity_type: str | None
    last_updated_on: str | None
    version: str | None
    plan_name: str | None
    plan_id: str | None
    plan_id_type: str | None
    plan_market_type: str | None


@dataclass(frozen=True, slots=True)
class Rate:
    """One negotiated price for one provider group, flattened."""

    billing_code: str
    billing_code_type: str
    billing_code_type_version: str | None
    negotiation_arrangement: str | None
    name: str | None
    npis: tuple[int, ...]
    tin_type: str | None
    tin_value: str | None
    business_name: str | None
    network_names: tuple[str, ...]
    negotiated_type: str
    negotiated_rate: Decimal
    expiration_date: str | None
    service_codes: tuple[str, ...]
    billing_class: str | None
    setting: str | None
    modifiers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TocPlan:
    """One reporting plan of a table-of-contents file and the files that describe it."""

    plan_name: str | None
    plan_id: str | None
    plan_id_type: str | None
    plan_market_type: str | None
    in_network_files: tuple[tuple[str | None, str], ...]
    allowed_amount_file: str | None


@dataclass
class ReadStats:
    """Progress counters of one read, updated as it goes."""

    bytes_read: int = 0
    items_seen: int = 0
    items_kept: int = 0
    rates_kept: int = 0
    # Amounts of kept items that are no price: the first LISTED by path, all of them counted.
    not_prices: list[NotAPrice] = field(default_factory=list)
    not_prices_count: int = 0

    def skip(self, found: NotAPrice) -> None:
        """Note an amount that is no price."""
        self.not_prices_count += 1
        if len(self.not_prices) < LISTED:
            self.not_prices.append(found)


class TicError(ValueError):
    """A file that is not valid JSON or does not follow the TiC schema."""

    def __init__(self, code: str, message: str, byte_offset: int | None = None,
                 json_path: str | None = None) -> None:
        where = []
        if json_path:
            where.append(f"at {json_path}")
        if byte_offset is not None:
            where.append(f"byte {byte_offset}")
        super().__init__(f"{message} ({', '.join(where)})" if where else message)
        self.code = code
        self.byte_offset = byte_offset
        self.json_path = json_path


def join_path(path: str, *steps: str | int) -> str:
    """Extend a JSON path such as "in_network[3]" by keys and indexes."""
    for step in steps:
        key = f".{step}" if path else str(step)
        path += f"[{step}]" if isinstance(step, int) else key
    return path
