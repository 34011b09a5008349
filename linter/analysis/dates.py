"""Danish dates in letters: "3. marts 2026", "den 03.03.2026", "3/3-2026", "03-03-2026",
"3. marts", "d. 3/3".

Used to tell a plan (a date after the letter's own date) from history ("sygemeldt
siden 2. januar"). A date without a year is its occurrence nearest the letter's date ("9. februar" in
a letter of December is next February, "15. december" in a letter of January last December).
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
        isinstance(data["week"].get(k), str) and data["week"][k].strip() for k in ("word", "year_joiner"))
    if not ok:
        raise ConfigError(f"{path}: months/month_abbreviations skal give hvert navn et månedstal 1-12, og week skal "
                          "have word og year_joiner",
                          f"{path}: months/month_abbreviations must map each name to a month 1-12, and week needs "
                          "word and year_joiner", code="bad-lexicon")
    return data


_DATES = _load_dates()
FULL_MONTHS: dict[str, int] = {w.lower(): n for w, n in _DATES["months"].items()}
MONTHS: dict[str, int] = {**FULL_MONTHS, **{w.lower(): n for w, n in _DATES["month_abbreviations"].items()}}
_ANY_MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_NAMED = re.compile(r"(?<!\d)(\d{1,2})\.\s*(" + _ANY_MONTH + r")\.?(?:\s+(\d{4}))?", re.I)
_NUMERIC = re.compile(r"(?<![\d.\-])(\d{1,2})([./-])(\d{1,2})[.\-/](\d{4}|\d{2})(?![\d\-])")
# "d. 24/4", "den 3/4": day/month with no year (after "d."/"den", so "VAS 7/10" is no date)
_DAY_MONTH = re.compile(r"\b(?:d\.|den)\s*(\d{1,2})/(\d{1,2})(?![\d/\-])", re.I)
_MONTH_YEAR = re.compile(r"\b(" + _ANY_MONTH + r")\s+(\d{4})\b", re.I)
# a month named alone ("i februar", "i løbet af maj"): only the full names, never "mar"/"jun"
_BARE_MONTH = re.compile(r"\b(" + "|".join(re.escape(m) for m in FULL_MONTHS) + r")\b", re.I)
# "uge 14", "i uge 7": an ISO week number (with no year, only with a letter date to place it in a year);
# "uge 22 i 2027", "uge 22, 2027", "uge 22/2027": the week of that year
_WEEK = re.compile(rf"\b{re.escape(_DATES['week']['word'])}\s+(\d{{1,2}})"
                   rf"(?:(?:\s+{re.escape(_DATES['week']['year_joiner'])}\s+|\s*[,/]\s*|\s+)(\d{{4}}))?\b", re.I)


def parse_date(text: str, today: dt.date | None = None, bare_month: bool = False) -> dt.date | None:
    """The first date in `text`; a day-less month ("maj 2026") is its last day, a week ("uge 14") its
    Sunday in the year nearest `today` (none without `today`). With `bare_month`,
    a month named alone ("i februar") is its nearest occurrence to `today`: less than six months
    before, it is history (its last day); otherwise the coming one."""
    m = _NAMED.search(text)
    if m:
        if m.group(3):
            return _make(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        return _nearest(today, MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _NUMERIC.search(text)
    if m:
        y = int(m.group(4))
        return _make(y + 2000 if y < 100 else y, int(m.group(3)), int(m.group(1)))
    m = _DAY_MONTH.search(text)
    if m:
        return _nearest(today, int(m.group(2)), int(m.group(1)))
    m = _MONTH_YEAR.search(text)
    if m:
        month = MONTHS[m.group(1).lower()]
        nxt = dt.date(int(m.group(2)) + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    m = _WEEK.search(text)
    if m and m.group(2):
        try:
            return dt.date.fromisocalendar(int(m.group(2)), int(m.group(1)), 7)
        except ValueError:
            return None  # no such week that year
    if m and today:
        return _nearest_week(today, int(m.group(1)))
    m = _BARE_MONTH.search(text) if bare_month and today else None
    if m and today:
        month = MONTHS[m.group(1).lower()]
        back = (today.month - month) % 12  # months since its last occurrence (0: this month)
        year = today.year if month <= today.month else today.year - 1
        if back == 0 or back >= 6:
            year = today.year if month >= today.month else today.year + 1
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return None


def _nearest_week(today: dt.date, week: int) -> dt.date | None:
    """The last day (Sunday) of ISO week `week` in the year that puts it nearest `today`."""
    def sunday(y: int) -> dt.date | None:
        try:
            return dt.date.fromisocalendar(y, week, 7)
        except ValueError:
            return None  # no week 53 that year
    return _closest(today, sunday)


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
