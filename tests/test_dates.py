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
    ("d. 24.4", dt.date(2026, 4, 24)),
    ("den 3.4.", dt.date(2026, 4, 3)),
    ("maj 2026", dt.date(2026, 5, 31)),
])
def test_date_forms(text, want):
    assert parse_date(text, TODAY) == want


@pytest.mark.parametrize("text", ["VAS 7/10", "24/7", "tlf. 23-45-67-89", "12-34-56-78", "kl. 10.30", "side 3/4"])
def test_not_dates(text):
    assert parse_date(text, TODAY) is None


def test_bare_month_is_its_nearest_occurrence():
    today = dt.date(2026, 3, 11)
    assert parse_date("i februar", today) is None  # only when asked for
    assert parse_date("har set hende i februar", today, bare_month=True) == dt.date(2026, 2, 28)
    assert parse_date("blev opereret i december", today, bare_month=True) == dt.date(2025, 12, 31)
    assert parse_date("forventes afsluttet i maj", today, bare_month=True) == dt.date(2026, 5, 31)
    assert parse_date("i marts", today, bare_month=True) == dt.date(2026, 3, 31)
    assert parse_date("til september", today, bare_month=True) == dt.date(2026, 9, 30)
    assert parse_date("mar", today, bare_month=True) is None
    # every full name counts, the four-letter ones too (they were left out while the list lived in code)
    assert parse_date("forventes afsluttet i juni", today, bare_month=True) == dt.date(2026, 6, 30)
    assert parse_date("blev opereret i juli", dt.date(2026, 11, 2), bare_month=True) == dt.date(2026, 7, 31)
    assert parse_date("jun", today, bare_month=True) is None


def test_month_names_come_from_the_lexicon():
    from linter.analysis import dates
    from linter.data import data_dir
    from linter.yamlio import load_yaml

    data = load_yaml(data_dir("lexicons") / "dates.yaml")
    assert dates.MONTHS == {**data["months"], **data["month_abbreviations"]}
    assert parse_date(f"{data['week']['word']} 22 {data['week']['year_joiner']} 2027") == dt.date(2027, 6, 6)


def test_a_date_inside_a_longer_date_is_that_day(check_text):
    """"marts 2026" inside "2. marts 2026" is the 2nd, a past date, not the end of March."""
    head = ("Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\n\n"
            "Lindeby, 11. marts 2026\n\nKære Sofie Berg\n\n")
    body = "Hanne blev indlagt den 2. marts 2026 og udskrevet den 6. marts 2026."
    res = check_text(head + body + "\n\nMed venlig hilsen\nMarie Jensen\n", profile="sundhed-til-job",
                     only={"sundhed.tidsplan"})
    assert [f.rule for f in res.findings] == ["sundhed.tidsplan"]
    res = check_text(head + body.replace("6. marts 2026", "6. april 2026") + "\n\nMed venlig hilsen\nMarie Jensen\n",
                     profile="sundhed-til-job", only={"sundhed.tidsplan"})
    assert res.findings == []


def test_day_without_year_is_its_nearest_occurrence():
    # a letter of December asks for an answer before a meeting in February: next year's February
    december = dt.date(2026, 12, 2)
    assert parse_date("inden samtalen den 9. februar", december) == dt.date(2027, 2, 9)
    assert parse_date("d. 9/2", december) == dt.date(2027, 2, 9)
    assert parse_date("den 20. december", december) == dt.date(2026, 12, 20)
    # a letter of January about an event in December: last December (history)
    january = dt.date(2026, 1, 10)
    assert parse_date("blev scannet den 15. december", january) == dt.date(2025, 12, 15)
    assert parse_date("den 3. januar", january) == dt.date(2026, 1, 3)
    # a written year is kept as written, also when it is far away
    assert parse_date("9. februar 2026", december) == dt.date(2026, 2, 9)
    assert parse_date("den 9. februar") is None  # no letter date, no year: unknown


def test_a_week_is_its_sunday_in_the_nearest_year():
    today = dt.date(2026, 3, 2)  # week 10
    assert parse_date("i uge 7", today) == dt.date(2026, 2, 15)  # past: history
    assert parse_date("inden uge 14", today) == dt.date(2026, 4, 5)
    assert parse_date("uge 10", today) == dt.date(2026, 3, 8)  # this week is still ahead
    assert parse_date("i uge 2", dt.date(2026, 12, 20)) == dt.date(2027, 1, 17)  # next year's week 2
    assert parse_date("uge 14") is None  # no letter date, no year
    assert parse_date("ugeavisen 14", today) is None


