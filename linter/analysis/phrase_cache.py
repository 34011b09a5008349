"""The token texts of the lexicons' phrases, as the pipeline's tokenizer splits them, cached on disk.

The phrase matchers (linter/analysis/matching.py) hold every term form and concept phrase as a
sequence of attribute hashes (LOWER, LEMMA). Building them from `nlp.make_doc(phrase)` tokenised
~3,000 phrases and created a spaCy lexeme for each of their ~5,000 distinct words on every start
(~95 ms CPU, most of it the lexemes); the matcher needs neither, only each token's text. So the
token texts are computed once with the real tokenizer and stored under the cache directory, keyed by
everything that decides them (spaCy's version, the tokenizer's special cases and affix patterns, the
phrases); a later start reads them and hashes the lower-case forms and lemmas itself
(`PhraseMatcher.add` takes hash sequences as it takes Docs). The file holds lexicon phrases only,
never letter text. Anything unexpected (unreadable, corrupt or read-only cache) falls back to
tokenising.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

_FORMAT = 1


def _tokenizer_key(nlp) -> str:
    """What decides how the tokenizer splits a phrase: spaCy's version, its special cases and the
    prefix, suffix and infix patterns, the token and URL matches."""
    import spacy

    tok = nlp.tokenizer

    def pattern(fn) -> str | None:
        owner = getattr(fn, "__self__", None)
        return getattr(owner, "pattern", None) if owner is not None else (None if fn is None else repr(fn))

    parts = [spacy.__version__, str(_FORMAT), type(tok).__qualname__,
             json.dumps(sorted((k, [sorted(d.items()) for d in v]) for k, v in tok.rules.items()),
                        ensure_ascii=False, default=str),
             *(str(pattern(f)) for f in (tok.prefix_search, tok.suffix_search, tok.infix_finditer,
                                         tok.token_match, tok.url_match))]
    return "\x1e".join(parts)


def phrase_tokens(nlp, phrases: list[str], cdir: Path | None) -> dict[str, list[str]]:
    """phrase -> the texts of its tokens (`[t.text for t in nlp.make_doc(phrase)]`), for every phrase."""
    unique = sorted(set(phrases))
    cfile = None
    if cdir is not None:
        h = hashlib.sha256(_tokenizer_key(nlp).encode())
        h.update("\x1f".join(unique).encode())
        cfile = cdir / f"phrases-{h.hexdigest()[:16]}.json"
        got = _read(cfile, unique)
        if got is not None:
            return got
    make = nlp.make_doc
    out = {p: [t.text for t in make(p)] for p in unique}
    if cfile is not None:
        _write(cfile, [out[p] for p in unique])
    return out


def _read(path: Path, unique: list[str]) -> dict[str, list[str]] | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(rows, list) or len(rows) != len(unique) \
            or not all(isinstance(r, list) and all(isinstance(x, str) for x in r) for r in rows):
        return None
    return dict(zip(unique, rows, strict=True))


def _write(path: Path, rows: list[list[str]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home is fine: the phrases are tokenised again next time
