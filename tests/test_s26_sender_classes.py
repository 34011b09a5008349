"""Stop 26 sender and direction classes (held-out letters of stop 25 showed them; every letter here is invented):

- a job centre's consultant places the citizen's work at the reader's ("en virksomhedspraktik hos jer", "han
  arbejder nogle timer hos jer", `employer-addressed`) or at a business the recipient's mail domain spells
  ("opstart hos Skovlund Cykler" to …@skovlundcykler.dk, `workplace-named`): the reader is the employer, `generel`
  (RULES.md "Profiles": a job centre writing to an employer); treatment or training "hos jer" stays the health side;
- a first name over a function mailbox, but with the person's own title under it ("Mette" / "Sagsbehandler,
  Jobcenter …"): a person signs, and an unlabelled number under them is theirs (RULES.md kontakt.telefon: "a
  number under the sender's name counts");
- a mailbox spelling the unit's word without its definite ending (`broindsats@` under "Broindsatsen") is the
  unit's, not a person's (RULES.md kontakt.email: a function mailbox);
- the author's imperative to call with an adverb ("Ring hellere end skriv – …", "Ring blot på …", "Ring, hvis …")
  gives the author's own number (RULES.md: "the author's own number in the text")."""

from __future__ import annotations

import pytest


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


def _phones(res) -> list[tuple[str, bool]]:
    return [(p["number"], p["personal"]) for p in res.sender["phones"]]


def _emails(res) -> list[tuple[str, bool]]:
    return [(e["address"] if "address" in e else e.get("email", e.get("value")), e["personal"])
            for e in res.sender["emails"]]


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


# -- a job centre's consultant writing to the citizen's workplace -------------------------------------------------

CONSULTANT = "\n\nMvh\nBirgitte Lohse\nVirksomhedskonsulent, Jobcenter Vesterå\nMobil 31 42 53 64\n"


@pytest.mark.parametrize("sentence", [
    "Vi vil gerne prøve Ahmad af i en virksomhedspraktik hos jer i seks uger.",
    "Planen er, at Ahmad arbejder nogle timer hos jer, mens han får sygedagpenge.",
    "Vi foreslår en arbejdsprøvning hos dig fra uge 20.",
    "Ahmad kan begynde sin opstart hos jer den 4. maj.",
])
def test_the_citizens_work_placed_at_the_reader_is_an_employer_letter(check_text, sentence):
    text = ("Fra: Birgitte Lohse <bilo@vestera.dk>\nTil: Kasper Dam <kasper@damogsoen.dk>\nEmne: Ahmad Nouri\n\n"
            f"Hej Kasper\n\nTak for snakken i går. {sentence} Han må ikke løfte over 15 kg.\n\nHvem bliver hans "
            "kontaktperson?" + CONSULTANT)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_the_citizens_workplace_named_as_the_recipients_domain_is_an_employer_letter(check_text):
    text = ("Fra: Birgitte Lohse <bilo@vestera.dk>\nTil: Kasper Dam <kasper.dam@skovlundcykler.dk>\n"
            "Emne: Møde om Ahmad\n\nHej Kasper\n\nJeg inviterer dig til et møde om Ahmads opstart hos Skovlund "
            "Cykler torsdag den 7. maj kl. 10. Tag gerne en liste over opgaverne på værkstedet med." + CONSULTANT)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_a_workplace_the_recipients_domain_does_not_spell_keeps_the_direction(check_text):
    """The text names the citizen's workplace, but the reader is at another address: a clinic asked for a status."""
    text = ("Fra: Birgitte Lohse <bilo@vestera.dk>\nTil: Kasper Dam <kasper@ryg-vestera.dk>\n"
            "Emne: Ahmad Nouri\n\nHej Kasper\n\nAhmad har givet samtykke til, at jeg skriver. Han skal starte sin "
            "opstart hos Skovlund Cykler den 7. maj. Hvor mange timer kan han arbejde, og hvad må han løfte? Jeg "
            "skal bruge svaret til opfølgningssamtalen den 4. maj." + CONSULTANT)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


