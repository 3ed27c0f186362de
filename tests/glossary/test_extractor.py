from __future__ import annotations

import io

from glossary.babel_extract import extract_terms
from glossary.terms import TEXT_FIELDS

SAMPLE = b'''
[[term]]
slug = "copayment"
term = "Copayment"
definition = "A set amount."
example = "You pay $30."
why = "Therapy copays add up."
related = ["deductible"]
keywords = "copay"
source = "Uniform Glossary"
source_url = "https://example.org/"
'''


def test_extractor_yields_every_text_field_with_the_slug_as_comment():
    found = list(extract_terms(io.BytesIO(SAMPLE), None, None, {}))
    assert [message for _, _, message, _ in found] == [
        "Copayment", "A set amount.", "You pay $30.", "Therapy copays add up.", "copay",
        "Uniform Glossary"]
    assert [comments for *_, comments in found][0] == ["glossary copayment.term"]
    assert len(found) == len(TEXT_FIELDS)
