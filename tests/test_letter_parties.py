"""The parties of the letter model (issue 12, "Parties"): the recipients, the citizen and other named
people, each with the name, role, organisation, phones and e-mails that are theirs and a reason code.
The letters are invented; each test names the layout it stands for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.letter.people import letter_parties

MAIL_HEAD = """Fra: Anne Holm <anne.holm@fysio-ry.dk>
Sendt: 3. marts 2026 10:12
Til: Lone Berg <lone.berg@skanderborg.dk>
Cc: Per Nielsen <per.nielsen@skanderborg.dk>
Emne: Status på Kasper Lund

Kære Lone

Kasper har givet samtykke til, at jeg sender status. Han har ondt i lænden og kan arbejde 10 timer om ugen.

Venlig hilsen
Anne Holm
Fysioterapeut
Direkte 55 72 14 63
"""

MEMO_HEAD = """NOTAT

Til: Sagsbehandler Lone Berg, Jobcenter Skanderborg
Fra: Ergoterapeut Mette Kragh, Sundhedscenter Ry
Tlf.: 86 12 34 56 · E-mail: mette.kragh@ry.dk
Dato: 3. marts 2026

Borgeren har gennemført forløbet og kan nu arbejde 15 timer om ugen.

Mette Kragh
"""

LETTERHEAD = """Sundhedscenter Ry
Skanderborgvej 4
8680 Ry

Jobcenter Skanderborg
Att.: Lone Berg
Adelgade 44
8660 Skanderborg

3. marts 2026

Vedr.: Kasper Lund, cpr 010203-xxxx

Kære Lone Berg

Kasper har givet samtykke til, at jeg sender status. Han har ondt i lænden.

Venlig hilsen

Anne Holm
Fysioterapeut
Direkte 55 72 14 63
anne.holm@ry.dk
"""

CITIZEN_FIELD = """Jobcenter Nordby
Torvet 1, 9800 Nordby

Til: Lægerne i Bakkehuset

Borger: Ole Sand, tlf. 22 33 44 55, ole.sand@mail.dk
CPR: 120380-xxxx

Kære læge

Vi beder om en statusattest på Ole senest 1. april 2026.

Venlig hilsen
Lone Berg
Sagsbehandler
Tlf. 72 10 20 30
lone.berg@nordby.dk
"""

RELATIVES = """Sundhedscenter Ry

Til: Jobcenter Skanderborg

Kære sagsbehandler

Kasper har givet samtykke til, at jeg sender status. Hans kone Gitte Lund kan kontaktes på 40 50 60 70. \
Arbejdsgiveren ved tømrerfirmaet, formand Bo Jensen, kan kontaktes på 28 29 30 31.

Venlig hilsen
Anne Holm
Fysioterapeut
Direkte 55 72 14 63
anne.holm@ry.dk
"""

FORM = """Statusattest

Udfyldt af: Læge Hans Krogh, Lægehuset Bakken
Tlf.: 86 11 22 33

Jobcentrets sagsbehandler: Lone Berg, tlf. 72 10 20 30
Borger: Ole Sand

