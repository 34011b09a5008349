"""Classes of letters the sender model must read right (issue 12). Each test is an invented letter
of one class: the sender summary (`FileResult.sender`) and the kontakt.* verdicts must agree."""

from __future__ import annotations

import pytest

from linter.engine.engine import Engine
from linter.readers import read_bytes


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine()


def check(eng: Engine, text: str, profile: str | None = None):
    return eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), profile=profile)


def fired(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


# -- a first name alone is no name (RULES.md, kontakt.navn) ------------------------------------

FIRST_NAME_ONLY = """Til: Jobcenter Nordby

Kære Sofie

Ole har været til tre behandlinger, og han kan nu løfte 10 kg.

Hilsen
Mette
Tlf. 21 43 65 87
"""


def test_a_first_name_alone_is_no_sender_name_in_the_summary_either(eng):
    res = check(eng, FIRST_NAME_ONLY)
    assert res.sender["name"] is None
    assert res.sender["reason"] == "first-name-only"
    assert "kontakt.navn" in fired(res)


def test_a_full_name_in_the_from_header_names_a_first_name_signature(eng):
    text = "Fra: Mette Kragh <mk@fysionord.dk>\nTil: Jobcenter Nordby\nEmne: Ole\n\n" + \
        FIRST_NAME_ONLY.split("\n", 2)[2]
    res = check(eng, text)
    assert res.sender["name"] == "Mette Kragh"
    assert "kontakt.navn" not in fired(res)


# -- a name ends at a comma or a column gap ----------------------------------------------------

@pytest.mark.parametrize(("signature", "name"), [
    ("Fra: Koordinator Lise Kragh, Tværfagligt Team, Nordby Kommune", "Lise Kragh"),
    ("Med venlig hilsen\n\nLise Kragh                Bo Nygaard Thomsen\nKoordinator               Jobkonsulent",
     "Lise Kragh"),
    ("Med venlig hilsen\nLise K. Kragh", "Lise K. Kragh")])
def test_a_name_ends_at_a_comma_or_a_column_gap(eng, signature, name):
    if signature.startswith("Fra:"):
        text = f"{signature}\nTil: Jobcenter Nordby\nEmne: Ole\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nHilsen Lise\n"
    else:
        text = f"Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\n{signature}\n"
    assert check(eng, text).sender["name"] == name


# -- function-mailbox grammar (lexicons/mailboxes.yaml keys) -----------------------------------

@pytest.mark.parametrize(("address", "department"), [
    ("rygteam@nordby.dk", True), ("smerteteamet@nordby.dk", True), ("team@nordby.dk", True),
    ("neurokir.amb@region.dk", True), ("ortopaed.sekr@region.dk", True), ("rygkir@region.dk", True),
    ("midt@fagforbund.dk", True), ("nord@akasse.dk", True),
    # personal: initials, a surname that is a compass word, a name
    ("amb@nordby.dk", False), ("anne.vest@nordby.dk", False), ("lise.nordahl@nordby.dk", False),
    ("steen@nordby.dk", False), ("mette.kragh@nordby.dk", False),
    # a first name with a word is a person's address, not an abbreviated function word (hjemme- / hjemmepleje)
    ("lise.hjemme@outlook.dk", False), ("mette.privat@gmail.com", False)])
def test_function_mailbox_grammar(eng, address, department):
    from linter.letter.sender import sender_reader

    assert sender_reader(eng.lexicons).email_is_department(address) is department


def test_a_unit_mailbox_in_the_signature_is_a_departments(eng):
    text = "Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nMed venlig hilsen\nLise Kragh\n" \
        "Tværfagligt Rygteam\nrygteam@nordby.dk\n"
    res = check(eng, text)
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("rygteam@nordby.dk", False)]
    assert {"kontakt.email", "kontakt.afdeling"} <= fired(res)


# -- the author's own number or address in a sentence that goes on from a first-person one -----

CITIZEN = ("Til: Jobcenter Nordby\n\nHej Lotte\n\nJeg kan stadig ikke sidde ret længe.\n\n{line}\n\n"
           "Hilsen\nSanne Juul Madsen\n")


@pytest.mark.parametrize(("line", "phones", "emails"), [
    ("Jeg har fået en ny mobil. Nummeret er 31 42 53 64.", [("31425364", True)], []),
    ("Du må gerne ringe til mig på 31 42 53 64. Eller skriv til sanne.juul@postkassen.dk.",
     [("31425364", True)], [("sanne.juul@postkassen.dk", True)]),
    # a third party in the going-on sentence: not the author's
    ("Jeg har talt med min mand. Og hans nummer er 31 42 53 64.", [], []),
    # the going-on sentence names another party before the number
    ("Jeg har talt med lægen. Nummeret til lægen er 31 42 53 64.", [], []),
    # no going-on word: the number stands alone in its sentence
    ("Jeg har fået en ny mobil. Lægen har 31 42 53 64.", [], [])])
def test_a_going_on_sentence_keeps_the_first_person(eng, line, phones, emails):
    res = check(eng, CITIZEN.format(line=line))
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == phones
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == emails


# -- the head: which address block is the sender's --------------------------------------------

def test_a_printouts_field_head_is_no_address_block(eng):
    # "Sendt fra:/Sendt til:/Dato:" of a Digital Post printout, then the sender's letterhead, then the recipient
    text = ("Digital Post – kopi af sendt meddelelse\nSendt fra: Jobcenter Nordby, Sygedagpenge\n"
            "Sendt til: Lægehuset Torvet\nDato: 03.03.2026 kl. 09:12\n\n"
            "Jobcenter Nordby\nSygedagpenge\nTorvet 1 · 9999 Nordby\nHovednummer 70 11 22 33\n\n"
            "Lægehuset Torvet\nTorvet 5\n9999 Nordby\n\nKære læge\n\nVi beder om en statusattest på Ole.\n\n"
            "Med venlig hilsen\nRikke Holm Andersen\nSagsbehandler\nDirekte 21 43 65 87\n")
    res = check(eng, text)
    assert ("70112233", False) in [(p["number"], p["personal"]) for p in res.sender["phones"]]
    assert res.profile == "job-til-sundhed"


def test_the_block_with_the_contact_lines_is_the_sender_also_when_the_recipient_stands_right(eng):
    pad = " " * 40
    text = ("Klinik for Ryg\nSpeciallæge Peter Dahl\nSøndergade 14, 9999 Nordby\n"
            "Tlf. 70 11 22 33 (telefontid kl. 8-9)\n\n"
            f"{pad}Jobcenter Nordby\n{pad}Sygedagpengeafsnittet\n{pad}Kirkegade 2\n{pad}9999 Nordby\n\n"
            "Nordby, 20. marts 2026\n\nJeg har undersøgt Ole, som arbejder som murer. Han kan løfte 10 kg.\n\n"
            "Med venlig hilsen\nPeter Dahl\nSpeciallæge\nDirekte 21 43 65 87\n")
    res = check(eng, text)
    assert res.sender["organisation"] != "Jobcenter Nordby"
    assert ("70112233", False) in [(p["number"], p["personal"]) for p in res.sender["phones"]]
    assert res.profile == "sundhed-til-job"


