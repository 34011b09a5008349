"""Check files with the right config and engine; one bad file never stops the batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from linter.config import Config, discover_config, load_config_file
from linter.engine.engine import Engine
from linter.errors import BrevlintError, InputError
from linter.model import FileResult
from linter.readers import read_document


@dataclass
class RunOptions:
    profile: str | None = None
    lang: str = "da"
    template: bool | None = None
    config_path: Path | None = None
    disabled: set[str] = field(default_factory=set)


class Runner:
    def __init__(self, opts: RunOptions) -> None:
        self.opts = opts
        self._configs: dict[Path | None, Config] = {}
        self._engines: dict[tuple, Engine] = {}
        self.fixed = load_config_file(opts.config_path) if opts.config_path else None

    def config_for(self, path: str) -> Config:
        if self.fixed is not None:
            return self.fixed
        found = discover_config(Path(path))
        if found not in self._configs:
            self._configs[found] = load_config_file(found) if found else Config()
        return self._configs[found]

    def engine_for(self, cfg: Config) -> Engine:
        if cfg.key not in self._engines:
            engine = Engine.for_config(cfg)
            self._engines[cfg.key] = engine
        engine = self._engines[cfg.key]
        engine.validate_config(cfg)
        return engine

    def check_file(self, path: str, problem: str | None = None) -> FileResult:
        lang = self.opts.lang
        if problem == "symlink-loop":
            err = InputError(f"{path}: symbolsk link peger i ring eller findes ikke",
                             f"{path}: symbolic link loops or is dangling", code="symlink-loop")
            return FileResult(path=path, error={"code": err.code, "message": err.message(lang)})
        try:
            cfg = self.config_for(path)
            engine = self.engine_for(cfg)
            doc = read_document(path, cfg.limits)
        except BrevlintError as exc:
            return FileResult(path=path, error={"code": exc.code, "message": exc.message(lang)})
        return engine.check_document(doc, cfg=cfg, profile=self.opts.profile, lang=self.opts.lang,
                                     template=self.opts.template, disabled=self.opts.disabled)
