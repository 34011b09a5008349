"""Benchmark of `brevlint audit run` (issue 16): letters/s and peak memory per engine.

Generates an archive of N letters (default 10,000) from tests/corpus (.txt) and examples/ (.docx, about
one in ten) with a manifest of varied senders, teams and months, then runs the real command in a fresh
process for each engine, start-up included (`--force`, so every letter is checked):

  serial   --engine local --workers 1
  local2   --engine local --workers 2   (the built-in process pool)
  dask1    --engine dask --workers 1    (LocalCluster, one worker process)
  dask2    --engine dask --workers 2

CPU seconds (user + system) of the command and all its worker processes show the work each engine
spends per letter, whatever else the machine is doing. Peak RSS: of the command's own process and of
its largest child (pool or Dask worker process). Both from getrusage in a wrapper; Dask also reports
each worker's own peak in summary.json.

  python bench/audit.py                       # 10,000 letters, every engine once
  python bench/audit.py --letters 2000 --engines serial,dask2 --repeat 3
  python bench/audit.py --screenshot docs/audit-report.png   # also the report screenshot
  python bench/audit.py --store-only 100000   # the driver's share alone: staging + Parquet merge of
                                              # N synthetic letters with 25 rule rows each (no checking)

Writes bench/results/audit-<UTC date>.json (or --json FILE). Quote medians and say how busy the machine was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINES = {
    "serial": ["--engine", "local", "--workers", "1"],
    "local2": ["--engine", "local", "--workers", "2"],
    "dask1": ["--engine", "dask", "--workers", "1"],
    "dask2": ["--engine", "dask", "--workers", "2"],
}
SENDERS = {
    "Sundhedscenter Nord": ["Ryg", "Genoptræning", "Sygepleje"],
    "Jobcenter Vest": ["Sygedagpenge A", "Sygedagpenge B", "Ressourceforløb"],
    "Lægehuset Torvet": ["Læger"],
    "Rygcenter Region": ["Ambulatorium", "Fysioterapi"],
    "Kiropraktorklinikken": ["Klinik"],
}

WRAPPER = """
import resource, sys
from linter.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"RSS {me.ru_maxrss} {kids.ru_maxrss} {me.ru_utime + me.ru_stime} {kids.ru_utime + kids.ru_stime}",
      file=sys.stderr)
