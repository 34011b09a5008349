"""Load and latency benchmark of `brevlint serve` on loopback.

    python bench/server.py                    # 1, 8, 32 clients × 1-page letters + 20,000 mixed requests
    python bench/server.py --requests 400 --mixed 2000
    python bench/server.py --abuse            # /health p99 under a maximal request, 300 idle sockets,
                                              # 1-byte/s bodies (loopback only, about 2 minutes)
    python bench/server.py --overhead         # single-client p50 of /v1 and /v2 vs the engine's warm check
    python bench/server.py --workers-compare  # throughput with --workers 2 vs 1 (8 clients, raw sockets)
    python bench/server.py --abuse --overhead --workers-compare --json bench/results/server-DATE.json

Each part records the load average before and after it: the machine may be shared, and a
busy machine leaves no core free for a second worker. `--json` writes the result with a
description of the machine (bench/run.py's `machine()`).

Starts a real server process, measures latency p50/p99 and throughput per concurrency
level, sends a mix of good and bad requests (expects zero 5xx and, for every good
request, exactly the findings the engine gives for the same text) and reports the
server's RSS before and after. The functions are reused by tests/test_server_load.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

NAMES = ["Ole Hansen", "Fatima Ali", "Jens Madsen", "Sofie Berg", "Karin Lund", "Ahmed Yilmaz", "Mette Dahl"]
JOBS = ["lagermedarbejder", "sosu-assistent", "buschauffør", "tømrer", "kontorassistent", "rengøringsassistent"]
SENTENCES = [
    "{name} har givet samtykke til, at jeg skriver til dig.",
    "{first} arbejder som {job} og løfter ofte tunge ting.",
    "Han kan løfte {kg} kg fra bordhøjde og sidde i {min} minutter ad gangen.",
    "Der henvises til ovenstående vedr. arbejdsevnen.",
    "Det vurderes, at borgeren kan genoptage arbejdet gradvist.",
    "Hun bør ikke løfte mere end {kg} kg de næste {weeks} uger.",
    "Forløbet slutter {day}. marts 2026, og vi ser {first} igen om {weeks} uger.",
    "Jeg forventer, at {first} kan vende tilbage til sit job på fuld tid.",
    "Borgeren har smerter i lænden 😀 efter et fald på arbejdet, men træner nu to gange om ugen.",
    "Vi har aftalt, at {first} starter med {hours} timer om ugen og øger med to timer hver uge.",
]


def letter(rng: random.Random, sentences: int) -> str:
    name = rng.choice(NAMES)
    vals = {"name": name, "first": name.split()[0], "job": rng.choice(JOBS), "kg": rng.randint(5, 20),
            "min": rng.choice([15, 20, 30, 45]), "weeks": rng.randint(2, 8), "day": rng.randint(1, 28),
            "hours": rng.randint(8, 20)}
    body = [rng.choice(SENTENCES).format(**vals) for _ in range(sentences)]
    paras = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    sender = rng.choice(["Marie Jensen\nFysioterapeut\nDirekte tlf. 40 27 15 93\nmarie.jensen@lindeby.dk",
                         "Sundhedscenter Lindeby\nTlf. 70 10 20 30\nsundhed@lindeby.dk"])
    return "Sundhedscenter Lindeby\n\nTil: Jobcenter Lindeby\n\nKære Sofie Berg\n\n" + "\n\n".join(paras) + \
        f"\n\nMed venlig hilsen\n\n{sender}\n"


BAD_REQUESTS = [
    ("POST", "/v1/check", {"content": b"{not json", "headers": {"content-type": "application/json"}}),
    ("POST", "/v1/check", {"content": b'{"text": "\xff\xfe"}', "headers": {"content-type": "application/json"}}),
    ("POST", "/v1/check", {"json": {"paragraphs": "nope"}}),
    ("POST", "/v1/check", {"json": {"text": "x", "rules": {"ukendt.regel": "off"}}}),
    ("POST", "/v1/check", {"json": {"paragraphs": ["a"] * 6000}}),
    ("POST", "/v1/check", {"json": {"text": "a", "paragraphs": ["a"]}}),
    ("POST", "/v1/check", {"content": b'{"text": "\\ud800"}', "headers": {"content-type": "application/json"}}),
    ("POST", "/v2/check", {"data": {"text": "Hello", "language": "en-US"}}),
    ("POST", "/v2/check", {"content": b"language=da&text=%FF", "headers": {"content-type": "text/plain"}}),
    ("POST", "/v2/check", {"data": {"data": "{broken", "language": "da"}}),
    ("POST", "/v1/check-docx", {"files": {"file": ("x.docx", b"PK\x03\x04garbage", "application/octet-stream")}}),
    ("POST", "/v1/check-docx", {"content": b"--b\r\nbroken", "headers": {
        "content-type": "multipart/form-data; boundary=b"}}),
    ("GET", "/v1/check", {}),
    ("GET", "/no/such/path", {}),
]


def build_requests(n: int, seed: int = 7, sentences: int = 3, bad_share: float = 0.4,
                   distinct: int | None = None) -> list[dict]:
    """Deterministic mix: good /v1/check and /v2/check of generated letters, and bad requests.
    `distinct` letters are drawn from a pool (all different when None)."""
    rng = random.Random(seed)
    pool = [letter(rng, sentences) for _ in range(distinct)] if distinct else None
    out = []
    for i in range(n):
        if rng.random() < bad_share:
            method, path, kw = BAD_REQUESTS[i % len(BAD_REQUESTS)]
            out.append({"method": method, "path": path, "kw": kw, "good": False})
        else:
            text = rng.choice(pool) if pool else letter(rng, sentences)
            lt = rng.random() < 0.25
            kw = {"data": {"text": text, "language": "da-DK"}} if lt else {"json": {"text": text}}
            out.append({"method": "POST", "path": "/v2/check" if lt else "/v1/check", "kw": kw, "good": True,
                        "text": text, "lt": lt})
    return out


async def run_load(base: str, requests: list[dict], concurrency: int) -> dict:
    sem = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    results: list[tuple[dict, int, object]] = []
    # An idle kept-alive connection is dropped well before the server's own keep-alive timeout
    # (5 s): reusing one the server is closing at that instant fails in any HTTP/1.1 client.
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency,
                          keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:
        async def one(req: dict) -> None:
            async with sem:
                t0 = time.perf_counter()
                try:
                    resp = await client.request(req["method"], req["path"], **req["kw"])
                except httpx.TransportError as exc:  # counted (by kind of request), not raised
                    results.append((req, 0, type(exc).__name__))
                    return
                latencies.append(time.perf_counter() - t0)
                try:
                    body = resp.json()
                except ValueError:
                    body = None
                results.append((req, resp.status_code, body))

        start = time.perf_counter()
        await asyncio.gather(*(one(r) for r in requests))
        elapsed = time.perf_counter() - start
    latencies = sorted(latencies) or [0.0]  # every request unanswered: verify() lists them
    return {"results": results, "elapsed": elapsed, "throughput": len(requests) / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]}


def expected_findings(engine, text: str) -> list[tuple]:
    from linter.readers import read_bytes

    res = engine.check_document(read_bytes(text.encode("utf-8"), ".txt", "brev.txt"))
    return sorted((f.rule, f.line, f.column, f.length, f.severity.label, f.message) for f in res.findings)


def verify(results, engine) -> dict:
    """Count 5xx, wrong statuses, malformed error bodies, good answers that differ from the engine,
    and requests that got no answer at all (listed by route, kind and the client's error)."""
    cache: dict[str, list] = {}
    five, wrong, bad_shape = 0, 0, 0
    unanswered: list[str] = []
    for req, status, body in results:
        if status == 0:
            unanswered.append(f"{req['method']} {req['path']} {'good' if req['good'] else 'bad'}: {body}")
            continue
        if status >= 500:
            five += 1
            continue
        if not req["good"]:
            if not (400 <= status < 500 and isinstance(body, dict) and set(body) == {"error"}):
                bad_shape += 1
            continue
        if status != 200:
            wrong += 1
            continue
        text = req["text"]
        if text not in cache:
            cache[text] = expected_findings(engine, text)
        exp = cache[text]
        if req["lt"]:
            got = sorted(m["rule"]["id"] for m in body["matches"])
            if got != sorted(e[0] for e in exp):
                wrong += 1
        else:
            got = sorted((f["rule"], f["line"], f["column"], f["length"], f["severity"], f["message"])
                         for f in body["findings"])
            if got != exp:
                wrong += 1
    return {"5xx": five, "wrong": wrong, "bad_error_shape": bad_shape, "unanswered": unanswered}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=400, help="requests per concurrency level (1-page letters)")
    ap.add_argument("--mixed", type=int, default=20_000, help="mixed good/bad requests at 32 clients")
    ap.add_argument("--sentences", type=int, default=24, help="sentences per letter (24 ≈ one page)")
    ap.add_argument("--levels", default="1,8,32", help="client counts for the one-page letters, e.g. 64")
    ap.add_argument("--mixed-clients", type=int, default=32, help="clients of the mixed load")
    ap.add_argument("--abuse", action="store_true", help="/health under abuse (see the module docstring)")
    ap.add_argument("--overhead", action="store_true", help="HTTP cost beside the engine's own check")
    ap.add_argument("--workers-compare", action="store_true", help="--workers 2 vs 1 throughput")
    ap.add_argument("--rounds", type=int, default=5, help="rounds of --workers-compare")
    ap.add_argument("--server-workers", type=int, default=1, help="`serve --workers` of the load run")
    ap.add_argument("--json", type=Path, default=None, help="also write the result to this file")
    args = ap.parse_args()

    from run import machine
    from server_process import rss_tree_kib as rss_kib  # the server and its analysis process(es)
    from server_process import running_server

    from linter.engine.engine import Engine

    result: dict = {"machine": machine()}
    if args.abuse or args.overhead or args.workers_compare:
        parts = [("abuse", args.abuse, abuse), ("overhead", args.overhead, lambda: overhead(args.sentences)),
                 ("workers", args.workers_compare, lambda: workers_compare(args.sentences, rounds=args.rounds))]
        for name, wanted, fn in parts:
            if wanted:
                load = os.getloadavg()
                result[name] = {**fn(), "load_average_before": load, "load_average_after": os.getloadavg()}
                print(json.dumps({name: result[name]}, indent=2), flush=True)
        write_result(args.json, result)
        return

    engine = Engine()
    report: dict = {"server_workers": args.server_workers}
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp), "--no-addin", "--log-level", "warning",
                                                               "--workers", str(args.server_workers)) as (
            base, proc, *_):
        rss0 = rss_kib(proc.pid)
        report["rss_start_kib"] = rss0
        asyncio.run(run_load(base, build_requests(20, seed=1, sentences=args.sentences, bad_share=0), 4))
        report["rss_after_warmup_kib"] = rss_kib(proc.pid)
        for conc in (int(x) for x in args.levels.split(",") if x.strip()):
            reqs = build_requests(args.requests, seed=conc, sentences=args.sentences, bad_share=0)
            r = asyncio.run(run_load(base, reqs, conc))
            report[f"clients_{conc}"] = {"requests": len(reqs), "p50_ms": round(r["p50_ms"], 1),
                                         "p99_ms": round(r["p99_ms"], 1), "req_per_s": round(r["throughput"], 1),
                                         **verify(r["results"], engine)}
            print(f"{conc:>2} clients: {json.dumps(report[f'clients_{conc}'])}", flush=True)
        if args.mixed:
            reqs = build_requests(args.mixed, seed=99, sentences=4, distinct=200)
            r = asyncio.run(run_load(base, reqs, args.mixed_clients))
            report["mixed"] = {"clients": args.mixed_clients, "requests": len(reqs), "p50_ms": round(r["p50_ms"], 1),
                                  "p99_ms": round(r["p99_ms"], 1), "req_per_s": round(r["throughput"], 1),
                                  **verify(r["results"], engine)}
            print(f"mixed: {json.dumps(report['mixed'])}", flush=True)
        report["rss_end_kib"] = rss_kib(proc.pid)
        report["rss_growth_after_warmup_kib"] = report["rss_end_kib"] - report["rss_after_warmup_kib"]
    report["load_average_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))
    write_result(args.json, {**result, "load": report})


def write_result(path: Path | None, result: dict) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}", flush=True)


