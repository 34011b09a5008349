"""The HTTP API in-process (FastAPI TestClient): every endpoint, errors, CORS, token, limits,
UTF-16 offsets, the LanguageTool response shape, and the stored OpenAPI schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from linter.readers import read_bytes  # noqa: E402
from linter.server import ServerSettings, create_app  # noqa: E402
from linter.server.app import openapi_document  # noqa: E402
from linter.server.service import CheckService  # noqa: E402

ORIGIN = "https://localhost:3000"
LETTER = ["Sundhedscenter Lindeby", "", "Til: Jobcenter Lindeby", "Kære Sofie Berg 😀",
          "Der henvises til ovenstående vedr. æblerne.", "Med venlig hilsen", "Marie Jensen"]


@pytest.fixture(scope="module")
def service(engine):
    svc = CheckService(engine=engine, threads=2)
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def client(service):
    app = create_app(ServerSettings(cors_origins=[ORIGIN], max_body_bytes=200_000, max_paragraphs=100,
                                    max_characters=20_000), service=service)
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def token_client(service):
    with TestClient(create_app(ServerSettings(token="s3cret", cors_origins=[ORIGIN]), service=service)) as c:
        yield c


def error_of(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


def test_health_and_rules(client, engine):
    assert client.get("/health").json()["status"] == "ok"
    rules = client.get("/v1/rules").json()
    assert [r["id"] for r in rules] == sorted(r.id for r in engine.rules)
    passiv = next(r for r in rules if r["id"] == "sprog.passiv")
    assert passiv["source"]["quote"] and passiv["message"]
    en = client.get("/v1/rules", params={"lang": "en"}).json()
    assert next(r for r in en if r["id"] == "sprog.passiv")["message"] == engine.rule("sprog.passiv").message_en
    error_of(client.get("/v1/rules", params={"lang": "xx"}), 400)


def test_check_paragraphs_matches_engine_and_utf16(client, engine):
    resp = client.post("/v1/check", json={"paragraphs": LETTER})
    assert resp.status_code == 200
    body = resp.json()
    found = body["findings"]
    kancelli = [f for f in found if f["rule"] == "sprog.kancellisprog"]
    assert {f["text"] for f in kancelli} >= {"ovenstående", "vedr."}
    for f in found:
        para = LETTER[f["paragraph"]]
        assert para[f["offset"]:f["offset"] + f["length"]] == f["text"]
        units = para.encode("utf-16-le")
        start = f["offset_utf16"] * 2
        assert units[start:start + f["length_utf16"] * 2].decode("utf-16-le") == f["text"]
        assert f["source"]["document"]
    # same findings as the engine on the same paragraphs
    from linter.server.documents import document_from_paragraphs

    direct = engine.check_document(document_from_paragraphs(LETTER))
    assert sorted((f.rule, f.paragraph - 1, f.offset, f.length) for f in direct.findings) == \
        sorted((f["rule"], f["paragraph"], f["offset"], f["length"]) for f in found)
    assert body["profile"] == direct.profile


def test_utf16_offset_after_emoji(client):
    para = "😀😀 æøå Der henvises til ovenstående."
    f = next(f for f in client.post("/v1/check", json={"paragraphs": [para]}).json()["findings"]
             if f["text"] == "ovenstående")
    assert f["offset"] == para.index("ovenstående")
    assert f["offset_utf16"] == f["offset"] + 2  # each emoji is two UTF-16 code units
    assert f["length_utf16"] == f["length"] == len("ovenstående")


def test_check_text_equals_cli_engine(client, check_text):
    text = "Kære Sofie\n\n  Der henvises til ovenstående 😀 og vedr. dette.\r\nMed venlig hilsen\n"
    found = client.post("/v1/check", json={"text": text}).json()["findings"]
    direct = check_text(text.replace("\r\n", "\n"))
    assert sorted((f.rule, f.line, f.column, f.length) for f in direct.findings) == \
        sorted((f["rule"], f["line"], f["column"], f["length"]) for f in found)
    lines = text.split("\n")
    for f in found:
        if not f["document_level"]:
            line = lines[f["paragraph"]].rstrip("\r")
            assert line[f["offset"]:f["offset"] + f["length"]] == f["text"]


def test_rules_override_profile_template_lang(client):
    paras = ["Der henvises til sagen.", "Det vurderes at borgeren kan arbejde."]
    base = client.post("/v1/check", json={"paragraphs": paras}).json()
    assert any(f["rule"] == "sprog.passiv" for f in base["findings"])
    off = client.post("/v1/check", json={"paragraphs": paras, "rules": {"sprog.passiv": "off"}}).json()
    assert not any(f["rule"] == "sprog.passiv" for f in off["findings"])
    err = client.post("/v1/check", json={"paragraphs": paras, "rules": {"sprog.passiv": "error"}}).json()
    assert {f["severity"] for f in err["findings"] if f["rule"] == "sprog.passiv"} == {"error"}
    prof = client.post("/v1/check", json={"paragraphs": paras, "profile": "sundhed-til-job"}).json()
    assert prof["profile"] == "sundhed-til-job" and prof["profile_source"] == "request"
    en = client.post("/v1/check", json={"paragraphs": paras, "lang": "en"}).json()
    assert {f["message"] for f in en["findings"]} != {f["message"] for f in base["findings"]}
    tpl = client.post("/v1/check", json={"paragraphs": ["Kære {{ navn }}"], "template": False}).json()
    assert any(f["rule"] == "skabelon.pladsholder" for f in tpl["findings"])


@pytest.mark.parametrize("body,code", [
    ({}, "invalid"), ({"paragraphs": ["a"], "text": "a"}, "invalid"), ({"paragraphs": "abc"}, "invalid"),
    ({"paragraphs": [1, 2]}, "invalid"), ({"text": "x", "profile": "nope"}, "invalid"),
    ({"text": "x", "rules": {"nope.rule": "off"}}, "unknown-rule"), ({"text": "x", "rules": {"sprog.passiv": "loud"}},
                                                                      "invalid"),
    ({"text": "x", "lang": "de"}, "invalid"), ([1, 2], "invalid"),
])
def test_malformed_native_requests_are_400(client, body, code):
    assert error_of(client.post("/v1/check", json=body), 400)["code"] == code


@pytest.mark.parametrize("raw,ctype", [
    (b"{bad json", "application/json"), (b'{"text": "\xff\xfe"}', "application/json"), (b"", "application/json"),
    (b"text=hej", "application/x-www-form-urlencoded"), (b'{"text": "hej"}', "text/plain"),
    (b'{"text": "\\ud800"}', "application/json"), (b'{"paragraphs": ["\\udfff x"]}', "application/json"),
])
def test_bad_bodies_are_4xx_json(client, raw, ctype):
    resp = client.post("/v1/check", content=raw, headers={"content-type": ctype})
    assert 400 <= resp.status_code < 500, resp.text
    error_of(resp, resp.status_code)


def test_wrong_method_and_unknown_path(client):
    assert error_of(client.get("/v1/check"), 405)["code"] == "method-not-allowed"
    assert error_of(client.get("/v9/nothing"), 404)["code"] == "not-found"


def test_limits(client):
    assert error_of(client.post("/v1/check", json={"paragraphs": ["a"] * 101}), 413)["code"] == "too-many-paragraphs"
    assert error_of(client.post("/v1/check", json={"text": "ab " * 7000}), 413)["code"] == "too-many-characters"
    resp = client.post("/v1/check", content=b'{"text": "' + b"a" * 300_000 + b'"}',
                       headers={"content-type": "application/json"})
    assert error_of(resp, 413)["code"] == "too-large"


def test_body_limit_enforced_while_streaming(client):
    """A chunked body (no Content-Length) is cut off once it passes the limit."""
    sent = []

    def chunks():
        for _ in range(1000):
            sent.append(1)
            yield b"a" * 10_000

    resp = client.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert error_of(resp, 413)["code"] == "too-large"


def test_cors_preflight_and_headers(client):
    pre = client.options("/v1/check", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                                               "Access-Control-Request-Headers": "content-type,authorization"})
    assert pre.status_code == 200
    assert pre.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in pre.headers["access-control-allow-methods"]
    assert "authorization" in pre.headers["access-control-allow-headers"].lower()
    bad = client.options("/v1/check", headers={"Origin": "https://evil.example",
                                               "Access-Control-Request-Method": "POST"})
    assert error_of(bad, 400)["code"] == "cors"
    simple = client.post("/v1/check", json={"text": "hej"}, headers={"Origin": ORIGIN})
    assert simple.headers["access-control-allow-origin"] == ORIGIN
    other = client.post("/v1/check", json={"text": "hej"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_token(token_client):
    assert error_of(token_client.post("/v1/check", json={"text": "hej"}), 401)["code"] == "unauthorized"
    wrong = token_client.post("/v1/check", json={"text": "hej"}, headers={"Authorization": "Bearer s3creT"})
    assert error_of(wrong, 401)["code"] == "unauthorized"
    ok = token_client.post("/v1/check", json={"text": "hej"}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert token_client.get("/health").status_code == 200  # liveness needs no token
    pre = token_client.options("/v1/check", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code == 200  # preflight never carries the token
    unauth = token_client.post("/v1/check", json={"text": "hej"}, headers={"Origin": ORIGIN})
    assert unauth.status_code == 401 and unauth.headers["access-control-allow-origin"] == ORIGIN


def _docx_bytes(paragraphs: list[str], header: str | None = None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_check_docx(client, engine):
    data = _docx_bytes(["Kære Sofie Berg", "Der henvises til ovenstående."], header="Sundhedscenter Lindeby")
    resp = client.post("/v1/check-docx", files={"file": ("brev.docx", data, "application/octet-stream")},
                       data={"rules": json.dumps({"sprog.passiv": "off"})})
    assert resp.status_code == 200, resp.text
    found = resp.json()["findings"]
    hit = next(f for f in found if f["text"] == "ovenstående")
    assert hit["part"] == "body" and hit["paragraph_number"] >= 1 and hit["paragraph"] == hit["paragraph_number"] - 1
    assert not any(f["rule"] == "sprog.passiv" for f in found)
    doc = read_bytes(data, ".docx", "brev.docx")
    direct = engine.check_document(doc, disabled={"sprog.passiv"})
    assert sorted((f.rule, f.paragraph, f.offset) for f in direct.findings) == \
        sorted((f["rule"], f["paragraph_number"], f["offset"]) for f in found)


@pytest.mark.parametrize("files,data", [
    ({"file": ("brev.docx", b"not a zip", "application/octet-stream")}, {}),
    ({"file": ("brev.docx", b"PK\x03\x04broken", "application/octet-stream")}, {}),
    ({}, {"profile": "generel"}),
    ({"file": ("brev.docx", b"x", "application/octet-stream")}, {"rules": "{not json"}),
    ({"file": ("brev.docx", b"x", "application/octet-stream")}, {"lang": "fr"}),
])
def test_check_docx_bad_input(client, files, data):
    resp = client.post("/v1/check-docx", files=files or None, data=data)
    error_of(resp, 400)


def test_check_docx_malformed_multipart(client):
    resp = client.post("/v1/check-docx", content=b"--xx\r\ngarbage", headers={
        "content-type": "multipart/form-data; boundary=xx"})
    error_of(resp, 400)
    error_of(client.post("/v1/check-docx", json={"file": "x"}), 400)


# -- LanguageTool-compatible API ------------------------------------------------

LT_TEXT = "Kære Sofie 😀\n\nDer henvises til ovenstående vedr. sagen."


def _units(s: str, off: int, length: int) -> str:
    b = s.encode("utf-16-le")
    return b[off * 2:(off + length) * 2].decode("utf-16-le")


def test_lt_languages(client):
    assert client.get("/v2/languages").json() == [{"name": "Danish", "code": "da", "longCode": "da-DK"}]


def test_lt_response_shape_field_by_field(client):
    resp = client.post("/v2/check", data={"text": LT_TEXT, "language": "da-DK"})
    assert resp.status_code == 200
    body = resp.json()
    assert set(body) == {"software", "warnings", "language", "matches"}
    sw = body["software"]
    assert sw["name"] == "brevlint" and isinstance(sw["version"], str) and sw["apiVersion"] == 1
    assert isinstance(sw["buildDate"], str) and sw["premium"] is False and "status" in sw
    assert body["warnings"] == {"incompleteResults": False}
    lang = body["language"]
    assert lang["name"] == "Danish" and lang["code"] == "da-DK"
    assert lang["detectedLanguage"]["code"] == "da-DK" and lang["detectedLanguage"]["name"] == "Danish"
    m = next(m for m in body["matches"] if m["rule"]["id"] == "sprog.kancellisprog"
             and _units(LT_TEXT, m["offset"], m["length"]) == "ovenstående")
    assert set(m) >= {"message", "shortMessage", "offset", "length", "replacements", "context", "sentence",
                      "type", "rule"}
    assert m["offset"] == len("Kære Sofie ") + 2 + 2 + len("Der henvises til ")  # emoji = 2 units, "\n\n"
    assert m["replacements"] and all(set(r) == {"value"} for r in m["replacements"])
    ctx = m["context"]
    assert _units(ctx["text"], ctx["offset"], ctx["length"]) == "ovenstående"
    assert m["sentence"] == "Der henvises til ovenstående vedr. sagen."
    assert m["type"]["typeName"] in {"Other", "Hint"}
    rule = m["rule"]
    assert rule["issueType"] == "style" and rule["description"]
    assert rule["category"] == {"id": "BREVLINT_SPROG", "name": "Klart sprog"}
    for match in body["matches"]:
        assert _units(LT_TEXT, match["offset"], match["length"])


def test_lt_accepts_form_whatever_content_type_and_query(client):
    from urllib.parse import urlencode

    form = urlencode({"text": LT_TEXT, "language": "da"}).encode()
    ref = client.post("/v2/check", data={"text": LT_TEXT, "language": "da"}).json()["matches"]
    for ctype in ("text/plain", "application/json", "application/octet-stream", "",
                  "application/x-www-form-urlencoded; charset=UTF-8"):
        headers = {"content-type": ctype} if ctype else {}
        got = client.post("/v2/check", content=form, headers=headers)
        assert got.status_code == 200, (ctype, got.text)
        assert got.json()["matches"] == ref
    assert client.get("/v2/check", params={"text": LT_TEXT, "language": "auto"}).json()["matches"] == ref
    assert client.post("/v2/check", params={"language": "da-DK"}, data={"text": LT_TEXT}).json()["matches"] == ref
    multi = client.post("/v2/check", files={"f": ("a.txt", b"-")}, data={"text": LT_TEXT, "language": "da"})
    assert multi.json()["matches"] == ref


def test_lt_data_annotation_keeps_offsets(client):
    data = {"annotation": [{"markup": "<p>"}, {"text": "Der henvises til "}, {"markup": "<b>"},
                           {"text": "ovenstående"}, {"markup": "</b>"}, {"markup": "</p>", "interpretAs": "\n\n"},
                           {"text": "Ny sætning vedr. sagen."}]}
    original = "".join(x.get("text", x.get("markup", "")) for x in data["annotation"])
    matches = client.post("/v2/check", data={"data": json.dumps(data), "language": "da-DK"}).json()["matches"]
    flagged = {_units(original, m["offset"], m["length"]) for m in matches if m["rule"]["id"].startswith("sprog.")}
    assert {"ovenstående", "vedr.", "Der henvises"} <= flagged


def test_lt_rule_selection(client):
    base = {"text": LT_TEXT, "language": "da-DK"}
    ids = {m["rule"]["id"] for m in client.post("/v2/check", data=base).json()["matches"]}
    assert {"sprog.passiv", "sprog.kancellisprog"} <= ids
    off = client.post("/v2/check", data={**base, "disabledRules": "sprog.passiv,UNKNOWN_LT_RULE"}).json()
    assert "sprog.passiv" not in {m["rule"]["id"] for m in off["matches"]}
    only = client.post("/v2/check", data={**base, "enabledRules": "sprog.passiv", "enabledOnly": "true"}).json()
    assert {m["rule"]["id"] for m in only["matches"]} == {"sprog.passiv"}
    cat = client.post("/v2/check", data={**base, "disabledCategories": "BREVLINT_SPROG"}).json()
    assert not any(m["rule"]["id"].startswith("sprog.") for m in cat["matches"])
    assert client.post("/v2/check", data={**base, "preferredVariants": ""}).status_code == 200


@pytest.mark.parametrize("params,code", [
    ({"text": "hej", "language": "en-US"}, "unsupported-language"),
    ({"text": "hej"}, "missing-language"),
    ({"language": "da"}, "missing-text"),
    ({"text": "hej", "data": "{}", "language": "da"}, "invalid"),
    ({"data": "{nope", "language": "da"}, "bad-data"),
    ({"data": json.dumps({"annotation": [{"foo": 1}]}), "language": "da"}, "bad-data"),
    ({"data": json.dumps([1]), "language": "da"}, "bad-data"),
    ({"text": "hej", "language": "da", "enabledOnly": "true"}, "invalid"),
    ({"text": "hej", "language": "da", "preferredVariants": "en-GB"}, "unsupported-language"),
])
def test_lt_errors(client, params, code):
    assert error_of(client.post("/v2/check", data=params), 400)["code"] == code


def test_lt_invalid_utf8_form(client):
    resp = client.post("/v2/check", content=b"language=da&text=%FF%FE", headers={"content-type": "text/plain"})
    error_of(resp, 400)
    resp = client.post("/v2/check", content=b"language=da&text=\xff", headers={"content-type": "text/plain"})
    error_of(resp, 400)


def test_stored_openapi_matches_app():
    stored = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"
    assert stored.read_text(encoding="utf-8") == openapi_document(), \
        "docs/openapi.json is stale: run `brevlint serve --dump-openapi docs/openapi.json`"


def test_openapi_served(client):
    schema = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/check-docx", "/v1/rules", "/v2/check", "/v2/languages", "/health"} <= set(schema["paths"])


@pytest.mark.parametrize("paras", [
    [""], ["   "], ["a\nb"], ["\x00\x01\x02"], ["\t\v\f"], ["\u202e\u200b"], ["😀" * 500], ["{{", "}}", "«", "»"],
    ["\r\n"] * 5, ["Kære\u2028Ole"], ["x" * 20_000],
])
def test_hostile_paragraphs_never_5xx(client, paras):
    for body in ({"paragraphs": paras}, {"text": "\n".join(paras)}):
        resp = client.post("/v1/check", json=body)
        assert resp.status_code in (200, 400, 413), resp.text
    lt = client.post("/v2/check", data={"text": "\n".join(paras), "language": "da"})
    assert lt.status_code in (200, 400, 413), lt.text


def test_serve_command_options(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    out = tmp_path / "openapi.json"
    res = CliRunner().invoke(main, ["serve", "--dump-openapi", str(out)])
    assert res.exit_code == 0 and out.read_text(encoding="utf-8") == openapi_document()
    cert = tmp_path / "cert.pem"
    cert.write_text("x")
    res = CliRunner().invoke(main, ["serve", "--certfile", str(cert)])
    assert res.exit_code == 2 and "--keyfile" in res.output
    assert "serve" in CliRunner().invoke(main, ["--help"]).output


def test_serve_passes_settings_to_uvicorn(monkeypatch):
    """Defaults (loopback, port 8765) and env settings reach uvicorn, without starting it."""
    import uvicorn
    from click.testing import CliRunner

    import linter.server.app as app_mod
    from linter.cli import main

    seen = {}
    monkeypatch.setattr(app_mod, "create_app", lambda settings: seen.setdefault("settings", settings))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.setdefault("kw", kw))
    res = CliRunner().invoke(main, ["serve"], env={"BREVLINT_TOKEN": "t0k",
                                                   "BREVLINT_CORS_ORIGINS": "https://a.example https://b.example"})
    assert res.exit_code == 0, res.output
    assert seen["kw"]["host"] == "127.0.0.1" and seen["kw"]["port"] == 8765
    from linter.server.protocol import GuardedH11Protocol

    assert seen["kw"]["timeout_keep_alive"] == 5 and seen["kw"]["http"] is GuardedH11Protocol
    assert "limit_concurrency" not in seen["kw"]  # it counts idle sockets: 260 of them made every answer 503
    assert seen["settings"].token == "t0k"
    assert seen["settings"].cors_origins == ["https://a.example", "https://b.example"]


def test_letter_words_do_not_stay_in_the_string_store(service):
    """Checks run inside nlp.memory_zone(): strings a letter added are freed afterwards."""
    from linter.server.documents import document_from_paragraphs

    strings = service.engine.pipeline.nlp.vocab.strings
    marker = "Quorblensk"
    assert marker not in strings
    result = service.check_sync(document_from_paragraphs([f"Kære {marker}", "Der henvises til ovenstående."]))
    assert any(f.text == "ovenstående" for f in result.findings)
    assert marker not in strings and marker.lower() not in strings


def test_v1_check_returns_the_fix_of_every_finding_that_has_one(client, engine):
    """The add-in's "Ret" button is built on `fix`: same edits as the CLI, UTF-16 offsets beside."""
    paragraphs = ["Kære Ole 😀",
                  "😀 Såfremt du kan, bedes De fremsende journalen. Ole har en diskusprolaps og går til træning."]
    found = client.post("/v1/check", json={"paragraphs": paragraphs}).json()["findings"]
    fixable = [f for f in found if f["rule"] in ("sprog.kancellisprog", "sprog.jargon")]
    assert len(fixable) == 4 and all(f["fix"] for f in fixable)
    assert all(f["fix"] is None for f in found if f["document_level"])
    para = paragraphs[1]
    first = next(f for f in fixable if f["text"] == "Såfremt")["fix"]
    (e,) = first["edits"]
    assert para[e["offset"]:e["offset"] + e["length"]] == "Såfremt" and e["text"] == "Hvis"
    assert (e["offset_utf16"], e["length_utf16"]) == (3, 7)  # the emoji is two UTF-16 units
    text = client.post("/v1/check", json={"text": "Kære Ole\n   Såfremt du kan, så ring."}).json()["findings"]
    (e,) = next(f for f in text if f["rule"] == "sprog.kancellisprog")["fix"]["edits"]
    assert (e["offset"], e["length"]) == (3, 7)  # offsets in the source line, indent included
