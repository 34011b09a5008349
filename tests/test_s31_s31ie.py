"""Stop 31, the odd shapes of case systems and mail clients (s31ie): three rules taken as met by a wrong proof. Every
sentence and letter here is invented; each class has its near misses beside it.

- a form's section heading behind its marker ("Del 4 – Formålet med henvendelsen", "Punkt 3. Skånehensyn") is a
  heading: it counts only when the line under it answers it, and "Se ovenfor." / "Se herunder." / "-" does not (what
  it points at counts where it stands); the marker is data (`section-marker` in lexicons/letter/layout.yaml);
- the purpose of a measure already taken ("Sidste år var hun i arbejdsprøvning med henblik på at se …") is history,
  not the use of the answer asked for now (`formaal-fortid`); the writer's own purpose after it still counts;
- a change of posture or a load advised as the accommodation with the job only its setting ("bør kunne veksle mellem
  at gå og sidde på jobbet") names no job (`vagt-tilpasning`); the job's own demand ("står det meste af vagten")
  stays a hit.
"""

from __future__ import annotations

import pytest
from test_concepts import statement_test

from linter.kinds.require import _heading_like

S, J = "sundhed-til-job", "job-til-sundhed"
N, K, FO = "sundhed.nuvaerende-job", "sundhed.skaanehensyn", "job.formaal"

HEALTH: list[tuple[str, bool, str]] = [
    # a posture change advised, the job only its setting
    (N, False, "Hun bør kunne veksle mellem at gå og sidde på jobbet."),
    (N, False, "Han skal have lov til at sidde ned i løbet af vagten."),
    (N, False, "Hun bør undgå at bære tunge ting på arbejdet de næste uger."),
    (N, True, "Hun står det meste af vagten ved et samlebånd."),
    (N, True, "Han løfter tunge kasser på arbejdet hver dag."),
    # … and the accommodation itself is still one
    (K, True, "Hun bør kunne veksle mellem at gå og sidde på jobbet."),
]

test_health = statement_test(HEALTH, profile=S)

JOB: list[tuple[str, bool, str]] = [
    # the purpose of a measure already taken
    (FO, False, "Sidste år var hun i arbejdsprøvning med henblik på at se, hvor mange timer hun kunne klare."),
    (FO, False, "I 2024 deltog han i et kursus, dvs. nogle uger på en skole, for at afklare et nyt fag."),
    (FO, False, "Hun har været i en praktik på et lager med henblik på at afprøve lettere opgaver."),
    (FO, True, "Vi skal bruge dine svar til at vurdere, om hun kan starte i en ny praktik."),
    (FO, True, "Hun var i praktik i fjor, og vi spørger nu for at kunne planlægge den næste."),
    (FO, True, "Vi beder om dine svar med henblik på at lægge en plan for hendes tilbagevenden."),
]

test_job = statement_test(JOB, profile=J)

FORM_HEAD = ("KOMMUNE LINDEBY – JOBCENTRET\nForespørgsel til behandler\n\nTil: Fysioterapeut Nina Lund, "
             "Klinik Torvet, Torvet 2, 6600 Lindeby\nDato: 4. maj 2026\n\n"
             "Del 1 – Borgeren\nNavn: Per Hald\nArbejde: chauffør i et fragtfirma\n\n"
             "Del 2 – Samtykke\n[X] Borgeren har skrevet under på en samtykkeerklæring\n\n"
             "Del 3 – Spørgsmål\n1) Hvor længe kan Per sidde i en bil ad gangen?\n"
             "2) Kan han læsse pakker på op til 20 kg?\n\nDel 4 – Svarfrist\nSvar gerne senest 25. maj 2026.\n\n")
FORM_TAIL = "\n\nDel 6 – Kontakt\nNavn: Sofie Berg\nTelefon: 99 15 83 20 (direkte)\nE-mail: sofie.berg@lindeby.dk\n"


def _fired(check_text, text: str, rule: str, profile: str) -> bool:
    res = check_text(text, profile=profile, only={rule})
    return any(f.rule == rule for f in res.findings)


@pytest.mark.parametrize(("section", "fires"), [
    ("Del 5 – Formålet med henvendelsen\nSe ovenfor.", True),
    ("Del 5 – Formålet med henvendelsen\nSe herunder.", True),
    ("Del 5 – Formålet med henvendelsen\n-", True),
    ("Punkt 5. Formålet med henvendelsen\nSe ovenfor.", True),
    ("Del 5 – Formålet med henvendelsen", True),
    ("Del 5 – Formålet med henvendelsen\nSvarene bruger vi til at lægge en plan med arbejdsgiveren.", False),
])
def test_section_heading_behind_its_marker(check_text, section, fires):
    """A form's section heading behind its marker counts only by the line under it: a pointer ("Se ovenfor.") or a
    dash states nothing, and the form's other sections above state no purpose either."""
    assert _fired(check_text, FORM_HEAD + section + FORM_TAIL, FO, J) is fires


def test_pointer_counts_what_it_points_at(check_text):
    """ "Se ovenfor." takes nothing from the section it points at, but a purpose stated up there counts where it
    stands."""
    stated = FORM_HEAD.replace("Del 3 – Spørgsmål\n", "Del 3 – Spørgsmål\nVi skal bruge svarene til at vurdere, om "
                               "Per kan starte på nedsat tid.\n")
    assert not _fired(check_text, stated + "Del 5 – Formålet med henvendelsen\nSe ovenfor." + FORM_TAIL, FO, J)


@pytest.mark.parametrize(("line", "heading"), [
    ("Afsnit 2 – Nuværende arbejde", True),
    ("Punkt 3. Skånehensyn", True),
    ("Del B – Tidsplan", True),
    ("5 – Tidsplan", True),
    ("Sektion II: Prognose", True),
    ("Del 2 af forløbet er træning to gange om ugen", False),
    ("Afsnit 4 – Hun kan løfte 10 kg", False),
])
def test_section_marker_is_no_heading_word(line, heading):
    assert _heading_like(line) is heading
