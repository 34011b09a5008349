"""Which letters an audit covers: folders/files as for `check`, or a case-system manifest.

A manifest is CSV (UTF-8, `,` or `;`) or Parquet with a `path` column (relative paths are taken
from the manifest's folder), optionally `id` (the case system's key, hashed like a path), `sender`,
`team`, `date` (ISO date; its month partitions the output) and `direction` (a profile name, used
instead of detection). Letters from folders get the month of the file's modification time.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from linter.errors import InputError

PROFILES = ("sundhed-til-job", "job-til-sundhed", "generel")
MANIFEST_COLUMNS = ("id", "path", "sender", "team", "date", "direction")
UNKNOWN_MONTH = "unknown"


@dataclass(frozen=True, slots=True)
class LetterItem:
    """One letter to audit. Only `path` (read by the worker) ever names the letter; every output
    carries `letter` instead, a salted hash of the manifest id or the absolute path."""

    path: str
    letter: str
    month: str
    problem: str | None = None  # from expand_paths: "symlink-loop", ...
    sender: str | None = None
    team: str | None = None
    direction: str | None = None


def salted(salt: bytes, value: str | bytes) -> str:
    data = value.encode("utf-8") if isinstance(value, str) else value
    return hmac.new(salt, data, hashlib.sha256).hexdigest()[:24]


def _mtime_month(path: str) -> str:
    try:
        return dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.UTC).strftime("%Y-%m")
    except (OSError, ValueError, OverflowError):
        return UNKNOWN_MONTH


def from_paths(files: list[tuple[str, str | None]], salt: bytes) -> list[LetterItem]:
    """`files` as returned by linter.files.expand_paths."""
    return [LetterItem(path=p, problem=problem, letter=salted(salt, "path:" + os.path.abspath(p)),
                       month=_mtime_month(p) if problem is None else UNKNOWN_MONTH)
            for p, problem in files]


def _bad(manifest: Path, da: str, en: str) -> InputError:
    return InputError(f"{manifest}: {da}", f"{manifest}: {en}", code="manifest")


def _read_rows(manifest: Path) -> list[dict[str, str | None]]:
    if manifest.suffix.lower() == ".parquet":
        import duckdb

        try:
            cur = duckdb.connect().execute("SELECT * FROM read_parquet(?)", [str(manifest)])
        except duckdb.Error as exc:
            raise _bad(manifest, f"kan ikke læses som Parquet ({type(exc).__name__})",
                       f"cannot be read as Parquet ({type(exc).__name__})") from None
        names = [d[0].lower() for d in cur.description]
        return [{c: None if v is None else str(v) for c, v in zip(names, row, strict=True) if c in MANIFEST_COLUMNS}
                for row in cur.fetchall()]
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad(manifest, f"kan ikke læses ({type(exc).__name__})", f"cannot be read ({type(exc).__name__})") \
            from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    return [{k.strip().lower(): (v.strip() if isinstance(v, str) and v.strip() else None)
             for k, v in row.items() if k is not None} for row in reader]


def _month(manifest: Path, row_no: int, value: str | None, path: str) -> str:
    if not value:
        return _mtime_month(path)
    text = value.strip()[:10]
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            return dt.datetime.strptime(text, fmt).strftime("%Y-%m")
        except ValueError:
            continue
    raise _bad(manifest, f"række {row_no}: ugyldig dato (brug ÅÅÅÅ-MM-DD)",
               f"row {row_no}: invalid date (use YYYY-MM-DD)")


def from_manifest(manifest: Path, salt: bytes) -> list[LetterItem]:
    rows = _read_rows(manifest)
    if rows and "path" not in rows[0]:
        raise _bad(manifest, "mangler kolonnen 'path'", "has no 'path' column")
    base = manifest.parent
    items = []
    for n, row in enumerate(rows, start=2):  # row 1 is the header
        raw = row.get("path")
        if not raw:
            raise _bad(manifest, f"række {n}: tom 'path'", f"row {n}: empty 'path'")
        path = raw if os.path.isabs(raw) else str(base / raw)
        direction = row.get("direction")
        if direction and direction not in PROFILES:
            raise _bad(manifest, f"række {n}: ukendt direction '{direction}' (brug {', '.join(PROFILES)})",
                       f"row {n}: unknown direction '{direction}' (use {', '.join(PROFILES)})")
        ident = row.get("id")
        letter = salted(salt, "id:" + ident) if ident else salted(salt, "path:" + os.path.abspath(path))
        items.append(LetterItem(path=path, letter=letter, month=_month(manifest, n, row.get("date"), path),
                                sender=row.get("sender"), team=row.get("team"), direction=direction))
    return items
