"""`brevlint baseline create`: record today's findings so the gate reports only new ones."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from linter.cli import EXIT_ERROR, _check_output, _fail, _jobs, run_checks


@click.group("baseline")
def baseline() -> None:
    """Baseline: accepter eksisterende fund, så kun nye fund rapporteres."""


@baseline.command("create")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("brevlint-baseline.json"),
              show_default=True, help="Baseline-filen der skrives.")
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]))
@click.option("--lang", type=click.Choice(["da", "en"]), default=None)
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--include", multiple=True)
@click.option("--exclude", multiple=True)
@click.option("--template/--letter", "template", default=None)
@click.option("--disable", multiple=True)
@click.option("-j", "--jobs", default=None, metavar="N")
@click.option("--no-cache", is_flag=True)
def create(paths, output, profile, lang, config_path, include, exclude, template, disable, jobs,
           no_cache) -> None:
    """Skriv de nuværende fund (fingeraftryk, regel, sti, antal – ingen brevtekst) til en baseline."""
    from linter.atomic import write_atomic
    from linter.baseline import build_baseline
    from linter.i18n import count

    paths = paths or (".",)
    _check_output(output, paths, lang)
    try:
        n_jobs = _jobs(jobs)
    except ValueError:
        _fail(f"--jobs: '{jobs}'")
    results, lang, _, _ = run_checks(paths, profile=profile, lang=lang, template=template,
                                     config_path=config_path, disable=disable, include=include,
                                     exclude=exclude, jobs=n_jobs, use_cache=not no_cache)
    data = build_baseline(results, output)
    try:
        write_atomic(output, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    except OSError as exc:
        _fail(f"{output}: {exc.strerror}")
    n = sum(e["count"] for e in data["findings"])
    errors = [r for r in results if r.error]
    for r in errors:
        click.echo(r.error["message"], err=True)  # the message names the file
    checked = count(len(results) - len(errors), "file", lang)
    click.echo(f"baseline: {count(n, 'finding', lang)} in {checked} written to {output}" if lang == "en"
               else f"baseline: {count(n, 'finding', lang)} i {checked} skrevet til {output}")
    sys.exit(EXIT_ERROR if errors else 0)
