"""Profile classes of stop 27 (s27dir2), RULES.md "Profiles". Every letter here is invented.

- An insurer, a pension fund or the work-injury authority (`outside-org` in lexicons/letter/sectors.yaml) is a
  sender on neither side: `generel`, whatever its letter asks of a clinic and whatever role words its staff sign
  with ("Case manager, sygeplejerske"); as a recipient it is no sector either.
- A job centre's caseworker who writes that they (or a colleague) work or sit at the reader's place a day a week
  ("en af os fra jobcentret arbejder hos jer", `writer-at-reader`) says nothing of the citizen's work there: the
  letter is no letter to an employer and keeps its direction; the citizen working "hos jer" still makes it one.
"""

from __future__ import annotations

import pytest


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


# -- an insurer or a pension fund writes --------------------------------------------------------------------------

INSURER_BODY = (
    "Vedr.: Birthe Lund Mikkelsen, cpr. 120380-XXXX\n\n"
    "Vi behandler en anmeldelse om tab af erhvervsevne for Birthe. Hun har givet os fuldmagt til at indhente "
    "oplysninger, og fuldmagten ligger ved.\n\n"
    "Vi beder jer sende kopi af jeres notater om hendes nakke fra 1. marts 2026 og frem. Vi vil gerne have dem "
    "inden tre uger.\n\n"
    "Med venlig hilsen\n\n")


@pytest.mark.parametrize("head, sign", [
    ("Nordvig Pension & Forsikring\nSkadeafdelingen\nKanalvej 9, 8000 Aarhus C",
     "Ulla Brink\nSkadebehandler\nNordvig Pension & Forsikring\nSkadeafdelingen, tlf. 70 11 22 33"),
    ("Lærkely Pensionskasse\nErhvervsevnetab\nBredgade 40, 5000 Odense C",
     "Ulla Brink\nSagsbehandler\nLærkely Pensionskasse"),
    # the insurer's nurse is the insurer's: her title names no health place
    ("Nordvig Forsikring\nPersonskade\nKanalvej 9, 8000 Aarhus C",
     "Ulla Brink\nCase manager, sygeplejerske\nNordvig Forsikring"),
])
def test_an_insurer_writing_to_a_clinic_is_generel(check_text, head, sign):
    text = (f"{head}\n\nRygklinikken Sønderå\nÅvej 3, 6000 Kolding\n\nAarhus, 4. maj 2026\n\n"
            + INSURER_BODY + sign + "\n")
    assert _profile(check_text, text) == ("generel", "neither")


def test_a_clinic_writing_to_an_insurer_is_generel(check_text):
    text = ("Fra: Morten Dahl <mortendahl@fysio-soendraa.dk>\nTil: Skadeafdelingen, Nordvig Forsikring "
            "<skade@nordvig.dk>\nEmne: Birthe Lund Mikkelsen\n\nHej\n\n"
            "Birthe har gået til træning hos mig siden marts. Hun kan sidde i 30 minutter ad gangen og bør ikke løfte "
            "over 5 kg. Jeg forventer, at hun er bedre om tre måneder.\n\n"
            "Venlig hilsen\nMorten Dahl\nFysioterapeut, Fysioterapi Sønderå\n")
    assert _profile(check_text, text)[0] == "generel"


def test_a_clinic_footer_naming_the_patients_health_insurance_keeps_the_direction(check_text):
    """"Sygeforsikringen" in a clinic's own lines is the patients' subsidy, not an insurer writing."""
    text = ("Til: Jobcenter Sønderå\n\nKære sagsbehandler\n\n"
            "Birthe har gået til træning hos mig siden marts. Hun kan sidde i 30 minutter ad gangen og bør ikke løfte "
            "over 5 kg. Jeg forventer, at hun er bedre om tre måneder.\n\n"
            "Venlig hilsen\nMorten Dahl\nFysioterapeut\nTilskud fra Sygeforsikringen danmark\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


# -- the job centre's caseworker sits at the reader's place -------------------------------------------------------

def _mail(sentence: str) -> str:
    return ("Fra: Rikke Bundgaard <ribu@soendraa.dk>\nTil: Hans Vinding <havi@soendraa.dk>\n"
            "Sendt: 3. maj 2026 09:12\nEmne: Tobias Holm – status\n\nHej Hans\n\n"
            f"{sentence} Tobias har givet samtykke til, at vi taler sammen om hans forløb.\n\n"
            "Kan du skrive kort, hvor mange minutter han kan gå ad gangen nu? Jeg skal have det senest fredag i "
            "uge 20.\n\nVenlig hilsen\nRikke Bundgaard\nSygedagpengerådgiver, Jobcenter Sønderå\nTlf. 71 22 33 44\n")


@pytest.mark.parametrize("sentence", [
    "En af os fra jobcentret arbejder hos jer hver tirsdag, så jeg kan også komme forbi.",
    "Jeg sidder selv hos jer om onsdagen, men en mail er nemmest.",
    "Vi har kontor hos jer en dag om ugen fra næste måned.",
])
def test_the_writer_working_at_the_readers_place_is_no_employer_cue(check_text, sentence):
    assert _profile(check_text, _mail(sentence))[0] == "job-til-sundhed"


def test_the_citizen_working_at_the_readers_place_still_is(check_text):
    """The same letter, but the citizen works at the reader's: the reader is the employer."""
    assert _profile(check_text, _mail("Tobias arbejder 10 timer hos jer om ugen nu.")) == ("generel", "job-to-employer")
