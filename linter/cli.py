"""The `brevlint` command: check, rules, explain."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter import __version__
from linter.errors import BrevlintError
from linter.model import Severity

FORMATS = ["text", "json"]
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


# Commands that live in their own modules, imported only when used (keeps start-up fast).
LAZY_COMMANDS: dict[str, str] = {
    # "name": "module:attribute",
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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]),
              help="Brevets profil (ellers fra konfiguration eller genkendt i brevet).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
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
@click.option("--color/--no-color", default=None, help="Farver (standard: kun i en terminal).")
@click.option("-v", "--verbose", is_flag=True, help="Vis profil, begrundelse og forslag.")
def check(paths, profile, fmt, lang, fail_level, config_path, include, exclude, template, disable,
          output, color, verbose) -> None:
    """Tjek breve (.docx, .txt, .md) og mapper med breve."""
    from linter.files import expand_paths
    from linter.reporters import REPORTERS
    from linter.runner import Runner, RunOptions

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
    fail_level = fail_level or (cfg0.fail_level if cfg0 and cfg0.fail_level else "warning")
    inc = list(include) or (cfg0.include if cfg0 else [])
    exc_globs = list(exclude) or (cfg0.exclude if cfg0 else [])
    files = expand_paths(list(paths), inc, exc_globs)
    results = [runner.check_file(p, problem) for p, problem in files]

    if color is None:
        color = sys.stdout.isatty()
    render = REPORTERS[fmt]
    out = render(results, lang=lang, color=color and fmt == "text", verbose=verbose)
    if output:
        from linter.atomic import write_atomic

        write_atomic(output, out.encode("utf-8"))
        if fmt != "text":
            click.echo(REPORTERS["text"](results, lang=lang, color=color, verbose=verbose), nl=False)
    else:
        click.echo(out, nl=False)
    level = Severity.parse(fail_level)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if any(f.severity >= level for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


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
