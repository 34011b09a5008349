"""The per-letter function every engine runs: one letter in, counts out (never text).

`Auditor.audit` reads and checks a letter exactly as `brevlint check` does (same Runner, config
discovery, engine and reader), then reduces the result (findings, checklist, metrics) to one
`letters` row and one `rules` row per rule that applies to it. A letter that cannot be read or
checked becomes an error row; no exception leaves `audit`/`audit_batch`, so a bad letter never
kills a worker's task.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from linter.audit.sources import LetterItem, salted
from linter.cache import ResultCache
from linter.config import Config, severity_override
from linter.errors import BrevlintError
from linter.model import FileResult
from linter.readers import read_document
from linter.runner import Runner, RunOptions, _cacheable_bytes

LetterRow = dict[str, Any]
RuleRow = dict[str, Any]


def check_key(salt: bytes, keys: ResultCache, item: LetterItem, data: bytes, cfg: Config, opts: RunOptions) -> str:
    """What decides a letter's outcome (its bytes, brevlint's code, rules, lexicons, config and the
    run's options: the result cache's key), salted so the stored value names no file content."""
    options = {**opts.cache_options(), "direction": item.direction}
    return salted(salt, keys.key(data, item.path, cfg, options))


def rule_outcomes(engine, result: FileResult, cfg: Config, template: bool, disabled: set[str]) -> list[RuleRow]:
    """One row per rule that applied to the letter: findings `count`, effective `severity`, and for
    document-level rules `status` ok/missing. The only place that decides ok/missing: it reads
    `result.checklist` when the engine fills it (issue 13), else a document rule that fired is missing."""
    counts = Counter(f.rule for f in result.findings)
    checklist = {c.rule: c.status for c in result.checklist}
    skip = cfg.ignored_rules(result.path) | disabled
    rows: list[RuleRow] = []
    for rule in engine.rules:
        if rule.id in skip or not result.profile or not rule.applies_to(result.profile):
            continue
        sev = rule.severity
        if template and rule.template_severity != "same":
            sev = rule.template_severity
        sev = severity_override(cfg, rule.id, sev)
        if sev is None:
            continue  # switched off: the engine did not run it
        n = counts.get(rule.id, 0)
        status = None
        if engine.kinds[rule.id].document_level:
            status = checklist.get(rule.id) or ("missing" if n else "ok")
            if status == "not-applicable":
                continue
        rows.append({"rule": rule.id, "status": status, "count": n, "severity": sev.label})
    return rows


class Auditor:
    """Built once per worker process (the engine and spaCy pipeline are the slow part)."""

    def __init__(self, opts: RunOptions, salt: bytes) -> None:
        self.runner = Runner(opts)
        self.salt = salt
        self.keys = ResultCache()  # only its key(): the audit stores outcomes in Parquet, not in the cache

    def warm(self) -> None:
        """Build the engine and pipeline now, so the first letter does not pay for it."""
        cfg = self.runner.fixed or Config()
        self.runner.engine_for(cfg).pipeline  # noqa: B018 - the property builds the pipeline

    def _error(self, item: LetterItem, code: str) -> tuple[LetterRow, list[RuleRow]]:
        return letter_row(item, error=code), []

    def audit(self, item: LetterItem) -> tuple[LetterRow, list[RuleRow]]:
        try:
            return self._audit(item)
        except Exception:  # noqa: BLE001 - one bad letter is an error row, never a failed task
            return self._error(item, "internal")

    def _audit(self, item: LetterItem) -> tuple[LetterRow, list[RuleRow]]:
        if item.problem:
            return self._error(item, item.problem)
        opts = self.runner.opts
        try:
            cfg = self.runner.config_for(item.path)
            engine = self.runner.engine_for(cfg)
            doc = read_document(item.path, cfg.limits)  # the same reader and limits as `check`
            data = _cacheable_bytes(item.path, cfg.limits.max_file_bytes) or b""
        except BrevlintError as exc:
            return self._error(item, exc.code)
        except OSError:
            return self._error(item, "unreadable")
        profile = item.direction or opts.profile
        result = engine.check_document(doc, cfg=cfg, profile=profile, profile_source="manifest" if item.direction
                                       else None, lang=opts.lang, template=opts.template, disabled=opts.disabled)
        if result.error:
            return self._error(item, result.error.get("code", "internal"))
        template = opts.template if opts.template is not None else (doc.template or cfg.is_template(doc.path))
        rules = rule_outcomes(engine, result, cfg, template, opts.disabled)
        ev = result.profile_evidence
        row = letter_row(item, profile=result.profile, profile_source=ev.kind if ev else None, kind=doc.kind,
                         words=result.metrics.get("words"), lix=result.metrics.get("lix"),
                         findings=len(result.findings),
                         check_key=check_key(self.salt, self.keys, item, data, cfg, opts))
        return row, [{**_letter_keys(row), **r} for r in rules]

    def audit_batch(self, items: list[LetterItem]) -> tuple[list[LetterRow], list[RuleRow]]:
        letters: list[LetterRow] = []
        rules: list[RuleRow] = []
        for item in items:
            row, rows = self.audit(item)
            letters.append(row)
            rules.extend(rows)
        return letters, rules


LETTER_COLUMNS = ("letter", "month", "sender", "team", "profile", "profile_source", "kind", "words", "lix",
                  "findings", "error", "check_key")
RULE_COLUMNS = ("letter", "month", "sender", "team", "profile", "rule", "status", "count", "severity")


def letter_row(item: LetterItem, **values: Any) -> LetterRow:
    row: LetterRow = dict.fromkeys(LETTER_COLUMNS)
    row.update(letter=item.letter, month=item.month, sender=item.sender, team=item.team,
               profile=item.direction, findings=0)
    row.update(values)
    return row


def _letter_keys(row: LetterRow) -> dict[str, Any]:
    return {k: row[k] for k in ("letter", "month", "sender", "team", "profile")}


