"""Shared by the audit tests: a small archive built from the corpus, and totals by DuckDB and `check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def make_archive(folder: Path, n: int = 24, *, bad: bool = True) -> Path:
    """`n` corpus letters (several kinds and directions), the .docx example and, with `bad`, a damaged .docx."""
    folder.mkdir(parents=True, exist_ok=True)
    letters = sorted(CORPUS.glob("*.txt"))
    picked = [letters[i * len(letters) // n] for i in range(n)]
    for p in picked:
        shutil.copy(p, folder / p.name)
    shutil.copy(ROOT / "examples" / "brev-til-jobcenter.docx", folder / "brev-til-jobcenter.docx")
    if bad:
        (folder / "beskadiget.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def check_totals(folder: Path) -> dict:
    res = cli("check", str(folder), "--format", "json", "--no-cache", "-j", "1")
    files = json.loads(res.output)["files"]
    per_rule: dict[str, int] = {}
    for f in files:
        for finding in f["findings"]:
            per_rule[finding["rule"]] = per_rule.get(finding["rule"], 0) + 1
    return {"letters": len(files), "errors": sum(1 for f in files if f["error"]),
            "findings": sum(len(f["findings"]) for f in files), "per_rule": per_rule}


def audit_totals(out: Path) -> dict:
    import duckdb

    con = duckdb.connect()
    letters = f"read_parquet('{out}/letters/*/*.parquet', hive_partitioning=true)"
    rules = f"read_parquet('{out}/rules/*/*.parquet', hive_partitioning=true)"
    n, errors, findings = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE error IS NOT NULL), sum(findings) FROM {letters}").fetchone()
    per_rule = dict(con.execute(f"SELECT rule, sum(count) FROM {rules} GROUP BY rule HAVING sum(count) > 0")
                    .fetchall())
    rule_sum = con.execute(f"SELECT sum(count) FROM {rules}").fetchone()[0]
    assert rule_sum == findings  # the two datasets agree with each other
    return {"letters": n, "errors": errors, "findings": int(findings), "per_rule": {k: int(v) for k, v in
                                                                                    per_rule.items()}}
