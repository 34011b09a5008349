"""The `brevlint` command: check, rules, explain."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from linter import __version__
from linter.errors import BrevlintError
from linter.model import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


# Commands that live in their own modules, imported only when used (keeps start-up fast).
LAZY_COMMANDS: dict[str, str] = {
    # "name": "module:attribute",
    "annotate": "linter.commands.annotate:annotate",
    "baseline": "linter.commands.baseline:baseline",
    "serve": "linter.commands.serve:serve",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            import importlib

            module, attr = LAZY_COMMANDS[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


def _fail(msg: str) -> None:
    click.echo(f"brevlint: {msg}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brevlint")
def main() -> None:
    """brevlint – tjekker breve mellem sundhedsvæsen og jobcenter (Danish letter linter)."""


def _format_choices() -> list[str]:
    from linter.reporters import REPORTERS

    return list(REPORTERS)


def _jobs(value: str | None) -> int | None:
    if value in (None, "", "auto", "0"):
        return None
    return int(value)


def run_checks(paths, *, profile=None, lang=None, template=None, config_path=None, disable=(), include=(),
               exclude=(), jobs=None, use_cache=True, changed_since=None, progress=None):
    """Shared by `check` and `baseline create`: config, file list, cached/parallel batch.
    Returns (results, lang, fail_level, runner); exits 2 on a usage or config error."""
    from linter.files import changed_since as git_changed
    from linter.files import expand_paths, only_changed
    from linter.runner import Progress, Runner, RunOptions, run_batch

    try:
        opts = RunOptions(profile=profile, lang=lang or "da", template=template,
                          config_path=config_path, disabled=set(disable))
        runner = Runner(opts)
    except BrevlintError as exc:
        _fail(exc.message(lang or "da"))
    cfg0 = runner.fixed
    if cfg0 is None and paths:
        try:
            cfg0 = runner.config_for(paths[0])
        except BrevlintError as exc:
            _fail(exc.message(lang or "da"))
    lang = lang or (cfg0.lang if cfg0 and cfg0.lang else "da")
    runner.opts.lang = lang
    fail_level = cfg0.fail_level if cfg0 and cfg0.fail_level else "warning"
    inc = list(include) or (cfg0.include if cfg0 else [])
    exc_globs = list(exclude) or (cfg0.exclude if cfg0 else [])
    files = expand_paths(list(paths), inc, exc_globs)
    if changed_since:
        try:
            changed = git_changed(changed_since, Path(paths[0]).absolute())
        except BrevlintError as exc:
            _fail(exc.message(lang))
        files = only_changed(files, changed)
    cache = None
    if use_cache and os.environ.get("BREVLINT_NO_CACHE", "") in ("", "0"):
        from linter.cache import ResultCache

        cache = ResultCache()
    results = run_batch(runner, files, jobs=jobs, cache=cache,
                        progress=Progress(len(files), enabled=progress))
    return results, lang, fail_level, runner


def _rules_for_report(runner, results):
    """Rule metadata for SARIF: the rule YAML only (no lexicons, never the spaCy pipeline)."""
    from linter.config import Config
    from linter.data import data_dir
    from linter.engine.loader import load_rules
    from linter.kinds import KINDS

    try:
        cfg = runner.fixed or next((runner.config_for(r.path) for r in results if not r.error), None) or Config()
        return load_rules([data_dir("rules"), *cfg.rule_folders], KINDS)
    except BrevlintError:
        return []


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]),
              help="Brevets profil (ellers fra konfiguration eller genkendt i brevet).")
@click.option("--format", "fmt", type=click.Choice(_format_choices()), default="text", show_default=True,
              help="Rapportformat.")
@click.option("--lang", type=click.Choice(["da", "en"]), default=None, help="Sprog for beskeder.")
@click.option("--fail-level", type=click.Choice(["error", "warning", "suggestion"]), default=None,
              help="Laveste alvorlighed der giver exit-kode 1 (standard: warning).")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--include", multiple=True, help="Glob for filer der skal med (kan gentages).")
@click.option("--exclude", multiple=True, help="Glob for filer der springes over (kan gentages).")
@click.option("--template/--letter", "template", default=None,
              help="Tjek som skabelon (pladsholdere er tilladt) eller som færdigt brev.")
@click.option("--disable", multiple=True, help="Slå en regel fra (kan gentages).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Skriv rapporten i dette format til en fil; tekst vises stadig i terminalen.")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), default=None,
              help="Vis kun fund der ikke står i denne baseline-fil (se `brevlint baseline create`).")
@click.option("--changed-since", metavar="REF", default=None,
              help="Tjek kun filer ændret siden git-referencen REF (plus nye filer).")
@click.option("-j", "--jobs", default=None, metavar="N",
              help="Antal processer (standard: alle kerner; 1 = serielt).")
@click.option("--no-cache", is_flag=True, help="Brug ikke resultat-cachen (~/.cache/brevlint).")
@click.option("--sarif-root", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Mappe som stier i SARIF/GitHub/JUnit er relative til (standard: arbejdsmappen).")
@click.option("--progress/--no-progress", default=None, help="Statuslinje (standard: kun i en terminal).")
@click.option("--color/--no-color", default=None, help="Farver (standard: kun i en terminal).")
@click.option("-v", "--verbose", is_flag=True, help="Vis profil, begrundelse, forslag og tjekliste.")
def check(paths, profile, fmt, lang, fail_level, config_path, include, exclude, template, disable,
          output, baseline_path, changed_since, jobs, no_cache, sarif_root, progress, color, verbose) -> None:
    """Tjek breve (.docx, .txt, .md) og mapper med breve."""
    from linter.reporters import REPORTERS

    if not paths:
        if not changed_since:
            _fail("angiv mindst én fil eller mappe" if lang != "en" else "give at least one file or folder")
        paths = (".",)
    try:
        n_jobs = _jobs(jobs)
    except ValueError:
        _fail(f"--jobs: '{jobs}' er ikke et tal" if lang != "en" else f"--jobs: '{jobs}' is not a number")
    if output is not None:
        _check_output(output, paths, lang)
    baseline = None
    if baseline_path is not None:
        from linter.baseline import Baseline

        try:
            baseline = Baseline.load(baseline_path)
        except BrevlintError as exc:
            _fail(exc.message(lang or "da"))
    results, lang, cfg_fail_level, runner = run_checks(
        paths, profile=profile, lang=lang, template=template, config_path=config_path, disable=disable,
        include=include, exclude=exclude, jobs=n_jobs, use_cache=not no_cache, changed_since=changed_since,
        progress=progress)
    fail_level = fail_level or cfg_fail_level
    suppressed, notes = 0, []
    if baseline is not None:
        results, suppressed, notes = baseline.apply(results, lang)

    if color is None:
        color = sys.stdout.isatty()
    extra = {"lang": lang, "verbose": verbose, "root": sarif_root, "notes": notes, "suppressed": suppressed}
    if fmt == "sarif":
        extra["rules"] = _rules_for_report(runner, results)
    out = REPORTERS[fmt](results, color=False, **extra)
    if output is not None:
        from linter.atomic import write_atomic

        try:
            write_atomic(output, out.encode("utf-8"))
        except OSError as exc:
            _fail(f"{output}: kan ikke skrive rapporten ({exc.strerror})" if lang != "en"
                  else f"{output}: cannot write the report ({exc.strerror})")
        click.echo(REPORTERS["text"](results, color=color, **extra), nl=False)
    elif fmt == "text":
        click.echo(REPORTERS["text"](results, color=color, **extra), nl=False)
    else:
        click.echo(out, nl=False)
        if sys.stderr.isatty():  # stdout is the machine-readable report; a person also gets the summary
            click.echo(REPORTERS["text"](results, summary_only=True, **extra), nl=False, err=True)
    level = Severity.parse(fail_level)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if any(f.severity >= level for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _check_output(output: Path, paths, lang) -> None:
    """Never overwrite a letter the user asked us to check (also one inside a checked folder or
    reached through a symlink), nor write into a missing folder."""
    from linter.atomic import check_output_path
    from linter.files import expand_paths

    # only an existing file can be one of the inputs: expand the folders just then
    inputs = [*paths, *(p for p, _ in expand_paths(list(paths), [], []))] if output.exists() else []
    try:
        check_output_path(output, inputs)
    except BrevlintError as exc:
        _fail(exc.message(lang or "da"))
    if not output.absolute().parent.is_dir():
        _fail(f"{output}: the folder {output.parent} does not exist" if lang == "en"
              else f"{output}: mappen {output.parent} findes ikke")


def _engine(config_path: Path | None, lang: str):
    from linter.config import Config, load_config_file
    from linter.engine.engine import Engine

    try:
        cfg = load_config_file(config_path) if config_path else Config()
        return Engine.for_config(cfg)
    except BrevlintError as exc:
        _fail(exc.message(lang))


@main.command("rules")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text")
def rules_cmd(lang, config_path, fmt) -> None:
    """Vis alle regler: id, type, alvorlighed og profiler."""
    import json

    engine = _engine(config_path, lang)
    rows = sorted(engine.rules, key=lambda r: r.id)
    if fmt == "markdown":
        from linter.rule_docs import rules_markdown

        click.echo(rules_markdown(rows), nl=False)
        return
    if fmt == "json":
        click.echo(json.dumps([{
            "id": r.id, "kind": r.kind, "severity": r.severity.label if r.severity else "off",
            "profiles": list(r.profiles), "message": r.message_for(lang),
            "document_level": engine.kinds[r.id].document_level} for r in rows],
            ensure_ascii=False, indent=2))
        return
    head = ("id", "type" if lang == "da" else "kind", "alvorlighed" if lang == "da" else "severity",
            "profiler" if lang == "da" else "profiles")
    table = [head] + [(r.id, r.kind, r.severity.label if r.severity else "off",
                       ", ".join(r.profiles) if len(r.profiles) < 3 else "alle" if lang == "da" else "all")
                      for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
def explain(rule_id, lang, config_path) -> None:
    """Forklar en regel: besked, begrundelse, kildecitat og eksempler."""
    engine = _engine(config_path, lang)
    try:
        r = engine.rule(rule_id)
    except KeyError:
        _fail(f"ukendt regel-id '{rule_id}'" if lang == "da" else f"unknown rule id '{rule_id}'")
    en = lang == "en"
    click.echo(f"{r.id}  ({r.kind}, {r.severity.label if r.severity else 'off'})")
    click.echo(f"{'Profiles' if en else 'Profiler'}: {', '.join(r.profiles)}")
    click.echo(f"{'Message' if en else 'Besked'}: {r.message_for(lang)}")
    desc = (r.description_en or r.description) if en else (r.description or r.description_en)
    if desc:
        click.echo(f"{'Why' if en else 'Hvorfor'}: {desc}")
    src = r.source
    click.echo(f"{'Source' if en else 'Kilde'}: {src.get('document')}")
    click.echo(f"  »{src.get('quote')}«")
    if src.get("url"):
        click.echo(f"  {src['url']}")
    for key, label in (("fail", "Fejler" if not en else "Fails"), ("pass", "Består" if not en else "Passes")):
        for ex in (r.examples.get(key) or [])[:2]:
            short = " ".join(ex.split())
            click.echo(f"{label}: {short[:200]}{'…' if len(short) > 200 else ''}")


if __name__ == "__main__":  # pragma: no cover
    main()
