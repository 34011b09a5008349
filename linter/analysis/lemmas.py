"""Lookup lemmas trimmed to what the rules need, with a compound-aware fallback.

The full Danish table of spacy-lookups-data has ~550k forms and costs ~0.6 s and
much memory to load. Rules only ever compare lemmas that occur in lexicons, so we
keep the forms whose lemma is one of those, cache that small table on disk (keyed
by the lemma set; no letter text) and load it in milliseconds.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from pathlib import Path

from linter.data import cache_dir as cache_dir  # where the table is cached (re-exported)

_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _lookup_path() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"


def _full_table() -> dict[str, str]:
    with gzip.open(_lookup_path(), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _scan_table(wanted: set[str]) -> dict[str, str]:
    """The pairs of the (flat) lookup object whose lemma is wanted, without building the
    whole ~550k-entry dict (that costs ~150 MB more peak memory on the first run)."""
    with gzip.open(_lookup_path(), "rt", encoding="utf-8") as fh:
        text = fh.read()
    out: dict[str, str] = {}
    for m in _PAIR.finditer(text):
        form, lemma = m.group(1), m.group(2)
        if "\\" in form or "\\" in lemma:
            form, lemma = json.loads(f'"{form}"'), json.loads(f'"{lemma}"')
        if lemma in wanted and form != lemma:
            out[form] = lemma
    return out


def trimmed_table(wanted: set[str]) -> dict[str, str]:
    digest = hashlib.sha256("\n".join(sorted(wanted)).encode()).hexdigest()[:16]
    cdir = cache_dir()
    cfile = cdir / f"lemmas-{digest}.json" if cdir else None
    if cfile and cfile.is_file():
        try:
            return json.loads(cfile.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    table = _scan_table(wanted)
    if cfile:
        try:
            cfile.parent.mkdir(parents=True, exist_ok=True)
            tmp = cfile.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cfile)
        except OSError:
            pass  # a read-only home is fine: we just recompile next time
    return table


class Lemmatizer:
    """lemma(lower_form) -> lemma; unknown compounds take the lemma of their head."""

    MIN_HEAD = 4
    MIN_MODIFIER = 3

    def __init__(self, table: dict[str, str], known_lemmas: set[str]):
        self.table = table
        self.known = known_lemmas
        self._memo: dict[str, str] = {}
        self._words = None  # pipeline._Words: per token text, its table row (set by set_lemmas)
        # a head longer than the longest table key cannot match: keeps a hostile
        # 1 MB "word" linear instead of quadratic (see docs/security.md)
        self._longest = max(map(len, table), default=0)

    def __call__(self, word: str) -> str:
        hit = self._memo.get(word)
        if hit is not None:
            return hit
        lemma = self.table.get(word)
        if lemma is None:
            lemma = word
            if word not in self.known and word.isalpha():
                for i in range(max(self.MIN_MODIFIER, len(word) - self._longest), len(word) - self.MIN_HEAD + 1):
                    head = word[i:]
                    if head in self.table:
                        lemma = word[:i] + self.table[head]
                        break
        if len(self._memo) < 200_000:
            self._memo[word] = lemma
        return lemma
