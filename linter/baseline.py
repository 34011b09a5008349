"""Baseline: accept today's findings so a gate on an old repository reports only new ones.

The file holds, per path (relative to the baseline file's folder) and rule, the content
fingerprints of the findings (linter/fingerprint.py) and their count; never letter text.
A file that moved keeps its fingerprints, so its findings are matched by content.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from linter import __version__
from linter.errors import ConfigError
from linter.fingerprint import SCHEME
from linter.model import FileResult

VERSION = 1
DEFAULT_NAME = "brevlint-baseline.json"
RENAME_OVERLAP = 0.5  # share of a moved file's baseline fingerprints that must reappear


def _key(path: str, base: Path) -> str:
    full = Path(os.path.abspath(path))
    try:
        return full.relative_to(base).as_posix()
    except ValueError:
        return full.as_posix()


def build_baseline(results: list[FileResult], baseline_path: Path) -> dict:
    base = Path(os.path.abspath(baseline_path)).parent
    entries = []
    for r in sorted(results, key=lambda r: _key(r.path, base)):
        if r.error:
            continue
        by_rule: dict[str, list[str]] = {}
        for f in r.findings:
            by_rule.setdefault(f.rule, []).append(f.fingerprint)
        for rule, fps in sorted(by_rule.items()):
            entries.append({"path": _key(r.path, base), "rule": rule, "count": len(fps),
                            "fingerprints": sorted(fps)})
    return {"version": VERSION, "tool": "brevlint", "brevlint_version": __version__,
            "fingerprint": SCHEME, "findings": entries}


@dataclass
class Baseline:
    base: Path
    # path key -> {fingerprint: remaining count}
    files: dict[str, dict[str, int]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        def bad(da: str, en: str) -> ConfigError:
            return ConfigError(f"{path}: ugyldig baseline ({da})", f"{path}: invalid baseline ({en})",
                               code="baseline")

        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: baseline-filen findes ikke", f"{path}: baseline file not found",
                              code="baseline") from None
        except (OSError, ValueError) as exc:
            raise bad(str(exc), str(exc)) from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
            raise bad(f"forventede version {VERSION} med 'findings'", f"expected version {VERSION} with 'findings'")
        if data.get("fingerprint", SCHEME) != SCHEME:
            raise bad(f"fingeraftryk '{data.get('fingerprint')}' kendes ikke – lav den igen",
                      f"unknown fingerprint scheme '{data.get('fingerprint')}' – create it again")
        bl = cls(base=Path(os.path.abspath(path)).parent)
        for e in data["findings"]:
            if not isinstance(e, dict) or not isinstance(e.get("path"), str) \
                    or not isinstance(e.get("fingerprints"), list):
                raise bad("hver post skal have 'path' og 'fingerprints'", "each entry needs 'path' and 'fingerprints'")
            counts = bl.files.setdefault(e["path"], {})
            for fp in e["fingerprints"]:
                counts[str(fp)] = counts.get(str(fp), 0) + 1
        return bl

    def apply(self, results: list[FileResult], lang: str = "da") -> tuple[list[FileResult], int, list[str]]:
        """Drop baselined findings; return (results, number suppressed, notes for the user)."""
        en = lang == "en"
        suppressed = 0
        notes: list[str] = []
        remaining = {k: dict(v) for k, v in self.files.items()}
        checked = {_key(r.path, self.base): r for r in results if not r.error}

        def take(r: FileResult, counts: dict[str, int]) -> int:
            kept, n = [], 0
            for f in r.findings:
                if counts.get(f.fingerprint, 0) > 0:
                    counts[f.fingerprint] -= 1
                    n += 1
                else:
                    kept.append(f)
            r.findings = kept
            return n

        for key, r in checked.items():
            if key in remaining:
                suppressed += take(r, remaining[key])
        # Baseline paths that no longer exist: moved or removed. Match moved files by content.
        gone = [k for k in remaining if k not in checked and not (self.base / k).exists() and remaining[k]]
        new = [k for k in checked if k not in self.files and checked[k].findings]
        for old in gone:
            old_fps = remaining[old]
            total = sum(old_fps.values())
            best, best_n = None, 0
            for k in new:
                fps = {f.fingerprint for f in checked[k].findings}
                n = sum(c for fp, c in old_fps.items() if fp in fps)
                if n > best_n:
                    best, best_n = k, n
            if best is not None and best_n >= RENAME_OVERLAP * total:
                n = take(checked[best], old_fps)
                suppressed += n
                new.remove(best)
                notes.append(f"baseline: {old} looks moved to {best}; {n} finding(s) matched by content" if en
                             else f"baseline: {old} ser ud til at være flyttet til {best}; "
                                  f"{n} fund genkendt på indholdet")
            else:
                notes.append(f"baseline: {total} finding(s) for {old} no longer match – file moved or removed?"
                             if en else f"baseline: {total} fund for {old} matcher ikke længere – "
                                        f"er filen flyttet eller slettet?")
        return results, suppressed, notes
