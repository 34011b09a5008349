"""brevlint: Danish linter for letters between the health sector and the job centre."""

__version__ = "0.1.0"
