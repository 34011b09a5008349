"""The Danish pipeline: built once per process and shared (read-only) by every check."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linter.analysis.lemmas import Lemmatizer, trimmed_table
from linter.analysis.tokens import TokenTable
from linter.lexicons import LexiconSet

# Abbreviations the tokenizer must keep whole (spaCy's Danish exceptions miss these).
EXTRA_ABBREVIATIONS = [
    "cand.psych.", "cand.med.", "cand.scient.san.", "cand.mag.", "cand.jur.", "stud.med.",
    "tlf.nr.", "mob.", "dir.", "vedr.", "att.", "ift.", "iht.", "mht.", "jfr.", "ekskl.",
    "inkl.", "evt.", "pt.", "hhv.", "m.fl.", "mv.", "m.m.", "o.l.", "dgl.", "ugl.", "rtg.",
    "st.p.", "f.", "ca.", "nr.", "kl.", "dr.", "fx.", "dvs.", "bl.a.", "f.eks.", "jf.", "tlf.",
]
# After these an upper-case word may still continue the sentence ("bl.a. Anne").
SENTENCE_INTERNAL = {
    "f.eks.", "bl.a.", "jf.", "jfr.", "tlf.", "tlf.nr.", "evt.", "ca.", "pt.", "hhv.", "nr.", "kl.",
    "dr.", "att.", "vedr.", "cand.psych.", "cand.med.", "cand.scient.san.", "cand.mag.",
    "cand.jur.", "stud.med.", "dir.", "mob.", "f.", "dvs.", "fx.", "iht.", "ift.", "mht.",
    "inkl.", "ekskl.",
}
_END_PUNCT = {".", "!", "?", "…", "...", "?!"}
_END_CHARS = {".", "!", "?", "…"}  # the last character of every _END_PUNCT and of every abbreviation
_LOWER_START = re.compile(r"^[a-zæøå]")


@dataclass
class Pipeline:
    nlp: object
    lexicons: LexiconSet
    lemmatizer: Lemmatizer
    matchers: object  # linter.analysis.matching.CombinedMatcher
    # the whitespace-separated chunks already handed to the tokenizer on their own (`make_doc`), memory only
    chunks_seen: set[str] = field(default_factory=set)


_CHUNK_MEMO_LIMIT = 50_000  # distinct chunks remembered per pipeline (cleared when full: hostile text stays bounded)


def make_doc(pipe: Pipeline, text: str):
    """`nlp.make_doc(text)`, with spaCy's tokenizer cache filled first for every chunk not seen before.

    spaCy caches a chunk's tokens (a whitespace-separated piece: "ryggen.", "(ca.") only until the first special
    case of the text (its abbreviations, "ca.", "kl.", "tlf.": spaCy #1250, the flag is per text), so in most
    letters every chunk after the first abbreviation ran the prefix, suffix, infix and URL regexes again in every
    check. A chunk tokenized on its own caches the same tokens (a chunk's tokens depend on the chunk alone; the
    special cases are applied to the whole document afterwards, as before, and a chunk holding a special case is
    not cached either way), so the document's own tokenization then finds them. Outside a memory zone only (in one,
    spaCy caches nothing)."""
    nlp = pipe.nlp
    vocab = getattr(nlp, "vocab", None)
    if vocab is not None and not getattr(vocab, "in_memory_zone", False):
        seen = pipe.chunks_seen
        new = [c for c in set(text.split()) if c not in seen]
        if new:
            if len(seen) + len(new) > _CHUNK_MEMO_LIMIT:
                seen.clear()
            tokenizer = nlp.tokenizer
            for c in sorted(new):
                tokenizer(c)
            seen.update(new)
    return nlp.make_doc(text)


def build_pipeline(lexicons: LexiconSet) -> Pipeline:
    import spacy
    from spacy.symbols import ORTH

    from linter.analysis.matching import CombinedMatcher

    nlp = spacy.blank("da")
    extra = set(EXTRA_ABBREVIATIONS)
    abbr = lexicons.raw.get("abbreviations") or {}
    for item in abbr.get("common") or []:
        a = item.get("abbr") if isinstance(item, dict) else item
        if isinstance(a, str) and a.endswith(".") and " " not in a:
            extra.add(a)
    for a in sorted(extra):
        for form in {a, a.capitalize(), a.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    internal = set(SENTENCE_INTERNAL) | {a.lower() for a in abbr.get("sentence_internal") or []}
    wanted = lexicons.wanted_lemmas()
    lemmatizer = Lemmatizer(trimmed_table(wanted), wanted)
    pipe = Pipeline(nlp=nlp, lexicons=lexicons, lemmatizer=lemmatizer, matchers=None)
    pipe.internal_abbreviations = internal  # type: ignore[attr-defined]
    pipe.matchers = CombinedMatcher(nlp, lexicons, lemmatizer)
    return pipe


_WORD_MEMO_LIMIT = 50_000  # distinct token texts remembered per pipeline (single words, memory only)


class _Words:
    """Per token text (by its orth hash): text, lower-case form, lemma and is_space, all fixed by the
    text and the pipeline, remembered across documents (single words in memory only, never written
    anywhere; cleared when full so that hostile text stays bounded). No string-store hash is kept: a
    check inside `nlp.memory_zone()` frees the strings it added, so each document adds the lemmas that
    differ from the lower-case form (the 5th field says so); the others are the lexeme's own LOWER."""

    __slots__ = ("vocab", "lemmatizer", "memo")

    def __init__(self, vocab, lemmatizer: Lemmatizer) -> None:
        self.vocab, self.lemmatizer = vocab, lemmatizer
        self.memo: dict[int, tuple[str, str, str, bool, bool]] = {}

    def entry(self, orth: int) -> tuple[str, str, str, bool, bool]:
        lex = self.vocab[orth]
        t, low = lex.orth_, lex.lower_
        lemma = self.lemmatizer(low) if lex.is_alpha or "-" in t else low
        got = (t, low, lemma, lex.is_space, lemma != low)
        if len(self.memo) >= _WORD_MEMO_LIMIT:
            self.memo.clear()
        self.memo[orth] = got
        return got


