"""Letter zoning: the Structure API other rules rely on, across layouts."""

from __future__ import annotations

from linter.letter.structure import analyse_structure
from linter.model import Block
from linter.readers import read_bytes


def zones_of(text: str) -> dict[str, str]:
    doc = read_bytes(text.encode("utf-8"), ".txt", "brev.txt")
    st = analyse_structure(doc.blocks)
    return {b.text.strip(): st.zones[i] for i, b in enumerate(doc.blocks)}


def structure(text: str):
    doc = read_bytes(text.encode("utf-8"), ".txt", "brev.txt")
    return doc, analyse_structure(doc.blocks)


BODY = "Nanna er kontorassistent.\n\nHun kan sidde en time.\n\nHun kan gå en time.\n\nMed venlig hilsen\nJesper\n"

LETTER = """Sundhedscenter Randers
Laksetorvet 1, 8900 Randers C

Til: Jobcenter Randers
Att.: Sagsbehandler Louise Kjær

Randers, 12. februar 2026

Vedr.: borger Kim Andersen

Kære Louise Kjær

Kim arbejder på et lager. Han kan løfte 10 kg.

Med venlig hilsen

Anne Holm
Fysioterapeut
"""


def test_classic_letter_zones_and_api():
    doc, st = structure(LETTER)
    z = {b.text: st.zones[i] for i, b in enumerate(doc.blocks)}
    assert z["Sundhedscenter Randers"] == "letterhead"
    assert z["Til: Jobcenter Randers"] == z["Att.: Sagsbehandler Louise Kjær"] == "recipient"
    assert z["Randers, 12. februar 2026"] == z["Vedr.: borger Kim Andersen"] == "meta"
    assert z["Kære Louise Kjær"] == "greeting" and z["Med venlig hilsen"] == "closing"
    assert z["Anne Holm"] == z["Fysioterapeut"] == "signature"
    assert doc.blocks[st.greeting].text == "Kære Louise Kjær"
    assert doc.blocks[st.closing].text == "Med venlig hilsen"
    body = [doc.blocks[i].text for i in st.body_blocks()]
    assert body == ["Kære Louise Kjær", "Kim arbejder på et lager. Han kan løfte 10 kg."]
    assert [doc.blocks[i].text for i in st.sender_blocks()][:1] == ["Sundhedscenter Randers"]
    assert all(st.is_sender(i) for i in st.sender_blocks())


def test_letter_without_greeting_ends_head_at_prose():
    z = zones_of("Lægehuset Søndergade\nSøndergade 14, 7500 Holstebro\n\nJobcenter Holstebro\n\n"
                 "Jeg har set Maja Poulsen i konsultationen i dag.\n\nHun kan ikke løfte.\n\nMvh\nKaren Vestergaard\n")
    assert z["Lægehuset Søndergade"] == "letterhead"
    assert z["Jobcenter Holstebro"] == "recipient"
    assert z["Jeg har set Maja Poulsen i konsultationen i dag."] == "body"
    assert z["Karen Vestergaard"] == "signature"


def test_email_header_and_quoted_reply():
    z = zones_of("Fra: Anne Holm <anne.holm@randers.dk>\nSendt: 4. marts 2026\nTil: Louise <lk@randers.dk>\n"
                 "Emne: SV: Kim\n\nHej Louise\n\nKim kan løfte 10 kg.\n\nMvh\nAnne\n\n"
                 "Den 3. marts 2026 skrev Louise Kjær <lk@randers.dk>:\n> Hej Anne\n> Med venlig hilsen\n> Louise\n")
    assert z["Fra: Anne Holm <anne.holm@randers.dk>"] == "email-sender"
    assert z["Til: Louise <lk@randers.dk>"] == z["Emne: SV: Kim"] == "email-header"
    assert z["Hej Louise"] == "greeting" and z["Mvh"] == "closing" and z["Anne"] == "signature"
    assert z["Den 3. marts 2026 skrev Louise Kjær <lk@randers.dk>:"] == "quoted"
    assert z["> Med venlig hilsen"] == "quoted"


