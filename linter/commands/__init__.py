"""Subcommands that live in their own modules (registered lazily in linter.cli)."""
