"""Content classes found by unseen letters in unusual wording: an explicit "no accommodation" said of what the
workplace need not change (sundhed.skaanehensyn), and a purpose as the basis or starting point of the case's
plan (job.formaal). Invented sentences only."""

from __future__ import annotations

import pytest

HEALTH = ("Fysioterapi Vestbyen\nKirkegade 4, 7100 Vesthavn\n\nTil Jobcenter Vesthavn\n\nVesthavn, 2. marts 2026\n\n"
          "Kære Ole\n\nKim Lund har givet samtykke til, at jeg skriver. Han er tømrer.\n\n{s}\n\n"
          "Venlig hilsen\nTrine Bak\nFysioterapeut\nTlf. 61 22 33 44\ntrine@fysiovestbyen.dk\n")
JOB = ("Jobcenter Vesthavn\nTorvet 2, 7100 Vesthavn\n\nVesthavn, 2. marts 2026\n\nKære Trine Bak\n\n"
       "Kim Lund har givet samtykke til, at jeg skriver. Hvor meget kan han løfte?\n\n{s}\n\n"
       "Svar venligst senest den 20. marts 2026.\n\nMed venlig hilsen\nPernille Thorsen\nSagsbehandler\n"
       "Tlf. 72 14 55 90\npeth@vesthavn.dk\n")


def _fires(check_text, letter: str, s: str, rule: str, profile: str) -> bool:
    res = check_text(letter.format(s=s), profile=profile)
    return any(f.rule == rule for f in res.findings)


@pytest.mark.parametrize("s", [
    "Hans mester behøver ikke lave noget om, når han kommer tilbage.",
    "Arbejdsgiveren skal ikke ændre på noget i hans hverdag.",
    "Firmaet behøver ikke at tage særlige hensyn til ham.",
    "Værkstedet behøver ikke tilpasse opgaverne for hans skyld.",
])
def test_what_the_workplace_need_not_change_is_an_explicit_none(check_text, s):
    assert not _fires(check_text, HEALTH, s, "sundhed.skaanehensyn", "sundhed-til-job")


@pytest.mark.parametrize("s", [
    "Han har ondt i lænden, når han bærer tunge plader.",
    "Lederen behøver ikke at tage stilling til det endnu.",
])
def test_a_limit_or_another_decision_is_no_accommodation(check_text, s):
    assert _fires(check_text, HEALTH, s, "sundhed.skaanehensyn", "sundhed-til-job")


@pytest.mark.parametrize("s", [
    "Dine svar bliver grundlaget for den plan, vi laver sammen med Kim.",
    "Din vurdering er udgangspunktet for vores samtale om, hvordan han kommer tilbage.",
    "Svaret bliver afsættet for en plan for hans tilbagevenden.",
])
def test_the_answer_as_the_basis_of_the_plan_is_a_purpose(check_text, s):
    assert not _fires(check_text, JOB, s, "job.formaal", "job-til-sundhed")


def test_no_purpose_still_fires(check_text):
    assert _fires(check_text, JOB, "Tak for din hjælp.", "job.formaal", "job-til-sundhed")


NOJOB = ("Fysioterapi Vestbyen\nKirkegade 4, 7100 Vesthavn\n\nTil Jobcenter Vesthavn\n\nVesthavn, 2. marts 2026\n\n"
         "Kære Ole\n\nKim Lund har givet samtykke til, at jeg skriver. Han kan løfte 15 kg.\n\n{s}\n\n"
         "Venlig hilsen\nTrine Bak\nFysioterapeut\nTlf. 61 22 33 44\ntrine@fysiovestbyen.dk\n")


@pytest.mark.parametrize("s", [
    "Jeg forventer, at han er tilbage i sit arbejde på fuld tid i maj.",
    "Han er formentlig tilbage i sit job inden sommer.",
    "Han kan være igen på jobbet om en måned.",
])
def test_a_return_to_ones_job_names_no_job(check_text, s):
    assert _fires(check_text, NOJOB, s, "sundhed.nuvaerende-job", "sundhed-til-job")


@pytest.mark.parametrize("s", [
    "I sit job skal han bære plader op ad stiger.",
    "På jobbet står han op det meste af dagen.",
    "Han er tilbage i sit arbejde som tømrer i maj.",
])
def test_what_the_job_demands_still_names_it(check_text, s):
    assert not _fires(check_text, NOJOB, s, "sundhed.nuvaerende-job", "sundhed-til-job")
