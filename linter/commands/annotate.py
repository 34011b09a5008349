"""`brevlint annotate brev.docx`: an annotated copy with one Word comment per finding."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from linter.errors import BrevlintError


def _msg(lang: str, da: str, en: str) -> str:
    return en if lang == "en" else da


def _fail(text: str) -> None:
    click.echo(f"brevlint: {text}", err=True)
    sys.exit(EXIT_ERROR)


@click.command("annotate")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Kopiens sti (standard: BREV.brevlint.docx ved siden af brevet).")
@click.option("--force", is_flag=True, help="Overskriv en eksisterende kopi.")
@click.option("--profile", type=click.Choice(["sundhed-til-job", "job-til-sundhed", "generel"]), default=None)
@click.option("--template/--letter", "template", default=None,
              help="Tjek som skabelon (pladsholdere er tilladt) eller som færdigt brev.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--lang", type=click.Choice(["da", "en"]), default=None, help="Sprog for kommentarerne.")
def annotate(path: Path, output: Path | None, force: bool, profile, template, config_path, lang) -> None:
    """Skriv en kopi af et Word-brev med en kommentar ved hvert fund."""
    from linter.annotate import annotate_docx, default_output
    from linter.atomic import write_atomic
    from linter.model import Severity
    from linter.readers import DOCX_SUFFIXES, read_document
    from linter.reporters import REPORTERS
    from linter.runner import Runner, RunOptions

    lang0 = lang or "da"
    if path.suffix.lower() not in DOCX_SUFFIXES:
        _fail(_msg(lang0, f"{path}: annotate kræver et Word-dokument (.docx, .docm, .dotx, .dotm)",
                   f"{path}: annotate needs a Word document (.docx, .docm, .dotx, .dotm)"))
    out = output or default_output(path)
    try:
        runner = Runner(RunOptions(profile=profile, lang=lang0, template=template, config_path=config_path))
        cfg = runner.config_for(str(path))
        lang = lang or cfg.lang or "da"
        runner.opts.lang = lang
        engine = runner.engine_for(cfg)
        doc = read_document(path, cfg.limits)
        data = path.read_bytes()
    except BrevlintError as exc:
        _fail(exc.message(lang or lang0))
    except OSError as exc:
        _fail(_msg(lang0, f"{path}: filen kan ikke læses ({exc.strerror})",
                   f"{path}: cannot read the file ({exc.strerror})"))
    if out.resolve() == path.resolve():
        _fail(_msg(lang, f"{out}: kopien må ikke erstatte originalen – vælg en anden sti med -o",
                   f"{out}: the copy must not replace the original – choose another path with -o"))
    if out.exists() and not force:
        _fail(_msg(lang, f"{out}: filen findes allerede – brug --force for at overskrive den eller -o for en anden sti",
                   f"{out}: the file already exists – use --force to overwrite it or -o for another path"))
    result = engine.check_document(doc, cfg=cfg, profile=profile, lang=lang, template=template)
    try:
        annotated, written = annotate_docx(data, doc, result, lang)
        write_atomic(out, annotated)
    except OSError as exc:
        _fail(_msg(lang, f"{out}: kopien kan ikke skrives ({exc.strerror})",
                   f"{out}: cannot write the copy ({exc.strerror})"))
    except Exception as exc:  # python-docx cannot edit every file brevlint can read (e.g. Strict Open XML)
        _fail(_msg(lang, f"{path}: Word-filen kan læses, men ikke kommenteres ({type(exc).__name__}) – "
                   "gem den som almindelig .docx i Word og prøv igen",
                   f"{path}: the Word file can be read but not annotated ({type(exc).__name__}) – "
                   "save it as a normal .docx in Word and try again"))
    click.echo(REPORTERS["text"]([result], lang=lang, color=False, verbose=False, summary=False), nl=False)
    click.echo(_msg(lang, f"{out}: {written} kommentar(er) skrevet", f"{out}: {written} comment(s) written"))
    level = Severity.parse(cfg.fail_level or "warning")
    sys.exit(EXIT_FINDINGS if any(f.severity >= level for f in result.findings) else EXIT_CLEAN)
