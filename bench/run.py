"""Performance benchmark: brevlint against the physical limit and a peer, in one run.

    python bench/run.py [--quick] [--json OUT] [--corpus DIR] [--no-peer] [--no-server]

Measures, on the same texts in the same run (see bench/README.md for what each figure means):
  1. warm throughput of Engine.check_document vs spaCy's tokenizer alone (nlp.make_doc)
  2. proselint 0.16 on the same .txt files: in-process (warm) and as whole processes, and
     brevlint as whole processes the same way
  3. cold start of `brevlint check` on one .txt / .docx vs `python -c "import spacy"`
  4. scaling: one letter repeated to 1/10/100 pages; a lexicon grown 10x with synthetic terms
  5. .docx overhead vs its .txt twin (read + check, warm)
  6. memory: peak RSS of `brevlint check`, and of `brevlint serve` over 10,000 requests
Every timing is repeated; min/median/max are reported and the median is compared with the goal.
Results go to bench/results/<date>.json with a description of the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.config import Config  # noqa: E402
from linter.engine.engine import Engine  # noqa: E402
from linter.model import Block, Document  # noqa: E402
from linter.readers import read_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
EXAMPLE_DOCX = ROOT / "examples" / "brev-til-jobcenter.docx"
EXAMPLE_TXT = ROOT / "examples" / "brev-til-jobcenter.txt"


# -- helpers ---------------------------------------------------------------
def stats(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "n": len(values)}


def time_it(fn: Callable[[], object], runs: int, warmup: int = 1) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds of `fn`, repeated after `warmup` uncounted calls."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return {"wall": stats(wall), "cpu": stats(cpu)}


# Runs COMMAND from a small launcher process and prints its figures. Linux counts a child's
# memory before exec in ru_maxrss, so a command started straight from this (large) process
# would report at least our own RSS; started from the launcher it reports its own peak.
_LAUNCHER = """
import json, os, subprocess, sys, time
w0 = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
_, status, ru = os.wait4(p.pid, 0)
print(json.dumps([time.perf_counter() - w0, ru.ru_utime + ru.ru_stime, ru.ru_maxrss,
                  os.waitstatus_to_exitcode(status)]))
