"""Read a TiC table-of-contents file into the plans it lists. Pure Python: no Flask."""

from __future__ import annotations

from typing import Any, BinaryIO

import ijson

from benefits.tic.model import TicError, TocPlan


def _text(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return None if value is None else str(value)


def read_table_of_contents(source: BinaryIO) -> list[TocPlan]:
    """Return one TocPlan per reporting plan, with the in-network files that cover it."""
    plans = []
    try:
        for index, structure in enumerate(
                ijson.items(source, "reporting_structure.item", use_float=True)):
            if not isinstance(structure, dict):
                raise TicError("wrong_type", "expected an object", None,
                               f"reporting_structure[{index}]")
            files = tuple((_text(f, "description"), str(f.get("location")))
                          for f in structure.get("in_network_files") or []
                          if isinstance(f, dict) and f.get("location"))
            allowed = structure.get("allowed_amount_file")
            allowed_url = _text(allowed, "location") if isinstance(allowed, dict) else None
            for plan in structure.get("reporting_plans") or []:
                if isinstance(plan, dict):
                    plans.append(TocPlan(_text(plan, "plan_name"), _text(plan, "plan_id"),
                                         _text(plan, "plan_id_type"),
                                         _text(plan, "plan_market_type"), files, allowed_url))
    except ijson.JSONError as error:
        raise TicError("malformed_json", f"the table of contents is not valid JSON: {error}",
                       None, "reporting_structure") from None
    return plans
