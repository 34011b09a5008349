"""`brevlint fix PATH…`: apply the findings' safe fixes to .txt, .md and Word files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from linter.errors import BrevlintError


def _msg(lang: str, da: str, en: str) -> str:
    return en if lang == "en" else da


@click.command("fix")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--unsafe-fixes", "unsafe", is_flag=True,
              help="Ret også det, der kræver et menneskes blik (fx en forklaring efter et fagudtryk).")
@click.option("--diff", is_flag=True, help="Vis rettelserne som diff uden at skrive noget.")
@click.option("--track-changes", is_flag=True,
              help="Word: skriv rettelserne som registrerede ændringer (forfatter »brevlint«).")
@click.option("--ignore", "ignore", multiple=True, metavar="REGEL",
              help="Skjul fundene af en regel (id eller glob) her i brevet: en undtagelse i dokumentet.")
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]), default=None)
@click.option("--template/--letter", "template", default=None)
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--disable", "disabled", multiple=True, help="Slå en regel fra (kan gentages).")
@click.option("--lang", type=click.Choice(["da", "en"]), default=None)
def fix(paths, unsafe: bool, diff: bool, track_changes: bool, ignore, profile, template, config_path, disabled,
        lang) -> None:
    """Ret fundene i brevene: kancellisprog med det almindelige ord i samme bøjning."""
    from linter.files import expand_paths
    from linter.fixes.run import fix_file
    from linter.model import Severity
    from linter.reporters import REPORTERS
    from linter.runner import Runner, RunOptions

    lang = lang or "da"
    runner = Runner(RunOptions(profile=profile, lang=lang, template=template, config_path=config_path,
                               disabled=set(disabled)))
    expanded = expand_paths([str(p) for p in paths], [], [])
    files = [p for p, problem in expanded if problem is None]
    errors = findings = applied = written = 0
    for path, problem in expanded:
        if problem:
            click.echo(_msg(lang, f"brevlint: {path}: symbolsk link peger i ring eller findes ikke",
                            f"brevlint: {path}: symbolic link loops or is dangling"), err=True)
            errors += 1
    if not files:
        click.echo(_msg(lang, "brevlint: ingen breve fundet", "brevlint: no letters found"), err=True)
        sys.exit(EXIT_ERROR)
    for path in files:
        try:
            cfg = runner.config_for(path)
            level = Severity.parse(cfg.fail_level or "warning")
            out = fix_file(path, runner, unsafe=unsafe, write=not diff, track_changes=track_changes,
                           ignore=list(ignore))
        except BrevlintError as exc:
            click.echo(f"brevlint: {exc.message(lang)}", err=True)
            errors += 1
            continue
        except OSError as exc:
            click.echo(_msg(lang, f"brevlint: {path}: filen kan ikke skrives ({exc.strerror})",
                            f"brevlint: {path}: cannot write the file ({exc.strerror})"), err=True)
            errors += 1
            continue
        applied += out.applied
        written += out.written
        if diff:
            click.echo(out.diff, nl=False)
        else:
            click.echo(REPORTERS["text"]([out.result], lang=lang, color=False, verbose=False, summary=False),
                       nl=False)
        findings += sum(1 for f in out.result.findings if f.severity >= level)
        note = ""
        if out.unsafe_left and not unsafe:
            note = _msg(lang, f"; {out.unsafe_left} mere med --unsafe-fixes",
                        f"; {out.unsafe_left} more with --unsafe-fixes")
        verb = _msg(lang, "ville rette" if diff else "rettet", "would fix" if diff else "fixed")
        if out.ignored:
            note += _msg(lang, f"; {out.ignored} undtagelse(r) skrevet", f"; {out.ignored} suppression(s) written")
        click.echo(f"{path}: {verb} {out.applied}{note}", err=True)
    click.echo(_msg(lang, f"{applied} rettelse(r) i {len(files)} fil(er), {written} fil(er) skrevet",
                    f"{applied} fix(es) in {len(files)} file(s), {written} file(s) written"), err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings else EXIT_CLEAN)
