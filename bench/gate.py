"""Benchmark of the CI gate on a generated repository of 500 letters and templates.

    python bench/gate.py                  # 500 files, 3 runs per measurement
    python bench/gate.py --files 60 --runs 1 --no-write   # a quick smoke run

It builds the repository from ../shared/corpus/dev, tests/corpus and examples/ (renamed,
body paragraphs shuffled, names and numbers swapped, .txt and .docx), then gates it in one
command (`brevlint check REPO --format sarif -o …`) and measures:

- the first, uncached run (default --jobs: all cores), with no cached results (the one-off
  lemma table and regex cache, built on the very first run after install, and the bytecode
  that pip would compile at install are warmed up before);
- the second, cached run (same command again; target: >= 10x faster);
- uncached --jobs 2 against --jobs 1 (target: >= 1.6x).

Each figure is min/median/max over --runs runs. Results go to bench/results/gate.json with
a description of the machine (and its load, which matters on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests" / "corpus", ROOT / "examples"]
NAMES = ["Ole", "Marie", "Sofie", "Per", "Anne", "Lars", "Mette", "Jens", "Hanne", "Søren", "Karen", "Peter",
         "Louise", "Mads", "Camilla", "Henrik", "Birgit", "Niels", "Lone", "Thomas", "Ida", "Rasmus"]
_NAME_RE = re.compile(r"\b(" + "|".join(NAMES) + r")\b")


def _sources() -> list[tuple[str, list[str]]]:
    """(stem, paragraphs) of every source letter; .docx sources are read with python-docx."""
    out = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".txt", ".md"):
                text = p.read_text(encoding="utf-8", errors="replace")
                paras = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
            elif p.suffix == ".docx":
                import docx

                paras = [para.text for para in docx.Document(str(p)).paragraphs if para.text.strip()]
            else:
                continue
            if paras:
                out.append((p.stem, paras))
    return out


def _vary(paras: list[str], rng: random.Random) -> list[str]:
    paras = list(paras)
    if len(paras) > 6:  # keep letterhead/greeting and closing/signature, shuffle the body
        body = paras[3:-2]
        rng.shuffle(body)
        paras = paras[:3] + body + paras[-2:]
    mapping = dict(zip(NAMES, rng.sample(NAMES, len(NAMES)), strict=True))

    def swap(text: str) -> str:
        text = _NAME_RE.sub(lambda m: mapping[m.group(1)], text)
        return re.sub(r"\d", lambda _: str(rng.randrange(10)), text)

    return [swap(p) for p in paras]


def generate(repo: Path, n: int, seed: int = 5) -> dict:
    import docx

    rng = random.Random(seed)
    sources = _sources()
    if not sources:
        raise SystemExit("no source letters found (../shared/corpus/dev, tests/corpus, examples)")
    counts = {"txt": 0, "docx": 0}
    for i in range(n):
        stem, paras = sources[i % len(sources)]
        paras = _vary(paras, rng)
        folder = repo / ("skabeloner" if i % 3 == 0 else "breve") / f"afdeling-{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{i:03d}-{stem[:40]}-v{rng.randrange(1000)}"
        if i % 5 < 2:
            d = docx.Document()
            for p in paras:
                d.add_paragraph(p.replace("\n", " "))
            d.save(str(folder / f"{name}.docx"))
            counts["docx"] += 1
        else:
            (folder / f"{name}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
            counts["txt"] += 1
    return {"files": n, "sources": len(sources), **counts}


def _cmd(repo: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "linter.cli", "check", str(repo), "--format", "sarif", "-o", str(out),
            "--no-progress", *extra]


CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _env(cache: Path) -> dict[str, str]:
    """brevlint as installed by pip: its modules compiled to bytecode once (by the warm-up run,
    into the cache folder, not the source tree) even where PYTHONDONTWRITEBYTECODE is set, as it
    is on the development machines; otherwise every run would compile brevlint's source again."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "BREVLINT_CACHE_DIR": str(cache), "PYTHONPYCACHEPREFIX": str(cache / "pycache")}


def _timed(cmd: list[str], cache: Path, label: str = "") -> float:
    """Wall time of one brevlint run; its CPU time (all its processes) is kept in CPU[label]."""
    env = _env(cache)
    cpu0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    CPU.setdefault(label, []).append(_children_cpu() - cpu0)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"brevlint failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return dt


def _stats(xs: list[float]) -> dict:
    return {"min": round(min(xs), 3), "median": round(statistics.median(xs), 3), "max": round(max(xs), 3),
            "runs": [round(x, 3) for x in xs]}


def _machine() -> dict:
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu": cpu, "cores": cores,
            "loadavg": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, default=None, help="generate the repository here and keep it")
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results/gate.json")
    args = ap.parse_args()

    from linter import __version__

    tmp = Path(tempfile.mkdtemp(prefix="brevlint-gate-"))
    repo = args.keep or tmp / "repo"
    try:
        info = generate(repo, args.files)
        sarif = tmp / "brevlint.sarif"
        machine_before = _machine()
        first, cached, jobs1, jobs2 = [], [], [], []
        cache = tmp / "cache"
        # warm-up: the one-off lemma table and regex cache live in the cache folder too, and the
        # bytecode; none of them is what we measure
        _timed([sys.executable, "-m", "linter.cli", "check", str(next(repo.rglob("*.txt"))), "--no-cache"], cache)
        for i in range(args.runs):
            shutil.rmtree(cache / "results-v1", ignore_errors=True)  # no cached results: a first run
            first.append(_timed(_cmd(repo, sarif), cache, "first"))          # uncached, default --jobs
            cached.append(_timed(_cmd(repo, sarif), cache, "cached"))        # same command, now cached
            jobs1.append(_timed(_cmd(repo, sarif, "--jobs", "1", "--no-cache"), cache, "jobs1"))
            jobs2.append(_timed(_cmd(repo, sarif, "--jobs", "2", "--no-cache"), cache, "jobs2"))
            print(f"run {i + 1}: first {first[-1]:.2f}s  cached {cached[-1]:.2f}s  "
                  f"jobs1 {jobs1[-1]:.2f}s  jobs2 {jobs2[-1]:.2f}s", flush=True)
        results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
        report = {
            "benchmark": "gate", "brevlint_version": __version__, "repo": info, "findings": len(results),
            "command": "brevlint check REPO --format sarif -o brevlint.sarif --no-progress",
            "bytecode": "compiled once by the warm-up run, as after pip install",
            "first_uncached_s": _stats(first), "second_cached_s": _stats(cached),
            "jobs1_uncached_s": _stats(jobs1), "jobs2_uncached_s": _stats(jobs2),
            "cached_speedup": round(statistics.median(first) / statistics.median(cached), 2),
            "jobs2_speedup": round(statistics.median(jobs1) / statistics.median(jobs2), 2),
            "targets": {"cached_speedup": 10.0, "jobs2_speedup": 1.6},
            # CPU seconds of each run (all its processes): less sensitive to other load than wall time
            "cpu_s": {k: _stats(v) for k, v in CPU.items() if k},
            "machine": {**machine_before, "loadavg_after": _machine()["loadavg"],
                        "note": "timings depend on other load on the machine; see loadavg"},
        }
        report["meets_targets"] = (report["cached_speedup"] >= 10.0 and report["jobs2_speedup"] >= 1.6)
        print(json.dumps(report, indent=2))
        if not args.no_write:
            out = ROOT / "bench" / "results" / "gate.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
            print(f"wrote {out}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
