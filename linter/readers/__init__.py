"""Readers turn a file into a Document of located blocks, chosen by file type."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from linter.errors import InputError
from linter.model import Document
from linter.readers.limits import Limits

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCX_SUFFIXES

UNSUPPORTED_FORMATS = _UNSUPPORTED = {
    ".doc": ("Word 97-2003 (.doc)", "Word 97-2003 (.doc)"),
    ".dot": ("Word 97-2003-skabelon (.dot)", "Word 97-2003 template (.dot)"),
    ".odt": ("OpenDocument-tekst (.odt)", "OpenDocument text (.odt)"),
    ".rtf": ("RTF", "RTF"),
    ".pdf": ("PDF", "PDF"),
}  # letter formats brevlint names when it meets them (a folder's .doc is listed as skipped)


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
    data = _read_bounded(p, shown, limits)
    return read_bytes(data, suffix, shown, limits)


def _unreadable(shown: str, exc: OSError) -> InputError:
    reason = exc.strerror or type(exc).__name__
    return InputError(f"{shown}: filen kan ikke læses ({reason})", f"{shown}: cannot read the file ({reason})",
                      code="unreadable")


def _read_bounded(p: Path, shown: str, limits: Limits) -> bytes:
    """Read a regular file of at most `max_file_bytes`, never more into memory.

    FIFOs, devices and sockets are refused *before* opening them (opening a FIFO
    blocks until a writer appears; /dev/zero never ends)."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if os.path.islink(p):
            raise InputError(f"{shown}: symbolsk link peger på en fil der ikke findes",
                             f"{shown}: dangling symbolic link", code="symlink-loop") from None
        raise InputError(f"{shown}: filen findes ikke", f"{shown}: file not found", code="not-found") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{shown}: symbolsk link peger i ring", f"{shown}: symbolic link loop",
                             code="symlink-loop") from None
        raise _unreadable(shown, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{shown}: er en mappe", f"{shown}: is a directory", code="is-directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown}: er ikke en almindelig fil (enhed, FIFO eller socket)",
                         f"{shown}: is not a regular file (device, FIFO or socket)", code="not-regular-file")
    too_large = InputError(
        f"{shown}: filen er for stor ({st.st_size} byte; grænsen er {limits.max_file_bytes}, max_file_bytes)",
        f"{shown}: file too large ({st.st_size} bytes; the limit is {limits.max_file_bytes}, max_file_bytes)",
        code="too-large",
    )
    if st.st_size > limits.max_file_bytes:
        raise too_large
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise _unreadable(shown, exc) from None
    if len(data) > limits.max_file_bytes:
        raise too_large
    return data


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
