"""JSON API for the glossary: GET /api/v1/glossary and /api/v1/glossary/<slug>."""

from __future__ import annotations

from flask import Blueprint, current_app, request
from flask.typing import ResponseReturnValue
from flask_babel import force_locale, gettext

from navigator.core.i18n import current_lang
from navigator.core.problems import problem
from navigator.core.terms import localized_terms, search_terms, term_or_none

bp = Blueprint("api_glossary", __name__, url_prefix="/api/v1/glossary")
MAX_QUERY = 100


def _lang_error() -> list[dict[str, str]]:
    """Field errors for ?lang= (empty when it is absent or supported)."""
    lang = request.args.get("lang")
    languages = current_app.config["LANGUAGES"]
    if lang is None or lang in languages:
        return []
    return [{"field": "lang", "message": gettext(
        "Use one of these language codes: %(codes)s.", codes=", ".join(languages))}]


def _query_error(query: str) -> list[dict[str, str]]:
    if len(query) <= MAX_QUERY:
        return []
    return [{"field": "q", "message": gettext(
        "Use %(count)d characters or fewer.", count=MAX_QUERY)}]


def _invalid(errors: list[dict[str, str]]) -> ResponseReturnValue:
    return problem(422, gettext("Some values in the request are not valid"), errors=errors)


@bp.get("")
def list_terms() -> ResponseReturnValue:
    """Every term, or those matching ?q=, in the language from ?lang=."""
    query = request.args.get("q", "").strip()
    errors = _lang_error() + _query_error(query)
    if errors:
        return _invalid(errors)
    with force_locale(request.args.get("lang") or current_lang()):
        terms = search_terms(query) if query else localized_terms()
        return {"lang": current_lang(), "query": query or None, "count": len(terms),
                "terms": [term.as_json() for term in terms]}


@bp.get("/<slug>")
def get_term(slug: str) -> ResponseReturnValue:
    errors = _lang_error()
    if errors:
        return _invalid(errors)
    with force_locale(request.args.get("lang") or current_lang()):
        term = term_or_none(slug)
        if term is None:
            return problem(404, gettext("No glossary term has that name"), errors=[
                {"field": "slug", "message": gettext(
                    "Check the spelling, or list every term at /api/v1/glossary.")}])
        return {"lang": current_lang(), **term.as_json()}
