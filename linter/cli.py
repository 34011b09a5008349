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
    "audit": "linter.commands.audit:audit",
    "baseline": "linter.commands.baseline:baseline",
    "fix": "linter.commands.fix:fix",
    "serve": "linter.commands.serve:serve",
}


def _argv_lang(args: list[str]) -> str:
    """The language of the messages before Click has parsed anything: --lang, else BREVLINT_LANG, else Danish."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return "en" if args[i + 1] == "en" else "da"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "da"
    return "en" if os.environ.get("BREVLINT_LANG") == "en" else "da"


def _options_metavar(args: list[str]) -> str:
    return "[OPTIONS]" if _argv_lang(args) == "en" else "[TILVALG]"


_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())  # Click >= 8.2


class LazyGroup(click.Group):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Click's main, but every usage error is one line `brevlint: …` with exit code 2, in the
        language of the run (Click's own messages included)."""
        from linter.i18n import use_click_language

        args = list(sys.argv[1:] if args is None else args)
        use_click_language(_argv_lang(args))
        self.options_metavar = _options_metavar(args)
        try:
            rv = super().main(args, prog_name=prog_name or "brevlint", complete_var=complete_var,
                              standalone_mode=False, **extra)
        except _NO_ARGS_IS_HELP as exc:  # `brevlint` alone: the help, as Click shows it
            click.echo(exc.format_message(), err=True)
            sys.exit(EXIT_ERROR)
        except click.UsageError as exc:
            message = exc.format_message()
            if _argv_lang(args) != "en":  # Click writes this hint without gettext
                message = message.replace("(env var: ", "(miljøvariabel: ")
            click.echo(f"brevlint: {message}", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            click.echo(f"brevlint: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("brevlint: afbrudt" if _argv_lang(args) != "en" else "brevlint: aborted", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            import importlib

            module, attr = LAZY_COMMANDS[name].split(":")
            cmd = getattr(importlib.import_module(module), attr)
        else:
            cmd = super().get_command(ctx, name)
        if cmd is not None:
            cmd.options_metavar = self.options_metavar  # "[TILVALG]" in Danish help
        return cmd


def _fail(msg: str) -> None:
    click.echo(f"brevlint: {msg}", err=True)
    sys.exit(EXIT_ERROR)


@click.group("brevlint", cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brevlint", help="Vis versionen og afslut.")
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
               exclude=(), jobs=None, use_cache=True, changed_since=None, progress=None, allow_empty=False,
               stdin_name=None, disabled_from="--disable"):
    """Shared by `check` and `baseline create`: config, file list, cached/parallel batch.
    Returns (results, lang, fail_level, runner); exits 2 on a usage or config error, always before
    a letter is read (or, for a broken lexicon, before the first is checked), and when no file
    is to be checked unless `allow_empty` (or --changed-since found nothing changed)."""
    from linter.files import STDIN, expand_paths, only_changed
    from linter.files import changed_since as git_changed
    from linter.runner import Progress, Runner, RunOptions, run_batch

    try:
        opts = RunOptions(profile=profile, lang=lang or "da", template=template, config_path=config_path,
                          disabled=set(disable), disabled_from=disabled_from, stdin_name=stdin_name)
        runner = Runner(opts)
    except BrevlintError as exc:
        _fail(exc.message(lang or "da"))
    cfg0 = runner.fixed
    if cfg0 is None and paths:
        try:
            cfg0 = runner.config_for(runner.shown(paths[0]))
        except BrevlintError as exc:
            _fail(exc.message(lang or "da"))
    lang = lang or (cfg0.lang if cfg0 and cfg0.lang else "da")
    runner.opts.lang = lang
    fail_level = cfg0.fail_level if cfg0 and cfg0.fail_level else "warning"
    inc = list(include) or (cfg0.include if cfg0 else [])
    exc_globs = list(exclude) or (cfg0.exclude if cfg0 else [])
    files = expand_paths(list(paths), inc, exc_globs, runner.skipped)
    if changed_since:
        try:
            changed = git_changed(changed_since, Path(paths[0]).absolute())
        except BrevlintError as exc:
            _fail(exc.message(lang))
        files = only_changed(files, changed)
        allow_empty = True  # nothing changed since REF is no mistake
    if not files and not allow_empty:
        from linter.i18n import t

        _fail(t("no_files", lang).format(path=", ".join(paths)) + (
            " (use --allow-empty if that is fine)" if lang == "en" else " (brug --allow-empty, hvis det er i orden)"))
    try:
        runner.validate(files)
    except BrevlintError as exc:
        _fail(exc.message(lang))
    if any(path == STDIN for path, _ in files):
        runner.stdin_data = _read_stdin(runner, lang)
    cache = None
    if use_cache and os.environ.get("BREVLINT_NO_CACHE", "") in ("", "0"):
        from linter.cache import ResultCache

        cache = ResultCache()
    try:
        results = run_batch(runner, files, jobs=jobs, cache=cache, progress=Progress(len(files), enabled=progress))
    except BrevlintError as exc:  # a config or lexicon error found while building the engine
        _fail(exc.message(lang))
    return results, lang, fail_level, runner


def _read_stdin(runner, lang: str) -> bytes:
    """Standard input, read once, at most the size limit plus one byte (the reader reports the excess)."""
    limit = (runner.fixed or runner.config_for(runner.shown("-"))).limits.max_file_bytes
    try:
        return sys.stdin.buffer.read(limit + 1)
    except (OSError, AttributeError, ValueError) as exc:
        _fail(f"-: standard input kan ikke læses ({exc})" if lang != "en" else f"-: cannot read standard input ({exc})")


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


FAIL_LEVELS = ["error", "warning", "suggestion", "fejl", "advarsel", "forslag"]


def use_color(flag: bool | None, stream=None) -> bool:
    """--color/--no-color wins; else NO_COLOR (any value) turns colour off and FORCE_COLOR (any value
    but 0/false) on; else colour only on a terminal (https://no-color.org, https://force-color.org)."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "").lower() not in ("", "0", "false"):
        return True
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]),
              envvar="BREVLINT_PROFILE", show_envvar=True,
              help="Brevets profil (ellers fra konfiguration eller genkendt i brevet).")
@click.option("--format", "fmt", type=click.Choice(_format_choices()), default="text", show_default=True,
              envvar="BREVLINT_FORMAT", show_envvar=True, help="Rapportformat.")
@click.option("--lang", type=click.Choice(["da", "en"]), default=None, envvar="BREVLINT_LANG", show_envvar=True,
              help="Sprog for beskeder.")
@click.option("--fail-level", type=click.Choice(FAIL_LEVELS), default=None, envvar="BREVLINT_FAIL_LEVEL",
              show_envvar=True, help="Laveste alvorlighed der giver exit-kode 1 (standard: advarsel).")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Konfigurationsfil (ellers brevlint.yaml fundet fra hver fil).")
@click.option("--include", multiple=True, help="Glob for filer der skal med (kan gentages).")
@click.option("--exclude", multiple=True, help="Glob for filer der springes over (kan gentages).")
@click.option("--template/--letter", "template", default=None,
              help="Tjek som skabelon (pladsholdere er tilladt) eller som færdigt brev.")
@click.option("--disable", multiple=True, envvar="BREVLINT_DISABLE", show_envvar=True,
              help="Slå en regel fra (kan gentages; miljøvariablen: adskilt af mellemrum).")
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
@click.option("--color/--no-color", default=None,
              help="Farver (standard: kun i en terminal; NO_COLOR og FORCE_COLOR følges).")
@click.option("--stdin-filename", metavar="NAVN", default=None,
              help="Navnet på brevet der læses fra standard input (`-`): filtype, konfiguration og rapport.")
@click.option("--allow-empty", is_flag=True, help="Exit-kode 0 når ingen filer blev fundet (ellers 2).")
@click.option("--statistics", is_flag=True, help="Vis antal fund pr. regel (tekst og JSON).")
@click.option("-v", "--verbose", is_flag=True,
              help="Vis profil, afsender, begrundelse, forslag, tjekliste og oversprungne filer.")
@click.pass_context
def check(ctx, paths, profile, fmt, lang, fail_level, config_path, include, exclude, template, disable,
          output, baseline_path, changed_since, jobs, no_cache, sarif_root, progress, color, stdin_filename,
          allow_empty, statistics, verbose) -> None:
    """Tjek breve (.docx, .txt, .md) og mapper med breve; `-` læser et brev fra standard input."""
    from click.core import ParameterSource

    from linter.i18n import parse_severity_word
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
    from_env = ctx.get_parameter_source("disable") is ParameterSource.ENVIRONMENT
    results, lang, cfg_fail_level, runner = run_checks(
        paths, profile=profile, lang=lang, template=template, config_path=config_path, disable=disable,
        include=include, exclude=exclude, jobs=n_jobs, use_cache=not no_cache, changed_since=changed_since,
        progress=progress, allow_empty=allow_empty, stdin_name=stdin_filename,
        disabled_from="BREVLINT_DISABLE" if from_env else "--disable")
    fail_level = parse_severity_word(fail_level or cfg_fail_level)
    suppressed, notes = 0, []
    if baseline is not None:
        results, suppressed, notes = baseline.apply(results, lang)

    color = use_color(color)
    extra = {"lang": lang, "verbose": verbose, "root": sarif_root, "notes": notes, "suppressed": suppressed,
             "fail_level": fail_level, "skipped": runner.skipped, "statistics": statistics}
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
        click.echo(REPORTERS["text"](results, color=color, **extra), nl=False, color=color)
    elif fmt == "text":
        click.echo(REPORTERS["text"](results, color=color, **extra), nl=False, color=color)
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
        from linter.rule_docs import rule_message

        click.echo(json.dumps([{
            "id": r.id, "kind": r.kind, "severity": r.severity.label if r.severity else "off",
            "profiles": list(r.profiles), "message": rule_message(r, lang),
            "document_level": engine.kinds[r.id].document_level} for r in rows],
            ensure_ascii=False, indent=2))
        return
    from linter.i18n import kind_name, severity_name

    head = ("id", "type" if lang == "da" else "kind", "alvorlighed" if lang == "da" else "severity",
            "profiler" if lang == "da" else "profiles")
    off = "fra" if lang == "da" else "off"
    table = [head] + [(r.id, kind_name(r.kind, lang), severity_name(r.severity.label, lang) if r.severity else off,
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
    from linter.i18n import kind_name, severity_name
    from linter.rule_docs import example_lines, rule_message

    en = lang == "en"
    sev = severity_name(r.severity.label, lang) if r.severity else ("off" if en else "fra")
    click.echo(f"{r.id}  ({kind_name(r.kind, lang)}, {sev})")
    click.echo(f"{'Profiles' if en else 'Profiler'}: {', '.join(r.profiles)}")
    click.echo(f"{'Message' if en else 'Besked'}: {rule_message(r, lang)}")
    desc = (r.description_en or r.description) if en else (r.description or r.description_en)
    if desc:
        click.echo(f"{'Why' if en else 'Hvorfor'}: {desc}")
    src = r.source
    click.echo(f"{'Source' if en else 'Kilde'}: {src.get('document')}")
    click.echo(f"  »{src.get('quote')}«")
    if src.get("url"):
        click.echo(f"  {src['url']}")
    for line in example_lines(r, lang):
        click.echo(line)


if __name__ == "__main__":  # pragma: no cover
    main()
