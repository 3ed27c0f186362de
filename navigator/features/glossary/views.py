"""Glossary pages: the A–Z index with search, and one page per term."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale, gettext

from navigator.core.db import get_session
from navigator.core.models import PageFeedback
from navigator.core.terms import (
    letter_groups,
    localized_terms,
    search_terms,
    term_or_none,
)
from navigator.features.glossary.forms import FeedbackForm, GlossarySearchForm

bp = Blueprint("glossary", __name__, url_prefix="/glossary")


@bp.get("")
def index() -> ResponseReturnValue:
    form = GlossarySearchForm(request.args)
    query = form.q.data or ""
    if query and form.validate():
        results = search_terms(query)
        return render_template("glossary/search.html", form=form, query=query, results=results)
    terms = localized_terms()
    status = 200 if not form.errors else 400
    return render_template(
        "glossary/index.html", form=form, groups=letter_groups(terms), count=len(terms)
    ), status


@bp.get("/<slug>")
def term(slug: str) -> ResponseReturnValue:
    local = term_or_none(slug)
    if local is None:
        abort(404)
    return render_template("glossary/term.html", term=local, form=FeedbackForm())


@bp.post("/<slug>/feedback")
def feedback(slug: str) -> ResponseReturnValue:
    local = term_or_none(slug)
    if local is None:
        abort(404)
    form = FeedbackForm()
    if not form.validate_on_submit():
        return render_template("glossary/term.html", term=local, form=form), 422
    session = get_session()
    session.add(PageFeedback(page=f"glossary/{slug}", helpful=form.helpful.data == "yes",
                             locale=str(get_locale())))
    session.commit()
    flash(gettext("Thank you. Your answer helps us make this page clearer."))
    return redirect(url_for("glossary.term", slug=slug, _anchor="feedback"))

