"""`brevlint audit run|report`: guidance compliance over an archive (linter/audit/, docs/audit.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter.audit import EXTRA_HINT, missing_modules
from linter.errors import BrevlintError

EXIT_ERROR = 2
BASE_MODULES = ("duckdb", "altair", "vl_convert")
DASK_MODULES = ("dask", "distributed")


def _msg(lang: str, da: str, en: str) -> str:
    return en if lang == "en" else da


def _fail(msg: str) -> None:
    click.echo(f"brevlint: {msg}", err=True)
    sys.exit(EXIT_ERROR)


def _need(lang: str, modules: tuple[str, ...]) -> None:
    missing = missing_modules(*modules)
    if missing:
        _fail(_msg(lang, f"audit kræver de valgfrie pakker ({', '.join(missing)}): {EXTRA_HINT}",
                   f"audit needs the optional packages ({', '.join(missing)}): {EXTRA_HINT}"))


@click.group()
def audit() -> None:
    """Revision af et helt brevarkiv: overholdelse af vejledningen som tal (Parquet) og rapport."""


@audit.command("run")
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="CSV/Parquet fra sagssystemet: path (eller id+path), sender, team, date, direction.")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Mappe til letters/, rules/, summary.json og report.html.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
              help="local: procespulje på denne maskine (standard); dask: Dask-klynge.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Antal processer/Dask-workers.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786", help="En kørende Dask-scheduler.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Breve pr. opgave (standard 16).")
@click.option("--force", is_flag=True, help="Tjek alle breve igen (ellers springes uændrede breve over).")
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]), default=None)
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", help="Sprog for beskeder og rapport.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--include", multiple=True, help="Glob for filer der skal med (kan gentages).")
@click.option("--exclude", multiple=True, help="Glob for filer der springes over (kan gentages).")
@click.option("--template/--letter", "template", default=None)
@click.option("--disable", multiple=True, help="Slå en regel fra (kan gentages).")
@click.option("--min-group", type=click.IntRange(min=1), default=None,
              help="Grupper med færre breve vises som '<N' i rapporten (standard 5).")
@click.option("--progress/--no-progress", default=None)
def run_cmd(sources, manifest, out, engine, workers, scheduler, batch_size, force, profile, lang, config_path,
            include, exclude, template, disable, min_group, progress) -> None:
    """Tjek et arkiv af breve og skriv tællinger (aldrig tekst) som Parquet, summary.json og report.html."""
    if not sources and manifest is None:
        _fail(_msg(lang, "angiv mapper/filer eller --manifest FIL", "give folders/files or --manifest FILE"))
    if sources and manifest is not None:
        _fail(_msg(lang, "angiv enten mapper/filer eller --manifest, ikke begge",
                   "give either folders/files or --manifest, not both"))
    _need(lang, BASE_MODULES)
    from linter.audit.run import EngineChoice, audit_run, cpu_count
    from linter.audit.sources import from_manifest, from_paths
    from linter.files import expand_paths
    from linter.runner import Runner, RunOptions

    try:
        opts = RunOptions(profile=profile, lang=lang, template=template, config_path=config_path,
                          disabled=set(disable))
        probe = Runner(opts)
        first = str(manifest) if manifest is not None else sources[0]
        cfg = probe.fixed or probe.config_for(first)
    except BrevlintError as exc:
        _fail(exc.message(lang))
    conf = cfg.audit
    choice = EngineChoice(name=engine or conf.get("engine", "local"),
                          scheduler=scheduler or conf.get("scheduler"),
                          batch_size=batch_size or conf.get("batch_size", 16))
    choice.workers = workers or conf.get("workers") or cpu_count()
    if choice.scheduler and choice.name != "dask":
        choice.name = "dask"  # a scheduler address only makes sense for Dask
    if choice.name == "dask":
        _need(lang, DASK_MODULES)
    if manifest is not None and not manifest.is_file():
        _fail(_msg(lang, f"{manifest}: manifestet findes ikke", f"{manifest}: the manifest does not exist"))
    files = None
    if manifest is None:
        files = expand_paths(list(sources), list(include) or cfg.include, list(exclude) or cfg.exclude)
        if not files:
            _fail(_msg(lang, f"ingen breve at revidere i {', '.join(sources)}",
                       f"no letters to audit in {', '.join(sources)}"))

    def items_for(salt: bytes):
        return from_manifest(manifest, salt) if manifest is not None else from_paths(files, salt)

    paths: dict[str, str] = {}
    failed: list[tuple[str, str]] = []

    def note_errors(rows) -> None:
        failed.extend((r["letter"], r["error"]) for r in rows[0] if r["error"])

    try:
        result, stats = audit_run(lambda salt: _remember(items_for(salt), paths), out, opts, choice, force=force,
                                  on_batch=note_errors,
                                  progress=bool(sys.stderr.isatty() if progress is None else progress))
    except BrevlintError as exc:
        _fail(exc.message(lang))
    from linter.audit.report import write_report

    report = write_report(out, out / "report.html", min_group=min_group or conf.get("min_group", 5), lang=lang)
    click.echo(_msg(lang,
                    f"{result['letters']} breve i revisionen ({stats.checked} tjekket nu, {stats.skipped} uændrede "
                    f"sprunget over), {result['findings']} fund, {sum(result['errors'].values())} "
                    f"kunne ikke læses → {out} ({report.name})",
                    f"{result['letters']} letters in the audit ({stats.checked} checked now, {stats.skipped} unchanged "
                    f"skipped), {result['findings']} findings, {sum(result['errors'].values())} could not be read "
                    f"→ {out} ({report.name})"))
    for letter, code in failed[:10]:  # on the terminal only: outputs never name a letter
        click.echo(f"brevlint: {paths.get(letter, letter)}: {code}", err=True)
    if result["errors"]:
        codes = ", ".join(f"{code}: {n}" for code, n in result["errors"].items())
        _fail(_msg(lang, f"{sum(result['errors'].values())} breve kunne ikke tjekkes ({codes}); "
                         "se kolonnen error i letters/",
                   f"{sum(result['errors'].values())} letters could not be checked ({codes}); "
                   "see the error column in letters/"))


def _remember(items, paths: dict[str, str]):
    for item in items:
        paths[item.letter] = item.path
    return items


@audit.command("report")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Rapportfil (standard: FOLDER/report.html; med --format csv en mappe).")
@click.option("--format", "fmt", type=click.Choice(["html", "csv"]), default="html", show_default=True)
@click.option("--min-group", type=click.IntRange(min=1), default=5, show_default=True,
              help="Grupper med færre breve vises som '<N'.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da")
def report_cmd(folder, output, fmt, min_group, lang) -> None:
    """Skriv revisionens rapport (én selvstændig HTML-fil) eller CSV-tabeller fra FOLDER."""
    _need(lang, BASE_MODULES)
    from linter.audit.queries import has_rows

    if not has_rows(folder, "letters"):
        _fail(_msg(lang, f"{folder}: ingen revision her (kør brevlint audit run … --out {folder})",
                   f"{folder}: no audit here (run brevlint audit run … --out {folder})"))
    if fmt == "csv":
        from linter.audit.report import write_csv

        target = output or folder / "csv"
        written = write_csv(folder, target, min_group=min_group)
        click.echo(_msg(lang, f"{len(written)} CSV-tabeller → {target}", f"{len(written)} CSV tables → {target}"))
        return
    from linter.audit.report import write_report

    target = write_report(folder, output or folder / "report.html", min_group=min_group, lang=lang)
    click.echo(_msg(lang, f"rapport → {target}", f"report → {target}"))
