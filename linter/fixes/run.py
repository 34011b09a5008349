"""Fix one file: check, apply the chosen fixes, check again until nothing is left to apply.

The file is read once; the fixed bytes are written atomically (same permissions) only when the
file on disk is still exactly what was read, so a file changed meanwhile is never overwritten.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from linter.atomic import write_atomic
from linter.errors import InputError
from linter.fixes import UNSAFE
from linter.fixes.apply import planned_edits
from linter.model import FileResult
from linter.readers import DOCX_SUFFIXES, _read_bounded, read_bytes

MAX_PASSES = 4  # a fix that meets another one is applied in the next pass, as ruff does


@dataclass(slots=True)
class FixOutcome:
    path: str
    applied: int = 0
    result: FileResult | None = None  # the check of the fixed file
    diff: str = ""
    written: bool = False
    unsafe_left: int = 0  # fixes --unsafe-fixes would apply
    ignored: int = 0  # suppressions written (--ignore)
    by_rule: dict[str, int] = field(default_factory=dict)


def fix_file(path: str, runner, *, unsafe: bool = False, write: bool = True, track_changes: bool = False,
             check=None, ignore: list[str] | None = None) -> FixOutcome:
    """`runner`: a linter.runner.Runner (config, engine and options per file). `check(doc, cfg)`
    overrides the engine's check. `ignore`: rule ids or globs whose findings get a suppression in
    the file (linter/fixes/ignore.py) before the rest is fixed."""
    cfg = runner.config_for(path)
    engine = runner.engine_for(cfg)
    p = Path(path)
    original = _read_bounded(p, path, cfg.limits)
    before = os.stat(p)
    suffix = p.suffix.lower()
    docx = suffix in DOCX_SUFFIXES

    def run_check(data: bytes):
        doc = read_bytes(data, suffix, path, cfg.limits)
        o = runner.opts
        result = check(doc, cfg) if check is not None else engine.check_document(
            doc, cfg=cfg, profile=o.profile, lang=o.lang, template=o.template, disabled=o.disabled)
        if result.error:  # e.g. the time budget: never "nothing to fix" when the check did not finish
            raise InputError(result.error["message"], result.error["message"], code=result.error["code"])
        return doc, result

    out = FixOutcome(path=path)
    data = original
    texts: tuple[str, str] | None = None
    doc, result = run_check(data)
    if ignore:
        from linter.fixes import ignore as ignoring

        entries = ignoring.wanted(result, ignore)
        if entries:
            if docx:
                from linter.readers.docx_package import Package

                data = ignoring.ignore_docx(data, Package(data, path, cfg.limits).main, entries)
            else:
                from linter.fixes.text import decode_raw, encode_like

                old = decode_raw(data, path)[0]
                new = ignoring.ignore_text(old, entries)
                data = encode_like(data, new, path)
                texts = (old, new)
            out.ignored = len(entries)
            doc, result = run_check(data)
    for n in range(MAX_PASSES):
        # unsafe fixes in the first pass only: an explanation is never explained again
        edits = planned_edits(result.findings, unsafe and n == 0)
        if not edits:
            break
        if docx:
            from linter.fixes.docx import fix_docx

            data = fix_docx(data, doc, edits, path, track_changes=track_changes)
        else:
            from linter.fixes.text import fix_text

            data, old, new = fix_text(data, doc, edits, path)
            texts = (texts[0] if texts else old, new)
        for block_edits in edits.values():
            for e in block_edits:
                out.by_rule[e.rule] = out.by_rule.get(e.rule, 0) + 1
                out.applied += 1
        doc, result = run_check(data)
    out.result = result
    out.unsafe_left = sum(1 for f in result.findings if f.fix and f.fix["applicability"] == UNSAFE)
    if texts:
        out.diff = "".join(difflib.unified_diff(texts[0].splitlines(keepends=True), texts[1].splitlines(keepends=True),
                                                fromfile=path, tofile=path))
    elif docx and data != original:
        out.diff = _docx_diff(original, data, suffix, path, cfg.limits)
    if write and data != original:
        now = os.stat(p)
        if (now.st_mtime_ns, now.st_size) != (before.st_mtime_ns, before.st_size) or p.read_bytes() != original:
            raise InputError(f"{path}: filen er ændret, mens den blev rettet – intet er skrevet; kør igen",
                             f"{path}: the file changed while it was being fixed – nothing was written; run again",
                             code="changed")
        # through a symbolic link to the file itself: the link stays a link
        write_atomic(Path(os.path.realpath(p)), data, mode=before.st_mode & 0o7777)
        out.written = True
    return out


def _docx_diff(old: bytes, new: bytes, suffix: str, path: str, limits) -> str:
    """A Word file's change as a diff of its paragraphs' text."""
    a = [b.text + "\n" for b in read_bytes(old, suffix, path, limits).blocks]
    b = [b.text + "\n" for b in read_bytes(new, suffix, path, limits).blocks]
    return "".join(difflib.unified_diff(a, b, fromfile=path, tofile=path))
