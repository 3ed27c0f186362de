"""The five letters: every required part is there, the typed facts appear, nobody else's do."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal

import pytest

from benefits.appeals.deadlines import ClaimKind
from benefits.appeals.plan_types import REGULATORS, PlanType
from benefits.letters import (
    BLANK,
    LETTER_REASONS,
    DenialReason,
    LetterFacts,
    LetterKind,
    build_letter,
    letters_for,
    plain_text,
    reason_for_codes,
)

SELF_FUNDED = PlanType.EMPLOYER_SELF_FUNDED


def show(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"${value}"
    return str(value)


def facts(**changes: object) -> LetterFacts:
    base = dict(
        plan_type=SELF_FUNDED, claim_kind=ClaimKind.POST_SERVICE,
        reason=DenialReason.NO_PRIOR_AUTHORIZATION, today=dt.date(2026, 3, 10),
        patient_name="Ana Ruiz", member_id="XJH-4471", group_number="G-88",
        claim_number="CLM-20260301", plan_name="Harbor Works PPO",
        insurer_name="Bluebird Health", insurer_address="PO Box 77\nDenver, CO 80201",
        employer_name="Harbor Works Inc.", administrator_address="1 Dock St\nDenver, CO",
        provider_name="Dr. Lena Ortiz", service="weekly therapy (90837)",
        service_first=dt.date(2026, 2, 2), service_last=dt.date(2026, 2, 23),
        denial_date=dt.date(2026, 2, 27), notice_received=dt.date(2026, 3, 2),
        final_denial_received=dt.date(2026, 5, 4),
        codes="CO-197", what_happened="I called the plan on 3 March and was told to wait.",
        sender_address="12 Elm Road\nDenver, CO 80202", phone="303-555-0101",
        email="ana@example.org")
    base.update(changes)
    return LetterFacts(**base)


def text_of(kind: LetterKind, f: LetterFacts) -> str:
    return plain_text(build_letter(kind, f).render(lambda s: s, show), width=10_000)


TYPED = ["Ana Ruiz", "XJH-4471", "CLM-20260301", "Harbor Works PPO", "Dr. Lena Ortiz",
         "weekly therapy (90837)", "2026-02-02", "2026-02-23", "2026-02-27", "2026-03-10",
         "12 Elm Road", "303-555-0101", "ana@example.org", "CO-197", "G-88"]


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_carries_the_typed_facts(kind):
    text = text_of(kind, facts())
    missing = [value for value in TYPED if value not in text]
    assert missing == []
    assert BLANK not in text  # everything was typed, so nothing is left to fill in


@pytest.mark.parametrize("kind", list(LetterKind))
def test_nothing_of_another_person_appears(kind):
    other = facts(patient_name="Bo Chen", member_id="ZZQ-0002", claim_number="CLM-99",
                  plan_name="Ridge Co-op Plan", provider_name="Sunrise Counseling",
                  what_happened="They lost my fax.", phone="212-555-0199",
                  email="bo@example.net", sender_address="9 Pine Ave",
                  service_first=dt.date(2025, 7, 1), service_last=dt.date(2025, 7, 29))
    mine, theirs = text_of(kind, facts()), text_of(kind, other)
    for value in ["Bo Chen", "ZZQ-0002", "CLM-99", "Ridge Co-op Plan", "Sunrise Counseling",
                  "212-555-0199", "bo@example.net", "9 Pine Ave", "2025-07"]:
        assert value not in mine and value in theirs
    # Requests for papers leave the story out; the others tell it.
    story = kind not in (LetterKind.RECORDS, LetterKind.PARITY)
    assert "lost my fax" not in mine and ("lost my fax" in theirs) is story
    for value in ["Ana Ruiz", "XJH-4471", "Harbor Works PPO", "Dr. Lena Ortiz"]:
        assert value not in theirs


def test_empty_facts_print_as_blank_lines_to_fill_in():
    bare = LetterFacts(plan_type=SELF_FUNDED, claim_kind=ClaimKind.POST_SERVICE,
                       reason=DenialReason.VISIT_LIMIT, today=dt.date(2026, 3, 10))
    text = text_of(LetterKind.APPEAL, bare)
    assert "Member ID: " + BLANK in text and "Patient: " + BLANK in text
    assert "2026-03-10" in text  # the date is always known


def test_percent_signs_and_newlines_typed_by_a_person_are_kept_as_written():
    text = text_of(LetterKind.APPEAL, facts(what_happened="100% sure %(member_id)s\nline 2"))
    assert "100% sure %(member_id)s" in text and "line 2" in text


ARGUMENTS = {
    DenialReason.NOT_MEDICALLY_NECESSARY: ["letter of medical necessity is enclosed",
                                           "medical-necessity criteria",
                                           "Medical-necessity criteria are a treatment limit"],
    DenialReason.NO_PRIOR_AUTHORIZATION: ["(retro-authorization)",
                                          "group code CO (contractual obligation)",
                                          "Prior authorization is a treatment limit"],
    DenialReason.OUT_OF_NETWORK: ["(a network gap exception)", "single-case agreement with "
                                  "Dr. Lena Ortiz", "admits providers to its network"],
    DenialReason.NOT_COVERED: ["exact words in the plan documents",
                               "excluding it for mental health may break that law"],
    DenialReason.VISIT_LIMIT: ["visit limit was reached", "substantially all medical and "
                               "surgical care in the same class of benefits"],
    DenialReason.CODING_ERROR: ["corrected claim", "group code CO"],
    DenialReason.COVERAGE_ENDED: ["I was covered by the plan on the date of service",
                                  "COBRA payment"],
}


@pytest.mark.parametrize(("reason", "phrases"), ARGUMENTS.items())
def test_the_appeal_argues_what_fits_the_reason(reason, phrases):
    text = text_of(LetterKind.APPEAL, facts(reason=reason))
    assert [p for p in phrases if p not in text] == []
    assert "I am writing to appeal your decision of 2026-02-27 to deny payment" in text
    assert "free of charge" in text and "Sincerely," in text and "Enclosed" in text
    others = {p for r, ps in ARGUMENTS.items() if r is not reason for p in ps} - set(phrases)
    assert [p for p in others if p in text and "group code CO" not in p] == []


def test_the_in_network_provider_sentence_needs_a_yes():
    assert "provider's job, not mine" in text_of(LetterKind.APPEAL, facts(in_network=True))
    assert "provider's job" not in text_of(LetterKind.APPEAL, facts(in_network=None))


def test_the_co_sentence_needs_group_code_co():
    assert "group code CO" not in text_of(LetterKind.APPEAL, facts(codes="PR-197"))


def test_urgent_appeal_asks_for_72_hours_except_under_original_medicare():
    urgent = dict(claim_kind=ClaimKind.PRE_SERVICE, urgent=True)
    assert "decide within 72 hours" in text_of(LetterKind.APPEAL, facts(**urgent))
    medicare = text_of(LetterKind.APPEAL, facts(plan_type=PlanType.ORIGINAL_MEDICARE,
                                                **urgent))
    assert "72 hours" not in medicare and "as quickly as you can" in medicare
    assert "deny approval for weekly therapy" in text_of(LetterKind.APPEAL, facts(**urgent))


@pytest.mark.parametrize(("plan", "words"), [
    (PlanType.ORIGINAL_MEDICARE, "request for a redetermination"),
    (PlanType.MEDICARE_ADVANTAGE, "request for a reconsideration"),
])
def test_medicare_appeals_use_medicare_words_and_no_parity(plan, words):
    text = text_of(LetterKind.APPEAL, facts(plan_type=plan))
    assert words in text and "MHPAEA" not in text


def test_medicaid_appeal_cites_medicaid_parity_rules():
    text = text_of(LetterKind.APPEAL, facts(plan_type=PlanType.MEDICAID_MANAGED_CARE))
    assert "42 CFR part 438, subpart K" in text and "MHPAEA" in text


def test_erisa_records_request_names_the_law_the_30_days_and_the_110_dollars():
    text = text_of(LetterKind.RECORDS, facts())
    for phrase in ["section 104(b)(4) of ERISA", "summary plan description (SPD)",
                   "annual report (Form 5500)", "claim file, free of charge",
                   "claim CLM-20260301, denied on 2026-02-27", "has 30 days",
                   "up to $110 a day", "Plan administrator\nHarbor Works PPO\nHarbor Works "
                   "Inc.\n1 Dock St"]:
        assert phrase in text


def test_records_request_for_a_marketplace_plan_has_no_erisa_penalty():
    text = text_of(LetterKind.RECORDS, facts(plan_type=PlanType.INDIVIDUAL))
    assert "ERISA" not in text and "$110" not in text
    assert "Summary of Benefits and Coverage" in text and "Bluebird Health" in text


LIMITS = {
    DenialReason.NOT_MEDICALLY_NECESSARY: "the medical-necessity criteria used to deny weekly",
    DenialReason.NO_PRIOR_AUTHORIZATION: "the prior authorization requirement for weekly",
    DenialReason.OUT_OF_NETWORK: "the standards for admitting providers to the network",
    DenialReason.NOT_COVERED: "the exclusion of weekly therapy (90837)",
    DenialReason.VISIT_LIMIT: "the limit on the number of visits for weekly therapy",
}


@pytest.mark.parametrize(("reason", "limit"), LIMITS.items())
def test_parity_request_names_the_limit_and_asks_for_the_analysis(reason, limit):
    text = text_of(LetterKind.PARITY, facts(reason=reason))
    for phrase in [limit, "plan language for this limit", "factors and evidentiary standards",
                   "as written and in practice", "written comparative analysis",
                   "ERISA section 712(a)(8)", "within 30 calendar days", "$110 a day"]:
        assert phrase in text


def test_parity_request_outside_erisa_leaves_out_erisa():
    text = text_of(LetterKind.PARITY, facts(plan_type=PlanType.GOVERNMENT_EMPLOYER))
    assert "Consolidated Appropriations Act, 2021" in text and "ERISA" not in text
    medicaid = text_of(LetterKind.PARITY, facts(plan_type=PlanType.MEDICAID_MANAGED_CARE))
    assert "comparative analysis" not in medicaid and "meets the parity rules" in medicaid


@pytest.mark.parametrize(("plan", "reason"), [
    (PlanType.ORIGINAL_MEDICARE, DenialReason.VISIT_LIMIT),
    (PlanType.MEDICARE_ADVANTAGE, DenialReason.NO_PRIOR_AUTHORIZATION),
    (SELF_FUNDED, DenialReason.COVERAGE_ENDED), (SELF_FUNDED, DenialReason.CODING_ERROR)])
def test_no_parity_letter_where_the_parity_law_does_not_reach(plan, reason):
    assert LetterKind.PARITY not in letters_for(plan, reason)
    with pytest.raises(ValueError):
        build_letter(LetterKind.PARITY, facts(plan_type=plan, reason=reason))


def test_external_review_request():
    text = text_of(LetterKind.EXTERNAL_REVIEW, facts())
    for phrase in ["independent external review", "which I received on 2026-05-04",
                   "within 45 days", "independent review organization",
                   "share my medical records", "A copy of the plan's final decision",
                   "(retro-authorization)"]:
        assert phrase in text
    urgent = text_of(LetterKind.EXTERNAL_REVIEW,
                     facts(claim_kind=ClaimKind.PRE_SERVICE, urgent=True))
    assert "expedited external review" in urgent and "within 72 hours" in urgent


@pytest.mark.parametrize("plan", [PlanType.MEDICAID_MANAGED_CARE, PlanType.ORIGINAL_MEDICARE,
                                  PlanType.MEDICARE_ADVANTAGE])
def test_no_external_review_letter_for_medicare_and_medicaid(plan):
    assert LetterKind.EXTERNAL_REVIEW not in letters_for(plan, DenialReason.NOT_COVERED)


@pytest.mark.parametrize(("plan", "regulator"), [
    (SELF_FUNDED, "Employee Benefits Security Administration (EBSA)"),
    (PlanType.EMPLOYER_FULLY_INSURED, "Your state insurance department"),
    (PlanType.INDIVIDUAL, "Your state insurance department"),
    (PlanType.GOVERNMENT_EMPLOYER, "Centers for Medicare & Medicaid Services (CMS)"),
    (PlanType.MEDICAID_MANAGED_CARE, "Your state Medicaid agency"),
    (PlanType.MEDICARE_ADVANTAGE, "Medicare"), (PlanType.ORIGINAL_MEDICARE, "Medicare")])
def test_complaint_goes_to_the_regulator_for_the_plan(plan, regulator):
    text = text_of(LetterKind.COMPLAINT, facts(plan_type=plan,
                                               appeal_filed=dt.date(2026, 3, 20)))
    assert REGULATORS[plan].name in text and regulator in REGULATORS[plan].name
    for phrase in ["file a complaint about how Bluebird Health handled",
                   "There was no prior authorization, or the care went past what was approved",
                   "I filed an appeal with the plan on 2026-03-20", "review whether the plan"]:
        assert phrase in text


LEGAL_WORDS = ("CFR", "ERISA", "MHPAEA", "72 hours", "45 days", "30 days", "30 calendar days",
               "%(daily_penalty)s", "group code CO", "Consolidated Appropriations")


def test_every_line_that_states_a_rule_names_its_source():
    unsourced = set()
    for plan, reason in itertools.product(PlanType, LETTER_REASONS):
        f = facts(plan_type=plan, reason=reason, claim_kind=ClaimKind.PRE_SERVICE, urgent=True)
        for kind in letters_for(plan, reason):
            letter = build_letter(kind, f)
            unsourced |= {"\n".join(line.parts) for line in letter.lines
                          if line.source is None
                          and any(word in part for part in line.parts for word in LEGAL_WORDS)}
            assert all(source.url.startswith("http") for source in letter.sources())
    assert unsourced == set()


def test_every_plan_and_reason_builds_every_letter_that_fits():
    for plan, reason, kind in itertools.product(PlanType, LETTER_REASONS, ClaimKind):
        for letter_kind in letters_for(plan, reason):
            letter = build_letter(letter_kind, facts(plan_type=plan, reason=reason,
                                                     claim_kind=kind))
            assert letter.kind is letter_kind and letter.lines


def test_the_letters_offered_for_the_done_when_case():
    assert letters_for(SELF_FUNDED, DenialReason.NO_PRIOR_AUTHORIZATION) == [
        LetterKind.APPEAL, LetterKind.RECORDS, LetterKind.PARITY, LetterKind.EXTERNAL_REVIEW,
        LetterKind.COMPLAINT]


@pytest.mark.parametrize(("codes", "reason"), [
    ("CO-197", DenialReason.NO_PRIOR_AUTHORIZATION),
    ("co 50", DenialReason.NOT_MEDICALLY_NECESSARY),
    ("PR-119, N130", DenialReason.VISIT_LIMIT), ("CO-242", DenialReason.OUT_OF_NETWORK),
    ("PR 27", DenialReason.COVERAGE_ENDED), ("CO-16 N4", DenialReason.CODING_ERROR),
    ("PR-204", DenialReason.NOT_COVERED), ("N130", None), ("PR-1", None), ("", None)])
def test_reason_codes_point_to_a_reason(codes, reason):
    assert reason_for_codes(codes) is reason


def test_plain_text_wraps_and_keeps_lists_together():
    text = plain_text([("title", "Hello"), ("paragraph", "word " * 30), ("item", "one"),
                       ("item", "two\nlines"), ("paragraph", "after")], width=40)
    assert text.startswith("HELLO\n\nword word")
    assert max(len(line) for line in text.splitlines()) <= 40
    assert "- one\n- two\n  lines\n\nafter\n" in text


def test_every_text_the_letters_translate_is_in_the_catalog_extraction():
    """A msgid glued to other text at run time can never be translated; catch that here."""
    from pathlib import Path

    from babel.messages.extract import extract_from_dir

    root = Path(__file__).resolve().parents[3] / "benefits"
    marked = {message for _, _, message, _, _ in extract_from_dir(
        root, method_map=[("**.py", "python")], keywords={"N_": None})}
    asked: set[str] = set()
    for plan, reason in itertools.product(PlanType, LETTER_REASONS):
        f = facts(plan_type=plan, reason=reason)
        for kind in letters_for(plan, reason):
            letter = build_letter(kind, f)
            letter.render(lambda s: asked.add(s) or s, show)
            asked.add(letter.title)
    placeholders_only = {s for s in asked if not re.sub(r"%\(\w+\)s|\s", "", s)}
    assert asked - placeholders_only - marked == set()


def test_appeal_pages_read_codes_as_the_denial_explainer_does():
    from benefits.appeals.eob_codes import REASONS
    from benefits.letters.reasons import reason_for_codes

    assert reason_for_codes("CO-243") == DenialReason.OUT_OF_NETWORK
    for reason in REASONS.values():
        if reason.reason in LETTER_REASONS:
            for code in filter(str.isdigit, reason.codes):
                found = reason_for_codes(f"CO-{code}")
                assert found is not None and found.value in {
                    r.reason.value for r in REASONS.values() if code in r.codes}
