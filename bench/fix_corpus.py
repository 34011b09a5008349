"""Fix every labelled letter of a corpus (a copy of it) and re-check: what was applied, what is left.

    python bench/fix_corpus.py tests/corpus ../shared/corpus/dev [--unsafe-fixes] [--track-changes]

For each letter (a file with a .expected.yaml beside it) the safe fixes are applied to a copy in a
temporary folder, the copy is checked again and compared with the original's findings: per rule the
fixed letter may have no more findings than before, and the fixed rule exactly as many fewer as fixes
were applied. Prints letters, fixes applied, findings before/after and every letter that broke that.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from linter.fixes.run import fix_file  # noqa: E402
from linter.runner import Runner, RunOptions  # noqa: E402


def letters(folder: Path) -> list[Path]:
    """Labelled letters, and the Word twins of labelled letters in `docx/`."""
    out = [p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".docx")
           and p.with_suffix(".expected.yaml").exists()]
    if (folder / "docx").is_dir():
        out += [p for p in (folder / "docx").glob("*.docx") if (folder / f"{p.stem}.expected.yaml").exists()]
    return sorted(out)


def run(corpora: list[Path], unsafe: bool = False, track_changes: bool = False) -> dict:
    runner = Runner(RunOptions())
    stats = {"docx": 0, "letters": 0, "applied": 0, "before": 0, "after": 0, "problems": [],
             "by_rule": collections.Counter()}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora:
            for src in letters(corpus):
                dst = Path(tmp) / f"{corpus.name}-{src.parent.name}-{src.name}"
                shutil.copyfile(src, dst)
                before = runner.check_file(str(dst))
                out = fix_file(str(dst), runner, unsafe=unsafe, track_changes=track_changes)
                after = runner.check_file(str(dst))
                stats["letters"] += 1
                stats["docx"] += src.suffix == ".docx"
                stats["applied"] += out.applied
                stats["by_rule"].update(out.by_rule)
                stats["before"] += len(before.findings)
                stats["after"] += len(after.findings)
                stats["problems"].extend(f"{src}: {p}" for p in compare(before, after, out.by_rule, unsafe))
    return stats


def compare(before, after, by_rule: dict[str, int], unsafe: bool) -> list[str]:
    """Rules with a finding the fix introduced, fixed findings still there, safe fixes left."""
    b = collections.Counter(f.rule for f in before.findings)
    a = collections.Counter(f.rule for f in after.findings)
    out = []
    for rule in sorted(set(a) | set(b)):
        expected = b[rule] - by_rule.get(rule, 0) if rule in ("sprog.kancellisprog", "sprog.jargon") else b[rule]
        if a[rule] > expected:
            new = [f.text for f in after.findings if f.rule == rule][:3]
            out.append(f"{rule}: {b[rule]} before, {by_rule.get(rule, 0)} fixed, {a[rule]} after {new}")
    left = [f.text for f in after.findings if f.fix and f.fix["applicability"] == "safe"]
    if left:
        out.append(f"safe fixes left: {left}")
    if after.profile != before.profile:
        out.append(f"profile {before.profile} → {after.profile}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--unsafe-fixes", action="store_true")
    ap.add_argument("--track-changes", action="store_true")
    args = ap.parse_args()
    s = run(args.corpora, args.unsafe_fixes, args.track_changes)
    print(f"letters {s['letters']} ({s['docx']} .docx), fixes applied {s['applied']} ({dict(s['by_rule'])}), "
          f"findings before {s['before']}, after {s['after']}, letters with a problem {len(s['problems'])}")
    for p in s["problems"]:
        print("  " + p)


if __name__ == "__main__":
    main()
