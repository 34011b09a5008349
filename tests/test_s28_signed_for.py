"""A secretary who signs "p.v.a." for the responsible professional writes the letter: her own number labelled
direkte and her own address count as the writer's (RULES.md kontakt.telefon: a number labelled direkte counts);
a secretary's block under the professional's own signature stays the secretariat's. Invented letters."""

from __future__ import annotations

from sender_helpers import kontakt_rules

HEAD = ("Rygklinikken, Sygehus Vestby\nHovednummer 70 10 20 00\n\nTil: Jobcenter Vestby\nAtt.: Sagsbehandler Ida Holm"
        "\n\nVedr.: Per Lund\n\nKære Ida Holm\n\nPer Lund har givet samtykke til, at vi skriver til dig.\n\n")


def _kontakt(check_text, signature: str) -> set[str]:
    return kontakt_rules(check_text(HEAD + "Med venlig hilsen\n\n" + signature, profile="sundhed-til-job"))


def test_a_secretary_signing_for_the_doctor_gives_her_own_direct_line_and_address(check_text):
    sig = "p.v.a. overlæge Jens Mølby\n\nKaren Vind\nLægesekretær\nDirekte: 70 10 21 45\nkaren.vind@vestby.dk\n"
    assert _kontakt(check_text, sig) == set()


def test_a_plain_number_under_the_signing_secretary_stays_the_secretariats(check_text):
    sig = "p.v.a. overlæge Jens Mølby\n\nKaren Vind\nLægesekretær\nTlf. 70 10 21 45\nrygklinik@vestby.dk\n"
    assert {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= _kontakt(check_text, sig)


def test_a_secretarys_block_under_the_doctors_own_signature_is_not_the_doctors(check_text):
    sig = ("Jens Mølby\nOverlæge\n\nKaren Vind\nLægesekretær\nDirekte: 70 10 21 45\nkaren.vind@vestby.dk\n")
    assert {"kontakt.telefon", "kontakt.email"} <= _kontakt(check_text, sig)
