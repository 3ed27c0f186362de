from __future__ import annotations

import pytest

import glossary
from glossary import fold, search

SPANISH = {"Deductible": "Deducible", "Coinsurance": "Coseguro"}


def to_spanish(text: str) -> str:
    return SPANISH.get(text, text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Deducible", "deducible"), ("DEDÚCIBLE", "deducible"), ("  Coseguro ", "coseguro"),
     ("Apelación", "apelacion"), ("Straße", "strasse")],
)
def test_fold_ignores_case_and_accents(text, folded):
    assert fold(text) == folded


def test_name_match_ranks_first():
    found = search(glossary.all_terms(), "deductible")
    assert found[0].slug == "deductible"
    assert len(found) > 1  # other terms mention deductibles too


@pytest.mark.parametrize(("query", "slug"), [("deducible", "deductible"),
                                             ("DEDÚCIBLE", "deductible"),
                                             ("coseguro", "coinsurance")])
def test_search_in_the_translated_language(query, slug):
    assert search(glossary.all_terms(), query, to_spanish)[0].slug == slug


def test_keywords_find_terms():
    assert "preauthorization" in [t.slug for t in search(glossary.all_terms(), "prior auth")]


def test_blank_query_and_nonsense_find_nothing():
    assert search(glossary.all_terms(), "   ") == []
    assert search(glossary.all_terms(), "zzqxj") == []
