"""Glossary data integrity, plain-language reading level, and the loader's checks."""

from __future__ import annotations

import re

import pytest
import textstat

import glossary
from glossary.terms import GlossaryDataError, load_terms

UNIFORM_GLOSSARY = """allowed-amount appeal balance-billing claim coinsurance
complications-of-pregnancy copayment cost-sharing cost-sharing-reductions deductible
diagnostic-test durable-medical-equipment emergency-medical-condition
emergency-medical-transportation emergency-services excluded-services formulary grievance
habilitation-services health-insurance home-health-care hospice-services hospitalization
hospital-outpatient-care individual-responsibility-requirement in-network-coinsurance
in-network-copayment marketplace maximum-out-of-pocket-limit medically-necessary
minimum-essential-coverage minimum-value-standard network network-provider
orthotics-and-prosthetics out-of-network-coinsurance out-of-network-copayment
out-of-network-provider out-of-pocket-limit physician-services plan preauthorization premium
premium-tax-credits prescription-drug-coverage prescription-drugs preventive-care
primary-care-physician primary-care-provider provider reconstructive-surgery referral
rehabilitation-services screening skilled-nursing-care specialist ucr urgent-care""".split()

THERAPY_WORDS = """superbill explanation-of-benefits claim-adjustment-reason-code cpt-code
icd-10-code modifier place-of-service telehealth diagnostic-evaluation psychotherapy-codes
interactive-complexity crisis-session intensive-outpatient partial-hospitalization
residential-treatment psychological-testing utilization-review concurrent-review
peer-to-peer-review retro-authorization single-case-agreement network-gap-exception
ghost-network continuity-of-care behavioral-health-carve-out mental-health-parity nqtl
comparative-analysis good-faith-estimate no-surprises-act external-review expedited-appeal
erisa-plan fully-insured-plan self-funded-plan summary-of-benefits-and-coverage plan-year
accumulator embedded-deductible aggregate-deductible coordination-of-benefits timely-filing
hsa fsa hdhp eap sliding-scale medicaid-managed-care medicare-part-b medicare-advantage""".split()

MAX_GRADE = 9
TERMS = glossary.all_terms()


def test_there_are_at_least_90_terms():
    assert len(TERMS) >= 90


@pytest.mark.parametrize("slug", UNIFORM_GLOSSARY + THERAPY_WORDS)
def test_required_term_is_present(slug):
    assert glossary.get_term(slug) is not None


def test_every_related_slug_exists_and_is_not_the_term_itself():
    for term in TERMS:
        assert term.related, term.slug
        for slug in term.related:
            assert glossary.get_term(slug) is not None, (term.slug, slug)
            assert slug != term.slug


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.slug)
def test_definition_reads_at_grade_nine_or_lower(term):
    grade = textstat.flesch_kincaid_grade(term.definition)
    assert grade <= MAX_GRADE, f"{term.slug}: grade {grade:.1f}: {term.definition}"


def test_texts_are_safe_for_gettext_and_sources_are_links():
    for term in TERMS:
        for text in (term.term, term.definition, term.example, term.why, term.keywords):
            assert not re.search(r"[%{}]", text), term.slug
        assert term.source_url.startswith("https://"), term.slug


def test_examples_show_numbers_when_money_is_involved():
    for term in TERMS:
        if "$" in term.definition or "$" in term.why:
            assert re.search(r"\$\d", term.example), term.slug


GOOD = """
[[term]]
slug = "{slug}"
term = "Word"
definition = "A short meaning."
example = "An example with $10."
why = "Why it matters."
related = [{related}]
keywords = "w"
source = "Somewhere"
source_url = "https://example.org/"
"""


def doc(slug: str = "word", related: str = '"word-two"') -> str:
    return GOOD.replace("{slug}", slug).replace("{related}", related)


def test_loader_reads_good_documents():
    terms = load_terms([("a.toml", doc()), ("b.toml", doc("word-two", '"word"'))])
    assert [t.slug for t in terms] == ["word", "word-two"]


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        ([("a.toml", doc(related='"nowhere"'))], "related terms not found"),
        ([("a.toml", doc(related='"word"')), ("b.toml", doc(related='"word"'))], "used twice"),
        ([("a.toml", doc(slug="Bad Slug", related='"x"'))], "lowercase"),
        ([("a.toml", doc().replace('why = "Why it matters."', 'why = ""'))],
         "missing or empty why"),
    ],
)
def test_loader_rejects_bad_data_and_says_where(documents, message):
    with pytest.raises(GlossaryDataError, match=message) as caught:
        load_terms(documents)
    assert "a.toml" in str(caught.value) or "word" in str(caught.value)
