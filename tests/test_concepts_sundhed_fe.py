"""sundhed.*, job.formaal and samtykke from blind sets fe/ff: an indirect question ('svært at sige,
hvorvidt hun kan løfte') and a return to the job's own hours ('gå tilbage … på sine 30 timer') are no
functional level; shifts advised as an accommodation ('have kortere vagter') state no job;
adjustments asked of a job to come ('et job, hvor han selv kan styre pauserne') are accommodations;
'har sagt, at jeg gerne må skrive til jer' is consent; the writer's task at a named meeting ('Vi skal på
opfølgningssamtalen … vurdere, om …') is a purpose. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

F, S = 'sundhed.funktionsniveau', 'sundhed-til-job'

CASES: list[tuple[str, str, bool, str]] = [
    # (rule, profile, addressed?, body)
    (F, S, False, 'Det er svært at sige, hvorvidt han kan klare at løfte.'),
    (F, S, True, 'Jeg har vurderet, hvorvidt hun kan løfte, og hun kan løfte 10 kg.'),
    (F, S, False, 'Jeg forventer, at hun kan gå tilbage til lageret på sine 25 timer.'),
    (F, S, False, 'Jeg forventer, at han kan vende tilbage på sit fulde timetal i maj.'),
    (F, S, True, 'Hun kan arbejde 20 timer om ugen nu.'),
    ('sundhed.nuvaerende-job', 'sundhed-til-job', False, 'Hun skal de første uger have kortere vagter.'),
    ('sundhed.nuvaerende-job', 'sundhed-til-job', False, 'Han bør have færre vagter i en periode.'),
    ('sundhed.nuvaerende-job', 'sundhed-til-job', True, 'Hun har vagter på plejehjemmet.'),
    ('sundhed.skaanehensyn', 'sundhed-til-job', True, 'Hun bør finde et arbejde, hvor hun ikke skal løfte tungt.'),
    ('sundhed.skaanehensyn', 'sundhed-til-job', True, 'Han bør have et job, hvor han selv kan styre pauserne.'),
    ('sundhed.skaanehensyn', 'sundhed-til-job', True, 'Hun skal selv kunne styre sine pauser.'),
    ('sundhed.skaanehensyn', 'sundhed-til-job', False, 'Han har et job, hvor han skal løfte tungt.'),
    ('sundhed.skaanehensyn', 'sundhed-til-job', False, 'Han kan ikke styre sit temperament.'),
    ('samtykke', 'sundhed-til-job', True, 'Ole har sagt, at jeg gerne må skrive til jer om hans ryg.'),
    ('samtykke', 'sundhed-til-job', True, 'Hun har sagt, at vi godt må kontakte jobcentret.'),
    ('samtykke', 'sundhed-til-job', False, 'Lægen har sagt, at hun gerne må gå ture.'),
    ('samtykke', 'sundhed-til-job', False, 'Han har sagt, at jeg skal skrive en status.'),
    ('job.formaal', 'job-til-sundhed', True, 'Vi skal på mødet den 3. maj vurdere, om han kan starte i praktik.'),
    ('job.formaal', 'job-til-sundhed', True, 'Vi skal i uge 14 afklare, hvordan hun kan komme tilbage.'),
    ('job.formaal', 'job-til-sundhed', False, 'Vi skal på ferie i uge 14.'),
    ('job.formaal', 'job-til-sundhed', False, 'Vi skal på opfølgningssamtalen den 7. april tale med ham.'),
]


@pytest.mark.parametrize(("rule_id", "profile", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, _, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)
