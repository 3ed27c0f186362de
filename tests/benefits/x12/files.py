"""The 271 fixtures written for these tests, and the public samples beside the repository."""

from __future__ import annotations

from pathlib import Path

from benefits.x12 import Read271, read_271

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples" / "x12-271"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")


def read_fixture(name: str) -> Read271:
    result = read_271((FIXTURES / name).read_bytes())
    assert result.error is None, result.error
    return result


def fixture_names() -> list[str]:
    return sorted(path.name for path in FIXTURES.glob("*.x12"))
