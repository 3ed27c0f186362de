"""The session-length helper: from minutes and kind to a session code, with the reason."""

from __future__ import annotations

from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from wtforms import RadioField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, NumberRange

from benefits.coding.sessions import MAX_MINUTES, CodeSuggestion, Rule, SessionKind
from benefits.coding.testing import PsychTestSuggestion
from navigator.core.forms import BaseForm, WholeNumberField

# The session codes the estimator's form offers: the estimator and the links into it from
# other tools (a network rate's "Estimate with this rate") use this one list.
ESTIMATOR_CODES = ("90791", "90792", "90832", "90834", "90837", "90833", "90836", "90838",
                   "90846", "90847", "90853", "90839")

KIND_LABELS = {
    SessionKind.INDIVIDUAL: _l("Individual therapy"),
    SessionKind.WITH_EM: _l("Therapy during a medication or medical visit"),
    SessionKind.FAMILY_WITH_PATIENT: _l("Family or couples therapy, with the patient there"),
    SessionKind.FAMILY_WITHOUT_PATIENT: _l("Family therapy, without the patient"),
    SessionKind.GROUP: _l("Group therapy"),
    SessionKind.EVALUATION: _l("First evaluation (intake)"),
    SessionKind.EVALUATION_MEDICAL: _l("First evaluation with medical care, by a prescriber"),
    SessionKind.CRISIS: _l("Crisis session"),
}
RULE_TEXT = {
    Rule.BELOW_MINIMUM: _l("%(minutes)s minutes is too short: this kind of session needs at "
                           "least %(first)s minutes before it can be billed."),
    Rule.INDIVIDUAL_16_37: _l("%(minutes)s minutes is in the 16 to 37 minute range, so the "
                              "code is %(codes)s."),
    Rule.INDIVIDUAL_38_52: _l("%(minutes)s minutes is in the 38 to 52 minute range, so the "
                              "code is %(codes)s."),
    Rule.INDIVIDUAL_53_PLUS: _l("%(minutes)s minutes is 53 minutes or more, so the code is "
                                "%(codes)s. Longer sessions use the same code: codes are "
                                "never added together."),
    Rule.WITH_EM_16_37: _l("%(minutes)s minutes of therapy is in the 16 to 37 minute range, "
                           "so the add-on code is %(codes)s."),
    Rule.WITH_EM_38_52: _l("%(minutes)s minutes of therapy is in the 38 to 52 minute range, "
                           "so the add-on code is %(codes)s."),
    Rule.WITH_EM_53_PLUS: _l("%(minutes)s minutes of therapy is 53 minutes or more, so the "
                             "add-on code is %(codes)s."),
    Rule.CRISIS_UNDER_30: _l("Crisis care under 30 minutes is billed as regular therapy: "
                             "%(codes)s."),
    Rule.CRISIS_30_74: _l("30 to 74 minutes of crisis care is billed as %(codes)s."),
    Rule.CRISIS_EXTRA_HALF_HOURS: _l("The first 74 minutes of crisis care are billed as "
                                     "90839, and each further 30 minutes as one 90840: "
                                     "%(codes)s."),
    Rule.FAMILY_26_PLUS: _l("Family therapy of 26 minutes or more is billed as %(codes)s, "
                            "whatever its length."),
    Rule.UNTIMED: _l("%(codes)s does not depend on how long the session is."),
}
NEEDS_EM = _l("It is billed together with the code for the medication or medical visit.")


class SessionCodeForm(BaseForm):
    class Meta:
        csrf = False

    minutes = WholeNumberField(_l("How many minutes is the session?"), validators=[
        InputRequired(message=_l("Enter the session length in minutes.")),
        NumberRange(min=0, max=MAX_MINUTES,
                    message=_l("Enter a number of minutes from 0 to %(max)s."))],
        render_kw={"inputmode": "numeric"})
    kind = RadioField(_l("What kind of session is it?"), default=SessionKind.INDIVIDUAL.value,
                      choices=[SelectChoice(kind.value, label)
                               for kind, label in KIND_LABELS.items()])


def codes_text(suggestion: CodeSuggestion | PsychTestSuggestion) -> str:
    """"90839 + 2 × 90840" style, or the plain code."""
    parts = [f"{line.units} × {line.code}" if line.units > 1 else line.code
             for line in suggestion.codes]
    return " + ".join(parts)


def why_sentences(suggestion: CodeSuggestion) -> list[str]:
    """Why these codes, in the reader's language (without the source)."""
    first = (suggestion.high or 0) + 1
    text = str(RULE_TEXT[suggestion.rule]) % {
        "minutes": suggestion.minutes, "codes": codes_text(suggestion), "first": first}
    sentences = [text]
    if suggestion.needs_em and suggestion.codes:
        sentences.append(str(NEEDS_EM))
    return sentences


def explain_suggestion(suggestion: CodeSuggestion) -> list[str]:
    return [*why_sentences(suggestion),
            gettext("Source: %(source)s", source=gettext(suggestion.source))]