Spørgsmål 1: Hvad er helbredssituationen?
Svar: Ole har ondt i ryggen og kan arbejde 10 timer om ugen.
"""


def _parties(res, kind: str) -> list[dict]:
    return [p for p in res.parties if p["kind"] == kind]


def _one(res, kind: str) -> dict:
    found = _parties(res, kind)
    assert len(found) == 1, res.parties
    return found[0]


def _numbers(party: dict) -> list[tuple[str, str]]:
    return [(p["number"], p["reason"]) for p in party["phones"]]


def _addresses(party: dict) -> list[tuple[str, str]]:
    return [(e["address"], e["reason"]) for e in party["emails"]]


def _sender_keeps_only_its_own(res) -> None:
    """The sender's details (FileResult.sender and the sender party) hold no other party's."""
    others = {d["number"] for p in res.parties if p["kind"] != "sender" for d in p["phones"]} | \
        {d["address"] for p in res.parties if p["kind"] != "sender" for d in p["emails"]}
    sender = _one(res, "sender")
    mine = {p["number"] for p in sender["phones"]} | {e["address"] for e in sender["emails"]}
    assert not mine & others
    assert not ({p["number"] for p in res.sender["phones"]} | {e["address"] for e in res.sender["emails"]}) & others
    assert sender["name"] == res.sender["name"]


def test_mail_head_to_and_cc_are_recipients_and_the_subject_names_the_citizen(check_text):
    res = check_text(MAIL_HEAD)
    to, cc = _parties(res, "recipient")
    assert (to["name"], to["reason"], _addresses(to)) == ("Lone Berg", "to-field",
                                                          [("lone.berg@skanderborg.dk", "to-field")])
    assert (cc["name"], cc["reason"], _addresses(cc)) == ("Per Nielsen", "cc-field",
                                                          [("per.nielsen@skanderborg.dk", "cc-field")])
    citizen = _one(res, "citizen")
    assert (citizen["name"], citizen["reason"]) == ("Kasper Lund", "subject-line")
    sender = _one(res, "sender")
    assert (sender["name"], sender["reason"]) == ("Anne Holm", "from-field")
    assert _addresses(sender) == [("anne.holm@fysio-ry.dk", "personal-address")]
    _sender_keeps_only_its_own(res)


def test_memo_head_gives_the_recipient_role_and_organisation(check_text):
    res = check_text(MEMO_HEAD)
    to = _one(res, "recipient")
    assert (to["name"], to["role"], to["organisation"], to["reason"]) == (
        "Lone Berg", "Sagsbehandler", "Jobcenter Skanderborg", "to-field")
    sender = _one(res, "sender")
    assert sender["name"] == "Mette Kragh" and _numbers(sender) == [("86123456", "under-name")]
    assert not to["phones"] and not to["emails"]
    _sender_keeps_only_its_own(res)


def test_letterhead_recipient_block_and_the_subject_line_with_a_cpr_number(check_text):
    res = check_text(LETTERHEAD)
    to = _one(res, "recipient")
    assert (to["name"], to["organisation"], to["reason"]) == ("Lone Berg", "Jobcenter Skanderborg",
                                                             "recipient-address")
    citizen = _one(res, "citizen")
    assert (citizen["name"], citizen["reason"]) == ("Kasper Lund", "subject-line")
    assert not citizen["phones"]  # the CPR number is no phone, and it is never shown
    assert "010203" not in json.dumps(res.parties)
    _sender_keeps_only_its_own(res)


def test_a_recipient_address_under_til_without_colon(check_text):
    res = check_text(LETTERHEAD.replace("Jobcenter Skanderborg\nAtt.: Lone Berg", "Til Jobcenter Skanderborg"))
    to = _one(res, "recipient")
    assert (to["organisation"], to["reason"]) == ("Jobcenter Skanderborg", "recipient-address")


def test_citizen_field_claims_its_phone_and_address(check_text):
    res = check_text(CITIZEN_FIELD)
    citizen = _one(res, "citizen")
    assert (citizen["name"], citizen["reason"]) == ("Ole Sand", "citizen-field")
    assert _numbers(citizen) == [("22334455", "citizen-field")]
    assert _addresses(citizen) == [("ole.sand@mail.dk", "citizen-field")]
    to = _one(res, "recipient")
    assert (to["organisation"], to["reason"]) == ("Lægerne i Bakkehuset", "to-field")
    assert _numbers(_one(res, "sender")) == [("72102030", "under-name")]
    _sender_keeps_only_its_own(res)


def test_relative_and_employer_contact_named_in_the_text_with_their_phones(check_text):
    res = check_text(RELATIVES)
    wife, boss = _parties(res, "other")
    assert (wife["name"], wife["role"], wife["reason"]) == ("Gitte Lund", "Hans kone", "relation-in-text")
    assert _numbers(wife) == [("40506070", "relation-in-text")]
    assert (boss["name"], boss["role"], boss["reason"]) == ("Bo Jensen", "formand", "third-party-in-text")
    assert _numbers(boss) == [("28293031", "third-party-in-text")]
    assert _numbers(_one(res, "sender")) == [("55721463", "personal-label")]
    _sender_keeps_only_its_own(res)


def test_an_employer_contact_without_a_name_keeps_the_number(check_text):
    text = RELATIVES.replace("Arbejdsgiveren ved tømrerfirmaet, formand Bo Jensen, kan kontaktes på",
                             "Arbejdsgiveren kan kontaktes på")
    boss = [p for p in check_text(text).parties if p["role"] == "Arbejdsgiveren"]
    assert [(b["name"], b["reason"], _numbers(b)) for b in boss] == [
        (None, "third-party-in-text", [("28293031", "third-party-in-text")])]


def test_form_with_two_professionals(check_text):
    res = check_text(FORM)
    sender = _one(res, "sender")
    assert (sender["name"], sender["reason"]) == ("Hans Krogh", "filled-in-by")
    assert res.sender["name"] == "Hans Krogh"
    assert _numbers(sender) == [("86112233", "under-name")]
    other = _one(res, "other")
    assert (other["name"], other["role"], other["reason"]) == ("Lone Berg", "Jobcentrets sagsbehandler", "role-field")
    assert _numbers(other) == [("72102030", "role-field")]
    assert (_one(res, "citizen")["name"], _one(res, "citizen")["reason"]) == ("Ole Sand", "citizen-field")
    _sender_keeps_only_its_own(res)


def test_form_with_two_professionals_in_one_field_group(check_text):
    res = check_text(FORM.replace("Tlf.: 86 11 22 33\n\n", "Tlf.: 86 11 22 33\n"))
    assert _numbers(_one(res, "other")) == [("72102030", "role-field")]
    assert "72102030" not in {p["number"] for p in res.sender["phones"]}


# An author's field and another professional's field in one form head (issue 12): the other's field ends the
# author's field group whatever the blank lines, before or after it, with its number on its line or under it.
_QA = "\nSpørgsmål 1: Hvad er helbredssituationen?\nSvar: Ole har ondt i ryggen og kan arbejde 10 timer om ugen.\n"
_KROGH = "Udfyldt af: Læge Hans Krogh, Lægehuset Bakken\nTlf.: 86 11 22 33\n"


def _rules(res) -> set[str]:
    return {f.rule for f in res.findings}


@pytest.mark.parametrize("other, blank", [
    ("Jobcentrets sagsbehandler: Lone Berg, tlf. 72 10 20 30", ""),
    ("Jobcentrets sagsbehandler: Lone Berg\nTlf.: 72 10 20 30", ""),
    ("Jobcentrets sagsbehandler: Lone Berg\nTlf.: 72 10 20 30", "\n"),
    ("Kontaktperson i jobcentret: Lone Berg, tlf. 72 10 20 30", ""),
    ("Kontaktperson i jobcentret: Lone Berg\nTlf.: 72 10 20 30", ""),
    ("Behandlende fysioterapeut: Lone Berg, tlf. 72 10 20 30", ""),
    ("Behandlende fysioterapeut: Lone Berg\nTlf.: 72 10 20 30", "\n"),
    ("Egen læge: Lone Berg, tlf. 72 10 20 30", ""),
])
@pytest.mark.parametrize("before", [False, True])
def test_another_professionals_field_beside_the_authors(check_text, other, blank, before):
    fields = f"{other}\n{blank}{_KROGH}" if before else f"{_KROGH}{blank}{other}\n"
    res = check_text(f"Statusattest\n\n{fields}Borger: Ole Sand\n{_QA}")
    sender = _one(res, "sender")
    assert (sender["name"], sender["reason"], _numbers(sender)) == \
        ("Hans Krogh", "filled-in-by", [("86112233", "under-name")])
    assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("86112233", True)]
    lone = _one(res, "other")
    assert (lone["name"], lone["role"], lone["reason"]) == ("Lone Berg", other.split(":")[0], "role-field")
    assert _numbers(lone) == [("72102030", "role-field")]
    # the doctor's form: the profile follows the author, and the author's own number counts
    assert res.profile == "sundhed-til-job"
    assert not _rules(res) & {"kontakt.telefon", "kontakt.afdeling", "kontakt.navn"}
    _sender_keeps_only_its_own(res)


def test_an_employers_field_under_the_authors(check_text):
    res = check_text(f"Statusattest\n\n{_KROGH}Arbejdsgiver: Tømrerfirma Jensen ApS, tlf. 28 29 30 31\n"
                     f"Borger: Ole Sand\n{_QA}")
    assert [p["number"] for p in res.sender["phones"]] == ["86112233"]
    boss = _one(res, "other")
    assert (boss["role"], boss["reason"], _numbers(boss)) == ("Arbejdsgiver", "role-field",
                                                              [("28293031", "role-field")])
    assert not _rules(res) & {"kontakt.telefon", "kontakt.afdeling"}
    _sender_keeps_only_its_own(res)


def test_the_citizens_own_doctor_in_a_job_centres_form(check_text):
    """The mirror image: a caseworker fills in the form and names the citizen's doctor; the profile and the
    contact verdicts follow the caseworker."""
    res = check_text("Statusattest\n\nUdfyldt af: Sagsbehandler Lone Berg, Jobcenter Nordby\nTlf.: 72 10 20 30\n"
                     "Egen læge: Hans Krogh, tlf. 86 11 22 33\nBorger: Ole Sand\n\n"
                     "Spørgsmål 1: Hvordan går det med Oles genoptræning?\nSvar: Han træner to gange om ugen.\n")
    assert (res.sender["name"], [p["number"] for p in res.sender["phones"]]) == ("Lone Berg", ["72102030"])
    doctor = _one(res, "other")
    assert (doctor["name"], doctor["role"], _numbers(doctor)) == ("Hans Krogh", "Egen læge",
                                                                  [("86112233", "role-field")])
    assert res.profile == "job-til-sundhed"
    assert not _rules(res) & {"kontakt.telefon", "kontakt.afdeling", "kontakt.navn"}
    _sender_keeps_only_its_own(res)


def test_the_form_fields_at_the_foot(check_text):
    """The field group at the end of the form (after the answers): the same, in the body's field lines."""
    res = check_text(f"Statusattest\n\nBorger: Ole Sand\n{_QA}\n{_KROGH}"
                     "Behandlende fysioterapeut: Lone Berg, tlf. 72 10 20 30\n")
    assert (res.sender["name"], [p["number"] for p in res.sender["phones"]]) == ("Hans Krogh", ["86112233"])
    assert _numbers(_one(res, "other")) == [("72102030", "role-field")]
    _sender_keeps_only_its_own(res)


