"""job.frist, round 4 (blind set gl, stop 25): the answer a time is for, in two wordings the frist-svar concept did
not know. Every sentence is our own, each class with its near misses:

- the writer's talk with the reader on a day named in the sentence is when the information is needed ("Jeg vil
  gerne tale med dig om Ole torsdag den 12. marts"); the citizen's talk with the reader, or a talk with no day, is
  none;
- the reader's estimate asked for ("hvis du til torsdag har et bud på …"); someone else's "bud på" is none.
"""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

J, FR = "job-til-sundhed", "job.frist"

CASES: list[tuple[str, bool, str]] = [
    (FR, True, "Jeg vil gerne tale med dig om Ole torsdag den 12. marts."),
    (FR, True, "Vi vil gerne snakke med jer om hende i uge 13."),
    (FR, True, "Kan vi tale sammen den 20. marts om hans ryg?"),
    (FR, False, "Han vil gerne tale med dig om sin ryg torsdag den 12. marts."),
    (FR, False, "Hun skal tale med dig om smerterne den 20. marts."),
    (FR, False, "Jeg vil gerne tale med dig om Ole."),
    (FR, False, "Jeg talte med dig om Ole den 20. februar."),
    (FR, True, "Det vil hjælpe mig, hvis du til torsdag har et bud på, hvor meget han kan løfte."),
    (FR, True, "Kan I give et bud på hans arbejdsevne inden fredag?"),
    (FR, False, "Arbejdsgiveren har et bud på en løsning inden fredag."),
    (FR, False, "Kan du give et bud på, hvor meget han kan løfte?"),
]


@pytest.mark.parametrize("rule_id, addressed, body", CASES)
def test_class(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, J)
