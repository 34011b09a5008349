"""Sender attribution classes that unseen letters got wrong (issue 12, pooled over every gold sender label):
whose a number is (a unit's shared line under a person's name, an organisation signing with a first name over
a function mailbox, "Ring til os"), a private person's home address under their name, a relative writing for
someone, and a short letter whose first paragraph is hard-wrapped with no greeting. Invented letters only."""

from __future__ import annotations

import pytest

BODY = ("Vores medlem Lars Bo er sygemeldt fra sit job som lagerarbejder. Vi vil gerne vide, hvornår "
        "næste opfølgningssamtale er.\n")


def _phones(res) -> list[tuple[str, bool, str]]:
    return [(p["number"], p["personal"], p["reason"]) for p in res.sender["phones"]]


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


@pytest.mark.parametrize("label", ["HR:", "HR", "Medlemsservice:", "A-kassen:", "Lønkontoret", "Personaleafdelingen:",
                                   "Sygedagpengeteamet:", "Team Ryg:"])
def test_a_units_label_on_the_number_makes_it_the_units_line_under_a_name(check_text, label):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\nMed venlig hilsen\nMette Sandberg\nKonsulent\n"
                     f"{label} 70 11 22 33\nmette.sandberg@nordpack.dk\n")
    assert res.sender["name"] == "Mette Sandberg"
    assert _phones(res) == [("70112233", False, "unit-label")]
    assert "kontakt.telefon" in _rules(res) and "kontakt.afdeling" not in _rules(res)


@pytest.mark.parametrize("label", ["Tlf.", "Telefon:", "Direkte:"])
def test_a_plain_or_direct_label_under_a_name_stays_personal(check_text, label):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\nMed venlig hilsen\nMette Sandberg\nHR-partner, Nordpack A/S\n"
                     f"{label} 70 11 22 33\nmette.sandberg@nordpack.dk\n")
    assert [(n, p) for n, p, _ in _phones(res)] == [("70112233", True)]
    assert not _rules(res)


@pytest.mark.parametrize("sign", ["Kasper\nMedlemsservice\nByggefagenes A-kasse",
                                  "Louise\nA-kassen Fremtid",
                                  "Kasper, Medlemsservice"])
@pytest.mark.parametrize("contact", ["Tlf. 70 20 33 40\nmedlemsservice@byggeakasse.dk",
                                     "70 20 33 40 · post@byggeakasse.dk"])
def test_a_first_name_over_a_function_mailbox_is_the_organisation_writing(check_text, sign, contact):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\nVenlig hilsen\n{sign}\n{contact}\n")
    assert res.sender["name"] is None
    assert _phones(res) == [("70203340", False, "first-name-shared")]
    assert {"kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= _rules(res)


def test_a_first_name_with_a_personal_address_keeps_the_number(check_text):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\nVenlig hilsen\nKasper\nMedlemsservice\n"
                     "Tlf. 70 20 33 40\nkasper@byggeakasse.dk\n")
    assert [(n, p) for n, p, _ in _phones(res)] == [("70203340", True)]
    assert "kontakt.navn" in _rules(res) and "kontakt.telefon" not in _rules(res)


def test_a_first_name_with_a_direct_label_keeps_the_number(check_text):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\nVenlig hilsen\nKasper\nMedlemsservice\n"
                     "Direkte 70 20 33 41\nmedlemsservice@byggeakasse.dk\n")
    assert _phones(res) == [("70203341", True, "personal-label")]


@pytest.mark.parametrize("invite", ["Ring til os på 70 20 33 40 (man-fre 9-15).",
                                    "Du kan ringe til os på 70 20 33 40.",
                                    "Kontakt os gerne på 70 20 33 40."])
def test_the_organisation_inviting_a_call_to_us_gives_its_own_number(check_text, invite):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\n{invite}\n\nVenlig hilsen\nKasper\n"
                     "Byggefagenes A-kasse\n")
    assert [(n, p) for n, p, _ in _phones(res)] == [("70203340", False)]
    assert "kontakt.afdeling" not in _rules(res) or "kontakt.telefon" in _rules(res)