# ---- abuse, overhead, workers (issue 17) ---------------------------------------------------

class HealthPoller:
    """Polls /health every 50 ms on a fresh connection each time (as a load balancer does)."""

    def __init__(self, base: str) -> None:
        import threading

        self.base, self.latencies, self.failures = base, [], 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            t0 = time.perf_counter()
            try:
                ok = httpx.get(f"{self.base}/health", timeout=10).status_code == 200
            except httpx.HTTPError:
                ok = False
            self.latencies.append(time.perf_counter() - t0)
            self.failures += not ok
            time.sleep(0.05)

    def __enter__(self) -> HealthPoller:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict:
        lat = sorted(self.latencies) or [0.0]
        return {"polls": len(self.latencies), "failures": self.failures,
                "p50_ms": round(1000 * statistics.median(lat), 1),
                "p99_ms": round(1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))], 1),
                "max_ms": round(1000 * lat[-1], 1)}


def maximal_text(lines: int = 5, chars: int = 99_000) -> str:
    """The largest text the default limits let through: 5 lines just under max_line_characters
    (100,000) within the server's max_characters (500,000)."""
    rng = random.Random(5)
    words = "Der henvises til ovenstående vedr. borgerens sygemelding og det vurderes at hun kan arbejde 😀".split()
    out = []
    for _ in range(lines):
        parts, size = [], 0
        while size < chars:
            w = rng.choice(words)
            parts.append(w)
            size += len(w) + 1
        out.append(" ".join(parts)[:chars])
    return "\n".join(out)