def test_a_forms_sender_fields_under_its_recipient_field_are_the_senders(eng):
    text = ("JOBCENTER NORDBY – FORESPØRGSEL\n\nModtager: Rygklinikken, Nordby Sygehus\n"
            "Afsender: Jobcenter Nordby, Team Afklaring\nSagsbehandler: Jonas Friis Holm\n"
            "Telefon: direkte 21 43 65 87, kl. 8-10\nE-mail: jonas.holm@nordby.dk\n\n"
            "Baggrund:\nOle er sygemeldt fra sit job som murer. Hvor meget kan han løfte?\n\nTak for hjælpen.\n")
    res = check(eng, text)
    assert res.sender["name"] == "Jonas Friis Holm"
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert not fired(res) & {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


# -- unit and service labels of numbers ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Borgerservice:", "Virksomhedsservice:"])
def test_a_service_label_is_a_departments_number_not_a_citizens(eng, label):
    text = (f"Jobcenter Nordby · Sygedagpenge\n{label} 70 11 22 33\n\nTil: Lægehuset Torvet\n\nKære læge\n\n"
            "Vi beder om en statusattest på Ole.\n\nMed venlig hilsen\nPia Holm\nSagsbehandler\npia.holm@nordby.dk\n")
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("70112233", False)]
    assert "kontakt.telefon" in fired(res)


def test_a_citizens_number_after_a_citizen_label_stays_out(eng):
    text = ("Jobcenter Nordby\nTorvet 1, 9999 Nordby\n\nTil: Lægehuset Torvet\n\nBorger: Ole Sand, tlf. 31 42 53 64\n\n"
            "Kære læge\n\nVi beder om en statusattest.\n\nMed venlig hilsen\nPia Holm\nDirekte 21 43 65 87\n")
    assert "31425364" not in [p["number"] for p in check(eng, text).sender["phones"]]


# -- an invitation to call or write the author ------------------------------------------------

@pytest.mark.parametrize("line", ["Ring endelig, hvis I har spørgsmål, mobil 2143 6587.",
                                  "Giv mig besked, hvis du ikke kan. Skriv til lise.kragh@nordby.dk."])
def test_an_invitation_to_call_or_write_is_the_authors_detail(eng, line):
    text = ("Fra: Lise Kragh <lk@nordby.dk>\nTil: jobcenter@nordby.dk\nEmne: Ole\n\nHej\n\n"
            f"Ole kan løfte 10 kg.\n\n{line}\n\nLK\n")
    res = check(eng, text)
    got = [(p["number"], p["personal"]) for p in res.sender["phones"]] + \
        [(e["address"], e["personal"]) for e in res.sender["emails"]]
    assert ("21436587", True) in got or ("lise.kragh@nordby.dk", True) in got


# -- direction: signers of both sectors writing to both -------------------------------------------

JOINT = ("Fra: Mads Holt <mh@nordby.dk>\nTil: Jobcenter Nordby – sagsbehandlere; Sundhedscenter Nordby – rygteamet\n"
         "Emne: Nyt fra vores fælles møde\n\nHej alle\n\nFra juni bruger vi samme samtykkeerklæring.\n\n"
         "Venlig hilsen\nLise Berg og Mads Holt\n\nLise Berg, fysioterapeut, Sundhedscenter Nordby\n\n"
         "Mads Holt, teamleder, Jobcenter Nordby\n")


def test_signers_of_both_sectors_writing_to_both_is_generel(eng):
    res = check(eng, JOINT)
    assert (res.profile, res.profile_evidence.reason) == ("generel", "joint-signers")


def test_one_sectors_signer_writing_to_both_keeps_its_direction(eng):
    res = check(eng, JOINT.replace("Mads Holt, teamleder, Jobcenter Nordby\n", "Mads Holt, fysioterapeut\n"))
    assert res.profile == "sundhed-til-job"


# -- no silent generel (issue 12, point 1) ---------------------------------------------------------

def test_an_undecidable_direction_says_so_in_both_languages_with_each_sides_evidence(eng):
    # both sides name both sectors, and nothing in the text tells who writes
    text = ("Fra: Sundhed og Job <post@nordby.dk>\nTil: Jobcenter Nordby; Lægehuset Torvet\nEmne: Møde\n\n"
            "Hej\n\nHer er papirerne fra i går.\n\nMvh\nAB\n")
    for lang, start in (("da", "Brevets retning kunne ikke afgøres"),
                        ("en", "The letter's direction could not be determined")):
        res = eng.check_document(read_bytes(text.encode(), ".txt", "brev.txt"), lang=lang)
        f = next(f for f in res.findings if f.rule == "profil.retning")
        assert f.message.startswith(start) and f.severity.label == "suggestion"
        assert f.evidence[0].startswith("undetermined")
        assert any(e.startswith("recipient:") and e != "recipient:no-sector-words" for e in f.evidence)


def test_a_decided_direction_gives_no_direction_finding(eng):
    res = check(eng, FIRST_NAME_ONLY.replace("Hilsen\nMette", "Hilsen\nMette Kragh\nFysioterapeut"))
    assert res.profile == "sundhed-til-job"
    assert "profil.retning" not in {f.rule for f in res.findings}


@pytest.mark.parametrize("pad", ["", " " * 40])
def test_the_sender_block_is_the_one_with_contact_lines_with_or_without_its_indent(eng, pad):
    # the recipient's address first, the sender's block (pushed right or not) second: the same reading
    text = ("Jobcenter Nordby\nSygedagpenge\nSkovvej 20\n9999 Nordby\n\n"
            f"{pad}Kiropraktisk Klinik Torvet\n{pad}Kiropraktor Niels Dahl\n{pad}Tlf. 70 11 22 33\n"
            f"{pad}niels@kiro-torvet.dk\n\n"
            "Kære sagsbehandler\n\nOle arbejder som pædagog. Han kan løfte 5 kg.\n\nMed venlig hilsen\nNiels Dahl\n")
    res = check(eng, text)
    assert res.profile == "sundhed-til-job"
    assert res.sender["emails"] == [{"address": "niels@kiro-torvet.dk", "personal": True, "reason": "personal-address"}]


def test_a_letterhead_without_contact_lines_before_the_recipient_stays_the_senders(eng):
    text = ("Kiropraktisk Klinik Torvet\nTorvet 2\n9999 Nordby\n\nJobcenter Nordby\nSkovvej 20\n9999 Nordby\n\n"
            "Kære sagsbehandler\n\nOle arbejder som pædagog. Han kan løfte 5 kg.\n\nMed venlig hilsen\nNiels Dahl\n"
            "Kiropraktor\n")
    assert check(eng, text).profile == "sundhed-til-job"