def test_forwarded_mail_markers():
    for marker in ("-----Oprindelig meddelelse-----", "---------- Videresendt besked ----------",
                   "-----Original Message-----"):
        z = zones_of(f"Hej\n\nSe nedenfor.\n\nMvh\nAnne\n\n{marker}\nFra: Louise\nHej\nMed venlig hilsen\nLouise\n")
        assert z[marker] == "quoted" and z["Mvh"] == "closing", marker


def test_outlook_header_block_later_in_the_mail_is_quoted():
    z = zones_of("Hej Louise\n\nTak.\n\nMvh\nAnne\n\nFra: Louise Kjær\nSendt: 3. marts 2026\nTil: Anne\n"
                 "Emne: Kim\n\nKan du svare?\nVenlig hilsen\nLouise\n")
    assert z["Fra: Louise Kjær"] == "quoted" and z["Venlig hilsen"] == "quoted"
    assert z["Mvh"] == "closing"


def test_memo_head_under_a_title_is_the_letters_own_head():
    z = zones_of("STATUSNOTAT FRA FYSIOTERAPIEN\n\nTil: Sofie Berg, Jobcenter Lindeby\n"
                 "Tlf.: 70 11 22 33 · E-mail: sofie.berg@lindeby.dk\n"
                 "Fra: Fysioterapeut Ole Dam, Sundhedscenter Lindeby\n"
                 "Tlf.: 40 27 15 93 · E-mail: ole.dam@lindeby.dk\nDato: 3. marts 2026\n\n" + BODY)
    assert z["STATUSNOTAT FRA FYSIOTERAPIEN"] == "meta"
    assert z["Fra: Fysioterapeut Ole Dam, Sundhedscenter Lindeby"] == "email-sender"
    assert z["Tlf.: 40 27 15 93 · E-mail: ole.dam@lindeby.dk"] == "email-sender"  # the sender's, under Fra:
    assert z["Tlf.: 70 11 22 33 · E-mail: sofie.berg@lindeby.dk"] == "email-header"  # the recipient's, under Til:
    assert "quoted" not in z.values()


def test_fields_after_the_date_of_a_memo_head_are_content():
    z = zones_of("Til: Ole Dam, Fysioterapien\nFra: Sagsbehandler Sofie Berg, Jobcenter Lindeby\n"
                 "Dato: 3. marts 2026\nSamtykke: Foreligger, underskrevet 1. marts 2026\n\n" + BODY)
    assert z["Samtykke: Foreligger, underskrevet 1. marts 2026"] == "body"


def test_a_forms_content_fields_under_the_sender_field_are_content():
    # a memo head ending in Fra: and then the form's own fields: the sender's details stay with Fra:,
    # "Borger:"/"Samtykke:" are what the letter says
    z = zones_of("STATUSNOTAT FRA ERGOTERAPIEN\n\nDato: 3. marts 2026\nTil: Jobcenter Lindeby\n"
                 "Fra: Ergoterapeut Ole Dam\nTlf.: 40 27 15 93\nAfdeling: Træning og Sundhed\n"
                 "Borger: Jens Holm\nSamtykke: Borgeren har sagt ja til, at notatet sendes\n\n" + BODY)
    assert z["Tlf.: 40 27 15 93"] == "email-sender"
    assert z["Afdeling: Træning og Sundhed"] == "email-sender"
    assert z["Samtykke: Borgeren har sagt ja til, at notatet sendes"] == "body"
    assert z["Borger: Jens Holm"] == "body"


def test_a_forms_field_in_the_head_is_meta_not_letterhead():
    z = zones_of("STATUS FRA SUNDHEDSCENTRET\nBorger: Ole Dam\nSamtykke: Ja, indhentet 3/2\n"
                 "Kontakt: Mette Holm, fysioterapeut, tlf. 40 27 15 93\n\n" + BODY)
    assert z["Samtykke: Ja, indhentet 3/2"] == "meta"


def test_client_header_after_a_title_only_is_no_quote_but_after_a_sentence_it_is():
    head = "Fra: Ole Dam\nSendt: 3. marts 2026\nTil: Jobcenter Lindeby\nEmne: Status\n\n"
    assert "quoted" not in zones_of("Sikker post – udskrift\n\n" + head + BODY).values()
    z = zones_of("Se nedenfor, det gælder stadig.\n\n" + head + BODY)
    assert z["Fra: Ole Dam"] == "quoted"


