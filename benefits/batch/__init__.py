"""Batch estimates: a day's appointments from a CSV file, each checked and made ready to estimate.

Pure Python. The web layer reads any 271 files (`PlanFile`), prices rows that name a therapist
and network, runs the estimator on each appointment and words the problems.
"""

from benefits.batch.columns import COLUMNS, column_for
from benefits.batch.decode import MAX_ROWS, BatchFileError, decode
from benefits.batch.model import Appointment, Batch, PlanFile, RowProblem
from benefits.batch.reader import domain_problems, read_batch
from benefits.batch.why import why_notes

__all__ = ["COLUMNS", "MAX_ROWS", "Appointment", "Batch", "BatchFileError", "PlanFile",
           "RowProblem", "column_for", "decode", "domain_problems", "read_batch", "why_notes"]
