"""kontakt.*: whose contact details count, phone formats, personal vs. function mailboxes,
names, placeholders, and docx layouts (table cells, header/footer)."""

from __future__ import annotations

import io

import pytest
from kontakt_rules import KONTAKT

from linter.model import Block, Document

HEAD = """Sundhedscenter Lindeby
Parkvej 2, 6600 Lindeby

Til: Jobcenter Lindeby
Att.: Sagsbehandler Sofie Berg

Kære Sofie Berg

Ole Hansen har givet samtykke til, at jeg skriver. Han kan løfte 10 kg og arbejder som lagermand.

"""


@pytest.fixture()
def kind(engine):
    return engine.kinds["kontakt.email"]


def test_complete_signature_satisfies_all(kontakt_fired):
    text = HEAD + ("Med venlig hilsen\n\nMarie Jensen\nFysioterapeut\nDirekte tlf. 40 27 15 93\n"
                   "marie.jensen@lindeby.dk\n")
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize("closing", ["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Hilsen", "Vh", "Kind regards"])
def test_closings_start_the_signature(kontakt_fired, closing):
    text = HEAD + f"{closing}\nMarie Jensen\nTlf. 40 27 15 93\nmaje@lindeby.dk\n"
    assert kontakt_fired(text) == set()


def test_slash_signature_and_hilsen_with_name(kontakt_fired):
    # RULES.md (clarified): a first name alone is no name when no surname is given in the sender's part
    assert "kontakt.navn" in kontakt_fired(HEAD + "/Michael\n")
    assert "kontakt.navn" in kontakt_fired(HEAD + "Hilsen Michael, sygeplejerske.\n")
    assert "kontakt.navn" not in kontakt_fired(HEAD + "Hilsen Michael Dahl, sygeplejerske.\n")
    got = kontakt_fired(HEAD + "/Birgit Skou, praktiserende læge, tlf. 87 94 33 12\n")
    assert got == {"kontakt.email"}


def test_full_name_in_the_from_field_counts_with_a_first_name_signature(kontakt_fired):
    mail = ("Fra: Holm, Mette <mette.holm@lindeby.dk>\nSendt: 3. marts 2026\nTil: Jobcenter Lindeby\n"
            "Emne: Status\n\nOle kan løfte 10 kg.\n\nHilsen\nMette\nDirekte 40 27 15 93\n")
    assert kontakt_fired(mail) == set()
    assert "kontakt.navn" in kontakt_fired(mail.replace("Holm, Mette", "Mette"))


@pytest.mark.parametrize("address", ["rygambulatoriet.viborg@rm.dk", "raadgivning@rygforening.dk"])
def test_compound_function_mailbox_is_the_departments(kontakt_fired, address):
    got = kontakt_fired(HEAD + f"Med venlig hilsen\nMarie Jensen\nDirekte 40 27 15 93\n{address}\n")
    assert got == {"kontakt.email"}


@pytest.mark.parametrize("phone", [
    "40 27 15 93", "40271593", "4027 1593", "+45 40 27 15 93", "0045 40 27 15 93", "+4540271593",
    "40-27-15-93", "(+45) 40 27 15 93"])
@pytest.mark.parametrize("label", ["Tlf.:", "tlf.nr.", "Mobil:", "Direkte:", "dir.", "mob.", "Telefon"])
def test_phone_formats_and_labels(kontakt_fired, phone, label):
    text = HEAD + f"Med venlig hilsen\nMarie Jensen\n{label} {phone}\nmarie.jensen@lindeby.dk\n"
    assert "kontakt.telefon" not in kontakt_fired(text)


@pytest.mark.parametrize("line", [
    "Hovednummer: 70 20 30 40", "Tlf. 70 20 30 40 (omstilling)", "Borgerservice: 70 20 30 40",
    "Sekretariatet: tlf. 70 20 30 40", "Reception: 70 20 30 40", "Telefontid kl. 8-9: 70 20 30 40",
    "Klinikkens tlf. 70 20 30 40 (telefontid 8-10)"])
