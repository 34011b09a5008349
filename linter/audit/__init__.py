"""Archive audit (issue 16): guidance compliance over many letters, as Parquet counts and a report.

Modules: `sources` (which letters, from folders or a case-system manifest), `letter` (the
per-letter function every engine runs: counts only, never text), `engines` (serial and the local
process pool) and `dask_engine` (Dask), `store` (Parquet datasets, resume, summary.json),
`queries` (DuckDB aggregates shared by the report, the CSV tables and the tests) and `report`.
Only `options` and `sources` import nothing beyond the standard library and brevlint itself.
"""

from __future__ import annotations

import importlib.util

EXTRA_HINT = "pip install 'brevlint[audit]'"


def missing_modules(*modules: str) -> list[str]:
    """Which of the optional extra's modules are not installed."""
    missing = []
    for m in modules:
        try:
            if importlib.util.find_spec(m) is None:
                missing.append(m)
        except (ImportError, ValueError):  # blocked, or a broken install
            missing.append(m)
    return missing