def _addr(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").rsplit(":", 1)
    return host, int(port)


def abuse(idle_sockets: int = 300, trickles: int = 20) -> dict:
    """/health latency while (a) a maximal request, (b) idle sockets, (c) 1-byte/s bodies."""
    import socket
    import threading

    from server_process import running_server

    report: dict = {}
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp), "--no-addin", "--log-level", "warning",
                                                               "--head-timeout", "5", "--body-timeout", "10") as (
            base, *_):
        text = maximal_text()
        with HealthPoller(base) as poll:
            t0 = time.perf_counter()
            r = httpx.post(f"{base}/v1/check", json={"text": text}, timeout=300)
            took = time.perf_counter() - t0
        report["maximal_request"] = {"characters": len(text), "status": r.status_code,
                                     "code": (r.json().get("error") or {}).get("code") if r.status_code != 200
                                     else None, "seconds": round(took, 1), "health": poll.summary()}
        print("maximal request:", json.dumps(report["maximal_request"]), flush=True)

        socks = [socket.create_connection(_addr(base), timeout=20) for _ in range(idle_sockets)]
        try:
            with HealthPoller(base) as poll:
                others = [httpx.post(f"{base}/v1/check", json={"text": LETTER_ONE_PAGE}, timeout=30).status_code
                          for _ in range(5)]
                closed = 0
                deadline = time.monotonic() + 8  # past the 5 s head deadline
                for s in socks:
                    s.settimeout(max(0.01, deadline - time.monotonic()))
                    try:
                        data = s.recv(1024)
                        closed += data == b"" or data.startswith(b"HTTP/1.1 408")
                    except OSError:
                        pass
        finally:
            for s in socks:
                s.close()
        report["idle_sockets"] = {"sockets": idle_sockets, "others_status": sorted(set(others)),
                                  "closed_by_server_within_8s": closed, "health": poll.summary()}
        print("idle sockets:", json.dumps(report["idle_sockets"]), flush=True)

        body = json.dumps({"text": LETTER_ONE_PAGE}).encode()
        outcomes: list[str] = []

        def trickle() -> None:
            with socket.create_connection(_addr(base), timeout=30) as s:
                s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          b"Content-Length: %d\r\n\r\n" % len(body))
                start = time.monotonic()
                s.settimeout(1.0)
                for byte in body:
                    try:
                        s.sendall(bytes([byte]))
                        got = s.recv(200)
                    except TimeoutError:
                        continue
                    except OSError:
                        got = b"reset"
                    outcomes.append(f"{got[:12].decode('latin-1')} after {time.monotonic() - start:.0f}s")
                    return
                outcomes.append("never answered")

        with HealthPoller(base) as poll:
            threads = [threading.Thread(target=trickle) for _ in range(trickles)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        report["one_byte_per_second"] = {"connections": trickles, "outcomes": sorted(set(outcomes)),
                                         "health": poll.summary()}
        print("1-byte/s bodies:", json.dumps(report["one_byte_per_second"]), flush=True)
    return report


LETTER_ONE_PAGE = letter(random.Random(42), 24)


def overhead(sentences: int = 24, n: int = 200) -> dict:
    """Single-client p50 of /v1/check and /v2/check against the engine's warm check of the same
    letter. The three are measured in turn, round by round, so load from other users of a shared
    machine falls on all three alike. The client sends prepared requests on one kept-alive
    socket (an HTTP library would add its own milliseconds to the server's)."""
    import socket
    from urllib.parse import urlencode

    from server_process import running_server

    from linter.engine.engine import Engine
    from linter.readers import read_bytes

    text = letter(random.Random(42), sentences)
    engine = Engine()
    doc = read_bytes(text.encode("utf-8"), ".txt", "brev.txt")
    calls = {"/v1/check": raw_request("/v1/check", json.dumps({"text": text}).encode()),
             "/v2/check": raw_request("/v2/check", urlencode({"text": text, "language": "da-DK"}).encode(),
                                      "application/x-www-form-urlencoded")}
    lat: dict[str, list[float]] = {"engine": [], **{k: [] for k in calls}}
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp), "--no-addin", "--log-level", "warning") as (
            base, *_), socket.create_connection(_addr(base), timeout=60) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        order, rng = ["engine", *calls], random.Random(3)
        for i in range(n + 20):
            took = {}
            # in a random order each round: the one right after the engine's check in this
            # process would otherwise pay for the CPU share it used (the scheduler's autogroup)
            rng.shuffle(order)
            for what in order:
                t0 = time.perf_counter()
                if what == "engine":
                    engine.check_document(doc)
                else:
                    sock.sendall(calls[what])
                    status, _, buf = _read_response(sock, buf)
                    assert status == 200, status
                took[what] = time.perf_counter() - t0
            if i >= 20:  # warm-up rounds are not counted
                for k, v in took.items():
                    lat[k].append(v)
    p50 = {k: 1000 * statistics.median(v) for k, v in lat.items()}
    out: dict = {"letter_characters": len(text), "rounds": n, "engine_warm_p50_ms": round(p50["engine"], 2)}
    for path in calls:
        out[path] = {"p50_ms": round(p50[path], 2), "ratio_to_engine": round(p50[path] / p50["engine"], 2)}
    return out


