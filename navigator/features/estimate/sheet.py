"""/estimate/sheet: the printable one-page "What you will pay" sheet for any estimate.

It takes the same address as the result page. The sheet can be in another language than
the site (`sheet_lang`), so a front desk working in English can hand a patient a sheet in
Spanish: the sheet is rendered under that locale, the page around it in the reader's.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from babel.dates import format_skeleton
from flask import current_app, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import force_locale, gettext
from markupsafe import Markup

from benefits.coding.sessions import CODE_SUMMARY
from benefits.estimate.engine import Projection
from benefits.estimate.explain import typical_session
from benefits.estimate.sheet import (
    MILESTONE_KINDS,
    PRICE_KINDS,
    SELF_PAY_KINDS,
    glossary_slugs,
    notes_of,
    session_runs,
)
from navigator.core.i18n import current_lang
from navigator.core.terms import inline_term
from navigator.core.wording import Wording
from navigator.features.estimate.views import _form, _projection, back_to_result, bp


def sheet_lang() -> str:
    asked = request.args.get("sheet_lang", "")
    return asked if asked in current_app.config["LANGUAGES"] else current_lang()


def query_without(*names: str) -> str:
    """This page's query string less some names, for links to the sheet in each language."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k not in names]
    return urlencode(args)


def _sheet_words(projection: Projection, lang: str) -> dict[str, object]:
    """Everything the sheet says that the estimator words, in the sheet's language."""
    words = Wording()
    month, day = projection.request.plan.plan_year_start
    code = projection.request.service.code
    return {
        "milestones": words.sentences(notes_of(projection, MILESTONE_KINDS)),
        "price": words.sentences(notes_of(projection, PRICE_KINDS)),
        "self_pay": words.sentences(notes_of(projection, SELF_PAY_KINDS)),
        "year_start": format_skeleton("MMMMd", dt.date(2001, month, day), locale=lang),
        "code_text": f"{code}: {gettext(CODE_SUMMARY[code])}" if code in CODE_SUMMARY
        else code,
        "terms": [inline_term(slug) for slug in glossary_slugs(projection)],
    }


@bp.get("/sheet")
def sheet() -> ResponseReturnValue:
    form = _form()
    projection = _projection(form)
    if projection is None:
        return back_to_result()
    lang = sheet_lang()
    with force_locale(lang):
        body = render_template(
            "estimate/_sheet.html", p=projection, lang=lang, runs=session_runs(projection),
            typical=typical_session(projection), today=dt.date.today(),
            tier=projection.request.plan.tier(projection.request.network),
            **_sheet_words(projection, lang))
        title = gettext("What you will pay")
    return render_template("estimate/sheet.html", sheet=Markup(body), sheet_title=title,
                           sheet_lang=lang, query=query_without("sheet_lang"))