def test_the_same_person_in_two_fields_stays_the_author(check_text):
    """A role field that names the author again ("Behandlende læge: Hans Krogh") is no other professional."""
    res = check_text(f"Statusattest\n\n{_KROGH}Behandlende læge: Hans Krogh, tlf. 86 11 22 44\n"
                     f"Borger: Ole Sand\n{_QA}")
    assert res.sender["name"] == "Hans Krogh"
    assert {p["number"] for p in res.sender["phones"]} == {"86112233", "86112244"}


def test_an_author_field_that_is_not_the_senders_is_another_party(check_text):
    text = FORM.replace("Jobcentrets sagsbehandler: Lone Berg, tlf. 72 10 20 30\n", "") + \
        "\nUdfyldt af: Sygeplejerske Maja Friis\n\nVenlig hilsen\nHans Krogh\nLæge\n"
    res = check_text(text)
    assert _one(res, "sender")["name"] == "Hans Krogh"
    other = _one(res, "other")
    assert (other["name"], other["reason"]) == ("Maja Friis", "filled-in-by")


def test_a_citizen_label_in_the_signature_is_the_citizens_not_the_senders(check_text):
    """The sender reader declines the number (RULES.md: a citizen's number is not the sender's); the
    parties model shows whose it is instead of deciding again."""
    text = LETTERHEAD.replace("anne.holm@ry.dk", "anne.holm@ry.dk\nBorgerens tlf.: 61 62 63 64")
    res = check_text(text)
    citizen = _one(res, "citizen")
    assert ("61626364", "citizen-label") in _numbers(citizen)
    assert "61626364" not in {p["number"] for p in res.sender["phones"]}
    _sender_keeps_only_its_own(res)


