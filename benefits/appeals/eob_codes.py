"""What the codes on an explanation of benefits mean, whether you owe it, what to do. Pure Python.

Meanings are our own plain words for the X12 group, reason (CARC) and remark (RARC) codes in
domain facts §7 and those seen on public 835 examples; the official texts are X12's. The "next
step" is our guidance. A code shaped like a reason or remark code that we do not know still
gets an answer: the official list for its kind, and a next step that fits any code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from benefits.appeals.eob_data import CARCS, GROUPS, CodeInfo, CodeKind, Owes
from benefits.appeals.eob_remarks import RARCS
from benefits.appeals.reasons import REASONS, DenialReason, Reason
from benefits.appeals.sources import CARC_LIST, RARC_LIST
from benefits.catalog import N_

__all__ = ["CARCS", "GROUPS", "RARCS", "REASONS", "UNKNOWN_STEP", "CodeExplanation", "CodeInfo",
           "CodeKind", "DenialReason", "Owes", "Reason", "explain", "lookup", "parse_codes",
           "unknown_code"]


@dataclass(frozen=True)
class CodeExplanation:
    """One code as written on the paper: a group code, a reason or remark, or both."""

    code: str  # normalised, e.g. "CO-197", "N130", "PR"
    group: CodeInfo | None
    reason: CodeInfo | None  # a CARC or a RARC; reason.known is False for one we do not know
    patient_owes: Owes


# The group decides who may be billed; a reason alone keeps its own usual answer.
_GROUP_OWES = {"CO": Owes.USUALLY_NOT, "PR": Owes.USUALLY, "PI": Owes.USUALLY_NOT}
_SPLIT = re.compile(r"[^A-Z0-9]+")
# A group written against its reason ("CO197", "COB7"); never a remark code ("CON4").
_JOINED = re.compile(r"^(CO|PR|OA|PI)(\d{1,3}|[A-LO-Z]\d{1,2})$")
# What X12 codes look like: reasons are 1 to 999 or a letter and one or two digits (B7, P1);
# remarks start with M, MA or N. "ZZ9" or "HELLO" is not a code at all.
_CARC_SHAPE = re.compile(r"^(?:[1-9]\d{0,2}|[A-LO-Z]\d{1,2})$")
_RARC_SHAPE = re.compile(r"^(?:MA|M|N)\d{1,3}$")
_UNKNOWN_MEANING = {
    CodeKind.CARC: N_("We do not have this reason code in our list yet. The official list of "
                      "reason codes, linked below, says what it means."),
    CodeKind.RARC: N_("We do not have this remark code in our list yet. The official list of "
                      "remark codes, linked below, says what it means."),
}
UNKNOWN_STEP = N_("Call the plan. Ask what this code means, why it is on your claim, and "
                  "whether you owe this amount. Ask them to send the answer in writing, and "
                  "keep it with your EOB.")


def _normal(code: str) -> str:
    text = code.strip().upper()
    return (text.lstrip("0") or "0") if text.isdigit() else text


def lookup(code: str) -> CodeInfo | None:
    """A CARC ("197", "B7") or RARC ("N130", "MA01") by its code; None if we do not know it."""
    text = _normal(code)
    return CARCS.get(text) or RARCS.get(text)


def unknown_code(code: str) -> CodeInfo | None:
    """A code we do not know that is shaped like a reason ("999") or remark code ("N999"),
    pointing to the official list of its kind; None if we know it or it is not a code."""
    text = _normal(code)
    if lookup(text) is not None:
        return None
    if _RARC_SHAPE.match(text):
        kind, source = CodeKind.RARC, RARC_LIST
    elif _CARC_SHAPE.match(text):
        kind, source = CodeKind.CARC, CARC_LIST
    else:
        return None
    return CodeInfo(text, kind, _UNKNOWN_MEANING[kind], Owes.DEPENDS, UNKNOWN_STEP,
                    source.name, source.url, known=False)


def explain(group: str | None, reason: str | None) -> CodeExplanation | None:
    """A group code, a reason code, or both. A reason shaped like a code we do not know is
    explained as unknown; None if the group is not one, or the reason is not a code."""
    group_info = GROUPS.get(group.upper()) if group else None
    reason_info = (lookup(reason) or unknown_code(reason)) if reason else None
    # Without a group that decides, the reason code's own usual answer applies.
    fallback = reason_info or group_info
    if (group and group_info is None) or (reason and reason_info is None) or fallback is None:
        return None
    owes = None
    if group_info is not None and (reason_info is None or reason_info.group_decides):
        owes = _GROUP_OWES.get(group_info.code)
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
        elif token in GROUPS and i + 1 < len(tokens) and _CARC_SHAPE.match(tokens[i + 1]):
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
    semicolons or new lines. A reason or remark code we do not know ("CO-999", "N999") is
    explained as unknown, with the official list; only what is not a code at all ("ZZ9") is
    returned. Each code is given once.
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
