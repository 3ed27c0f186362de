"""Wording for the reader's language: the estimator's notes and the generic input problems.

The estimate, batch, benefits, Good Faith Estimate and front-desk tools all word the
domain's notes and FieldErrors through one Wording per request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from babel.numbers import format_percent
from flask import g
from flask_babel import get_translations

from benefits.estimate.explain import Note
from benefits.fields import FieldError
from navigator.core.i18n import N_, current_lang, long_date_for, usd_for

NOTES = {
    # The whole course
    "price_given": N_("The plan's price (the allowed amount) for a %(code)s session is "
                      "%(amount)s."),
    "price_given_no_code": N_("The plan's price (the allowed amount) for each session is "
                              "%(amount)s."),
    "price_medicare": N_("You did not give the plan's price, so we used Medicare's %(year)s "
                         "national price for %(code)s: %(amount)s. This is only a guide. Your "
                         "plan's price may be higher or lower."),
    "price_medicare_other_year": N_("That is Medicare's price for %(year)s. Some of your "
                                    "sessions are in another year, when Medicare's price may "
                                    "differ."),
    "out_of_network_prices": N_("The plan's price is %(price)s, but the therapist charges "
                                "%(billed)s. Out of network, the therapist can bill you the "
                                "%(amount)s difference, and it does not count toward your "
                                "deductible or out-of-pocket limit."),
    "first_session": N_("Your first session, on %(date)s, costs you %(amount)s."),
    "telehealth_share": N_("These are telehealth sessions, so we used what your plan charges "
                           "for telehealth."),
    "telehealth_share_not_stated": N_("These are telehealth sessions. We were not told a "
                                      "separate telehealth cost, so we used the office visit's. "
                                      "Ask the plan whether telehealth costs the same."),
    "aggregate_family": N_("Your plan has one family deductible (aggregate): everyone's care "
                           "counts toward it, and %(left)s of it is left."),
    "no_out_of_network_benefits": N_("Your plan does not pay for out-of-network care, so you "
                                     "pay the therapist's full price for every session."),
    "course_deductible_skipped": N_("The deductible does not apply to these sessions, so your "
                                    "copay or coinsurance starts with the first one."),
    "course_deductible_already_met": N_("Your deductible is already met, so your copay or "
                                        "coinsurance applies from the first session."),
    "course_deductible_not_met": N_("Your deductible is not met in this plan year. "
                                    "%(left)s of it was left at the start."),
    "course_deductible_met": N_("Your deductible is met at session %(number)s, on %(date)s. "
                                "That session costs you %(amount)s."),
    "course_oop_already_reached": N_("You have already reached your out-of-pocket limit, so "
                                     "covered sessions cost you nothing until the plan year "
                                     "ends."),
    "course_oop_reached": N_("You reach your out-of-pocket limit at session %(number)s, on "
                             "%(date)s. After that, covered sessions cost you nothing until "
                             "the plan year ends."),
    "typical_session": N_("After the deductible, a session costs you %(amount)s (from "
                          "session %(number)s)."),
    "course_visit_limit": N_("Your plan pays for %(visits)s visits a year. From session "
                             "%(number)s, on %(date)s, you pay the full price until the plan "
                             "year starts again."),
    "course_reset": N_("Your plan year starts again on %(date)s. Your deductible and "
                       "out-of-pocket totals go back to zero."),
    "totals": N_("For all %(count)s sessions, through %(last_date)s, you pay %(patient)s and "
                 "your plan pays %(plan)s."),
    "self_pay_costs_more": N_("Paying without insurance at %(rate)s a session would cost "
                              "%(total)s, which is %(difference)s more than with insurance."),
    "self_pay_costs_less": N_("Paying without insurance at %(rate)s a session would cost "
                              "%(total)s, which is %(difference)s less than with insurance. "
                              "Self-pay costs do not count toward your deductible."),
    "self_pay_same": N_("Paying without insurance at %(rate)s a session would cost "
                        "%(total)s, the same as with insurance."),
    # One session
    "reset": N_("Your plan year started again on %(date)s, so your deductible and "
                "out-of-pocket totals went back to zero."),
    "not_covered_out_of_network": N_("Your plan does not pay for out-of-network care, so you "
                                     "pay the full %(amount)s."),
    "not_covered_visit_limit": N_("You have used all the visits your plan pays for this plan "
                                  "year, so you pay the full %(amount)s."),
    "deductible_skipped": N_("Your deductible does not apply to this service."),
    "deductible_already_met": N_("Your deductible is already met."),
    "deductible_whole_price": N_("You had %(left)s left on your deductible, so the whole "
                                 "%(price)s price goes toward it."),
    "deductible_part": N_("You had %(left)s left on your deductible, so %(amount)s of the "
                          "%(price)s price goes toward it."),
    "copay": N_("You pay your %(copay)s copay on the %(rest)s left of the price."),
    "copay_above_rest": N_("Your copay is %(copay)s, but only %(rest)s of the price is left, "
                           "so you pay %(rest)s."),
    "coinsurance": N_("You pay %(percent)s of the %(rest)s left of the price: %(amount)s."),
    "plan_pays_rest": N_("Your plan pays the other %(rest)s."),
    "oop_already_reached": N_("You have reached your out-of-pocket limit, so you pay nothing "
                              "more for covered care this plan year."),
    "oop_cap": N_("Only %(left)s was left before your out-of-pocket limit, so you pay "
                  "%(amount)s instead of %(uncapped)s."),
    "balance_bill": N_("The therapist charges %(billed)s, which is %(amount)s more than the "
                       "plan's price of %(price)s. Out of network, they can bill you that "
                       "difference."),
    "session_total": N_("In all, you pay %(patient)s and the plan pays %(plan)s."),
}


class Wording:
    """Words notes and errors for one request's locale (looked up once, not per number)."""

    def __init__(self) -> None:
        self.lang = current_lang()
        self.translations = get_translations()

    def value(self, name: str, value: object) -> object:
        if name == "percent" and isinstance(value, Decimal):
            return format_percent(value, locale=self.lang, decimal_quantization=False)
        if isinstance(value, Decimal):
            return usd_for(value, self.lang)
        if isinstance(value, dt.date):
            return long_date_for(value, self.lang)
        return value

    def fill(self, msgid: str, params: Mapping[str, object]) -> str:
        values = {name: self.value(name, value) for name, value in params.items()}
        return self.translations.ugettext(msgid) % values

    def sentence(self, note: Note) -> str:
        """The note in the reader's language, with money, dates and percents formatted."""
        return self.fill(NOTES[note.kind], note.values)

    def sentences(self, notes: list[Note]) -> list[str]:
        return [self.sentence(note) for note in notes]


