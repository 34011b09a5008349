"""Sender attribution classes from a third sender bank of unseen letters (stop 25, bank se): a letter head typed
in two columns (the organisation on the left, a reference block on the right, on the same lines), a contact
label alone on its line with the contact's block under it, a whole date never a phone number, the reader's own
main number and someone of the reader's in a first-person sentence, and "Ring evt. på …". Invented letters only."""

from __future__ import annotations

import pytest
from sender_helpers import sender_emails as _emails
from sender_helpers import sender_phones as _phones

from linter.letter.structure import split_columns
from linter.model import Block

BODY = ("Ole Brink har givet samtykke til dette brev. Han er lagerarbejder og kan ikke løfte over 10 kg de næste "
        "fire uger, men kan arbejde fire timer om dagen med lette opgaver.\n")


def _two_columns(left: list[str], right: list[str], gap: int = 6) -> str:
    width = max(len(t) for t in left) + gap
    return "\n".join(f"{a.ljust(width)}{b}" for a, b in zip(left, right, strict=True))


LEFT = ["Vejle Kommune", "Sundhed og Træning", "Fabriksvej 9, 7100 Vejle", "Tlf. 75 81 20 00"]
RIGHT = ["Sagsbehandler: Tove Hedegaard", "Dato: 6. maj 2026", "Direkte: 29 41 63 07", "E-mail: tohe@vejle.dk"]


def test_a_two_column_head_gives_the_right_columns_reference_block_to_the_sender(check_text):
    head = _two_columns(LEFT, RIGHT)
    res = check_text(f"{head}\n\nJobcenter Vejle, Sygedagpenge\nAtt.: Kim Lauge\n\nKære Kim Lauge\n\n{BODY}\n"
                     "Med venlig hilsen\nTove Hedegaard\nFysioterapeut\n")
    assert _phones(res) == {("29416307", True), ("75812000", False)}
    assert _emails(res) == {("tohe@vejle.dk", True)}
    assert res.sender["name"] == "Tove Hedegaard"


def test_a_two_column_head_over_the_recipients_block_without_a_blank_line(check_text):
    # the recipient's block stands under the two columns in the same group: it is no longer beside them
    head = _two_columns(LEFT, RIGHT, gap=12)
    res = check_text(f"{head}\nJobcenter Vejle, Sygedagpenge\nDæmningen 4, 7100 Vejle\n\nKære sagsbehandler\n\n"
                     f"{BODY}\nMed venlig hilsen\nTove Hedegaard\n")
    assert _phones(res) == {("29416307", True), ("75812000", False)}
    assert _emails(res) == {("tohe@vejle.dk", True)}


def test_columns_split_keeps_each_fields_place_in_its_line():
    lines = _two_columns(LEFT, RIGHT).split("\n")
    blocks = [Block(t, k + 1, line=k + 1, group=0) for k, t in enumerate(lines)] + \
        [Block("Kære Kim", 5, line=6, group=1)]
    split = split_columns(blocks)
    assert split is not None
    out = [b for _, b in split]
    assert [b.text.strip() for b in out[:8]] == LEFT + RIGHT
    # the right field keeps its column: the left field's place is spaces, its line the same
    right = out[4]
    assert right.line == 1 and right.text.index("Sagsbehandler") == lines[0].index("Sagsbehandler")
    assert len({out[0].group, out[4].group, out[8].group}) == 3


@pytest.mark.parametrize("lines", [
    # one line alone, a run whose right fields do not line up, and a table in the body (after the greeting)
    ["Vejle Kommune            Dato: 6. maj 2026", "Sundhed og Træning"],
    ["Vejle Kommune            Dato: 6. maj 2026", "Sundhed og Træning   Sagsbehandler: Tove Hedegaard"],
    ["Kære Kim", "Mandag                   kl. 8-10", "Tirsdag                  kl. 8-12"],
    # a form's labels with their values set apart
    ["Fysioterapeut:            Jens Holm", "Telefon:                  59 43 22 10"],
])
def test_no_split_without_an_aligned_run_in_the_head(lines):
    blocks = [Block(t, k + 1, line=k + 1, group=0) for k, t in enumerate(lines)]
    assert split_columns(blocks) is None


def test_a_whole_date_is_never_a_phone_number(check_text):
    res = check_text("Afsender: Jobcenter Vejle · Sendt: 27.03.2026 08:41\n\nJobcenter Vejle\nDæmningen 4, 7100 Vejle\n"
                     "Tlf. 76 81 00 00\n\nLægerne i Bredsten\n\nKære læge\n\n" + BODY +
                     "\nMed venlig hilsen\nKarin Lund\nDirekte 29 41 63 07\n")
    assert "27032026" not in {n for n, _ in _phones(res)}
    assert ("29416307", True) in _phones(res)