def test_lone_til_is_not_an_email_header():
    z = zones_of("Til: Fysioterapi Nord\nAtt.: Camilla Bruun\n\nJobcenter Hjørring\n\nKære Camilla\n\n" + BODY)
    assert z["Til: Fysioterapi Nord"] == "recipient"
    assert z["Jobcenter Hjørring"] == "letterhead"


def test_right_aligned_letterhead_after_recipient():
    z = zones_of("Jobcenter Favrskov\nSkovvej 20\n8382 Hinnerup\n" + " " * 40 + "Kiropraktisk Klinik Hammel\n"
                 + " " * 40 + "Tlf. 86 96 22 41\n\nKære sagsbehandler\n\n" + BODY)
    assert z["Jobcenter Favrskov"] == "recipient"
    assert z["Kiropraktisk Klinik Hammel"] == "letterhead"


def test_docx_table_cells_decided_by_contact_details():
    texts = [("Jobcenter Slagelse", 1), ("Sygedagpengeafdelingen", 1), ("Kiropraktisk Klinik", 2),
             ("Reception: tlf. 58 52 40 40", 2), ("post@kiro.dk", 2), ("Kære sagsbehandler", 3), ("Tak.", 3),
             ("Han kan løfte.", 3),
             ("Han kan gå.", 3), ("Med venlig hilsen", 4), ("Peter Damgaard", 4)]
    blocks = [Block(text=t, index=k + 1, part="table" if g < 3 else "body", group=g)
              for k, (t, g) in enumerate(texts)]
    st = analyse_structure(blocks)
    assert st.zones[:5] == ["recipient", "recipient", "letterhead", "letterhead", "letterhead"]


def test_header_footer_parts():
    blocks = [Block("Sundhedscenter X", 1, part="header", group=1), Block("Kære Ole", 2, group=2),
              Block("Tak.", 3, group=2), Block("Tlf. 40 27 15 93", 4, part="footer", group=3)]
    st = analyse_structure(blocks)
    assert st.zones == ["page-header", "greeting", "body", "page-footer"]
    assert st.is_sender(0) and st.is_sender(3)


def test_contact_line_and_participant_list():
    z = zones_of("Referat af møde\nLemvig Kommune\n\nDeltagere:\nLæge Anders Kofoed\nSagsbehandler Karsten Lind\n\n"
                 "Kontaktperson: Ulla Dam, tlf. 30 12 45 67\n\n"
                 "Jette har det bedre, og hun går nu til træning to gange om ugen hos fysioterapeuten.\n")
    assert z["Referat af møde"] == "meta"
    assert z["Læge Anders Kofoed"] == z["Sagsbehandler Karsten Lind"] == "participants"
    assert z["Kontaktperson: Ulla Dam, tlf. 30 12 45 67"] == "contact"


def test_one_line_note_and_slash_signature():
    z = zones_of("Ring til mig, når du har tid.\n/Michael\n")
    assert z["/Michael"] == "closing"
    assert z["Ring til mig, når du har tid."] == "body"


def test_trailing_signature_without_closing():
    z = zones_of("Kære Ole\n\nHer er status. Du kan løfte 10 kg nu.\n\nAnne Holm\nFysioterapeut\nTlf. 40 27 15 93\n")
    assert z["Anne Holm"] == z["Tlf. 40 27 15 93"] == "signature"


def test_copy_lines_after_signature_are_not_the_sender():
    z = zones_of("Kære Ole\n\nTak.\n\nMed venlig hilsen\nAnne Holm\n\nKopi til: Lone Hansen, tlf. 22 33 44 55\n")
    assert z["Anne Holm"] == "signature"
    assert z["Kopi til: Lone Hansen, tlf. 22 33 44 55"] == "meta"


def test_text_boxes_are_judged_by_content():
    blocks = [Block("Kære Ole", 1, group=1), Block("Her er status. Du kan løfte 10 kg.", 2, group=1),
              Block("Sundhedscenter X", 3, part="textbox", group=2),
              Block("Direkte tlf. 40 27 15 93", 4, part="textbox", group=2),
              Block("Til: Jobcenter X", 5, part="textbox", group=3), Block("Mere tekst her.", 6, group=4),
              Block("Husk at rette datoen", 7, part="comment", group=5)]
    st = analyse_structure(blocks)
    assert st.zones[2:5] == ["letterhead", "letterhead", "recipient"]
    assert st.zones[6] == "meta" and 6 not in st.body_blocks()


