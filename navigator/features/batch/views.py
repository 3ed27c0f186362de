"""/front-desk/batch: a day's appointments in, what to collect today out (a page or a CSV).

The upload is read in memory and answered in the same response; nothing is written down.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from flask import Blueprint, Response, abort, current_app, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, MultipleFileField
from wtforms import HiddenField

from benefits.batch import COLUMNS, MAX_ROWS, BatchFileError, RowProblem, decode, read_batch
from navigator.core.forms import BaseForm
from navigator.core.spreadsheet import csv_table, csv_text
from navigator.features.batch.run import (
    OUTPUT_COLUMNS,
    codes_text,
    file_name,
    read_plan_files,
    result_csv,
    run_batch,
)
from navigator.features.batch.text import COLUMN_HELP, problem_message, problem_text

bp = Blueprint("front_desk_batch", __name__, url_prefix="/front-desk")

NO_FILE = _l("Choose the CSV file with the day's appointments.")
TEMPLATE_ROWS = (
    {"patient": "AB-1042", "date": "2026-11-02", "code": "90837", "minutes": "55",
     "kind": "individual", "network": "in", "allowed_amount": "180.00", "deductible": "1500",
     "deductible_met": "0", "coinsurance": "20", "oop_max": "5000", "oop_met": "0"},
    {"patient": "CD-2210", "date": "2026-11-02", "minutes": "45", "kind": "individual",
     "allowed_amount": "120.00", "deductible": "0", "copay": "30", "oop_max": "3000"},
    {"patient": "EF-3301", "date": "2026-11-02", "code": "90837", "npi": "1234567893",
     "network_name": "Example PPO", "deductible": "500", "deductible_met": "500",
     "coinsurance": "10", "oop_max": "4000", "oop_met": "900"},
    {"patient": "GH-4410", "date": "2026-11-02", "code": "90791", "allowed_amount": "200.00",
     "file_271": "gh-4410.271"},
)


class BatchForm(BaseForm):
    appointments = FileField(_l("Appointments file (CSV)"),
                             render_kw={"accept": ".csv,text/csv,.txt"})
    files_271 = MultipleFileField(_l("271 files named in the file_271 column (optional)"),
                                  render_kw={"accept": ".271,.x12,.edi,.txt"})


class ResultsForm(BaseForm):
    """The answers sent back for a CSV copy, so nothing has to be kept between requests."""

    results = HiddenField()


def _upload_page(form: BatchForm, status: int = 200) -> ResponseReturnValue:
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    return render_template("batch/upload.html", form=form, columns=COLUMN_HELP,
                           max_rows=MAX_ROWS, max_kb=limit // 1024), status


def _csv_response(text: str, name: str) -> Response:
    return Response(text, mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{name}"'})


@bp.get("/batch")
def upload() -> ResponseReturnValue:
    return _upload_page(BatchForm())


@bp.get("/batch/template.csv")
def template() -> ResponseReturnValue:
    return _csv_response(csv_table(COLUMNS, TEMPLATE_ROWS), "appointments-template.csv")


@bp.post("/batch")
def estimate() -> ResponseReturnValue:
    form = BatchForm()
    upload = form.appointments.data if form.validate_on_submit() else None
    if upload is None or not file_name(upload):
        form.appointments.errors = [*form.appointments.errors, str(NO_FILE)]
        return _upload_page(form, 422)
    today = dt.date.today()
    try:
        text = decode(upload.read())
    except BatchFileError as error:
        form.appointments.errors = [problem_message(RowProblem(0, "", error.code,
                                                               error.params))]
        return _upload_page(form, 422)
    batch = read_batch(text, read_plan_files(form.files_271.data or []), today)
    if batch.file_problems:
        form.appointments.errors = [problem_text(p) for p in batch.file_problems]
        return _upload_page(form, 422)
    result = run_batch(batch, today)
    answers = result_csv(result)
    if request.form.get("output") == "csv":
        return _csv_response(answers, f"collect-today-{today.isoformat()}.csv")
    return render_template("batch/result.html", result=result, today=today,
                           codes_text=codes_text, problem_message=problem_message,
                           results_form=ResultsForm(results=answers))


@bp.post("/batch/results.csv")
def results_csv() -> ResponseReturnValue:
    """The answers the result page holds, as a file. Only our own columns go back out."""
    form = ResultsForm()
    rows = list(csv.reader(io.StringIO(form.results.data or ""))) \
        if form.validate_on_submit() else []
    if not rows or tuple(rows[0]) != OUTPUT_COLUMNS or len(rows) > MAX_ROWS + 1:
        abort(400)
    return _csv_response(csv_text(row[:len(OUTPUT_COLUMNS)] for row in rows),
                         f"collect-today-{dt.date.today().isoformat()}.csv")
