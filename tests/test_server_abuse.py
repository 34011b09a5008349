"""`brevlint serve` as a real process under abuse (issue 17): idle and trickling connections,
a maximal request while /health is polled, JSON from the HTTP layer, the start-up refusals,
and real LanguageTool clients (language_tool_python, pylanguagetool) on loopback."""

from __future__ import annotations

import json
import random
import socket
import threading
import time

import httpx
import pytest
from server_process import running_server

pytest.importorskip("fastapi")
pytestmark = [pytest.mark.slow, pytest.mark.server]  # real server processes, several seconds each

TOKEN = "tok-abuse-1"
LETTER = "Kære Sofie Berg\n\nDer henvises til ovenstående vedr. din sygemelding.\n\nMed venlig hilsen\nMarie Jensen"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("abuse")
    with running_server(tmp, "--head-timeout", "2", "--body-timeout", "2", "--threads", "2") as s:
        yield s


def _addr(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").split(":")
    return host, int(port)


def _read_all(s: socket.socket) -> bytes:
    got = b""
    try:
        while chunk := s.recv(65536):
            got += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return got


def test_idle_sockets_neither_block_others_nor_stay_open(server):
    base = server[0]
    socks = [socket.create_connection(_addr(base), timeout=15) for _ in range(300)]
    try:
        socks[0].sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # a head that never ends
        start = time.monotonic()
        for _ in range(3):  # others are served while 300 connections send nothing
            assert httpx.get(f"{base}/health", timeout=5).status_code == 200
            r = httpx.post(f"{base}/v1/check", json={"text": LETTER}, timeout=30)
            assert r.status_code == 200, r.text
        assert time.monotonic() - start < 2  # still inside the head deadline: the sockets were open
        partial = _read_all(socks[0])  # closed by the server at the head deadline
        assert partial.startswith(b"HTTP/1.1 408")
        assert json.loads(partial.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "timeout"
        for s in socks[1:]:
            assert _read_all(s).startswith((b"HTTP/1.1 408", b""))
        assert time.monotonic() - start < 10
    finally:
        for s in socks:
            s.close()


def test_trickled_body_is_cut_at_the_whole_body_deadline(server):
    base = server[0]
    body = json.dumps({"text": LETTER}).encode()
    head = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body))
    with socket.create_connection(_addr(base), timeout=15) as s:
        s.sendall(head)
        start = time.monotonic()
        s.settimeout(0.3)
        got = b""
        for byte in body:  # one byte every 0.3 s: each gap is short, the whole is not
            try:
                s.sendall(bytes([byte]))
                got += s.recv(65536)
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
            if got:
                break
        elapsed = time.monotonic() - start
    assert got.startswith(b"HTTP/1.1 408"), got[:200]
    assert elapsed < 5  # body_timeout is 2 s for the whole body (it was per chunk)
    assert httpx.get(f"{base}/health").status_code == 200


