"""The server under attack, in-process (issue 17): the manifest and /addin/, offsets from one
UTF-16 table, document limits on what is analysed, nlp.max_length, incomplete analyses,
error contract without echoes, LanguageTool compatibility, Origin/Host/headers."""

from __future__ import annotations

import json
import random
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from linter.config import Config  # noqa: E402
from linter.readers.limits import Limits  # noqa: E402
from linter.server import ServerSettings, create_app  # noqa: E402
from linter.server.app import served_app  # noqa: E402
from linter.server.documents import Utf16Index, utf16_len  # noqa: E402
from linter.server.service import CheckService  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OFFICE = "{http://schemas.microsoft.com/office/appforoffice/1.1}"
ORIGIN = "https://word.example.dk"


@pytest.fixture(scope="module")
def service(engine):
    svc = CheckService(engine=engine, threads=2)
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def client(service):
    settings = ServerSettings(cors_origins=[ORIGIN], max_paragraphs=200, max_characters=60_000)
    with TestClient(create_app(settings, service=service)) as c:
        yield c


@pytest.fixture(scope="module")
def token_client(service):
    with TestClient(create_app(ServerSettings(token="s3cret"), service=service)) as c:
        yield c


def error_of(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


# 1. the add-in can be installed ---------------------------------------------------------

def test_manifest_is_well_formed_and_points_at_the_served_pane(client):
    lxml_etree = pytest.importorskip("lxml.etree")
    raw = (ROOT / "addin" / "manifest.xml").read_bytes()
    lxml_etree.fromstring(raw)  # raises on a comment holding "--", as Office's validator does
    root = ET.fromstring(raw)
    assert root.tag == f"{OFFICE}OfficeApp"
    order = [child.tag.removeprefix(OFFICE) for child in root]
    # the schema's sequence for a TaskPaneApp (the elements this manifest uses)
    expected = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
                "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
                "Permissions"]
    assert order == expected
    source = root.find(f"{OFFICE}DefaultSettings/{OFFICE}SourceLocation").get("DefaultValue")
    path = "/" + source.split("/", 3)[3]
    assert path == "/addin/taskpane.html"
    for tag in ("IconUrl", "HighResolutionIconUrl"):
        icon = "/" + root.find(f"{OFFICE}{tag}").get("DefaultValue").split("/", 3)[3]
        assert client.get(icon).status_code == 200
    assert client.get(path).status_code == 200


