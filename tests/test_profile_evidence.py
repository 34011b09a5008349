"""Profile evidence is language-neutral (ProfileEvidence) and shown in the report's language:
text (-v), JSON and SARIF from the CLI, the result cache, and the server's /v1/check."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.i18n import PROFILE_REASONS, profile_source
from linter.model import ProfileEvidence

pytestmark = pytest.mark.usefixtures("private_cache")

BODY = "\n\nOle arbejder som lagermand. Han kan løfte 10 kg og har givet samtykke.\n\n"
# one letter of each profile, with the evidence expected in Danish and English
LETTERS = {
    "sundhed-til-job": (
        "Sundhedscenter Randers\nLaksetorvet 1, 8900 Randers C\n\nTil: Jobcenter Randers\n\nKære Louise" + BODY
        + "Med venlig hilsen\nAnne Holm\nFysioterapeut\n",
        "detected (afsender: sundhedscenter, fysioterapeut; modtager: jobcenter)",
        "detected (sender: sundhedscenter, fysioterapeut; recipient: jobcenter)"),
    "job-til-sundhed": (
        "Jobcenter Aarhus\nSygedagpenge\n\nTil: FysioKlinikken Viby\nAtt.: Sune Kragh\n\nKære Sune" + BODY
        + "Med venlig hilsen\nMalene Sørensen\nSagsbehandler\n",
        "detected (afsender: jobcenter, sygedagpenge, sagsbehandler; modtager: fysioklinikken)",
        "detected (sender: jobcenter, sygedagpenge, sagsbehandler; recipient: fysioklinikken)"),
    "generel": (
        "3F A-kasse\nVestergade 9, 7400 Herning\n\nTil: Jobcenter Herning\n\nKære Gitte" + BODY
        + "Med venlig hilsen\nDorthe Kragelund\nA-kasserådgiver\n",
        "detected (afsender: 3f, a-kasse, a-kasserådgiver; modtager: jobcenter; "
        "afsender er hverken sundhed eller jobcenter)",
        "detected (sender: 3f, a-kasse, a-kasserådgiver; recipient: jobcenter; "
        "sender is neither health sector nor job centre)"),
}


def _cli(*args: str):
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert res.exit_code in (0, 1), res.output
    return res.output


@pytest.fixture()
def letters(tmp_path):
    paths = {}
    for profile, (text, _, _) in LETTERS.items():
        paths[profile] = tmp_path / f"{profile}.txt"
        paths[profile].write_text(text, encoding="utf-8")
    return paths


@pytest.mark.parametrize("profile", list(LETTERS))
def test_json_shows_evidence_in_the_report_language(letters, profile):
    _, want_da, want_en = LETTERS[profile]
    da = json.loads(_cli("check", "--format", "json", "--no-cache", str(letters[profile])))["files"][0]
    en = json.loads(_cli("check", "--format", "json", "--no-cache", "--lang", "en", str(letters[profile])))["files"][0]
    assert da["profile"] == en["profile"] == profile
    assert da["profile_source"] == want_da
    assert en["profile_source"] == want_en
    # the structured evidence is the same whatever the language
    assert da["profile_evidence"] == en["profile_evidence"]
    assert set(en["profile_evidence"]) == {"kind", "sender", "recipient", "reason", "config"}
    assert en["profile_evidence"]["kind"] == "detected"
    assert en["profile_evidence"]["recipient"] == [want_en.split("recipient: ")[1].split(";")[0].rstrip(")")]


@pytest.mark.parametrize("profile", list(LETTERS))
def test_verbose_text_shows_evidence_in_the_report_language(letters, profile):
    _, want_da, want_en = LETTERS[profile]
    da = _cli("check", "-v", "--no-cache", str(letters[profile]))
    en = _cli("check", "-v", "--no-cache", "--lang", "en", str(letters[profile]))
    # the text report says the source's first word in the user's language too (JSON keeps the neutral word)
    assert f"profil {profile} ({want_da.replace('detected', 'fundet i brevet', 1)})" in da
    assert f"profile {profile} ({want_en})" in en
    assert "afsender" not in en and "modtager" not in en and "detected" not in da


@pytest.mark.parametrize("profile", list(LETTERS))
def test_sarif_names_each_files_profile_and_evidence(letters, profile):
    _, want_da, want_en = LETTERS[profile]
    for lang, want in (("da", want_da), ("en", want_en)):
        log = json.loads(_cli("check", "--format", "sarif", "--no-cache", "--lang", lang, str(letters[profile])))
        [artifact] = log["runs"][0]["artifacts"]
        assert artifact["location"]["uri"].endswith(f"{profile}.txt")
        props = artifact["properties"]
        assert props["profile"] == profile and props["profileSource"] == want
        assert props["profileEvidence"]["kind"] == "detected"


def test_cached_result_keeps_the_evidence(letters):
    path = str(letters["job-til-sundhed"])
    first = json.loads(_cli("check", "--format", "json", "--lang", "en", path))["files"][0]
    again = CliRunner().invoke(main, ["check", "--lang", "en", "-v", path])
    assert "from the cache" in again.output
    assert LETTERS["job-til-sundhed"][2] in again.output
    cached = json.loads(_cli("check", "--format", "json", "--lang", "en", path))["files"][0]
    assert cached == first


def test_chosen_profiles_render_the_same_in_both_languages(letters, tmp_path):
    path = str(letters["generel"])
    for lang in ("da", "en"):
        data = json.loads(_cli("check", "--format", "json", "--no-cache", "--lang", lang, "--profile",
                               "sundhed-til-job", path))["files"][0]
        assert data["profile_source"] == "cli" and data["profile_evidence"]["kind"] == "cli"
    cfg = tmp_path / "brevlint.yaml"
    cfg.write_text("profile: job-til-sundhed\n", encoding="utf-8")
    for lang in ("da", "en"):
        data = json.loads(_cli("check", "--format", "json", "--no-cache", "--lang", lang, path))["files"][0]
        assert data["profile_source"] == f"config ({cfg})"
        assert data["profile_evidence"]["config"] == str(cfg)


def test_every_reason_has_both_languages_and_renders():
    for code, (da, en) in PROFILE_REASONS.items():
        ev = ProfileEvidence("detected", ("jobcenter",), (), code)
        assert profile_source(ev, "da") == f"detected (afsender: jobcenter; modtager: –; {da})"
        assert profile_source(ev, "en") == f"detected (sender: jobcenter; recipient: –; {en})"
        assert da != en
    assert profile_source(None, "en") is None
    assert ProfileEvidence.from_dict(ev.as_dict()) == ev


@pytest.mark.parametrize(("text", "reason"), [
    ("Fra: Mikkel Aagaard <mikkel@fysio-roskilde.dk>\nTil: Signe Thrane <signe.thrane@roskilde.dk>\n"
     "Emne: Jonas\n\nHej Signe" + BODY + "Vh\nMikkel", "sender-domain"),
    ("Hej\n\nJeg er Oles fysioterapeut. Ole kan løfte 10 kg og arbejder som lagermand.\n\nHilsen\nAnne",
     "body-health"),
    ("Til: Jobcenter Vejle\n\nHej" + BODY + "Hilsen\nMads", "recipient-job"),
    ("Hej Jonas" + BODY + "Hilsen\nBirgitte", "undecidable"),
    ("Fysioterapi Nord\n\nTil: Lægehuset Søndergade\n\nKære læge" + BODY + "Mvh\nCamilla Bruun\nFysioterapeut",
     "health-to-health"),
])
def test_detection_reasons_are_codes_rendered_per_language(check_text, text, reason):
    ev = check_text(text, only=set()).profile_evidence
    assert ev.reason == reason
    da, en = PROFILE_REASONS[reason]
    assert profile_source(ev, "da").endswith(f"; {da})") and profile_source(ev, "en").endswith(f"; {en})")


def test_server_renders_evidence_in_the_request_language(engine):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from linter.server import ServerSettings, create_app
    from linter.server.service import CheckService

    text, want_da, want_en = LETTERS["sundhed-til-job"]
    service = CheckService(engine=engine, threads=1)
    try:
        with TestClient(create_app(ServerSettings(serve_addin=False), service=service)) as client:
            for lang, want in (("da", want_da), ("en", want_en)):
                resp = client.post("/v1/check", json={"text": text, "lang": lang})
                assert resp.status_code == 200 and resp.json()["profile_source"] == want
                paras = client.post("/v1/check", json={"paragraphs": text.split("\n"), "lang": lang})
                assert paras.json()["profile_source"] == want
    finally:
        service.close()
