"""Sender attribution classes from stop 26's sender bank sf and blind set gn: a practice's letterhead naming its
owner after "v/" (its unlabelled number is the practice's), a fax label, a field naming another party's contact
person in the genitive, the reader's own unit in a first-person sentence, a place the reader is told to call, contact
lines above a slash signature with no closing phrase, a letterhead in capitals under a printout header, and a
two-column head with a line of the left column alone. Invented letters only."""

from __future__ import annotations

from sender_helpers import sender_emails as _emails
from sender_helpers import sender_phones as _phones

from linter.letter.structure import split_columns
from linter.model import Block

BODY = ("Ole Brink har givet samtykke til dette brev. Han er lagerarbejder og kan ikke løfte over 10 kg de næste "
        "fire uger, men kan arbejde fire timer om dagen med lette opgaver.\n")


def test_a_practice_letterhead_naming_its_owner_after_v_gives_its_number_to_the_practice(check_text):
    res = check_text("Fysioterapi Vestby v/ fysioterapeut Anne Holm\nStorgade 4, 7100 Vestby · Tlf. 75 11 22 33\n\n"
                     f"Til: Jobcenter Vestby\n\nKære sagsbehandler\n\n{BODY}\nMed venlig hilsen\nAnne Holm\n"
                     "Mobil 22 33 44 55\n")
    assert _phones(res) == {("75112233", False), ("22334455", True)}
    assert res.sender["name"] == "Anne Holm"


def test_the_owner_on_a_line_of_its_own_under_the_practice_in_capitals(check_text):
    # the hours "(kl. 8-11)" are no label the reader knows: the practice's line decides; a direct line stays hers
    res = check_text("KIROPRAKTISK KLINIK SØNDERBY\nv/ kiropraktor Jens Mølgaard\n"
                     "Torvet 2 · 6400 Sønderby · Tlf. 74 42 10 10 (kl. 8-11) · Direkte 74 42 10 17\n\n"
                     f"Jobcenter Sønderby\n\nKære sagsbehandler\n\n{BODY}\nMed venlig hilsen\nJens Mølgaard\n")
    assert _phones(res) == {("74421010", False), ("74421017", True)}


def test_a_persons_own_letterhead_without_v_keeps_the_number_under_the_name(check_text):
    res = check_text("Anne Holm, fysioterapeut\nStorgade 4, 7100 Vestby · Tlf. 22 33 44 55\n\nTil: Jobcenter Vestby\n\n"
                     f"Kære sagsbehandler\n\n{BODY}\nMed venlig hilsen\nAnne Holm\n")
    assert ("22334455", True) in _phones(res)


def test_a_fax_under_the_senders_name_is_a_department_number(check_text):
    res = check_text("Sygehus Vestby\nOrtopædkirurgisk Ambulatorium\n\nAfsender: Overlæge Per Vang\n"
                     "Direkte: 75 20 31 40\nFax: 75 20 31 49\n\nJobcenter Vestby\n\nKære sagsbehandler\n\n"
                     f"{BODY}\nMed venlig hilsen\nPer Vang\n")
    assert ("75203149", True) not in _phones(res)
    assert ("75203140", True) in _phones(res)


def test_a_field_naming_another_partys_contact_person_in_the_genitive_is_not_the_senders(check_text):
    res = check_text("STATUS – sygedagpenge\n\nBorger: Ole Brink\nKommunens sagsbehandler: Bo Lind, Jobcenter Vestby, "
                     "tlf. 75 11 40 40\n\nFunktionsniveau: Kan stå en time og løfte 10 kg.\n"
                     "Prognose: Forventes tilbage på fuld tid fra juni.\n\n"
                     "Udfyldt af: Ergoterapeut Mie Dahl, Træningscenter Vestby\nTlf.: 51 62 70 80\n")
    assert ("75114040", False) not in _phones(res) and ("75114040", True) not in _phones(res)
    assert ("51627080", True) in _phones(res)


def test_another_partys_field_hard_wrapped_before_its_number_keeps_the_number(check_text):
    res = check_text("STATUS – sygedagpenge\n\nBorger: Ole Brink\nKommunens sagsbehandler: Bo Lind, Jobcenter Vestby,\n"
                     "tlf. 75 11 40 40\n\nFunktionsniveau: Kan stå en time og løfte 10 kg.\n"
                     "Prognose: Forventes tilbage på fuld tid fra juni.\n\n"
                     "Udfyldt af: Ergoterapeut Mie Dahl, Træningscenter Vestby\nTlf.: 51 62 70 80\n")
    assert _phones(res) == {("51627080", True)}


def test_the_readers_own_unit_in_a_first_person_sentence_is_not_the_senders(check_text):
    res = check_text("Fra: Karin Lund <kalu@vestby.dk>\nTil: Rygklinikken Nord\nEmne: Ole Brink\n\nKære rygklinik\n\n"
                     f"{BODY}Jeg har talt med jeres reception på 75 40 30 20, og de bad mig skrive.\n\n"
                     "Med venlig hilsen\nKarin Lund\nDirekte: 29 41 63 07\n")
    assert _phones(res) == {("29416307", True)}


def test_a_place_the_reader_is_told_to_call_is_no_one_of_the_senders(check_text):
    # the citizen writes: the dentist's number is the dentist's, not his own
    res = check_text("Til Jobcenter Vestby, att. Lone Bak\n\nKære Lone\n\nJeg kan ikke komme på tirsdag, for jeg skal "
                     "til tandlæge. Du kan ringe til tandklinikken på 75 22 11 00, hvis du vil høre nærmere.\n\n"
                     "Venlig hilsen\nPeter Sand Mikkelsen\nMobil 22 44 66 88\n")
    assert _phones(res) == {("22446688", True)}