def test_the_senders_lines_under_a_date_below_the_recipient_are_the_senders(eng):
    # a right-aligned "Dato / title and name / direct line / mail" block that lost its indent (.docx)
    text = ("Jobcenter Nordby\nTorvet 3, 9999 Nordby\n\nFysioterapi Nordby\nAtt.: Fysioterapeut Rasmus Lyng\n"
            "Storegade 18\n9999 Nordby\nDato: 3. marts 2026\nJobkonsulent Pia Holm\nDirekte tlf. 21 43 65 87\n"
            "piho@nordby.dk\n\nKære Rasmus\n\nHvor længe kan Tina sidde ad gangen? Svar venligst senest 1. april.\n\n"
            "Venlig hilsen\n\nJobkonsulent\nPia Holm\n")
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert not fired(res) & {"kontakt.telefon", "kontakt.email"}


# -- a number under the organisation's address in the signature is the organisation's --------------

@pytest.mark.parametrize(("lines", "personal"), [
    ("Rygkirurgisk Afdeling\nNordvig Allé 1\n9800 Nordvig\ntlf. 9764 1000", False),
    ("Rygkirurgisk Afdeling · Nordvig Allé 1 · 9800 Nordvig · tlf. 9764 1000", False),
    ("Overlæge\ntlf. 9764 1000", True)])
def test_a_number_under_the_address_in_the_signature_is_the_organisations(eng, lines, personal):
    text = ("Til: Jobcenter Nordby\n\nKære sagsbehandler\n\nOle kan løfte 10 kg og arbejder som chauffør.\n\n"
            f"Med venlig hilsen\nPeter Juhl\n{lines}\n")
    assert [(p["number"], p["personal"]) for p in check(eng, text).sender["phones"]] == [("97641000", personal)]


# -- opening hours: the signer's own line with hours counts, a letterhead number with hours does not --

@pytest.mark.parametrize(("head", "sig", "personal"), [
    ("", "Tlf. 21 43 65 87 (hverdage kl. 8-10)", True),
    ("Tlf. 21 43 65 87 (hverdage kl. 8-10)\n", "", False),
    ("", "Tlf. 21 43 65 87 (telefontid hverdage kl. 8-9)", False)])
def test_opening_hours_mark_a_departments_number_only_away_from_the_signer(eng, head, sig, personal):
    text = (f"Jobcenter Nordby\nTorvet 1, 9999 Nordby\n{head}\nTil Lægehuset Torvet\n\nKære læge\n\n"
            f"Vi beder om en statusattest på Ole.\n\nMed venlig hilsen\nKim Lund\nSagsbehandler\n{sig}\n")
    assert [(p["number"], p["personal"]) for p in check(eng, text).sender["phones"]] == [("21436587", personal)]


@pytest.mark.parametrize("line", ["Overlæge, dr.med. Solvejg Quist", "Overlæge Solvejg Quist",
                                  "Overlæge, Solvejg Quist"])
def test_titles_before_the_name_on_the_signature_line(eng, line):
    text = ("Til Jobcenter Nordby\n\nKære Kim\n\nOle kan løfte 10 kg og arbejder som lagermand.\n\n"
            f"Med venlig hilsen\n{line}\nRygkirurgisk Afdeling\nDirekte 21 43 65 87\n")
    res = check(eng, text)
    assert res.sender["name"] == "Solvejg Quist"
    assert "kontakt.navn" not in fired(res)


def test_a_mail_clients_inverted_name_is_shown_first_name_first(eng):
    text = ("Fra: Kragh, Mette <mkr@fysionord.dk>\nTil: Jobcenter Nordby <jobcenter@nordby.dk>\nEmne: Ole\n\n"
            "Hej\n\nOle kan løfte 10 kg.\n\nVh Mette\nMobil 21 43 65 87\n")
    res = check(eng, text)
    assert res.sender["name"] == "Mette Kragh" and res.sender["reason"] == "from-field"
    assert "kontakt.navn" not in fired(res)


# -- layout: a hard wrap inside a number, contact lines under a "Kontakt:" line ------------------------

def test_a_number_split_by_a_hard_wrap_is_one_number(eng):
    # a plain-text body hard-wrapped at 60 columns; the wrapper broke inside the number
    lines = ["Ole har været til kontrol i dag, og han kan nu sidde en time",
             "ad gangen og gå en lang tur uden at få ondt. Han arbejder som",
             "lagermand og bør undgå tunge løft i fire uger endnu, og jeg",
             "forventer, at han er tilbage på fuld tid om seks uger, hvis",
             "træningen fortsætter som nu. Han har selv et godt overblik.",
             "Ring gerne, hvis I har spørgsmål. Mit direkte nummer er 59",
             "43 21 17. Det er bedst efter kl. 14, når jeg har fri af",
             "konsultationerne, og ellers kan I skrive til mig i e-Boks."]
    text = "Til Jobcenter Nordby\n\nKære sagsbehandler\n\n" + "\n".join(lines) + \
        "\n\nVenlig hilsen\nJens Aagaard\nLæge\n"
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("59432117", True)]


def test_contact_lines_under_a_contact_line_in_the_text(eng):
    text = ("Jobcenter Nordby\n\nTil: Rygcenter Nord\n\nKære Jonas\n\nHvor længe kan Lene sidde? "
            "Svar senest 1. juni.\n\nKontakt: Rasmus Holm, jobkonsulent\nmobil 2163 8804\nrasmus.holm@nordby.dk\n\n"
            "Venlig hilsen\nRasmus Holm\n")
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21638804", True)]
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("rasmus.holm@nordby.dk", True)]


# -- a printout head in the page header: its Modtager: names the recipient, its Emne: no sender ------

def _docx_with_header(header_lines: list[str], body_lines: list[str]) -> bytes:
    import io

    from docx import Document as Docx

    d = Docx()
    hdr = d.sections[0].header
    hdr.paragraphs[0].text = header_lines[0]
    for line in header_lines[1:]:
        hdr.add_paragraph(line)
    for line in body_lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_printout_head_in_the_page_header_speaks_for_no_sender(eng):
    head = ["Digital Post – kopi af sendt meddelelse", "Afsender: Jobcenter Nordby, Virksomhedsservice",
            "Modtager: Snedkeriet Torvet ApS", "Emne: Lone Vestergaard – delvis raskmelding"]
    body = ["Kære Lars", "Lone kan starte med fire timer om dagen fra 1. april.", "Venlig hilsen", "Karina",
            "Jobcenter Nordby", "Hovednummer 70 11 22 33"]
    res = eng.check_document(read_bytes(_docx_with_header(head, body), ".docx", "brev.docx"))
    assert res.profile == "generel" and res.profile_evidence.reason == "job-to-employer"
    assert res.sender["name"] is None and "kontakt.navn" in fired(res)