@pytest.mark.parametrize("label", ["Kontaktperson:", "Kontakt:"])
def test_a_contact_label_alone_heads_the_contacts_block_in_the_body(check_text, label):
    res = check_text("Vejle Kommune\nJobcenter Vejle\nHovednummer 76 81 00 00\n\nFysioterapien Nørregade\n\n"
                     f"Kære fysioterapeut\n\n{BODY}\n{label}\nKarin Lund, sagsbehandler\n"
                     "Tlf. 29 41 63 07 (man.-tors. kl. 9-11)\nE-mail: kalu@vejle.dk\n\nMed venlig hilsen\nKarin Lund\n")
    assert ("29416307", True) in _phones(res)
    assert _emails(res) == {("kalu@vejle.dk", True)}


def test_a_contact_label_alone_in_the_head_gives_the_number_with_hours_to_the_person(check_text):
    res = check_text("Vejle Kommune · Jobcenter Vejle\n\nKontaktperson:\nSagsbehandler Karin Lund\n"
                     "Tlf. 29 41 63 07 (man.-fre. kl. 9-12)\nMail: kalu@vejle.dk\n\nTil: Lægerne i Bredsten\n\n"
                     f"Kære læge\n\n{BODY}\nMed venlig hilsen\nKarin Lund\n")
    assert ("29416307", True) in _phones(res)


def test_the_readers_main_number_in_a_first_person_sentence_is_not_the_senders(check_text):
    res = check_text("Fra: Karin Lund <kalu@vejle.dk>\nTil: Ortopædkirurgisk Ambulatorium\nEmne: Ole Brink\n\n"
                     f"Kære ambulatorium\n\n{BODY}Jeg har prøvet jeres hovednummer 79 40 00 00 uden held. "
                     "I er velkomne til at ringe til mig.\n\nMed venlig hilsen\nKarin Lund\nDirekte: 29 41 63 07\n")
    assert _phones(res) == {("29416307", True)}


@pytest.mark.parametrize("whom", ["jeres virksomhedskonsulent", "din egen læge"])
def test_someone_of_the_readers_in_a_call_invitation_is_not_the_author(check_text, whom):
    res = check_text("Vejle Kommune\nSundhed og Træning\nTlf. 75 81 20 00\n\nTil: Jobcenter Vejle\n\nKære Kim\n\n"
                     f"{BODY}Du kan også ringe til {whom} på 75 81 24 10. "
                     "Mig kan du ringe til på mobil 51 90 23 84.\n\n"
                     "Venlig hilsen\nKarin Lund\nErgoterapeut\n")
    assert ("75812410", True) not in _phones(res) and ("75812410", False) not in _phones(res)
    assert ("51902384", True) in _phones(res)


def test_ring_evt_paa_before_the_signature_is_the_authors_number(check_text):
    res = check_text("Fra: Karin Lund <kalu@vejle.dk>\nTil: Ida Holm <ida.holm@vejle.dk>\nEmne: Ole Brink\n\n"
                     f"Hej Ida\n\n{BODY}Ring evt. på 29 41 63 07.\n\nHilsen Karin\n")
    assert _phones(res) == {("29416307", True)}


def test_a_thing_of_the_readers_before_a_department_offer_keeps_the_offer(check_text):
    res = check_text("Fra: Karin Lund <kalu@vejle.dk>\nTil: Ida Holm <ida.holm@vejle.dk>\nEmne: Ole Brink\n\n"
                     f"Hej Ida\n\n{BODY}\nMvh\nKarin Lund | Sagsbehandler | Jobcenter Vejle | T 2941 6307\n\n"
                     "Denne mail kan indeholde fortrolige oplysninger. Har du spørgsmål til din sag, så ring til "
                     "Borgerservice på 76 81 00 00.\n")
    assert ("76810000", False) in _phones(res)


def test_a_colleagues_number_in_a_sentence_under_the_signature_is_not_the_authors(check_text):
    res = check_text("Fælles Rygteam Vejle\nDæmningen 4, 7100 Vejle\n\nTil deltagerne i mødet om Ole Brink\n\n"
                     f"Kære alle\n\n{BODY}\nMed venlig hilsen\n\nKarin Lund\nKoordinator, Fælles Rygteam\n"
                     "kalu@vejle.dk\n\n"
                     "Kan du ikke fange mig, så ring til min kollega Ib Dam på 29 41 63 07.\n")
    assert _phones(res) == set()
    assert _emails(res) == {("kalu@vejle.dk", True)}
