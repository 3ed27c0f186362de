"""The test client checks every HTML page it receives, so a broken page fails any test."""

from __future__ import annotations

import pytest
from flask import Blueprint

GOOD = ('<!doctype html><html lang="en"><head><title>Fine</title></head><body>'
        '<a href="#main">Skip</a><header></header><main id="main"><h1>Fine</h1></main>'
        "<footer></footer></body></html>")


@pytest.mark.parametrize(("broken", "problem"), [
    (GOOD.replace("<h1>Fine</h1>", ""), "expected one <h1>"),
    (GOOD.replace(' lang="en"', ""), "no lang"),
    (GOOD.replace("</main>", '<input id="q" name="q"></main>'), "unlabelled field"),
    (GOOD.replace("</main>", "<script>alert(1)</script></main>"), "inline script or style"),
    (GOOD.replace("<main", '<main style="color: red"'), "inline script or style"),
    (GOOD.replace("</main>", '<p id="main"></p></main>'), "duplicate ids"),
])
def test_a_broken_page_fails_the_request(make_app, broken, problem):
    app = make_app()
    pages = Blueprint("probe", __name__)
    pages.add_url_rule("/good", "good", lambda: GOOD)
    pages.add_url_rule("/broken", "broken", lambda: broken)
    app.register_blueprint(pages)
    client = app.test_client()
    assert client.get("/good").status_code == 200
    with pytest.raises(AssertionError, match=problem):
        client.get("/broken")
