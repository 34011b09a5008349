"""Stop 29 sender-attribution and profile classes (the sender banks sk and sl showed them; every letter here is
invented):

- a person's field under the signer's name naming someone else ("Kontaktperson: sygeplejerske …, direkte …"): a
  colleague's line, its number and address no sender's; the same field naming the signer stays the signer's;
- a service line a patient association or a union runs, as a number's label ("Rådgivningen: tlf. … (man-tors kl.
  10-14)", "Telefonrådgivning …"): the service's general number, also under the adviser's own name;
- a mail client's "Fra: <mailbox> på vegne af <person>": the person after it is the author (name, and the number
  under the first name in the signature);
- an address block at the very top naming one sector over a signature naming only the other ("Lægerne i …" /
  "Tlf. …" over "Sagsbehandler, Jobcenter …"): the addressee's block, its number no sender's;
- profile: a copy at the sender's own mail domain naming the other sector than the "Til:" field is the sender's own
  unit (job-til-sundhed for a caseworker copying her team to a clinic);
- profile: a form's role field naming another professional of the other sector than the sender's lines ("Læge: …"
  beside "Sagsbehandler: …" under a job centre's head) is the counterpart's, not the sender's letterhead; a colleague
  of the same side ("Tilknyttet læge: …" on a health centre's form) stays the sender's side;
- profile: a short reply above the writer's own quoted earlier mail takes the quoted mail's direction (its details
  still count for nothing)."""

from __future__ import annotations

from sender_helpers import email_map, kontakt_rules, phone_map, profile_of

S, J, G = "sundhed-til-job", "job-til-sundhed", "generel"

REPORT = ("Karsten Lund er sygemeldt fra sit arbejde som murer. Han kan løfte 10 kg og stå en halv time ad gangen. "
          "Han bør de næste otte uger ikke bære sten op ad stilladset. Vi forventer, at han er tilbage på fuld tid til "
          "april. Karsten har givet samtykke.")
REQUEST = ("Karsten Lund går til træning hos jer og har givet samtykke til, at vi spørger. Han er murer. Kan I skrive, "
           "hvor meget han kan løfte nu, og hvor mange uger træningen varer? Vi bruger svaret til at lægge en plan med "
           "hans arbejdsgiver. Svar gerne inden den 12. marts.")


# -- a colleague's person field under the signer ----------------------------------------------------------------------

def test_a_contact_persons_field_under_the_signer_is_a_colleagues_line(check_text):
    text = ("Sygehus Østby, Ortopædkirurgisk Ambulatorium\n\nTil Jobcenter Østby\n\n" + REPORT +
            "\n\nMed venlig hilsen\nKirsten Dahl, overlæge\nTlf. 65 10 20 00 (omstilling) · kirsten.dahl@rsyd.dk\n\n"
            "Kontaktperson: fysioterapeut Ole Vang, direkte 65 10 24 71, ole.vang@rsyd.dk\n")
    res = check_text(text)
    assert res.sender["name"] == "Kirsten Dahl"
    assert phone_map(res) == {"65102000": False}
    assert email_map(res) == {"kirsten.dahl@rsyd.dk": True}
    assert "kontakt.telefon" in kontakt_rules(res)


