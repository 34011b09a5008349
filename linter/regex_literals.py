"""A plain-substring pre-check for regular expressions searched line by line.

Every match of `\\{\\{[^{}\\n]{1,80}\\}\\}` starts with "{{", and every match of
`(?i:klik her for at …)` with "klik her for at " in any case: a line holding none of a pattern
set's leading literals cannot match any of them, and `str.__contains__` says so far faster than
the regex engine trying each pattern at each character. `LiteralGate.may_match` is exact in that
direction (never False where a pattern matches); a pattern whose matches do not all start with a
literal (a class, an alternation, an optional part) makes the gate always answer True.
Used for the template placeholder grammar (linter/readers/docx_placeholders.py, kind `placeholder`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser of the re module (Python 3.11+); without it the gate lets everything through
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None  # type: ignore[assignment]

# The characters outside ASCII that re's IGNORECASE takes as equal to an ASCII character while
# str.lower() does not map them onto it (tests/test_fast_paths.py checks this over all of Unicode):
# a line holding one of them is always let through to the regex.
IGNORECASE_OUTSIDERS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin sign)


def literal_prefix(pattern: str, flags: int = 0) -> tuple[str, bool] | None:
    """The characters every match of `pattern` starts with (zero-width assertions skipped) and whether
    they compare ignoring case; None when a match may start otherwise."""
    parsed = _parse(pattern, flags)
    return None if parsed is None else _prefix(list(parsed), bool(parsed.state.flags & re.I))


def _parse(pattern: str, flags: int):
    """The parsed pattern, or None when the parser is missing or the pattern does not parse."""
    if _parser is None:
        return None
    try:
        return _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unparsable pattern gets no gate (compiling it reports the error)
        return None


def _prefix(items: list, icase: bool) -> tuple[str, bool] | None:
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
            continue
        if out:
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the match starts after it
        if op is _c.SUBPATTERN:
            _group, add, delete, sub = av
            return _prefix(list(sub), (icase or bool(add & re.I)) and not delete & re.I)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            return _prefix(list(av[2]), icase)
        break
    return ("".join(out), icase) if out else None


class LiteralGate:
    """`may_match(text)` is False only when no pattern of the set can match `text`."""

    def __init__(self, patterns: Iterable[str], flags: int = 0) -> None:
        exact: list[str] = []
        folded: list[str] = []
        self.always = False
        for p in patterns:
            pre = literal_prefix(p, flags)
            if pre is None:
                self.always = True
                continue
            lit, icase = pre
            if not icase:
                exact.append(lit)
                continue
            ascii_lead = ""
            for ch in lit:  # only ASCII compares the same under str.lower() and re's IGNORECASE
                if not ch.isascii():
                    break
                ascii_lead += ch
            if not ascii_lead:
                self.always = True
            folded.append(ascii_lead.lower())
        self.exact = tuple(dict.fromkeys(exact))
        self.folded = tuple(dict.fromkeys(folded))

    def may_match(self, text: str) -> bool:
        if self.always:
            return True
        for lit in self.exact:
            if lit in text:
                return True
        if not self.folded:
            return False
        # (a substring test per character, a fast scan in C, at once for a Latin-1-only text: not a regex class test)
        if any(map(text.__contains__, IGNORECASE_OUTSIDERS)):
            return True
        low = text.lower()
        for lit in self.folded:  # (a loop, not any() over a generator: asked of every line of a letter)
            if lit in low:
                return True
        return False


_GATE_CHARS = ":,;/@"  # ASCII characters no case folding maps onto another, rare in prose and in regex syntax
# what holds none of a pattern's required literals: group syntax ("(?:", "(?<=", "(?P<name>", "(?i:"), counted
# repeats ("{0,2}") and classes ("[,;]": a class is never a required literal)
_GROUP_SYNTAX = re.compile(r"\(\?(?:P?<\w+>|<[=!]|[aiLmsux-]*:)|(?<!\\)\{\d*,\d*\}|(?<!\\)\[(?:\\.|[^\]\\])*\]")


def required_char(pattern: str, flags: int = 0) -> str | None:
    """A character of `_GATE_CHARS` every match of `pattern` holds, or None: a literal outside every optional part,
    branch and class (a letter may match in another case; a space or a full stop says too little)."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    found = _required(list(parsed))
    return min(found) if found else None  # (any of them is exact; the smallest keeps the choice stable)


def _required(items: list) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch in _GATE_CHARS:
                out.add(ch)
        elif op is _c.SUBPATTERN:
            out |= _required(list(av[3]))
        elif op is _c.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            out |= set.intersection(*branches) if branches else set()
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            out |= _required(list(av[2]))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out |= _required(list(av))
    return out


class GatedPattern:
    """A compiled pattern every match of which holds the character `need` (`required_char`): `match`, `search`
    and `fullmatch` of a text without it answer None at once, without the regex engine (most lines a layout cue
    such as "Udfyldt af:" is asked of hold no colon); everything else is the pattern's own."""

    __slots__ = ("regex", "need", "pattern", "flags")

    def __init__(self, regex: re.Pattern, need: str) -> None:
        self.regex, self.need = regex, need
        self.pattern, self.flags = regex.pattern, regex.flags

    def match(self, text: str, *args) -> re.Match | None:
        return self.regex.match(text, *args) if self.need in text else None

    def search(self, text: str, *args) -> re.Match | None:
        return self.regex.search(text, *args) if self.need in text else None

    def fullmatch(self, text: str, *args) -> re.Match | None:
        return self.regex.fullmatch(text, *args) if self.need in text else None

    def __getattr__(self, name: str):
        if name == "regex" or name.startswith("__"):  # (unset while a copy or an unpickled one is being built)
            raise AttributeError(name)
        return getattr(self.regex, name)  # finditer, findall, sub, split, groups, …


def gated(regex: re.Pattern, parts: list[str] | None = None) -> re.Pattern | GatedPattern:
    """`regex` behind its required character's test, or `regex` itself when no character is required. `parts`: the
    patterns `regex` joins as alternatives. The parser (pure Python: ~0.1-0.3 ms a pattern, ~230 cue patterns a
    start) is asked only when one of `_GATE_CHARS` stands in the source of every part outside group syntax."""
    if not isinstance(regex.pattern, str):
        return regex
    sources = [_GROUP_SYNTAX.sub("", p) for p in (parts if parts is not None else [regex.pattern])]
    if not any(all(ch in src for src in sources) for ch in _GATE_CHARS):
        return regex  # (a literal every match holds stands in every alternative's source)
    need = required_char(regex.pattern, regex.flags)
    return GatedPattern(regex, need) if need else regex
