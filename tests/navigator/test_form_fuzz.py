"""Issue 13: random text in every form field and query parameter never makes a 500.

The fields come from each page's WTForms class, so a field added later is fuzzed too. Each
example starts from a good answer (or from nothing) and replaces a few fields with text a
person or an attacker might send: NUL, digits by the hundred, exponents, other scripts.
Before this issue such input made 230 server errors (a non-integer plan_year_month, an
empty plan_type, 309 digits in an integer field...).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wtforms import Form
from wtforms.csrf.core import CSRFTokenField
from wtforms.fields import FieldList, FormField

from navigator.core.session_codes import SessionCodeForm
from navigator.features.appeals.appeal.forms import AppealForm
from navigator.features.appeals.denied import DeniedForm
from navigator.features.appeals.prior_auth import PriorAuthForm
from navigator.features.benefits_check.forms import BenefitsForm, X12Form
from navigator.features.estimate.forms import EstimateForm
from navigator.features.front_desk.forms import ClaimForm, PickerForm
from navigator.features.gfe.forms import DisputeForm, GfeForm
from navigator.features.glossary.forms import FeedbackForm, GlossarySearchForm
from navigator.features.network.views import NetworkSearchForm
from tests.navigator.test_appeal_views import CASE
from tests.navigator.test_benefits_views import TYPED
from tests.navigator.test_estimate_views import EXAMPLE
from tests.navigator.test_front_desk_views import ISSUE_FORM
from tests.navigator.test_gfe_views import FORM as GFE

DISPUTE = {"bill_date": "2026-01-02", "providers-0-name": "Harbor",
           "providers-0-estimated": "1000.00", "providers-0-billed": "1500.00"}
PRIOR_AUTH = {"service": "weekly_therapy", "plan_type": "employer_self_funded"}


@dataclass(frozen=True)
class Page:
    method: str
    url: str
    form: type[Form] | None
    good: dict[str, str] = field(default_factory=dict)
    params: tuple[str, ...] = ()  # query parameters read outside a form


PAGES = [
    Page("GET", "/estimate", EstimateForm, EXAMPLE),
    Page("GET", "/estimate/result", EstimateForm, EXAMPLE),
    Page("GET", "/estimate/result.csv", EstimateForm, EXAMPLE),
    Page("GET", "/estimate/sheet", EstimateForm, EXAMPLE, ("sheet_lang",)),
    Page("GET", "/estimate/session-code", SessionCodeForm, {"minutes": "55"}),
    Page("GET", "/benefits/type", BenefitsForm, TYPED),
    Page("GET", "/benefits/summary", BenefitsForm, TYPED),
    Page("POST", "/benefits/271", X12Form),
    Page("GET", "/appeal", AppealForm, CASE),
    Page("POST", "/appeal", AppealForm, CASE),
    Page("POST", "/appeal/calendar.ics", AppealForm, CASE),
    Page("POST", "/appeal/letters/appeal.html", AppealForm, CASE),
    Page("POST", "/appeal/letters/records.txt", AppealForm, CASE),
    Page("GET", "/denied", DeniedForm, {"codes": "CO-197"}),
    Page("GET", "/prior-authorization", PriorAuthForm, PRIOR_AUTH),
    Page("POST", "/good-faith-estimate/estimate", GfeForm, GFE),
    Page("POST", "/good-faith-estimate/estimate.pdf", GfeForm, GFE),
    Page("GET", "/good-faith-estimate/dispute", DisputeForm, DISPUTE),
    Page("GET", "/front-desk", PickerForm, {"minutes": "45"}),
    Page("POST", "/front-desk/check", ClaimForm, ISSUE_FORM),
    Page("GET", "/glossary", GlossarySearchForm, {"q": "deductible"}),
    Page("POST", "/glossary/copayment/feedback", FeedbackForm, {"helpful": "yes"}),
    Page("GET", "/network", NetworkSearchForm, {"q": "harbor"}),
    Page("GET", "/api/v1/glossary", None, {"q": "deduct"}, ("q",)),
    Page("GET", "/api/v1/network/providers/1234567893", None, {}, ("network", "code")),
    Page("GET", "/api/v1/codes/psychotherapy", None, {}, ("minutes", "kind")),
]

# What breaks readers: NUL, digits past int()'s and float's limits, exponents, signs,
# other digit systems, and blanks.
NASTY = st.sampled_from([
    "", " ", "\x00", "a\x00b", "9" * 309, "9" * 5000, "1e1000000", "1E+400", "-1", "-0",
    "abc", "nope", "1.5", "NaN", "Infinity", "１２", "²", "٣", "0x1F", "1_000", "$", "%",
    "9" * 31, "12" + "0" * 400, "2026-02-30", "0000-00-00", "\u202e", "<b>", "'; --"])
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
DIGITS = st.from_regex(r"-?\d{1,400}(\.\d{0,3})?(e[+-]?\d{1,7})?", fullmatch=True)
VALUE = st.one_of(NASTY, TEXT, DIGITS)


def form_fields(form: Form) -> list[str]:
    """Every input name a form reads, through lists and sub-forms; not the CSRF token."""
    names: list[str] = []
    for item in form:
        if isinstance(item, FieldList | FormField):
            names += form_fields(item)  # type: ignore[arg-type]
        elif not isinstance(item, CSRFTokenField):
            names.append(item.name)
    # Rows a form keeps beside its fields (the claim form's fixed service lines).
    for value in vars(form).values():
        if isinstance(value, list) and value and all(isinstance(v, Form) for v in value):
            for row in value:
                names += form_fields(row)
    return names


def page_fields(app, page: Page) -> list[str]:
    names = ["lang", *page.params]
    if page.form is not None:
        with app.test_request_context():
            names += form_fields(page.form(formdata=None))
    return sorted(set(names) | set(page.good))


def test_every_form_is_fuzzed_with_its_own_fields(app):
    """The discovery finds the fields, including those in lists of rows."""
    estimate, gfe, claim = (page_fields(app, p) for p in (PAGES[1], PAGES[15], PAGES[19]))
    assert {"count", "plan_year_month", "telehealth_copay"} <= set(estimate)
    assert "providers-1-lines-2-fee" in gfe
    assert "lines-5-minutes" in claim


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.method} {p.url}" for p in PAGES])
def test_no_input_makes_a_server_error(app, client, page):
    names = page_fields(app, page)

    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(start=st.booleans(),
           changes=st.dictionaries(st.sampled_from(names), VALUE, min_size=1, max_size=6))
    def check(start: bool, changes: dict[str, str]) -> None:
        data = {**(page.good if start else {}), **changes}
        if page.method == "GET":
            response = client.get(page.url, query_string=data)
        else:
            response = client.post(page.url, data=data)
        assert response.status_code < 500, (page.url, data)

    check()