sys.exit(code if isinstance(code, int) else 0)
"""


def make_archive(folder: Path, n: int) -> Path:
    letters = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    docx = ROOT / "examples" / "brev-til-jobcenter.docx"
    teams = [(s, t) for s, ts in SENDERS.items() for t in ts]
    rows = ["id,path,sender,team,date"]
    for i in range(n):
        src = docx if i % 10 == 9 else letters[i % len(letters)]
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        target = sub / f"brev-{i:06d}{src.suffix}"
        shutil.copyfile(src, target)
        sender, team = teams[(i * 7) % len(teams)]
        month = 1 + (i * 5) % 12
        rows.append(f"sag-{i},{target},{sender},{team},2025-{month:02d}-{1 + i % 28:02d}")
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def run_once(manifest: Path, out: Path, engine: str, env: dict) -> dict:
    cmd = [sys.executable, "-c", WRAPPER, "audit", "run", "--manifest", str(manifest), "--out", str(out),
           "--force", "--no-progress", *ENGINES[engine]]
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=7200)
    wall = time.monotonic() - start
    if proc.returncode not in (0, 2):
        raise SystemExit(f"{engine} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    rss = [line.split() for line in proc.stderr.splitlines() if line.startswith("RSS ")][-1]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    run = summary["run"]
    return {"wall_s": round(wall, 2), "letters": summary["letters"], "checked": run["checked_now"],
            "letters_per_s": round(run["checked_now"] / wall, 1), "findings": summary["findings"],
            "cpu_s": round(float(rss[3]) + float(rss[4]), 1),  # driver + every worker process, user + system
            "cpu_ms_per_letter": round(1000 * (float(rss[3]) + float(rss[4])) / max(run["checked_now"], 1), 1),
            "driver_peak_rss_mib": round(int(rss[1]) / 1024, 1),
            "largest_child_peak_rss_mib": round(int(rss[2]) / 1024, 1),
            "dask_worker_peak_rss_mib": run.get("worker_peak_rss_mib")}


def screenshot(out: Path, target: Path) -> None:
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=10000",
                    "--window-size=1100,2500", f"--screenshot={target}", (out / "report.html").as_uri()],
                   check=True, capture_output=True, timeout=180)


def store_only(n: int) -> dict:
    """Time the driver's writes for `n` letters (25 rules each), as staged in batches of 1,000."""
    sys.path.insert(0, str(ROOT))
    from linter.audit.letter import LETTER_COLUMNS, RULE_COLUMNS
    from linter.audit.store import AuditStore

    with tempfile.TemporaryDirectory(prefix="brevlint-audit-store-") as tmp:
        store = AuditStore(Path(tmp) / "out")
        start = time.monotonic()
        for k in range(0, n, 1000):
            letters, rules = [], []
            for i in range(k, min(n, k + 1000)):
                base = {"letter": f"{i:024x}", "month": f"2025-{1 + i % 12:02d}", "sender": "Sundhedscenter",
                        "team": f"Team {i % 9}", "profile": "sundhed-til-job"}
                letters.append({**dict.fromkeys(LETTER_COLUMNS), **base, "kind": "txt", "words": 300,
                                "lix": 38.5, "findings": 4, "check_key": f"{i:024x}"})
                rules.extend({**dict.fromkeys(RULE_COLUMNS), **base, "rule": f"regel.{r}", "count": r % 3,
                              "status": "ok" if r % 2 else None, "severity": "warning"} for r in range(25))
            store.stage(letters, rules)
        staged = time.monotonic() - start
        store.merge()
        merged = time.monotonic() - start - staged
        size = sum(p.stat().st_size for p in (Path(tmp) / "out").rglob("*.parquet"))
    return {"letters": n, "rule_rows": 25 * n, "stage_s": round(staged, 2), "merge_s": round(merged, 2),
            "parquet_mib": round(size / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--letters", type=int, default=10_000)
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--screenshot", type=Path, default=None)
    ap.add_argument("--store-only", type=int, default=None, metavar="N")
    args = ap.parse_args()
    if args.store_only:
        print(json.dumps(store_only(args.store_only)))
        return
    engines = [e for e in args.engines.split(",") if e]
    with tempfile.TemporaryDirectory(prefix="brevlint-audit-bench-") as tmp:
        tmp_path = Path(tmp)
        manifest = make_archive(tmp_path / "arkiv", args.letters)
        env = {**os.environ, "BREVLINT_CACHE_DIR": str(tmp_path / "cache")}
        results: dict[str, list[dict]] = {e: [] for e in engines}
        load = os.getloadavg()
        for _ in range(args.repeat):
            for engine in engines:  # interleaved, so a busy spell hits every engine alike
                out = tmp_path / f"out-{engine}"
                results[engine].append(run_once(manifest, out, engine, env))
                print(engine, results[engine][-1], flush=True)
        totals = {(r["letters"], r["findings"]) for runs in results.values() for r in runs}
        assert len(totals) == 1, f"engines disagree: {totals}"
        if args.screenshot:
            screenshot(tmp_path / f"out-{engines[-1]}", args.screenshot)
    table = {e: {"median_wall_s": round(statistics.median(r["wall_s"] for r in runs), 2),
                 "median_letters_per_s": round(statistics.median(r["letters_per_s"] for r in runs), 1),
                 "median_cpu_ms_per_letter": round(statistics.median(r["cpu_ms_per_letter"] for r in runs), 1),
                 "runs": runs}
             for e, runs in results.items()}
    if "dask1" in table and "dask2" in table:
        table["dask2_speedup_over_dask1"] = round(table["dask1"]["median_wall_s"] / table["dask2"]["median_wall_s"], 2)
    report = {"letters": args.letters, "repeat": args.repeat, "engines": table,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                          "load_average_at_start": [round(x, 2) for x in load],
                          "load_average_at_end": [round(x, 2) for x in os.getloadavg()]},
              "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%MZ")}
    target = args.json or ROOT / "bench" / "results" / f"audit-{dt.datetime.now(dt.UTC):%Y-%m-%dT%H%M}.json"
    target.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for e, row in table.items():
        print(e, row if not isinstance(row, dict) else {k: v for k, v in row.items() if k != "runs"})
    print(f"-> {target}")


if __name__ == "__main__":
    main()