def wording() -> Wording:
    """This request's Wording, made on first use (a request keeps one locale)."""
    current = g.get("wording")
    if current is None:
        current = g.wording = Wording()
    return current


def sentence(note: Note) -> str:
    return wording().sentence(note)


PROBLEMS = {
    "required": N_("Enter a value."),
    "not_money": N_("Enter an amount in dollars, like 150 or $1,500.00."),
    "negative": N_("Enter an amount of 0 or more."),
    "too_large": N_("Enter an amount under $10,000,000."),
    "too_many_decimals": N_("Use dollars and cents, with no more than two digits after the "
                            "point."),
    "fraction_out_of_range": N_("Enter a share from 0 to 1, where 0.2 means 20 percent."),
    "not_a_number": N_("Enter a number."),
    "not_a_whole_number": N_("Enter a whole number."),
    # The limit is benefits.fields.MAX_NUMBER_TEXT (and benefits.money.MAX_TEXT); it is
    # written out so that every caller, with parameters or not, can use this message.
    "number_too_long": N_("This number is too long. Use 30 characters or fewer, with no "
                          "exponent, like 12 or 1500.00."),
    "not_text": N_("Enter text in quotation marks, not a number or a list."),
    "nul_character": N_("Remove the hidden NUL character from this text."),
    "too_long": N_("Use %(max)s characters or fewer."),
    "out_of_range": N_("Enter a number from %(min)s to %(max)s."),
    "invalid_choice": N_("Choose one of these: %(choices)s."),
    "not_true_or_false": N_("Use true or false."),
    "invalid_date": N_("Enter a real date as year-month-day, like 2026-11-02."),
    "date_out_of_range": N_("Enter a date from %(min)s to %(max)s."),
    "invalid_month_day": N_("Enter the month and day the plan year starts as MM-DD, like "
                            "01-01 or 07-01."),
    "met_above_total": N_("This is more than the total of %(total)s. Check both numbers."),
    "copay_and_coinsurance": N_("Enter a copay or a coinsurance, not both."),
    "cost_share_unknown": N_("We do not know what you pay for a therapy visit, so we cannot "
                             "say what a session costs. Ask the plan for the copay or "
                             "coinsurance for an outpatient mental-health visit, then enter "
                             "it. If you pay nothing after the deductible, enter 0 percent."),
    "deductible_unknown": N_("We do not know the deductible. Ask the plan for the yearly "
                             "deductible for mental-health care (enter 0 if there is none)."),
    "not_an_object": N_("Send a JSON object with the fields the documentation lists."),
    "no_negotiated_rate": N_("We have no negotiated rate for this therapist and code "
                             "%(service_code)s. Enter the plan's price instead."),
    "negotiated_rate_expired": N_("The negotiated rate we have for this therapist and code "
                                  "%(service_code)s ended on %(date)s, before the first "
                                  "session. Ask the plan for the price now and enter it."),
    "percentage_needs_billed": N_("This network pays a percent (%(percent)s) of the "
                                  "therapist's price. Enter the therapist's full price."),
    "no_benchmark": N_("We have no guide price for code %(service_code)s. Enter the plan's "
                       "price (the allowed amount)."),
}


def problem_text(error: FieldError) -> str:
    return wording().fill(PROBLEMS[error.code], error.params)