@pytest.mark.parametrize("sentence", ["Hvornår kan Ahmad starte hos jer?",
                                      "Ahmad går til træning hos jer to gange om ugen."])
def test_treatment_or_training_at_the_reader_stays_the_health_side(check_text, sentence):
    text = ("Fra: Birgitte Lohse <bilo@vestera.dk>\nTil: Kasper Dam <kasper@damogsoen.dk>\nEmne: Ahmad Nouri\n\n"
            f"Hej Kasper\n\nAhmad har givet samtykke til, at jeg skriver. {sentence} Hvor meget må han løfte? "
            "Jeg skal bruge svaret til opfølgningssamtalen den 4. maj." + CONSULTANT)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


# -- a first name with the person's own title, sent from a shared mailbox ------------------------------------------

ASK = ("Hej\n\nAhmad Nouri har givet samtykke til, at vi skriver. Hvor mange timer kan han arbejde nu? Vi skal bruge "
       "svaret til opfølgningssamtalen, og vi vil gerne have det senest den 4. maj.\n\n")


@pytest.mark.parametrize("sign", ["Hilsen\nLone\nSagsbehandler, Jobcenter Vesterå\nTlf. 31 42 53 64\n",
                                  "Hilsen\nLone, sagsbehandler\nJobcenter Vesterå\nTlf. 31 42 53 64\n"])
def test_a_first_name_with_a_title_keeps_the_number_under_it(check_text, sign):
    res = check_text("Fra: Jobcenter Vesterå – Sygedagpenge <sygedagpenge@vestera.dk>\nTil: klinik@fysio-vest.dk\n"
                     "Emne: Ahmad Nouri\n\n" + ASK + sign)
    assert _phones(res) == [("31425364", True)]
    rules = _rules(res)
    assert "kontakt.telefon" not in rules and "kontakt.afdeling" not in rules
    assert {"kontakt.navn", "kontakt.email"} <= rules


def test_a_first_name_over_a_unit_and_a_function_mailbox_is_still_the_organisation(check_text):
    """No title under the first name, only the unit: the organisation writes (first-name-shared stays)."""
    res = check_text("Til Jobcenter Vesterå\n\n" + ASK + "Hilsen\nLone\nMedlemsservice\nTlf. 31 42 53 64\n"
                     "medlemsservice@vestakasse.dk\n")
    assert _phones(res) == [("31425364", False)]


# -- a mailbox named after the unit's word without its definite ending ---------------------------------------------

@pytest.mark.parametrize("unit, box", [("Broindsatsen", "broindsats"), ("Fjordlauget", "fjordlaug"),
                                       ("Vadehuset", "vadehus")])
def test_a_mailbox_spelling_the_units_word_is_the_units(check_text, unit, box):
    res = check_text(f"{unit}\nVesterå Kommune\n\nReferat af møde om rygforløb\n\nVi aftalte en fælles skabelon.\n\n"
                     f"Referent\nHelle Aagaard\nKoordinator, {unit}\nTlf. 72 41 50 00 (omstillingen)\n"
                     f"{box}@vestera.dk\n")
    assert [p for _, p in _emails(res)] == [False]
    assert {"kontakt.email", "kontakt.afdeling"} <= _rules(res)


def test_a_persons_address_beside_the_unit_stays_personal(check_text):
    res = check_text("Broindsatsen\nVesterå Kommune\n\nReferat af møde om rygforløb\n\nVi aftalte en fælles "
                     "skabelon.\n\nReferent\nHelle Aagaard\nKoordinator, Broindsatsen\n"
                     "Tlf. 72 41 50 00 (omstillingen)\nhelle.aagaard@vestera.dk\n")
    assert [p for _, p in _emails(res)] == [True]
    assert "kontakt.afdeling" not in _rules(res)


# -- the author's imperative to call -------------------------------------------------------------------------------

@pytest.mark.parametrize("invite", ["Ring hellere end skriv, hvis det går hurtigere – 31 42 53 64.",
                                    "Ring blot på 31 42 53 64.",
                                    "Ring, hvis noget er uklart: 31 42 53 64."])