def test_addin_folder_serves_the_pane_with_security_headers(client):
    pane = client.get("/addin/")
    assert pane.status_code == 200 and "text/html" in pane.headers["content-type"]
    assert 'id="check"' in pane.text and "pane.js" in pane.text
    assert client.get("/addin", follow_redirects=False).headers["location"] == "/addin/"
    for path in ("/addin/", "/addin/pane.js", "/addin/taskpane.css"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff"
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "object-src 'none'" in csp
    error_of(client.get("/addin/../pyproject.toml"), 404)
    api = client.get("/health")
    assert api.headers["x-content-type-options"] == "nosniff" and api.headers["cache-control"] == "no-store"


def test_pane_token_comes_from_its_address_and_401_names_what_to_do():
    js = (ROOT / "addin" / "web" / "pane.js").read_text(encoding="utf-8")
    assert "localStorage" not in js  # nothing writes it
    assert '.get("token")' in js  # ?token=… in the pane's address
    # the pane tells the caseworker to contact IT; what IT must do is in the add-in docs
    assert "Kontakt IT" in js
    docs = (ROOT / "docs" / "addin.md").read_text(encoding="utf-8")
    assert "SourceLocation" in docs and "?token=" in docs


# 2. offsets from one table; limits on what is analysed ----------------------------------

def test_utf16_index_equals_prefix_count():
    rng = random.Random(7)
    alphabet = ["a", "æ", " ", "😀", "𝔘", "\u200b", "\n"]
    for _ in range(50):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        table = Utf16Index(text)
        for i in range(len(text) + 1):
            assert table(i) == utf16_len(text[:i])
        if text:
            a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
            assert table.span(a, b) == (utf16_len(text[:a]), utf16_len(text[a:b]))


@pytest.mark.slow
def test_many_findings_in_one_long_paragraph_are_located_in_linear_time(client):
    para = "😀 " + "Der henvises til ovenstående vedr. sagen. " * 1200  # ~50,000 characters, thousands of findings
    start = time.monotonic()
    resp = client.post("/v1/check", json={"paragraphs": [para]})
    elapsed = time.monotonic() - start
    assert resp.status_code == 200, resp.text
    found = [f for f in resp.json()["findings"] if not f["document_level"]]
    assert len(found) > 2000
    units = para.encode("utf-16-le")
    for f in found[::97] + found[-3:]:
        assert units[f["offset_utf16"] * 2:(f["offset_utf16"] + f["length_utf16"]) * 2].decode("utf-16-le") == f["text"]
    assert elapsed < 60  # was quadratic: a per-finding scan of the prefix


def test_line_limit_applies_on_every_route(engine):
    cfg = Config()
    cfg.limits = Limits(max_line_characters=500)
    svc = CheckService(cfg, engine=engine, threads=1, isolate=False)
    try:
        with TestClient(create_app(ServerSettings(), service=svc)) as c:
            long_line = "Der henvises til sagen. " * 30  # 720 characters in one line
            for resp in (c.post("/v1/check", json={"paragraphs": ["Kære Sofie", long_line]}),
                         c.post("/v1/check", json={"text": "Kære Sofie\n" + long_line}),
                         c.post("/v2/check", data={"language": "da", "text": long_line})):
                assert error_of(resp, 413)["code"] == "line-too-long"
            # interpretAs expands: what is analysed counts, not the request's bytes
            data = {"annotation": [{"text": "Kære Sofie"}, {"markup": "<x/>", "interpretAs": long_line}]}
            assert error_of(c.post("/v2/check", data={"language": "da", "data": json.dumps(data)}), 413)["code"] \
                == "line-too-long"
            # markup itself is not analysed: a large markup with little text is fine
            data = {"annotation": [{"markup": "<p " + "x" * 5000 + ">"}, {"text": "Der henvises til sagen."}]}
            assert c.post("/v2/check", data={"language": "da", "data": json.dumps(data)}).status_code == 200
    finally:
        svc.close()


def test_characters_limit_counts_analysed_text_not_markup(client):
    markup = [{"markup": "<span>" * 2000}]  # 12,000 characters of markup
    data = {"annotation": markup * 10 + [{"text": "Der henvises til ovenstående."}]}
    resp = client.post("/v2/check", data={"language": "da", "data": json.dumps(data)})
    assert resp.status_code == 200, resp.text
    expanded = {"annotation": [{"markup": "<br>", "interpretAs": "ord " * 20_000}]}  # 80,000 analysed
    assert error_of(client.post("/v2/check", data={"language": "da", "data": json.dumps(expanded)}), 413)["code"] \
        == "too-many-characters"


def test_raised_limits_raise_spacys_max_length(engine):
    """`limits:` raised in a config must check the file, not end in spaCy's ValueError."""
    nlp = engine.pipeline.nlp
    saved = nlp.max_length
    try:
        nlp.max_length = 1_000  # as if the letter were larger than spaCy's default of 1,000,000
        cfg = Config()
        cfg.limits = Limits(max_characters=20_000, max_paragraphs=100)
        from linter.server.documents import document_from_text

        doc = document_from_text("Kære Sofie\n" + "Der henvises til ovenstående. " * 200).document
        result = engine.check_document(doc, cfg=cfg)
        assert result.error is None and any(f.text == "ovenstående" for f in result.findings)
        assert nlp.max_length >= 20_000 + 100
    finally:
        nlp.max_length = saved


# 4. never a lying answer ------------------------------------------------------------------

def test_budget_overrun_is_an_error_or_incomplete_never_clean(engine):
    cfg = Config()
    cfg.limits = Limits(time_budget_seconds=1e-9)
    svc = CheckService(cfg, engine=engine, threads=1, isolate=False)
    try:
        with TestClient(create_app(ServerSettings(), service=svc)) as c:
            letter = "Kære Sofie\nDer henvises til ovenstående vedr. sagen."
            err = error_of(c.post("/v1/check", json={"text": letter}), 503)
            assert err["code"] == "time-budget"
            error_of(c.post("/v1/check", json={"paragraphs": letter.split("\n")}), 503)
            lt = c.post("/v2/check", data={"language": "da", "text": letter})
            assert lt.status_code == 200
            body = lt.json()
            assert body["warnings"]["incompleteResults"] is True and body["warnings"]["incompleteResultsReason"]
            assert [m["rule"]["id"] for m in body["matches"]] == ["BREVLINT_INCOMPLETE"]
            assert body["matches"][0]["length"] > 0
    finally:
        svc.close()


def _sleep_job(service, seconds: float) -> bytes:
    time.sleep(seconds)
    return b"{}"


def _echo_job(service, value: str) -> bytes:
    return json.dumps({"rules": len(service.rule_ids), "value": value}).encode()


def test_analysis_process_is_killed_on_overrun_and_replaced(service):
    from linter.server.isolation import AnalysisProcess, JobTimeout, fork_available

    if not fork_available():
        pytest.skip("no fork on this platform: jobs run in the thread")
    proc = AnalysisProcess(service)
    try:
        start = time.monotonic()
        with pytest.raises(JobTimeout):
            proc.call(0.5, _sleep_job, 30)
        assert time.monotonic() - start < 10
        assert json.loads(proc.call(10, _echo_job, "x")) == {"rules": len(service.rule_ids), "value": "x"}
    finally:
        proc.close()


_REAL_TEXT_JOB = None


def _stalling_text_job(service, text: str, *args) -> bytes:
    """Stands for an analysis stuck in one long call (a regex or spaCy's matcher on a huge line)."""
    if text == "STALL":
        time.sleep(60)
    return _REAL_TEXT_JOB(service, text, *args)


@pytest.mark.slow
def test_a_stalled_analysis_is_killed_answered_503_and_the_next_request_works(engine, monkeypatch):
    from linter.server import native
    from linter.server.isolation import fork_available

    if not fork_available():
        pytest.skip("no fork on this platform: jobs run in the thread")
    global _REAL_TEXT_JOB
    _REAL_TEXT_JOB = native.text_job
    monkeypatch.setattr(native, "text_job", _stalling_text_job)
    cfg = Config()
    cfg.limits = Limits(time_budget_seconds=2)  # killed at 2 + 5 s of grace
    svc = CheckService(cfg, engine=engine, threads=2)  # forks after the patch: the child has it too
    try:
        with TestClient(create_app(ServerSettings(), service=svc)) as c:
            start = time.monotonic()
            err = error_of(c.post("/v1/check", json={"text": "STALL"}), 503)
            assert err["code"] == "time-budget" and time.monotonic() - start < 20
            ok = c.post("/v1/check", json={"text": "Kære Sofie\nDer henvises til ovenstående."})
            assert ok.status_code == 200 and any(f["text"] == "ovenstående" for f in ok.json()["findings"])
    finally:
        svc.close()


def test_analysis_process_keeps_no_copy_of_the_servers_sockets(service):
    """A connection the server closes must close: the forked child holds only its own pipe."""
    import os
    import socket
    import stat

    from linter.server.isolation import AnalysisProcess, fork_available

    if not fork_available():
        pytest.skip("no fork on this platform")
    listener = socket.create_server(("127.0.0.1", 0))
    proc = AnalysisProcess(service)
    try:
        assert json.loads(proc.call(10, _echo_job, "y"))["value"] == "y"  # the child is up
        sockets = 0
        for name in os.listdir(f"/proc/{proc.pid}/fd"):
            try:
                sockets += stat.S_ISSOCK(os.stat(f"/proc/{proc.pid}/fd/{name}").st_mode)
            except OSError:
                pass
        assert sockets == 1  # the pipe to the server
    finally:
        proc.close()
        listener.close()


# 5. every error a JSON 4xx that quotes nothing from the request ------------------------------

SECRET = "Quorblensk"  # stands for a citizen's name or other letter text


@pytest.mark.parametrize("kind,request_", [
    ("json", {"paragraphs": []}),
    ("json", {"paragraphs": ["", "  "]}),
    ("json", {"text": ""}),
    ("json", {"text": "x", "rules": {f"{SECRET}.rule": "off"}}),
    ("json", {"text": "x", "rules": {"sprog.passiv": SECRET}}),
    ("json", {"text": "x", "rules": {SECRET: "loud"}}),
    ("json", {"text": "x", "profile": SECRET}),
    ("json", {"text": "x", "lang": SECRET}),
    ("form", {"language": SECRET, "text": "hej"}),
    ("form", {"language": "da", "data": json.dumps({"annotation": [{"text": "x"}, {"markup": "<b>",
                                                                     "interpretAs": "\ud800" + SECRET}]})}),
    ("form", {"language": "da", "data": json.dumps({"annotation": [{"markup": "\udfff" + SECRET}]})}),
    ("form", {"language": "da", "data": json.dumps({"annotation": [{SECRET: 1}]})}),
    ("form", {"language": "da", "data": "{" + SECRET}),
])
def test_errors_are_json_4xx_and_echo_nothing(client, kind, request_):
    if kind == "json":
        resp = client.post("/v1/check", content=json.dumps(request_).encode(),
                           headers={"content-type": "application/json"})
    else:
        resp = client.post("/v2/check", data=request_)
    assert 400 <= resp.status_code < 500, resp.text
    err = error_of(resp, resp.status_code)
    assert SECRET not in resp.text and SECRET.lower() not in resp.text.lower()
    assert "Traceback" not in resp.text and err["message"]


def test_analysis_pool_on_the_event_loop_runs_at_once_and_survives_cancellation(service):
    """The server awaits jobs on its event loop: two at once on two children; a request
    cancelled mid-job has its child replaced, so the stale answer never reaches the next job."""
    import asyncio

    from linter.server.isolation import AnalysisPool, JobTimeout, fork_available

    if not fork_available():
        pytest.skip("no fork on this platform")
    pool = AnalysisPool(service, 2)

    async def scenario() -> None:
        start = time.monotonic()
        answers = await asyncio.gather(*(pool.call_async(10, _pid_job, 1.0) for _ in range(4)))
        assert time.monotonic() - start < 3.5  # about 2 s on two children, not 4
        assert {json.loads(a)["pid"] for a in answers} == set(pool.pids)
        before = set(pool.pids)
        task = asyncio.ensure_future(pool.call_async(10, _pid_job, 0.5))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert len(set(pool.pids) - before) == 1  # the cancelled job's child was replaced
        for i in range(4):  # every later answer is its own
            assert json.loads(await pool.call_async(10, _echo_job, str(i)))["value"] == str(i)
        with pytest.raises(JobTimeout):
            await pool.call_async(0.3, _sleep_job, 30)
        assert json.loads(await pool.call_async(10, _echo_job, "after"))["value"] == "after"

    try:
        asyncio.run(scenario())
    finally:
        pool.close()


def test_serve_gives_uvicorn_workers_time_to_build_the_pipeline(monkeypatch):
    """Without fork, `--workers` are uvicorn's worker processes: its health ping killed a worker
    still building spaCy (its default is 5 s)."""
    import uvicorn
    from click.testing import CliRunner

    import linter.server.app as app_mod
    import linter.server.isolation as isolation
    from linter.cli import main

    seen: dict = {}
    monkeypatch.setattr(isolation, "fork_available", lambda: False)
    monkeypatch.setattr(app_mod, "create_app", lambda settings: settings)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.setdefault("kw", kw))
    assert CliRunner().invoke(main, ["serve", "--workers", "2"], env={"BREVLINT_TOKEN": None}).exit_code == 0
    assert seen["kw"]["workers"] == 2 and seen["kw"]["timeout_worker_healthcheck"] >= 30


