"""Case-insensitive patterns run as case-sensitive ones over lower-cased text, where that is exact.

Under `re.IGNORECASE` the regex engine enters every alternative of an alternation at every position it
tries (its quick test of an alternative's first character covers case-sensitive literals only), so a big
word alternation such as profile detection's sector words costs several times more than the same
pattern compiled case-sensitively. `FoldedPattern` runs a pattern compiled with `re.IGNORECASE` as its
case-sensitive twin over `text.lower()` when that finds exactly the same spans, the matched text
lower-cased:

- every literal character and class member of the pattern is one of `ALPHABET` (no capitals: ASCII,
  Danish and common accented letters); classes (`\\w`, `\\d`, `\\s`), anchors and lookarounds are free;
  it sets or clears no flags inside (`(?-i:…)`) and refers to no group (`\\1`);
- the text holds none of `UNSAFE`: the characters whose lower-case form is longer than one character
  or depends on the characters around it, or that `re.IGNORECASE` takes as equal to a character of
  `ALPHABET` which `str.lower()` does not give (tests/test_fast_paths.py derives them from all of
  Unicode). Every other character keeps its class (`\\w`, `\\d`, `\\s`) when lower-cased, so word
  boundaries stay where they were.

Otherwise the original pattern runs: the answer is the same either way, only its cost differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the parser of the re module (Python 3.11+); without it no pattern is folded
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None  # type: ignore[assignment]

ALPHABET = frozenset("".join(chr(c) for c in range(0x20, 0x7F) if not chr(c).isupper())
                     + "\t\n\r\x0b\x0cæøåäöüéèêëáàâíìîóòôúùûýçñ")
UNSAFE = "\u0130\u0131\u017f\u03a3"  # İ ı ſ, and Σ (lower-cased as ς or σ by what follows it)


def holds_unsafe(text: str) -> bool:
    """Whether `text` holds one of `UNSAFE`: a substring test per character, each a fast scan in C (none of them
    fits in a text of Latin-1 characters only, where CPython answers at once), not the regex engine's class
    test at every character."""
    return any(map(text.__contains__, UNSAFE))


class FoldedPattern:
    """A pattern compiled with re.IGNORECASE, matched over lower-cased text where that is exact."""

    __slots__ = ("pattern", "lower")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        # the case-sensitive twin for lower-cased text, or None when the pattern does not allow it
        self.lower = re.compile(pattern.pattern, pattern.flags & ~re.I) if foldable(pattern) else None

    def lower_matches(self, text: str) -> Iterator[str]:
        """The text of every match (`finditer`), lower-cased."""
        if self.lower is not None and not holds_unsafe(text):
            return (m.group(0) for m in self.lower.finditer(text.lower()))
        return (m.group(0).lower() for m in self.pattern.finditer(text))

    def search(self, text: str) -> bool:
        if self.lower is not None and not holds_unsafe(text):
            return self.lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None


def foldable(pattern: re.Pattern) -> bool:
    """Whether the case-sensitive twin of `pattern` (a str pattern with re.IGNORECASE) finds over lower-cased
    text what `pattern` finds over the text (see the module's docstring)."""
    if _parser is None or not isinstance(pattern.pattern, str) or not pattern.flags & re.I:
        return False
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags & ~re.I)
    except Exception:  # noqa: BLE001 - compiled once already; anything odd is simply not folded
        return False
    return not parsed.state.flags & re.I and _plain(list(parsed))


def _plain(items: list) -> bool:
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if chr(av) not in ALPHABET:
                return False
        elif op is _c.IN:
            for kind, value in av:
                if kind is _c.LITERAL and chr(value) not in ALPHABET:
                    return False
                if kind is _c.RANGE and not all(chr(x) in ALPHABET for x in range(value[0], value[1] + 1)):
                    return False
                if kind not in (_c.LITERAL, _c.RANGE, _c.CATEGORY, _c.NEGATE):
                    return False
        elif op is _c.BRANCH:
            if not all(_plain(list(b)) for b in av[1]):
                return False
        elif op is _c.SUBPATTERN:
            _group, add, delete, sub = av
            if add or delete or not _plain(list(sub)):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if not _plain(list(av[2])):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _plain(list(av[1])):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _plain(list(av)):
                return False
        elif op not in (_c.AT, _c.ANY, _c.CATEGORY):
            return False  # a group reference, a conditional, …: not folded
    return True
