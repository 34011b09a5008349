"""Profile: a job centre writing to an employer is `generel` (RULES.md "Profiles"), and so is a health
professional's letter to one. A letter whose recipient's lines name no sector goes to an employer when the
recipient's mail domain is a business's (`domain-employer`), its address names a company form or a trade
(`other`: I/S, hotel, restaurant, vognmand), or the text speaks to the reader as the citizen's employer
(`employer-addressed`: "jeres medarbejder", "I som arbejdsgiver") and never as the health side
(`health-addressed`: "din patient"). Every letter here is invented."""

from __future__ import annotations

import pytest


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


# -- the employer as the recipient --------------------------------------------------------------------------------

PLAN = ("Tak for mødet i går med Sofie og mig. Som aftalt starter Sofie mandag den 4. maj med 12 timer om ugen "
        "og går op i tid efter fire uger. Hun skal ikke bære tunge kasser de første uger.\n\n"
        "Vi følger op sammen den 2. juni kl. 9.")
JOB_SIGN = "\n\nVenlig hilsen\nKarsten Vium\nVirksomhedskonsulent, Jobcenter Nørreby\nMobil 41 52 63 74\n"


@pytest.mark.parametrize("to", [
    "Til: Lise Ravn <lise@havblik-restaurant.dk>",          # the recipient's mail domain names a trade
    "Til: Lise Ravn <lr@norreby-vognmand.dk>",
    "Til: Lise Ravn <lise@fjordtransport.dk>",
    "Til: Lise Ravn, Restaurant Havblik <lise@havblik.dk>",  # the recipient's own words name a trade
    "Til: Lise Ravn, Ravn & Søn I/S <lise@ravnogsoen.dk>",  # ... or a company form
])
def test_a_job_centre_writing_to_an_employer_is_generel(check_text, to):
    text = (f"Fra: Karsten Vium <kavi@norreby.dk>\n{to}\nSendt: 28. april 2026 10:12\nEmne: Sofie Krag – opstart\n\n"
            "Kære Lise\n\n" + PLAN + JOB_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_the_text_speaking_to_the_employer_makes_it_generel(check_text):
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@ravn.dk>\nEmne: Sofie Krag\n\nKære Lise\n\n"
            "Tak for en god snak om jeres medarbejder Sofie Krag. " + PLAN + JOB_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_the_text_speaking_to_the_health_side_keeps_the_direction(check_text):
    """The same plain recipient, but the text speaks of the reader's patient: the health side."""
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@ravn.dk>\nEmne: Sofie Krag\n\nKære Lise\n\n"
            "Din patient Sofie Krag har givet samtykke til, at jeg skriver. Hvor mange timer kan hun arbejde nu, og "
            "hvor meget må hun løfte? Jeg skal bruge dit svar til opfølgningssamtalen den 12. maj." + JOB_SIGN)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_copy_to_the_job_centres_own_mailbox_does_not_hide_the_employer(check_text):
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@fjordtransport.dk>\n"
            "Cc: virksomhedsservice@norreby-jobcenter.dk\nEmne: Sofie Krag\n\nKære Lise\n\n" + PLAN + JOB_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_a_job_centre_letter_with_no_sign_of_its_recipient_stays_directional(check_text):
    """No recipient word, domain or address to the reader either way: the job centre's letter keeps its direction
    (over all labelled letters such letters go to the health side)."""
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@ravn.dk>\nEmne: Sofie Krag\n\nKære Lise\n\n"
            "Sofie Krag har givet samtykke til, at jeg skriver. Kan du sende mig en kort status inden den 12. maj?"
            + JOB_SIGN)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_health_report_to_an_employer_by_domain_is_generel(check_text):
    text = ("Fra: Anja Holt <anja@fysio-noerreby.dk>\nTil: Lise Ravn <lise@havblik-restaurant.dk>\nEmne: Sofie Krag\n\n"
            "Kære Lise\n\nSofie har givet lov til, at jeg skriver. Hun kan stå to timer ad gangen og bør ikke bære "
            "over 10 kg de næste fire uger.\n\nHilsen\nAnja Holt\nFysioterapeut\n")
    assert _profile(check_text, text) == ("generel", "health-to-other")


@pytest.mark.parametrize("block", ["Hotel Fjordgården\nStrandvejen 9, 7100 Nørreby",
                                   "Vognmand Per Ebbesen\nHavnevej 3, 7100 Nørreby"])
def test_an_employers_block_on_top_of_a_signed_note_is_the_addressee(check_text, block):
    """A short note with no letterhead: the block on top names a business, the signer a sector; the block is whom
    the note is to, not the sender's letterhead."""
    text = (f"{block}\n\nKort status på Sofie Krag. Hun kan stå to timer ad gangen og bør ikke bære over 10 kg de "
            "næste fire uger.\n\n/Anja Holt, fysioterapeut\n")
    assert _profile(check_text, text) == ("generel", "health-to-other")