def test_serve_workers_are_analysis_processes_of_one_server(monkeypatch):
    """With fork, `--workers N` is one HTTP process with N analysis processes (AnalysisPool)."""
    import uvicorn
    from click.testing import CliRunner

    import linter.server.app as app_mod
    import linter.server.isolation as isolation
    from linter.cli import main

    if not isolation.fork_available():
        pytest.skip("no fork on this platform")
    seen: dict = {}
    monkeypatch.setattr(app_mod, "create_app", lambda settings: seen.setdefault("settings", settings))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.setdefault("kw", kw))
    assert CliRunner().invoke(main, ["serve", "--workers", "3"], env={"BREVLINT_TOKEN": None}).exit_code == 0
    assert "workers" not in seen["kw"] and seen["settings"].processes == 3


def _pid_job(service, seconds: float) -> bytes:
    import os

    time.sleep(seconds)
    return json.dumps({"pid": os.getpid()}).encode()


def test_analysis_pool_runs_jobs_at_once_in_different_processes(service):
    import os
    from concurrent.futures import ThreadPoolExecutor

    from linter.server.isolation import AnalysisPool, JobTimeout, fork_available

    if not fork_available():
        pytest.skip("no fork on this platform")
    pool = AnalysisPool(service, 2)
    try:
        assert pool.size == 2 and len(set(pool.pids)) == 2 and os.getpid() not in pool.pids
        with ThreadPoolExecutor(4) as ex:
            start = time.monotonic()
            pids = [json.loads(b)["pid"] for b in ex.map(lambda _: pool.call(10, _pid_job, 1.0), range(4))]
            took = time.monotonic() - start
        assert set(pids) == set(pool.pids)  # both children worked
        assert took < 3.5  # four 1 s jobs on two children: about 2 s, not 4
        # one child killed for an overrun does not hold up the other, and is replaced
        with ThreadPoolExecutor(2) as ex:
            stuck = ex.submit(pool.call, 0.5, _sleep_job, 30)
            assert json.loads(pool.call(10, _echo_job, "z"))["value"] == "z"
            with pytest.raises(JobTimeout):
                stuck.result()
        assert all(json.loads(pool.call(10, _echo_job, str(i)))["value"] == str(i) for i in range(4))
        assert len(set(pool.pids)) == 2
    finally:
        pool.close()