@pytest.mark.parametrize("invite", ["Ring til mig på 22 33 44 55.",
                                    "Ring endelig, hvis I har spørgsmål, på 22 33 44 55.",
                                    "Du kan ringe til mig på 22 33 44 55."])
def test_the_author_inviting_a_call_to_themselves_gives_their_own_number(check_text, invite):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\n{invite}\n\nVenlig hilsen\nKasper Lund\n")
    assert _phones(res) == [("22334455", True, "first-person")]


@pytest.mark.parametrize("address", ["Egevej 4, 6000 Vestby", "Egevej 4\n6000 Vestby"])
def test_a_private_persons_home_address_under_the_name_leaves_the_number_theirs(check_text, address):
    res = check_text("Til Jobcenter Vestby\n\nJeg er sygemeldt med ondt i ryggen og kan ikke komme til samtalen "
                     "på torsdag, fordi jeg skal til scanning.\n\nVenlig hilsen\nGrethe Holm\n"
                     f"{address}\nTlf. 22 33 44 55\n")
    assert _phones(res) == [("22334455", True, "under-name")]
    assert "kontakt.telefon" not in _rules(res)


def test_an_organisations_address_under_the_name_makes_the_number_its_own(check_text):
    res = check_text(f"Til Jobcenter Vestby\n\n{BODY}\nVenlig hilsen\nGrethe Holm\nRygkirurgisk Afdeling\n"
                     "Egevej 4\n6000 Vestby\nTlf. 70 20 30 40\n")
    assert _phones(res) == [("70203040", False, "organisation-line")]


@pytest.mark.parametrize("relation", ["(datter af Erik Dahl)", "på vegne af min far Erik Dahl",
                                      "søn af Erik Dahl"])
@pytest.mark.parametrize("signer", ["Sara", "Sara Lund"])
def test_a_relative_signing_for_someone_is_the_sender_not_the_person_named_after(check_text, relation, signer):
    res = check_text("Til Jobcenter Vestby\n\nMin far har bedt mig skrive til jer. Han er indlagt og kan ikke "
                     f"komme til samtalen.\n\nVenlig hilsen\n{signer}\n{relation}\nMobil 22 33 44 55\n")
    assert res.sender["name"] == (signer if " " in signer else None)


def test_a_short_hard_wrapped_first_paragraph_without_greeting_is_no_letterhead(check_text):
    text = ("Vestby, 8. marts 2026\n\nTil Jobcenter Vestby\n\n"
            "Jeg skriver for min mor, Grethe Holm, som er sygemeldt. Hun har\n"
            "bedt mig om at hjælpe, fordi hun ikke selv kan skrive lige nu.\n\n"
            "Hun kan ikke komme til mødet den 18. marts.\n\n"
            "Jeg kan træffes på 60 13 92 47 efter kl. 16.\n\n"
            "Venlig hilsen\nBirgitte Holm Andersen\n")
    res = check_text(text)
    assert res.sender["name"] == "Birgitte Holm Andersen"
    assert _phones(res) == [("60139247", True, "first-person")]


SIG_HEAD = ("Kære Jobcenter Vestby\n\nJeg skriver om Lars Bo, som har givet samtykke til, at jeg orienterer jer. "
            "Han er lagerarbejder.\n\nHan kan løfte 10 kg og stå en time ad gangen. Han bør undgå tunge løft i "
            "seks uger.\n\nMed venlig hilsen\nAnne Holm\nFysioterapeut\n")


@pytest.mark.parametrize("line", ["Fælles telefon 70 20 30 40", "Tlf. 70 20 30 40 (fælles)",
                                  "Tlf. 70 20 30 40 (personalegruppen)", "Tlf. 70 20 30 40 (hovedtelefon)"])
def test_a_shared_line_under_the_signers_name_is_the_departments(check_text, line):
    res = check_text(SIG_HEAD + line + "\nanne.holm@fysionord.dk\n")
    assert [(n, p) for n, p, _ in _phones(res)] == [("70203040", False)]
    assert "kontakt.telefon" in _rules(res) and "kontakt.afdeling" not in _rules(res)