def test_http_layer_errors_are_json(server):
    with socket.create_connection(_addr(server[0]), timeout=10) as s:
        s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        resp = _read_all(s)
    assert resp.startswith(b"HTTP/1.1 400") and b"application/json" in resp
    assert json.loads(resp.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "bad-request"


def _long_letter(lines: int, chars: int) -> str:
    rng = random.Random(3)
    words = "Der henvises til ovenstående vedr. borgerens sygemelding og ryg 😀 hun kan arbejde".split()
    out = []
    for _ in range(lines):
        line = []
        while sum(len(w) + 1 for w in line) < chars:
            line.append(rng.choice(words))
        out.append(" ".join(line)[:chars])
    return "\n".join(out)


def test_health_answers_while_a_large_request_is_analysed(server):
    base = server[0]
    text = _long_letter(6, 60_000)  # seconds of analysis in calls that hold the GIL
    latencies: list[float] = []
    done = threading.Event()

    def poll() -> None:
        with httpx.Client(timeout=10) as c:
            while not done.is_set():
                t = time.monotonic()
                assert c.get(f"{base}/health").status_code == 200
                latencies.append(time.monotonic() - t)
                time.sleep(0.05)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        start = time.monotonic()
        r = httpx.post(f"{base}/v1/check", json={"text": text}, timeout=120)
        busy = time.monotonic() - start
    finally:
        done.set()
        poller.join()
    assert r.status_code in (200, 503), r.text  # 503 only as the JSON time-budget error
    if r.status_code == 503:
        assert r.json()["error"]["code"] == "time-budget"
    assert busy > 1 and len(latencies) > 5
    assert max(latencies) < 1.0, sorted(latencies)[-5:]


# start-up refusals and warnings ------------------------------------------------------------

@pytest.fixture()
def serve_cli(monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    import linter.server.app as app_mod
    from linter.cli import main

    seen: dict = {}
    monkeypatch.setattr(app_mod, "create_app", lambda settings: seen.setdefault("settings", settings))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.setdefault("kw", kw))

    def run(*args: str, env: dict | None = None):
        seen.clear()
        res = CliRunner().invoke(main, ["serve", *args], env={"BREVLINT_TOKEN": None, "BREVLINT_CORS_ORIGINS": None,
                                                              **(env or {})})
        return res, seen

    return run


def test_open_bind_without_tls_and_token_is_refused_unless_insecure(serve_cli, tmp_path):
    res, seen = serve_cli("--host", "0.0.0.0")
    assert res.exit_code == 2 and "kw" not in seen
    assert "0.0.0.0" in res.output and "--insecure" in res.output
    res, seen = serve_cli("--host", "0.0.0.0", env={"BREVLINT_TOKEN": "t"})  # a token without TLS
    assert res.exit_code == 2 and "TLS" in res.output
    res, seen = serve_cli("--host", "0.0.0.0", "--insecure")
    assert res.exit_code == 0 and seen["kw"]["host"] == "0.0.0.0"
    assert "ADVARSEL" in res.output and "--insecure" in res.output
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    cert.write_text("x")
    key.write_text("x")
    res, seen = serve_cli("--host", "0.0.0.0", "--certfile", str(cert), "--keyfile", str(key),
                          env={"BREVLINT_TOKEN": "t"})
    assert res.exit_code == 0 and "ADVARSEL" not in res.output
    assert "0.0.0.0" in seen["settings"].allowed_hosts
    res, seen = serve_cli("--host", "::1")
    assert res.exit_code == 0


def test_token_flag_warns_about_ps(serve_cli):
    res, seen = serve_cli("--token", "visible")
    assert res.exit_code == 0 and "ps" in res.output and "BREVLINT_TOKEN" in res.output
    res, seen = serve_cli(env={"BREVLINT_TOKEN": "hidden"})
    assert res.exit_code == 0 and "ADVARSEL" not in res.output and seen["settings"].token == "hidden"


# real LanguageTool clients on loopback ---------------------------------------------------------

def test_language_tool_python_with_language_auto(server):
    ltp = pytest.importorskip("language_tool_python")
    tool = ltp.LanguageTool("auto", remote_server=server[0])
    try:
        matches = tool.check(LETTER)
        assert any(m.rule_id == "sprog.kancellisprog" and LETTER[m.offset:m.offset + m.error_length] == "ovenstående"
                   for m in matches)
        tool.preferred_variants = {"en-US", "de-DE"}  # 400 before: the client then crashed
        assert any(m.rule_id == "sprog.kancellisprog" for m in tool.check(LETTER))
        assert tool.check("") == []  # LanguageTool's answer to empty text
    finally:
        tool.close()


def test_pylanguagetool_with_auto_and_variants(server):
    api = pytest.importorskip("pylanguagetool.api")
    resp = api.check(LETTER, api_url=server[0] + "/v2/", lang="auto", preferred_variants="en-US,de-DE")
    assert resp["language"]["code"] == "da-DK"
    assert any(m["rule"]["id"] == "sprog.kancellisprog" for m in resp["matches"])


def test_language_tool_python_sends_username_and_api_key_to_a_server_with_a_token(tmp_path):
    """LanguageTool's premium parameters (username, apiKey): the client's own request path with
    the two parameters added, as a LanguageTool Plus user configures them."""
    ltp = pytest.importorskip("language_tool_python")

    class KeyedLanguageTool(ltp.LanguageTool):
        def __init__(self, *args, api_key: str, **kwargs) -> None:
            self.api_key = api_key
            super().__init__(*args, **kwargs)

        def _create_params(self, text: str) -> dict:
            return {**super()._create_params(text), "username": "sagsbehandler@example.dk", "apiKey": self.api_key}

    with running_server(tmp_path, "--no-addin", env={"BREVLINT_TOKEN": TOKEN}) as (base, *_):
        good = KeyedLanguageTool("da-DK", remote_server=base, api_key=TOKEN)
        try:
            assert any(m.rule_id == "sprog.kancellisprog" for m in good.check(LETTER))
        finally:
            good.close()
        bad = KeyedLanguageTool("da-DK", remote_server=base, api_key="wrong")
        try:
            with pytest.raises((ltp.exceptions.LanguageToolError, KeyError)):  # the client has no 401 case
                bad.check(LETTER)
        finally:
            bad.close()
        refused = httpx.post(f"{base}/v2/check", data={"language": "da", "text": LETTER, "apiKey": "wrong"})
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        # the raw LanguageTool request a Plus client sends: form fields username and apiKey
        raw = httpx.post(f"{base}/v2/check", data={"language": "da-DK", "text": LETTER,
                                                   "username": "sagsbehandler@example.dk", "apiKey": TOKEN})
        assert raw.status_code == 200 and any(m["rule"]["id"] == "sprog.kancellisprog" for m in raw.json()["matches"])
        # pylanguagetool (0.11) cannot send them: check() drops keyword arguments it does not
        # know, so a server with a token refuses it (docs/addin.md names the caveat)
        api = pytest.importorskip("pylanguagetool.api")
        with pytest.raises(ValueError, match="unauthorized"):
            api.check(LETTER, api_url=base + "/v2/", lang="da-DK", username="sagsbehandler@example.dk", apiKey=TOKEN)
