"""Stop 28, classes from the dev set hd (branch s28hd). Every sentence and letter here is our own.

- sundhed.tidsplan: "de sidste"/"de seneste" is history only before a time word ("de seneste tre måneder"); as a
  pronoun for sessions ahead ("Vi har aftalt otte gange. De sidste ligger i maj 2026.") it voids nothing.
- sundhed.funktionsniveau: the level named as the kind of activity it is limited to ("funktionsniveauet er begrænset
  til stillesiddende arbejde", the capacity or the citizen as subject); a weight spelled out ("kilogram") and
  "overstigende" as a limit's word.
- sundhed.skaanehensyn: advice with a time or a place between "bør" and the verb ("bør i de første måneder i et nyt
  job ikke sidde …", "bør i starten have adgang til …"); an aid in the plural ("kontorstole", "hæve-sænkeborde").
- job.formaal: the writer's part in the plan for the return ("jeg skal hjælpe dem med en plan for de første uger");
  a request tied back by "derfor" after the verb ("Det vil derfor være en stor hjælp, hvis …").
- profile: a note on the collaboration of both sectors, addressed to no one ("NOTAT – samarbejde mellem
  Sundhedscentret og Jobcentret"), is a joint coordinating document: `generel` (RULES.md), also when its writer
  works on one side; addressed to the job centre, the same head keeps the letter's direction.
"""

from __future__ import annotations

import pytest
from sender_helpers import profile_of
from test_concepts import assert_addressed

S, J = "sundhed-til-job", "job-til-sundhed"
F, K, T, M = "sundhed.funktionsniveau", "sundhed.skaanehensyn", "sundhed.tidsplan", "job.formaal"

CASES: list[tuple[str, str, bool, str]] = [
    # tidsplan: "de sidste" as sessions ahead, beside history by its time word
    (T, S, True, "Vi har planlagt otte behandlinger. De sidste falder i midten af maj 2026."),
    (T, S, True, "Hun får tolv træningsgange i alt, og de seneste ligger i slutningen af april 2026."),
    (T, S, False, "De sidste tre måneder har hun gået til genoptræning."),
    (T, S, False, "Han har haft ondt i lænden de seneste par uger."),
    # funktionsniveau: limited to a kind of activity, the capacity or the citizen as subject
    (F, S, True, "Hans funktionsniveau er begrænset til let, stillesiddende arbejde."),
    (F, S, True, "Arbejdsevnen må anses for indskrænket til vekslende opgaver."),
    (F, S, True, "Hun er fortsat begrænset til siddende aktiviteter."),
    (F, S, True, "Ved testen klarede hun løft overstigende 12 kilogram."),
    (F, S, False, "Hans arbejdsevne er begrænset til tider, når smerterne blusser op."),
    (F, S, False, "Hans funktionsniveau er begrænset."),
    (F, S, False, "Hun er begrænset til at følge holdtræningen."),
    # skaanehensyn: a time or place between "bør" and the verb; aids in the plural
    (K, S, True, "Han bør i de første uger i det nye job ikke bære materialer op ad stiger."),
    (K, S, True, "Hun bør i starten af sin opstart have adgang til hæve-sænkeborde."),
    (K, S, True, "Han bør have to kontorstole at skifte imellem."),
    (K, S, False, "Han skal i det nye job løfte tagplader på 25 kg."),
    (K, S, False, "Hun bør i fritiden gå lange ture."),
    (K, S, False, "Han bør i de første uger have god tid til at sove."),
    # formaal: the writer's part in the plan for the return; "derfor" after the verb
    (M, J, True, "Jeg skal hjælpe ham og mesteren med en optrapningsplan for de næste måneder."),
    (M, J, True, "Vi vil hjælpe hende med at lægge en plan for opstarten på lageret."),
    (M, J, True, "Hun skal starte på nedsat tid efter sommerferien. Det vil derfor være en stor hjælp, hvis du kan "
                 "beskrive, hvad hun kan holde til."),
    (M, J, False, "Jeg skal hjælpe hende med at finde et nyt job."),
    (M, J, False, "Fysioterapeuten hjælper ham med en træningsplan."),
    (M, J, False, "Hun er kommet godt i gang. Det vil derfor hjælpe hende at træne hver dag."),
]


