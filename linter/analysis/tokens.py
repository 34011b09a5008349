"""A per-document token table: the token attributes the analysis and the kinds read, computed
once per document as plain Python lists and shared by every stage (lemmas, sentences, matching,
the kinds that walk tokens), instead of each of them creating spaCy Token objects again."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class TokenTable:
    text: list[str]
    lower: list[str]
    lemma: list[str]
    idx: list[int]  # character offset of each token
    is_space: list[bool]
    # set once sentences are known (`set_sentence_index`)
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)  # token range of each sentence
    sent_of: list[int] = field(default_factory=list)  # token -> index of its sentence
    _words: dict[str, int] | None = None
    need_bits: dict[frozenset[str], int] = field(default_factory=dict)  # matcher's memo (matching.py)
    regex_hits: dict = field(default_factory=dict)  # (regex, sentence) -> hit; regex -> sentences
    _sentence_lowers: list[set[str]] | None = None
    _lowers: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.text)

    def set_sentence_index(self, starts: list[int]) -> None:
        """`starts`: the token index of every sentence start, ascending, the first 0."""
        n = len(self.text)
        bounds = [(s, e) for s, e in zip(starts, [*starts[1:], n], strict=True)] if starts else []
        sent_of = [0] * n
        for si, (s, e) in enumerate(bounds):
            sent_of[s:e] = [si] * (e - s)
        self.sent_bounds = bounds
        self.sent_of = sent_of

    def word_sentences(self, doc) -> dict[str, int]:
        """Index keys of the document -> bit set of the sentences holding them: each lower-case
        form and lemma; SHAPE + a token's shape; FIRST + the lower-case form or lemma of a
        sentence's first token; LIKE_NUM when a token looks like a number."""
        if self._words is None:
            self._index(doc)
        return self._words  # type: ignore[return-value]

    def lower_words(self, doc) -> dict[str, int]:
        """Each lower-case form of the document -> bit set of the sentences holding it."""
        if self._lowers is None:
            self._index(doc)
        return self._lowers  # type: ignore[return-value]

    def sentence_lowers(self, doc) -> list[set[str]]:
        """The lower-case forms of each sentence."""
        if self._sentence_lowers is None:
            self._index(doc)
        return self._sentence_lowers  # type: ignore[return-value]

    def _index(self, doc) -> None:
        from spacy.attrs import LIKE_NUM as LIKE_NUM_ATTR
        from spacy.attrs import SHAPE as SHAPE_ATTR

        lowers: dict[str, int] = {}
        words: dict[str, int] = {}
        lower, lemma = self.lower, self.lemma
        strings = doc.vocab.strings
        attrs = doc.to_array([SHAPE_ATTR, LIKE_NUM_ATTR]).tolist() if len(doc) else []
        shapes = [SHAPE + strings[h] for h, _ in attrs]
        numbers = [n for _, n in attrs]
        per_sentence = []
        for si, (s, e) in enumerate(self.sent_bounds):
            bit = 1 << si
            here = set(lower[s:e])
            per_sentence.append(here)
            for w in here:
                lowers[w] = lowers.get(w, 0) | bit
            for w in {*lemma[s:e], *shapes[s:e], FIRST + lower[s], FIRST + lemma[s]}:
                words[w] = words.get(w, 0) | bit
            if any(numbers[s:e]):
                words[LIKE_NUM] = words.get(LIKE_NUM, 0) | bit
        for w, bits in lowers.items():
            words[w] = words.get(w, 0) | bits
        self._lowers, self._words, self._sentence_lowers = lowers, words, per_sentence


# prefixes of index keys that are not words (control characters never stand in a token's text;
# if one did, the index would only hold one sentence more, never one less)
SHAPE = "\x01"
FIRST = "\x02"
LIKE_NUM = "\x03num"
