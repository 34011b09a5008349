"""Prove that a change to the analysis or matching machinery keeps every check's output identical.

    python bench/identity.py [--base REF] [--base-data] [--corpus DIR ...] [--keep]

Checks every letter of the corpora (default: tests/corpus, ../shared/corpus/dev, tests/blind/*,
examples) with the code of the working tree and with the code of `REF` (default HEAD: the last
commit), once with the detected profile and once under each profile, and compares the JSON
results (findings, checklist, profile, sender, metrics; a key only the working tree writes is new
output and left out of the comparison, and named). `REF`'s code is exported with
`git archive` into a temporary directory; the rules and lexicons of *both* runs are the
working tree's, so that only the Python code differs (with `--base-data` the base side reads `REF`'s own rules
and lexicons: for a change that moves data between rules, lexicons and code, such as a rule param that names a
lexicon set the base code does not know). Prints the letters whose output differs
(rule ids only, never letter text) and exits 1 when any does.

With `--verdicts` the place and evidence of an "ok" checklist entry are left out of the comparison and counted apart
(a change of which sentence a requirement shows as its proof must keep every verdict, finding and other output).

Internally `--dump OUT` runs one side: writes {letter: JSON results} to OUT.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ("sundhed-til-job", "job-til-sundhed", "generel")


def default_corpora() -> list[Path]:
    out = [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
    out += sorted(p for p in (ROOT / "tests" / "blind").glob("*") if p.is_dir())
    out.append(ROOT / "examples")
    return [p for p in out if p.is_dir()]


def letter_files(corpora: list[Path]) -> list[Path]:
    return [p for c in corpora for p in sorted(c.rglob("*")) if p.suffix in (".txt", ".docx")]


def dump(files: list[Path], out: Path) -> None:
    import linter
    from linter.engine.engine import Engine
    from linter.readers import read_document
    from linter.reporters.json_reporter import result_dict

    print(f"identity: code from {Path(linter.__file__).parent}", file=sys.stderr)
    engine = Engine()
    results: dict[str, list] = {}
    for path in files:
        doc = read_document(str(path))
        runs = [engine.check_document(doc)] + [engine.check_document(doc, profile=p) for p in PROFILES]
        results[str(path)] = [result_dict(r) for r in runs]
    out.write_text(json.dumps(results, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def _side(code_root: Path, files: list[Path], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(code_root)}
    script = code_root / "bench" / "identity.py"
    if not script.exists():  # REF predates this script: run ours with REF's package
        script = Path(__file__).resolve()
    subprocess.run([sys.executable, str(script), "--dump", str(out), "--files", *map(str, files)],
                   env=env, check=True, cwd=ROOT)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="HEAD")
    ap.add_argument("--corpus", nargs="*", type=Path)
    ap.add_argument("--base-data", action="store_true", help="the base side reads REF's rules and lexicons too")
    ap.add_argument("--verdicts", action="store_true",
                    help="compare everything but where an 'ok' checklist entry points (its location and evidence): "
                         "for a change of the proof a requirement shows, which must keep every verdict")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--files", nargs="*", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.dump:
        sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)))
        dump(a.files or [], a.dump)
        return 0
    files = letter_files(a.corpus or default_corpora())
    with tempfile.TemporaryDirectory(prefix="identity-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        parts = ["linter", "bench"] + (["rules", "lexicons"] if a.base_data else [])
        archive = subprocess.run(["git", "archive", a.base, *parts], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        if not a.base_data:  # the working tree's rules and lexicons for both sides: only the code differs
            (base / "rules").symlink_to(ROOT / "rules")
            (base / "lexicons").symlink_to(ROOT / "lexicons")
        _side(base, files, Path(tmp) / "base.json")
        _side(ROOT, files, Path(tmp) / "work.json")
        old = json.loads((Path(tmp) / "base.json").read_text(encoding="utf-8"))
        new = json.loads((Path(tmp) / "work.json").read_text(encoding="utf-8"))
    differ = 0
    added: set[str] = set()
    moved = 0
    if a.verdicts:
        for path in old:
            before = [_proofs(r) for r in old[path]]
            after = [_proofs(r) for r in new.get(path, [])]
            moved += sum(len(set(b.items()) ^ set(n.items())) for b, n in zip(before, after, strict=False)) // 2
    for path in old:
        # a key the base does not write is a new output (a contract adds keys only), not a changed one
        runs = new.get(path)
        if runs is not None and len(runs) == len(old[path]):
            added.update(k for o, n in zip(old[path], runs, strict=True) for k in n if k not in o)
            runs = [{k: v for k, v in n.items() if k in o} for o, n in zip(old[path], runs, strict=True)]
        if old[path] != runs:
            differ += 1
            o_rules = sorted(f["rule"] for r in old[path] for f in r.get("findings", []))
            n_rules = sorted(f["rule"] for r in new.get(path, []) for f in r.get("findings", []))
            gone, came = sorted(set(o_rules) - set(n_rules)), sorted(set(n_rules) - set(o_rules))
            print(f"DIFF {path}: findings {len(o_rules)} -> {len(n_rules)}; only before {gone}, only after {came}")
    print(f"{len(old)} letters x {1 + len(PROFILES)} checks (detected profile and each profile): "
          f"{'identical' if not differ else f'{differ} letters differ'} ({a.base} vs working tree"
          f"{', each side its own rules and lexicons' if a.base_data else ''})"
          + (f"; new keys not compared: {', '.join(sorted(added))}" if added else "")
          + (f"; 'ok' checklist entries pointing elsewhere (not compared): {moved}" if a.verdicts else ""))
    return 1 if differ else 0


_PLACE = ("line", "column", "end_line", "end_column", "paragraph", "part", "location", "evidence")


def _proofs(result: dict) -> dict:
    """{rule: (place, evidence)} of the result's "ok" checklist entries, and the entries made place-free in the
    result itself (for `--verdicts`: the verdict stays compared, where it points does not)."""
    out = {}
    for c in result.get("checklist") or []:
        if c.get("status") == "ok":
            out[c["rule"]] = json.dumps({k: c.get(k) for k in _PLACE}, sort_keys=True)
            for k in _PLACE:
                c.pop(k, None)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