@pytest.mark.parametrize("own", ["Fysioterapeut Ida Marie Bech\nida.bech@fysiohuset.dk",
                                 "Fysioterapeut Ida Marie Bech\ndirekte 61 72 83 94\nida.bech@fysiohuset.dk"])
def test_the_signers_own_lines_after_the_letterheads_switchboard_are_the_senders(check_text, own):
    text = ("FysioHuset Vestby\nÅvej 12, 6000 Vestby\nTelefon 70 20 30 40 (telefontid hverdage kl. 8-9)\n"
            f"{own}\n\nJobcenter Vestby\nAtt. Sygedagpengeteamet\n\nVestby, 2. marts 2026\n\n"
            "Lars Bo har sagt ja til, at jeg sender denne status. Han er lagerarbejder og kan løfte 10 kg.\n\n"
            "Venlig hilsen\nIda Marie Bech\nFysioterapeut\n")
    res = check_text(text)
    assert res.sender["name"] == "Ida Marie Bech"
    assert ("ida.bech@fysiohuset.dk", True) in [(e["address"], e["personal"]) for e in res.sender["emails"]]
    assert ("70203040", False) in [(n, p) for n, p, _ in _phones(res)]


@pytest.mark.parametrize("contact", ["Tlf.: 61 72 83 94\nE-mail: ilbe@vestby.dk",
                                     "Tlf.: 61 72 83 94 · E-mail: ilbe@vestby.dk"])
