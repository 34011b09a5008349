"""Content classes of blind sets fj/fk on invented statements: a functional limit with what follows when it is
reached ('kan stå et kvarter, så må hun sætte sig') is no accommodation, while a pause the work schedules ('en
pause efter hver anden kunde') and an adjustment named by the noun ('et fornuftigt hensyn') are; work expected
back ('forventer, at han kan arbejde fuldt igen fra …') is an outlook, not a functional level; the answer helping
the case's people with a task ('Svarene skal hjælpe os og lederen med at …') and what a meeting will settle about
the citizen's work ('der skal vi aftale, om han kan starte …') are purposes; a term in the letterhead's department
name line ('Afdelingen for sygedagpenge og fleksjob') is no use. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

SK, F, P, S, J = 'sundhed.skaanehensyn', 'sundhed.funktionsniveau', 'job.formaal', 'sundhed-til-job', 'job-til-sundhed'

CASES: list[tuple[str, str, bool, str]] = [
    # (rule, profile, addressed?, body)
    # a limit with its consequence: what the body demands, not an adjustment of the work
    (SK, S, False, 'Han kan gå omkring 300 meter, så må han stå stille lidt.'),
    (SK, S, False, 'Hun klarer at sidde et kvarter ad gangen, og så skal hun rejse sig.'),
    (SK, S, False, 'Han kan bære to kasser, før han skal sætte sig og hvile.'),
    (SK, S, False, 'Hun kan stå ved disken i en halv time og må så holde en pause.'),
    (SK, S, False, 'Han kan køre bil i 40 minutter, derefter skal han strække benene.'),
    (SK, S, False, 'Hun kan feje i ti minutter, hvorefter hun har brug for at sidde ned.'),
    # … but an adjustment beside the limit, or a return's adjustment, still counts
    (SK, S, True, 'Han kan stå en halv time, så skal han have mulighed for at sætte sig på en stol.'),
    (SK, S, True, 'Hun bør højst stå 30 minutter ad gangen, så skal hun sidde.'),
    (SK, S, True, 'Han kan løfte 8 kg, så han bør ikke løfte fulde ølkasser.'),
    (SK, S, True, 'Når han begynder igen, så skal han sidde ved skranken de første uger.'),
    # a pause the work schedules, and the adjustment named by the noun
    (SK, S, True, 'Butikken har indrettet hendes vagter med en pause efter hver anden kunde.'),
    (SK, S, True, 'Han får en hvilepause for hver time på ruten.'),
    (SK, S, True, 'Lederen har flyttet ham til lageret. Det er et fornuftigt hensyn.'),
    (SK, S, True, 'Arbejdspladsen tager allerede de nødvendige hensyn.'),
    (SK, S, False, 'På holdet er der pause efter hver øvelse.'),
    (SK, S, False, 'Med hensyn til hans arbejde har jeg ingen bemærkninger.'),
    # work expected back is an outlook, not a functional level
    (F, S, False, 'Jeg forventer, at Kim kan arbejde fuldt på værkstedet igen fra 1. august.'),
    (F, S, False, 'Det forventes, at hun kan arbejde 32 timer om ugen fra uge 30.'),
    (F, S, False, 'Han vil formentlig kunne arbejde på fuld tid efter nytår.'),
    (F, S, False, 'Hun kan arbejde fuldt i børnehaven igen efter sommerferien.'),
    (F, S, False, 'Hun forventes at kunne arbejde fuld tid fra 1. oktober.'),
    # … today's capacity still counts, also beside an outlook
    (F, S, True, 'Jeg vurderer, at hun kan arbejde 15 timer om ugen.'),
    (F, S, True, 'Han kan nu igen arbejde fuldt.'),
    (F, S, True, 'Hun kan løfte 12 kg, og jeg forventer, at hun kan arbejde fuldt igen fra juni.'),
    # the answer helping the case's people with a task
    (P, J, True, 'Svarene skal hjælpe os og Peters leder med at finde ud af, om han kan tage nattevagter.'),
    (P, J, True, 'Din vurdering vil hjælpe teamet og arbejdsgiveren til at lægge timerne rigtigt.'),
    (P, J, False, 'Jeg vil gerne hjælpe ham med at finde et nyt job.'),
    # what a meeting will settle about the citizen's work
    (P, J, True, 'Vi mødes med ham og mester torsdag, og der skal vi aftale, om han kan starte på halv tid.'),
    (P, J, True, 'På mødet vil vi drøfte, hvordan Lise kommer tilbage i kantinen.'),
    (P, J, False, 'Vi skal aftale, om du kan komme til mødet.'),
    (P, J, False, 'Vi skal aftale, hvornår vi mødes.'),
]


@pytest.mark.parametrize(("rule_id", "profile", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, _, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


def _jargon(check_text, text: str) -> list[str]:
    res = check_text(text, profile="generel", only={"sprog.jargon"})
    return [f.term for f in res.findings if f.rule == "sprog.jargon"]


BODY = "\n\nKære Lars\n\nVi taler om {use}.\n\nMed venlig hilsen\n\nHanne Dal\n"


@pytest.mark.parametrize(("head", "flagged"), [
    # a department's name line in the letterhead: the lower-case term is part of the name
    ("Jobcenter Vestå\nAfdelingen for sygedagpenge og fleksjob\nToften 3, 6000 Vestå", []),
    ("Vestå Kommune\nTeam for ressourceforløb og jobafklaring\nToften 3, 6000 Vestå", []),
    ("Vestå Kommune\nCenter for job og ressourceforløb\nToften 3, 6000 Vestå", []),
])
def test_jargon_in_a_department_name_line_is_no_use(check_text, head, flagged):
    text = head + "\n\nTil: Lægehuset Vestå\n\nVestå, 4. maj 2026" + BODY.format(use="hans ryg")
    assert _jargon(check_text, text) == flagged


def test_jargon_after_a_department_name_is_judged_at_its_first_body_use(check_text):
    head = ("Jobcenter Vestå\nAfdelingen for sygedagpenge og fleksjob\nToften 3, 6000 Vestå\n\n"
            "Til: Lægehuset Vestå\n\nVestå, 4. maj 2026")
    assert _jargon(check_text, head + BODY.format(use="et fleksjob, altså et job på nedsat tid med tilskud")) == []
    assert _jargon(check_text, head + BODY.format(use="et fleksjob til ham")) == ["fleksjob"]


def test_jargon_in_a_letterhead_line_that_is_no_name_still_counts(check_text):
    # a line that opens with no organisation word, and a sentence, are no name
    for line in ("Vi tilbyder fleksjob og ressourceforløb", "Team Vestå hjælper med fleksjob."):
        text = f"Jobcenter Vestå\n{line}\nToften 3, 6000 Vestå\n\nTil: Lægehuset Vestå\n\nVestå, 4. maj 2026" \
            + BODY.format(use="hans ryg")
        assert "fleksjob" in _jargon(check_text, text), line
