"""`forbid`: patterns that must not occur (concept lexicons of token patterns).

Each match is a finding, reported once per sentence. `require_in_sentence` keeps a
match only when another concept also occurs in the same sentence (e.g. a hedge
word inside a statement about accommodations).
"""

from __future__ import annotations

from collections.abc import Iterable

from linter.engine.rule import param_error
from linter.kinds.base import Context, Kind, Param


class ForbidKind(Kind):
    name = "forbid"
    default_scope = ("all", "~letterhead", "~recipient", "~email-sender", "~email-header", "~signature",
                     "~quoted", "~page-header", "~page-footer")
    params = {
        "concepts": Param(list, required=True),
        "require_in_sentence": Param(list, default=[]),
        "unless_in_sentence": Param(list, default=[]),
        "min_in_sentence": Param(int, default=1),  # hits of `concepts` needed in one sentence
        "span": Param(str, default="match", choices=("match", "sentence")),
    }

    def prepare(self) -> None:
        for key in ("concepts", "require_in_sentence", "unless_in_sentence"):
            for name in self.p[key]:
                if name not in self.lexicons.concepts:
                    raise param_error(self.rule, key, f"ukendt begrebsleksikon '{name}'",
                                      f"unknown concept lexicon '{name}'")

    def _sentences_with(self, a, names: list[str]) -> set[tuple[int, int]]:
        out = set()
        for n in names:
            out.update(a.sentence_of(m.start_char) for m in a.concept_matches(n))
        return out

    def check(self, a, ctx: Context) -> Iterable:
        need = self._sentences_with(a, self.p["require_in_sentence"]) \
            if self.p["require_in_sentence"] else None
        void = self._sentences_with(a, self.p["unless_in_sentence"])
        by_sentence: dict[tuple[int, int], list] = {}
        for name in self.p["concepts"]:
            for m in a.concept_matches(name):
                if not self.in_scope(a.structure.zones[a.block_index(m.start_char)]):
                    continue
                sent = a.sentence_of(m.start_char)
                if need is not None and sent not in need or sent in void:
                    continue
                by_sentence.setdefault(sent, []).append(m)
        for sent, ms in sorted(by_sentence.items()):
            if len(ms) < self.p["min_in_sentence"]:
                continue
            if self.p["span"] == "sentence":
                yield self.finding(ctx, sent[0], sent[1])
            else:
                m = min(ms, key=lambda x: x.start_char)
                yield self.finding(ctx, m.start_char, m.end_char,
                                   term=a.text[m.start_char:m.end_char].lower())
