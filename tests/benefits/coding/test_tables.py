"""The coding tables: every entry sourced, worded and consistent with the code list."""

from __future__ import annotations

import re

import pytest

from benefits.coding import PayerType, suggest_testing_codes
from benefits.coding.codesets import ADD_ONS, CONFLICTS, UNIT_LIMITS, is_em_code, is_known_code
from benefits.coding.modifiers import (
    H_SERIES,
    KNOWN_MODIFIERS,
    PAYER_GUIDANCE,
    PLACES,
    PROVIDER_MODIFIERS,
    TELEHEALTH_MODIFIERS,
)
from benefits.coding.sessions import PSYCHOTHERAPY_CODES

INFO = PLACES + TELEHEALTH_MODIFIERS + PROVIDER_MODIFIERS + H_SERIES


@pytest.mark.parametrize("info", INFO, ids=[info.code for info in INFO])
def test_every_place_and_modifier_is_explained_and_sourced(info):
    assert info.meaning and info.use
    assert not re.search(r"[%{}]", info.meaning + info.use)
    assert info.source.url.startswith("https://") and info.source.name


def test_every_modifier_in_the_tables_is_known_to_the_check():
    listed = {info.code for info in TELEHEALTH_MODIFIERS + PROVIDER_MODIFIERS + H_SERIES}
    assert listed - {"U1–UD"} <= KNOWN_MODIFIERS
    assert {"U1", "U9", "UA", "UD"} <= KNOWN_MODIFIERS and "UE" not in KNOWN_MODIFIERS


def test_every_payer_type_has_guidance():
    assert set(PAYER_GUIDANCE) == set(PayerType)
    for guidance in PAYER_GUIDANCE.values():
        assert guidance.name and guidance.telehealth and guidance.provider
        assert guidance.telehealth_modifiers


def test_add_on_and_conflict_codes_are_codes_we_know():
    codes = set(ADD_ONS) | {base for a in ADD_ONS.values() for base in a.bases or ()}
    for conflict in CONFLICTS:
        codes |= conflict.first | conflict.second
    for limit in UNIT_LIMITS:
        codes |= limit.codes
    # 90863 (pharmacologic management) is named only as a crisis companion.
    assert codes - PSYCHOTHERAPY_CODES == {"90863"}


@pytest.mark.parametrize(("code", "em"), [
    ("99202", True), ("99255", True), ("99213", True), ("99304", True), ("99350", True),
    ("99201", False), ("99256", False), ("99303", False), ("99340", False), ("99351", False),
    ("9921", False), ("G2212", False)])
def test_em_ranges(code, em):
    assert is_em_code(code) is em
    assert is_known_code(code) is em


@pytest.mark.parametrize(("minutes", "kind"), [
    (-1, "testing_evaluation"), (481, "testing_evaluation"), (30.0, "testing_evaluation"),
    (True, "testing_evaluation"), (30, "individual"), (30, "")])
def test_testing_rejects_bad_input(minutes, kind):
    with pytest.raises(ValueError):
        suggest_testing_codes(minutes, kind)
