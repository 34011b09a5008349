"""Interleaved cold starts of `brevlint check --no-cache` with different code trees, and `import spacy`.

    python bench/cold_ab.py RUNS LABEL=PYTHONPATH [LABEL=PYTHONPATH ...]

Each side runs `python -m linter.cli` with its PYTHONPATH from /tmp (so the current directory does
not shadow it), in turn with the others (A B C A B C ...). Prints the median and minimum wall and the
median CPU (user + system) of each, and their ratios to `import spacy`. A side whose tree holds
compiled bytecode (`python -m compileall TREE/linter`) shows what an installed brevlint pays.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

LETTER = Path(__file__).resolve().parent.parent / "examples" / "brev-til-jobcenter.txt"


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    w0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd="/tmp", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - w0, ru.ru_utime + ru.ru_stime


def main() -> None:
    n = int(sys.argv[1])
    cmds = {"spacy": ([sys.executable, "-c", "import spacy"], dict(os.environ))}
    for arg in sys.argv[2:]:
        label, path = arg.split("=", 1)
        cmds[label] = ([sys.executable, "-m", "linter.cli", "check", "--no-cache", str(LETTER)],
                       {**os.environ, "PYTHONPATH": path})
    for cmd, env in cmds.values():  # warm-up: file cache, the start-up caches
        run(cmd, env)
    res: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in cmds}
    for _ in range(n):
        for k, (cmd, env) in cmds.items():
            w, c = run(cmd, env)
            res[k][0].append(w)
            res[k][1].append(c)
    sw, sc = statistics.median(res["spacy"][0]), statistics.median(res["spacy"][1])
    for k, (w, c) in res.items():
        print(f"{k:10s} wall med {statistics.median(w):.3f} min {min(w):.3f}  cpu med {statistics.median(c):.3f}"
              f"  ratio wall {statistics.median(w) / sw:.2f} cpu {statistics.median(c) / sc:.2f}")
    print("load", os.getloadavg())


if __name__ == "__main__":
    main()