def test_switchboards_are_not_personal(kontakt_fired, line):
    text = HEAD + f"Med venlig hilsen\nMarie Jensen\n{line}\npost@lindeby.dk\n"
    assert kontakt_fired(text) == {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"}


def test_each_number_has_its_own_label(kontakt_fired):
    text = HEAD + ("Med venlig hilsen\nMarie Jensen\nDirekte tlf. 89 15 42 37 · Hovednummer 89 15 00 00\n"
                   "sundhedscenter@lindeby.dk\n")
    assert kontakt_fired(text) == {"kontakt.email"}
    text = HEAD + ("Med venlig hilsen\nMarie Jensen\nHovednummer 89 15 00 00 · direkte 89 15 42 37\n"
                   "sundhedscenter@lindeby.dk\n")
    assert kontakt_fired(text) == {"kontakt.email"}


def test_unlabelled_number_in_letterhead_needs_a_name(kontakt_fired):
    body = "\nTil: Jobcenter Lindeby\n\nKære Sofie\n\nOle kan løfte 10 kg og arbejder som lagermand hos os.\n\n"
    org = "Fysio Lindeby\nParkvej 2, 6600 Lindeby\nTlf. 70 20 30 40\n" + body + "Med venlig hilsen\nFysio Lindeby\n"
    assert "kontakt.telefon" in kontakt_fired(org)
    person = ("Fysio Lindeby\nFysioterapeut Jonas Brandt\nTlf. 23 45 67 89\njonas@fysio-lindeby.dk\n" + body
              + "Med venlig hilsen\nJonas\n")
    assert kontakt_fired(person) == set()


def test_cvr_number_is_not_a_phone(kontakt_fired):
    text = HEAD.replace("Parkvej 2, 6600 Lindeby", "Parkvej 2, 6600 Lindeby\nCVR 29189919") + \
        "Med venlig hilsen\nMarie Jensen\nmarie.jensen@lindeby.dk\n"
    assert "kontakt.telefon" in kontakt_fired(text)


def test_recipient_and_citizen_numbers_never_count(kontakt_fired):
    text = HEAD.replace("Att.: Sagsbehandler Sofie Berg", "Att.: Sagsbehandler Sofie Berg, tlf. 79 79 32 10") + \
        ("Ole kan kontaktes på 61 28 40 93.\nBorgerens telefon: 22 47 18 90\n\n"
         "Med venlig hilsen\nMarie Jensen\nmarie.jensen@lindeby.dk\n")
    assert kontakt_fired(text) == {"kontakt.telefon"}


@pytest.mark.parametrize("line", ["Ole kan selv kontaktes på mobil 61 28 40 93.",
                                  "Han træffes bedst på 61 28 40 93 om formiddagen.",
                                  "Hendes eget nummer er 61 28 40 93."])
def test_another_persons_number_after_the_signature_does_not_count(kontakt_fired, line):
    text = HEAD + f"Med venlig hilsen\nMarie Jensen\nFysioterapeut\nmarie.jensen@lindeby.dk\n\n{line}\n"
    assert kontakt_fired(text) == {"kontakt.telefon"}


def test_the_senders_own_reachability_line_counts(kontakt_fired):
    text = HEAD + "Med venlig hilsen\nMarie Jensen kan træffes på 40 27 15 93\nmarie.jensen@lindeby.dk\n"
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize("heading", ["KONTAKT", "Kontaktoplysninger:", "Har du spørgsmål?"])
def test_contact_block_under_a_heading_without_closing(kontakt_fired, heading):
    text = HEAD + (f"Vi ses til mødet.\n\n{heading}\n"
                   "Koordinator Lise Dam · tlf. dir. 86 12 34 56 · lise.dam@lindeby.dk\n")
    assert kontakt_fired(text) == set()


def test_an_id_placeholder_is_not_a_phone(kontakt_fired):
    text = ("Jobcenter Lindeby\nTorvet 1, 6600 Lindeby\n\nTil: Lægerne i Lindeby\n\n"
            "Vedr.: borger med cpr.nr. {{cpr}}\n\n"
            "Kære læge\n\nHvor meget kan borgeren løfte?\n\nMed venlig hilsen\n\n«Sagsbehandler»\n"
            "Jobcenter Lindeby · tlf. 70 10 20 30 · jobcenter@lindeby.dk\n")
    # «Sagsbehandler» is a role, no name (RULES.md kontakt.navn)
    assert kontakt_fired(text) == {"kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling"}


def test_first_person_number_in_the_body_counts(kontakt_fired):
    text = HEAD + ("Du kan fange mig på 40 27 15 93, hvis der er spørgsmål.\n\n"
                   "Med venlig hilsen\nMarie Jensen\nmarie.jensen@lindeby.dk\n")
    assert kontakt_fired(text) == set()


def test_colleague_number_in_the_body_does_not_count(kontakt_fired):
    text = HEAD + ("Jeg har talt med min kollega Sanne Lund, som kan nås på 41 22 33 65.\n"
                   "Min kollega Sanne Lund kan nås på 41 22 33 66.\n\n"
                   "Med venlig hilsen\nMarie Jensen\nmarie.jensen@lindeby.dk\n")
    assert kontakt_fired(text) == {"kontakt.telefon"}


def test_quoted_mail_does_not_count(kontakt_fired):
    text = ("Fra: Sundhedscenter Ry <sundhedscenter@skanderborg.dk>\nSendt: 11. marts 2026 09:12\n"
            "Til: Jobcenter Skanderborg <jobcenter@skanderborg.dk>\nEmne: SV: Status\n\n"
            "Hej\n\nHer er status på Gitte. Hun kan løfte 10 kg og arbejder på et lager.\n\nMvh\nSundhedscenter Ry\n\n"
            "Den 10. marts 2026 skrev Mette Kjær <mette.kjaer@skanderborg.dk>:\n> Hej\n> Kan I sende status?\n"
            "> Mette Kjær\n> Direkte tlf. 87 94 70 22\n")
    assert kontakt_fired(text) == KONTAKT


def test_outlook_quoted_header_without_marker(kontakt_fired):
    text = ("Fra: Anne Holm <anne.holm@randers.dk>\nSendt: 4. marts 2026 10:00\nTil: Louise Kjær <lk@randers.dk>\n"
            "Emne: SV: Kim\n\nHej Louise\n\nKim kan løfte 10 kg og arbejder som lagermand.\n\nMvh\nAnne\n\n"
            "Fra: Louise Kjær <lk@randers.dk>\nSendt: 3. marts 2026 09:00\nTil: Anne Holm\nEmne: Kim\n\n"
            "Hej Anne\nKan du sende status?\nMed venlig hilsen\nLouise Kjær\nDirekte tlf. 89 15 71 62\n")
    assert kontakt_fired(text) == {"kontakt.telefon"}


def test_full_name_in_fra_header_counts(kontakt_fired):
    text = ("Fra: Thomas Ebbesen <thomas.ebbesen@vejen.dk>\nTil: Nina Lund <nina.lund@vejen.dk>\n"
            "Emne: Status\n\nHej Nina\n\nAllan kan løfte 10 kg og arbejder som tømrer.\n\nVh\nThomas\n"
            "Direkte tlf. 79 96 55 21\n")
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize(("address", "department"), [
    ("anne.holm@randers.dk", False), ("mora@vordingborg.dk", False), ("ank@rm.dk", False),
    ("mads@kiropraktorerneivejle.dk", False), ("mette.skov.andersen@kolding.dk", False),
    ("jobcenter@holstebro.dk", True), ("post@kiroslagelse.dk", True), ("sundhed@aarhus.dk", True),
    ("sundhedscenter@skive.dk", True), ("klinik@fysio.dk", True), ("rygklinik@rhvj.dk", True),
    ("sygedagpenge@roskilde.dk", True), ("hr@danskstaal.dk", True), ("virksomhedsservice@odense.dk", True),
    ("kontakt@laegerne.dk", True), ("info@fysio.dk", True), ("sikkerpost@randers.dk", True),
    ("albertslund@albertslund.dk", True), ("jobcenter.syd@aarhus.dk", True), ("team3@jobcenter.dk", True),
    ("sundhedogbeskaeftigelse@lemvig.dk", True), ("noreply@kommune.dk", True), ("rehab@vestby.dk", True),
    ("arbejdsmedicin@rhnordby.dk", True)])
def test_personal_and_function_mailboxes(kind, address, department):
    assert kind.email_is_department(address) is department


@pytest.mark.parametrize("line", ["mailto:anne.holm@randers.dk", "E-mail: <anne.holm@randers.dk>",
                                  "Mail: anne.holm@randers.dk.",
                                  # written against spam harvesters (linter/analysis/emails.py)
                                  "E-mail: anne.holm (at) randers.dk", "anne.holm[at]randers[dot]dk",
                                  "Mail: ah (snabel-a) randers.dk."])
def test_email_forms(kontakt_fired, line):
    text = HEAD + f"Med venlig hilsen\nAnne Holm\nDirekte tlf. 89 15 42 37\n{line}\n"
    assert kontakt_fired(text) == set()


def test_function_mailbox_as_sender_does_not_count(kontakt_fired):
    text = ("Fra: Jobcenter Roskilde, Sygedagpenge <sygedagpenge@roskilde.dk>\nTil: Mikkel <mikkel@fysio.dk>\n"
            "Emne: Spørgsmål\n\nHej Mikkel\n\nJonas arbejder som lagermand og kan løfte 10 kg.\n\n"
            "Vh\nSigne Thrane\nDirekte tlf. 46 31 72 58\n")
    assert kontakt_fired(text) == {"kontakt.email"}


def test_afdeling_only_when_every_contact_is_a_department(kontakt_fired):
    only_dept = HEAD + "Med venlig hilsen\nMarie Jensen\nHovednummer 70 20 30 40\npost@lindeby.dk\n"
    assert "kontakt.afdeling" in kontakt_fired(only_dept)
    mixed = HEAD + "Med venlig hilsen\nMarie Jensen\nHovednummer 70 20 30 40\nmarie.jensen@lindeby.dk\n"
    assert "kontakt.afdeling" not in kontakt_fired(mixed)
    nothing = HEAD + "Med venlig hilsen\nMarie Jensen\nFysioterapeut\n"
    assert kontakt_fired(nothing) == {"kontakt.telefon", "kontakt.email"}


@pytest.mark.parametrize("signature", ["Annemette Qvist", "Solvejg Quist", "Overlæge\nKasper Juul Thomsen",
                                       "Fysioterapeut Jonas Brandt", "Per Holm"])
def test_names_in_the_signature(kontakt_fired, signature):
    text = HEAD + f"Med venlig hilsen\n\n{signature}\nDirekte tlf. 40 27 15 93\nmaje@lindeby.dk\n"
    assert "kontakt.navn" not in kontakt_fired(text)


@pytest.mark.parametrize("signature", ["Jobcentret", "Sagsbehandler", "Team Sygedagpenge",
                                       "Sundhedscenter Lindeby\nRygholdet", "Fysioterapeut"])
def test_department_or_role_is_not_a_name(kontakt_fired, signature):
    text = HEAD.replace("Kære Sofie Berg", "Kære sagsbehandler") + \
        f"Med venlig hilsen\n\n{signature}\nDirekte tlf. 40 27 15 93\n"
    assert "kontakt.navn" in kontakt_fired(text)


def test_street_names_are_not_names(kontakt_fired):
    text = ("Sundhedscenter Lindeby\nKaren Blixens Vej 4, 6600 Lindeby\nAnne Maries Allé 3\n\n"
            "Til: Jobcenter Lindeby\n\nKære sagsbehandler\n\nOle kan løfte 10 kg og arbejder som lagermand.\n\n"
            "Med venlig hilsen\nSundhedscenter Lindeby\n")
    assert "kontakt.navn" in kontakt_fired(text)


def test_participants_and_body_names_do_not_count(kontakt_fired):
    text = ("Referat af møde om Jette Holm\nSekretariatet, Lindeby Kommune\n\nDeltagere:\nJette Holm (borger)\n"
            "Læge Anders Kofoed, tlf. 86 52 11 40\nSagsbehandler Karsten Lind, karsten.lind@lindeby.dk\n\n"
            "1. Status\nJette har det bedre. Hun går til træning to gange om ugen og kan nu gå en time.\n\n"
            "Referent: Sekretariatet for Sundhed og Beskæftigelse\n")
    assert {"kontakt.navn", "kontakt.telefon", "kontakt.email"} <= kontakt_fired(text)


def test_kontaktperson_line_counts(kontakt_fired):
    text = ("Jobcenter Favrskov\nSkovvej 20, 8382 Hinnerup\n\n"
            "Kontaktperson: Maja Rasmussen, direkte tlf. 87 53 61 24, mara@favrskov.dk\n\n"
            "Til: Lægerne i Hadsten\n\nKære læge\n\nAhmad arbejder som kok. Kan han stå en hel vagt?\n\n"
            "Med venlig hilsen\nJobcenter Favrskov\n")
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize(("phone", "email", "want"), [
    ("{{ sagsbehandler.telefon }}", "{{ sagsbehandler.email }}", set()),
    ("Tlf. «Telefon»", "«Email»", set()),
    ("Direkte tlf. [INDSÆT TELEFON]", "E-mail: [INDSÆT DIN E-MAIL]", set()),
    ("Tlf. «Afdelingens hovednummer»", "«Afsender_email»", {"kontakt.telefon"}),
    ("Tlf. {{ afdeling.hovednummer }}", "{{ afdeling.email }}", {"kontakt.telefon", "kontakt.email",
                                                                  "kontakt.afdeling"}),
])
def test_placeholders_stand_for_contact_facts(kontakt_fired, phone, email, want):
    text = HEAD + f"Med venlig hilsen\n{{{{ afsender.navn }}}}\n{phone}\n{email}\n"
    assert kontakt_fired(text) == want


def test_reader_placeholder_spans_count(engine):
    lines = ["Sundhedscenter Lindeby", "Til: Jobcenter Lindeby", "Kære sagsbehandler",
             "Ole kan løfte 10 kg og arbejder som lagermand hos os nu.", "Med venlig hilsen", "Sagsbehandlers navn",
             "Tlf. Telefonnummer", "E-mail: Adresse"]
    blocks = [Block(text=t, index=k + 1, line=k + 1, group=k + 1) for k, t in enumerate(lines)]
    blocks[5].placeholders = ((0, len(lines[5])),)
    blocks[6].placeholders = ((5, len(lines[6])),)
    blocks[7].placeholders = ((8, len(lines[7])),)
    res = engine.check_document(Document("t.docx", "docx", blocks, template=True), profile="generel", only=KONTAKT)
    assert {f.rule for f in res.findings} == set()


# -- docx layouts -----------------------------------------------------------
def _docx(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture()
def fired_docx(engine):
    from linter.readers import read_bytes

    def run(data: bytes) -> set[str]:
        res = engine.check_document(read_bytes(data, ".docx", "brev.docx"), profile="generel", only=KONTAKT)
        return {f.rule for f in res.findings}

    return run


BODY = ["Kære sagsbehandler", "Ole kan løfte 10 kg og arbejder som lagermand. Han har givet samtykke.",
        "Med venlig hilsen", "Marie Jensen", "Fysioterapeut"]


def test_docx_two_cell_table_sender_right(fired_docx):
    def build(d):
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "Jobcenter Lindeby\nSygedagpenge"
        t.cell(0, 1).text = "Sundhedscenter Lindeby\nDirekte tlf. 40 27 15 93\nmarie.jensen@lindeby.dk"
        for line in BODY:
            d.add_paragraph(line)

    assert fired_docx(_docx(build)) == set()


def test_docx_table_recipient_phone_does_not_count(fired_docx):
    def build(d):
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "Til: Jobcenter Lindeby\nAtt.: Sofie Berg, tlf. 79 79 32 10"
        t.cell(0, 1).text = "Sundhedscenter Lindeby\nmarie.jensen@lindeby.dk"
        for line in BODY:
            d.add_paragraph(line)

    assert fired_docx(_docx(build)) == {"kontakt.telefon"}


def test_docx_footer_and_header_contacts(fired_docx):
    def build(d):
        d.sections[0].header.paragraphs[0].text = "Sundhedscenter Lindeby"
        d.sections[0].footer.paragraphs[0].text = "Marie Jensen · Direkte tlf. 40 27 15 93 · marie.jensen@lindeby.dk"
        d.add_paragraph("Til: Jobcenter Lindeby")
        for line in BODY[:-2] + ["Sundhedscenter Lindeby"]:
            d.add_paragraph(line)

    assert fired_docx(_docx(build)) == set()


def test_first_person_email_and_department_offer_in_the_body(kontakt_fired):
    sig = "Med venlig hilsen\nMarie Jensen\nDirekte tlf. 40 27 15 93\n"
    own = HEAD + "Hvis du har spørgsmål, kan du skrive til mig på maje@lindeby.dk.\n\n" + sig
    assert kontakt_fired(own) == set()
    dept = HEAD.replace("Kære Sofie Berg", "Kære Sofie") + \
        "Spørgsmål kan rettes til afdelingens sekretariat på tlf. 79 40 50 00 eller ortopaedi@rsyd.dk.\n\n" \
        "Med venlig hilsen\nMarie Jensen\n"
    assert kontakt_fired(dept) == {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"}


def test_organisation_line_in_the_signature_is_not_personal(kontakt_fired):
    text = HEAD + "--\nMarie Jensen | Fysioterapeut\nSundhedscenter Lindeby · Tlf. 70 20 30 40 · www.lindeby.dk\n" \
        "marie.jensen@lindeby.dk\n"
    assert kontakt_fired(text) == {"kontakt.telefon"}


def test_outlook_display_name_surname_first(kontakt_fired):
    text = ("Fra: Qvist, Annemette <anq@favrskov.dk>\nSendt: 2. marts 2026\nTil: Lægerne <post@laeger.dk>\n"
            "Emne: Lars\n\nKære læge\n\nLars arbejder som kok. Kan han stå en hel vagt?\n\n"
            "Jeg kan træffes på tlf. 40 27 15 93 alle hverdage kl. 8-9.\n\nVh\nAnnemette\n")
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize("signature", ["Overlæge\nSolvejg Quist", "Overlæge Solvejg Quist",
                                       "Solvejg Quist, overlæge"])
def test_unlisted_name_after_a_title(kontakt_fired, signature):
    text = HEAD + f"Med venlig hilsen\n\n{signature}\nDirekte tlf. 40 27 15 93\nsq@lindeby.dk\n"
    assert "kontakt.navn" not in kontakt_fired(text)


def test_unlisted_name_in_kontaktperson_line(kontakt_fired):
    text = ("Jobcenter Syddjurs\n\nKontaktperson: Solvejg Quist, direkte tlf. 87 53 22 81, sq@syddjurs.dk\n\n"
            "Til: Lægerne i Rønde\n\nKære læge\n\nLaila arbejder ved kassen. Hvor længe kan hun sidde?\n\n"
            "Med venlig hilsen\nJobcenter Syddjurs\n")
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize("signature", ["Det Gode Liv ApS", "Sundhedscenter Lindeby Rygholdet", "Randers Kommune"])
def test_organisation_lines_are_not_unlisted_names(kontakt_fired, signature):
    text = HEAD + f"Med venlig hilsen\n\n{signature}\nDirekte tlf. 40 27 15 93\n"
    assert "kontakt.navn" in kontakt_fired(text)


def test_upper_case_signature_name(kontakt_fired):
    text = HEAD + "Med venlig hilsen\nMALENE SØRENSEN\nDirekte tlf. 40 27 15 93\nmaso@lindeby.dk\n"
    assert kontakt_fired(text) == set()


def test_citizens_number_given_to_me_is_not_mine(kontakt_fired):
    text = HEAD + ("Ole har givet mig sit nummer: 22 33 44 55.\n\n"
                   "Med venlig hilsen\nMarie Jensen\nmarie.jensen@lindeby.dk\n")
    assert kontakt_fired(text) == {"kontakt.telefon"}


def test_one_paragraph_note_with_inline_closing(kontakt_fired):
    text = "Hej Bente, Ole kan nu løfte 10 kg og starter på lageret mandag. Mvh Anne Holm, tlf. 40 27 15 93\n"
    assert kontakt_fired(text) == {"kontakt.email"}
    assert kontakt_fired("Hej Bente, Ole kan nu løfte 10 kg. Ring til Ole på 22 33 44 55.\n") == \
        {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


def test_unlisted_name_after_the_organisation_line(kontakt_fired):
    text = HEAD + ("Med venlig hilsen\n\nSundhedscenter Lindeby\nSolvejg Quist\nDirekte tlf. 40 27 15 93\n"
                   "sq@lindeby.dk\n")
    assert kontakt_fired(text) == set()


def test_secretary_number_after_the_signature(kontakt_fired):
    text = HEAD + ("Med venlig hilsen\n\nKirsten Bak\nOverlæge\n\nKontakt: Sekretær Lone Hansen, tlf. 78 45 10 12\n"
                   "kirsten.bak@rm.dk\n")
    assert kontakt_fired(text) == {"kontakt.telefon"}


def test_title_line_with_number_under_the_name(kontakt_fired):
    text = HEAD + "Med venlig hilsen\n\nUlla Dam\nKoordinator, tlf. 30 12 45 67\nulla.dam@lindeby.dk\n"
    assert kontakt_fired(text) == set()


def test_placeholder_in_a_first_person_sentence(kontakt_fired):
    text = HEAD + ("Du kan ringe til mig på «Telefon» eller skrive til mig på «Email».\n"
                   "Borgeren kan ringe til Borgerservice på «Borgerservice_telefon».\n\n"
                   "Med venlig hilsen\n«Afsender_navn»\n")
    assert kontakt_fired(text) == set()


@pytest.mark.parametrize("line", ["Du kan ringe på 40 27 15 93, helst efter kl. 10.", "Ring gerne på 40 27 15 93."])
def test_the_author_inviting_a_call_gives_their_own_number(kontakt_fired, line):
    assert "kontakt.telefon" not in kontakt_fired(HEAD + line + "\n\nMed venlig hilsen\nMarie Jensen\n")


def test_an_invitation_to_call_someone_else_is_not_the_authors_number(kontakt_fired):
    line = "Du kan ringe til hende på 40 27 15 93."
    assert "kontakt.telefon" in kontakt_fired(HEAD + line + "\n\nMed venlig hilsen\nMarie Jensen\n")
