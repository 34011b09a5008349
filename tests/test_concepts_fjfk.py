"""Classes from blind sets fj/fk: what follows when a limit is reached ("Hun kan stå i 20 minutter, så skal hun
sidde ned", "… før hun har brug for at sidde") is the limit, not an adjustment, while an adjustment may be named by
the word itself ("et godt hensyn") or as a pause built into the work ("en pause efter hver tredje kunde");
working again with a vague share ("kan arbejde fuldt i sin salon igen fra …") is an outlook, not a functional
level; the answer helping someone decide ("Dine svar skal hjælpe mig og arbejdsgiveren med at finde ud af, om …")
and the writer's decision at a meeting ("der skal vi aftale, om …") are purposes; a term in a department's name
line in the letterhead ("Afdelingen for sygedagpenge og fleksjob") is no use. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import TAIL, assert_addressed

K, F, S, J = 'sundhed.skaanehensyn', 'sundhed.funktionsniveau', 'sundhed-til-job', 'job-til-sundhed'

CASES: list[tuple[str, str, bool, str]] = [
    # (rule, profile, addressed?, body)
    (K, S, False, 'Han kan gå i ca. 10 minutter, så skal han sætte sig.'),
    (K, S, False, 'Han kan stå i et kvarter, så skal han sidde ned.'),
    (K, S, False, 'Hun kan sidde en halv time, så må hun rejse sig og gå lidt.'),
    (K, S, False, 'Hun kan klippe tre kunder, før hun har brug for at sidde.'),
    (K, S, False, 'Med hensyn til smerterne er der sket en bedring.'),
    (K, S, False, 'Af hensyn til hans ryg har vi valgt at vente med operationen.'),
    (K, S, True, 'Når han starter, så skal han undgå at løfte over 10 kg.'),
    (K, S, True, 'Lederen har indført en pause efter hver anden time, og det er et fornuftigt hensyn.'),
    (K, S, True, 'Hensyn: ingen tunge løft de første fire uger.'),
    (K, S, True, 'Arbejdsgiveren giver ham en pause mellem hver tur.'),
    (F, S, False, 'Jeg forventer, at han kan arbejde fuldt på lageret igen fra 1. juni.'),
    (F, S, False, 'Hun kan formentlig arbejde normalt igen efter sommerferien.'),
    (F, S, False, 'Han kan igen arbejde på fuld tid fra august.'),
    (F, S, True, 'Hun kan arbejde 20 timer om ugen igen.'),
    (F, S, True, 'Hun kan arbejde på fuld tid nu, men ikke løfte over 15 kg.'),
    ('job.formaal', J, True, 'Dine svar skal hjælpe os og arbejdsgiveren med at finde ud af, hvilke opgaver han '
                             'kan klare.'),
    ('job.formaal', J, True, 'Oplysningerne vil hjælpe teamet til at vurdere, om hun skal have et ressourceforløb.'),
    ('job.formaal', J, True, 'Vi holder møde med Ole og hans leder tirsdag, og der skal vi aftale, om han kan '
                             'starte op på deltid.'),
    ('job.formaal', J, True, 'På mødet vil vi vurdere, hvilke opgaver hun kan klare.'),
    ('job.formaal', J, False, 'Skal vi aftale, hvornår vi mødes?'),
    ('job.formaal', J, False, 'Du må gerne hjælpe Ole med at udfylde skemaet.'),
    ('job.formaal', J, False, 'Vi vil hjælpe ham med at komme i gang.'),
]


@pytest.mark.parametrize(("rule_id", "profile", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, _, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


HEAD = ("Jobcenter Vestby\n{unit}\nTorvet 4, 7100 Vestby\n\nTil: Lægerne i Vestby\n\nVestby, 2. marts 2026\n\n"
        "Vedr.: Ole Hansen\n\nKære læge\n\n")


@pytest.mark.parametrize(("unit", "body", "terms"), [
    # a department's name line in the letterhead is no use of its terms
    ("Afdelingen for sygedagpenge og fleksjob", "Vi overvejer et fleksjob, altså et job på nedsatte vilkår.", []),
    ("Team for ressourceforløb og jobafklaring", "Han er sygemeldt og går til fysioterapeut.", []),
    # the first use in the body still counts
    ("Afdelingen for sygedagpenge og fleksjob", "Han er sygemeldt, og vi overvejer et ressourceforløb.",
     ["ressourceforløb"]),
    # a sentence in the letterhead is a use
    ("Vi tilbyder fleksjob.", "Han er sygemeldt.", ["fleksjob"]),
])
def test_term_in_a_department_name_line(check_text, unit, body, terms):
    res = check_text(HEAD.format(unit=unit) + body + TAIL, profile=J, only={"sprog.jargon"})
    assert [f.term for f in res.findings if f.rule == "sprog.jargon"] == terms
