"""Resource limits for reading untrusted files (configurable; see docs/security.md)."""

from __future__ import annotations

from dataclasses import dataclass

from linter.errors import InputError


@dataclass(slots=True)
class Limits:
    max_file_bytes: int = 20 * 1024 * 1024
    max_decompressed_bytes: int = 100 * 1024 * 1024
    max_paragraphs: int = 50_000
    max_characters: int = 2_000_000
    time_budget_seconds: float = 30.0

    def check_document(self, doc, shown: str) -> None:
        if len(doc.blocks) > self.max_paragraphs:
            raise InputError(
                f"{shown}: dokumentet har {len(doc.blocks)} afsnit; grænsen er {self.max_paragraphs}",
                f"{shown}: the document has {len(doc.blocks)} paragraphs; the limit is "
                f"{self.max_paragraphs}",
                code="too-many-paragraphs",
            )
        chars = sum(len(b.text) for b in doc.blocks)
        if chars > self.max_characters:
            raise InputError(
                f"{shown}: dokumentet har {chars} tegn; grænsen er {self.max_characters}",
                f"{shown}: the document has {chars} characters; the limit is {self.max_characters}",
                code="too-many-characters",
            )

    @classmethod
    def from_mapping(cls, data: dict) -> Limits:
        lim = cls()
        for key, value in data.items():
            setattr(lim, key, type(getattr(lim, key))(value))
        return lim
