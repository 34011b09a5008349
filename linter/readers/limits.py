"""Resource limits for reading untrusted files (configurable; see docs/security.md).

Every limit is a key under `limits:` in brevlint.yaml (or `[tool.brevlint.limits]`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from linter.errors import ConfigError, InputError


@dataclass(slots=True)
class Limits:
    max_file_bytes: int = 20 * 1024 * 1024  # checked with stat() before anything is read
    max_decompressed_bytes: int = 100 * 1024 * 1024  # sum of a .docx's unpacked parts
    max_paragraphs: int = 50_000
    max_characters: int = 2_000_000
    max_line_characters: int = 100_000  # one text line / one .docx paragraph
    time_budget_seconds: float = 30.0  # checked by the engine between rules

    def check_document(self, doc, shown: str) -> None:
        if len(doc.blocks) > self.max_paragraphs:
            raise InputError(
                f"{shown}: dokumentet har {len(doc.blocks)} afsnit; grænsen er {self.max_paragraphs}",
                f"{shown}: the document has {len(doc.blocks)} paragraphs; the limit is "
                f"{self.max_paragraphs}",
                code="too-many-paragraphs",
            )
        chars = 0
        for b in doc.blocks:
            n = len(b.text)
            chars += n
            if n > self.max_line_characters:
                where = f"linje {b.line}" if doc.kind != "docx" else f"afsnit {b.index}"
                where_en = f"line {b.line}" if doc.kind != "docx" else f"paragraph {b.index}"
                raise InputError(
                    f"{shown}: {where} har {n} tegn; grænsen er {self.max_line_characters} (max_line_characters)",
                    f"{shown}: {where_en} has {n} characters; the limit is {self.max_line_characters} "
                    "(max_line_characters)",
                    code="line-too-long",
                )
        if chars > self.max_characters:
            raise InputError(
                f"{shown}: dokumentet har {chars} tegn; grænsen er {self.max_characters}",
                f"{shown}: the document has {chars} characters; the limit is {self.max_characters}",
                code="too-many-characters",
            )

    @classmethod
    def from_mapping(cls, data: Any, path: Path | str = "--config") -> Limits:
        """Build from the config's `limits:` mapping; errors name file and key."""
        known = {f.name: f for f in fields(cls)}
        if not isinstance(data, dict):
            raise _err(path, "limits", "skal være en mapping", "must be a mapping")
        lim = cls()
        for key, value in data.items():
            if key not in known:
                raise _err(path, f"limits.{key}", f"ukendt grænse (kendte: {', '.join(sorted(known))})",
                           f"unknown limit (known: {', '.join(sorted(known))})")
            want = int if key != "time_budget_seconds" else float
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            if want is int:
                ok = ok and float(value).is_integer()
            if not ok or not math.isfinite(value) or value <= 0:
                kind_da = "et positivt heltal" if want is int else "et positivt tal"
                kind_en = "a positive integer" if want is int else "a positive number"
                raise _err(path, f"limits.{key}", f"skal være {kind_da} (fik {value!r})",
                           f"must be {kind_en} (got {value!r})")
            setattr(lim, key, want(value))
        return lim


def _err(path: Path | str, key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"{path}: nøgle '{key}': {da}", f"{path}: key '{key}': {en}", code="config")