def test_someone_elses_number_after_the_signature(check_text):
    text = LETTERHEAD.replace("anne.holm@ry.dk", "anne.holm@ry.dk\n\nGitte Lund kan selv kontaktes på 61 62 63 64.")
    res = check_text(text)
    gitte = [p for p in res.parties if p["name"] == "Gitte Lund"]
    assert [(p["kind"], _numbers(p)) for p in gitte] == [("other", [("61626364", "third-party-in-text")])]
    _sender_keeps_only_its_own(res)


def test_the_citizen_named_in_the_text_by_first_name_gets_the_number(check_text):
    text = LETTERHEAD.replace("Han har ondt i lænden.",
                              "Han har ondt i lænden. Hvis du vil tale med Kasper selv, har han nr. 31 32 33 34.")
    citizen = _one(check_text(text), "citizen")
    assert (citizen["name"], _numbers(citizen)) == ("Kasper Lund", [("31323334", "named-in-text")])


def test_cpr_line_and_birth_date_line_name_the_citizen(check_text):
    cpr = LETTERHEAD.replace("Vedr.: Kasper Lund, cpr 010203-xxxx", "Kasper Lund, 010203-xxxx")
    citizen = _one(check_text(cpr), "citizen")
    assert (citizen["name"], citizen["reason"]) == ("Kasper Lund", "cpr-line")
    born = LETTERHEAD.replace("Vedr.: Kasper Lund, cpr 010203-xxxx", "Kasper Lund, f. 01.02.1983 – status")
    citizen = _one(check_text(born), "citizen")
    assert (citizen["name"], citizen["reason"], citizen["phones"]) == ("Kasper Lund", "birth-date-line", [])


