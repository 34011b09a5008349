"""DuckDB queries over the audit's Parquet datasets: summary.json, the report and the CSV tables.

One place that defines compliance: a rule is met in a letter when its status is "ok" (document
rules) or, for rules about passages, when it has no finding there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linter.audit.store import read_dataset_sql

MET = "(CASE WHEN status IS NOT NULL THEN status = 'ok' ELSE count = 0 END)"


def connect():
    import duckdb

    return duckdb.connect()


def has_rows(out: Path, name: str) -> bool:
    return any((out / name).glob("*/*.parquet"))


def letters_sql(out: Path) -> str:
    return read_dataset_sql(out, "letters")


def rules_sql(out: Path) -> str:
    if has_rows(out, "rules"):
        return read_dataset_sql(out, "rules")
    return ("(SELECT NULL::VARCHAR AS letter, NULL::VARCHAR AS month, NULL::VARCHAR AS sender, NULL::VARCHAR AS team,"
            " NULL::VARCHAR AS profile, NULL::VARCHAR AS rule, NULL::VARCHAR AS status, NULL::BIGINT AS count,"
            " NULL::VARCHAR AS severity WHERE false)")


def summary(out: Path, run: dict[str, Any]) -> dict[str, Any]:
    con = connect()
    L, R = letters_sql(out), rules_sql(out)
    n, checked, findings = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE error IS NULL), coalesce(sum(findings), 0) FROM {L}").fetchone()
    rules = {}
    for rule, severity, letters, met, missing, with_findings, total in con.execute(
            f"SELECT rule, any_value(severity), count(*), count(*) FILTER (WHERE {MET}), "
            f"count(*) FILTER (WHERE status = 'missing'), count(*) FILTER (WHERE count > 0), sum(count) "
            f"FROM {R} GROUP BY rule ORDER BY rule").fetchall():
        rules[rule] = {"letters": letters, "met": met, "missing": missing, "with_findings": with_findings,
                       "findings": int(total), "severity": severity,
                       "compliance": round(met / letters, 4) if letters else None}
    return {
        "version": 1,
        "letters": n,
        "checked": checked,
        "findings": int(findings),
        "errors": dict(con.execute(f"SELECT error, count(*) FROM {L} WHERE error IS NOT NULL "
                                   "GROUP BY error ORDER BY error").fetchall()),
        "months": dict(con.execute(f"SELECT month, count(*) FROM {L} GROUP BY month ORDER BY month").fetchall()),
        "profiles": dict(con.execute(f"SELECT coalesce(profile, 'none'), count(*) FROM {L} "
                                     "GROUP BY 1 ORDER BY 1").fetchall()),
        "rules": rules,
        "run": run,
    }
