"""The ICD-10-CM code set: which diagnosis codes exist, which can be billed, and its year.

Pure Python. The codes come from the simple-icd-10-cm package (MIT licence), which ships the
CDC's code list offline. We read that package's own data file through importlib.metadata
rather than import the package: importing it builds a tree of every code from its XML
(about 1.5 s and 190 MB in each worker), while its plain code list is under 1 MB and says
all this check needs. tests/benefits/coding/test_icd10cm.py checks our reading against the
package's own answers, so an upgrade that changes the file fails there first.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import StrEnum
from importlib import metadata

DISTRIBUTION = "simple-icd-10-cm"
# The package names its list after the CDC update it holds: code-list-April-2026.txt.
CODE_LIST = re.compile(r"^simple_icd_10_cm/data/code-list-([A-Za-z]+)-(\d{4})\.txt$")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# Lines of the list are chapters ("5"), blocks ("F40-F48") and codes; only codes have this
# shape. The second character is not always a digit: FY2026 added QA0 (genetic causes of
# neurodevelopmental disorders).
CODE = re.compile(r"^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$")


class Status(StrEnum):
    BILLABLE = "billable"  # a code with nothing more specific under it
    HEADER = "header"  # a category or subcategory heading: a claim needs a code under it
    UNKNOWN = "unknown"  # not in the code set


def fiscal_year(day: dt.date) -> int:
    """The federal fiscal year of a day: FY2027 runs from 1 October 2026 to 30 September 2027.
    A new ICD-10-CM code set takes effect each 1 October (CMS)."""
    return day.year + 1 if day.month >= 10 else day.year


def without_point(code: str) -> str:
    """F41.1 -> F411. A point anywhere but after the third character (F4.1, F41.) is kept,
    so the code is not found: F4.1 is a typing mistake, not the heading F41."""
    code = code.strip().upper()
    head, point, tail = code.partition(".")
    return head + tail if point and len(head) == 3 and tail else code


def with_point(code: str) -> str:
    """F411 -> F41.1, as people write it; a category (F41) has no point."""
    bare = without_point(code)
    return f"{bare[:3]}.{bare[3:]}" if len(bare) > 3 else bare


@dataclass(frozen=True, slots=True)
class CodeSet:
    release: dt.date  # the first day of the CDC update the list holds
    codes: tuple[str, ...]  # sorted, without points

    @property
    def fiscal_year(self) -> int:
        return fiscal_year(self.release)

    def _below(self, bare: str) -> int:
        """Where the first code that extends `bare` would be in the sorted list."""
        return bisect.bisect_right(self.codes, bare)

    def status(self, code: str) -> Status:
        bare = without_point(code)
        index = bisect.bisect_left(self.codes, bare)
        if index == len(self.codes) or self.codes[index] != bare:
            return Status.UNKNOWN
        after = index + 1
        if after < len(self.codes) and self.codes[after].startswith(bare):
            return Status.HEADER
        return Status.BILLABLE

    def billable_under(self, code: str, most: int = 5) -> tuple[str, ...]:
        """The first billable codes under a heading, written with their point."""
        bare = without_point(code)
        found: list[str] = []
        for candidate in self.codes[self._below(bare):]:
            if not candidate.startswith(bare) or len(found) == most:
                break
            if self.status(candidate) is Status.BILLABLE:
                found.append(with_point(candidate))
        return tuple(found)


def read_code_set(name: str, text: str) -> CodeSet:
    """A code set from the package's list file: its name gives the update, its lines the codes."""
    match = CODE_LIST.match(name)
    if match is None or match.group(1).lower() not in MONTHS:
        raise ValueError(f"not a code list of {DISTRIBUTION}: {name}")
    release = dt.date(int(match.group(2)), MONTHS.index(match.group(1).lower()) + 1, 1)
    codes = {line.split(" ")[0].strip() for line in text.splitlines()}
    return CodeSet(release, tuple(sorted(code for code in codes if CODE.match(code))))


@functools.cache
def code_set() -> CodeSet:
    """The installed package's code set, read once per process (packaged data, no network)."""
    lists = [path for path in metadata.files(DISTRIBUTION) or ()
             if CODE_LIST.match(str(path))]
    if len(lists) != 1:
        raise LookupError(f"{DISTRIBUTION} has {len(lists)} code lists, expected one")
    return read_code_set(str(lists[0]), lists[0].read_text(encoding="utf-8"))
