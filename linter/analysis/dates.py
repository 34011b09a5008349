"""Danish dates in letters: "3. marts 2026", "den 03.03.2026", "3/3-2026", "03-03-2026",
"3. marts", "d. 3/3".

Used to tell a plan (a date after the letter's own date) from history ("sygemeldt
siden 2. januar"). A date without a year is its occurrence nearest the letter's date ("9. februar" in
a letter of December is next February, "15. december" in a letter of January last December). A month or
a week with no year is read by one rule, the bare month's: less than six months back it is history,
otherwise the coming one. A range of weeks ("uge 10-16") is dated by its last week: a plan running past
the letter's date is no history.
"""

from __future__ import annotations

import datetime as dt
import re


def _load_dates() -> dict:
    """lexicons/dates.yaml, checked: month names and abbreviations to 1-12, the week date's words."""
    from linter.data import data_dir
    from linter.errors import ConfigError
    from linter.yamlio import load_yaml

    path = data_dir("lexicons") / "dates.yaml"
    data = load_yaml(path)
    ok = isinstance(data, dict) and all(
        isinstance(data.get(k), dict) and data[k] and all(
            isinstance(w, str) and w and isinstance(n, int) and 1 <= n <= 12 for w, n in data[k].items())
        for k in ("months", "month_abbreviations")) and isinstance(data.get("week"), dict) and all(
        isinstance(data["week"].get(k), str) and data["week"][k].strip()
        for k in ("word", "year_joiner", "range_joiner")) \
        and isinstance(data.get("day_month"), dict) and all(
            isinstance(data["day_month"].get(k), list) and data["day_month"][k]
            and all(isinstance(w, str) and w.strip() for w in data["day_month"][k])
            for k in ("leads", "appointments", "joiners"))
    if not ok:
        raise ConfigError(f"{path}: months/month_abbreviations skal give hvert navn et månedstal 1-12, og week skal "
                          "have word, year_joiner og range_joiner, og day_month leads, appointments og joiners",
                          f"{path}: months/month_abbreviations must map each name to a month 1-12, and week needs "
                          "word, year_joiner and range_joiner, and day_month leads, appointments and joiners",
                          code="bad-lexicon")
    return data


_DATES = _load_dates()
FULL_MONTHS: dict[str, int] = {w.lower(): n for w, n in _DATES["months"].items()}
MONTHS: dict[str, int] = {**FULL_MONTHS, **{w.lower(): n for w, n in _DATES["month_abbreviations"].items()}}
_ANY_MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
# (each opens with its first digit and asks after it what stands before it, `\d(?<![\d.\-]\d)\d?` for
# `(?<![\d.\-])\d{1,2}`: the same matches, but a search skips to the next digit at once instead of trying the
# look-behind at every character; tests/test_s27_s27speed.py)
_NAMED = re.compile(r"(\d(?<!\d\d)\d?)\.\s*(" + _ANY_MONTH + r")\.?(?:\s+(\d{4}))?", re.I)
_NUMERIC = re.compile(r"(\d(?<![\d.\-]\d)\d?)([./-])(\d{1,2})[.\-/](\d{4}|\d{2})(?![\d\-])")
# a range of numeric dates ("01.02.2026–30.04.2026", "1.2.2026 - 30.4.2026", "1/2 2026 til 30/4 2026" is not one) is
# dated by its end: a treatment period that began before the letter and ends after it is a plan ahead
# (the word joining the two ends is the lexicon's range joiner, as in "uge 10 til 16")
_NUMERIC_RANGE = re.compile(r"\d(?<![\d.\-]\d)\d?[./]\d{1,2}[./](?:\d{4}|\d{2})? ?(?:[–—-]|"
                            + re.escape(_DATES["week"]["range_joiner"].strip()) + r") ?"
                            r"(\d{1,2})([./-])(\d{1,2})[.\-/](\d{4}|\d{2})(?![\d\-])")
# "d. 24/4", "den 3/4", "første tid er 12/6": day/month with no year, only after a lead word or an appointment
# (lexicon `day_month`), so "VAS 7/10" is no date


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DM = _DATES["day_month"]
# the lead words, a weekday's among them ("fra mandag 14.12."; lexicon `day_month.leads_weekday`)
_LEADS = [*_DM["leads"], *_DM.get("leads_weekday", [])]
_DAY_MONTH = re.compile(rf"(?<!\w)(?:(?:{_alternatives(_LEADS)})|(?:{_alternatives(_DM['appointments'])})"
                        rf"(?:\s*(?:{_alternatives(_DM['joiners'])}))*)\s*(\d{{1,2}})/(\d{{1,2}})(?![\d/\-])", re.I)
# "d. 8.6", "den 3.4.": the same day/month with a dot, only after a lead word ("kontrol 2.5" could be a measure)
_DAY_MONTH_DOT = re.compile(rf"(?<!\w)(?:{_alternatives(_LEADS)})\s*(\d{{1,2}})\.(\d{{1,2}})\.?(?![\d/\-.]|\.\d)",
                            re.I)
