"""Lexicons are data (YAML); this module loads them and validates their shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.errors import ConfigError
from linter.regex_check import check_token_pattern
from linter.yamlio import load_yaml


@dataclass(slots=True)
class TermEntry:
    term: str
    forms: list[str]
    data: dict[str, Any]

    @property
    def explanation(self) -> str | None:
        return self.data.get("explanation")

    @property
    def replacements(self) -> list[str]:
        return list(self.data.get("replacements") or [])


@dataclass(slots=True)
class Concept:
    name: str
    phrases: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    patterns: list[list[dict]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    # per pattern: words that must not stand right before / right after the match
    # (cheaper for spaCy's Matcher than a leading NOT_IN token, and keeps the span exact)
    guards: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)


@dataclass(slots=True)
class LexiconSet:
    terms: dict[str, dict[str, TermEntry]] = field(default_factory=dict)  # lexicon -> term -> entry
    concepts: dict[str, Concept] = field(default_factory=dict)
    raw: dict[str, dict[str, Any]] = field(default_factory=dict)  # other lexicons by name
    lists: dict[str, list[str]] = field(default_factory=dict)  # plain word lists (*.txt)
    # named sets of concept names that rules share (`type: concept-sets`, lexicons/concept-sets.yaml)
    concept_sets: dict[str, list[str]] = field(default_factory=dict)
    set_files: dict[str, Path] = field(default_factory=dict)  # the file that defines each set (for errors)
    files: list[Path] = field(default_factory=list)

    def concept(self, name: str) -> Concept:
        return self.concepts[name]

    def wanted_lemmas(self) -> set[str]:
        out: set[str] = set()
        for c in self.concepts.values():
            for phrase in c.lemmas:
                out.update(phrase.split())
            for pat in c.patterns:
                for tok in pat:
                    spec = tok.get("LEMMA")
                    if isinstance(spec, str):
                        out.add(spec)
                    elif isinstance(spec, dict):
                        out.update(v for v in spec.get("IN", []) if isinstance(v, str))
        return out


def _err(path: Path, key: str, what_da: str, what_en: str) -> ConfigError:
    return ConfigError(f"{path}: nøgle '{key}': {what_da}", f"{path}: key '{key}': {what_en}",
                       code="bad-lexicon")


def _str_list(path: Path, key: str, value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(path, key, "skal være en liste af tekster", "must be a list of strings")
    return [v.strip() for v in value]


def _load_term_lexicon(path: Path, data: dict, into: LexiconSet) -> None:
    name = data["name"]
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise _err(path, "entries", "skal være en liste", "must be a list")
    table = into.terms.setdefault(name, {})
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("term"), str):
            raise _err(path, f"entries[{i}].term", "mangler eller er ikke tekst",
                       "is missing or not a string")
        term = entry["term"].strip().lower()
        forms = _str_list(path, f"entries[{i}].forms", entry.get("forms")) or [term]
        if term not in forms:
            forms.insert(0, term)
        forms = [f.lower() for f in forms]
        # the genitive of a one-word form ("pågældendes rygsygdom") is the same term
        forms += [f + "s" for f in forms if " " not in f and f[-1:].isalpha() and f[-1] not in "sxz"
                  and f + "s" not in forms]
        table[term] = TermEntry(term=term, forms=forms, data=entry)


def _load_concept(path: Path, data: dict, into: LexiconSet) -> None:
    name = data["name"]
    pats = data.get("patterns") or []
    if not isinstance(pats, list):
        raise _err(path, "patterns", "skal være en liste", "must be a list")
    patterns: list[list[dict]] = []
    guards: list[tuple[frozenset[str], frozenset[str]]] = []
    for i, p in enumerate(pats):
        pat = p.get("pattern") if isinstance(p, dict) else p
        if not isinstance(pat, list) or not pat or not all(isinstance(t, dict) for t in pat):
            raise _err(path, f"patterns[{i}]", "skal være en liste af token-mønstre (dicts)",
                       "must be a list of token patterns (mappings)")
        check_token_pattern(pat, path, f"patterns[{i}]")  # REGEX values: no catastrophic backtracking
        patterns.append(pat)
        before = _str_list(path, f"patterns[{i}].not_after", p.get("not_after")) if isinstance(p, dict) else []
        after = _str_list(path, f"patterns[{i}].not_before", p.get("not_before")) if isinstance(p, dict) else []
        guards.append((frozenset(w.lower() for w in before), frozenset(w.lower() for w in after)))
    into.concepts[name] = Concept(
        name=name,
        phrases=[s.lower() for s in _str_list(path, "phrases", data.get("phrases"))],
        lemmas=[s.lower() for s in _str_list(path, "lemmas", data.get("lemmas"))],
        patterns=patterns,
        data=data,
        guards=guards,
    )


def _load_concept_sets(path: Path, data: dict, into: LexiconSet) -> None:
    sets = data.get("sets")
    if not isinstance(sets, dict) or not sets:
        raise _err(path, "sets", "skal være en ikke-tom tabel af navn -> liste af begrebsnavne",
                   "must be a non-empty mapping of name -> list of concept names")
    for name, members in sets.items():
        names = _str_list(path, f"sets.{name}", members)
        if not isinstance(name, str) or not names:
            raise _err(path, f"sets.{name}", "skal være et navn med en ikke-tom liste af begrebsnavne",
                       "must be a name with a non-empty list of concept names")
        into.concept_sets[name] = names
        into.set_files[name] = path


def _check_concept_sets(lex: LexiconSet) -> None:
    """Every concept a set names is a loaded concept lexicon (checked once all folders are loaded)."""
    for name, members in lex.concept_sets.items():
        for concept in members:
            if concept not in lex.concepts:
                raise _err(lex.set_files[name], f"sets.{name}", f"ukendt begrebsleksikon '{concept}'",
                           f"unknown concept lexicon '{concept}'")


def load_lexicons(folders: list[Path]) -> LexiconSet:
    lex = LexiconSet()
    for folder in folders:
        if not folder.is_dir():
            raise ConfigError(f"{folder}: leksikonmappen findes ikke",
                              f"{folder}: lexicon folder does not exist", code="bad-lexicon")
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".txt" and path.is_file():
                try:
                    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines()]
                except (OSError, UnicodeDecodeError) as exc:
                    raise ConfigError(f"{path}: kan ikke læses som UTF-8-tekst ({type(exc).__name__})",
                                      f"{path}: cannot be read as UTF-8 text ({type(exc).__name__})",
                                      code="bad-lexicon") from None
                lex.lists[path.stem] = [w for w in words if w and not w.startswith("#")]
                lex.files.append(path)
                continue
            if path.suffix not in (".yaml", ".yml") or not path.is_file():
                continue
            data = load_yaml(path)
            if not isinstance(data, dict) or not isinstance(data.get("name"), str):
                raise _err(path, "name", "mangler (hvert leksikon skal have et navn)",
                           "is missing (every lexicon needs a name)")
            lex.files.append(path)
            if data.get("type") == "concept-sets":
                _load_concept_sets(path, data, lex)
            elif data.get("type") == "concept" or "concepts" in path.parts:
                _load_concept(path, data, lex)
            elif "entries" in data and data["entries"] and isinstance(data["entries"], list) \
                    and isinstance(data["entries"][0], dict) and "term" in data["entries"][0]:
                _load_term_lexicon(path, data, lex)
            else:
                lex.raw[data["name"]] = data
    _check_concept_sets(lex)
    return lex
