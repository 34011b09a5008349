"""Stop 27, content classes handled once across concepts (s27content). Every sentence is our own.

(1) Someone else's voice: the citizen's wish, hope or worry, someone's question told, a talk reported without a
    stance — the shared void concept `andres-stemme`, listed by every sundhed.* content rule.
(2) History: a state before the sick leave, a past episode dated by its "da" clause — the shared void `historik`.
(3) Information sent is no request; someone else's use of a record and a meeting's own aim are no purpose; a field
    that only points elsewhere and a job unknown to the papers state no job; surgical relief is no accommodation.
(4) Misses: activities with a distance, everyday care; a bullet list of work restrictions; a period field with a
    date range (dated by its end); a copy of named records asked for; "retur" and "andet fag" as an outlook; a farm
    of one's own; the answer to an open Q/A question of a one-concept rule.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
F, N, P = "sundhed.funktionsniveau", "sundhed.nuvaerende-job", "sundhed.prognose"
K, T = "sundhed.skaanehensyn", "sundhed.tidsplan"
E, M = "job.efterspurgt-info", "job.formaal"

CASES: list[tuple[str, str, bool, str]] = [
    # (1) someone else's voice, in every content rule; the writer's own statement beside it still counts
    (K, S, False, "Hun ønsker sig en elevatorstol ved kassen."),
    (K, S, False, "Arbejdsgiveren spørger, om hun skal have kortere vagter."),
    (K, S, True, "Hun ønsker sig en elevatorstol, og jeg anbefaler, at hun ikke løfter over 5 kg."),
    (T, S, False, "Han håber selv at kunne slutte genoptræningen inden jul."),
    (T, S, True, "Genoptræningen slutter efter planen inden jul."),
    (P, S, False, "Han er bekymret for, om han kan fortsætte som tagdækker."),
    (P, S, False, "Vi har drøftet, hvad der skal til, for at han kan vende tilbage til værkstedet."),
    (P, S, True, "Jeg forventer, at han kan vende tilbage til værkstedet til sommer."),
    (F, S, False, "Hun er usikker på, om hun kan løfte spande med vand."),
    (F, S, True, "Hun kan løfte spande med 8 liter vand."),
    # (2) history
    (F, S, False, "Inden ulykken kunne han bære 30 kg op ad en stige."),
    (F, S, True, "Inden ulykken kunne han bære 30 kg, men nu kan han kun bære 10 kg."),
    (K, S, False, "Mesteren flyttede hende til lettere opgaver, da hun brækkede armen i 2019."),
    (K, S, True, "Mesteren bør flytte hende til lettere opgaver de næste seks uger."),
    # (3) information sent, purposes of others, pointers, unknown job, surgical relief
    (E, J, False, "Vedhæftet finder du borgerens egne oplysninger om skulder og arbejde."),
    (E, J, True, "Vi beder om en kopi af røntgenbeskrivelsen fra februar."),
    (M, J, False, "Fysioterapeuten bruger skemaet til at planlægge træningen."),
    (M, J, False, "Formålet med samtalen er, at I hilser på hinanden."),
    (M, J, True, "Formålet med mødet er at afklare, hvor mange timer hun kan starte med."),
    (N, S, False, "Job: se henvisningen fra jobcentret."),
    (N, S, False, "Hun er uddannet frisør, men det er ikke oplyst, hvad hun laver i dag."),
    (N, S, True, "Hun er uddannet frisør og arbejder i en salon i Lindeby."),
    (K, S, False, "Under operationen fik hun en aflastning af nerveroden i nakken."),
    (K, S, True, "Hun bør aflastes for tunge løft de første uger."),
    # (4) misses
    (F, S, True, "Går selv til bageren (ca. 2 km) og går op ad trappen til 3. sal."),
    (F, S, True, "Klarer egenomsorg og madlavning, men ikke havearbejde."),
    (K, S, True, "• ingen nattevagter • undgå løft over 15 kg"),
    (K, S, False, "• ingen smerter i hvile • god søvn"),
    (T, S, True, "Genoptræningsperiode: 15.02.2026–15.05.2026"),
    (T, S, False, "Genoptræningsperiode: 01.11.2025–15.01.2026"),
    (P, S, True, "Vurdering: retur til sit job som chauffør om ca. 2 mdr."),
    (P, S, True, "Tagarbejde kommer næppe på tale igen, så han bør hjælpes over i et andet fag."),
    (N, S, True, "Hun passer sin egen kvægbesætning sammen med sin mand."),
    (N, S, True, "Hvad består borgerens nuværende arbejde af?\nKassearbejde i et supermarked, 30 timer om ugen."),
    (N, S, False, "Hvad består borgerens nuværende arbejde af?\nVed ikke."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s27_content_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


def test_info_request_by_question_of_what_he_may_do(check_text):
    """A question asking what the citizen may and may not do is a concrete request (job.efterspurgt-info)."""
    assert_addressed(check_text, E, True, "Kan du skrive, hvad hun må og ikke må ved kassen?", J)


def test_numeric_date_range_is_dated_by_its_end():
    from linter.analysis.dates import parse_date

    today = dt.date(2026, 3, 2)
    assert parse_date("Periode: 01.02.2026–30.04.2026", today) == dt.date(2026, 4, 30)
    assert parse_date("1.2.2026 - 30.4.2026", today) == dt.date(2026, 4, 30)
    assert parse_date("senest 03.03.2026", today) == dt.date(2026, 3, 3)


def test_shared_voids_are_listed_by_every_content_rule():
    """The shared voids are one mechanism, defined once: the concept set `faelles-void` of
    lexicons/concept-sets.yaml holds them, and every sundhed.* content rule references it (nuvaerende-job takes
    only the voice by name: "Før sygemeldingen arbejdede hun som …" names the job she is sick-listed from)."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    sets = yaml.safe_load((root / "lexicons" / "concept-sets.yaml").read_text(encoding="utf-8"))["sets"]
    # (s29r2health: andres-forloeb, another person's treatment)
    assert sets["faelles-void"] == ["andres-stemme", "historik", "andres-forloeb"]
    for rule in ("funktionsniveau", "skaanehensyn", "tidsplan", "prognose", "nuvaerende-job"):
        params = yaml.safe_load((root / "rules" / f"sundhed.{rule}.yaml").read_text(encoding="utf-8"))["params"]
        listed = params["unless_span"]
        if rule == "nuvaerende-job":
            assert "andres-stemme" in listed and "set:faelles-void" not in listed and "historik" not in listed
        else:  # the set, never its members by name beside it
            assert "set:faelles-void" in listed, rule
            assert not {"andres-stemme", "historik", "andres-forloeb"} & set(listed), rule
