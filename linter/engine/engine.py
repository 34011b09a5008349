"""The engine: rules + lexicons + pipeline, checking one Document at a time."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from linter.config import Config, severity_override
from linter.data import data_dir
from linter.engine.loader import load_rules
from linter.engine.locate import locate
from linter.engine.rule import Rule
from linter.engine.sender_places import sender_places
from linter.kinds import KINDS
from linter.kinds.base import Context, Kind
from linter.kinds.metric import readability
from linter.letter.parties import sender_summary
from linter.letter.people import parties_summary
from linter.lexicons import load_lexicons
from linter.long_lived import long_lived
from linter.model import CheckItem, Document, FileResult, ProfileEvidence, Severity
from linter.profiles import ProfileGuess, detect_profile, sector_cues
from linter.regex_check import save_verdicts
from linter.yamlio import save_parsed

DEFAULT_THRESHOLDS = {"lix": 45.0, "sentence_length": 30.0}


class Engine:
    def __init__(self, rule_folders: list[Path] | None = None,
                 lexicon_folders: list[Path] | None = None, rules: Sequence[Rule] | None = None) -> None:
        """`rules`: the rules of `rule_folders` when the caller has loaded them already (the runner's
        validation has), so that a run reads every rule file once."""
        from linter.analysis.regex_cache import start_regexes

        with long_lived(), start_regexes():
            self.lexicons = load_lexicons([data_dir("lexicons"), *(lexicon_folders or [])])
            self.rules: list[Rule] = (list(rules) if rules is not None
                                      else load_rules([data_dir("rules"), *(rule_folders or [])], KINDS))
            self.kinds: dict[str, Kind] = {r.id: KINDS[r.kind](r, self.lexicons) for r in self.rules}
            sector_cues(self.lexicons)  # profile detection's word sets and their case-folded twins (regex_fold.py)
        save_verdicts()  # the regex verdicts of this start-up, so the next start skips them
        save_parsed()  # and the parsed shipped rules and lexicons (linter/yamlio.py)
        self._pipeline = None

    @classmethod
    def for_config(cls, cfg: Config, rules: Sequence[Rule] | None = None) -> Engine:
        return cls(cfg.rule_folders, cfg.lexicon_folders, rules)

    @property
    def pipeline(self):
        if self._pipeline is None:
            from linter.analysis.lemmas import cache_dir
            from linter.analysis.pipeline import build_pipeline
            from linter.analysis.regex_cache import cached_regexes, start_regexes
            from linter.analysis.spacy_light import import_spacy

            with long_lived():
                with start_regexes():  # spaCy's own module-level regexes, from the disk cache
                    spacy = import_spacy()  # without spaCy's CLI package (typer, weasel, requests...)
                # spaCy's tokenizer regexes are compiled from the disk cache after the first run
                with cached_regexes(cache_dir(), f"spacy-{spacy.__version__}"):
                    self._pipeline = build_pipeline(self.lexicons)
        return self._pipeline

    def rule(self, rid: str) -> Rule:
        for r in self.rules:
            if r.id == rid:
                return r
        raise KeyError(rid)

    def validate_config(self, cfg: Config) -> None:
        from linter.validate import check_config_ids

        check_config_ids(cfg, self.rules)
        if cfg.vocab:  # team word lists: a bad line is a config error naming file and line
            from linter.vocab import load_vocab

            load_vocab(cfg.vocab)

    def fit_max_length(self, limits) -> None:
        """spaCy refuses a text over `nlp.max_length` (a ValueError); the configured limits are
        the bound instead: the analysed text is the blocks joined by one newline each."""
        nlp = self.pipeline.nlp
        nlp.max_length = max(nlp.max_length, limits.max_characters + limits.max_paragraphs + 1)

    def analyse(self, doc: Document):
        from linter.letter.read import read_letter

        return read_letter(doc, self.pipeline)

    def check_document(self, doc: Document, *, cfg: Config | None = None, profile: str | None = None,
                       profile_source: str | None = None, lang: str = "da",
                       template: bool | None = None, only: set[str] | None = None,
                       disabled: set[str] | None = None) -> FileResult:
        cfg = cfg or Config()
        deadline = time.monotonic() + cfg.limits.time_budget_seconds
        self.fit_max_length(cfg.limits)
        a = self.analyse(doc)
        if profile:
            guess = ProfileGuess(profile, ProfileEvidence(profile_source or "cli"))
        elif cfg.profile:
            guess = ProfileGuess(cfg.profile, ProfileEvidence("config", config=str(cfg.path) if cfg.path else None))
        else:
            guess = detect_profile(a)
        a.memo["profile.guess"] = guess  # kind `direction` (profil.retning) reads how the profile was chosen
        is_template = template if template is not None else (doc.template or cfg.is_template(doc.path))
        thresholds = {**DEFAULT_THRESHOLDS, **cfg.thresholds}
        ctx = Context(profile=guess.profile, lang=lang, template=is_template, lexicons=self.lexicons,
                      thresholds=thresholds)
        skip = cfg.ignored_rules(doc.path) | (disabled or set())
        findings = []
        applied: set[str] = set()
        for rule in self.rules:
            if only is not None and rule.id not in only:
                continue
            if rule.id in skip or not rule.applies_to(guess.profile):
                continue
            sev = rule.severity
            if is_template and rule.template_severity != "same":
                sev = rule.template_severity  # type: ignore[assignment]
            sev = severity_override(cfg, rule.id, sev)
            if sev is None:
                continue
            if time.monotonic() > deadline:  # limits.time_budget_seconds, checked between rules
                return _over_budget(doc, cfg, lang)
            kind = self.kinds[rule.id]
            applied.add(rule.id)
            for f in kind.check(a, ctx):
                if kind.name != "placeholder" and _inside_placeholder(f, a):
                    continue  # a template field's text ([INDSÆT DATO], a control's prompt) is not prose
                if f.start >= 0 and not rule.in_scope(a.structure.zones[a.block_index(f.start)]):
                    continue  # outside the rule's `scope:` (e.g. a quoted earlier mail)
                f.severity = sev
                findings.append(f)
        for f in findings:
            locate(f, a)
        if cfg.vocab:
            from linter.vocab import apply as apply_vocab

            findings = apply_vocab(findings, a, cfg.vocab, lang)
        if doc.suppressions:
            from linter.suppressions import apply as apply_suppressions

            findings = apply_suppressions(findings, doc, cfg.suppressions, lang)
        # document order: .docx paragraph numbers restart in each part, the block's line does not
        findings.sort(key=lambda f: (f.line, f.column, f.rule))
        value, words = readability(a)
        return FileResult(path=doc.path, profile=guess.profile, profile_evidence=guess.evidence,
                          findings=findings, kind=doc.kind, checklist=self._checklist(a, ctx, applied, only),
                          sender=sender_summary(a, self.lexicons), parties=parties_summary(a, self.lexicons),
                          sender_places=sender_places(a, self.lexicons),
                          metrics={"lix": round(value, 1), "words": words})

    def _checklist(self, a, ctx: Context, applied: set[str], only: set[str] | None) -> list[CheckItem]:
        """Every document-level requirement rule: its kind's entry when the rule ran on this letter,
        "not-applicable" when the profile, config or a disabled severity left it out."""
        out = []
        for rule in self.rules:
            kind = self.kinds[rule.id]
            if not kind.document_level or type(kind).requirement is Kind.requirement:
                continue  # not a requirement kind
            if only is not None and rule.id not in only:
                continue
            item = kind.requirement(a, ctx) if rule.id in applied else CheckItem(rule.id, "not-applicable")
            if item is None:
                continue
            if item.status != "not-applicable":
                locate(item, a)
            out.append(item)
        return out


def _inside_placeholder(f, a) -> bool:
    if f.start < 0:
        return False
    bi = a.block_index(f.start)
    base = a.block_starts[bi]
    return any(base + s <= f.start and f.end <= base + e for s, e in a.blocks[bi].placeholders)


def _over_budget(doc: Document, cfg: Config, lang: str) -> FileResult:
    secs = cfg.limits.time_budget_seconds
    msg = (f"{doc.path}: time budget exceeded ({secs:g} s, limits.time_budget_seconds)" if lang == "en"
           else f"{doc.path}: tidsbudget overskredet ({secs:g} s, limits.time_budget_seconds)")
    return FileResult(path=doc.path, error={"code": "time-budget", "message": msg}, kind=doc.kind)


def severity_at_least(f_sev: Severity, level: str) -> bool:
    return f_sev >= Severity.parse(level)