def test_greeting_names_the_recipient_when_no_field_does(check_text):
    text = """Kære Lone Berg

Kasper har givet samtykke til, at jeg sender status. Han har ondt i lænden.

Venlig hilsen
Anne Holm
Fysioterapeut, Sundhedscenter Ry
Direkte 55 72 14 63
"""
    to = _one(check_text(text), "recipient")
    assert (to["name"], to["reason"]) == ("Lone Berg", "greeting")


def test_a_quoted_mail_names_no_party(check_text):
    text = MAIL_HEAD + "\n-----Oprindelig meddelelse-----\nFra: Lone Berg\nTil: Anne Holm\n" \
        "Emne: Spørgsmål om Jens Hansen\n\nBorger: Jens Hansen, tlf. 44 45 46 47\n"
    res = check_text(text)
    assert "Jens Hansen" not in {p["name"] for p in res.parties}
    assert "44454647" not in {d["number"] for p in res.parties for d in p["phones"]}


def test_parties_are_built_once_per_letter(engine):
    from linter.letter.read import read_letter
    from linter.readers import read_bytes

    a = read_letter(read_bytes(FORM.encode(), ".txt", "brev.txt"), engine.pipeline)
    assert letter_parties(a, engine.lexicons) is letter_parties(a, engine.lexicons)
    assert letter_parties(a, engine.lexicons)[0].kind == "sender"


@pytest.mark.parametrize("lang,labels", [("da", ("afsender:", "modtager:", "borger:")),
                                         ("en", ("sender:", "recipient:", "citizen:"))])
def test_verbose_text_shows_recipient_and_citizen_beside_the_sender(check_text, lang, labels):
    from linter.i18n import reason_text
    from linter.reporters.text_reporter import render_text

    out = render_text([check_text(CITIZEN_FIELD)], lang=lang, verbose=True)
    lines = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("brev.txt: ")]
    for label in labels:
        assert any(line.startswith(label) for line in lines), (label, lines)
    citizen = next(line for line in lines if line.startswith(labels[2]))
    # reasons in words, from the one table the add-in also shows (i18n.REASON_TEXTS)
    field = reason_text("citizen-field", lang)
    assert f"Ole Sand ({field})" in citizen and f"22334455 ({field})" in citizen
    recipient = next(line for line in lines if line.startswith(labels[1]))
    # no name: the organisation names it
    assert recipient == f"{labels[1]} Lægerne i Bakkehuset ({reason_text('to-field', lang)})"
    other = render_text([check_text(RELATIVES)], lang=lang, verbose=True)
    assert ("anden person: Gitte Lund" if lang == "da" else "other person: Gitte Lund") in other


