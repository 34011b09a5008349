"""Danish analysis, run once per document and shared by every rule."""