def test_short_last_sentence_is_not_a_signature():
    z = zones_of("Kære Bente\n\nHer er status. Ole kan løfte 10 kg nu.\n\nOle starter igen mandag.\n")
    assert z["Ole starter igen mandag."] == "body"


def test_uniform_left_margin_is_not_right_alignment():
    pad = " " * 24
    text = "\n".join(pad + line if line else "" for line in [
        "Sundhedscenter Randers", "Laksetorvet 1, 8900 Randers C", "", "Jobcenter Randers",
        "Sygedagpenge, tlf. 89 15 15 15", "", "Kære sagsbehandler", "", *BODY.splitlines()])
    z = zones_of(text)
    assert z["Sundhedscenter Randers"] == "letterhead"
    assert z["Jobcenter Randers"] == "recipient"


def test_prose_starting_with_borgeren_ends_the_head():
    z = zones_of("Sundhedscenter X\nBorgerservice: tlf. 70 20 30 40\n\nJobcenter X\n\n"
                 "Borgeren har givet samtykke til, at vi sender denne status til jer i dag.\n\n"
                 "Hun kan løfte 10 kg.\n")
    assert z["Borgerservice: tlf. 70 20 30 40"] == "letterhead"
    assert z["Borgeren har givet samtykke til, at vi sender denne status til jer i dag."] == "body"


def test_docx_head_without_blank_paragraphs_splits_after_the_postcode():
    texts = ["Sundhedscenter Lindeby", "Parkvej 2", "6600 Lindeby", "Tlf. 70 20 30 40", "Jobcenter Lindeby",
             "Sygedagpenge", "Kære sagsbehandler", "Ole kan løfte 10 kg.", "Han kan gå en time.",
             "Han kan stå en time.", "Med venlig hilsen", "Marie Jensen"]
    st = analyse_structure([Block(text=t, index=k + 1, line=k + 1, group=1) for k, t in enumerate(texts)])
    assert st.zones[:6] == ["letterhead"] * 4 + ["recipient"] * 2


def test_phone_written_with_country_code_does_not_make_a_contact_line_prose():
    """"+45 97 64 10 00" is five tokens but no words: the footer line stays the signature's."""
    from linter.letter.structure import _is_prose

    line = "Rygkirurgisk Afdeling · Nordvig Allé 1 · 9800 Nordvig · tlf. +45 97 64 10 00 · rygkirurgi@rhnordvig.dk"
    assert not _is_prose(line.replace(" · ", " "))


def test_letterhead_in_the_page_header_makes_the_first_body_block_the_recipient():
    """The same letter as .docx with its letterhead in the page header: the address block at the top
    of the body is the recipient's (the citizen named in it is not taken for the sender)."""
    from linter.model import Block

    texts = [("header", "Sundhedscenter Bjergsted"), ("header", "Parkvej 2, 6600 Bjergsted"),
             ("body", "Jobcenter Bjergsted"), ("body", "Rådhustorvet 1, 6600 Bjergsted"),
             ("body", "Vedr.: Gitte Nyborg"), ("body", "Gitte Nyborg kan nu stå i 30 minutter ad gangen, og hun "
                                                       "forventes at kunne arbejde fuld tid igen om fire uger."),
             ("body", "Med venlig hilsen"), ("body", "Ole Kragh")]
    groups = [1, 1, 2, 2, 3, 4, 5, 6]
    blocks = [Block(text=t, index=k + 1, part=part, line=k + 1, group=groups[k]) for k, (part, t) in enumerate(texts)]
    zones = analyse_structure(blocks).zones
    assert zones[:4] == ["page-header", "page-header", "recipient", "recipient"]
    assert zones[-1] == "signature"


def test_udfyldt_af_names_the_forms_author():
    z = zones_of("STATUSATTEST\nBorger: Ole Dam\nUdfyldt af: Læge Birgitte Rask, Lægehuset Torvet\n\n" + BODY)
    assert z["Udfyldt af: Læge Birgitte Rask, Lægehuset Torvet"] == "contact"
