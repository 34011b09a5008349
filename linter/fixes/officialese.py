"""The fix of a `substitute` finding: the plain word inflected like the matched form, in its case.

What is safe is data (`lexicons/kancellisprog-fixes.yaml`): a replacement is written only where it
is inflected for the matched form and fits wherever that form stands; a multi-word unit ("bedes
De" → "beder vi Dem") is replaced as a whole so the sentence keeps its word order. Everything else
is display-only: the plain word is shown, never applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.errors import ConfigError
from linter.fixes import DISPLAY_ONLY, SAFE, make_fix, match_case
from linter.lexicons import TermEntry

_WORD = r"[^\W\d_]+"


@dataclass(frozen=True, slots=True)
class Unit:
    pattern: re.Pattern
    text: str


def _bad(key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"kancellisprog-fixes: nøgle '{key}': {da}", f"kancellisprog-fixes: key '{key}': {en}",
                       code="bad-lexicon")


def _unit(key: str, spec: object) -> Unit:
    if not isinstance(spec, dict) or not isinstance(spec.get("words"), str) or not isinstance(spec.get("text"), str):
        raise _bad(key, "skal have 'words' og 'text'", "needs 'words' and 'text'")
    words = spec["words"].replace(",", " , ").split()
    body = ""
    for i, word in enumerate(words):
        if i:
            body += r"[^\S\n]*" if word == "," else r"[^\S\n]+"
        body += f"({_WORD})" if word == "_" else re.escape(word)
    if words[0] != ",":
        body = r"(?<!\w)" + body
    flags = 0 if spec.get("exact") else re.IGNORECASE
    return Unit(re.compile(rf"{body}(?!\w)", flags), spec["text"])


class OfficialeseFixer:
    """Fixes for one term lexicon, from its `fixes_for` data (None: every fix is display-only)."""

    def __init__(self, table: dict[str, TermEntry], data: dict | None) -> None:
        data = data or {}
        self.table = table
        self.safe: dict[str, object] = dict(data.get("safe") or {})
        self.text: dict[str, str] = dict(data.get("text") or {})
        self.not_before: dict[str, list[str]] = dict(data.get("not_before") or {})
        self.units: dict[str, list[Unit]] = {
            term: [_unit(f"units.{term}[{i}]", spec) for i, spec in enumerate(specs or [])]
            for term, specs in (data.get("units") or {}).items()}
        for key in (*self.safe, *self.text, *self.units, *self.not_before):
            if key not in table:
                raise _bad(key, "er ikke et opslagsord i leksikonet", "is not a headword of the lexicon")

    def inflected(self, entry: TermEntry, matched: str) -> tuple[list[str], bool]:
        """The replacements for the matched form, and whether they are inflected for it."""
        form = " ".join(matched.lower().split())
        written = [f.lower() for f in entry.data.get("forms") or [entry.term]]
        if form not in written and form.endswith("s") and form[:-1] in entry.forms:
            # a genitive the lexicon loader added: the base form's words with an s, shown, never applied
            reps, _ = self.inflected(entry, matched[:-1])
            return [r if " " in r or r.endswith("s") else r + "s" for r in reps], False
        by_form = entry.data.get("form_replacements") or {}
        if form in by_form:
            reps = list(by_form[form])
            return [self.text.get(entry.term, reps[0]) if form == entry.term else reps[0], *reps[1:]], True
        reps = entry.replacements
        same = form == entry.term or not by_form  # an entry without inflections is invariant (adverbs, …)
        if same and entry.term in self.text:
            reps = [self.text[entry.term], *[r for r in reps if r != self.text[entry.term]]]
        return reps, same

    def replacements(self, entry: TermEntry, matched: str) -> list[str]:
        reps, _ = self.inflected(entry, matched)
        return [match_case(matched, r) for r in reps]

    def fix(self, entry: TermEntry, block_text: str, offset: int, length: int) -> dict | None:
        matched = block_text[offset:offset + length]
        for unit in self.units.get(entry.term, ()):
            for m in unit.pattern.finditer(block_text):
                if m.start() <= offset and m.end() >= offset + length:
                    text = unit.text.format("", *m.groups())
                    return make_fix([(m.start(), m.end() - m.start(), _unit_case(block_text, m, text))], SAFE)
        reps, inflected = self.inflected(entry, matched)
        if not reps:
            return None
        edit = [(offset, length, match_case(matched, reps[0]))]
        safe = self.safe.get(entry.term)
        form = " ".join(matched.lower().split())
        ok = inflected and (safe == "all" or (isinstance(safe, list) and form in safe))
        after = block_text[offset + length:].lstrip()
        if ok and any(after.startswith(s) for s in self.not_before.get(entry.term, ())):
            ok = False
        return make_fix(edit, SAFE if ok else DISPLAY_ONLY)


def _unit_case(block_text: str, m: re.Match, text: str) -> str:
    """A unit starts with a capital where a sentence starts ("Du bedes" → "Vi beder dig"), never
    because its first word is a capitalised pronoun ("… og I bedes" → "… og vi beder jer")."""
    original = m.group(0)
    if sum(c.isupper() for c in original) > 1 and original.upper() == original:
        return text.upper()
    before = block_text[:m.start()].rstrip()
    if (not before or before[-1] in ".!?:") and original[:1].isupper():
        return text[:1].upper() + text[1:]
    return text
