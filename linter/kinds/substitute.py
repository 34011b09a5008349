"""`substitute`: a term with a plainer alternative; every occurrence is a finding."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.engine.rule import param_error
from linter.kinds.base import Context, Kind, Param


class SubstituteKind(Kind):
    name = "substitute"
    params = {
        "lexicon": Param(str, required=True),
        # field labels that are not officialese at the start of a line ("Vedr.:")
        "allow_line_start": Param(list, default=[]),
    }

    def prepare(self) -> None:
        if self.p["lexicon"] not in self.lexicons.terms:
            raise param_error(self.rule, "lexicon", f"ukendt leksikon '{self.p['lexicon']}'",
                              f"unknown lexicon '{self.p['lexicon']}'")
        self.table = self.lexicons.terms[self.p["lexicon"]]
        self.line_start = [re.compile(p, re.I) for p in self.p["allow_line_start"]]

    def check(self, a, ctx: Context) -> Iterable:
        last_end = -1
        for m in a.lexicon_matches(self.p["lexicon"]):
            if m.start_char < last_end:  # overlapping shorter match of a longer phrase
                continue
            block, off = a.block_at(m.start_char)
            if off == 0 and any(p.match(block.text) for p in self.line_start):
                continue
            last_end = m.end_char
            entry = self.table[m.entry]
            reps = entry.replacements
            msg = self.rule.message_for(ctx.lang)
            if reps:
                msg = f"{msg}: '{a.text[m.start_char:m.end_char]}' → '{reps[0]}'"
            yield self.finding(ctx, m.start_char, m.end_char, term=m.entry, replacements=reps,
                               message=msg)