def test_a_contact_field_naming_the_signer_stays_the_signers(check_text):
    text = ("Sygehus Østby, Ortopædkirurgisk Ambulatorium\n\nTil Jobcenter Østby\n\n" + REPORT +
            "\n\nMed venlig hilsen\nKirsten Dahl, overlæge\n\n"
            "Kontaktperson: Kirsten Dahl, direkte 65 10 24 30, kirsten.dahl@rsyd.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"65102430": True}
    assert email_map(res) == {"kirsten.dahl@rsyd.dk": True}


# -- a service line as a number's label -------------------------------------------------------------------------------

def test_an_associations_advice_line_with_hours_under_the_advisers_name_is_general(check_text):
    text = ("Til Jobcenter Østby\n\nVedr.: Karsten Lund\n\nKarsten har bedt mig skrive til jer og har givet lov til "
            "det. Han vil gerne vide, hvornår hans næste samtale er.\n\nVenlig hilsen\nMarianne Toft\n"
            "Rådgiver, Hjerneskadeforeningen\nRådgivningen: tlf. 33 44 55 66 (man-ons kl. 9-13)\n"
            "marianne.toft@hjerneskadeforeningen.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"33445566": False}
    assert email_map(res) == {"marianne.toft@hjerneskadeforeningen.dk": True}
    assert "kontakt.telefon" in kontakt_rules(res)
    assert "kontakt.afdeling" not in kontakt_rules(res)


def test_the_advisers_own_mobile_beside_the_advice_line_stays_personal(check_text):
    text = ("Til Jobcenter Østby\n\nVedr.: Karsten Lund\n\nKarsten har bedt mig skrive til jer og har givet lov til "
            "det.\n\nVenlig hilsen\nMarianne Toft\nRådgiver, Hjerneskadeforeningen\nMobil 22 33 44 55\n"
            "Telefonrådgivning: 33 44 55 66\n")
    res = check_text(text)
    assert phone_map(res) == {"22334455": True, "33445566": False}


# -- "på vegne af" in a mail client's Fra: line ---------------------------------------------------------------------

def test_a_mailbox_sending_on_behalf_of_a_caseworker_names_the_caseworker(check_text):
    text = ("Fra: Jobcenter Østby <jobcenter@oestby.dk> på vegne af Pia Kragh <pikr@oestby.dk>\n"
            "Sendt: 3. marts 2026 10:12\nTil: Fysioterapien Østby <info@fysio-oestby.dk>\nEmne: Karsten Lund\n\n"
            "Hej\n\n" + REQUEST + "\n\nVenlig hilsen\nPia\nTlf. 6512 3344\n")
    res = check_text(text)
    assert res.sender["name"] == "Pia Kragh"
    assert phone_map(res) == {"65123344": True}
    assert email_map(res) == {"jobcenter@oestby.dk": False, "pikr@oestby.dk": True}
    assert not {"kontakt.navn", "kontakt.telefon", "kontakt.email"} & kontakt_rules(res)


def test_a_relative_writing_on_behalf_of_her_father_is_still_the_author(check_text):
    text = ("Til Jobcenter Østby\n\nJeg skriver for min far, som har givet lov. Han venter på en operation og kan "
            "ikke komme til mødet på tirsdag.\n\nVenlig hilsen\nSara Lund, på vegne af min far Karsten Lund\n"
            "Mobil 40 50 60 70\n")
    res = check_text(text)
    assert res.sender["name"] == "Sara Lund"


# -- an address block on top that is the addressee's ----------------------------------------------------------------

def test_a_clinics_address_block_on_top_of_a_job_centre_letter_is_the_addressees(check_text):
    text = ("Lægehuset Søndertorv\nSøndertorv 3\n5600 Østby\nTlf. 62 20 30 40\n\nØstby, 2. marts 2026\n\n"
            "Spørgsmål om Karsten Lund\n\n" + REQUEST + "\n\nMed venlig hilsen\nPia Kragh\n"
            "Sagsbehandler, Jobcenter Østby\nDirekte 62 21 55 13\npia.kragh@oestby.dk\n")
    res = check_text(text)
    assert phone_map(res) == {"62215513": True}
    assert res.profile == J


def test_a_clinics_own_letterhead_over_its_doctors_signature_stays_the_senders(check_text):
    text = ("Lægehuset Søndertorv\nSøndertorv 3\n5600 Østby\nTlf. 62 20 30 40\n\nTil Jobcenter Østby\n\n" + REPORT +
            "\n\nMed venlig hilsen\nJens Mørk\nPraktiserende læge\n")
    res = check_text(text)
    assert phone_map(res) == {"62203040": False}


# -- profile: a copy at the sender's own domain ---------------------------------------------------------------------

def test_a_copy_to_the_senders_own_team_at_her_domain_is_her_own_unit(check_text):
    text = ("Fra: Pia Kragh <pikr@oestby.dk>\nSendt: 3. marts 2026 10:12\n"
            "Til: Fysio Østby Syd <klinik@fysiooestbysyd.dk>\nCc: Team Sygedagpenge <sygedagpenge@oestby.dk>\n"
            "Emne: Karsten Lund\n\nHej\n\nKarsten Lund går til træning hos jer og har givet samtykke til, at vi "
            "spørger. Kan I skrive kort, hvor meget han kan løfte nu?\n\nHilsen Pia\nDirekte: 6512 3344\n")
    assert profile_of(check_text, text)[0] == J
    # (the same copy at another domain than the sender's is no unit of hers: the direction stays open)
    other = text.replace("sygedagpenge@oestby.dk", "sygedagpenge@vestby.dk")
    assert profile_of(check_text, other)[0] == G


# -- profile: a form's counterpart field ----------------------------------------------------------------------------

def test_a_job_centre_forms_doctor_field_is_the_counterparts(check_text):
    text = ("JOBCENTER ØSTBY – SPØRGSMÅL TIL BEHANDLER\n\nBorger: Karsten Lund, cpr. 120379-XXXX\n"
            "Sagsbehandler: Pia Kragh, tlf. 62 21 55 13, pikr@oestby.dk\n"
            "Læge: Jens Mørk, Lægehuset Søndertorv, tlf. 62 20 30 40\n"
            "Samtykke: Borgeren har givet skriftligt samtykke 1. marts 2026\n\n"
            "Spørgsmål:\n1. Hvor meget kan Karsten løfte?\n2. Hvornår forventer du, at han kan arbejde fuld tid?\n\n"
            "Formål: Svarene bruges til at lægge en plan med arbejdsgiveren.\n\nSvarfrist: 20. marts 2026\n")
    assert profile_of(check_text, text)[0] == J
    res = check_text(text)
    assert phone_map(res) == {"62215513": True}


def test_a_health_forms_attached_doctor_field_is_a_colleague_of_the_same_side(check_text):
    text = ("STATUS FRA TRÆNINGSCENTER ØSTBY\n\nBorger: Karsten Lund    Cpr.: 120379-XXXX\n"
            "Behandlende fysioterapeut: Mette Holm, tlf. 62 21 70 12, meho@oestby.dk\n"
            "Tilknyttet læge: overlæge Ib Sand, tlf. 62 21 70 00, ibsa@oestby.dk\n\n"
            "Nuværende job: Murer, 37 timer.\nFunktionsniveau: Kan løfte 10 kg, kan stå en halv time ad gangen.\n"
            "Skånehensyn: Ingen tunge løft de næste otte uger.\nForventet forløb: Træning til 1. maj.\n\n"
            "Udfyldt af: Mette Holm, 4. marts 2026\n")
    assert profile_of(check_text, text)[0] == S


# -- profile: a reply above the writer's own quoted mail ----------------------------------------------------------

OWN_QUOTE = ("Ja, det står stadig ved magt. Han kan starte igen den 1. april som aftalt.\n\nHilsen Jens Mørk\n\n"
             "Den 10. marts 2026 skrev Jens Mørk <jens.moerk@dadlnet.dk>:\n> Til Jobcenter Østby\n"
             "> Karsten Lund er murer. Han kan løfte 10 kg og stå en halv time ad gangen.\n> Med venlig hilsen\n"
             "> Jens Mørk, praktiserende læge\n> Direkte 62 20 30 41 · jens.moerk@dadlnet.dk\n")


def test_a_reply_above_the_writers_own_quoted_mail_takes_its_direction(check_text):
    assert profile_of(check_text, OWN_QUOTE) == (S, "own-quoted")
    res = check_text(OWN_QUOTE)
    assert phone_map(res) == {} and email_map(res) == {}  # the quoted details still count for nothing


def test_a_reply_above_someone_elses_quoted_mail_is_not_read_as_own(check_text):
    text = OWN_QUOTE.replace("Hilsen Jens Mørk", "Hilsen Lone Bach")
    assert profile_of(check_text, text)[1] != "own-quoted"
