"""The Medicare fee schedule an operator loaded, handed to the domain for each request.

`flask fees load` writes the schedule to the instance folder (never into the package). Each
request reads it (once per change of the file) and gives it to benefits.estimate.fees, so the
estimator, the benefits check and the batch tool all price with the same year. Without the
file, or with one that cannot be read, the packaged schedule is used and a warning logged.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from flask import Flask, current_app

from benefits.estimate import fees
from benefits.estimate.fees import FeeDataError, FeeSchedule

FILE_NAME = "medicare_fees.json"
_CACHE = "navigator.fee_schedule"


def schedule_path(app: Flask) -> Path:
    """Where the operator's schedule lives: MEDICARE_FEES_PATH, else the instance folder."""
    configured = app.config.get("MEDICARE_FEES_PATH")
    return Path(configured) if configured else Path(app.instance_path) / FILE_NAME


def operator_schedule(app: Flask) -> FeeSchedule | None:
    """The operator's schedule, or None when there is none or it cannot be read."""
    path = schedule_path(app)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = app.extensions.get(_CACHE)
    if cached is not None and cached[0] == key:
        return cached[1]
    try:
        schedule: FeeSchedule | None = fees.load_fee_schedule(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, FeeDataError) as error:  # JSON errors are ValueErrors
        app.logger.warning("Ignoring the fee schedule in %s: %s", path, error)
        schedule = None
    app.extensions[_CACHE] = (key, schedule)
    return schedule


def active_schedule(app: Flask) -> FeeSchedule:
    """The schedule requests use: the operator's when there is one, else the packaged one."""
    return operator_schedule(app) or fees.packaged_fee_schedule()


def write_schedule(app: Flask, document: dict[str, Any]) -> Path:
    """Check `document` as the site will read it, then replace the operator's file at once."""
    text = json.dumps(document, indent=2) + "\n"
    fees.load_fee_schedule(text)  # raises FeeDataError before anything is written
    path = schedule_path(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    partial.write_text(text, encoding="utf-8")
    # A rename is atomic, so a request never reads half a file.
    os.replace(partial, path)
    return path


def _use_operator_schedule() -> None:
    fees.use_fee_schedule(operator_schedule(current_app))


def _back_to_packaged(_error: BaseException | None = None) -> None:
    fees.use_fee_schedule(None)


def init_app(app: Flask) -> None:
    app.before_request(_use_operator_schedule)
    app.teardown_request(_back_to_packaged)