# -- a memo head's "Fra:" field under its "Til:" field, with the author's own field lines --------------------

@pytest.mark.parametrize("author", ["Fra: Sagsbehandler Jonas Friis Holm",
                                    "Udfyldt af: Jonas Friis Holm, jobkonsulent"])
def test_the_phone_and_mail_fields_under_the_author_field_are_the_authors(eng, author):
    text = ("Jobcenter Nordby · Sygedagpenge\nTorvet 1, 9999 Nordby\n\nANMODNING OM OPLYSNINGER\n\n"
            f"Til: Fysioterapeut Lise Kragh, Fysio Nordby\n{author}\nDirekte telefon: 21 43 65 87\n"
            "E-mail: jfh@nordby.dk\nDato: 3.3.2026\n\nBorger: Ole Sand\n\n"
            "Baggrund:\nOle er sygemeldt fra sit job som murer. Hvor meget kan han løfte?\n\n"
            "Med venlig hilsen\nJonas Friis Holm\n")
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("jfh@nordby.dk", True)]
    assert not fired(res) & {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


def test_the_addressees_field_lines_under_til_stay_the_recipients(eng):
    text = ("Jobcenter Nordby · Sygedagpenge\nTorvet 1, 9999 Nordby\n\n"
            "Til: Fysioterapeut Lise Kragh, Fysio Nordby\nTelefon: 31 42 53 64\nFra: Sagsbehandler Jonas Friis Holm\n"
            "Dato: 3.3.2026\n\nOle er sygemeldt. Hvor meget kan han løfte?\n\nMed venlig hilsen\nJonas Friis Holm\n")
    res = check(eng, text)
    assert "31425364" not in [p["number"] for p in res.sender["phones"]]
    assert "kontakt.telefon" in fired(res)


# -- a note signed with initials only: no name, but the lines under the initials are the author's ----------

@pytest.mark.parametrize("sign", ["/BHK, ergoterapeut\ntlf. 2143 6587 · bhk@nordby.dk",
                                  "/BHK\nTlf. 2143 6587\nbhk@nordby.dk",
                                  "BHK, ergoterapeut\ntlf. 2143 6587 · bhk@nordby.dk"])
def test_the_number_under_an_initials_signature_is_the_authors(eng, sign):
    text = ("NOTAT – til Jobcenter Nordby\nFra: Sundhedscenter Nordby\nDato: 3/3-26\n\n"
            f"Ole træner her to gange om ugen. Han kan nu løfte 10 kg.\n\n{sign}\n")
    res = check(eng, text)
    assert res.sender["name"] is None and "kontakt.navn" in fired(res)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert not fired(res) & {"kontakt.telefon", "kontakt.email"}


def test_a_personal_label_in_a_parenthesis_after_the_number_counts(eng):
    text = ("Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nMed venlig hilsen\n"
            "Jobcenter Nordby\nTlf. 2143 6587 (direkte)\n")
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]


# -- the author's number in the running text: the formal self-reference and a permission to call ------------

@pytest.mark.parametrize("line", ["Undertegnede kan træffes direkte på 2143 6587 alle hverdage mellem kl. 8 og 9.",
                                  "Du må gerne ringe på 21 43 65 87 efter kl. 15.",
                                  "I er velkomne til at ringe på 21 43 65 87."])
def test_the_authors_number_in_the_text_without_mig(eng, line):
    text = f"Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\n{line}\n\nMed venlig hilsen\nLise Kragh\n"
    res = check(eng, text)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert "kontakt.telefon" not in fired(res)


@pytest.mark.parametrize(("line", "initials"), [("/AKJ, fysioterapeut", True), ("/AKJ", True), ("/ BHK", True),
                                               ("/Mette", False), ("/ABCDE", False), ("AKJ", False)])
def test_the_initials_sign_is_two_to_four_capitals_after_a_slash(line, initials):
    from linter.letter.sender import _INITIALS_SIGN

    assert bool(_INITIALS_SIGN.match(line)) is initials


# -- a mailbox named after a word of the organisation's name: the branch's, not a person's ------------------

@pytest.mark.parametrize(("head", "address"), [
    ("Fagforeningen Træ og Jord Vestjylland\nTorvet 1, 9999 Nordby\nTlf. 70 11 22 33 · vestjylland@traejord.dk",
     "vestjylland@traejord.dk"),
    ("Fagligt Fællesskab\nAfdeling Nordby\nTlf. 70 11 22 33 · nordby@fagfaelles.dk", "nordby@fagfaelles.dk"),
    ("Fagligt Fællesskab\nAfdeling Sønderå\nTlf. 70 11 22 33 · soenderaa@fagfaelles.dk",
     "soenderaa@fagfaelles.dk"),
    ("Fagligt Fællesskab\nAfdeling Nordby Syd\nTlf. 70 11 22 33 · nordby.syd@fagfaelles.dk",
     "nordby.syd@fagfaelles.dk")])
def test_a_mailbox_named_after_the_organisations_branch_is_a_departments(eng, head, address):
    text = (f"{head}\n\nJobcenter Nordby\nSygedagpengeteamet\n\nKære sagsbehandler\n\n"
            "Vi skriver på vegne af vores medlem Ole Sand, som har ondt i ryggen.\n\nMed venlig hilsen\n\n"
            "Jens Bruun Kragh\nFaglig konsulent\nMobil 21 43 65 87\njbk@fagfaelles.dk\n")
    res = check(eng, text)
    got = {e["address"]: e["personal"] for e in res.sender["emails"]}
    assert got[address] is False
    assert got["jbk@fagfaelles.dk"] is True
    assert not fired(res) & {"kontakt.email", "kontakt.telefon"}


def test_the_signers_own_name_in_the_clinics_name_keeps_the_address_personal(eng):
    text = ("Holm Kiropraktik\nTorvet 1, 9999 Nordby\n\nJobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\n"
            "Med venlig hilsen\nJens Holm\nKiropraktor\nholm@holmkiro.dk\n")
    res = check(eng, text)
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("holm@holmkiro.dk", True)]


# -- a printout's own head in the text: "Afsender:" and "Modtager:" name the parties --------------------------

@pytest.mark.parametrize(("sender", "recipient", "sign", "profile"), [
    ("Nordby Sygehus, Rygkirurgisk Afdeling", "Jobcenter Nordby, Sygedagpenge", "Socialrådgiver", "sundhed-til-job"),
    ("Jobcenter Nordby, Sygedagpenge", "Lægehuset Torvet", "Sagsbehandler", "job-til-sundhed")])