def test_json_has_the_parties_and_the_cache_keeps_the_others_sealed(tmp_path, private_cache):
    from click.testing import CliRunner

    from linter.cli import main

    letter = tmp_path / "brev.txt"
    letter.write_text(CITIZEN_FIELD, encoding="utf-8")
    runs = [json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(letter)]).output)
            for _ in range(2)]  # the second from the result cache
    first, again = (r["files"][0]["parties"] for r in runs)
    assert [p["kind"] for p in first] == ["sender", "recipient", "citizen"]
    assert first[2]["name"] == "Ole Sand" and first[2]["phones"]
    assert again == first  # the same report from the cache
    # ... which holds no name or detail of anyone but the sender in readable form
    raw = " ".join(f.read_text(encoding="utf-8") for f in private_cache.rglob("*.json"))
    assert raw and "Ole Sand" not in raw and "22334455" not in raw and "ole.sand@mail.dk" not in raw
    assert "Bakkehuset" not in raw and "citizen-field" not in raw
    for p in first:
        assert set(p) == {"kind", "name", "role", "organisation", "phones", "emails", "reason"}
        assert all(set(x) == {"number", "reason"} for x in p["phones"])
        assert all(set(x) == {"address", "reason"} for x in p["emails"])


def test_cached_parties_open_only_with_the_letter(tmp_path):
    from linter.cache import open_parties, seal_parties

    parties = [{"kind": "recipient", "name": "Lone Berg"}, {"kind": "sender", "name": "Anne Holm"},
               {"kind": "citizen", "name": "Ole Sand"}]
    stored = json.loads(json.dumps(seal_parties(parties, b"letter-hash", "k1")))
    assert "Ole Sand" not in json.dumps(stored) and "Anne Holm" in json.dumps(stored)
    assert open_parties(stored, b"letter-hash", "k1") == parties
    assert open_parties(stored, None, "k1") is None  # no letter: a miss, checked again
    assert seal_parties(parties, b"letter-hash", "k2")["sealed"] != stored["sealed"]  # no shared keystream
    assert open_parties(seal_parties(parties, None, "k1"), b"letter-hash", "k1") is None


def test_the_audit_keeps_no_party_names():
    """The audit stores counts (linter/audit): no column holds a party, and no audit module reads them."""
    from linter.audit.letter import LETTER_COLUMNS, RULE_COLUMNS

    assert not {"parties", "recipient", "citizen"} & set(LETTER_COLUMNS + RULE_COLUMNS)
    audit = Path(__file__).resolve().parent.parent / "linter" / "audit"
    assert not [p.name for p in audit.glob("*.py") if ".parties" in p.read_text(encoding="utf-8")]


def test_the_parties_lexicon_is_validated(engine):
    """The cue words are data: the shipped `letter-parties` compiles, and a bad pattern stops the load."""
    from types import SimpleNamespace

    from linter.errors import ConfigError
    from linter.letter.cues import letter_cues

    cues = letter_cues(engine.lexicons)
    assert {"parties.to-field", "parties.citizen-field", "parties.relation"} <= set(cues)
    data = dict(engine.lexicons.raw["letter-parties"])
    data["sets"] = {**data["sets"], "relation": ["(a+)+$"]}
    with pytest.raises(ConfigError):
        letter_cues(SimpleNamespace(raw={"letter-parties": data}))


def test_json_output_follows_the_contract_schema(tmp_path, private_cache):
    """The whole JSON report (contract version 1, new keys only) against tests/schemas/brevlint-json.schema.json,
    also for a file that could not be read (no sender, no parties)."""
    import jsonschema
    from click.testing import CliRunner

    from linter.cli import main

    for name, text in (("a.txt", MAIL_HEAD), ("b.txt", FORM), ("c.txt", RELATIVES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "d.docx").write_bytes(b"not a zip")
    out = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)]).output
    data = json.loads(out)
    schema = json.loads((Path(__file__).resolve().parent / "schemas" / "brevlint-json.schema.json").read_text())
    jsonschema.validate(data, schema)
    broken = next(f for f in data["files"] if f["path"].endswith("d.docx"))
    assert broken["error"] and broken["sender"] is None and broken["parties"] == []


