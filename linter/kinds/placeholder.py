"""`placeholder`: unfilled template fields, each occurrence a finding."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.engine.rule import param_error
from linter.kinds.base import Context, Kind, Param
from linter.regex_literals import LiteralGate


class PlaceholderKind(Kind):
    name = "placeholder"
    params = {"patterns": Param(list, required=True)}

    def prepare(self) -> None:
        try:
            self.regexes = [re.compile(p) for p in self.p["patterns"]]
            self.gate = LiteralGate(self.p["patterns"])  # lines none of the patterns can match are not scanned
        except re.error as exc:
            raise param_error(self.rule, "patterns", f"ugyldigt regulært udtryk ({exc})",
                              f"invalid regular expression ({exc})") from None

    def check(self, a, ctx: Context) -> Iterable:
        spans: list[tuple[int, int]] = []
        scan = self.gate.may_match(a.text)  # a line's literals stand in the letter's text too: most letters have none
        for bi, block in enumerate(a.blocks):
            base = a.block_starts[bi]
            for s, e in block.placeholders:
                spans.append((base + s, base + e))
            if not scan or not self.gate.may_match(block.text):
                continue
            for rx in self.regexes:
                for m in rx.finditer(block.text):
                    spans.append((base + m.start(), base + m.end()))
        spans.sort()
        last = -1
        for s, e in spans:
            if s < last:
                continue
            last = e
            yield self.finding(ctx, s, e, term=None)
