"""`brevlint serve` as a real process on 127.0.0.1: endpoints over real HTTP, token from
the environment, slow/broken clients, TLS, and privacy of the logs at debug level."""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import time

import httpx
import pytest
from server_process import running_server

pytestmark = [pytest.mark.slow, pytest.mark.server]

MARKERS = ["Zorblatquux", "Plimvendrik", "Kvastorfjeld"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("srv")
    with running_server(tmp, "--log-level", "debug", "--cors-origin", "https://localhost:3000", "--body-timeout", "2",
                        env={"BREVLINT_TOKEN": "tok-123"}) as s:
        yield s


def auth() -> dict:
    return {"Authorization": "Bearer tok-123"}


def test_endpoints_over_http_and_privacy_of_logs(server):
    base, _, out, err = server
    a, b, c = MARKERS
    r = httpx.post(f"{base}/v1/check", json={"paragraphs": [f"Kære {a}", f"Der henvises til {a}s ovenstående."]},
                   headers=auth())
    assert r.status_code == 200 and any(f["text"] == "ovenstående" for f in r.json()["findings"])
    r = httpx.post(f"{base}/v1/check", json={"text": f"Hej {b}\nDet vurderes at {b} kan."}, headers=auth())
    assert r.status_code == 200
    # LanguageTool clients may put the text in the query string: it must not reach the access log
    r = httpx.get(f"{base}/v2/check", params={"text": f"Hej {c} vedr. sagen", "language": "da"}, headers=auth())
    assert r.status_code == 200 and r.json()["matches"]
    r = httpx.post(f"{base}/v2/check", data={"text": f"{c} ovenstående", "language": "xx-YY"}, headers=auth())
    assert r.status_code == 400
    r = httpx.post(f"{base}/v1/check", content=f'{{"text": "{a}'.encode(), headers={**auth(),
                   "content-type": "application/json"})
    assert r.status_code == 400
    assert httpx.post(f"{base}/v1/check", json={"text": a}).status_code == 401
    assert httpx.get(f"{base}/v2/languages", headers=auth()).json()[0]["longCode"] == "da-DK"
    assert httpx.get(f"{base}/openapi.json").status_code == 200
    assert httpx.get(f"{base}/addin/taskpane.html").status_code == 200
    time.sleep(0.5)
    logs = out.read_text(encoding="utf-8", errors="replace") + err.read_text(encoding="utf-8", errors="replace")
    assert "/v1/check" in logs and "DEBUG" in logs.upper()  # logging is on and we read the right output
    for marker in MARKERS:
        assert marker.lower() not in logs.lower(), f"letter text {marker!r} leaked into the server log"
    assert "ovenst" not in logs.lower()


def test_binds_loopback_by_default(server):
    base, proc, _, _ = server
    ss = subprocess.run(["ss", "-ltnp"], capture_output=True, text=True) if shutil.which("ss") else None
    if ss is not None and ss.returncode == 0:
        port = base.rsplit(":", 1)[1]
        lines = [ln for ln in ss.stdout.splitlines() if f":{port} " in ln]
        assert lines and all("127.0.0.1:" in ln for ln in lines)
    else:  # no ss: the address must at least not answer on a non-loopback interface name
        assert base.startswith("http://127.0.0.1:")


def _raw(base: str, payload: bytes, read_timeout: float = 20) -> bytes:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=read_timeout) as s:
        s.sendall(payload)
        chunks = []
        try:
            while True:
                data = s.recv(65536)
                if not data:
                    break
                chunks.append(data)
        except TimeoutError:
            pass
        return b"".join(chunks)


def test_declared_too_large_body_rejected_before_upload(server):
    base = server[0]
    head = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok-123\r\n"
            b"Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{")
    resp = _raw(base, head)
    assert resp.startswith(b"HTTP/1.1 413")
    assert json.loads(resp.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "too-large"


def test_garbage_and_oversized_headers_are_4xx(server):
    base = server[0]
    assert _raw(base, b"NOT HTTP AT ALL\r\n\r\n").startswith(b"HTTP/1.1 400")
    huge = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n"
    resp = _raw(base, huge)
    assert resp == b"" or resp.startswith(b"HTTP/1.1 4")
    resp = _raw(base, b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: abc\r\n\r\n")
    assert resp.startswith(b"HTTP/1.1 400")


def test_slow_client_is_dropped_and_server_stays_up(server):
    base = server[0]
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        start = time.monotonic()
        got = b""
        while chunk := s.recv(65536):  # ends when the server closes the idle keep-alive connection
            got += chunk
        assert got.startswith(b"HTTP/1.1 200") and got.endswith(b"}")
        assert time.monotonic() - start < 25
    assert httpx.get(f"{base}/health").status_code == 200


def test_trickled_body_times_out_with_408(server):
    base = server[0]
    head = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok-123\r\n"
            b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"text\": ")
    start = time.monotonic()
    resp = _raw(base, head)  # the rest of the body never comes
    assert resp.startswith(b"HTTP/1.1 408"), resp[:200]
    assert json.loads(resp.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "timeout"
    assert time.monotonic() - start < 15
    assert httpx.get(f"{base}/health").status_code == 200


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_tls(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True)
    with running_server(tmp_path, "--certfile", str(cert), "--keyfile", str(key), "--no-addin",
                        scheme="https") as (base, *_):
        ctx = ssl.create_default_context(cafile=str(cert))
        r = httpx.post(f"{base}/v1/check", json={"text": "Der henvises til ovenstående."}, verify=ctx)
        assert r.status_code == 200 and r.json()["findings"]


def test_workers_are_analysis_children_that_analyse_at_once(tmp_path):
    """`--workers 2`: one HTTP process with two analysis children; two letters sent at once are
    analysed by both (each child's CPU time grows)."""
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    from linter.server.isolation import fork_available

    if not fork_available():
        pytest.skip("no fork: --workers are uvicorn's worker processes")

    def children(pid: int) -> list[int]:
        return [int(c) for t in Path(f"/proc/{pid}/task").iterdir() for c in (t / "children").read_text().split()]

    def cpu_ticks(pid: int) -> int:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    body = "Der henvises til ovenstående vedr. din sygemelding. " * 400
    letter = f"Kære Sofie Berg\n\n{body}\n\nMed venlig hilsen"
    with running_server(tmp_path, "--no-addin", "--workers", "2") as (base, proc, *_):
        kids = children(proc.pid)
        assert len(kids) == 2
        before = [cpu_ticks(k) for k in kids]
        with ThreadPoolExecutor(8) as ex:
            answers = list(ex.map(lambda _: httpx.post(f"{base}/v1/check", json={"text": letter}, timeout=120),
                                  range(8)))
        assert all(a.status_code == 200 and a.json()["findings"] for a in answers)
        assert all(cpu_ticks(k) > b for k, b in zip(kids, before, strict=True))  # both children worked
