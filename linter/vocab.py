"""Team word lists: `vocab: [folder]` in the config, each folder with `accept.txt` and/or `reject.txt`.

Plain UTF-8 text, one entry a line, `#` starts a comment line, entries are lemmas (one or more words)
and match every inflected form (spacy-lookups-data's Danish table: "diskusprolaps" also matches
"diskusprolapsen"). `accept.txt`: terms this team may use unexplained (no sprog.jargon or
sprog.forkortelse finding on them). `reject.txt`: words the team must never use, each an
`sprog.teamord` finding; a replacement may follow after a tab ("klient<TAB>borger"), offered as
a fix that is safe where the letter has the lemma itself and display-only for an inflected form.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from linter.errors import ConfigError
from linter.fixes import DISPLAY_ONLY, SAFE, make_fix, match_case
from linter.model import Finding, Severity

RULE = "sprog.teamord"
ACCEPTING = ("sprog.jargon", "sprog.forkortelse")


@dataclass(slots=True)
class Vocab:
    accept: set[tuple[str, ...]] = field(default_factory=set)
    reject: dict[tuple[str, ...], str | None] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # inflected form -> lemma, for the listed lemmas

    def lemma(self, word: str) -> str:
        w = word.lower()
        return self.forms.get(w, w)


def _read(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan ikke læses som UTF-8-tekst ({type(exc).__name__})",
                          f"{path}: cannot be read as UTF-8 text ({type(exc).__name__})", code="config") from None
    return [(n, line.rstrip("\r")) for n, line in enumerate(text.split("\n"), start=1)
            if line.strip() and not line.lstrip().startswith("#")]


def _words(entry: str) -> tuple[str, ...]:
    return tuple(entry.lower().split())


_LOADED: dict[tuple, Vocab] = {}


def load_vocab(folders: list[Path]) -> Vocab:
    """The merged lists of the folders (memoised by path and modification time)."""
    files = [f for folder in folders for f in (Path(folder) / "accept.txt", Path(folder) / "reject.txt")]
    key = tuple((str(f), os.stat(f).st_mtime_ns if f.is_file() else 0) for f in files)
    if key in _LOADED:
        return _LOADED[key]
    vocab = Vocab()
    for folder in folders:
        accept, reject = Path(folder) / "accept.txt", Path(folder) / "reject.txt"
        if not accept.is_file() and not reject.is_file():
            raise ConfigError(f"{folder}: ordlistemappen har hverken accept.txt eller reject.txt",
                              f"{folder}: the word list folder has neither accept.txt nor reject.txt", code="config")
        if accept.is_file():
            vocab.accept.update(_words(line) for _, line in _read(accept))
        if reject.is_file():
            for n, line in _read(reject):
                word, _, rep = line.partition("\t")
                if not word.strip() or ("\t" in line and not rep.strip()):
                    raise ConfigError(f"{reject}:{n}: skal være 'ord' eller 'ord<TAB>erstatning'",
                                      f"{reject}:{n}: must be 'word' or 'word<TAB>replacement'", code="config")
                vocab.reject[_words(word)] = rep.strip() or None
    lemmas = {w for entry in (*vocab.accept, *vocab.reject) for w in entry}
    if lemmas:
        from linter.analysis.lemmas import trimmed_table

        vocab.forms = trimmed_table(lemmas)
    _LOADED[key] = vocab
    return vocab


def apply(findings: list[Finding], a, folders: list[Path], lang: str) -> list[Finding]:
    """Drop findings on accepted terms; add a finding for each rejected word."""
    from linter.engine.locate import locate

    vocab = load_vocab(folders)
    out = [f for f in findings if not (f.rule in ACCEPTING and _accepted(vocab, f))]
    if not vocab.reject:
        return out
    tokens = [t for t in a.doc if not t.is_space]
    lemmas = [vocab.lemma(t.text) for t in tokens]
    for i in range(len(tokens)):
        for entry, rep in vocab.reject.items():
            n = len(entry)
            if tuple(lemmas[i:i + n]) != entry:
                continue
            start, end = tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1].text)
            if a.block_index(start) != a.block_index(end - 1):
                continue
            matched = a.text[start:end]
            f = Finding(rule=RULE, severity=Severity.WARNING, start=start, end=end, term=" ".join(entry),
                        message=_message(matched, rep, lang), replacements=[match_case(matched, rep)] if rep else [])
            if rep:
                block, off = a.block_at(start)
                safe = " ".join(matched.lower().split()) == " ".join(entry)
                f.fix = make_fix([(off, end - start, match_case(matched, rep))], SAFE if safe else DISPLAY_ONLY)
            locate(f, a)
            out.append(f)
    return out


def _accepted(vocab: Vocab, f: Finding) -> bool:
    if not vocab.accept or f.document_level:
        return False
    candidates = {_words(f.term or ""), _words(f.text), tuple(vocab.lemma(w) for w in f.text.split())}
    return bool(candidates & vocab.accept)


def _message(matched: str, rep: str | None, lang: str) -> str:
    if lang == "en":
        return f"Your team does not use '{matched}'" + (f": write '{rep}'" if rep else "")
    return f"Jeres team bruger ikke '{matched}'" + (f": skriv '{rep}'" if rep else "")