def test_empty_paragraphs_list_is_400_not_findings_at_a_missing_paragraph(client):
    assert error_of(client.post("/v1/check", json={"paragraphs": []}), 400)["code"] == "empty"


def test_uploaded_file_name_is_not_echoed(client):
    resp = client.post("/v1/check-docx", files={"file": (f"{SECRET} Jensen.docx", b"not a zip", "application/zip")})
    error_of(resp, 400)
    assert SECRET not in resp.text


def test_invalid_utf8_in_query_string_is_refused(client):
    for path in ("/v2/check?language=da&text=%FF%FE", "/health?x=%C3"):
        assert error_of(client.get(path), 400)["code"] == "bad-query"
    assert client.get("/v2/check?language=da&text=%C3%A6bler").status_code == 200


# 6. LanguageTool compatibility -------------------------------------------------------------

LT_LETTER = "Kære Sofie\nDer henvises til ovenstående vedr. sagen."


def test_token_as_api_key_with_any_username_and_bearer_in_any_case(token_client):
    base = {"language": "da", "text": LT_LETTER}
    error_of(token_client.post("/v2/check", data=base), 401)
    error_of(token_client.post("/v2/check", data={**base, "username": "a", "apiKey": "wrong"}), 401)
    ok = token_client.post("/v2/check", data={**base, "username": "anyone@example.dk", "apiKey": "s3cret"})
    assert ok.status_code == 200 and ok.json()["matches"]
    assert token_client.get("/v2/check", params={**base, "apiKey": "s3cret"}).status_code == 200
    for scheme in ("bearer", "BEARER", "Bearer"):
        r = token_client.post("/v1/check", json={"text": LT_LETTER}, headers={"Authorization": f"{scheme} s3cret"})
        assert r.status_code == 200, scheme
    # apiKey is LanguageTool's: the native API still needs the header
    error_of(token_client.post("/v1/check", json={"text": LT_LETTER}, params={"apiKey": "s3cret"}), 401)
    # a wrong header is not rescued by a right apiKey
    error_of(token_client.post("/v2/check", data={**base, "apiKey": "s3cret"},
                               headers={"Authorization": "Bearer nope"}), 401)