def test_an_imperative_to_call_gives_the_authors_number(check_text, invite):
    res = check_text("Fra: Birgitte Lohse <bilo@vestera.dk>\nTil: Kasper Dam <kasper@fysio-vest.dk>\n"
                     "Emne: Ahmad Nouri\n\n" + ASK + invite
                     + "\n\nMvh\nBirgitte Lohse\nJobkonsulent, Jobcenter Vesterå\n")
    assert _phones(res) == [("31425364", True)]
    assert "kontakt.telefon" not in _rules(res)


def test_an_imperative_to_call_someone_else_gives_no_number_of_the_authors(check_text):
    res = check_text("Fra: Birgitte Lohse <bilo@vestera.dk>\nTil: Kasper Dam <kasper@fysio-vest.dk>\n"
                     "Emne: Ahmad Nouri\n\n" + ASK + "Ring hellere til hans arbejdsgiver Per Dam på 31 42 53 64."
                     "\n\nMvh\nBirgitte Lohse\nJobkonsulent, Jobcenter Vesterå\n")
    assert ("31425364", True) not in _phones(res)


# -- a wish in place of a closing ----------------------------------------------------------------------------------

MAIL = ("Fra: Birgitte Lohse <birgitte.lohse@vestera.dk>\nTil: Kasper Dam <kasper.dam@fysio-vest.dk>\n"
        "Emne: Ahmad Nouri\n\n" + ASK)


@pytest.mark.parametrize("wish", ["God weekend!", "Hav en god dag", "Rigtig god påske!"])
def test_a_wish_above_the_name_closes_the_mail_and_the_lines_under_it_sign_it(check_text, wish):
    res = check_text(MAIL + f"{wish}\nBirgitte Lohse\nJobkonsulent, Jobcenter Vesterå\nMobil 31 42 53 64\n")
    assert _phones(res) == [("31425364", True)]
    assert res.sender["role"] == "Jobkonsulent"
    assert "kontakt.telefon" not in _rules(res)
    assert res.profile == "job-til-sundhed"


def test_a_wish_in_the_text_is_no_closing(check_text):
    """A wish followed by more text (not a name alone) is a sentence; the real closing signs."""
    res = check_text(MAIL + "God weekend!\nVi ses til mødet.\n\nMvh\nBirgitte Lohse\nJobkonsulent\n"
                     "Mobil 31 42 53 64\n")
    assert _phones(res) == [("31425364", True)]
    assert res.sender["name"] == "Birgitte Lohse"


# -- a rule line of underscores: a page footer's rule, or a mail client's separator --------------------------------

REPORT = ("Til Jobcenter Vesterå\n\nKære Kasper\n\nAhmad Nouri har givet samtykke til, at vi skriver. Han er "
          "lagerarbejder og kan nu løfte 10 kg.\n\nMed venlig hilsen\n\nLone Berg\nErgoterapeut\n\n")


