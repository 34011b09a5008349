"""Atomic writes: a temp file beside the target, then rename; never a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from linter.errors import BrevlintError


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """`mode`: the permission bits the file gets (e.g. those of the file it replaces)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if mode is not None:
                os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def check_output_path(output: Path, inputs: list[str]) -> None:
    """Refuse a report path that is one of the inputs (or a folder): nothing the user
    gave is ever overwritten."""
    output = Path(output)
    if output.is_dir():
        raise BrevlintError(f"{output}: er en mappe – angiv en fil til rapporten",
                            f"{output}: is a directory – give a file for the report", code="output")
    try:
        target = os.stat(output)
    except OSError:
        return  # nothing there to overwrite
    for raw in inputs:
        try:
            st = os.stat(raw)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
            raise BrevlintError(
                f"{output}: rapporten må ikke overskrive en af filerne der tjekkes",
                f"{output}: the report must not overwrite one of the files being checked", code="output")