def test_language_auto_with_other_variants_checks_danish_and_says_so(client):
    r = client.post("/v2/check", data={"language": "auto", "preferredVariants": "en-US,de-DE,pt-PT",
                                       "text": LT_LETTER})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["language"]["code"] == "da-DK" and "Danish only" in body["language"]["detectedLanguage"]["source"]
    assert any(m["rule"]["id"] == "sprog.kancellisprog" for m in body["matches"])
    error_of(client.post("/v2/check", data={"language": "da", "preferredVariants": "en-US", "text": "hej"}), 400)


def test_empty_text_is_200_without_matches(client):
    for text in ("", "   \n  "):
        r = client.post("/v2/check", data={"language": "da", "text": text})
        assert r.status_code == 200 and r.json()["matches"] == []


def test_soft_line_breaks_and_nul_are_text(client):
    text = "Kære Sofie\x0b" + "Linje\x0b" * 20 + "Der henvises til ovenstående.\x00 Tak."
    for resp in (client.post("/v2/check", data={"language": "da", "text": text}),
                 client.post("/v1/check", json={"text": text})):
        assert resp.status_code == 200, resp.text
    matches = client.post("/v2/check", data={"language": "da", "text": text}).json()["matches"]
    m = next(m for m in matches if m["rule"]["id"] == "sprog.kancellisprog")
    assert text[m["offset"]:m["offset"] + m["length"]] == "ovenstående"  # BMP only: units are code points


