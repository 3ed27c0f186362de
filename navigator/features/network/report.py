"""What `flask ingest-tic` prints: what a load kept, skipped and replaced, or why it refused.

Operator output, in English like the other commands' output.
"""

from __future__ import annotations

from benefits.tic import ReadStats
from navigator.features.network.ingest import LoadReport
from navigator.features.network.sources import EmptyLoad, Source

REASONS = {
    "zero": "zero",
    "negative": "below zero",
    "not_a_number": "not a number",
    "placeholder": "a placeholder made of nines",
    "too_large": "too large to be a price",
}


def _rows(count: int, one: str = "row", many: str = "rows") -> str:
    return f"{count:,} {one if count == 1 else many}"


def _dated(source: Source) -> str:
    when = source.as_of or (source.loaded_at.date().isoformat() if source.loaded_at else "?")
    return f"{source.source} (dated {when}, {_rows(source.rows)})"


def not_prices(stats: ReadStats) -> list[str]:
    """Each skipped amount with its JSON path; past the listed ones, a count."""
    if not stats.not_prices_count:
        return []
    count = stats.not_prices_count
    lines = [f"{_rows(count, 'amount is', 'amounts are')} not a price and "
             f"{'was' if count == 1 else 'were'} skipped:"]
    lines += [f"  {skipped.json_path}: {skipped.amount} ({REASONS[skipped.reason]})"
              for skipped in stats.not_prices]
    rest = count - len(stats.not_prices)
    if rest:
        lines.append(f"  ... and {rest:,} more.")
    return lines


def loaded(report: LoadReport) -> list[str]:
    """The lines printed after a load that was swapped in."""
    stats, counts = report.stats, report.counts
    dated = f" (dated {report.as_of})" if report.as_of else ""
    lines = [f"Loaded {report.rows:,} rate rows from {report.source}{dated} into "
             f"{report.network!r}: {stats.items_kept:,} of {stats.items_seen:,} items kept, "
             f"{stats.bytes_read / 1e6:,.1f} MB in {report.seconds:,.1f} s."]
    if not report.rows:
        lines.append(f"It kept nothing: {report.source} is recorded with no rates.")
    lines.append(f"{report.network!r} now holds {len(report.sources)} "
                 f"{'source' if len(report.sources) == 1 else 'sources'}: "
                 + ", ".join(_dated(s) for s in report.sources) + ".")
    lines += not_prices(stats)
    if counts.expired:
        lines.append(f"{_rows(counts.expired, 'rate', 'rates')} had expired by "
                     f"{counts.today.isoformat()}: shown as expired, and never used to price "
                     "a session while a current rate exists.")
    if counts.tin_only:
        lines.append(f"{_rows(counts.tin_only, 'rate names', 'rates name')} a practice's tax "
                     "ID (TIN) and no clinician: they are shown for the clinicians this "
                     "network lists under that TIN.")
    if counts.nobody:
        lines.append(f"{_rows(counts.nobody, 'rate names', 'rates name')} neither a "
                     "clinician nor a TIN: no search can find them.")
    return lines


def refused(empty: EmptyLoad, codes: str | None) -> str:
    """Why an empty load changed nothing, and how to load it anyway."""
    stats = empty.stats
    why = ""
    if stats is not None:
        why = f" ({stats.items_kept:,} of {stats.items_seen:,} items have the codes we keep"
        why += f", {_rows(stats.not_prices_count, 'amount is', 'amounts are')} not a price)" \
            if stats.not_prices_count else ")"
    lines = [f"Nothing changed: {empty.source} has no rates to keep{why}."]
    if empty.replaced is not None and not empty.others:
        lines.append(f"Loading it would empty {empty.network!r}: its earlier copy "
                     f"{_dated(empty.replaced)} is all the network holds.")
    elif empty.replaced is not None:
        lines.append(f"Loading it would remove its earlier copy {_dated(empty.replaced)} "
                     f"from {empty.network!r}.")
    hint = "add --codes all to keep every billing code, or " if codes != "all" else ""
    lines.append(f"To load it, {hint}add --allow-empty to record it with nothing in it.")
    if stats is not None:
        lines += not_prices(stats)
    return "\n".join(lines)