def test_a_printouts_afsender_and_modtager_fields_decide_the_direction(eng, sender, recipient, sign, profile):
    text = (f"Digital Post – kopi af sendt meddelelse\nAfsender: {sender}\nModtager: {recipient}\n"
            "Sendt: 03-03-2026 09:14\nEmne: Ole Sand, f. 01.02.1970\n\nKære sagsbehandler\n\n"
            "Ole blev opereret for en diskusprolaps i februar. Han har givet samtykke til, at jeg skriver.\n\n"
            f"Med venlig hilsen\nLise Kragh\n{sign}\n")
    res = check(eng, text)
    assert res.profile == profile


# -- the citizen writing of their own work and limits is no health professional's report ------------------

@pytest.mark.parametrize("who", ["Lise, min fysioterapeut, synes, det er en god idé.",
                                 "Min chef siger, at jeg kan starte på formiddagene."])
def test_a_citizens_own_account_of_work_and_limits_is_generel(eng, who):
    text = ("Fra: Sanne Juul <sannej@postkassen.dk>\nTil: Ole Holm <ole.holm@nordby.dk>\nSendt: 3. marts 2026\n"
            "Emne: Arbejdet\n\nHej Ole\n\nJeg vil gerne starte på arbejdet igen efter påske. Jeg kan klare "
            "formiddagene, hvis jeg slipper for at løfte over 10 kg. Jeg kan gå en halv time ad gangen, og jeg "
            f"forventer at kunne arbejde fuld tid igen til sommer. {who}\n\nVenlig hilsen\nSanne\n")
    res = check(eng, text)
    assert res.profile == "generel" and res.profile_evidence.reason == "citizen"


def test_a_units_abbreviation_on_the_signature_line_is_no_initials(eng):
    text = ("Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nMed venlig hilsen\nHR, Nordby Kommune\n"
            "Tlf. 70 11 22 33\n")
    res = check(eng, text)
    assert ("70112233", True) not in [(p["number"], p["personal"]) for p in res.sender["phones"]]


# -- profile: a job centre's short e-mail domain, a hospital's social worker, a citizen's own story ---------

def test_a_job_centres_short_domain_decides_a_reply_without_sector_words(eng):
    text = ("Fra: Lars Bech Holm <lbh@nordby-jc.dk>\nSendt: 3. marts 2026 10:05\nTil: Anne Lund <al@fysiohuset.dk>\n"
            "Emne: SV: Ole Sand\n\nKære Anne Lund\n\nTak for svaret. Hvor mange timer om dagen kan Ole arbejde nu?\n"
            "Jeg skal bruge svaret til opfølgningen, så jeg vil gerne have det senest den 20. marts.\n\n"
            "Hilsen\nLars\nMobil 21 43 65 87\n")
    res = check(eng, text)
    assert res.profile == "job-til-sundhed" and res.profile_evidence.reason == "sender-domain"


@pytest.mark.parametrize("to", ["Til: socialraadgiver@nordby-sygehus.dk",
                                "Til: Socialrådgiver Lise Holm, Nordby Sygehus"])
def test_a_social_worker_at_a_hospital_is_the_health_side(eng, to):
    text = (f"Fra: Bo Nygaard <bo.nygaard@nordby.dk>\n{to}\nSendt: 3. marts 2026\nEmne: Ole Sand\n\n"
            "Kære socialrådgiver\n\nOle er indlagt hos jer. Hvornår bliver han udskrevet? Jeg har brug for svaret "
            "senest den 20. marts.\n\nVenlig hilsen\nBo Nygaard\nSagsbehandler, Jobcenter Nordby\n")
    assert check(eng, text).profile == "job-til-sundhed"


def test_a_social_worker_at_the_job_centre_stays_the_job_side(eng):
    text = ("Fra: Bo Nygaard <bo.nygaard@nordby.dk>\nTil: socialraadgiver@nordby.dk\nSendt: 3. marts 2026\n"
            "Emne: Ole Sand\n\nKære socialrådgiver\n\nOle skifter sagsbehandler.\n\nVenlig hilsen\nBo Nygaard\n"
            "Sagsbehandler, Jobcenter Nordby\n")
    assert check(eng, text).profile == "generel"


@pytest.mark.parametrize("line", ["Jeg vil gerne tilbage til mit job på lageret, men det bliver nok først til sommer.",
                                  "Jeg skal opereres i april, og lægen siger, at det tager tid.",
                                  "Jeg har været til MR-scanning, og de fandt en prolaps."])
def test_a_citizens_own_story_to_the_job_centre_is_generel(eng, line):
    text = ("Fra: Sanne Juul <sannej@postkassen.dk>\nTil: Jobcenter Nordby <sygedagpenge@nordby.dk>\n"
            f"Sendt: 3. marts 2026\nEmne: Nyt\n\nHej Ole\n\n{line} Jeg kan gå 20 minutter ad gangen.\n\n"
            "Venlig hilsen\nSanne\n")
    res = check(eng, text)
    assert res.profile == "generel" and res.profile_evidence.reason == "citizen"


@pytest.mark.parametrize("line", ["Borger: Ole Sand, ole.sand@postkassen.dk",
                                  "Borger: Ole Sand · ole.sand@postkassen.dk", "Borger: Ole Sand, tlf. 21 43 65 87",
                                  "Patient: Ole Sand, mobil 21 43 65 87"])
def test_a_citizens_field_line_in_the_sender_block_claims_all_its_details(eng, line):
    text = ("Jobcenter Nordby\nTorvet 1, 4000 Nordby\n\nTil: Lægerne i Nordby\n\nKære læge\n\n"
            f"Hvor meget kan Ole løfte?\n\nMed venlig hilsen\nBo Nygaard Holm\nSagsbehandler\n{line}\n")
    res = check(eng, text)
    assert res.sender["emails"] == [] and res.sender["phones"] == []


# -- a request's questions and purpose name function and outlook without reporting them ----------------------

def test_questions_about_function_and_a_purpose_are_a_request_not_a_report(eng):
    text = ("Fra: Lars Bech Holm <lbh@nordby.dk>\nSendt: 3. marts 2026 10:05\nTil: Anne Lund <al@postkassen.dk>\n"
            "Emne: SV: Ole Sand\n\nKære Anne Lund\n\nTak for dit svar. Jeg mangler to ting:\n\n"
            "– Hvor mange timer om ugen kan Ole arbejde nu?\n– Må han løfte mere end 10 kg?\n\n"
            "Jeg skal bruge svarene til at vurdere, om Ole kan starte på nedsat tid på lageret. "
            "Jeg vil gerne have dit svar senest den 17. marts.\n\nHilsen\nLars\n")
    res = check(eng, text)
    assert res.profile == "job-til-sundhed" and res.profile_evidence.reason == "body-content-job"


