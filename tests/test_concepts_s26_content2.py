"""Content classes of stop 26 (found on the blind sets gn and go and on the pooled checklist; every body here is our
own, each class with its near misses):

- nuvaerende-job: the indefinite plural "arbejdsfunktioner" is a kind of work ("vil kunne varetage overvejende
  siddende arbejdsfunktioner", "lettere arbejdsfunktioner"), not the citizen's job; the definite form ("hvor
  arbejdsfunktionerne omfatter …") and the functions with their owner ("sine hidtidige arbejdsfunktioner") are; an
  indefinite job the citizen will or can manage ("vil kunne varetage et deltidsjob") is an outlook (`job-udsigt`), and
  the tasks named only as what to adjust ("bør tilpasse arbejdsopgaverne") or shifts to be spared ("bør ikke have
  nattevagter") say nothing of the job (`vagt-tilpasning`);
- forms: a label left empty with only a courtesy line of thanks under it ("Svar senest:" / "Tak for hjælpen.") is
  unanswered (the `felt-tom` concept); a line that goes on with a statement is read on its own; a date's mask or
  prompt in the place of the date ("Svar senest: dd.mm.åååå", "Svarfrist: (dato)"), a value that is only "not known"
  ("Stilling: ukendt"), a pointer to another paper ("Nuværende job: se journal") or urgency with no time ("Svar
  senest: snarest", frist.yaml: these name no time) leave the field unanswered;
- funktionsniveau: a second indirect question joined to the first stays as open as the first ("Jeg kan ikke vurdere,
  hvad hun kan løfte, eller hvor længe hun kan sidde": `uvished`); a job's habitual load with a word of frequency
  before the weight ("læsser selv varerne af, ofte 15-20 kg ad gangen": `jobkrav`) and the aim of advice ("bør have en
  saddelstol, så hun kan sidde ned": `funktion-maalsaetning`) are no capacity today.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
NJ, F, T, FR = "sundhed.nuvaerende-job", "sundhed.funktionsniveau", "sundhed.tidsplan", "job.frist"

CASES: list[tuple[str, bool, str, str]] = [
    # nuvaerende-job: a kind of work is no job
    (NJ, False, "Jeg vurderer, at han efter forløbet vil kunne varetage lettere arbejdsfunktioner på deltid.", S),
    (NJ, False, "Hun bør fremover have overvejende stillesiddende arbejdsfunktioner med mulighed for pauser.", S),
    (NJ, False, "Vi har talt om, hvilke arbejdsfunktioner der kunne passe til ham.", S),
    (NJ, True, "Hun forventes at kunne genoptage sine hidtidige arbejdsfunktioner i løbet af foråret.", S),
    (NJ, True, "Hans arbejdsfunktioner omfatter kørsel med truck og pakning af paller.", S),
    (NJ, True, "Han er ansat på et mejeri, hvor arbejdsfunktionerne omfatter rengøring af tanke.", S),
    (NJ, True, "Borgerens sædvanlige jobfunktioner er lettere kontorarbejde og telefonbetjening.", S),
    # … and an indefinite job the citizen will or can manage is an outlook, not the job held (job-udsigt)
    (NJ, False, "Hun vil efter behandlingen kunne varetage et deltidsjob.", S),
    (NJ, False, "Jeg vurderer, at han på sigt kan klare en fuldtidsstilling.", S),
    (NJ, True, "Hun har et deltidsjob i en børnehave.", S),
    (NJ, True, "Han kunne ikke klare et fuldtidsjob og har nu et deltidsjob på et lager.", S),
    # … nor are the tasks named only as what to adjust (vagt-tilpasning)
    (NJ, False, "Det anbefales, at arbejdsgiveren tilpasser arbejdsopgaverne de første uger.", S),
    (NJ, False, "Der bør ske en tilpasning af hendes arbejdsopgaver i en periode.", S),
    (NJ, False, "Hun bør ikke have nattevagter i de første måneder.", S),
    (NJ, False, "Han skal fritages for vagter om natten, til smerterne er aftaget.", S),
    (NJ, True, "Hun har nattevagter på et plejehjem og bør ikke have dem i de første måneder.", S),
    (NJ, True, "Hendes arbejdsopgaver omfatter rengøring af kontorer.", S),
    (NJ, True, "Han er lagermedarbejder, og arbejdsgiveren bør tilpasse arbejdsopgaverne.", S),
    # forms: a label with only thanks under it is unanswered
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest:\n\nTak for hjælpen.", J),
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvarfrist:\n\nPå forhånd tak.", J),
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest:\n\nMange tak for jeres hjælp!", J),
    (FR, True, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest:\n\n15. april 2026\n\nTak for hjælpen.", J),
    (FR, True, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest: 15. april 2026\n\nTak for hjælpen.", J),
    (FR, True, "Svar senest:\n\nTak for hjælpen. Vi skal bruge dit svar senest den 15. april 2026.", J),
    # … and so is one with only a date's mask or prompt in the place of the date
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest: dd.mm.åååå", J),
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvarfrist: dd/mm", J),
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest: (dato)", J),
    (FR, True, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvarfrist: 3/4", J),
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest: Snarest.", J),
    (FR, False, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvarfrist: hurtigst muligt", J),
    (FR, True, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvarfrist: hurtigst muligt og senest 1. april 2026", J),
    (FR, True, "Vi vil gerne vide, hvor meget Ole kan løfte.\n\nSvar senest: 7. april 2026 (dato for mødet)", J),
    # … and one whose value is only "not known" or a pointer to another paper
    (NJ, False, "Stilling: ukendt", S),
    (NJ, False, "Nuværende job: se journal", S),
    (NJ, True, "Stilling: lagermedarbejder, se journal for detaljer", S),
    (T, False, "Forventet varighed: uoplyst", S),
    (T, True, "Forventet varighed: 8 uger, se vedhæftede epikrise", S),
    (T, False, "Forventet afsluttet: mm/åååå", S),
    (T, True, "Forventet afsluttet: 06/2026", S),
    (T, False, "Forventet varighed af forløbet:\n\nTak for samarbejdet.", S),
    (T, True, "Forventet varighed af forløbet:\n\nCa. otte uger.", S),
    # funktionsniveau: a second question joined to a declined one is open too
    (F, False, "Jeg kan ikke vurdere, hvad han kan løfte, eller hvor længe han kan stå.", S),
    (F, False, "Det er uklart, hvor meget hun kan bære, og hvor længe hun kan gå.", S),
    (F, True, "Jeg kan ikke vurdere, hvad han kan løfte, men han kan stå i 20 minutter ad gangen.", S),
    # funktionsniveau: a job's habitual load is no capacity
    (F, False, "Hun er postbud og bærer typisk 10-15 kg ad gangen.", S),
    (F, False, "Han er murer og løfter tit sten på over 20 kg.", S),
    (F, True, "Han kan nu løfte 15 kg ad gangen uden smerter.", S),
    (F, True, "Hun kan ofte gå 2 km, før smerterne kommer.", S),
    # funktionsniveau: the aim of advice is no capacity
    (F, False, "Han bør have en høj stol, så han kan sidde ned, mens han arbejder.", S),
    (F, False, "Han bør have et hæve-sænkebord, så han kan stå op i perioder.", S),
    (F, True, "Hun har fået det bedre, så hun kan nu gå 2 km uden pause.", S),
    (F, True, "Han bør have et hæve-sænkebord. Han kan sidde 30 minutter ad gangen.", S),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body", "profile"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _, _) in enumerate(CASES)])
def test_class(check_text, rule_id, addressed, body, profile):
    assert_addressed(check_text, rule_id, addressed, body, profile)