def test_a_memo_heads_from_field_under_its_to_field_is_no_quoted_mail(check_text, contact):
    text = ("NOTAT\nVestby Kommune, Sundhed og Træning – Ergoterapien\n\nDato: 02.03.2026\n"
            "Til: Jobcenter Vestby, sagsbehandler Dorte Skov\nFra: Ergoterapeut Ida Lund Bech\n"
            f"{contact}\nBorger: Lars Bo\nEmne: Arbejdsevne efter undersøgelse\n\n"
            "Nuværende job: Lars er kok i en kantine og står ved gryderne det meste af dagen.\n\n"
            "Funktionsniveau: Han kan stå i 20 minutter ad gangen og løfte 5 kg.\n")
    res = check_text(text)
    assert res.sender["name"] == "Ida Lund Bech"
    assert [(n, p) for n, p, _ in _phones(res)] == [("61728394", True)]
    assert not _rules(res) & {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


def test_a_name_in_the_letterhead_does_not_decide_the_signatures_number(check_text):
    text = ("Psykolog Ida Frost\nÅvej 12, 6000 Vestby\n\nJobcenter Vestby\nAtt. Sygedagpengeteamet\n\n"
            "Lars Bo har sagt ja til, at jeg skriver. Han er tømrer, og han kan klare et let job.\n\n"
            "Venlig hilsen\nTlf. 21 43 65 87\nida@psykologfrost.dk\nIda Frost\n")
    res = check_text(text)
    assert ("21436587", True) in [(n, p) for n, p, _ in _phones(res)]


@pytest.mark.parametrize("label", ["Virksomhedens tlf.", "Firmaets nummer:", "Kommunens telefon", "Lægehusets tlf.:"])
def test_an_organisation_named_as_the_numbers_owner_makes_it_the_organisations(check_text, label):
    res = check_text(SIG_HEAD + f"{label} 70 20 30 40\nanne.holm@fysionord.dk\n")
    assert _phones(res) == [("70203040", False, "unit-label")]


@pytest.mark.parametrize("line", ["Erik Dahl, Møllevej 3, 6000 Vestby, tlf. 22 33 44 55",
                                  "Erik Dahl, Karen Blixens Vej 3, 6000 Vestby, 22 33 44 55"])
def test_a_name_before_a_comma_and_a_street_is_still_a_name(check_text, line):
    res = check_text("Til Jobcenter Vestby\n\nJeg er sygemeldt og kan ikke komme den 3. maj, fordi jeg skal "
                     f"opereres.\n\nMvh\n{line}\n")
    assert res.sender["name"] == "Erik Dahl"
    assert _phones(res) == [("22334455", True, "under-name")]


@pytest.mark.parametrize("blank", ["\n", ""])
def test_the_organisations_own_block_below_the_signature_holds_its_number(check_text, blank):
    res = check_text(SIG_HEAD + f"{blank}Fysioklinikken Nord\nTlf. 70 20 30 40\npost@fysionord.dk\n")
    # a block of its own headed by the organisation: its line; in the signer's block: under the name
    assert _phones(res) == [("70203040", not blank, "organisation-line" if blank else "under-name")]


@pytest.mark.parametrize("sentence, personal", [
    ("Du kan ringe til mig eller mine kolleger på 70 20 30 40.", False),
    ("Skriv gerne til mig eller ring på 70 20 30 40 i telefontiden.", False),
    ("Ring til mig på 61 72 83 94 eller til sekretariatet på 70 20 30 40.", True),
])
def test_the_authors_invitation_to_call_a_shared_line_gives_the_departments(check_text, sentence, personal):
    res = check_text("Kære Jobcenter Vestby\n\nLars Bo er lagerarbejder og kan løfte 10 kg. Han har givet samtykke.\n\n"
                     f"{sentence}\n\nMed venlig hilsen\nAnne Holm\nFysioterapeut\n")
    assert _phones(res)[0][1] is personal


@pytest.mark.parametrize("address, personal", [
    ("teamryg@vestby-sygehus.dk", False), ("ergoterapeuterne@vestby.dk", False), ("socialraadgiverne@vestby.dk", False),
    ("ledelse@nordpack.dk", False), ("sygefravaer@nordpack.dk", False), ("neurologisk.amb@vestby-sygehus.dk", False),
    ("jobafklaring@vestby.dk", False),
    ("anne.holm@vestby.dk", True), ("amb@vestby.dk", True), ("bjarne@vestby.dk", True)])
def test_group_and_function_mailboxes_under_a_name_are_the_departments(check_text, address, personal):
    res = check_text(SIG_HEAD + f"Direkte 70 20 30 41\n{address}\n")
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [(address, personal)]


@pytest.mark.parametrize("first", ["Hans Ulrik", "Per Henrik"])
def test_an_ambiguous_first_name_before_a_known_one_is_part_of_the_name_in_a_letterhead(check_text, first):
    text = (f"Speciallæge i ortopædkirurgi {first} Brandt\nKlinikken ved Åen, Åvej 2, 6000 Vestby\n"
            "Tlf. 96 12 33 71 · hub@klinikkenvedaaen.dk\n\nJobcenter Vestby\nTorvet 1\n6000 Vestby\n\n"
            "Kære sagsbehandler\n\nLars Bo er lagerarbejder og kan løfte 10 kg. Han har givet samtykke.\n\n"
            f"Med venlig hilsen\n\n{first} Brandt\nSpeciallæge i ortopædkirurgi\n")
    assert check_text(text).sender["name"] == f"{first} Brandt"


def test_his_before_a_name_in_the_text_is_no_first_name(check_text):
    res = check_text("Til Jobcenter Vestby\n\nHans kollega er sygemeldt. Jeg kan ikke komme den 3. maj.\n\n"
                     "Venlig hilsen\nGrethe Holm\n")
    assert res.sender["name"] == "Grethe Holm"


MEMO_TEXT = "\nLars Bo er lagerarbejder og kan løfte 10 kg. Han har givet samtykke.\n\nMvh\nIda\n"


def test_a_contact_line_without_colon_under_the_memos_from_field_is_the_senders(check_text):
    res = check_text("Til: Jobcenter Vestby, att. Lone Berg (tlf. 70 11 22 40)\nFra: Ida Bech, ergoterapeut\n"
                     "Tlf. 61 72 83 94\n" + MEMO_TEXT)
    assert res.sender["name"] == "Ida Bech"
    assert [(n, p) for n, p, _ in _phones(res)] == [("61728394", True)]


@pytest.mark.parametrize("mail, senders", [("ida.bech@vestby.dk", True), ("lone.berg@vestby.dk", False)])
def test_contact_lines_under_the_to_field_are_the_senders_when_named_after_the_from_field(check_text, mail, senders):
    res = check_text("Fra: Ergoterapeut Ida Bech, Sundhedscenter Vestby\nTil: Jobcenter Vestby, Lone Berg\n"
                     f"Tlf.: 61 72 83 94\nE-mail: {mail}\n" + MEMO_TEXT)
    assert res.sender["name"] == "Ida Bech"
    assert bool(_phones(res)) is senders
    assert [e["address"] for e in res.sender["emails"]] == ([mail] if senders else [])


FORM = ("STATUS TIL JOBCENTER\n\nBorger: Lars Bo\nJob: Lagerarbejder\nFunktionsniveau: Kan løfte 10 kg.\n"
        "Skånehensyn: Ingen tunge løft i seks uger.\n\n")


@pytest.mark.parametrize("label", ["Dato og underskrift:", "Underskrift:", "Dato/underskrift:"])
def test_a_forms_signature_field_at_its_foot_names_the_author(check_text, label):
    res = check_text(FORM + f"{label} 3. marts 2026, Anne Holm, fysioterapeut\n"
                     "Kontakt: 70 20 30 41 / anne.holm@fysionord.dk\n")
    assert res.sender["name"] == "Anne Holm"
    assert [(n, p) for n, p, _ in _phones(res)] == [("70203041", True)]


@pytest.mark.parametrize("tail", ["Direkte tlf. 97 66 48 12\nkbj@vestby.dk\n/KBJ\nSygeplejerske",
                                  "/KBJ\nSygeplejerske\nDirekte tlf. 97 66 48 12\nkbj@vestby.dk"])
def test_contact_lines_between_the_closing_and_a_slash_signature_are_the_authors(check_text, tail):
    res = check_text("Kære Jobcenter Vestby\n\nLars Bo er elektriker og kan løfte 10 kg. Han har givet samtykke.\n\n"
                     f"Venlig hilsen\n\n{tail}\n")
    assert _phones(res) == [("97664812", True, "personal-label")]
    assert [(e["address"], e["personal"]) for e in res.sender["emails"]] == [("kbj@vestby.dk", True)]


LH_BODY = ("\n\nJobcenter Vestby\nTorvet 1\n6000 Vestby\n\nKære sagsbehandler\n\nLars Bo er lagerarbejder og kan "
           "løfte 10 kg. Han har givet samtykke.\n\nMed venlig hilsen\nAnne Holm\n")


@pytest.mark.parametrize("head, personal", [
    ("Tlf. 61 72 83 94 · anne.holm@fysionord.dk\nAnne Holm, fysioterapeut\nFysioklinikken Nord, Åvej 2, 6000 Vestby",
     True),
    ("Fysioklinikken Nord\nTlf. 70 20 30 40\nAnne Holm, fysioterapeut", False),
])
def test_a_letterhead_number_above_the_name_is_the_signers_unless_under_the_organisation(check_text, head, personal):
    res = check_text(head + LH_BODY)
    assert [p for _, p, _ in _phones(res)] == [personal]


@pytest.mark.parametrize("sig, personal", [
    ("Fysioklinikken Nord\nTlf. 70 20 30 40\nAnne Holm, fysioterapeut", False),
    ("Tlf. 61 72 83 94\nAnne Holm, fysioterapeut\nFysioklinikken Nord", True),
])
def test_a_signature_number_above_the_name_is_the_signers_unless_under_the_organisation(check_text, sig, personal):
    res = check_text("Kære Jobcenter Vestby\n\nLars Bo er lagerarbejder og kan løfte 10 kg. Han har givet samtykke.\n\n"
                     f"Med venlig hilsen\n\n{sig}\n")
    assert res.sender["name"] == "Anne Holm"
    assert [p for _, p, _ in _phones(res)] == [personal]
