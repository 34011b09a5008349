"""Show the proof: whom brevlint took as the sender, why (the reason codes as words, one table in
linter/i18n.py) and where the evidence stands (linter/engine/sender_places.py), as the server sends them
to the Word/Outlook pane (`sender`, `parties` of /v1/check)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.i18n import REASON_TEXTS, reason_text
from linter.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
LETTERS = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt")) \
    + sorted((ROOT / "examples").glob("*.docx")) + sorted((ROOT / "tests" / "blind").glob("*/*.txt"))

# An invented letter: the signer's own number and address, the clinic's main number with opening
# hours, an emoji before a number (UTF-16 offsets differ from code points there).
PARAGRAPHS = ["Klinik for Fysioterapi Østerby", "Til: Jobcenter Østerby", "Att.: Hanne Lund", "",
              "Vedr. Søren Kvist, cpr 111213-XXXX", "Søren kan løfte 5 kg og gå 20 minutter.", "",
              "Med venlig hilsen", "Jonas Brink, fysioterapeut",
              "😀 Direkte tlf. 41 52 63 74", "jonas.brink@osterby-fys.dk",
              "Hovednummer 70 20 30 40 (telefontid 8-12)"]


def codes(result) -> set[str]:
    """Every reason code of a result's sender and parties."""
    out: set[str] = set()
    for party in ([result.sender] if result.sender else []) + list(result.parties):
        out |= {party["reason"]} | {x["reason"] for x in party["phones"] + party["emails"]}
    return out - {"?"}


def test_every_reason_code_the_corpus_gives_has_words_in_both_languages(engine):
    seen: set[str] = set()
    for path in LETTERS:
        seen |= codes(engine.check_document(read_document(path)))
    assert {"signature", "personal-label", "switchboard-label", "to-field", "subject-line"} <= seen
    assert sorted(seen - set(REASON_TEXTS)) == []
    for code, (da, en) in REASON_TEXTS.items():
        assert da and en and da != en, code
        assert reason_text(code, "da") == da and reason_text(code, "en") == en
    assert reason_text("no-such-code") is None and reason_text(None) is None


def test_sender_places_hold_the_words_the_summary_names(engine):
    """The places follow the summary's lists: each holds that name, number or address as written."""
    checked = 0
    for path in LETTERS:
        r = engine.check_document(read_document(path))
        places = {c.rule: c for c in r.sender_places}
        assert len(places) == len(r.sender_places)
        s = r.sender or {}
        if s.get("name") and " " in s["name"] and "," not in places["name"].text:
            assert places["name"].text == s["name"], path.name
        for k, p in enumerate(s.get("phones") or []):
            if f"phones.{k}" in places and p["number"].isdigit():
                assert re.sub(r"\D", "", places[f"phones.{k}"].text).endswith(p["number"][-8:]), path.name
                checked += 1
        for k, e in enumerate(s.get("emails") or []):
            if f"emails.{k}" in places and "@" in e["address"]:
                local, domain = e["address"].split("@", 1)  # as written: "jesper.lind (at) kiropraktor-lind.dk"
                written = places[f"emails.{k}"].text.lower()
                assert written.startswith(local) and written.endswith(domain), path.name
                checked += 1
    assert checked > 100


@pytest.fixture(scope="module")
def client(engine):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from linter.server import ServerSettings, create_app
    from linter.server.service import CheckService

    svc = CheckService(engine=engine, threads=1)
    with TestClient(create_app(ServerSettings(), service=svc)) as c:
        yield c
    svc.close()


def utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le")


def test_check_sends_the_sender_with_reasons_in_words_and_places(client):
    body = client.post("/v1/check", json={"paragraphs": PARAGRAPHS}).json()
    s = body["sender"]
    assert (s["name"], s["role"], s["reason"], s["reason_text"]) == \
        ("Jonas Brink", "fysioterapeut", "signature", "står i underskriften")
    assert s["place"]["paragraph"] == 8 and s["place"]["text"] == "Jonas Brink"
    phones = {p["number"]: p for p in s["phones"]}
    own, main = phones["41526374"], phones["70203040"]
    assert own["personal"] is True and own["reason_text"] == REASON_TEXTS[own["reason"]][0]
    assert main["personal"] is False and main["reason_text"] == REASON_TEXTS[main["reason"]][0]
    # UTF-16 offsets after the emoji: the pane selects exactly the number
    place = own["place"]
    assert place["paragraph"] == 9 and place["offset_utf16"] == place["offset"] + 1
    assert utf16_slice(PARAGRAPHS[9], place["offset_utf16"], place["length_utf16"]) == "41 52 63 74" == place["text"]
    mail = s["emails"][0]
    assert mail["address"] == "jonas.brink@osterby-fys.dk" and mail["personal"] is True
    assert mail["place"]["text"] == PARAGRAPHS[10]
    kinds = {p["kind"]: p for p in body["parties"]}
    assert kinds["recipient"]["reason_text"] == REASON_TEXTS[kinds["recipient"]["reason"]][0]
    assert kinds["citizen"]["name"] == "Søren Kvist" and kinds["citizen"]["reason_text"] == "står i emnelinjen"


def test_check_text_and_english(client):
    body = client.post("/v1/check", json={"text": "\n".join(PARAGRAPHS), "lang": "en"}).json()
    s = body["sender"]
    assert s["reason_text"] == "in the signature"
    assert s["place"]["line"] == 9 and s["place"]["column"] == 1 and s["place"]["text"] == "Jonas Brink"
    assert all(p["reason_text"] == REASON_TEXTS[p["reason"]][1] for p in s["phones"])


def test_no_sender_name_is_said_in_words(client):
    body = client.post("/v1/check", json={"paragraphs": ["Til: Jobcenter Østerby", "Søren kan løfte 5 kg."]}).json()
    s = body["sender"]
    assert s["name"] is None and s["place"] is None
    assert s["reason_text"] == REASON_TEXTS[s["reason"]][0]