def test_a_report_of_function_and_outlook_without_sector_words_stays_a_report(eng):
    text = ("Fra: Anne Lund <al@postkassen.dk>\nSendt: 3. marts 2026 10:05\nTil: Lars Bech Holm <lbh@nordby.dk>\n"
            "Emne: Ole Sand\n\nKære Lars\n\nOle kan nu løfte 10 kg og gå 2 km. Han bør undgå tunge løft de første "
            "uger. Jeg forventer, at han kan vende tilbage til fuld tid på lageret om to måneder.\n\n"
            "Hilsen\nAnne Lund\n")
    res = check(eng, text)
    assert res.profile == "sundhed-til-job" and res.profile_evidence.reason == "body-content-health"


# -- a relative writes: the citizen is named by the writer's relation to them ---------------------------------

@pytest.mark.parametrize("subject", ["Min far Ole Sand", "Om min mor, Inge Sand"])
def test_a_line_naming_the_writers_parent_names_no_sender(eng, subject):
    text = (f"Til Jobcenter Nordby\n\nNordby, 3. marts 2026\n\n{subject}\n\nJeg skriver på vegne af min far. Han har "
            "ondt i ryggen.\n\nMed venlig hilsen\n\nLise Sand Holm\n(datter)\n")
    assert check(eng, text).sender["name"] == "Lise Sand Holm"


@pytest.mark.parametrize(("line", "phones"), [("I kan ringe til min far på 21 43 65 87.", []),
                                              ("Min mors nummer er 21 43 65 87.", []),
                                              ("I kan ringe til mig på 21 43 65 87.", [("21436587", True)])])
def test_the_relatives_own_number_counts_the_citizens_does_not(eng, line, phones):
    text = (f"Til Jobcenter Nordby\n\nKære sagsbehandler\n\nJeg skriver for min far. Han har ondt i ryggen. {line}\n\n"
            "Med venlig hilsen\n\nLise Sand Holm\n(datter)\n")
    assert [(p["number"], p["personal"]) for p in check(eng, text).sender["phones"]] == phones


# -- a number's label before it, after it, or in a parenthesis after it (commas inside count) ---------------

STATUS_FORM = ("NORDBY KOMMUNE – SUNDHED OG TRÆNING\nStatus: rygforløb\n\nDato: 04.05.2026\n"
               "Til: Jobcenter Nordby, att. Sofie Dahl\n\nBorger: Ole Sand\nBorgerens tlf.: 31 42 53 64\n"
               "Nuværende job: Murer, 37 timer om ugen.\nFunktionsniveau: Ole kan løfte 10 kg og gå 30 minutter.\n\n"
               "Udfyldt af: Lise Marie Kragh, fysioterapeut\n{phone}\nE-mail: {mail}\n")


@pytest.mark.parametrize(("phone", "personal"), [
    ("Tlf.: 70 11 22 33 (Sundhed og Træning, hovednummer)", False),
    ("Tlf.: 70 11 22 33 (omstillingen, hverdage 8-15)", False),
    ("Tlf.: 70 11 22 33 (hovednummer)", False),
    ("Hovednummer: 70 11 22 33", False),
    ("Tlf.: 70 11 22 33, omstilling", False),
    ("Tlf.: 70 11 22 33 – sekretariatet", False),
    ("Tlf.: 70 11 22 33 (direkte, også sms)", True),
    ("Tlf.: 70 11 22 33, mobil", True),
    ("Tlf.: 70 11 22 33", True),
    # the rest of the line is no label of the number: under the author's name it stays hers
    ("Tlf.: 70 11 22 33, Sundhed og Træning Nordby", True)])
def test_a_numbers_label_before_or_after_it_says_whose_it_is(eng, phone, personal):
    res = check(eng, STATUS_FORM.format(phone=phone, mail="sundhedogtraening@nordby.dk"))
    assert res.sender["name"] == "Lise Marie Kragh"
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("70112233", personal)]
    assert ("kontakt.telefon" in fired(res)) is not personal
    assert ("kontakt.afdeling" in fired(res)) is not personal  # the mailbox is a department's as well


def test_a_parenthesis_describes_only_the_number_before_it(eng):
    res = check(eng, STATUS_FORM.format(phone="Tlf.: 70 11 22 33 (omstilling, kl. 8-15), 21 43 65 87",
                                        mail="lmk@nordby.dk"))
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("70112233", False), ("21436587", True)]
    assert not fired(res)


# -- an author label names the author, also among a memo head's fields after "Dato:" ----------------------

MEMO = ("NOTAT\nAfdeling: Rygambulatoriet, Nordby Sygehus\nEmne: Genoptræning – Ole Sand\n"
        "Til: Jobcenter Nordby, v/ Sofie Dahl (sofie.dahl@nordby.dk)\nDato: 04.05.2026\n{author}\n\n"
        "Arbejde\nOle er murer og løfter meget.\n\nVurdering\nVi forventer, at Ole kan vende tilbage til sit job.\n\n"
        "{tail}")


@pytest.mark.parametrize("author", ["Skrevet af: Lise Marie Kragh, fysioterapeut",
                                    "Notat ved: fysioterapeut Lise Marie Kragh",
                                    "Udarbejdet af: Lise Marie Kragh",
                                    "Ansvarlig terapeut: Lise Marie Kragh",
                                    "Behandler: Lise Marie Kragh, ergoterapeut"])
def test_an_author_label_in_a_memo_head_names_the_author(eng, author):
    tail = "Kontakt\nRygambulatoriet, sekretariatet: 70 11 22 33 (kl. 8-14)\nrygambulatoriet@nordby.dk\n"
    res = check(eng, MEMO.format(author=author, tail=tail))
    assert res.sender["name"] == "Lise Marie Kragh"
    assert "kontakt.navn" not in fired(res)
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("70112233", False)]
    assert {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= fired(res)


def test_the_field_lines_under_a_memo_heads_author_label_are_the_authors(eng):
    author = "Skrevet af: Lise Marie Kragh, fysioterapeut\nTlf.: 21 43 65 87\nE-mail: lmk@nordby.dk"
    res = check(eng, MEMO.format(author=author, tail=""))
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("lmk@nordby.dk", True)]
    assert not fired(res)


@pytest.mark.parametrize("author", ["Notat ved: Lise Marie Kragh, fysioterapeut",
                                    "Ansvarlig behandler: Lise Marie Kragh"])
def test_an_author_label_under_the_text_names_the_author(eng, author):
    text = ("Til: Jobcenter Nordby\n\nOle er murer og løfter meget. Han kan nu løfte 10 kg og gå 30 minutter.\n\n"
            f"{author}\n")
    res = check(eng, text)
    assert res.sender["name"] == "Lise Marie Kragh"
    assert "kontakt.navn" not in fired(res)