@pytest.mark.parametrize("text", ["slutter i uge 22 i 2027", "uge 22, 2027", "i uge 22/2027", "uge 22 2027"])
def test_a_week_with_its_year_is_that_years_week(text):
    # in a December letter, "uge 22 i 2027" is not the nearest week 22 (May 2026) but the one of 2027
    assert parse_date(text, dt.date(2026, 12, 6)) == dt.date(2027, 6, 6)
    assert parse_date(text) == dt.date(2027, 6, 6)  # the year places it without a letter date


def test_a_week_number_followed_by_other_numbers_is_no_year():
    today = dt.date(2026, 3, 1)
    assert parse_date("uge 14 og 15", today) == dt.date(2026, 4, 5)
    assert parse_date("i uge 53 i 2027") is None  # 2027 has no week 53


@pytest.mark.parametrize("text", ["uge 10-16", "uge 10 - 16", "uge 10–16", "uge 10 til uge 16", "uge 10 til 16"])
def test_a_range_of_weeks_is_dated_by_its_last_week(text):
    # in a letter of week 12, a plan of weeks 10-16 runs past the letter's date: it is no history
    assert parse_date(text, dt.date(2026, 3, 18)) == dt.date(2026, 4, 19)


def test_a_range_of_weeks_with_its_year():
    assert parse_date("uge 10-16 i 2027", dt.date(2026, 3, 18)) == dt.date(2027, 4, 25)
    assert parse_date("uge 10-16, 2027") == dt.date(2027, 4, 25)
    assert parse_date("uge 2-8", dt.date(2026, 3, 18)) == dt.date(2026, 2, 22)  # ended: history
    assert parse_date("uge 10-2026", dt.date(2026, 3, 18)) == dt.date(2026, 3, 8)  # no range, no year


def test_a_bare_week_is_read_as_a_bare_month_is():
    # one rule for a month or a week with no year: less than six calendar months back is history, otherwise
    # the coming one. In a letter of 2 March, September (6 months back) is the coming one, and so is its week 37,
    # which lies nearer last September (169 days back) than the coming one (195 days ahead)
    march = dt.date(2026, 3, 2)
    assert parse_date("afsluttes i september", march, bare_month=True) == dt.date(2026, 9, 30)
    assert parse_date("afsluttes uge 37", march) == dt.date(2026, 9, 13)
    # October (5 months back) is history, as a month and as its week 40
    assert parse_date("afsluttet i oktober", march, bare_month=True) == dt.date(2025, 10, 31)
    assert parse_date("afsluttet uge 40", march) == dt.date(2025, 10, 5)
    # a week that has ended this month is history (a month still running is not: its last day is ahead)
    assert parse_date("uge 11", dt.date(2026, 3, 20)) == dt.date(2026, 3, 15)
    assert parse_date("i marts", dt.date(2026, 3, 20), bare_month=True) == dt.date(2026, 3, 31)


def test_a_day_and_month_after_an_appointment_is_a_date():
    from linter.data import data_dir
    from linter.yamlio import load_yaml

    today = dt.date(2026, 3, 2)
    assert parse_date("første tid er 12/6", today) == dt.date(2026, 6, 12)
    assert parse_date("ny kontrol 20/4", today) == dt.date(2026, 4, 20)
    assert parse_date("slut ca. 28/4", today) == dt.date(2026, 4, 28)
    assert parse_date("VAS 7/10", today) is None
    assert parse_date("arbejdstid 2/3", today) is None  # inside a word: no appointment
    words = load_yaml(data_dir("lexicons") / "dates.yaml")["day_month"]["appointments"]
    assert all(parse_date(f"{w} 12/6", today) == dt.date(2026, 6, 12) for w in words)


LETTER_HEAD = ("Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\n\n"
               "Lindeby, {date}\n\nKære Sofie Berg\n\n")


@pytest.mark.parametrize(("date", "body", "addressed"), [
    # a range of weeks running past the letter's date is a plan; one that has ended is history
    ("18. marts 2026", "Holdtræning uge 10-16, derefter status.", True),
    ("18. marts 2026", "Holdtræning uge 10 til uge 16, derefter status.", True),
    ("18. marts 2026", "Holdtræning uge 2-8 er gennemført.", False),
    # a bare week as a bare month: week 37 in a letter of 2 March is the coming September, week 40 last October
    ("2. marts 2026", "Forløbet forventes afsluttet uge 37.", True),
    ("2. marts 2026", "Forløbet blev afsluttet uge 40.", False),
    ("2. marts 2026", "Afsluttet uge 40.", False),
])
def test_weeks_in_a_dated_letter(check_text, date, body, addressed):
    res = check_text(LETTER_HEAD.format(date=date) + body + "\n\nMed venlig hilsen\nMarie Jensen\n",
                     profile="sundhed-til-job", only={"sundhed.tidsplan"})
    assert (res.findings == []) == addressed