@pytest.mark.parametrize("rule_id, profile, addressed, body", CASES)
def test_s28hd_content_class(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


NOTE_BODY = ("Her er de punkter, vi blev enige om på mødet den 3. februar 2027.\n\n"
             "1. Hver tirsdag sidder en sagsbehandler i Sundhedscentret fra kl. 10 til 13.\n\n"
             "2. Vi bruger det samme samtykkeskema begge steder.\n\n"
             "3. Næste møde er den 10. marts 2027 i Sundhedscentret.\n\n"
             "Skriv gerne, hvis jeg har glemt noget.\n\nBente Dahl\n")


def test_unaddressed_note_on_both_sectors_collaboration_is_generel(check_text):
    text = ("NOTAT – samarbejde mellem Sundhedscentret og Jobcentret, Lindeby Kommune\n\n"
            "Skrevet af: Bente Dahl, fysioterapeut, Sundhedscentret\nDirekte tlf.: 41 22 36 48\n"
            "Dato: 4. februar 2027\n\n" + NOTE_BODY)
    assert profile_of(check_text, text) == ("generel", "joint-note")


def test_note_on_coordination_across_the_sectors_is_generel(check_text):
    text = ("Opsamling: koordinering på tværs af jobcenter og sundhedscenter\n\n"
            "Fra: Karsten Vinge, sagsbehandler, Jobcenter Lindeby\nDirekte tlf.: 41 22 36 49\n\n" + NOTE_BODY)
    assert profile_of(check_text, text) == ("generel", "joint-note")


def test_addressed_letter_on_the_collaboration_keeps_its_direction(check_text):
    text = ("Sundhedscentret Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\nAtt.: Karsten Vinge\n\n"
            "Vedr.: samarbejde mellem sundhedscentret og jobcentret om Ole Hansen\n\nKære Karsten Vinge\n\n"
            "Ole er lagerarbejder og kan nu løfte 10 kg. Han bør ikke løfte over 15 kg de næste fire uger.\n\n"
            "Med venlig hilsen\n\nBente Dahl\nFysioterapeut\nDirekte tlf. 41 22 36 48\nbente.dahl@lindeby.dk\n")
    assert profile_of(check_text, text)[0] == "sundhed-til-job"


def test_unaddressed_note_naming_one_sector_is_no_joint_note(check_text):
    text = ("NOTAT – nyt træningshold i Sundhedscentret\n\n"
            "Skrevet af: Bente Dahl, fysioterapeut, Sundhedscentret\nDirekte tlf.: 41 22 36 48\n"
            "Dato: 4. februar 2027\n\n" + NOTE_BODY)
    assert profile_of(check_text, text)[1] != "joint-note"


# -- the letterhead repeated at the foot (hc-11's class) ---------------------------------------------------------

FOOT_HEAD = ("Kiropraktor Jonas Bech · Algade 4 · 7100 Vejle\nTlf. 76 40 20 00 (hverdage kl. 8-10) · CVR 11223344\n\n")
FOOT_LETTER = ("Jobcenter Vejle\nAtt.: Lise Holm\n\nVejle, 3. februar 2027\n\nVedr.: Per Lund\n\nKære Lise Holm\n\n"
               "Per har givet samtykke til, at jeg skriver til dig. Han er murer og kan løfte 10 kg.\n\n"
               "Med venlig hilsen\n\nJonas Bech\nKiropraktor\n{own}jonas.bech@kiro-vejle.dk\n\n")


def _phones(res) -> list[tuple[str, bool, str]]:
    return [(p["number"], p["personal"], p["reason"]) for p in res.sender["phones"]]


def test_letterhead_repeated_at_the_foot_keeps_the_practice_number_general(check_text):
    """The practice's number with phone hours, repeated in a footer under the signer's name, is still the practice's:
    with no number of the signer's own, kontakt.telefon fires."""
    text = FOOT_HEAD + FOOT_LETTER.format(own="") + FOOT_HEAD
    res = check_text(text, profile="sundhed-til-job", only={"kontakt.telefon"})
    assert any(f.rule == "kontakt.telefon" for f in res.findings)
    assert _phones(res) == [("76402000", False, "switchboard-hours"), ("76402000", False, "repeated-letterhead")]


def test_signers_own_line_under_the_name_is_still_personal_beside_a_repeated_letterhead(check_text):
    text = FOOT_HEAD + FOOT_LETTER.format(own="Direkte tlf. 76 40 20 17\n") + FOOT_HEAD
    res = check_text(text, profile="sundhed-til-job", only={"kontakt.telefon"})
    assert not any(f.rule == "kontakt.telefon" for f in res.findings)


def test_a_personal_letterhead_number_repeated_at_the_foot_stays_personal(check_text):
    head = "Fysioterapeut Anne Holm · Algade 6 · 7100 Vejle\nMobil 22 33 44 55 · anne.holm@fysio-holm.dk\n\n"
    text = head + FOOT_LETTER.format(own="").replace("Jonas Bech\nKiropraktor", "Anne Holm\nFysioterapeut") + head
    res = check_text(text, profile="sundhed-til-job", only={"kontakt.telefon"})
    assert not any(f.rule == "kontakt.telefon" for f in res.findings)