def test_the_recipients_caseworker_in_a_memo_head_is_no_author(eng):
    text = MEMO.format(author="Skrevet af: Lise Marie Kragh", tail="").replace(
        "Til: Jobcenter Nordby, v/ Sofie Dahl (sofie.dahl@nordby.dk)\n",
        "Til: Jobcenter Nordby\nSagsbehandler: Sofie Dahl, tlf. 31 42 53 64\n")
    res = check(eng, text)
    assert res.sender["name"] == "Lise Marie Kragh"
    assert res.sender["phones"] == []


# -- a unit's mailbox, also with a place after the unit word ----------------------------------------------

@pytest.mark.parametrize(("address", "department"), [
    ("terapi.nordby@region.dk", True), ("fysioterapien.syd@region.dk", True), ("ergo.nordby@region.dk", True),
    ("afsnit.b3@sygehus.dk", True), ("traeningen.vest@nordby.dk", True), ("plejen@nordby.dk", True),
    # a person's: a first name with a place-like surname, initials, a full name
    ("terese.nordby@region.dk", False), ("lmk@region.dk", False), ("lise.marie.kragh@region.dk", False)])
def test_a_units_mailbox_with_a_place(eng, address, department):
    from linter.letter.sender import sender_reader

    assert sender_reader(eng.lexicons).email_is_department(address) is department


# -- the reader invited to call a department by its label: the sender's department's number ---------------

INVITE = ("Fra: Jonas Friis Holm <jfh@nordby.dk>\nTil: Lise Kragh <lise.kragh@fysionord.dk>\n"
          "Dato: 4. maj 2026\nEmne: Møde om Ole Sand\n\nHej Lise\n\nOle har givet samtykke til, at vi taler sammen. "
          "Mødet er den 12. maj kl. 10.\n\n{line}\n\nVenlig hilsen\nJonas Friis Holm\nJobkonsulent, Jobcenter Nordby\n")


@pytest.mark.parametrize(("line", "phones"), [
    ("Hvis du ikke kan komme, kan du ringe til Borgerservice på 70 11 22 33 og lægge en besked.",
     [("70112233", False)]),
    ("Du kan også kontakte omstillingen på 70 11 22 33.", [("70112233", False)]),
    ("Ring til Borgerservice på 70 11 22 33, hvis mødet skal flyttes.", [("70112233", False)]),
    # the author's own number, with the verb first after a clause
    ("Hvis du har spørgsmål, kan du ringe på 21 43 65 87.", [("21436587", True)]),
    # someone else invited to call: not the sender's
    ("Ole kan ringe til Borgerservice på 70 11 22 33.", []),
    ("Borgeren kan kontakte Borgerservice på 70 11 22 33.", [])])
def test_a_call_invitation_to_a_department_is_the_departments_number(eng, line, phones):
    res = check(eng, INVITE.format(line=line))
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == phones
    assert ("kontakt.telefon" in fired(res)) is not any(personal for _, personal in phones)
    assert "kontakt.afdeling" not in fired(res)  # jfh@ is his own


@pytest.mark.parametrize("head", [
    "NOTAT\nSkrevet af: Lise Marie Kragh, fysioterapeut\nTlf.: 21 43 65 87\nTil: Jobcenter Nordby\nDato: 04.05.2026",
    "Skrevet af: Lise Marie Kragh, fysioterapeut\nTlf.: 21 43 65 87\nTil: Jobcenter Nordby\nDato: 04.05.2026",
    "NOTAT\nTil: Jobcenter Nordby\nNotat ved: Lise Marie Kragh, fysioterapeut\nTlf.: 21 43 65 87\nDato: 04.05.2026",
    "NOTAT\nTil: Jobcenter Nordby\nDato: 04.05.2026\nEmne: Ole Sand\nBehandler: Lise Marie Kragh\nTlf.: 21 43 65 87"])
def test_an_author_field_above_among_or_below_a_memo_heads_fields(eng, head):
    text = f"{head}\n\nOle er murer og løfter meget. Han kan nu løfte 10 kg og gå 30 minutter.\n"
    res = check(eng, text)
    assert res.sender["name"] == "Lise Marie Kragh"
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]
    assert not fired(res) & {"kontakt.navn", "kontakt.telefon"}


# -- an organisation's name is never a person's (RULES.md kontakt.navn: a department is not a name) ----

AKASSE_SIGNED = """Til Jobcenter Nordby

Vores medlem Kasper Lund er raskmeldt som ledig fra 1. juni. Han søger lettere arbejde.

Har I spørgsmål, er I velkomne til at kontakte os.

Med venlig hilsen

{signature}
post@metalfolket-akasse.dk
"""


@pytest.mark.parametrize("signature", [
    "Metalfolkets A-kasse\nMedlemsservice\nTlf. 70 11 22 33 (hverdage kl. 9-14)",
    "Ledelsessygedagpengeteamet\nA-kassen Nordlys\nTlf. 70 11 22 33",
    "A-kassen Nordlys\nTlf. 70 11 22 33",
    "Kristelig Fagforening Vest\nTlf. 70 11 22 33",
    "Rygpatienternes Forening\nTlf. 70 11 22 33"])
def test_an_akasse_or_unions_name_in_the_signature_is_no_persons_name(eng, signature):
    res = check(eng, AKASSE_SIGNED.format(signature=signature))
    assert res.sender["name"] is None
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("70112233", False)]
    assert {"kontakt.navn", "kontakt.telefon", "kontakt.afdeling"} <= fired(res)


@pytest.mark.parametrize(("signature", "name"), [
    # a real person's name beside the a-kasse: the person is the sender, the number under the name hers
    ("Helle Dyrberg\nMetalfolkets A-kasse\nTlf. 21 43 65 87", "Helle Dyrberg"),
    ("Helle Dyrberg, Metalfolkets A-kasse\nTlf. 21 43 65 87", "Helle Dyrberg"),
    # a surname that looks like an organisation word is still a surname
    ("Søren Kassow\nMetalfolkets A-kasse\nTlf. 21 43 65 87", "Søren Kassow"),
    ("Lis Forbundgaard\nKristelig Fagforening Vest\nTlf. 21 43 65 87", "Lis Forbundgaard")])
def test_a_person_beside_the_akasse_is_still_named(eng, signature, name):
    res = check(eng, AKASSE_SIGNED.format(signature=signature))
    assert res.sender["name"] == name
    assert ("21436587", True) in [(p["number"], p["personal"]) for p in res.sender["phones"]]
    assert "kontakt.navn" not in fired(res)


# -- a company's footer line: its number is the company's (RULES.md kontakt.telefon: a general number) ----

EMPLOYER = """Fra: Janni Holt Mørch <jahm@trekant-plast.dk>
Til: Jobcenter Nordby <jobcenter@nordby.dk>
Emne: Plan for Kasper Lund

Kære Sofie

Her er vores plan for Kasper, når han starter igen i uge 20. Han begynder med fire timer om dagen.

Venlig hilsen

Janni Holt Mørch
HR-partner, Trekant Plast A/S
{lines}
"""