"""


def run_process(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, int]:
    """(wall s, cpu s, peak RSS KiB, exit code) of one whole process, from outside."""
    out = subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, *cmd], capture_output=True, text=True,
                         env=env, check=True).stdout
    wall, cpu, rss, code = json.loads(out)
    return wall, cpu, rss, code


def time_pair(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[dict, dict]:
    """Like time_it for two functions, run in turn (A B A B ...) so drift hits both alike."""
    a()
    b()
    res: dict[str, dict[str, list[float]]] = {"a": {"wall": [], "cpu": []}, "b": {"wall": [], "cpu": []}}
    for _ in range(runs):
        for key, fn in (("a", a), ("b", b)):
            c0, w0 = time.process_time(), time.perf_counter()
            fn()
            res[key]["wall"].append(time.perf_counter() - w0)
            res[key]["cpu"].append(time.process_time() - c0)
    return ({"wall": stats(res["a"]["wall"]), "cpu": stats(res["a"]["cpu"])},
            {"wall": stats(res["b"]["wall"]), "cpu": stats(res["b"]["cpu"])})


def time_processes(cmds: dict[str, list[str]], runs: int, env: dict[str, str] | None = None) -> dict[str, dict]:
    """Run the commands in turn (A B C A B C ...) so drift of the machine hits all alike."""
    for cmd in cmds.values():  # warm-up: file cache, our lemma/regex cache
        run_process(cmd, env)
    raw: dict[str, dict[str, list]] = {k: {"wall": [], "cpu": [], "rss": [], "exit": []} for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            wall, cpu, rss, code = run_process(cmd, env)
            raw[name]["wall"].append(wall)
            raw[name]["cpu"].append(cpu)
            raw[name]["rss"].append(rss / 1024)
            raw[name]["exit"].append(code)
    return {k: {"wall": stats(v["wall"]), "cpu": stats(v["cpu"]), "peak_rss_mib": stats(v["rss"]),
                "exit_codes": sorted(set(v["exit"])), "cmd": " ".join(cmds[k])} for k, v in raw.items()}


def brevlint_cmd() -> list[str]:
    script = Path(sys.executable).parent / "brevlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "linter.cli"]


def words(text: str) -> int:
    return len(text.split())


def machine() -> dict[str, object]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    import spacy

    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": ram, "python": platform.python_version(),
            "spacy": spacy.__version__, "platform": platform.platform(),
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
            "commit": commit}


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md", ".docx") and p.is_file())


def joined_text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks)  # the text analyse() tokenizes


def repeat_document(doc: Document, times: int) -> Document:
    """The letter `times` times over, as one document (lines, blocks and groups renumbered)."""
    blocks: list[Block] = []
    lines = max((b.line for b in doc.blocks), default=0) + 1
    groups = max((b.group for b in doc.blocks), default=0) + 1
    n = len(doc.blocks)
    for k in range(times):
        for b in doc.blocks:
            blocks.append(replace(b, index=b.index + k * n, line=b.line + k * lines, group=b.group + k * groups))
    return Document(path=doc.path, kind=doc.kind, blocks=blocks, template=doc.template)


# -- 1. warm throughput vs tokenizer ------------------------------------------
def bench_throughput(engine: Engine, docs: list[Document], runs: int, label: str) -> dict:
    nlp = engine.pipeline.nlp
    texts = [joined_text(d) for d in docs]
    cfg = Config()
    n_words = sum(words(t) for t in texts)
    full, tok = time_pair(lambda: [engine.check_document(d, cfg=cfg) for d in docs],
                          lambda: [nlp.make_doc(t) for t in texts], runs)
    med_full, med_tok = full["wall"]["median"], tok["wall"]["median"]
    return {"label": label, "letters": len(docs), "words": n_words, "full_check": full, "tokenizer_only": tok,
            "full_words_per_s": n_words / med_full, "full_letters_per_s": len(docs) / med_full,
            "tokenizer_words_per_s": n_words / med_tok,
            "ratio_wall": med_full / med_tok, "ratio_cpu": full["cpu"]["median"] / tok["cpu"]["median"]}


# -- 2. peer -------------------------------------------------------------------
def bench_proselint(txt_files: list[Path], runs: int, brevlint: list[str]) -> dict:
    try:
        import proselint  # noqa: F401
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return {"skipped": "proselint not installed (pip install -r bench/requirements.txt)"}
    from importlib.metadata import version

    texts = [p.read_text(encoding="utf-8") for p in txt_files]
    n_words = sum(words(t) for t in texts)
    CheckRegistry().register_many(__register__)
    config = {**DEFAULT, "max_errors": 10**9}  # no early stop: every check runs over all text
    warm = time_it(lambda: [LintFile(str(i), t).lint(config) for i, t in enumerate(texts)], runs)
    exe = shutil.which("proselint", path=str(Path(sys.executable).parent)) or shutil.which("proselint")
    files = [str(p) for p in txt_files]
    procs = time_processes({"proselint": [exe, "check", *files],
                            "brevlint": [*brevlint, "check", "--no-cache", "--format", "json", *files]}, runs)
    for v in procs.values():
        v["words_per_s"] = n_words / v["wall"]["median"]
    return {"version": version("proselint"), "files": len(files), "words": n_words,
            "warm_in_process": warm, "warm_words_per_s": n_words / warm["wall"]["median"],
            "whole_process": procs}


# -- 3./6. cold start and memory -------------------------------------------------
def bench_cold(letter_txt: Path, letter_docx: Path, runs: int, brevlint: list[str]) -> dict:
    # --no-cache: the result cache would answer an unchanged letter without building the pipeline;
    # a cold start is measured on a real check (the compiled lemma/regex caches stay in use)
    cmds = {"import_spacy": [sys.executable, "-c", "import spacy"],
            "check_txt": [*brevlint, "check", "--no-cache", str(letter_txt)],
            "check_docx": [*brevlint, "check", "--no-cache", str(letter_docx)]}
    out = time_processes(cmds, runs)
    base = out["import_spacy"]
    for k in ("check_txt", "check_docx"):
        out[k]["ratio_wall"] = out[k]["wall"]["median"] / base["wall"]["median"]
        out[k]["ratio_cpu"] = out[k]["cpu"]["median"] / base["cpu"]["median"]
    with tempfile.TemporaryDirectory() as empty:  # first run ever: nothing compiled yet
        env = {**os.environ, "BREVLINT_CACHE_DIR": empty}
        wall, cpu, rss, _ = run_process(cmds["check_txt"], env)
    out["check_txt_empty_cache"] = {"wall": wall, "cpu": cpu, "peak_rss_mib": rss / 1024}
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_server(brevlint: list[str], text: str, requests: int) -> dict:
    help_proc = subprocess.run([*brevlint, "serve", "--help"], capture_output=True, text=True)
    if help_proc.returncode != 0:
        return {"skipped": "`brevlint serve` does not exist in this checkout"}
    import http.client

    port = _free_port()
    args = [*brevlint, "serve"] + (["--port", str(port)] if "--port" in help_proc.stdout else [])
    if "--port" not in help_proc.stdout:
        port = 8765
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        body = json.dumps({"text": text}).encode()
        deadline = time.monotonic() + 60
        conn = None
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("POST", "/v1/check", body, {"Content-Type": "application/json"})
                conn.getresponse().read()
                break
            except OSError:
                conn = None
                time.sleep(0.2)
        if conn is None:
            return {"skipped": "server did not answer on /v1/check within 60 s"}
        warm = min(1000, requests // 10)
        samples, statuses, lat = [], set(), []
        after_warm = None
        for i in range(requests):
            t0 = time.perf_counter()
            conn.request("POST", "/v1/check", body, {"Content-Type": "application/json"})
            resp = conn.getresponse()
            resp.read()
            lat.append(time.perf_counter() - t0)
            statuses.add(resp.status)
            if i + 1 == warm:
                after_warm = _rss_mib(proc.pid)
            if (i + 1) % max(1, requests // 20) == 0:
                samples.append(round(_rss_mib(proc.pid), 1))
        end = _rss_mib(proc.pid)
        return {"requests": requests, "warmup_requests": warm, "statuses": sorted(statuses),
                "rss_after_warmup_mib": after_warm, "rss_end_mib": end,
                "growth_after_warmup": (end - after_warm) / after_warm if after_warm else None,
                "rss_samples_mib": samples, "latency_s": stats(lat)}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


# -- 4. scaling -------------------------------------------------------------------
def bench_scaling(engine: Engine, letter: Document, runs: int) -> dict:
    cfg = Config()
    out: dict[str, object] = {"letter": letter.path, "words_per_page": words(joined_text(letter))}
    times = {}
    for pages in (1, 10, 100):
        doc = repeat_document(letter, pages)
        r = max(1, runs if pages < 100 else max(1, runs // 2))
        times[pages] = time_it(lambda d=doc: engine.check_document(d, cfg=cfg), r)
    out["pages"] = times
    out["ratio_10"] = times[10]["wall"]["median"] / times[1]["wall"]["median"]
    out["ratio_100"] = times[100]["wall"]["median"] / times[1]["wall"]["median"]
    return out


def synthetic_lexicon(folder: Path, n_terms: int) -> None:
    """Pseudo-words (never in a letter) in the shape of a term lexicon: 1-3 words, 2 forms."""
    import random

    rnd = random.Random(7)
    letters = "abdefghijklmnoprstuvyæøå"

    def word() -> str:
        return "".join(rnd.choice(letters) for _ in range(rnd.randint(5, 12)))

    lines = ["name: syntetisk", "entries:"]
    for _ in range(n_terms):
        term = " ".join(word() for _ in range(rnd.randint(1, 3)))
        lines += [f"  - term: \"{term}\"", f"    forms: [\"{term}\", \"{term}en\"]",
                  "    explanation: \"syntetisk\""]
    (folder / "syntetisk.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def bench_lexicon_growth(engine: Engine, docs: list[Document], runs: int) -> dict:
    n_base = sum(len(t) for t in engine.lexicons.terms.values()) + len(engine.lexicons.concepts)
    with tempfile.TemporaryDirectory() as tmp:
        synthetic_lexicon(Path(tmp), 9 * n_base)  # base + 9x synthetic = 10x the entries
        big = Engine(lexicon_folders=[Path(tmp)])
        n_big = sum(len(t) for t in big.lexicons.terms.values()) + len(big.lexicons.concepts)
        cfg = Config()
        base_t, big_t = time_pair(lambda: [engine.check_document(d, cfg=cfg) for d in docs],
                                  lambda: [big.check_document(d, cfg=cfg) for d in docs], runs)
    return {"entries_base": n_base, "entries_grown": n_big, "base": base_t, "grown": big_t,
            "ratio": big_t["wall"]["median"] / base_t["wall"]["median"]}


# -- 5. docx overhead ---------------------------------------------------------------
def bench_docx(engine: Engine, docx: Path, txt: Path, runs: int) -> dict:
    cfg = Config()
    t_docx, t_txt = time_pair(lambda: engine.check_document(read_document(docx), cfg=cfg),
                              lambda: engine.check_document(read_document(txt), cfg=cfg), runs)
    read_only = time_it(lambda: read_document(docx), runs)
    return {"docx": str(docx.relative_to(ROOT)), "txt": str(txt.relative_to(ROOT)), "docx_t": t_docx,
            "txt_t": t_txt, "docx_read_only": read_only,
            "ratio": t_docx["wall"]["median"] / t_txt["wall"]["median"],
            "ratio_cpu": t_docx["cpu"]["median"] / t_txt["cpu"]["median"]}


# -- report ---------------------------------------------------------------------------
def fmt_s(s: dict[str, float]) -> str:
    return f"{s['min'] * 1000:8.1f} {s['median'] * 1000:8.1f} {s['max'] * 1000:8.1f}"


def goals(r: dict) -> list[tuple[str, str, str, bool | None]]:
    """(goal, target, measured, met) — met None = not measured."""
    rows: list[tuple[str, str, str, bool | None]] = []
    t = r["throughput"][0]
    rows.append(("full check vs tokenizer (warm, wall)", "<= 3x",
                 f"{t['ratio_wall']:.2f}x (cpu {t['ratio_cpu']:.2f}x)", t["ratio_wall"] <= 3))
    p = r.get("peer", {})
    if "warm_words_per_s" in p:
        ratio = t["full_words_per_s"] / p["warm_words_per_s"]
        ratio_cpu = p["warm_in_process"]["cpu"]["median"] / t["full_check"]["cpu"]["median"] \
            * t["words"] / p["words"]
        rows.append(("warm throughput vs proselint (in-process)", ">= 2x",
                     f"{ratio:.2f}x (cpu {ratio_cpu:.2f}x)", ratio >= 2))
        wp = p["whole_process"]
        ratio_p = wp["brevlint"]["words_per_s"] / wp["proselint"]["words_per_s"]
        rows.append(("whole-process throughput vs proselint (info)", "-", f"{ratio_p:.2f}x", None))
    else:
        rows.append(("warm throughput vs proselint", ">= 2x", p.get("skipped", "-"), None))
    c = r["cold"]
    for k in ("check_txt", "check_docx"):
        rows.append((f"cold start {k} vs import spacy (wall)", "<= 1.3x", f"{c[k]['ratio_wall']:.2f}x "
                     f"(cpu {c[k]['ratio_cpu']:.2f}x)", c[k]["ratio_wall"] <= 1.3))
    s = r["scaling"]
    rows.append(("100 pages vs 1 page", "<= 110x", f"{s['ratio_100']:.1f}x", s["ratio_100"] <= 110))
    lg = r["lexicon_growth"]
    lg_cpu = lg["grown"]["cpu"]["median"] / lg["base"]["cpu"]["median"]
    rows.append(("lexicon grown 10x", "<= 1.2x", f"{lg['ratio']:.2f}x (cpu {lg_cpu:.2f}x)", lg["ratio"] <= 1.2))
    d = r["docx"]
    rows.append((".docx vs .txt twin (warm)", "<= 2x", f"{d['ratio']:.2f}x (cpu {d['ratio_cpu']:.2f}x)",
                 d["ratio"] <= 2))
    rss = c["check_txt"]["peak_rss_mib"]["max"]
    rows.append(("peak RSS brevlint check one letter", "<= 200 MiB", f"{rss:.0f} MiB", rss <= 200))
    sv = r.get("server", {})
    if "growth_after_warmup" in sv and sv["growth_after_warmup"] is not None:
        g = sv["growth_after_warmup"]
        rows.append((f"serve RSS growth over {sv['requests']} requests", "<= 10%", f"{g * 100:+.1f}%", g <= 0.10))
    else:
        rows.append(("serve RSS growth", "<= 10%", sv.get("skipped", "-"), None))
    return rows


def report(r: dict) -> str:
    m = r["machine"]
    out = [f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB, Python {m['python']}, "
           f"spaCy {m['spacy']}, {m['date']}, load {m['load_average_at_start']}", ""]
    out.append(f"{'measurement':46} {'min ms':>8} {'med ms':>8} {'max ms':>8}  note")
    for t in r["throughput"]:
        out.append(f"{'full check, ' + t['label']:46} {fmt_s(t['full_check']['wall'])}  "
                   f"{t['full_words_per_s']:,.0f} words/s, {t['full_letters_per_s']:.1f} letters/s")
        out.append(f"{'tokenizer only, ' + t['label']:46} {fmt_s(t['tokenizer_only']['wall'])}  "
                   f"{t['tokenizer_words_per_s']:,.0f} words/s; ratio {t['ratio_wall']:.2f}x")
    p = r.get("peer", {})
    if "warm_in_process" in p:
        out.append(f"{'proselint ' + p['version'] + ' in-process (warm)':46} {fmt_s(p['warm_in_process']['wall'])}  "
                   f"{p['warm_words_per_s']:,.0f} words/s ({p['files']} .txt files)")
        for k, v in p["whole_process"].items():
            out.append(f"{k + ' whole process, all .txt files':46} {fmt_s(v['wall'])}  "
                       f"{v['words_per_s']:,.0f} words/s")
    for k, v in r["cold"].items():
        if k == "check_txt_empty_cache":
            out.append(f"{'check one .txt, empty cache (1 run)':46} {'':8} {v['wall'] * 1000:8.1f} {'':8}  "
                       f"peak {v['peak_rss_mib']:.0f} MiB")
            continue
        note = f"peak {v['peak_rss_mib']['max']:.0f} MiB"
        if "ratio_wall" in v:
            note += f"; {v['ratio_wall']:.2f}x import spacy (cpu {v['ratio_cpu']:.2f}x)"
        out.append(f"{'cold ' + k:46} {fmt_s(v['wall'])}  {note}")
    s = r["scaling"]
    for pages, v in s["pages"].items():
        out.append(f"{f'one letter x{pages} pages':46} {fmt_s(v['wall'])}")
    lg = r["lexicon_growth"]
    out.append(f"{'corpus, lexicon ' + str(lg['entries_base']) + ' entries':46} {fmt_s(lg['base']['wall'])}")
    out.append(f"{'corpus, lexicon ' + str(lg['entries_grown']) + ' entries':46} {fmt_s(lg['grown']['wall'])}  "
               f"{lg['ratio']:.2f}x")
    d = r["docx"]
    out.append(f"{'read+check ' + Path(d['docx']).name:46} {fmt_s(d['docx_t']['wall'])}  {d['ratio']:.2f}x txt")
    out.append(f"{'read+check ' + Path(d['txt']).name:46} {fmt_s(d['txt_t']['wall'])}")
    out.append(f"{'read only ' + Path(d['docx']).name:46} {fmt_s(d['docx_read_only']['wall'])}")
    sv = r.get("server", {})
    if "rss_end_mib" in sv:
        out.append(f"{'serve /v1/check latency':46} {fmt_s(sv['latency_s'])}  RSS {sv['rss_after_warmup_mib']:.0f}"
                   f" -> {sv['rss_end_mib']:.0f} MiB")
    out += ["", f"{'goal (judged on the wall-time median)':46} {'target':>10}  {'measured':26} met"]
    for name, target, measured, met in goals(r):
        out.append(f"{name:46} {target:>10}  {measured:26} {'yes' if met else 'NO' if met is False else '-'}")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run, noisier)")
    ap.add_argument("--json", type=Path, default=None, help="result file (default bench/results/<date>.json)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--no-peer", action="store_true", help="skip proselint")
    ap.add_argument("--no-server", action="store_true", help="skip `brevlint serve`")
    ap.add_argument("--requests", type=int, default=None, help="server requests (default 10000; quick 1000)")
    args = ap.parse_args()
    runs = 3 if args.quick else 9
    files = corpus_files(args.corpus)
    if not files:
        sys.exit(f"no letters in {args.corpus}")
    brevlint = brevlint_cmd()
    t0 = time.perf_counter()
    result: dict[str, object] = {"machine": machine(), "quick": args.quick, "runs": runs,
                                 "corpus": str(args.corpus)}
    print("warming up ...", file=sys.stderr)
    engine = Engine()
    docs = [read_document(p) for p in files]
    print("1. throughput ...", file=sys.stderr)
    result["throughput"] = [bench_throughput(engine, docs, runs, f"corpus ({len(docs)} letters)"),
                            bench_throughput(engine, [repeat_document(d, 10) for d in docs], max(1, runs // 3),
                                             "corpus, each letter x10")]
    txt_files = [p for p in files if p.suffix == ".txt"]
    if not args.no_peer:
        print("2. peer ...", file=sys.stderr)
        result["peer"] = bench_proselint(txt_files, runs, brevlint)
    else:
        result["peer"] = {"skipped": "--no-peer"}
    print("3. cold start ...", file=sys.stderr)
    result["cold"] = bench_cold(EXAMPLE_TXT, EXAMPLE_DOCX, runs, brevlint)
    print("4. scaling ...", file=sys.stderr)
    letter = read_document(EXAMPLE_TXT)
    result["scaling"] = bench_scaling(engine, letter, runs)
    result["lexicon_growth"] = bench_lexicon_growth(engine, docs, runs)
    print("5. docx ...", file=sys.stderr)
    result["docx"] = bench_docx(engine, EXAMPLE_DOCX, EXAMPLE_TXT, runs)
    if not args.no_server:
        print("6. server ...", file=sys.stderr)
        n = args.requests or (1000 if args.quick else 10_000)
        result["server"] = bench_server(brevlint, EXAMPLE_TXT.read_text(encoding="utf-8"), n)
    else:
        result["server"] = {"skipped": "--no-server"}
    result["goals"] = [{"goal": g, "target": t, "measured": m, "met": ok} for g, t, m, ok in goals(result)]
    result["bench_seconds"] = time.perf_counter() - t0
    text = report(result)
    print(text)
    out = args.json or ROOT / "bench" / "results" / f"{result['machine']['date'][:16].replace(':', '')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
