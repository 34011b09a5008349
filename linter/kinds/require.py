"""`require`: the letter must address a concept (a concept lexicon), document-level.

A match counts when it stands in a statement: a bare heading ("Skånehensyn:" or a
heading line with nothing after it) does not address anything, and matches in the
letterhead, recipient block, signature or quoted mail do not either.
"""

from __future__ import annotations

from collections.abc import Iterable

from linter.engine.rule import param_error
from linter.kinds.base import Context, Kind, Param
from linter.lexicons import Concept

_OUTSIDE = {"letterhead", "recipient", "signature", "quoted", "page-header", "page-footer",
            "email-sender", "email-header", "closing"}


class RequireKind(Kind):
    name = "require"
    document_level = True
    params = {
        "concepts": Param(list, required=True),  # any of these concepts addresses the rule
        "unless": Param(list, default=[]),  # concepts whose match in the same sentence voids a hit
        "include_meta": Param(bool, default=False),  # let the subject line count
    }

    def prepare(self) -> None:
        for key in ("concepts", "unless"):
            for name in self.p[key]:
                if name not in self.lexicons.concepts:
                    raise param_error(self.rule, key, f"ukendt begrebsleksikon '{name}'",
                                      f"unknown concept lexicon '{name}'")
        self.concepts: list[Concept] = [self.lexicons.concepts[n] for n in self.p["concepts"]]

    def addressed(self, a) -> bool:
        st = a.structure
        voids = []
        for name in self.p["unless"]:
            voids += [a.sentence_of(m.start_char) for m in a.concept_matches(name)]
        for concept in self.concepts:
            for m in a.concept_matches(concept.name):
                bi = a.block_index(m.start_char)
                zone = st.zones[bi]
                if zone in _OUTSIDE or (zone == "meta" and not self.p["include_meta"]):
                    continue
                if _bare_heading(a, bi, m.end_char):
                    continue
                if a.sentence_of(m.start_char) in voids:
                    continue
                return True
        return False

    def check(self, a, ctx: Context) -> Iterable:
        if not self.addressed(a):
            yield self.finding(ctx)


def _bare_heading(a, bi: int, match_end: int) -> bool:
    """The match is (part of) a heading/label with no statement after it."""
    block = a.blocks[bi]
    start, end = a.block_span(bi)
    rest = a.text[match_end:end].strip(" :.-–\t")
    words = block.text.split()
    heading_like = block.heading_level > 0 or block.text.rstrip().endswith(":") or (
        len(words) <= 4 and not block.text.rstrip().endswith((".", "!", "?")))
    if not heading_like:
        return False
    if rest and not block.text.rstrip().endswith(":"):
        # "Skånehensyn: ingen" has a statement after the label
        return len(words) <= 4 and ":" not in block.text
    return not rest