def raw_request(path: str, body: bytes, content_type: str = "application/json") -> bytes:
    return (b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
            % (path.encode(), content_type.encode(), len(body))) + body


def _read_response(sock, buf: bytes) -> tuple[int, bytes, bytes]:
    """(status, body, what followed it) of one Content-Length response on a kept-alive socket."""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed by the server")
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    fields = (ln.partition(b":") for ln in lines[1:])
    length = next(int(v) for k, _, v in fields if k.strip().lower() == b"content-length")
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed by the server")
        rest += chunk
    return status, rest[:length], rest[length:]


def raw_load(base: str, requests: list[bytes], clients: int) -> dict:
    """Send prepared HTTP requests over `clients` kept-alive sockets, one thread each, with no
    HTTP library: the load generator shares the machine's cores with the server, and httpx's
    per-request cost (several ms) would be counted against the server."""
    import itertools
    import socket
    import threading

    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: list[int] = []

    def client() -> None:
        with socket.create_connection(_addr(base), timeout=120) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buf = b""
            while True:
                with lock:
                    i = next(counter)
                if i >= len(requests):
                    return
                t0 = time.perf_counter()
                sock.sendall(requests[i])
                status, _, buf = _read_response(sock, buf)
                took = time.perf_counter() - t0
                with lock:
                    latencies.append(took)
                    statuses.append(status)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(requests), "req_per_s": round(len(requests) / elapsed, 1),
            "p50_ms": round(1000 * statistics.median(latencies), 1),
            "non_200": sum(1 for s in statuses if s != 200)}


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _schedstat(pid: int) -> tuple[float, float]:
    """(ms on a CPU, ms runnable but waiting for one) of a process's threads so far."""
    run = wait = 0.0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "schedstat").read_text().split()
        except OSError:
            continue
        run, wait = run + int(fields[0]) / 1e6, wait + int(fields[1]) / 1e6
    return run, wait


