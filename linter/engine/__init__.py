"""Rule engine: load and validate YAML rules, run them on an Analysis."""
