"""The audit's output folder: Parquet datasets, crash-safe staging, resume and summary.json.

DIR/letters/month=YYYY-MM/*.parquet and DIR/rules/month=YYYY-MM/*.parquet (hive partitions).
During a run each finished batch is written to DIR/.staging/ at once (write to a temporary name,
then rename), so a crash or Ctrl-C loses at most the batches in flight; the next run first merges
what was staged. At the end the old dataset minus the letters checked again, plus the staged rows,
is written to DIR/letters.new and swapped in. DIR/.salt (owner-only) keys the hashes: keep it
with the audit to resume, and do not hand it out with the Parquet files.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
import shutil
import time
from pathlib import Path
from typing import Any

from linter.atomic import write_atomic
from linter.audit.letter import LETTER_COLUMNS, RULE_COLUMNS
from linter.errors import InputError

DATASETS = ("letters", "rules")


NULL = "\\N"  # how a staged CSV writes a missing value (an empty field is an empty string)


def _types(name: str) -> dict[str, str]:
    """DuckDB column types of a dataset."""
    if name == "letters":
        numeric = {"words": "BIGINT", "lix": "DOUBLE", "findings": "BIGINT"}
        return {c: numeric.get(c, "VARCHAR") for c in LETTER_COLUMNS}
    return {c: "BIGINT" if c == "count" else "VARCHAR" for c in RULE_COLUMNS}


def _read_staged(name: str, files: list[str]) -> str:
    cols = "{" + ", ".join(f"'{c}': '{t}'" for c, t in _types(name).items()) + "}"
    listed = ", ".join(f"'{f}'" for f in files)
    return (f"read_csv([{listed}], header = true, columns = {cols}, nullstr = '{NULL}', auto_detect = false, "
            "quote = '\"', escape = '\"')")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def dataset_glob(out: Path, name: str) -> str:
    return _sql_path(out / name) + "/*/*.parquet"


def read_dataset_sql(out: Path, name: str) -> str:
    """A DuckDB table expression over a dataset; `month` stays text (no date guessing)."""
    return f"read_parquet('{dataset_glob(out, name)}', hive_partitioning=true, hive_types={{'month': VARCHAR}})"


class AuditStore:
    def __init__(self, out: Path, *, force: bool = False) -> None:
        self.out = out
        if out.is_dir() and any(out.iterdir()) and not (out / ".salt").is_file():
            # never write into (or --force clean) a folder of the user's that an audit did not make
            raise InputError(f"{out}: mappen er ikke tom og er ikke en revisionsmappe – vælg en ny mappe til --out",
                             f"{out}: the folder is not empty and is not an audit folder – choose a new --out folder",
                             code="audit-folder")
        out.mkdir(parents=True, exist_ok=True)
        self.staging = out / ".staging"
        if force:
            for name in (*DATASETS, ".staging"):
                shutil.rmtree(out / name, ignore_errors=True)
        self.salt = self._salt()
        self._seq = 0
        if self.staging.is_dir() and any(self.staging.iterdir()):
            self.merge()  # a run that stopped early: keep what it finished

    def _salt(self) -> bytes:
        path = self.out / ".salt"
        try:
            return bytes.fromhex(path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            salt = secrets.token_bytes(32)
            write_atomic(path, salt.hex().encode("ascii"))
            os.chmod(path, 0o600)
            return salt

    def has_data(self) -> bool:
        return (self.out / "letters").is_dir() and any((self.out / "letters").glob("*/*.parquet"))

    def done(self) -> dict[str, str]:
        """letter -> check_key of the letters already written without error."""
        if not self.has_data():
            return {}
        import duckdb

        rows = duckdb.connect().execute(
            f"SELECT letter, check_key FROM {read_dataset_sql(self.out, 'letters')} "
            "WHERE error IS NULL AND check_key IS NOT NULL").fetchall()
        return dict(rows)

    def stage(self, letters: list[dict[str, Any]], rules: list[dict[str, Any]]) -> None:
        """Write one batch's rows at once (CSV: plain and fast; `merge` turns them into Parquet)."""
        if not letters:
            return
        self.staging.mkdir(exist_ok=True)
        self._seq += 1
        stamp = f"{time.time_ns()}-{os.getpid()}-{self._seq}"
        # rules first: a letters file without its rules file would claim a letter is done
        for name, rows in (("rules", rules), ("letters", letters)):
            cols = list(_types(name))
            tmp = self.staging / f".{name}-{stamp}.tmp"
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                out = csv.writer(fh)
                out.writerow(cols)
                out.writerows([NULL if row.get(c) is None else row[c] for c in cols] for row in rows)
            os.replace(tmp, self.staging / f"{name}-{stamp}.csv")

    def merge(self) -> None:
        """Fold the staged batches into the datasets (atomic swap per dataset)."""
        import duckdb

        staged = sorted(self.staging.glob("letters-*.csv"))
        if not staged:
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        con = duckdb.connect()
        # only batches whose letters file exists (a rules file alone is from a batch cut short)
        stamps = [p.name[len("letters-"):] for p in staged]
        files = {n: [_sql_path(self.staging / f"{n}-{s}") for s in stamps] for n in DATASETS}
        for name in DATASETS:
            new, new_letters = _read_staged(name, files[name]), _read_staged("letters", files["letters"])
            cols = ", ".join(LETTER_COLUMNS if name == "letters" else RULE_COLUMNS)
            query = f"SELECT {cols} FROM {new}"
            if (self.out / name).is_dir() and any((self.out / name).glob("*/*.parquet")):
                query = (f"SELECT {cols} FROM {read_dataset_sql(self.out, name)} "
                         f"WHERE letter NOT IN (SELECT letter FROM {new_letters}) UNION ALL {query}")
            target = self.out / f"{name}.new"
            shutil.rmtree(target, ignore_errors=True)
            con.execute(f"COPY ({query} ORDER BY month, letter) TO '{_sql_path(target)}' "
                        "(FORMAT parquet, PARTITION_BY (month), FILENAME_PATTERN 'part-{i}')")
            target.mkdir(exist_ok=True)  # no rows (every letter unreadable): an empty dataset
        for name in DATASETS:  # swap only once both new datasets are complete
            final, old = self.out / name, self.out / f"{name}.old"
            shutil.rmtree(old, ignore_errors=True)  # left by a merge cut short; the staging is still there
            if final.exists():
                os.replace(final, old)
            os.replace(self.out / f"{name}.new", final)
            shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(self.staging, ignore_errors=True)

    def write_summary(self, summary: dict[str, Any]) -> Path:
        path = self.out / "summary.json"
        write_atomic(path, (json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode())
        return path
