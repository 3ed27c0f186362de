import pytest

from benefits.npi import valid_npi


@pytest.mark.parametrize(("npi", "ok"), [
    ("1234567893", True),   # CMS's worked example: check digit 3
    ("1234567890", False),  # wrong check digit
    ("123456789", False),   # nine digits
    ("12345678933", False),  # eleven digits
    ("abcdefghij", False),
    ("3234567893", False),  # NPIs start with 1 or 2
    (" 1234567893 ", True),  # spaces around are ignored
    ("123456789²", False),  # "²" passes str.isdigit(); int() once raised on it
    ("1٢٣٤٥٦٧٨٩٣", False),  # Arabic-Indic digits are not an NPI
])
def test_npi_check_digit(npi, ok):
    assert valid_npi(npi) is ok
