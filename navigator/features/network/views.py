"""/network: is a therapist in network, at what rate, says who and as of when."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from wtforms import SearchField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, ValidationError

from benefits.estimate.fees import medicare_fee
from benefits.npi import valid_npi
from navigator.core.db import get_session
from navigator.core.forms import BaseForm
from navigator.core.rates import rate_type_label
from navigator.core.rates.lookup import (
    MAX_SEARCH_LENGTH,
    MIN_SEARCH_CHARACTERS,
    lookup_provider,
    network_names,
    search_providers,
    search_words,
)
from navigator.core.session_codes import ESTIMATOR_CODES
from navigator.features.network.live import ask_directory
from navigator.features.network.sources import base_name

bp = Blueprint("network", __name__, url_prefix="/network")


def searchable(form: BaseForm, field: SearchField) -> None:
    """A name needs letters or digits: "%%" or "_" alone would match every provider."""
    if field.data and search_words(field.data) is None:
        raise ValidationError(_l("Use at least %(min)d letters or digits.",
                                 min=MIN_SEARCH_CHARACTERS))


class NetworkSearchForm(BaseForm):
    class Meta:
        csrf = False

    q = SearchField(_l("Therapist's NPI or name"), validators=[
        InputRequired(message=_l("Enter an NPI or a name.")),
        Length(min=2, max=MAX_SEARCH_LENGTH, message=_l("Use 2 to 100 characters.")),
        searchable])
    network = SelectField(_l("Network"), default="", validate_choice=False)


def can_estimate(rate: dict) -> bool:
    """Whether "Estimate with this rate" leads anywhere: a dollar amount still in force,
    for a code the estimator prices (medicare_fee knows it) and its form offers (its form
    refuses any other code, so a link for one would open on an error)."""
    return (rate["negotiated_type"] != "percentage" and not rate["expired"]
            and rate["billing_code"] in ESTIMATOR_CODES
            and medicare_fee(rate["billing_code"]) is not None)


def estimate_link(rate: dict) -> str:
    query = {"code": rate["billing_code"], "allowed_amount": rate["negotiated_rate"],
             "network": "in"}
    return f"{url_for('estimate.start')}?{urlencode(query)}"


def source_line(source: dict) -> str:
    """One source of an answer, with its date; a file by its base name only."""
    when = source["as_of"] or (source["loaded_at"] or "")[:10]
    if source["kind"] == "roster":
        return gettext("Source: the clinic roster for %(network)s, loaded on %(when)s.",
                       network=source["name"], when=when)
    if source["kind"] == "plannet":
        return gettext("Source: the provider directory at %(source)s for %(network)s, "
                       "as of %(when)s.", source=source["source"], network=source["name"],
                       when=when)
    return gettext("Source: the price file %(file)s of %(network)s, dated %(when)s.",
                   file=base_name(source["source"] or ""), network=source["name"], when=when)


def _answers(form: NetworkSearchForm) -> list:
    text, network = form.q.data.strip(), form.network.data or None
    session = get_session()
    npis = [text] if valid_npi(text) else search_providers(session, text)
    answers = [lookup_provider(session, npi, network) for npi in npis]
    return [answer for answer in answers if answer is not None]


@bp.get("")
def search() -> ResponseReturnValue:
    form = NetworkSearchForm(request.args)
    form.network.choices = [SelectChoice("", _l("Any network"))] + [
        SelectChoice(name, name) for name in network_names(get_session())]
    answers, live = None, None
    if "q" in request.args and form.validate():
        answers = _answers(form)
        text = form.q.data.strip()
        if not answers and valid_npi(text):
            live = ask_directory(text)
    status = 422 if form.errors else 200
    return render_template("network/search.html", form=form, answers=answers, live=live,
                           estimate_link=estimate_link, can_estimate=can_estimate,
                           source_line=source_line,
                           rate_type_label=rate_type_label), status
