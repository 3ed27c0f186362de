"""CSV files that a spreadsheet opens as plain data, never as formulas (CSV injection).

Following the OWASP guidance on CSV injection:
- a cell that starts with = + - @, a tab or a carriage return gets a leading apostrophe, which
  spreadsheets read as "this is text";
- a spreadsheet set to split on ; or a tab (or one that ignores quotes) would start a new cell
  inside "AB;=1+1", where the leading apostrophe does not reach. So wherever a separator
  (, ; tab or a line break) is followed by one of those characters, an apostrophe goes after
  the separator too, and the cell gets the leading one: "AB;=1+1" goes out as "'AB;'=1+1";
- every cell is wrapped in double quotes (inner quotes doubled), so a spreadsheet that honours
  quotes sees one cell whatever it splits on.
A plain number such as -12.50 (a refund, a credit) is left as it is: it cannot hold a
formula, and an apostrophe would turn it into text a spreadsheet cannot add up. Neutralising
a cell twice changes nothing, so a file handed back to us can go out again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A separator (and any spaces) right before a character that starts a formula.
SPLIT_THEN_FORMULA = re.compile(r"([,;\t\r\n] *)(?=[=+\-@\t\r])")
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def safe_cell(value: object) -> str:
    """The cell's text, with apostrophes where a spreadsheet could start a formula."""
    text = "" if value is None else str(value)
    if PLAIN_NUMBER.fullmatch(text):
        return text
    text, inside = SPLIT_THEN_FORMULA.subn(r"\1'", text)
    if (inside or text.startswith(FORMULA_START)) and not text.startswith("'"):
        return f"'{text}"
    return text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text, every cell neutralised and quoted."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def csv_table(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """A header row, then one row per mapping (missing keys are empty cells)."""
    return csv_text([columns, *([row.get(name, "") for name in columns] for row in rows)])
