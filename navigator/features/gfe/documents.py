"""A Good Faith Estimate as PDF blocks, in the reader's language (same facts as the page)."""

from __future__ import annotations

from flask_babel import gettext

from benefits.gfe import GoodFaithEstimate, ProviderEstimate
from navigator.core.i18n import current_lang, long_date, usd
from navigator.core.pdf import Block, render_pdf
from navigator.features.gfe.text import (
    FREQUENCY_LABELS,
    disclaimers,
    line_text,
    period,
    service_text,
    source_text,
)


def _label(label: str, value: str) -> Block:
    return Block("paragraph", gettext("%(label)s: %(value)s", label=label, value=value))


def _care(estimate: GoodFaithEstimate) -> list[Block]:
    first = long_date(estimate.first_date) if estimate.first_date else gettext(
        "Not scheduled yet")
    codes = ", ".join(estimate.diagnosis_codes) or gettext("None given")
    return [Block("heading", gettext("The care")),
            _label(gettext("Main service"), estimate.primary_service),
            _label(gettext("How often"), str(FREQUENCY_LABELS[estimate.frequency])),
            _label(gettext("First session"), first),
            _label(gettext("Time this estimate covers"), period(estimate)),
            _label(gettext("Diagnosis codes"), codes)]


def provider_role(provider: ProviderEstimate) -> str:
    if provider.convening:
        return gettext("Provider giving this estimate")
    return gettext("Other provider or facility")


def _provider(provider: ProviderEstimate) -> list[Block]:
    blocks = [Block("heading", f"{provider_role(provider)}: {provider.name}"),
              _label(gettext("NPI"), provider.npi),
              _label(gettext("Tax ID number (TIN)"), provider.tin),
              _label(gettext("Where the care is given"),
                     f"{provider.address}, {provider.state}")]
    blocks += [Block("item", f"{line.code} ({service_text(line.code)}): {line_text(line)}")
               for line in provider.lines]
    blocks.append(Block("paragraph", gettext("Expected total from this provider: %(total)s",
                                             total=usd(provider.total))))
    return blocks


def estimate_blocks(estimate: GoodFaithEstimate) -> list[Block]:
    """Every element 45 CFR 149.610(c) requires, in the order the page shows them."""
    blocks = [Block("title", gettext("Good Faith Estimate")),
              _label(gettext("Date of this estimate"), long_date(estimate.issued_on)),
              Block("heading", gettext("Patient")),
              _label(gettext("Name"), estimate.patient.name),
              _label(gettext("Date of birth"), long_date(estimate.patient.date_of_birth)),
              *_care(estimate)]
    for provider in estimate.providers:
        blocks += _provider(provider)
    blocks += [Block("heading", gettext("Total estimated cost")),
               Block("paragraph", usd(estimate.total)),
               Block("heading", gettext("Care that will be scheduled separately"))]
    blocks += [Block("item", item) for item in estimate.separately_scheduled] or [
        Block("paragraph", gettext("None listed."))]
    blocks.append(Block("heading", gettext("Your rights and this estimate")))
    blocks += [Block("item", text) for text in disclaimers(estimate)]
    blocks.append(Block("small", f"{source_text(estimate.source)} {estimate.source.url}"))
    return blocks


def estimate_pdf(estimate: GoodFaithEstimate) -> bytes:
    return render_pdf(estimate_blocks(estimate), gettext("Good Faith Estimate"), current_lang())
