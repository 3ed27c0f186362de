"""`flask explain-271`: the text says everything the JSON says, in English and Spanish.

Two checks keep it that way: every field of the reader's and the summary's dataclasses is
either worded or named as left out on purpose (so a new field fails here until someone
words it), and every value the JSON gives for a rich 271 shows up in the text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask_babel import gettext

from benefits.summary.model import BenefitsSummary, CarveOut, MedicalVisits, TierSummary
from benefits.x12 import Contact, Entity, PlanInfo, Rejection, read_271
from navigator.core.i18n import long_date, percent, usd
from navigator.core.x12 import result_json, transaction_json
from navigator.features.benefits_check.explain import NOT_WORDED, WORDED, month_day
from tests.benefits.x12 import ack_samples as samples

RICH = Path(__file__).parent / "fixtures" / "family_dependent.x12"
CLASSES = {"Entity": Entity, "Contact": Contact, "PlanInfo": PlanInfo, "Rejection": Rejection,
           "TierSummary": TierSummary, "BenefitsSummary": BenefitsSummary,
           "CarveOut": CarveOut, "MedicalVisits": MedicalVisits}
# Keys whose codes the text says in words (the label, the level, the follow-up sentence),
# so the code itself need not appear; the word checks below cover them.
WORDED_CODES = {"code", "kind", "id_qualifier", "function", "level", "follow_up", "source",
                "detected_by", "plan_year_basis", "plan_type"}
COINSURANCE = {"coinsurance", "telehealth_coinsurance", "primary_care_coinsurance",
               "specialist_coinsurance"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MONEY = re.compile(r"-?\d+\.\d{2}")


def explain(runner, path: Path | str, *options: str) -> Any:
    return runner.invoke(args=["explain-271", str(path), *options])


def not_worded(owner: str) -> set[str]:
    return {key.split(".", 1)[1] for key in NOT_WORDED if key.split(".", 1)[0] == owner}


@pytest.mark.parametrize("owner", sorted(CLASSES))
def test_every_field_is_worded_or_left_out_on_purpose(owner):
    names = {field.name for field in dataclasses.fields(CLASSES[owner])}
    assert not WORDED[owner] & not_worded(owner)
    assert names == WORDED[owner] | not_worded(owner), (
        f"{owner}: word the new field in explain-271 (explain.py or explain_parties.py) or "
        "say in NOT_WORDED why not")


def test_every_json_key_is_worded_or_left_out_on_purpose(app):
    result = read_271(RICH.read_bytes())
    with app.test_request_context("/"):
        transaction_keys, result_keys = set(transaction_json(result.transactions[0])), set(
            result_json(result))
    assert transaction_keys == WORDED["transaction"] | not_worded("transaction")
    assert result_keys == WORDED["result"] | not_worded("result")


def leaves(value: Any, path: str = "") -> list[tuple[str, Any]]:
    """(key path, value) of every scalar in the JSON, lists flattened."""
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in leaves(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [leaf for item in value for leaf in leaves(item, path)]
    return [(path, value)]


def expected_text(path: str, value: Any) -> str | None:
    """How the text shows a JSON value; None for what the field and word checks cover."""
    key = path.rsplit(".", 1)[-1]
    if value is None or isinstance(value, bool) or key in WORDED_CODES:
        return None
    if key == "plan_year_start":
        return month_day(value)
    if key == "description":
        return gettext(value)
    if key in COINSURANCE:
        return percent(Decimal(value))
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return long_date(dt.date.fromisoformat(value))
    if isinstance(value, str) and MONEY.fullmatch(value):
        return usd(Decimal(value))
    return str(value)


def skipped(path: str) -> bool:
    parts = path.strip(".").split(".")
    top = parts[0] == "transactions" and len(parts) > 1
    owner, key = ("transaction", parts[1]) if top else ("result", parts[0])
    return key in not_worded(owner)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_text_shows_every_value_the_json_gives(app, runner, lang):
    data = json.loads(explain(runner, RICH, "--json").output)
    text = explain(runner, RICH, "--lang", lang).output
    missing = []
    with app.test_request_context(f"/?lang={lang}"):
        for path, value in leaves(data):
            shown = None if skipped(path) else expected_text(path, value)
            if shown is not None and shown not in text:
                missing.append((path, value, shown))
    assert not missing, text


def test_the_rich_271_in_words(runner):
    result = explain(runner, RICH)
    assert result.exit_code == 0
    text = result.output
    for words in ("Insurance company: NORTHWIND HEALTH · Payer ID: 60054",
                  "Asked by: MAPLE STREET THERAPY · NPI: 1234567893",
                  "Subscriber: JAMES T OKAFOR JR · Member ID: NWH7788001",
                  "Patient: AMARA OKAFOR", "Coverage: Active", "Group: GRP4410",
                  "Insurance type: PPO (PR)",
                  "Plan dates: January 1, 2026 to December 31, 2026",
                  "Eligibility dates: from January 15, 2026",
                  "About the subscriber: code 72, Invalid or missing subscriber ID",
                  "The request itself was valid.", "What to do: You may send it again.",
                  "Family deductible: $3,000.00 · $2,100.00 left this year",
                  "Family out-of-pocket limit: $10,000.00 · $8,600.00 left this year",
                  "Family out-of-pocket limit: $18,000.00",
                  "You pay per session: 40% of the plan's price",
                  "managed by CLEARPATH BEHAVIORAL HEALTH. Call 8885550142.",
                  "> PRIOR AUTHORIZATION REQUIRED AFTER 12 VISITS",
                  "Plan year starts: January 1 (the limits count by calendar year)"):
        assert words in text, words


def test_a_date_of_birth_is_never_printed(runner, tmp_path):
    with_birth = RICH.read_text().replace("NM1*03*1*OKAFOR*AMARA~",
                                          "NM1*03*1*OKAFOR*AMARA~\nDMG*D8*20150309*F~")
    path = tmp_path / "dob.x12"
    path.write_text(with_birth.replace("SE*41*", "SE*42*"))
    for options in ((), ("--json",), ("--lang", "es")):
        output = explain(runner, path, *options).output
        assert "AMARA" in output and "2015" not in output


def test_spanish_formats_money_and_dates_and_translates(runner):
    text = explain(runner, RICH, "--lang", "es").output
    assert "1500,00\xa0US$" in text and "1 de enero de 2026" in text
    assert "Deducible" in text and "Cobertura" in text


@pytest.mark.parametrize(("sample", "words"), [
    (samples.REJECTED_999, ["This is an acknowledgement (999), not a 271: the clearinghouse "
                            "rejected the 270 because segment NM1 in loop 2100C (number 8 in "
                            "the 270) has a problem in element NM109: the value is not one of "
                            "the allowed codes.",
                            "The 270 with control number 0001 was rejected.",
                            "Element DMG02 (data element 1251): the date is not valid.",
                            "Transactions: 1 sent, 1 received, 0 accepted.",
                            "What to do: fix what is named above and send the 270 again."]),
    (samples.ACCEPTED_999, ["not a 271: the clearinghouse accepted the 270. It has no "
                            "benefits in it"]),
    (samples.REJECTED_TA1, ["This is an acknowledgement (TA1), not a 271: the clearinghouse "
                            "rejected the whole file because the date in the ISA is not valid.",
                            "The file with control number 000000101 was rejected"]),
])
def test_an_acknowledgement_is_explained_and_exits_non_zero(runner, tmp_path, sample, words):
    path = tmp_path / "ack.x12"
    path.write_text(sample)
    result = explain(runner, path)
    assert result.exit_code == 1
    for expected in words:
        assert expected in result.output, result.output
    assert "ZZSECRET99" not in result.output and "19990231" not in result.output


def test_an_acknowledgement_as_json(runner, tmp_path):
    path = tmp_path / "ack.x12"
    path.write_text(samples.REJECTED_999)
    result = explain(runner, path, "--json")
    assert result.exit_code == 1
    error = json.loads(result.output)["errors"][0]
    assert error["code"] == "acknowledgement"
    assert error["acknowledgement"]["groups"][0]["transactions"][0]["code"] == "R"


def test_the_skipped_text_is_said_in_words(runner, tmp_path):
    path = tmp_path / "wrapped.x12"
    headers = "Content-Type: application/EDI-X12\r\n\r\n"
    path.write_text(headers + RICH.read_text() + "--end--\n")
    text = explain(runner, path).output
    assert f"We skipped {len(headers)} characters before the ISA segment." in text
    # The fixture's last line break and "--end--\n".
    assert "We skipped 9 characters after the IEA segment." in text
    body = json.loads(explain(runner, path, "--json").output)
    assert body["skipped_prefix_chars"] == len(headers) and len(body["notes"]) == 2