# 7. Origin, Host, HEAD, /docs ---------------------------------------------------------------

def test_disallowed_origin_is_403_even_for_a_simple_request(client):
    for origin in ("https://evil.example", "null"):
        r = client.post("/v2/check", content=b"language=da&text=hej",
                        headers={"Origin": origin, "content-type": "application/x-www-form-urlencoded"})
        assert error_of(r, 403)["code"] == "forbidden-origin"
    ok = client.post("/v1/check", json={"text": LT_LETTER}, headers={"Origin": ORIGIN})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ORIGIN
    same = client.post("/v1/check", json={"text": LT_LETTER}, headers={"Origin": "http://testserver"})
    assert same.status_code == 200  # the pane served by this server calls it


def test_host_header_is_checked_against_the_server(service):
    app = served_app(create_app(ServerSettings(), service=service),
                     ServerSettings(allowed_hosts=["brevlint.example.dk"]))
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        assert c.get("/health").status_code == 200
        for host in ("localhost:8765", "[::1]:8765", "brevlint.example.dk", "BREVLINT.example.dk.", "10.0.0.5"):
            assert c.get("/health", headers={"Host": host}).status_code == 200, host
        for host in ("evil.example", "evil.example:8765", "127.0.0.1.evil.example"):
            assert error_of(c.get("/health", headers={"Host": host}), 421)["code"] == "unknown-host"


def test_too_many_requests_in_flight_is_a_json_503_and_health_still_answers(service):
    """The JSON replacement of uvicorn's limit_concurrency (which answers plain text and counts
    idle connections): requests beyond max_in_flight get 503 `busy`, liveness is still answered."""
    with TestClient(create_app(ServerSettings(max_in_flight=0), service=service)) as c:
        err = error_of(c.post("/v1/check", json={"text": "Kære Sofie"}), 503)
        assert err["code"] == "busy" and c.post("/v1/check", json={"text": "x"}).headers["retry-after"]
        assert c.get("/health").status_code == 200


def test_head_health_and_no_docs_page(client):
    head = client.head("/health")
    assert head.status_code == 200 and head.content == b""
    error_of(client.get("/docs"), 404)
    assert client.get("/openapi.json").status_code == 200
