"""`flask --app navigator explain-271 FILE`: a 271 in plain words, for front desks."""

from __future__ import annotations

import click
from flask import Blueprint, current_app

from navigator.features.benefits_check.explain import explain_lines, read_file

# A blueprint with no pages: it carries this feature's commands to the top-level `flask`.
bp = Blueprint("benefits_cli", __name__, cli_group=None)


@bp.cli.command("explain-271")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--lang", default="en", show_default=True,
              help="The language of the explanation (one of the site's languages).")
@click.option("--json", "as_json", is_flag=True, help="Print the normalized JSON instead.")
def explain_271_command(path: str, lang: str, as_json: bool) -> None:
    """Explain a 271 eligibility response in plain words (for front desks).

    Exits 1 when the file cannot be read, or is a 999 or TA1 acknowledgement instead of a
    271 (then it says what the clearinghouse rejected, and why).
    """
    languages = current_app.config["LANGUAGES"]
    if lang not in languages:
        raise click.BadParameter(f"use one of {', '.join(languages)}", param_hint="--lang")
    code, lines = explain_lines(read_file(path), lang, as_json)
    click.echo("\n".join(lines))
    if code:
        raise SystemExit(code)
