"""The letter model's Danish cue words, loaded from `lexicons/letter/*.yaml` and validated.

Each file is a lexicon named `letter-<what>` with `name`, `description`, `sources` and one or
both of `words` (a list of strings, compared in lower case) and `patterns` (regular
expressions; each goes through the backtracking check of `linter/engine/regex_check.py`). A
file that breaks the schema stops the engine at load with the file and key named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.engine.regex_check import check_regex
from linter.errors import ConfigError

PREFIX = "letter-"
_ALLOWED = {"name", "description", "sources", "words", "patterns"}


@dataclass(frozen=True, slots=True)
class CueSet:
    name: str
    words: frozenset[str]
    pattern: re.Pattern | None  # the patterns as one alternation, anchored where the caller matches

    def matches_start(self, text: str) -> bool:
        return bool(self.pattern and self.pattern.match(text))


def _err(name: str, key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"leksikon '{name}': nøgle '{key}': {da}", f"lexicon '{name}': key '{key}': {en}",
                       code="bad-lexicon")


def compile_cue_set(data: dict, where: str | None = None) -> CueSet:
    name = str(data.get("name"))
    where = where or name
    unknown = sorted(set(data) - _ALLOWED)
    if unknown:
        raise _err(where, unknown[0], "ukendt nøgle", "unknown key")
    if not isinstance(data.get("description"), str) or not data.get("sources"):
        raise _err(where, "description" if not isinstance(data.get("description"), str) else "sources",
                   "mangler", "is missing")
    words = data.get("words") or []
    patterns = data.get("patterns") or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise _err(where, "words", "skal være en liste af ord", "must be a list of words")
    if not isinstance(patterns, list):
        raise _err(where, "patterns", "skal være en liste af regulære udtryk", "must be a list of regular expressions")
    for i, p in enumerate(patterns):
        check_regex(p, where, f"patterns[{i}]", code="bad-lexicon")
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None
    return CueSet(name=name, words=frozenset(w.strip().lower() for w in words), pattern=pattern)


_CACHE: dict[int, tuple[object, dict[str, CueSet]]] = {}


def letter_cues(lexicons) -> dict[str, CueSet]:
    """All `letter-*` cue sets of a LexiconSet by short name ("service-lines"), validated once per set."""
    hit = _CACHE.get(id(lexicons))
    if hit is not None and hit[0] is lexicons:
        return hit[1]
    out = {name[len(PREFIX):]: compile_cue_set(data) for name, data in lexicons.raw.items()
           if name.startswith(PREFIX)}
    _CACHE[id(lexicons)] = (lexicons, out)  # holds the set, so its id is never reused while cached
    return out
