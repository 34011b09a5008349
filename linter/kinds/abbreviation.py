"""`abbreviation`: abbreviations that are neither common nor expanded in the letter."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.kinds.base import Context, Kind, Param

_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,6}s?$")
_DOTTED = re.compile(r"^(?:[a-zæøå]{1,5}\.){1,3}$", re.I)
_ACRONYM_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")  # what _ACRONYM can start with
_LETTERS = re.compile(r"[^\W\d_]+")


def _candidate(t: str) -> bool:
    """`_ACRONYM.match(t) or (_DOTTED.match(t) and len(t) <= 8)`, the regexes asked only of a token that can
    match them (a capital first, or a dot in it): most words are neither."""
    if t[:1] in _ACRONYM_FIRST and _ACRONYM.match(t):
        return True
    return "." in t and len(t) <= 8 and bool(_DOTTED.match(t))


def _capitals_heading(text: str) -> bool:
    """A line written in capitals ("NOTAT – STATUS FRA GENOPTRÆNING") is a heading: its words are
    words, not abbreviations."""
    words = _LETTERS.findall(text)
    return len(words) >= 2 and all(w.isupper() for w in words)


class AbbreviationKind(Kind):
    name = "abbreviation"
    default_scope = ("all", "~letterhead", "~recipient", "~email-sender", "~email-header", "~meta", "~signature",
                     "~quoted", "~page-header", "~page-footer")
    params = {"lexicon": Param(str, default="abbreviations"),
              "skip_lexicons": Param(list, default=["jargon"])}

    def prepare(self) -> None:
        raw = self.lexicons.raw.get(self.p["lexicon"]) or {}
        common = set()
        for item in raw.get("common") or []:
            a = item.get("abbr") if isinstance(item, dict) else item
            if isinstance(a, str):
                common.add(a.lower())
        for key in ("sentence_internal", "may_end_sentence"):
            common.update(str(x).lower() for x in raw.get(key) or [])
        self.common = common

    def check(self, a, ctx: Context) -> Iterable:
        covered = set()
        for lex in self.p["skip_lexicons"]:
            for m in a.lexicon_matches(lex):
                covered.update(range(m.start, m.end))
        seen: set[str] = set()
        tokens = a.tokens
        n = len(tokens)
        texts = tokens.text  # the document's token table: no spaCy Token objects
        for i in [k for k, t in enumerate(texts) if t[:1] in _ACRONYM_FIRST or "." in t]:  # (_candidate's own test)
            t = texts[i]
            if i in covered or not _candidate(t):
                continue
            if t.lower() in self.common or t.lower() in seen:
                continue
            idx = tokens.idx[i]
            if _DOTTED.match(t) and t.count(".") == 1 and (
                    i + 1 == n or tokens.is_space[i + 1] or tokens.sent_of[i + 1] != tokens.sent_of[i]):
                continue  # a word ending a sentence, not an abbreviation
            if _DOTTED.match(t) and t.count(".") == 1 and (len(t) > 5 or t[0].isupper()):
                continue
            bi = a.block_index(idx)
            if not self.in_scope(a.structure.zones[bi]) or _capitals_heading(a.blocks[bi].text):
                continue
            if any(c.start <= idx < c.end for c in a.emails):
                continue  # a part of an obfuscated address ("MJ (at) klinik.dk"), not an abbreviation
            if self._expanded(a, idx, t):
                continue
            seen.add(t.lower())
            yield self.finding(ctx, idx, idx + len(t), term=t)

    def _expanded(self, a, idx: int, text: str) -> bool:
        after = a.text[idx + len(text):idx + len(text) + 3]
        before = a.text[max(0, idx - 2):idx]
        return after.lstrip().startswith("(") or before.endswith("(")
