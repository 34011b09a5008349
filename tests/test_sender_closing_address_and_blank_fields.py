"""Two classes of the sender's part (invented letters):

- a closing's short form (bh, kh, vh, mvh) that opens an e-mail address on the signature's last line is the
  address's local part (initials), not a closing: the signature above it stays the signature;
- a contact field left blank («Direkte_telefon») beside the writer's own filled-in name is no number in a
  letter; in a template, and in a sender block made only of fields, it stands for the detail."""

from __future__ import annotations

import pytest
from kontakt_rules import KONTAKT
from sender_helpers import sender_phones

BODY = ("Jobcenter Vesterå\nAtt.: Pia Kofoed\n\nKære Pia Kofoed\n\n"
        "Ulrik Dam har været sygemeldt siden februar. Vi kan tilbyde ham lettere opgaver på lageret, og vi vil "
        "gerne høre, om vi kan aftale et møde i uge 20.\n\n")


@pytest.mark.parametrize("address", ["kh@vognmand-saxe.dk", "vh@vognmand-saxe.dk", "mvh@vognmand-saxe.dk",
                                     "kh.saxe@vognmand-saxe.dk"])
def test_initials_address_like_a_closing_ends_the_signature(check_text, address):
    text = ("Vognmand Saxe ApS\nHavnegade 3, 6600 Vesterå\nTlf. 76 10 20 00\n\n" + BODY +
            "Venlig hilsen\n\nKirsten Saxe\nIndehaver\nDirekte 76 10 20 17 · mobil 29 84 61 05\n" + address + "\n")
    res = check_text(text, profile="generel", only=KONTAKT)
    assert {f.rule for f in res.findings} == set()
    assert res.sender["name"] == "Kirsten Saxe"
    assert {("76102017", True), ("29846105", True)} <= sender_phones(res)


def test_a_closing_before_a_plain_address_is_still_a_closing(check_text):
    text = "Vognmand Saxe ApS\n\n" + BODY + "Mvh Kirsten Saxe\nmobil 29 84 61 05\nkirsten@vognmand-saxe.dk\n"
    res = check_text(text, profile="generel", only=KONTAKT)
    assert {f.rule for f in res.findings} == set()


SIGNED = ("Sundhedscenter Vesterå\nHovednummer 76 10 00 00\n\nTil: Jobcenter Vesterå\n\nKære sagsbehandler\n\n"
          "Ulrik kan løfte 10 kg og gå en time. Han arbejder som lagermand.\n\nMed venlig hilsen\n\n")


def test_a_blank_phone_field_beside_a_filled_in_name_is_no_number(check_text):
    text = SIGNED + "Sofie Brandt Lund\nFysioterapeut\nDirekte tlf.: «Direkte_telefon»\nsofie.lund@vestera.dk\n"
    fired = {f.rule for f in check_text(text, profile="generel", only=KONTAKT).findings}
    assert fired == {"kontakt.telefon"}
    # the hovednummer beside a personal address: not only a department's details
    as_template = check_text(text, profile="generel", only=KONTAKT, template=True)
    assert {f.rule for f in as_template.findings} == set()


def test_a_sender_block_of_fields_stands_for_the_details(check_text):
    text = SIGNED + "«Afsender_navn»\n«Afsender_titel»\nDirekte tlf.: «Direkte_telefon»\nE-mail: «Afsender_email»\n"
    assert {f.rule for f in check_text(text, profile="generel", only=KONTAKT).findings} == set()
