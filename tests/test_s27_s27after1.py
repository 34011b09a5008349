"""Stop 27 after-the-figure classes (every letter here is invented):

- a form's signature written as one line of name, title and workplace ("Ida Holm, praktiserende læge, Lægehuset
  Nordby") over its phone and mail lines, with no closing phrase, is the sender's signature even though the line is
  longer than the six words a signature line otherwise has;
- the letter's own date field at a form's foot ("Dato: 3.2.2027"), when the head gives no date, dates the letter:
  it is no time frame of the treatment (sundhed.tidsplan)."""

from __future__ import annotations

import pytest

FORM = ("STATUSERKLÆRING (udfyldes af lægen)\n\n"
        "Patient: Karen Vestergaard, CPR-nr.: 110385-XXXX\n"
        "Sendes til: Jobcenter Nordby, Team Sygedagpenge\n\n"
        "1. Helbredsmæssige begrænsninger\n"
        "Karen har ondt i nakken efter et fald på cykel. Hun kan sidde ved en skærm i cirka en halv time ad gangen. "
        "Hun kan ikke løfte over 5 kg.\n\n"
        "2. Arbejdsfunktioner\n"
        "Karen er bogholder. Hun kan lave let kontorarbejde med mange pauser.\n\n"
        "3. Behandling\n"
        "Karen går til kiropraktor en gang om ugen.\n\n"
        "Karen har givet samtykke til, at erklæringen sendes til Jobcenter Nordby.\n"
        "{gap}"
        "Dato: 3.2.2027\n"
        "{sep}"
        "Ida Holm, praktiserende læge, Lægehuset Nordby Torv\n"
        "Tlf. 86 42 19 73 (direkte)\n"
        "ida.holm@laegehuset-nordby.dk\n")


def _kontakt(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


@pytest.mark.parametrize("sep", ["", "\n"])
def test_a_name_title_workplace_line_over_contact_lines_is_the_forms_signature(check_text, sep):
    res = check_text(FORM.format(gap="\n", sep=sep), profile="sundhed-til-job")
    assert res.sender["name"] == "Ida Holm"
    assert {p["number"]: p["personal"] for p in res.sender["phones"]} == {"86421973": True}
    assert {e["address"]: e["personal"] for e in res.sender["emails"]} == {"ida.holm@laegehuset-nordby.dk": True}
    assert not _kontakt(res) & {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


@pytest.mark.parametrize("sep", ["", "\n"])
def test_the_forms_own_date_field_is_no_time_frame(check_text, sep):
    res = check_text(FORM.format(gap="\n", sep=sep), profile="sundhed-til-job")
    assert "sundhed.tidsplan" in {f.rule for f in res.findings}


def test_a_real_time_frame_in_the_form_still_counts(check_text):
    text = FORM.format(gap="\n", sep="").replace(
        "en gang om ugen.", "en gang om ugen. Forløbet slutter 15. april 2027.")
    res = check_text(text, profile="sundhed-til-job")
    assert "sundhed.tidsplan" not in {f.rule for f in res.findings}


def test_a_sentence_with_commas_under_the_text_is_no_signature(check_text):
    text = FORM.format(gap="\n", sep="").replace(
        "Ida Holm, praktiserende læge, Lægehuset Nordby Torv\nTlf. 86 42 19 73 (direkte)\n"
        "ida.holm@laegehuset-nordby.dk\n",
        "Hun ringer, hvis det bliver værre, og vi ses igen om to uger.\n")
    res = check_text(text, profile="sundhed-til-job")
    assert res.sender["name"] is None
