"""Transparency-in-Coverage machine-readable files: a streaming reader. Pure Python: no Flask."""

from __future__ import annotations

from benefits.tic.codes import BEHAVIORAL_HEALTH_CODES, keep_behavioral
from benefits.tic.model import FileInfo, Rate, ReadStats, TicError, TocPlan
from benefits.tic.prices import NotAPrice, expired, price_problem
from benefits.tic.reader import read_in_network
from benefits.tic.storage import IN_MEMORY, Storage
from benefits.tic.toc import read_table_of_contents

__all__ = ["BEHAVIORAL_HEALTH_CODES", "FileInfo", "Rate", "ReadStats", "TicError", "TocPlan",
           "IN_MEMORY", "NotAPrice", "Storage", "expired", "keep_behavioral", "price_problem",
           "read_in_network", "read_table_of_contents"]
