"""The analysis asks phonenumbers only about lines that can hold a Danish number: eight digits (at most four
other characters between two of them) whose first is 2-9. These tests pin that the cheap pre-check never
drops a line in which phonenumbers finds a number the analysis keeps."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from linter.analysis.analysis import _EIGHT_DIGITS


def _kept(text: str) -> list[str]:
    """What Analysis.phones keeps of phonenumbers' matches in one line."""
    found = phonenumbers.PhoneNumberMatcher(text, "DK", leniency=phonenumbers.Leniency.VALID)
    return [str(m.number.national_number) for m in found
            if m.number.country_code == 45 and len(str(m.number.national_number)) == 8]


@pytest.mark.parametrize("line", [
    "Tlf. 24 12 20 26", "Direkte: +45 70 11 22 33", "0045 86 12 34 56 (direkte)", "mobil 2412-2026",
    "Ring på 3 1 4 2 5 3 6 4", "Dato: 24.12.2026", "tlf.: (+45) 8612 3456", "Tlf. ２４ １２ ２０ ２６",
])
def test_a_line_with_a_danish_number_passes(line):
    assert _kept(line)
    assert _EIGHT_DIGITS.search(line)


@pytest.mark.parametrize("line", ["Dato: 03.03.2026", "Vedr.: Ole Hansen, f. 010203-1234",
                                  "Sendt: 12.03.2026 kl. 10:15", "Journalnr. 0123 4567", "Sagsnr. 1234567"])
def test_a_line_without_one_is_not_asked(line):
    assert not _kept(line)
    assert not _EIGHT_DIGITS.search(line)


def test_never_drops_a_line_phonenumbers_reads_a_number_in():
    pieces = [*"0123456789", *"0123456789", "2", "4", "8", " ", " ", "-", ".", "/", "(", ")", "+45 ", "0045 ", "+46 ",
              "tlf. ", "kl. ", "x", "ext. ", "lok. ", ", ", "og ", "\u00a0", "–", "２", "０", "1-"]
    rnd = random.Random(7)
    checked = 0
    for _ in range(6000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(6, 22)))
        if _kept(line):
            checked += 1
            assert _EIGHT_DIGITS.search(line), line
    assert checked > 200  # the invented lines do hold numbers
