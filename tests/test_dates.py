"""Danish dates in letters (linter/analysis/dates.py): the forms writers use, and what is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from linter.analysis.dates import parse_date

TODAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(("text", "want"), [
    ("3. marts 2026", dt.date(2026, 3, 3)),
    ("den 3. april", dt.date(2026, 4, 3)),
    ("03.04.2026", dt.date(2026, 4, 3)),
    ("3/4-2026", dt.date(2026, 4, 3)),
    ("03-04-2026", dt.date(2026, 4, 3)),
    ("3.4.26", dt.date(2026, 4, 3)),
    ("d. 24/4", dt.date(2026, 4, 24)),
    ("den 3/4", dt.date(2026, 4, 3)),
    ("maj 2026", dt.date(2026, 5, 31)),
])
def test_date_forms(text, want):
    assert parse_date(text, TODAY) == want


@pytest.mark.parametrize("text", ["VAS 7/10", "24/7", "tlf. 23-45-67-89", "12-34-56-78", "kl. 10.30", "side 3/4"])
def test_not_dates(text):
    assert parse_date(text, TODAY) is None
