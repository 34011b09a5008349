"""samtykke, sundhed.skaanehensyn and sundhed.nuvaerende-job from blind sets fc/fd: consent given as a yes to
the writer telling the job centre; a pause or an aid advised at work ("bør have en pause på …", "bør bruge
en saddelstol") and a telegraphic cap ("Højst 4 kunder om dagen"); a job told by shop work ("passer kassen",
"fylder varer op") and unemployment as a form value ("Job nu: Ledig siden …"); a work course from a
future date ("på fuld tid fra 1. april") is a time frame. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

CASES: list[tuple[str, bool, str]] = [
    ('samtykke', True, 'Ole har sagt ja til, at vi giver jobcentret en status.'),
    ('samtykke', True, 'Ole har sagt ja til, at jeg sender dig et kort notat.'),
    ('samtykke', False, 'Ole har sagt ja til at starte i praktik hos jobcentret.'),
    ('samtykke', False, 'Ole har sagt ja til, at vi giver ham en ny tid.'),
    ('sundhed.skaanehensyn', True, 'Når han starter igen, bør han have en\npause på 10 minutter hver anden time.'),
    ('sundhed.skaanehensyn', True, 'Han bør bruge en saddelstol ved bænken.'),
    ('sundhed.skaanehensyn', True, 'Han skal benytte en løftevogn til kasserne.'),
    ('sundhed.skaanehensyn', True, 'Svar: Ja. Højst 3 ture om dagen og en pause mellem hver tur.'),
    ('sundhed.skaanehensyn', True, 'Han holder en kort pause mellem hver kunde.'),
    ('sundhed.skaanehensyn', False, 'Han bør bruge sine hjemmeøvelser.'),
    ('sundhed.skaanehensyn', False, 'Han kan højst stå 4 timer om dagen.'),
    ('sundhed.skaanehensyn', False, 'Han har en pause mellem øvelserne.'),
    ('sundhed.skaanehensyn', False, 'Han bør have fysioterapi.'),
    ('sundhed.nuvaerende-job', True, 'Han passer kassen i en Brugs og fylder varer op på hylderne.'),
    ('sundhed.nuvaerende-job', True, 'Han fylder varer op om natten.'),
    ('sundhed.nuvaerende-job', True, 'Job nu: Ledig siden maj 2025. Tidligere lagerarbejder i 8 år.'),
    ('sundhed.nuvaerende-job', True, 'Arbejdsløs siden januar, før det chauffør.'),
    ('sundhed.nuvaerende-job', False, 'Ledige stillinger er der få af i området.'),
    ('sundhed.nuvaerende-job', True, 'Han gør rent hos Novo Nordisk.'),
    ('sundhed.nuvaerende-job', True, 'Hun ekspederer kunder i en Matas.'),
    ('sundhed.nuvaerende-job', False, 'Han laver øvelser i Fitness World.'),
    ('sundhed.nuvaerende-job', False, 'Hun passer sine børn i Aarhus.'),
    ('sundhed.nuvaerende-job', False, 'Tidligere lagerarbejder i 8 år.'),
    # a work course from a future date is a time frame; from a past date it is history
    ('sundhed.tidsplan', True, 'Vi anbefaler delvis raskmelding fra 12. marts med 25 timer om ugen.'),
    ('sundhed.tidsplan', True, 'Han kan være på fuld tid fra 1. april.'),
    ('sundhed.tidsplan', True, 'Vi forventer, at han er tilbage i sit job på fuld tid fra maj.'),
    ('sundhed.tidsplan', False, 'Han var på fuld tid fra 1. februar.'),
    ('sundhed.tidsplan', False, 'Han har været sygemeldt fra arbejdet fra 1. februar.'),
    ('sundhed.tidsplan', False, 'Han arbejder 25 timer om ugen.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


# a question answered right after it by a yes or no ("Svar: Ja, …") counts as the statement; an empty or
# evasive answer, or a question alone, does not
ANSWERED: list[tuple[str, bool, str]] = [
    ('sundhed.prognose', True, 'Spørgsmål 6: Kan han vende tilbage til sit job?\nSvar: Ja, som murer på fuld tid.'),
    ('sundhed.prognose', True, 'Kan han vende tilbage til sit job?\nNej, ikke som murer.'),
    ('sundhed.prognose', False, 'Kan borgeren vende tilbage til sit job?\nSvar:'),
    ('sundhed.prognose', False, 'Kan borgeren vende tilbage til sit job? Det ved jeg ikke.'),
    ('sundhed.skaanehensyn', True, 'Spørgsmål 4: Skal der tages skånehensyn?\nSvar: Nej.'),
    ('sundhed.skaanehensyn', False, 'Skal der tages skånehensyn?\nSvar: Det må lægen vurdere.'),
    ('sundhed.skaanehensyn', False, 'Skal der tages skånehensyn?'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), ANSWERED,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(ANSWERED)])
def test_answered_question(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)
