"""Stop 29 sender classes seen in the dev sender bank sm (every letter here is invented):

- a number written in four pairs split by a line break in its paragraph ("… direkte tlf. 31 72" / "90 46 eller …"),
  however short the first line: one number, and its sentence goes on into the next line (so the first person
  before it holds for the address after it too);
- a line in the text that goes on with the sentence above is no line of its own: "direkte på …" ending a
  sentence about a colleague is the colleague's line, not the author's direct-line field;
- the caller told to ask for someone after the number ("… og spørg efter sygedagpenge", "tryk 2"): a switchboard
  (RULES.md kontakt.telefon: a switchboard does not count), cue `ask-for` in lexicons/letter/sender.yaml;
- a mobile's one-letter label in a T/M/E signature ("M: …", cue `mobile-letter`): a mobile, the author's own also
  on the company's line ("Holm Byg ApS · T: … · M: …"), where the T number is the company's;
- an organisation's address line under the signer (a name piece and a street piece before the postcode's piece,
  "Fagforeningen Vest · Storegade 4 · 6700 Esbjerg · Tlf. …"): the organisation's number; a private person's
  address under the name ("Bøgevej 3, 8000 Aarhus C") leaves the number theirs;
- a short label run together with the number ("Tlf75123456"): a phone number, its label read as written."""

from __future__ import annotations


def _phones(res) -> dict[str, bool]:
    return {p["number"]: p["personal"] for p in res.sender["phones"]}


def _emails(res) -> dict[str, bool]:
    return {e["address"]: e["personal"] for e in res.sender["emails"]}


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


BODY = ("Peter Vang har gået til træning hos os i otte uger. Han er tømrer og kan nu løfte 10 kg og gå på stiger i\n"
        "korte perioder. Vi vurderer, at han kan starte på halv tid i sit job fra marts. Peter har givet samtykke.\n")


def test_number_split_in_pairs_over_a_short_line(check_text):
    text = ("Til Jobcenter Vesterå\n\n" + BODY.replace("samtykke.\n", "samtykke. Du kan fange mig på\n")
            + "direkte tlf. 31 72\n90 46 eller tovi@vesteraa.dk.\n\nMvh\nTove Vind, fysioterapeut\n")
    res = check_text(text)
    assert _phones(res) == {"31729046": True}
    assert _emails(res) == {"tovi@vesteraa.dk": True}
    assert not _rules(res) & {"kontakt.telefon", "kontakt.email"}


def test_split_number_needs_pairs():
    from linter.analysis.analysis import _four_pairs

    assert _four_pairs("31 72", "90 46") and _four_pairs("+45 31", "72 90 46")
    assert not _four_pairs("3172", "9046") and not _four_pairs("31 72", "90")


def test_wrapped_line_about_a_colleague_is_not_a_direct_line_field(check_text):
    text = ("Lægehuset Bakken\nBakkevej 2, 7100 Vejle\nTlf. 75 11 22 00 (telefontid kl. 8-9)\n"
            "post@laegehusetbakken.dk\n\nTil Jobcenter Vejle\n\n" + BODY +
            "Mens jeg er på kursus i næste uge, kan I kontakte min kollega, læge Ida Berg,\n"
            "direkte på 75 11 22 19.\n\nMed venlig hilsen\nOle Sand\npraktiserende læge\n")
    res = check_text(text)
    assert _phones(res) == {"75112200": False}
    assert {"kontakt.telefon", "kontakt.afdeling"} <= _rules(res)


def test_ask_for_someone_after_the_number_is_a_switchboard(check_text):
    text = ("Fra: Jobcenter Vesterå <jobcenter@vesteraa.dk>\nTil: klinik@fysiovest.dk\nEmne: Peter Vang\n\nHej\n\n"
            "Vi vil gerne høre, hvad Peter Vang kan klare. Ring gerne på 70 12 34 00 og spørg efter ledighedsydelse,\n"
            "hvis noget er uklart.\n\nMvh\nKLM\n")
    res = check_text(text)
    assert _phones(res) == {"70123400": False}
    assert {"kontakt.telefon", "kontakt.afdeling"} <= _rules(res)


def test_own_number_in_the_text_stays_personal(check_text):
    text = ("Til Jobcenter Vesterå\n\n" + BODY + "Ring gerne til mig på 31 72 90 46, hvis noget er uklart.\n\n"
            "Mvh\nTove Vind, fysioterapeut\n")
    assert _phones(check_text(text)) == {"31729046": True}


def test_mobile_one_letter_label_is_personal(check_text):
    text = ("Kære Jobcenter Vesterå\n\nVi har talt med vores medarbejder Kim Lund om hans tilbagevenden. Han kan starte"
            " med fire timer om dagen fra 1. marts.\n\nMed venlig hilsen\nBerit Holm\nPersonalechef\n"
            "Holm Byg ApS · T: 7015 2030 · M: 2233 4455 · berit@holmbyg.dk\n")
    res = check_text(text)
    assert _phones(res) == {"70152030": False, "22334455": True}


def test_organisation_address_line_under_the_signer(check_text):
    text = ("Til Jobcenter Esbjerg\n\nVores medlem Ali Karimi har bedt mig om hjælp i sin sag.\n\n"
            "Jeg træffes mandag og onsdag kl. 9-12 på 61 22 33 44 eller på lise.dam@fagvest.dk.\n\n"
            "Venlig hilsen\nLise Dam\nfaglig konsulent\n\n"
            "HK Sydvest · Storegade 4 · 6700 Esbjerg · Tlf. 70 40 50 60 · esbjerg@fagvest.dk\n")
    res = check_text(text)
    assert _phones(res) == {"61223344": True, "70405060": False}


def test_private_address_under_the_name_keeps_the_number():
    from linter.letter.sender import _organisation_address

    assert _organisation_address("Fagforeningen Vest · Storegade 4 · 6700 Esbjerg · Tlf. ")
    assert not _organisation_address("Bøgevej 3, 8000 Aarhus C, tlf. ")
    assert not _organisation_address("Tlf. ")


def test_label_run_together_with_the_number(check_text):
    text = ("Til Jobcenter Vejle\n\n" + BODY + "\nMvh\nTove Vind, fysioterapeut\n"
            "tlf.31729046/mail:tove.vind@vejle.dk\n\n"
            "Vejle Kommune·Kirketorvet 22·7100 Vejle·Tlf75123456·CVR29189900\n")
    res = check_text(text)
    assert _phones(res) == {"31729046": True, "75123456": False}
