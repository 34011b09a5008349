"""Shared helpers for the hostile-input tests: a good letter and a CLI subprocess runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sample_letter import GOOD, PHONE_LINE

# A complete letter except for the sender's phone number: `kontakt.telefon` must be
# reported for it in every batch, proving the batch went on past the bad file.
GOOD_LETTER = GOOD.replace(PHONE_LINE + "\n", "")
GOOD_RULE = "kontakt.telefon"


# a user's rule pack with one placeholder pattern (YAML-quote the pattern yourself)
PLACEHOLDER_RULE = """id: egen.pladsholder
kind: placeholder
profiles: all
severity: error
message: Pladsholder er ikke udfyldt.
message_en: Placeholder is not filled in.
source:
  document: egen
  quote: 'ingen tomme felter'
params:
  patterns:
  - {pattern}
"""


def cli(*args: str, cwd: Path, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python -m linter.cli` in a subprocess (a hang fails with TimeoutExpired)."""
    full_env = {**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}
    return subprocess.run([sys.executable, "-m", "linter.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=full_env)