def test_a_sentence_that_mentions_a_cpr_number_names_no_citizen(check_text):
    text = RELATIVES.replace("Kasper har givet samtykke til, at jeg sender status.",
                             "Maja Friis fra jobcentret har bedt om cpr-nummeret, som vi ikke sender uden et "
                             "samtykke fra Kasper.")
    res = check_text(text)
    assert not _parties(res, "citizen")
    assert [(p["kind"], p["reason"]) for p in res.parties if p["name"] == "Maja Friis"] == [
        ("other", "named-in-text")]


def test_a_role_word_with_words_between_gives_the_name_no_role(check_text):
    text = LETTERHEAD.replace("Kasper har givet samtykke til, at jeg sender status.",
                              "Jeg er fysioterapeut for Kasper Lund og sender status med hans samtykke.")
    citizen = _one(check_text(text), "citizen")
    assert (citizen["name"], citizen["role"]) == ("Kasper Lund", None)


def test_a_template_field_names_no_recipient(check_text):
    text = MEMO_HEAD.replace("Til: Sagsbehandler Lone Berg, Jobcenter Skanderborg", "Til: «Modtager_navn»")
    assert not _parties(check_text(text), "recipient")


def test_another_professionals_field_in_a_memo_head(check_text):
    """A memo head's author field among its fields ("Dato:" then "Skrevet af:" with its "Tlf.:" line): a role
    field under it is another professional's, not one more of the author's lines."""
    res = check_text("NOTAT\nTil: Jobcenter Nordby\nEmne: Status på Ole Sand\nDato: 3. marts 2026\n"
                     f"{_KROGH.replace('Udfyldt af', 'Skrevet af')}"
                     "Jobcentrets sagsbehandler: Lone Berg, tlf. 72 10 20 30\n\n"
                     "Ole har ondt i ryggen og kan arbejde 10 timer om ugen. Han er i gang med genoptræning.\n")
    assert (res.sender["name"], [p["number"] for p in res.sender["phones"]]) == ("Hans Krogh", ["86112233"])
    assert _numbers(_one(res, "other")) == [("72102030", "role-field")]
    assert res.profile == "sundhed-til-job"
    assert not _rules(res) & {"kontakt.telefon", "kontakt.afdeling"}


_FULL_NAME_AS_WRITTEN = r"\b([A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?|[A-ZÆØÅ]{2,})[ \u00a0]+([A-ZÆØÅ][\w-]*)"


@pytest.mark.parametrize("text", [
    "Hendes mand Bo Jensen ringer", "McDonald Hansen Jensen", "BO JENSEN og Anne-Marie Lund", "æBo Jensen",
    "_Bo Jensen", "1Bo Jensen", "Bo\u00a0Jensen", "Bo  Jensen-Hansen", "Kære ÅSE Vang", "Å B", "ÅB C", "Bo Ø",
    "", "Hans kone, Gitte Lund, er", "x.Bo Jensen", "(Bo Jensen)", "Lise-Lotte Bach Møller"])
def test_full_name_pattern_finds_what_the_plain_pattern_finds(text):
    """The people reader's name pattern is written for speed (capital first, the word boundary after it): its
    matches and groups are those of the plain pattern, on invented lines and on random ones."""
    import random
    import re

    from linter.letter.people import _FULL_NAME

    plain = re.compile(_FULL_NAME_AS_WRITTEN)

    def found(rx, t):
        return [(m.span(), m.span(1), m.span(2)) for m in rx.finditer(t)]
    assert found(_FULL_NAME, text) == found(plain, text)
    rng = random.Random(text)
    alphabet = "aAbBÆæØøÅåé_1- \u00a0.,xZ"
    for _ in range(3000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert found(_FULL_NAME, t) == found(plain, t), t