def test_a_place_of_the_senders_own_told_to_call_is_its_department_number(check_text):
    res = check_text("Træningscentret Øst\nParkvej 2, 7100 Vestby\n\nTil: Jobcenter Vestby\n\nKære sagsbehandler\n\n"
                     f"{BODY}Du kan også ringe til træningscentret på 75 30 20 10, hvis du har spørgsmål.\n\n"
                     "Med venlig hilsen\nMie Dahl\nErgoterapeut\nDirekte 51 62 70 80\n")
    assert _phones(res) == {("75302010", False), ("51627080", True)}


def test_contact_lines_above_a_slash_signature_without_a_closing_phrase_are_the_authors(check_text):
    res = check_text("Jobcenter Vestby – notat til Træningscenter Vestby\nHovednummer 75 11 40 00\n\n"
                     "Dato: 3. marts 2026\n\nOle Brink har givet samtykke. Vi beder om en kort status: Hvad kan han "
                     "løfte, og hvornår slutter holdtræningen? Vi skal bruge det til hans samtale i uge 12.\n\n"
                     "Mobil 22 33 41 07 · kbl@vestby.dk\n\n/KBL\n")
    assert ("22334107", True) in _phones(res) and ("75114000", False) in _phones(res)
    assert _emails(res) == {("kbl@vestby.dk", True)}


def test_a_letterhead_in_capitals_under_a_printout_header_is_the_senders(check_text):
    res = check_text("Digital Post – kopi af sendt meddelelse\nAfsender: Fysioterapien Nørreby\n"
                     "Modtager: Jobcenter Vestby, Sygedagpenge\nSendt: 12.03.2026 kl. 10:02\n\n"
                     "FYSIOTERAPIEN NØRREBY\nNørregade 3, 7100 Vestby\nFysioterapeut Mette Lund, direkte 75 10 20 31\n"
                     "Fysioterapeut Lars Krag, direkte 75 10 20 32\nFælles e-mail: post@fysio-noerreby.dk\n\n"
                     f"Til sagsbehandler Lone Bak, Jobcenter Vestby\n\n{BODY}\nVenlig hilsen\nMette Lund\n"
                     "Fysioterapeut\n")
    assert _phones(res) == {("75102031", True)}
    assert _emails(res) == {("post@fysio-noerreby.dk", False)}
    assert res.sender["name"] == "Mette Lund"


def _columns(rows: list[tuple[str, str]], col: int = 44) -> str:
    return "\n".join(f"{a.ljust(col)}{b}".rstrip() for a, b in rows)


def test_a_left_field_alone_inside_a_two_column_run_stays_in_the_left_column(check_text):
    # the recipient on the left (with its phone and mailbox), the sender's unit on the right
    head = _columns([("Fysioterapeut Kim Holt", "Jobcenter Vestby"), ("Fysioklinikken Nord", "Sygedagpenge"),
                     ("Tlf. 75 90 80 70", ""), ("kontakt@fysionord.dk", "Vestby, 4. marts 2026")])
    res = check_text(f"Til:\n{head}\n\nKære Kim Holt\n\nKan du oplyse, hvad Ole Brink kan løfte, og hvornår "
                     "behandlingen slutter? Han har givet samtykke. Vi skal bruge svaret til hans opfølgning inden "
                     "20. marts.\n\nMed venlig hilsen\nBettina Skov, sagsbehandler\nDirekte 32 46 71 85\n")
    assert _phones(res) == {("32467185", True)}
    assert _emails(res) == set()


def test_columns_split_runs_over_a_left_field_alone_only_between_two_rows():
    rows = [("Fysioterapeut Kim Holt", "Jobcenter Vestby"), ("Fysioklinikken Nord", "Sygedagpenge"),
            ("Tlf. 75 90 80 70", ""), ("kontakt@fysionord.dk", "Vestby, 4. marts 2026")]
    lines = _columns(rows).split("\n")
    blocks = [Block(t, k + 1, line=k + 1, group=0) for k, t in enumerate(lines)] + \
        [Block("Kære Kim", 5, line=6, group=1)]
    split = split_columns(blocks)
    assert split is not None
    out = [b.text.strip() for _, b in split]
    assert out[:4] == [a for a, _ in rows]
    assert out[4:7] == ["Jobcenter Vestby", "Sygedagpenge", "Vestby, 4. marts 2026"]
    # a left field alone after the last row is under the run, not in it
    tail = [Block(t, k + 1, line=k + 1, group=0) for k, t in enumerate(lines[:2] + ["Tlf. 75 90 80 70"])]
    split = split_columns(tail + [Block("Kære Kim", 4, line=5, group=1)])
    assert split is not None and split[4][1].group != split[0][1].group


def test_a_row_pushed_a_few_columns_off_between_aligned_rows_is_split_as_well(check_text):
    # the author's block on the left, the recipient's on the right; "+45" pushed one right field four columns on
    head = ("Sygehus Vestby                            Til:\n"
            "Rygcentret                                Jobcenter Vestby, Sygedagpenge\n"
            "Karin Lund, fysioterapeut                 Att. Bo Lind\n"
            "Direkte +45 29 41 63 07                       Tlf. +45 75 51 44 20\n"
            "kalu@sygehus-vestby.dk                    bo.lind@vestby.dk\n")
    res = check_text(f"{head}\nVestby, 9. marts 2026\n\nKære Bo Lind\n\n{BODY}\nMed venlig hilsen\nKarin Lund\n")
    assert _phones(res) == {("29416307", True)}
    assert _emails(res) == {("kalu@sygehus-vestby.dk", True)}
