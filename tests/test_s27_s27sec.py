"""Stop 27 sender classes (every letter here is our own):

- a number on a line that names a unit before it, under a signature ("Hilsen Sofie, fysioterapeut." /
  "Medicinsk dagafsnit, tlf. …"), is the unit's, also when the unit's word ends a compound (`department_words`:
  "…afsnit"); a number on the signer's own name line or labelled direkte stays the signer's (RULES.md kontakt.telefon:
  a number under the sender's name counts, a general number does not);
- a number in a secretary's own block (a title line of its own, cue `assistant-label`: "Birthe Kjær" /
  "Lægesekretær" / "Tlf. …", "Bo Lind, klinikassistent" / "Tlf. …"), also under a "p.v.a." signature, is the
  secretariat's (RULES.md names the secretariat among general numbers); a doctor's own number stays personal when a
  secretary is mentioned elsewhere in the letter."""

from __future__ import annotations

from sender_helpers import sender_phones

BODY = ("Til Jobcenter Ringkøbing\n\nVedr. Poul Krogh, 120370-XXXX\n\nPoul er behandlet for en brækket arm og går nu "
        "til genoptræning hos os to gange om ugen. Han er lagerarbejder og må ikke løfte over 5 kg med højre arm de "
        "næste 4 uger. Poul har givet samtykke til, at vi skriver.{extra}\n\n")


def _phones(check_text, sign: str, extra: str = "") -> set[tuple[str, bool]]:
    res = check_text(BODY.format(extra=extra) + sign, only=set())
    return sender_phones(res)


# -- a unit's own line under a first-name signature -------------------------------------------------------------------

def test_unit_line_under_first_name_signature_is_the_units(check_text):
    phones = _phones(check_text, "Venlig hilsen Sofie, fysioterapeut.\nMedicinsk dagafsnit, tlf. 9612 3456\n")
    assert phones == {("96123456", False)}


def test_unit_compound_line_under_full_name_is_the_units(check_text):
    phones = _phones(check_text, "Med venlig hilsen\nSofie Dam\nFysioterapeut\nKirurgisk sengeafsnit, tlf. 9612 3456\n")
    assert phones == {("96123456", False)}


def test_nurses_direct_line_under_her_full_name_stays_hers(check_text):
    phones = _phones(check_text, "Med venlig hilsen\n\nHanne Vestergaard\nSygeplejerske, Medicinsk dagafsnit\n"
                                 "Direkte tlf. 9612 3499\n")
    assert phones == {("96123499", True)}


def test_number_on_the_signers_own_name_line_stays_hers(check_text):
    phones = _phones(check_text, "Hilsen Sofie Dam, fysioterapeut, Medicinsk dagafsnit, tlf. 9612 3456\n")
    assert phones == {("96123456", True)}


def test_unlabelled_number_under_a_nurses_name_and_title_stays_hers(check_text):
    phones = _phones(check_text, "Med venlig hilsen\n\nHanne Vestergaard\nSygeplejerske\nTlf. 9612 3499\n")
    assert phones == {("96123499", True)}


# -- a secretary's own block ------------------------------------------------------------------------------------------

def test_secretarys_block_under_pva_signature_is_the_secretariats(check_text):
    res = check_text("Regionshospitalet Vest · Medicinsk Afdeling · Tlf. 9612 3000\n\n"
                     + BODY.format(extra="")
                     + "Med venlig hilsen\n\np.v.a. afdelingslæge Jens Ravn\n\nBirthe Kjær\nLægesekretær\n"
                       "Tlf. 9612 3010\n", only=set())
    assert sender_phones(res) == {("96123000", False), ("96123010", False)}
    assert res.sender["name"] == "Jens Ravn"


def test_clinic_assistant_on_the_name_line_makes_the_number_below_the_departments(check_text):
    phones = _phones(check_text, "Venlig hilsen\n\nBo Lind, klinikassistent\nTlf. 9612 3020\n")
    assert phones == {("96123020", False)}


def test_doctors_number_stays_his_with_a_secretary_mentioned_in_the_text(check_text):
    phones = _phones(check_text, "Med venlig hilsen\n\nJens Ravn\nAfdelingslæge\nTlf. 9612 3011\n",
                     extra=" Har I spørgsmål til aftaler om kontrol, kan I skrive til vores sekretær.")
    assert phones == {("96123011", True)}


def test_doctors_number_stays_his_above_the_secretarys_line(check_text):
    phones = _phones(check_text, "Med venlig hilsen\n\nJens Ravn\nAfdelingslæge\nTlf. 9612 3011\n"
                                 "Sekretær: Birthe Kjær, tlf. 9612 3010\n")
    # stop 30: the named secretary's line is another person's (RULES.md), not the department's
    assert phones == {("96123011", True)}
