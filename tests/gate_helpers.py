"""Letters and helpers shared by the gate tests (reporters, baseline, runner, git)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main

LETTER = """Sundhedscenter Lindeby
Parkvej 2, 6600 Lindeby

Til: Jobcenter Lindeby

Kære Sofie Berg

Ole Hansen har givet samtykke til, at jeg skriver til dig.

Ole arbejder som lagermedarbejder og løfter kasser på op til 20 kg.

Han har en diskusprolaps og kan løfte 10 kg fra bordhøjde og sidde i 30 minutter ad gangen.

Såfremt det er muligt, bør han ikke løfte mere end 10 kg de næste fire uger. Forløbet slutter 27. marts 2026.

Jeg forventer, at han kan vende tilbage til sit job på fuld tid.

Med venlig hilsen

Marie Jensen
Fysioterapeut
marie.jensen@lindeby.dk
"""


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def git(repo: Path, *args: str) -> str:
    out = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid",
                          "-c", "commit.gpgsign=false", *args],
                         cwd=repo, check=True, capture_output=True, text=True)
    return out.stdout