@pytest.mark.parametrize(("lines", "phones"), [
    # the legal form names the company; the number after it on that line is its switchboard
    ("Mobil 21 43 65 87\nTrekant Plast A/S · Fabriksvej 3 · 7100 Nordby · tlf. 70 11 22 33",
     [("21436587", True), ("70112233", False)]),
    ("Mobil 21 43 65 87\nTrekant Plast ApS, Fabriksvej 3, 7100 Nordby, tlf. 70 11 22 33",
     [("21436587", True), ("70112233", False)]),
    # near variants that must not change: the signer's own numbers, also two on one line
    ("Mobil 21 43 65 87", [("21436587", True)]),
    ("Tlf. 21 43 65 87", [("21436587", True)])])
def test_a_companys_address_line_gives_the_companys_number(eng, lines, phones):
    res = check(eng, EMPLOYER.format(lines=lines))
    assert res.sender["name"] == "Janni Holt Mørch"
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == phones
    assert "kontakt.telefon" not in fired(res) and "kontakt.afdeling" not in fired(res)


def test_a_citizens_own_address_line_under_her_name_keeps_her_number(eng):
    # (an address is no organisation: only a line naming a company or unit makes its number the organisation's)
    text = ("Til Jobcenter Nordby\n\nJeg er stadig sygemeldt med min ryg og kan ikke komme til mødet.\n\n"
            "Venlig hilsen\n\nLone Kirk\nSkovvej 4 · 7100 Nordby · tlf. 21 43 65 87\n")
    res = check(eng, text)
    assert res.sender["name"] == "Lone Kirk"
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("21436587", True)]


def test_digit_groups_of_an_earlier_number_are_no_postcode(eng):
    text = ("Til: Jobcenter Nordby\n\nKære Sofie\n\nOle kan løfte 10 kg.\n\nVenlig hilsen\n\nMette Kragh\n"
            "Fysioterapeut\nTlf. 21 43 65 87 Kontor 86 12 34 56\n")
    phones = check(eng, text).sender["phones"]
    assert all(p["personal"] for p in phones if p["number"] == "86123456")


# -- a memo head's field value going on after a comma stays in its field (profile: the sender's side) ----

MEMO_WRAPPED = """NOTAT

Til:      Jobcenter Nordby, Team Sygedagpenge, att. Sofie Lind
Fra:      {sender}
Dato:     4. maj 2026

Ole Bak har givet samtykke til dette notat. Han er lagermand og kan løfte 5 kg. Han bør ikke løfte over
10 kg de næste tre måneder. Vi vurderer, at han kan vende tilbage til lageret på nedsat tid.

Venlig hilsen
Lis Dahl
Socialrådgiver
Tlf. direkte 21 43 65 87 · e-mail: lis.dahl@nordby-hospital.dk
"""


@pytest.mark.parametrize(("sender", "profile"), [
    # the hospital on the field's second line is the sender's, not a recipient
    ("Socialrådgiver Lis Dahl, Neurologisk Afdeling,\n          Nordby Universitetshospital", "sundhed-til-job"),
    ("Socialrådgiver Lis Dahl, Rygkirurgisk Afsnit,\nNordby Sygehus", "sundhed-til-job"),
    # near variant that must not change: the whole field on one line
    ("Socialrådgiver Lis Dahl, Neurologisk Afdeling, Nordby Universitetshospital", "sundhed-til-job")])
def test_a_memo_fields_second_line_belongs_to_the_field(eng, sender, profile):
    res = check(eng, MEMO_WRAPPED.format(sender=sender))
    assert res.profile == profile
    assert res.sender["name"] == "Lis Dahl"


def test_a_line_under_a_field_without_a_comma_is_no_continuation(eng):
    # a job centre's memo to a hospital: the recipient field ends with no comma, the line under it is no part of it
    text = ("NOTAT\n\nTil:      Nordby Universitetshospital, Neurologisk Afdeling\n"
            "Fra:      Sagsbehandler Lis Dahl, Jobcenter Nordby\nDato:     4. maj 2026\n\n"
            "Vi beder om en status på Ole Bak til opfølgningen i uge 22. Vi vil gerne vide, hvad han kan løfte.\n"
            "Ole har givet samtykke.\n\nVenlig hilsen\nLis Dahl\nSagsbehandler\nTlf. direkte 21 43 65 87\n")
    assert check(eng, text).profile == "job-til-sundhed"


# -- a relative introducing themselves writes as the citizen: `generel` (RULES.md Profiles) ---------------

RELATIVE = """Til Jobcenter Nordby
Att. sagsbehandler Sofie Lind

Kære Sofie Lind

{intro} Han har svært ved at skrive selv efter operationen, og han har sagt ja til, at jeg skriver.

Han kan ikke komme til mødet 12. maj. Kan I finde en ny tid?

Ring gerne til mig på 21 43 65 87.

Venlig hilsen
Hanne Bak Thomsen
"""


@pytest.mark.parametrize("intro", [
    "Jeg er datter af Ole Bak og skriver for ham.",
    "Jeg er hans kone og skriver for Ole Bak.",
    "Jeg er Oles søn og skriver på hans vegne."])
def test_a_relative_writing_for_the_citizen_is_generel(eng, intro):
    res = check(eng, RELATIVE.format(intro=intro))
    assert res.profile == "generel"
    assert ("21436587", True) in [(p["number"], p["personal"]) for p in res.sender["phones"]]


def test_a_professional_naming_the_citizens_daughter_keeps_the_health_profile(eng):
    # near variant: a physiotherapist who writes of the citizen's daughter is still the health side
    text = ("Nordby Fysioterapi\n\nTil: Jobcenter Nordby\n\nKære Sofie\n\nOle Bak er lagermand. Han kan løfte 5 kg, "
            "og hans datter kører ham til træning. Han bør ikke løfte over 10 kg. Vi forventer, at han kan vende "
            "tilbage til lageret om tre måneder.\n\nVenlig hilsen\nLis Dahl\nFysioterapeut\n")
    assert check(eng, text).profile == "sundhed-til-job"


def test_abbreviated_function_word_lookup_is_the_plain_scan(eng):
    """`_abbreviates` (sorted words, from where the part would stand) says what the scan of every function word
    says: some function word starts with the part and is longer; for every prefix of every word and random parts."""
    import random

    from linter.letter.sender import sender_reader

    reader = sender_reader(eng.lexicons)
    words = reader._words["mailbox"]
    parts = {w[:k] + extra for w in words for k in range(1, len(w) + 1) for extra in ("", "x")}
    rng = random.Random(7)
    parts |= {"".join(rng.choice("abdeiklmnorstuæøå") for _ in range(rng.randint(1, 9))) for _ in range(3000)}
    for part in parts:
        assert reader._abbreviates(part) == any(w.startswith(part) and len(w) > len(part) for w in words), part
