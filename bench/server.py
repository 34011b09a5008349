"""Load and latency benchmark of `brevlint serve` on loopback.

    python bench/server.py                    # 1, 8, 32 clients × 1-page letters + 20,000 mixed requests
    python bench/server.py --requests 400 --mixed 2000

Starts a real server process, measures latency p50/p99 and throughput per concurrency
level, sends a mix of good and bad requests (expects zero 5xx and, for every good
request, exactly the findings the engine gives for the same text) and reports the
server's RSS before and after. The functions are reused by tests/test_server_load.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:
        async def one(req: dict) -> None:
            async with sem:
                t0 = time.perf_counter()
                resp = await client.request(req["method"], req["path"], **req["kw"])
                latencies.append(time.perf_counter() - t0)
                try:
                    body = resp.json()
                except ValueError:
                    body = None
                results.append((req, resp.status_code, body))

        start = time.perf_counter()
        await asyncio.gather(*(one(r) for r in requests))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {"results": results, "elapsed": elapsed, "throughput": len(requests) / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]}


def expected_findings(engine, text: str) -> list[tuple]:
    from linter.readers import read_bytes

    res = engine.check_document(read_bytes(text.encode("utf-8"), ".txt", "brev.txt"))
    return sorted((f.rule, f.line, f.column, f.length, f.severity.label, f.message) for f in res.findings)


def verify(results, engine) -> dict:
    """Count 5xx, wrong statuses, malformed error bodies and good answers that differ from the engine."""
    cache: dict[str, list] = {}
    five, wrong, bad_shape = 0, 0, 0
    for req, status, body in results:
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
    return {"5xx": five, "wrong": wrong, "bad_error_shape": bad_shape}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=400, help="requests per concurrency level (1-page letters)")
    ap.add_argument("--mixed", type=int, default=20_000, help="mixed good/bad requests at 32 clients")
    ap.add_argument("--sentences", type=int, default=24, help="sentences per letter (24 ≈ one page)")
    args = ap.parse_args()

    from server_process import rss_kib, running_server

    from linter.engine.engine import Engine

    engine = Engine()
    report: dict = {}
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp), "--no-addin",
                                                               "--log-level", "warning") as (base, proc, *_):
        rss0 = rss_kib(proc.pid)
        report["rss_start_kib"] = rss0
        asyncio.run(run_load(base, build_requests(20, seed=1, sentences=args.sentences, bad_share=0), 4))
        report["rss_after_warmup_kib"] = rss_kib(proc.pid)
        for conc in (1, 8, 32):
            reqs = build_requests(args.requests, seed=conc, sentences=args.sentences, bad_share=0)
            r = asyncio.run(run_load(base, reqs, conc))
            report[f"clients_{conc}"] = {"requests": len(reqs), "p50_ms": round(r["p50_ms"], 1),
                                         "p99_ms": round(r["p99_ms"], 1), "req_per_s": round(r["throughput"], 1),
                                         **verify(r["results"], engine)}
            print(f"{conc:>2} clients: {json.dumps(report[f'clients_{conc}'])}", flush=True)
        if args.mixed:
            reqs = build_requests(args.mixed, seed=99, sentences=4, distinct=200)
            r = asyncio.run(run_load(base, reqs, 32))
            report["mixed_32"] = {"requests": len(reqs), "p50_ms": round(r["p50_ms"], 1),
                                  "p99_ms": round(r["p99_ms"], 1), "req_per_s": round(r["throughput"], 1),
                                  **verify(r["results"], engine)}
            print(f"mixed: {json.dumps(report['mixed_32'])}", flush=True)
        report["rss_end_kib"] = rss_kib(proc.pid)
        report["rss_growth_after_warmup_kib"] = report["rss_end_kib"] - report["rss_after_warmup_kib"]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