def _spin(_service, ms: float) -> bytes:
    start = time.thread_time()
    while time.thread_time() - start < ms / 1000:
        pass
    return b"{}"


def spin_control(rounds: int, jobs: int = 40, ms: float = 15.0) -> dict:
    """The same comparison with a job that only burns `ms` of CPU, through analysis pools of one
    and two processes: when two processes are no faster here either, the machine had no second
    core to give (other users; the scheduler's per-session share), whatever the server does."""
    from linter.server.isolation import AnalysisPool

    async def rate(pool: AnalysisPool) -> float:
        t0 = time.perf_counter()
        await asyncio.gather(*(pool.call_async(60, _spin, ms) for _ in range(jobs)))
        return jobs / (time.perf_counter() - t0)

    pools = {n: AnalysisPool(None, n) for n in (1, 2)}
    try:
        ratios = []
        for _ in range(rounds):
            one, two = asyncio.run(rate(pools[1])), asyncio.run(rate(pools[2]))
            ratios.append(round(two / one, 2))
    finally:
        for pool in pools.values():
            pool.close()
    return {"job_cpu_ms": ms, "jobs_per_round": jobs, "speed_up_rounds": ratios,
            "speed_up_median": statistics.median(ratios)}


def workers_compare(sentences: int = 24, requests: int = 160, clients: int = 8, rounds: int = 5) -> dict:
    """Throughput of one-page /v1/check letters with --workers 1 and --workers 2. Both servers
    run at once and take turns, round by round, so load from other users of a shared machine
    falls on both alike; the speed-up is the median of the rounds' ratios."""
    import contextlib

    from server_process import running_server

    reqs = [raw_request("/v1/check", json.dumps({"text": r["text"]}).encode())
            for r in build_requests(requests, seed=2, sentences=sentences, bad_share=0, distinct=40)]
    warm = reqs[:32]
    out: dict = {"clients": clients, "requests_per_round": requests, "rounds": []}
    with contextlib.ExitStack() as stack:
        bases, pids = {}, {}
        for workers in (1, 2):
            tmp = stack.enter_context(tempfile.TemporaryDirectory())
            bases[workers], proc, *_ = stack.enter_context(running_server(
                Path(tmp), "--no-addin", "--log-level", "warning", "--workers", str(workers)))
            pids[workers] = [proc.pid, *_children(proc.pid)]
            raw_load(bases[workers], warm, clients)  # warm every analysis process
        for i in range(rounds):
            row: dict = {}
            for w in (1, 2):
                before = [_schedstat(p) for p in pids[w]]
                row[f"workers_{w}"] = raw_load(bases[w], reqs, clients)
                # per request, for the HTTP process and each analysis process: CPU time, and time
                # spent runnable but waiting for a core (other users of the machine)
                spent = [[(a - b) / requests for a, b in zip(_schedstat(p), b0, strict=True)]
                         for p, b0 in zip(pids[w], before, strict=True)]
                row[f"workers_{w}"]["cpu_ms_per_request"] = [round(x[0], 1) for x in spent]
                row[f"workers_{w}"]["waiting_for_a_core_ms_per_request"] = [round(x[1], 1) for x in spent]
            row["speed_up"] = round(row["workers_2"]["req_per_s"] / row["workers_1"]["req_per_s"], 2)
            row["load_average"] = os.getloadavg()
            out["rounds"].append(row)
            print(f"round {i + 1}:", json.dumps(row), flush=True)
    out["control"] = spin_control(rounds)
    for w in (1, 2):
        out[f"workers_{w}_median_req_per_s"] = statistics.median(r[f"workers_{w}"]["req_per_s"] for r in out["rounds"])
    out["speed_up_median"] = statistics.median(r["speed_up"] for r in out["rounds"])
    out["non_200"] = sum(r[f"workers_{w}"]["non_200"] for r in out["rounds"] for w in (1, 2))
    return out


if __name__ == "__main__":
    main()
