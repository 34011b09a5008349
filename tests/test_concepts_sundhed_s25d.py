"""sundhed.* classes of stop 25, round 4 (found on a fourth sentence bank and a hospital template written from
RULES.md by outside writers; every body here is our own):

- forms: a tick list's empty boxes state nothing ("Forventet varighed: [ ] … [ ] …"), its ticked box is the answer,
  also to a question right before it ("Skal der tages hensyn? [ ] Ja [x] Nej") and between a label and its value
  ("Løfteevne: [x] under 5 kg"); a heading or label answered only by a placeholder ("Skånehensyn" /
  "[INDSÆT …]"), a deferral ("Prognose: Afventer svar på scanningen", "Tidsplan: Afhænger af ventelisten") or a
  pointer ("Skånehensyn: Se ovenfor") is unanswered;
- a date's template field after a statement leaves the statement standing ("… tilbage til sit job fra [INDSÆT
  DATO]"), except for the time frame, whose content the date is;
- skaanehensyn: an adjustment that is history ("var i 2021 omplaceret"), aids for the home; taken off a task in
  the passive ("skal tages af de tunge løft");
- tidsplan: a journal note's participle opening a dated sentence is history in an undated letter ("Opereret
  14.01.2025 …"); a month's part abbreviated ("forv. afsl. ult. maj");
- nuvaerende-job: the job left to the job centre to find out ("bedes selv indhente oplysninger om hans
  arbejdsopgaver"); a label with its owner ("Borgerens stilling: kok").
"""

from __future__ import annotations

import pytest
from test_concepts import HEAD, TAIL, assert_addressed

from linter.letter.ticks import options

F, J, P, S, T = ('sundhed.funktionsniveau', 'sundhed.nuvaerende-job', 'sundhed.prognose', 'sundhed.skaanehensyn',
                 'sundhed.tidsplan')

CASES: list[tuple[str, bool, str]] = [
    # (rule, addressed?, body)
    # tick lists
    (T, False, 'Forventet behandlingstid: [ ] under 2 uger [ ] 2-6 uger [ ] over 6 uger'),
    (T, True, 'Forventet behandlingstid: [ ] under 2 uger [x] 2-6 uger [ ] over 6 uger'),
    (P, False, 'Kan borgeren vende tilbage til sin stilling: [ ] Ja [ ] Nej [ ] Ved ikke'),
    (P, True, 'Kan borgeren vende tilbage til sin stilling: [ ] Ja [x] Nej [ ] Ved ikke'),
    (S, True, 'Er der behov for særlige hensyn på arbejdet? ☐ Ja ☒ Nej'),
    (S, False, 'Er der behov for særlige hensyn på arbejdet? ☐ Ja ☐ Nej'),
    (F, True, 'Gangdistance: [x] under 500 m [ ] 500-1000 m [ ] over 1 km'),
    (F, False, 'Gangdistance: [ ] under 500 m [ ] 500-1000 m [ ] over 1 km'),
    # a label or heading answered by a placeholder, a deferral or a pointer
    (S, False, 'Skånehensyn\n[INDSÆT HENSYN HER]'),
    (S, True, 'Skånehensyn\nHan bør ikke bære over 10 kg.'),
    (P, False, 'Prognose: Afventer resultatet af MR-scanningen.'),
    (T, False, 'Tidsplan: Afhænger af, hvornår der er plads på holdet.'),
    (T, True, 'Tidsplan: Afventer plads på holdet, forventet start i uge 14.'),
    (S, False, 'Skånehensyn: Se nedenfor.'),
    # a date's field after a statement
    (P, True, 'Vi vurderer, at hun kan genoptage sit arbejde som frisør fra [INDSÆT DATO].'),
    (T, False, 'Genoptræningen forventes afsluttet [INDSÆT DATO].'),
    (P, False, 'Vi vurderer, at hun kan genoptage sit arbejde som [INDSÆT STILLING].'),
    # skaanehensyn
    (S, False, 'Han var i 2021 en overgang fritaget for nattevagter efter en knæoperation.'),
    (S, False, 'Hun har fået en ergonomisk stol til brug i hjemmet.'),
    (S, True, 'Hun har fået en ergonomisk stol på arbejdspladsen.'),
    (S, True, 'Han bør tages ud af weekendvagterne de næste to måneder.'),
    (S, True, 'Hun skal tages af de tunge forflytninger.'),
    (S, False, 'Han skal tages af sagen hos os.'),
    # tidsplan: a month's part abbreviated
    (T, True, 'Fys., forv. afsl. prim. juni.'),
    (T, False, 'Fys. afsluttet ult. januar.'),
    # nuvaerende-job
    (J, False, 'I må selv indhente en beskrivelse af hendes arbejdsopgaver hos kommunen.'),
    (J, False, 'Jobcentret bedes afklare hans opgaver med værkføreren.'),
    (J, True, 'Patientens stilling: kok i en kantine, 37 timer.'),
    (J, True, 'Hendes nuværende job: rengøringsassistent på et plejehjem.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


UNDATED = HEAD['sundhed-til-job'].replace('Lindeby, 2. marts 2026\n\n', '')


@pytest.mark.parametrize(("addressed", "body"), [
    (False, 'Undersøgt 14.01.2025 med MR-scanning af lænden.'),
    (False, 'Opereret 3. februar 2025 i højre knæ.'),
    (True, 'Opereres 3. februar 2027 i højre knæ.'),
    (True, 'Han bliver opereret 3. februar 2027 i højre knæ.'),
])
def test_journal_participle_undated(check_text, addressed, body):
    """In a letter without its own date, a journal note's participle opening the sentence tells history."""
    assert UNDATED != HEAD['sundhed-til-job']
    result = check_text(UNDATED + body + TAIL, profile='sundhed-til-job', only={T})
    assert any(f.rule == T for f in result.findings) != addressed


def test_tick_options():
    text = 'Varighed: [ ] under 4 uger [X] 1-3 måneder ☐ længere\nNæste linje [x] ja'
    got = [(text[o.text_start:o.end].strip(), o.ticked) for o in options(text)]
    assert got == [('under 4 uger', False), ('1-3 måneder', True), ('længere', False), ('ja', True)]
    assert options('Ingen bokse her [INDSÆT DATO]') == []


def test_placeholder_under_a_heading_counts_in_a_template_only(check_text):
    body = 'Skånehensyn\n[INDSÆT HENSYN HER]'

    def fires(template: bool) -> bool:
        result = check_text(HEAD['sundhed-til-job'] + body + TAIL, profile='sundhed-til-job', only={S},
                            template=template)
        return any(f.rule == S for f in result.findings)

    assert fires(template=False) and not fires(template=True)