_MONTH_YEAR = re.compile(r"\b(" + _ANY_MONTH + r")\s+(\d{4})\b", re.I)
# a month named alone ("i februar", "i løbet af maj"): only the full names, never "mar"/"jun"
_BARE_MONTH = re.compile(r"\b(" + "|".join(re.escape(m) for m in FULL_MONTHS) + r")\b", re.I)
# "uge 14", "i uge 7": an ISO week number (with no year, only with a letter date to place it in a year);
# "uge 22 i 2027", "uge 22, 2027", "uge 22/2027": the week of that year; a range "uge 10-16", "uge 10 - 16",
# "uge 10 til uge 16", "uge 10 til 16" (its second week in group 2), also with its year ("uge 50-2 2027": the
# last week's year)
_W = _DATES["week"]
_WEEK = re.compile(rf"\b{re.escape(_W['word'])}\s+(\d{{1,2}})"
                   rf"(?:(?:\s*[-–]\s*|\s+{re.escape(_W['range_joiner'])}\s+(?:{re.escape(_W['word'])}\s+)?)"
                   rf"(\d{{1,2}})(?!\d))?"
                   rf"(?:(?:\s+{re.escape(_W['year_joiner'])}\s+|\s*[,/]\s*|\s+)(\d{{4}}))?\b", re.I)


def parse_date(text: str, today: dt.date | None = None, bare_month: bool = False) -> dt.date | None:
    """The first date in `text`; a day-less month ("maj 2026") is its last day, a week ("uge 14") its
    Sunday, a range of weeks ("uge 10-16") its last week's Sunday; a week with no year needs `today` (none
    without it) and is read as a bare month is. With `bare_month`, a month named alone ("i februar") is
    read against `today`: less than six months back, it is history (its last day); otherwise the coming one."""
    m = _NAMED.search(text)
    if m:
        if m.group(3):
            return _make(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        return _nearest(today, MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _NUMERIC_RANGE.search(text) or _NUMERIC.search(text)
    if m:
        y = int(m.group(4))
        return _make(y + 2000 if y < 100 else y, int(m.group(3)), int(m.group(1)))
    m = _DAY_MONTH.search(text) or _DAY_MONTH_DOT.search(text)
    if m:
        return _nearest(today, int(m.group(2)), int(m.group(1)))
    m = _MONTH_YEAR.search(text)
    if m:
        month = MONTHS[m.group(1).lower()]
        nxt = dt.date(int(m.group(2)) + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    m = _WEEK.search(text)
    if m:
        last = int(m.group(2) or m.group(1))  # a range is dated by its last week
        if m.group(3):
            try:
                return dt.date.fromisocalendar(int(m.group(3)), last, 7)
            except ValueError:
                return None  # no such week that year
        if today:
            return _bare_week(today, last)
    m = _BARE_MONTH.search(text) if bare_month and today else None
    if m and today:
        month = MONTHS[m.group(1).lower()]
        return _bare(today, lambda y: dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return None


def _bare_week(today: dt.date, week: int) -> dt.date | None:
    """The last day (Sunday) of ISO week `week` with no year, read as a bare month is (`_bare`), by the month
    its Thursday (the day ISO places a week's year by) falls in."""
    def sunday(y: int) -> dt.date | None:
        try:
            return dt.date.fromisocalendar(y, week, 7)
        except ValueError:
            return None  # no week 53 that year
    return _bare(today, sunday, lambda d: d - dt.timedelta(days=3))


def _bare(today: dt.date, in_year, month_of=lambda d: d) -> dt.date | None:
    """A month or week with no year (`in_year(y)` its last day in year y, or None): its last occurrence that
    has ended, when that lies less than six calendar months back (history); otherwise its coming occurrence
    (this month or week included). `month_of` gives the day whose month counts."""
    found = [x for y in (today.year - 1, today.year, today.year + 1) if (x := in_year(y)) is not None]
    past = [x for x in found if x < today]
    if past:
        last = max(past)
        when = month_of(last)
        if (today.year * 12 + today.month) - (when.year * 12 + when.month) < 6:
            return last
    coming = [x for x in found if x >= today]
    return min(coming) if coming else None


def _nearest(today: dt.date | None, mo: int, d: int) -> dt.date | None:
    """A day and month with no year: the occurrence nearest `today` (last, this or next year)."""
    return _closest(today, lambda y: _make(y, mo, d)) if today else None


def _closest(today: dt.date, in_year) -> dt.date | None:
    """Of `in_year(y)` for last, this and next year, the date nearest `today`."""
    found = [x for y in (today.year - 1, today.year, today.year + 1) if (x := in_year(y)) is not None]
    return min(found, key=lambda x: abs((x - today).days)) if found else None


def _make(y: int | None, mo: int, d: int) -> dt.date | None:
    if y is None:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None
