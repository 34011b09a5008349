"""Classes of stop 30 found on the blind set hr (every sentence here is our own):

- skabelon.pladsholder: a bracketed field in ordinary case, its field word anywhere in a short phrase ("[Lægens
  navn]", "[Dato]", "[borgerens fødselsdato]"), and the "[indsæt …]" field in lower case, each one placeholder per
  occurrence; "[at]" in an e-mail address, "[sic]", a tick box and a Markdown link's text are none;
- samtykke: the citizen by full name asking the writer to send or write ("Maja Lund har bedt mig sende dig en
  status") mentions consent like the first name alone did; an office named so, or a name with its office, is none;
- sundhed.skaanehensyn: the other work the citizen could manage, named by its kind of tasks ("kunne klare et job
  med lettere opgaver"), is the outlook, not an adjustment; the current job with lighter tasks still is one;
- job.frist: a deadline tied to a meeting named only "samtale"/"møde" ("inden hans næste samtale") says when only where
  the letter dates the meeting (in the same sentence, another one or the subject line; a past meeting dates nothing); a
  named step of the course ("inden næste opfølgningssamtale", "før rundbordssamtalen") needs no date.
"""

from __future__ import annotations

import pytest
from test_concepts import HEAD, TAIL, assert_addressed

S, SK, FRIST = "samtykke", "sundhed.skaanehensyn", "job.frist"
P = "skabelon.pladsholder"


PLACEHOLDERS: list[tuple[str, int]] = [
    ("Til: [Sagsbehandlerens navn]\n\nKære [Sagsbehandlerens navn]", 2),
    ("Mødet holdes den [Dato] kl. 10.", 1),
    ("Borgeren er født [borgerens fødselsdato].", 1),
    ("Ring til mig på [Dit telefonnummer].", 1),
    ("Vi ses igen den [indsæt dato].", 1),
    ("[Skriv dit svar her]", 1),
    # near misses: no field
    ("Skriv til ole[at]lindeby.dk, hvis der er spørgsmål.", 0),
    ("Han skrev »jeg kan ikke [sic] løfte« i sin mail.", 0),
    ("[x] Skånehensyn\n[ ] Ingen skånehensyn", 0),
    ("Læs mere i [Borgerens vejledning om sygedagpenge](https://lindeby.dk/vejledning).", 0),
    ("Se afsnit [2] i notatet.", 0),
    ("Vedr.: Ole Hansen, cpr 120384-XXXX", 0),
]


@pytest.mark.parametrize(("body", "count"), PLACEHOLDERS, ids=[f"ph-{i}" for i in range(len(PLACEHOLDERS))])
def test_placeholders_counted_per_occurrence(check_text, body, count):
    result = check_text(HEAD["job-til-sundhed"] + body + TAIL, profile="job-til-sundhed", only={P})
    assert sum(f.rule == P for f in result.findings) == count


SUNDHED: list[tuple[str, bool, str]] = [
    # the citizen by full name asked for the sending
    (S, True, "Maja Lund har bedt mig sende dig en kort status."),
    (S, True, "Per Ole Skov har bedt os om at orientere jobcentret om forløbet."),
    (S, True, "Karen Bech har selv bedt mig skrive til dig."),
    # near misses: an office, a name with its office, a request for something else
    (S, False, "Jobcenter Vejle har bedt mig sende en kort status."),
    (S, False, "Bo Lund fra jobcentret har bedt mig sende en status."),
    (S, False, "Maja Lund har bedt om en ny tid i næste uge."),
    # another job named by its kind of tasks is the outlook, not an adjustment
    (SK, False, "Han vil efter min vurdering kunne klare et job med lettere opgaver."),
    (SK, False, "Hun kan varetage et andet arbejde uden tunge løft, fx på et kontor."),
    (SK, False, "Efter forløbet vil hun kunne passe en stilling med siddende opgaver."),
    # near misses: the current job with lighter tasks, a new job's own adjustment, advice to the employer
    (SK, True, "Han kan klare sit job med lettere opgaver de første fire uger."),
    (SK, True, "I et nyt job bør hun kunne skifte mellem at sidde og stå."),
    (SK, True, "Lederen bør give ham lettere opgaver, indtil han er færdig med træningen."),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), SUNDHED,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(SUNDHED)])
def test_sundhed_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


JOB: list[tuple[str, bool, str]] = [
    # an undated meeting names no time
    (FRIST, False, "Jeg vil gerne have dit svar inden hans næste samtale her hos os."),
    (FRIST, False, "Vi skal bruge oplysningerne inden hendes næste møde med os."),
    (FRIST, False, "Send gerne svaret før det planlagte møde med arbejdsgiveren."),
    # … a meeting that was dates nothing ahead
    (FRIST, False, "Vi holdt møde med ham den 20. januar 2026.\n\nJeg vil gerne have dit svar inden hans næste "
                   "samtale."),
    # the meeting dated in the same sentence or in another one
    (FRIST, True, "Jeg vil gerne have dit svar inden hans samtale den 14. april."),
    (FRIST, True, "Vi har opfølgningssamtale med ham den 14. april.\n\nJeg vil gerne have dit svar inden da."),
    (FRIST, True, "Vi har opfølgningssamtale med ham den 14. april.\n\nJeg vil gerne have dit svar inden hans næste "
                  "samtale."),
    (FRIST, True, "Mødet er torsdag kl. 13 her i huset.\n\nVi skal bruge oplysningerne inden mødet."),
    (FRIST, True, "Vi skal bruge oplysningerne inden opfølgningssamtalen i uge 16."),
    # a named step of the course needs no date (RULES.md: "hvornår i forløbet")
    (FRIST, True, "Vi skal bruge oplysningerne inden hendes næste opfølgningssamtale."),
    (FRIST, True, "Send gerne svaret før rundbordssamtalen."),
    # the weekday abbreviated dates the meeting too
    (FRIST, True, "Kan du sende din vurdering inden mødet tors. 10/12?"),
    # a deadline of its own beside an undated meeting still counts
    (FRIST, True, "Jeg vil gerne have dit svar senest den 20. marts, så det er klar til hans næste samtale."),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), JOB,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(JOB)])
def test_job_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile="job-til-sundhed")


def test_meeting_dated_in_the_subject_line(check_text):
    head = HEAD["job-til-sundhed"].replace("Vedr.: din patient Ole Hansen",
                                           "Vedr.: Ole Hansen – spørgsmål før mødet den 9. april")
    body = "Jeg vil gerne have dit svar inden mødet, så jeg kan forberede mig."
    result = check_text(head + body + TAIL, profile="job-til-sundhed", only={FRIST})
    assert not any(f.rule == FRIST for f in result.findings)