def test_a_neutral_block_on_top_of_a_signed_note_stays_the_senders(check_text):
    text = ("Anja Holt\nStrandvejen 9, 7100 Nørreby\n\nKort status på Sofie Krag til jobcentret. Hun kan stå to timer "
            "ad gangen og bør ikke bære over 10 kg de næste fire uger.\n\n/Anja Holt, fysioterapeut\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


# -- the citizen's mentor or placement host as the recipient ------------------------------------------------------

MENTOR_SIGN = "\n\nHilsen\nKarsten\nJobkonsulent, Jobcenter Nørreby\nMobil 41 52 63 74\n"
MENTOR_PLAN = ("Han er 48 og har kørt lastbil i mange år. Efter en diskusprolaps er han nu i fleksjob 10 timer om ugen "
               "på et lager. Første møde bliver tirsdag den 5. maj kl. 9, og jeg kommer selv med.")


@pytest.mark.parametrize("opening", [
    "Tak fordi du vil være mentor for Jens.",                    # the reader becomes the citizen's mentor
    "Jeg skriver til dig som hans virksomhedsmentor.",
    "Det er godt at vide, at du er hans kontaktperson på arbejdspladsen.",
    "Tak fordi I som praktikvært tager imod Jens.",               # ... or the placement's host
    "Her lidt om Jens inden din rolle som mentor begynder.",
])
def test_a_job_centre_writing_to_the_citizens_mentor_is_generel(check_text, opening):
    text = ("Fra: Karsten <kavi@norreby.dk>\nTil: Hanne Lund <hanne@lund.dk>\nEmne: Jens\n\nHej Hanne\n\n"
            f"{opening} {MENTOR_PLAN}" + MENTOR_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


@pytest.mark.parametrize("to", [
    "Til: Hanne Lund <hanne@mentorkontoret.dk>",       # a mentor service's mail domain
    "Til: Hanne Lund, virksomhedsmentor <hanne@lund.dk>",  # the recipient's own words name the mentor
])
def test_the_mentors_address_makes_it_generel(check_text, to):
    text = (f"Fra: Karsten <kavi@norreby.dk>\n{to}\nEmne: Jens\n\nHej Hanne\n\n{MENTOR_PLAN}" + MENTOR_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


@pytest.mark.parametrize("sentence", [
    "Han har fået en mentor på lageret, som han mødes med hver uge.",
    "Kan du vurdere, om han vil have gavn af en mentor i jobbet?",
    "Du er velkommen til at tale med hans mentor, hvis det hjælper.",
])
def test_a_job_centre_to_a_health_professional_mentioning_a_mentor_keeps_the_direction(check_text, sentence):
    """Near misses: the mentor is a third party the job centre tells the citizen's doctor about."""
    text = ("Fra: Karsten <kavi@norreby.dk>\nTil: Hanne Lund <hanne@lund.dk>\nEmne: Jens\n\nHej Hanne\n\n"
            f"Jens har givet samtykke til, at jeg skriver. {sentence} Kan du sende mig en kort status inden den "
            "12. maj?" + MENTOR_SIGN)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_job_centre_to_a_doctor_about_the_mentor_stays_job_til_sundhed(check_text):
    text = ("Fra: Karsten <kavi@norreby.dk>\nTil: Læge Hanne Lund <hanne@laegehuset-torvet.dk>\nEmne: Jens\n\n"
            "Kære Hanne Lund\n\nDin patient Jens arbejder nu sammen med en virksomhedsmentor. Kan du sende mig en "
            "kort status inden den 12. maj?" + MENTOR_SIGN)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


# -- more trades in the employer's mail domain, and a greeting that runs on into the text --------------------------

@pytest.mark.parametrize("to", [
    "Til: Lise Ravn <lise@ravn-bilcenter.dk>",
    "Til: Lise Ravn <lise@norrebyauto.dk>",
    "Til: Lise Ravn <lise@fjord-vaerksted.dk>",
    "Til: Lise Ravn <lise@nordgrossisten.dk>",
])
def test_more_trades_in_the_domain_name_an_employer(check_text, to):
    text = (f"Fra: Karsten Vium <kavi@norreby.dk>\n{to}\nSendt: 28. april 2026 10:12\nEmne: Sofie Krag – opstart\n\n"
            "Kære Lise\n\n" + PLAN + JOB_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_a_health_domain_is_no_trade(check_text):
    # near miss: a clinic's domain names no employer although the letter is the same
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@norreby-fysioterapi.dk>\nEmne: Sofie Krag\n\n"
            "Kære Lise\n\n" + PLAN + JOB_SIGN)
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_greeting_running_on_into_the_text_names_no_recipient_by_the_texts_words(check_text):
    # "Hej Lise. Sofie starter …" on one line: the health word in the run-on sentence is the text's, not the
    # addressee's, so the employer's domain still decides
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@ravn-bilcenter.dk>\nEmne: Sofie\n\n"
            "Hej Lise. Sofie starter mandag kl. 8 med fire timer om dagen, som hendes fysioterapeut har sagt.\n"
            + JOB_SIGN)
    assert _profile(check_text, text) == ("generel", "job-to-employer")


def test_a_greeting_naming_the_health_side_still_does(check_text):
    # near miss: "Hej fysioterapeut Lise." names the addressee's sector before the stop
    text = ("Fra: Karsten Vium <kavi@norreby.dk>\nTil: Lise Ravn <lise@ravn.dk>\nEmne: Sofie\n\n"
            "Hej fysioterapeut Lise. Sofie starter mandag kl. 8 med fire timer om dagen i sin praktik.\n"
            + JOB_SIGN)
    assert _profile(check_text, text)[0] == "job-til-sundhed"
