"""What the codes on an explanation of benefits mean, whether you owe it, what to do. Pure Python.

Meanings are our own plain words for the X12 group, reason (CARC) and remark (RARC) codes in
domain facts §7; the official texts are X12's. The "next step" is our guidance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from benefits.appeals.eob_data import CARCS, GROUPS, RARCS, CodeInfo, CodeKind, Owes
from benefits.appeals.reasons import REASONS, DenialReason, Reason

__all__ = ["CARCS", "GROUPS", "RARCS", "REASONS", "CodeExplanation", "CodeInfo", "CodeKind",
           "DenialReason", "Owes", "Reason", "explain", "lookup", "parse_codes"]


@dataclass(frozen=True)
class CodeExplanation:
    """One code as written on the paper: a group code, a reason or remark, or both."""

    code: str  # normalised, e.g. "CO-197", "N130", "PR"
    group: CodeInfo | None
    reason: CodeInfo | None  # a CARC or a RARC
    patient_owes: Owes


# The group decides who may be billed; a reason alone keeps its own usual answer.
_GROUP_OWES = {"CO": Owes.USUALLY_NOT, "PR": Owes.USUALLY, "PI": Owes.USUALLY_NOT}
_SPLIT = re.compile(r"[^A-Z0-9]+")
_JOINED = re.compile(r"^(CO|PR|OA|PI)(\d{1,3}|[A-Z]\d{1,2})$")


def lookup(code: str) -> CodeInfo | None:
    """A CARC ("197", "B7") or RARC ("N130", "MA01") by its code; None if we do not know it."""
    text = code.strip().upper()
    if text.isdigit():
        text = text.lstrip("0") or "0"
    return CARCS.get(text) or RARCS.get(text)


def explain(group: str | None, reason: str | None) -> CodeExplanation | None:
    """A group code, a reason code, or both; None if either part is unknown."""
    group_info = GROUPS.get(group.upper()) if group else None
    reason_info = lookup(reason) if reason else None
    # Without a group that decides, the reason code's own usual answer applies.
    fallback = reason_info or group_info
    if (group and group_info is None) or (reason and reason_info is None) or fallback is None:
        return None
    owes = _GROUP_OWES.get(group_info.code) if group_info else None
    if owes is None:
        owes = fallback.patient_owes
    name = "-".join(info.code for info in (group_info, reason_info) if info)
    return CodeExplanation(code=name, group=group_info, reason=reason_info, patient_owes=owes)


def _pairs(tokens: list[str]) -> list[tuple[str | None, str | None]]:
    """Join a group code to the reason code after it: "CO 197", "CO-197", "CO197"."""
    pairs: list[tuple[str | None, str | None]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        joined = _JOINED.match(token)
        if joined and token not in GROUPS:
            pairs.append((joined.group(1), joined.group(2)))
        elif token in GROUPS and i + 1 < len(tokens) and tokens[i + 1] in CARCS:
            pairs.append((token, tokens[i + 1]))
            i += 1
        elif token in GROUPS:
            pairs.append((token, None))
        else:
            pairs.append((None, token))
        i += 1
    return pairs


def _tokens(text: str) -> list[str]:
    tokens = [t for t in _SPLIT.split(text.upper()) if t]
    # "CO-01" and "PR 001": a reason number may carry leading zeros.
    return [t.lstrip("0") or "0" if t.isdigit() else t for t in tokens]


def parse_codes(text: str) -> tuple[list[CodeExplanation], list[str]]:
    """Every code in `text`, explained, and the pieces we do not know, as typed (upper case).

    Accepts "CO-197", "PR 1", "pr1", "N130" and "CO 45 / PR 2", separated by commas, spaces,
    semicolons or new lines. A known group with an unknown reason is explained as the group,
    and the reason is reported as unknown. Each code is given once.
    """
    explained: list[CodeExplanation] = []
    unknown: list[str] = []
    for group, reason in _pairs(_tokens(text)):
        found = explain(group, reason)
        if found is None and group and reason:
            found = explain(group, None)
            unknown.append(reason)
        elif found is None:
            unknown.append(reason or group or "")
        if found is not None and found not in explained:
            explained.append(found)
    return explained, list(dict.fromkeys(unknown))
