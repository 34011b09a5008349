"""Stop 30, after the held-out figure: the content-rule and jargon classes behind its mistakes (every sentence here is
invented; near misses must stay as they are):

- the working day named only as what to shorten ("arbejdsdagen bør afkortes", "kortere arbejdsdage") states no job
  (vagt-tilpasning voids sundhed.nuvaerende-job);
- a return denied even on reduced hours ("heller ikke på nedsat tid", "hverken på fuld eller nedsat tid") is the
  outlook, no adjustment (retur-forventet voids sundhed.skaanehensyn);
- a scheme defined in general ("fleksjob, som er et job på særlige vilkår med færre timer") is no adjustment for the
  citizen (ordning-forklaring voids sundhed.skaanehensyn);
- the assessment left to the recipient ("… må selv tage stilling til eventuelle skånehensyn") states none
  (vurdering-udestaar);
- a "Frist:" label over a sentence of its own ("Frist: Vi beder om …") names no deadline (frist-klar);
- jargon: an indefinite apposition with the compound term's own head explains it anywhere in the sentence
  ("rehabiliteringsteam, et tværfagligt team med …"); "der" right before a parenthesis is the place adverb, no
  relative clause ("har fremskudt sagsbehandling der (…)"); a note's dated finding after a comma ("lumbago, debut
  jan. 2026") and a form's handling after a dash ("LÆ 265 – sendt elektronisk") explain nothing.
"""

from __future__ import annotations

import pytest
from test_concepts import statement_test

S = "sundhed-til-job"
N, K = "sundhed.nuvaerende-job", "sundhed.skaanehensyn"

HEALTH: list[tuple[str, bool, str]] = [
    # the working day as what to shorten
    (N, False, "Vi anbefaler, at arbejdsdagen de første tre uger afkortes til fem timer."),
    (N, False, "Han bør have kortere arbejdsdage en periode."),
    (N, False, "Det vil hjælpe hende at forkorte arbejdsdagen til seks timer."),
    (N, True, "Arbejdsdagen begynder klokken seks på lageret, og han løfter paller hele dagen."),
    (N, True, "Hun arbejder som kok, og arbejdsdagen bør afkortes til seks timer."),
    # a return denied even on reduced hours
    (K, False, "Lægen tror ikke, at han kan vende tilbage til lageret, heller ikke på nedsat tid."),
    (K, False, "Hun kan ikke arbejde som kok igen, hverken på fuld eller nedsat tid."),
    (K, True, "Han bør starte på nedsat tid de første fire uger."),
    (K, True, "Hun kan ikke løfte tungt og bør derfor også starte på nedsat tid."),
    # a scheme defined in general
    (K, False, "Han har læst om fleksjob, som er et job på særlige vilkår med færre timer, men han tvivler."),
    (K, False, "Hun spurgte til fleksjob, der er en stilling med nedsat arbejdstid."),
    (K, True, "Hun bør have et fleksjob med færre timer."),
    (K, True, "Jeg anbefaler et skånejob, som er et job med færre timer, og han bør kun arbejde om formiddagen."),
    # the assessment left to the recipient
    (K, False, "Arbejdsgiveren må selv tage stilling til eventuelle skånehensyn."),
    (K, True, "Hun bør ikke løfte over 10 kg, men arbejdsgiveren må selv tage stilling til de øvrige opgaver."),
]

test_health = statement_test(HEALTH, profile=S)

F = "job.frist"
JOB: list[tuple[str, bool, str]] = [
    # a "Frist:" label over a sentence of its own that names no time
    (F, False, "Frist: Vi ønsker en kort status om hans ryg."),
    (F, False, "Frist: Jeg vil gerne høre fra dig."),
    (F, True, "Frist:\nfredag den 3. april 2026."),
    (F, True, "Frist: fredag den 3. april 2026."),
    (F, True, "Frist: Vi skal have svaret senest 3. april 2026."),
    (F, True, "Frist: 14 dage."),
]

test_job = statement_test(JOB, profile="job-til-sundhed")


def _jargon(check_text, sentence: str) -> list[str]:
    res = check_text("Til Jobcenter Vesterby\n\nKære sagsbehandler\n\n" + sentence + "\n\nHilsen\nAnne Holm\n",
                     only={"sprog.jargon"})
    return sorted(f.term.lower() for f in res.findings)


@pytest.mark.parametrize(("sentence", "flagged"), [
    # an indefinite apposition with the term's own head, late in a long sentence
    ("Vi har fået hans papirer i dag, og sagen skal nu videre til kommunens rehabiliteringsteam, et fast team med "
     "folk fra flere forvaltninger.", []),
    ("Vi har fået hans papirer i dag, og sagen skal nu videre til kommunens rehabiliteringsteam, et møde i næste "
     "måned.", ["rehabiliteringsteam"]),
    # "der" before a parenthesis is the place adverb
    ("Vi mødes i huset, fordi jobcentret har fremskudt sagsbehandling der (en medarbejder fra jobcentret sidder "
     "hos os hver uge).", []),
    ("Jobcentret har fremskudt sagsbehandling, der varer to år (se bilag).", ["fremskudt sagsbehandling"]),
    # a note's dated finding after the comma
    ("Set i klinikken for lumbago, debut feb. 2026 efter et fald.", ["lumbago"]),
    ("Set i klinikken for lumbago, opstået 3 uger før.", ["lumbago"]),
    ("Han har lumbago, almindelige smerter i lænden.", []),
])
def test_s30afterc_jargon(check_text, sentence, flagged):
    assert _jargon(check_text, sentence) == flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Vedlagt er en LÆ 265 – sendt til jer i dag.", ["læ 265"]),
    ("Vedlagt er en LÆ 265 – en lægeattest til rehabiliteringsteamet.", []),
])
def test_s30afterc_dash_handling(check_text, sentence, flagged):
    assert [t for t in _jargon(check_text, sentence) if t != "rehabiliteringsteam"] == flagged