def test_a_rule_line_above_the_organisations_footer_keeps_the_footer_the_senders(check_text):
    res = check_text(REPORT + "_" * 40 + "\nTræningscenter Vesterå · Åvej 2, 7100 Vesterå · Tlf. 75 10 20 00 "
                     "(hovednummer) · traeningscenter@vestera.dk\n")
    assert _phones(res) == [("75102000", False)]
    assert [p for _, p in _emails(res)] == [False]
    assert {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"} <= _rules(res)


def test_a_rule_line_above_a_mail_header_starts_a_quoted_message(check_text):
    res = check_text(REPORT + "_" * 32 + "\nFra: Kasper Dam <kasper.dam@vestera.dk>\nSendt: 2. maj 2026 09:14\n"
                     "Emne: Ahmad Nouri\n\nRing til mig på 31 42 53 64.\n")
    assert _phones(res) == []
    assert "kontakt.afdeling" not in _rules(res)


# -- direction: a relative by the bond, a hospital's job-named team, a head line naming the order ------------------

@pytest.mark.parametrize("bond", ["Jeg er gift med Kurt Vang", "Jeg bor sammen med Kurt Vang"])
def test_a_relative_introducing_the_bond_writes_as_the_citizens_side(check_text, bond):
    text = ("Til sagsbehandler Hanne Lind\nOrtopædkirurgisk Afdeling\nSygehus Vesterå\n\nKære Hanne Lind\n\n"
            f"{bond}, som er indlagt hos jer. Han er bekymret for sit job som tømrer. Kan du hjælpe os med, hvad "
            "jobcentret skal have?\n\nMed venlig hilsen\n\nEva Vang\neva.vang@webmail.dk\n")
    assert _profile(check_text, text) == ("generel", "citizen")


def test_a_job_named_team_of_a_hospital_clinic_is_the_health_side(check_text):
    text = ("NOTAT\n\nTil:     Jobcenter Vesterå, sagsbehandler Kasper Dam\n"
            "Fra:     Arbejdsmedicinsk Klinik, Sygehus Vesterå, Team Job og Helbred\nDato:    2. maj 2026\n\n"
            "Ahmad Nouri har givet samtykke til, at vi sender notatet. Han kan stå to timer ad gangen og bør ikke "
            "løfte over 10 kg.\n\nHilsen\nLone\nTeam Job og Helbred\nDirekte 97 12 34 56\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_a_head_line_naming_the_order_and_its_recipient_names_no_sender(check_text):
    text = ("JOBCENTER VESTERÅ\nBestilling af arbejdsevnevurdering – til Træningscenter Vesterå, Fysioterapien\n\n"
            "Borger: Ahmad Nouri\nSagsbehandler: Kasper Dam\nDirekte tlf.: 31 42 53 64\n\n"
            "Hvad vi gerne vil vide:\n1. Hvor mange timer kan Ahmad arbejde?\n2. Hvad må han løfte?\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


# -- an ambiguous first name after a title in a practice's letterhead ---------------------------------------------

def test_a_title_before_an_ambiguous_first_name_makes_it_a_name_and_the_signer_wins(check_text):
    res = check_text("Lægerne i Vestgade\nLæge Per Holst · Læge Karen Birk\nVestgade 4, 7100 Vesterå\n"
                     "Tlf. 75 10 20 30 (telefontid 8-9)\n\nTil Jobcenter Vesterå\n\nVedr. Ahmad Nouri\n\n"
                     "Ahmad er lagerarbejder og kan løfte 10 kg. Han er fortsat sygemeldt.\n\nMvh\nPer Holst\n"
                     "Praktiserende læge\nDirekte 75 10 20 31\n")
    assert res.sender["name"] == "Per Holst"


def test_per_as_a_word_after_a_title_is_no_name(check_text):
    res = check_text("Til Jobcenter Vesterå\n\nAhmad er lagerarbejder. Svar gerne per mail.\n\nMvh\nKaren Birk\n"
                     "Læge\n")
    assert res.sender["name"] == "Karen Birk"


# -- the secretary offered beside the author's own number ----------------------------------------------------------

def test_the_secretary_offered_as_an_alternative_is_the_departments_number(check_text):
    res = check_text("Til Klinik Vest\n\n" + ASK + "Du kan ringe direkte til mig på 31 42 53 64 eller til "
                     "sekretæren på 31 42 50 00.\n\nMvh\nBirgitte Lohse\nJobkonsulent, Jobcenter Vesterå\n")
    assert _phones(res) == [("31425364", True), ("31425000", False)]


def test_a_named_secretary_is_a_colleague_not_the_department(check_text):
    res = check_text("Til Klinik Vest\n\n" + ASK + "Du kan også ringe til sekretæren Lise Bonde på 31 42 50 00."
                     "\n\nMvh\nBirgitte Lohse\nJobkonsulent, Jobcenter Vesterå\nDirekte 31 42 53 64\n")
    assert ("31425000", False) not in _phones(res) and ("31425000", True) not in _phones(res)
