"""Classes from blind sets fl/fm/fn/fo: a terse note that opens with the citizen's title and workplace
("Sosu-hjælper i hjemmeplejen, 30 timer") states the job; a strain to avoid in the passive with the subject
between the modal and the verb ("Ved opstart bør tunge løft … undgås") is an accommodation; the job's own
activity expected back ("Jeg regner med, at han kan køre bus igen") is a work outlook and no functional level;
an abbreviation before a hyphen ("ADL-vurdering") is a use of the term, and a form's answer options in a
parenthesis ("(ja/nej)") explain nothing; a form's label whose value stands on the line under it counts like a
heading answered below, also when the letter model puts the label in the head. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import TAIL, assert_addressed

N, K, P, F = 'sundhed.nuvaerende-job', 'sundhed.skaanehensyn', 'sundhed.prognose', 'sundhed.funktionsniveau'

CASES: list[tuple[str, bool, str]] = [
    # (rule, addressed?, body) in the neutral sundhed-til-job letter
    (N, True, 'Sosu-hjælper i hjemmeplejen, 30 timer om ugen. Mange forflytninger.'),
    (N, True, 'Buschauffør hos et busselskab – delt tjeneste, mange timer bag rattet.'),
    (N, True, 'Pædagog i en vuggestue, 32 timer. Løfter børn hele dagen.'),
    (N, True, 'Lærer, fuld tid.'),
    (N, False, 'Sygeplejerske på afdelingen har målt blodtrykket.'),
    (N, False, 'Socialrådgiver, Mette Holm, har ringet til ham.'),
    (K, True, 'Ved opstart bør tunge løft og lange vagter undgås de første uger.'),
    (K, True, 'I den første måned skal arbejde over skulderhøjde begrænses mest muligt.'),
    (K, True, 'Efter hjemkomsten bør længerevarende stående arbejdsstillinger ved kassen helst undgås.'),
    (K, False, 'Efter indgrebet bør operationen af knæet udsættes.'),
    (K, False, 'Han kan ikke løfte over 10 kg.'),
    (P, True, 'Jeg forventer, at hun kan klippe kunder i salonen igen fra maj.'),
    (P, True, 'Vi regner med, at han kan køre bus igen efter sommerferien.'),
    (P, False, 'Jeg forventer, at han kan køre bil igen til træningen.'),
    (P, False, 'Jeg forventer, at hun kan gå ture med hunden igen.'),
    (F, False, 'Jeg regner med, at hun kan klippe kunder igen fra maj.'),
    (F, False, 'Vi forventer, at han kan køre lastbil igen i juni, men kun korte ture.'),
    (F, True, 'Hun kan stå og klippe i en time ad gangen.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


JHEAD = ("Jobcenter Vestby\nTorvet 4, 7100 Vestby\n\nTil: Lægerne i Vestby\n\nVestby, 2. marts 2026\n\n"
         "Vedr.: Ole Hansen\n\nKære læge\n\n")


@pytest.mark.parametrize(("body", "terms"), [
    # an abbreviation before a hyphen is a use of it
    ("Vi har lavet en ADL-vurdering af Ole i hjemmet.", ["adl"]),
    ("Ole har fået en NSAID-creme mod smerterne.", ["nsaid"]),
    ("Ole har fået en ADL-vurdering (en vurdering af, hvordan han klarer daglige gøremål som at lave mad).", []),
    # never inside a word
    ("Ole hjælper med madlavning og rengøring.", []),
    # a form's answer options are no explanation
    ("Bør et fleksjob overvejes (ja/nej):\nNej", ["fleksjob"]),
    ("Er et ressourceforløb relevant (sæt kryds)?", ["ressourceforløb"]),
    ("Vi overvejer et fleksjob til Ole (et job på nedsat tid med tilskud fra kommunen).", []),
])
def test_jargon_uses(check_text, body, terms):
    res = check_text(JHEAD + body + TAIL, profile="job-til-sundhed", only={"sprog.jargon"})
    assert [f.term for f in res.findings if f.rule == "sprog.jargon"] == terms


FORM = """LINDEBY KOMMUNE – STATUSSKEMA FRA BEHANDLER

Borgerens navn: Ole Hansen
Modtager: Jobcenter Lindeby
Dato: 2. marts 2026

Behandler: Marie Jensen, ergoterapeut
Direkte telefon: 40 27 15 93

Borgerens nuværende job:
{answer}

Funktionsniveau:
Kan stå i 20 minutter ad gangen.

Udfyldt af: Marie Jensen
"""


@pytest.mark.parametrize(("answer", "addressed"), [
    # the label's value on the line under it answers it
    ("Pakkeri på et mejeri, 30 timer om ugen. Han står ved et bånd og stabler kasser.", True),
    # the next label under it answers nothing
    ("Problemstilling:", False),
])
def test_form_label_answered_below(check_text, answer, addressed):
    res = check_text(FORM.format(answer=answer), profile="sundhed-til-job", only={N})
    assert any(f.rule == N for f in res.findings) != addressed
