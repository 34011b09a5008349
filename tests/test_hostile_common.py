"""Shared helpers for the hostile-input tests: a good letter and a CLI subprocess runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# A complete letter except for the sender's phone number: `kontakt.telefon` must be
# reported for it in every batch, proving the batch went on past the bad file.
GOOD_LETTER = """Sundhedscenter Lindeby
Parkvej 2, 6600 Lindeby

Til: Jobcenter Lindeby

Kære Sofie Berg

Ole Hansen har givet samtykke til, at jeg skriver til dig.

Ole arbejder som lagermedarbejder og løfter kasser på op til 20 kg.

Han kan løfte 10 kg fra bordhøjde og sidde i 30 minutter ad gangen.

Han bør ikke løfte mere end 10 kg de næste fire uger. Forløbet slutter 27. marts 2026.

Jeg forventer, at han kan vende tilbage til sit job på fuld tid.

Med venlig hilsen

Marie Jensen
Fysioterapeut
marie.jensen@lindeby.dk
"""
GOOD_RULE = "kontakt.telefon"


def cli(*args: str, cwd: Path, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python -m linter.cli` in a subprocess (a hang fails with TimeoutExpired)."""
    full_env = {**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}
    return subprocess.run([sys.executable, "-m", "linter.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=full_env)
