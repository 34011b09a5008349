"""Readers turn a file into a Document of located blocks, chosen by file type."""

from __future__ import annotations

from pathlib import Path

from linter.errors import InputError
from linter.model import Document
from linter.readers.limits import Limits

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCX_SUFFIXES

_UNSUPPORTED = {
    ".doc": ("Word 97-2003 (.doc)", "Word 97-2003 (.doc)"),
    ".dot": ("Word 97-2003-skabelon (.dot)", "Word 97-2003 template (.dot)"),
    ".odt": ("OpenDocument-tekst (.odt)", "OpenDocument text (.odt)"),
    ".rtf": ("RTF", "RTF"),
    ".pdf": ("PDF", "PDF"),
}


def read_document(path: str | Path, limits: Limits | None = None, *, display: str | None = None) -> Document:
    """Read `path` into a Document; raise InputError with a clear reason."""
    p = Path(path)
    shown = display or str(path)
    limits = limits or Limits()
    suffix = p.suffix.lower()
    if suffix in _UNSUPPORTED:
        da, en = _UNSUPPORTED[suffix]
        raise InputError(
            f"{shown}: formatet {da} understøttes ikke – gem filen som .docx i Word og prøv igen",
            f"{shown}: the {en} format is not supported – save the file as .docx in Word and try again",
            code="unsupported-format",
        )
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{shown}: filen findes ikke", f"{shown}: file not found",
                         code="not-found") from None
    except OSError as exc:
        raise InputError(f"{shown}: filen kan ikke læses ({exc.strerror})",
                         f"{shown}: cannot read the file ({exc.strerror})", code="unreadable") from None
    if p.is_dir():
        raise InputError(f"{shown}: er en mappe", f"{shown}: is a directory", code="is-directory")
    if size > limits.max_file_bytes:
        raise InputError(
            f"{shown}: filen er for stor ({size} byte; grænsen er {limits.max_file_bytes})",
            f"{shown}: file too large ({size} bytes; the limit is {limits.max_file_bytes})",
            code="too-large",
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: filen kan ikke læses ({exc.strerror})",
                         f"{shown}: cannot read the file ({exc.strerror})", code="unreadable") from None
    return read_bytes(data, suffix, shown, limits)


def read_bytes(data: bytes, suffix: str, shown: str, limits: Limits | None = None) -> Document:
    limits = limits or Limits()
    suffix = suffix.lower()
    if suffix in DOCX_SUFFIXES:
        from linter.readers.docx_reader import read_docx

        doc = read_docx(data, shown, limits)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        from linter.readers.text import read_text

        doc = read_text(data, shown, limits, markdown=suffix in {".md", ".markdown"})
    else:
        raise InputError(
            f"{shown}: filtypen '{suffix}' understøttes ikke (brug .docx, .txt eller .md)",
            f"{shown}: file type '{suffix}' is not supported (use .docx, .txt or .md)",
            code="unsupported-format",
        )
    limits.check_document(doc, shown)
    return doc