def _words_of(doc, lemmatizer: Lemmatizer) -> _Words:
    words = lemmatizer._words
    if words is None or words.vocab is not doc.vocab:
        words = lemmatizer._words = _Words(doc.vocab, lemmatizer)
    return words


def set_lemmas(doc, lemmatizer: Lemmatizer) -> TokenTable:
    """Lemmas of every token, set on the Doc in one call; returns the document's token table.
    Each distinct token text is looked up once per pipeline (`_Words`), not once per token."""
    from spacy.attrs import IDX, LEMMA, LOWER, ORTH

    if not len(doc):
        return TokenTable([], [], [], [], [], lemma_by_text=True)
    arr = doc.to_array([ORTH, IDX, LOWER])
    words = _words_of(doc, lemmatizer)
    get = words.memo.get
    orths = arr[:, 0].tolist()
    rows = list(map(get, orths))
    if None in rows:
        entry = words.entry
        rows = [r if r is not None else entry(orths[i]) for i, r in enumerate(rows)]
    text, lower, lemma, space = map(list, list(zip(*rows, strict=True))[:4])
    # a lemma equal to the lower-case form has its hash (LOWER, in the store with the token's lexeme);
    # the others are added to the store, as this document may sit in a memory zone of its own
    hashes = arr[:, 2:3].copy()
    add = doc.vocab.strings.add
    for i in [i for i, r in enumerate(rows) if r[4]]:
        hashes[i, 0] = add(lemma[i])
    doc.from_array([LEMMA], hashes)
    # the lemma is a function of the text (its lower-case form, is_alpha and the lemmatizer, fixed
    # per pipeline): the matcher may remember a text's lemma cues with its other cues
    return TokenTable(text, lower, lemma, arr[:, 1].tolist(), space, lemma_by_text=True)


def set_sentences(doc, block_starts: list[int], joins: list[bool], internal: set[str],
                  table: TokenTable | None = None) -> None:
    """Sentence starts: after end punctuation before a capital/number, and at block
    boundaries except where a text line was merely wrapped (`joins[i]` True). With the
    document's token table, the table learns the sentences too."""
    import bisect

    import numpy
    from spacy.attrs import SENT_START

    if table is None:
        table = TokenTable([t.text for t in doc], [t.lower_ for t in doc], [], [t.idx for t in doc],
                           [t.is_space for t in doc])
    n = len(table.text)
    flags = numpy.full((n, 1), -1, dtype="int64")
    # A sentence starts at token 0, at a non-space token opening a block that is not a wrapped line's
    # continuation, and at the first non-space token after end punctuation or a dotted abbreviation.
    # Collected and set in one call: assigning Token.is_sent_start re-scans the whole Doc each time,
    # which made one long paragraph quadratic (a hostile-input hang). Only the tokens that may start
    # a sentence are visited: block starts (found by offset) and the tokens after a token ending in
    # ".", "!", "?" or "…" (every end punctuation and every abbreviation does).
    text, lower, idx, space = table.text, table.lower, table.idx, table.is_space
    found = {0} if n else set()
    for i, start in enumerate(block_starts):
        if i == 0 or not joins[i]:
            t = bisect.bisect_left(idx, start)
            if t < n and idx[t] == start and not space[t]:
                found.add(t)
    for p in [p for p, low in enumerate(lower) if low[-1:] in _END_CHARS]:
        t = p + 1
        while t < n and space[t]:
            t += 1
        if t >= n or t in found:
            continue
        if text[p] in _END_PUNCT:
            if not _LOWER_START.match(text[t]):
                found.add(t)
        else:
            low = lower[p]
            # an abbreviation or unit that may close a sentence ("osv.", "20 kg. Han ...",
            # "i uge 14. Vi ..."); only the sentence-internal ones ("bl.a. Anne") never do
            if low.endswith(".") and len(low) > 1 and low not in internal and text[t][:1].isupper():
                found.add(t)
    starts = sorted(found)
    if n:
        flags[starts] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))
        table.set_sentence_index(starts)
