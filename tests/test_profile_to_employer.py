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
