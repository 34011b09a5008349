"""A per-document token table: the token attributes the analysis and the kinds read, computed
once per document as plain Python lists and shared by every stage (lemmas, sentences, matching,
the kinds that walk tokens), instead of each of them creating spaCy Token objects again. The
matcher keeps the document's cue positions beside it (`LazyMatches`, linter/analysis/matching.py),
not on it: they hold the table, and a table holding them would make a reference cycle."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class TokenTable:
    text: list[str]
    lower: list[str]
    lemma: list[str]
    idx: list[int]  # character offset of each token
    is_space: list[bool]
    lemma_by_text: bool = False  # every token's lemma follows from its text alone (pipeline.set_lemmas)
    # set once sentences are known (`set_sentence_index`)
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)  # token range of each sentence
    sent_of: list[int] = field(default_factory=list)  # token -> index of its sentence
    sent_start: list[bool] | None = None  # per token: a sentence starts here (Token.is_sent_start)

    def __len__(self) -> int:
        return len(self.text)

    def set_sentence_index(self, starts: list[int]) -> None:
        """`starts`: the token index of every sentence start, ascending, the first 0."""
        n = len(self.text)
        bounds = [(s, e) for s, e in zip(starts, [*starts[1:], n], strict=True)] if starts else []
        sent_of = [0] * n
        for si, (s, e) in enumerate(bounds):
            sent_of[s:e] = [si] * (e - s)
        first = [False] * n
        for s in starts:
            first[s] = True
        self.sent_bounds = bounds
        self.sent_of = sent_of
        self.sent_start = first
