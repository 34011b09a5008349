"""Profile classes of stop 27 (s27after2), RULES.md "Profiles". Every letter here is invented.

- A reply whose writer names no sector and whose reader names none either: the writer thanking the reader for the
  health side's own statement ("Tak for udtalelsen", "Tak for lægeerklæringen") is the job centre
  (`body-job-self`); the reader's own words told back ("Du skriver, at han ikke må
  løfte …", `reader-said`) are no report of the writer's, so what the letter does does not make it the health side's.
- A job centre's consultant writing to a colleague at the same municipal mail domain: a placement host whose name
  shares the town's name ("praktik hos Østerby Cykler" to …@oesterby.dk from …@oesterby.dk) does not make the reader
  the employer.
"""

from __future__ import annotations

import pytest


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


REPLY = (
    "Fra: Lone Bech <lone.bech@hammerup.dk>\n"
    "Sendt: 3. marts 2026 09:40\n"
    "Til: Anders Mogensen <am@torvets-laegehus.dk>\n"
    "Emne: SV: Karsten Vind\n\n"
    "Hej Anders\n\n"
    "{opening}\n\n"
    "Du skriver, at Karsten ikke må løfte mere end 5 kg og højst sidde en time ad gangen. Kan han køre truck, hvis "
    "sædet bliver skiftet? Ellers vil jeg overveje et andet lager med lettere opgaver.\n\n"
    "{use} Et kort svar inden fredag den 6. marts er fint.\n\n"
    "Venlig hilsen\nLone\n\n"
    "-----Oprindelig meddelelse-----\n"
    "Fra: Anders Mogensen <am@torvets-laegehus.dk>\n"
    "Sendt: 2. marts 2026 14:05\n"
    "Til: Lone Bech <lone.bech@hammerup.dk>\n"
    "Emne: Karsten Vind\n\n"
    "Hej Lone\n\nKarsten må ikke løfte mere end 5 kg de næste fire uger.\n\nMvh\nAnders Mogensen\n"
)


@pytest.mark.parametrize("opening, use", [
    ("Tak for udtalelsen. Jeg har et enkelt spørgsmål mere.",
     "Svaret skal med til samtalen med Karsten og hans leder den 10. marts."),
    ("Tak for lægeerklæringen, den er kommet frem.",
     "Det hele skal med til samtalen med Karsten og hans leder den 10. marts."),
])
def test_a_reply_thanking_for_the_statement_is_the_job_centres(check_text, opening, use):
    assert _profile(check_text, REPLY.format(opening=opening, use=use)) == ("job-til-sundhed", "body-job")


def test_the_readers_words_told_back_are_no_report(check_text):
    # no cue of the writer's side: the reader's words told back ("Du skriver, at …") and the writer's plan are no
    # health professional's report, so the recipient's clinic domain is all that is left
    text = REPLY.format(opening="Jeg har et enkelt spørgsmål mere.", use="Det er vigtigt for planen.").replace(
        " Et kort svar inden fredag den 6. marts er fint.", "")
    assert _profile(check_text, text)[0] != "sundhed-til-job"


PLACEMENT = (
    "Fra: Rasmus Toft Lind <rtli@oesterby.dk>\n"
    "Til: Hanne Vestergaard <have@oesterby.dk>\n"
    "Dato: 2. februar 2026 kl. 10:05\n"
    "Emne: Praktik for Mikkel Aagaard\n\n"
    "Hej Hanne\n\n"
    "{opening} Mikkel har sagt ja til, at vi to taler sammen om hans forløb.\n\n"
    "Hans gamle arbejdsplads kan ikke tage ham tilbage før til sommer. Derfor overvejer vi, at Mikkel kommer i "
    "praktik hos Østerby Cykler i marts, hvor han kan samle cykler ved et bord.\n\n"
    "Kan du svare på to ting inden fredag den 6. februar?\n"
    "1. Kan Mikkel klare 3 timer om dagen ved et arbejdsbord?\n"
    "2. Er der noget i et cykelværksted, han bør holde sig fra?\n\n"
    "Dine svar skal med i den plan, jeg laver med Mikkel på mandag.\n\n"
    "Hilsen\nRasmus\n\n"
    "Rasmus Toft Lind\nJobkonsulent, Jobcenter Østerby\nMobil 31 42 53 64\n"
)


@pytest.mark.parametrize("opening", [
    "Tak for dit notat fra hjemmebesøget.",
    "Jeg har læst din beskrivelse af hans hverdag.",
])
def test_a_placement_host_of_the_towns_name_is_no_addressee(check_text, opening):
    assert _profile(check_text, PLACEMENT.format(opening=opening))[0] == "job-til-sundhed"


def test_a_placement_host_at_the_readers_own_domain_still_is(check_text):
    # the reader at the business's own domain (not the writer's): the text names the reader's business as the
    # citizen's workplace, so the letter goes to the employer
    text = PLACEMENT.format(opening="Tak for snakken i går.").replace(
        "Hanne Vestergaard <have@oesterby.dk>", "Hanne Vestergaard <hanne@oesterbycykler.dk>")
    assert _profile(check_text, text) == ("generel", "job-to-employer")


# -- the answer going into the plan is the use of the answer (job.formaal) ----------------------------------------

from test_concepts import statement_test  # noqa: E402

FORM = "job.formaal"
JOB_CASES: list[tuple[str, bool, str]] = [
    (FORM, True, "Kan han stå ved en maskine i tre timer? Dine svar skal med i den plan, jeg laver med ham i morgen."),
    (FORM, True, "Hvor meget må hun løfte? Svarene skal indgå i handleplanen for hendes opstart."),
    (FORM, False, "Hvor meget må hun løfte? Svaret skal med, når du sender regningen."),
]

test_job_statement = statement_test(JOB_CASES, profile="job-til-sundhed")
