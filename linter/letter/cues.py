"""The letter model's Danish cue words, loaded from `lexicons/letter/*.yaml` and validated.

Each file is a lexicon named `letter-<what>` with `name`, `description`, `sources` and one or
more of `words` (a list of strings, compared in lower case), `patterns` (regular expressions;
each goes through the backtracking check of `linter/regex_check.py`), or — for a file
that holds several named sets — `sets` (set name -> list of regular expressions; case-insensitive
unless named in `case_sensitive`) and `words`
as a mapping (set name -> list of words); those are found as "<what>.<set>". A file that
breaks the schema stops the engine at load with the file and key named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.errors import ConfigError
from linter.regex_check import check_regex
from linter.regex_literals import GatedPattern, gated

PREFIX = "letter-"
_ALLOWED = {"name", "description", "sources", "words", "patterns", "sets", "case_sensitive"}


@dataclass(frozen=True, slots=True)
class CueSet:
    name: str
    words: frozenset[str]
    pattern: re.Pattern | GatedPattern | None  # the patterns as one alternation, anchored where the caller matches

    def matches_start(self, text: str) -> bool:
        return bool(self.pattern and self.pattern.match(text))


def _err(name: str, key: str, da: str, en: str) -> ConfigError:
    return ConfigError(f"leksikon '{name}': nøgle '{key}': {da}", f"lexicon '{name}': key '{key}': {en}",
                       code="bad-lexicon")


def _words(where: str, key: str, words) -> frozenset[str]:
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise _err(where, key, "skal være en liste af ord", "must be a list of words")
    return frozenset(w.strip().lower() for w in words)


def _pattern(where: str, key: str, patterns, flags: int = re.I) -> re.Pattern | GatedPattern | None:
    if not isinstance(patterns, list):
        raise _err(where, key, "skal være en liste af regulære udtryk", "must be a list of regular expressions")
    for i, p in enumerate(patterns):
        check_regex(p, where, f"{key}[{i}]", code="bad-lexicon")
    # behind the test of a character every match holds (a colon, …): most lines asked hold none (regex_literals.py)
    return gated(re.compile("|".join(f"(?:{p})" for p in patterns), flags), patterns) if patterns else None


def compile_cue_set(data: dict, where: str | None = None) -> CueSet:
    """The single cue set of a file with `words`/`patterns` (see compile_cue_file for `sets`)."""
    name = str(data.get("name"))
    return compile_cue_file(data, where)[name[len(PREFIX):] if name.startswith(PREFIX) else name]


def compile_cue_file(data: dict, where: str | None = None) -> dict[str, CueSet]:
    name = str(data.get("name"))
    where = where or name
    short = name[len(PREFIX):] if name.startswith(PREFIX) else name
    unknown = sorted(set(data) - _ALLOWED)
    if unknown:
        raise _err(where, unknown[0], "ukendt nøgle", "unknown key")
    if not isinstance(data.get("description"), str) or not data.get("sources"):
        raise _err(where, "description" if not isinstance(data.get("description"), str) else "sources",
                   "mangler", "is missing")
    words, sets = data.get("words"), data.get("sets")
    if sets is None and not isinstance(words, dict):
        return {short: CueSet(name=short, words=_words(where, "words", words or []),
                              pattern=_pattern(where, "patterns", data.get("patterns") or []))}
    if "patterns" in data:
        raise _err(where, "patterns", "kan ikke stå sammen med 'sets'", "cannot be used together with 'sets'")
    sets = sets or {}
    words = words or {}
    if not isinstance(sets, dict) or not isinstance(words, dict):
        raise _err(where, "sets", "skal være en mapping fra navn til liste", "must be a mapping from name to list")
    exact = data.get("case_sensitive") or []
    if not isinstance(exact, list) or any(x not in sets for x in exact):
        raise _err(where, "case_sensitive", "skal være en liste af navne under 'sets'",
                   "must be a list of names under 'sets'")
    out = {}
    for key in sorted(set(sets) | set(words)):
        out[f"{short}.{key}"] = CueSet(name=f"{short}.{key}",
                                       words=_words(where, f"words.{key}", words.get(key) or []),
                                       pattern=_pattern(where, f"sets.{key}", sets.get(key) or [],
                                                        0 if key in exact else re.I))
    return out


_CACHE: dict[int, tuple[object, dict[str, CueSet]]] = {}


def letter_cues(lexicons) -> dict[str, CueSet]:
    """All `letter-*` cue sets of a LexiconSet by short name ("service-lines"), validated once per set."""
    hit = _CACHE.get(id(lexicons))
    if hit is not None and hit[0] is lexicons:
        return hit[1]
    out: dict[str, CueSet] = {}
    for name, data in lexicons.raw.items():
        if name.startswith(PREFIX):
            out.update(compile_cue_file(data))
    _CACHE[id(lexicons)] = (lexicons, out)  # holds the set, so its id is never reused while cached
    return out
