"""One combined matcher for every lexicon, so cost does not grow with term count.

Term lexicons (jargon, officialese, ...) and concept phrases match on lower-case
token sequences (PhraseMatcher on LOWER, hash lookups); concept lemma phrases on
LEMMA; concept token patterns with one spaCy Matcher each, run only on sentences that
hold everything the pattern requires (one of the words of each required token, its shape,
a number, the sentence's first word, or a word its regex accepts), found from the document's
token table (linter/analysis/tokens.py: each word -> bit set of its sentences). A check asks
for matches lexicon by lexicon (`CombinedMatcher.lazy`): a concept's token patterns run only
when the concept is first asked for, so the concepts of rules a letter's profile leaves out
cost nothing. Each match carries the key "<lexicon>\x1f<entry>".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.analysis.tokens import FIRST, LIKE_NUM, SHAPE, TokenTable
from linter.lexicons import LexiconSet

SEP = "\x1f"
GUARD = "\x1e"  # "<key>\x1e<pattern index>": a pattern with not_after / not_before words


@dataclass(slots=True, frozen=True)
class LexMatch:
    lexicon: str
    entry: str
    start: int  # token index
    end: int
    start_char: int
    end_char: int


class CombinedMatcher:
    def __init__(self, nlp, lexicons: LexiconSet, lemmatizer) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.vocab = nlp.vocab
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        # One Matcher per token pattern with what any match of it must contain: for each required
        # token the words it may be (or a regex on its lower-case form). A pattern runs only on
        # sentences that hold all of them. spaCy evaluates a pattern's predicates at every token,
        # and most patterns need two or more specific words, so this skips most calls (the
        # matcher's cost is most of a check's time) without changing a single match.
        self._patterns: list[tuple[tuple[frozenset[str], ...], tuple[re.Pattern, ...], object]] = []
        self._new_matcher = lambda: Matcher(nlp.vocab, validate=True)
        self._by_lexicon: dict[str, list[int]] = {}  # "concept:<name>" -> its token patterns
        self.guards: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        make = nlp.make_doc

        def lemma_doc(phrase: str):
            d = make(phrase)
            for t in d:
                t.lemma_ = lemmatizer(t.lower_)
            return d

        for lexname, table in lexicons.terms.items():
            for term, entry in table.items():
                self.lower.add(f"{lexname}{SEP}{term}", [make(f) for f in entry.forms])
        for cname, concept in lexicons.concepts.items():
            key = f"concept:{cname}{SEP}{cname}"
            if concept.phrases:
                self.lower.add(key, [make(p) for p in concept.phrases])
            if concept.lemmas:
                self.lemma.add(key, [lemma_doc(p) for p in concept.lemmas])
            guards = concept.guards or [(frozenset(), frozenset())] * len(concept.patterns)
            plain = [pat for pat, (b, a) in zip(concept.patterns, guards, strict=True) if not (b or a)]
            if plain:
                self._add_patterns(key, plain)
            for i, (pat, (before, after)) in enumerate(zip(concept.patterns, guards, strict=True)):
                if before or after:
                    gkey = f"{key}{GUARD}{i}"
                    self.guards[gkey] = (before, after)
                    self._add_patterns(gkey, [pat])

    def __call__(self, doc, table: TokenTable | None = None) -> list[LexMatch]:
        """Every match of every lexicon, in document order."""
        return self._finish(doc, table, [*self._phrase_raw(doc), *self._token_matches(doc, table)])

    def lazy(self, doc, table: TokenTable | None = None) -> LazyMatches:
        """The matches of each lexicon computed when first asked for: the phrase matchers run on
        the whole document at once (hash lookups, cheap), a concept's token patterns only when a
        rule, the profile or the sender reader asks for that concept. Each lexicon's list equals
        the same lexicon's part of `self(doc, table)`."""
        return LazyMatches(self, doc, table)

    def _phrase_raw(self, doc) -> list[tuple[int, int, int]]:
        return [t for m in (self.lower, self.lemma) if len(m) for t in m(doc)]

    def _finish(self, doc, table: TokenTable | None, raw) -> list[LexMatch]:
        strings = self.vocab.strings
        out: list[LexMatch] = []
        seen: set[tuple[str, int, int]] = set()
        sent_of = table.sent_of if table is not None and table.sent_bounds else None
        for key, start, end in raw:
            label = strings[key]
            if GUARD in label:
                before, after = self.guards[label]
                if _guarded(doc, start, end, before, after):
                    continue
                label = label.split(GUARD, 1)[0]
            if (label, start, end) in seen:
                continue
            seen.add((label, start, end))
            lex, entry = label.split(SEP, 1)
            if sent_of is not None:
                if lex.startswith("concept:") and sent_of[start] != sent_of[end - 1]:
                    continue  # a concept is stated within one sentence
                s_char = table.idx[start]  # type: ignore[union-attr]
                e_char = table.idx[end - 1] + len(table.text[end - 1])  # type: ignore[union-attr]
            else:
                span = doc[start:end]
                if lex.startswith("concept:") and _crosses_sentence(span):
                    continue
                s_char, e_char = span.start_char, span.end_char
            out.append(LexMatch(lex, entry, start, end, s_char, e_char))
        out.sort(key=lambda m: (m.start_char, -m.end_char))
        return out

    def _add_patterns(self, key: str, patterns: list[list[dict]]) -> None:
        for pat in patterns:
            words, regexes = _requirements(pat)
            matcher = self._new_matcher()
            matcher.add(key, [pat])
            # the most selective required word set first: most patterns stop there
            self._by_lexicon.setdefault(key.split(SEP, 1)[0], []).append(len(self._patterns))
            self._patterns.append((tuple(sorted(words, key=len)), regexes, matcher))

    def _token_matches(self, doc, table: TokenTable | None = None, only: list[int] | None = None):
        """Matches of the token patterns (`only`: of these pattern indices), sentence by sentence."""
        if not self._patterns:
            return []
        if not doc.has_annotation("SENT_START"):
            return [t for i, (_, _, m) in enumerate(self._patterns) if only is None or i in only for t in m(doc)]
        if table is None or not table.sent_bounds:
            table = TokenTable([t.text for t in doc], [t.lower_ for t in doc], [t.lemma_ for t in doc],
                               [t.idx for t in doc], [t.is_space for t in doc])
            table.set_sentence_index([s.start for s in doc.sents])
        # Token patterns with wildcards ({"OP": "*"}) keep every opened partial match alive to
        # the end of the input: over a whole document that is quadratic in its length (and
        # joins words of unrelated paragraphs), so each pattern runs sentence by sentence, and
        # only on the sentences that hold every word it requires: from the document's index
        # word -> sentences (bit sets), a pattern's sentences are the AND over its required
        # tokens of the OR over the words each may be, then over its regexes of the sentences
        # holding a lower-case word the regex accepts.
        words = table.word_sentences(doc)
        sentence_lowers = table.sentence_lowers(doc)
        lowers = table.lower_words(doc)
        rx_memo = table.regex_hits
        everything = (1 << len(table.sent_bounds)) - 1
        runs: list[tuple[int, int]] = []  # (sentence, pattern)
        patterns = self._patterns
        keys = words.keys()
        memo = table.need_bits  # required word set -> its sentences, shared by every concept
        for i in range(len(patterns)) if only is None else only:
            need, regexes, _ = patterns[i]
            bits = everything
            for alternatives in need:
                any_of = memo.get(alternatives)
                if any_of is None:
                    any_of = 0
                    for w in keys & alternatives:
                        any_of |= words[w]
                    memo[alternatives] = any_of
                bits &= any_of
                if not bits:
                    break
            for rx in regexes:
                if bits.bit_count() > 4:  # many sentences in question: once over the letter's words
                    whole = rx_memo.get(rx)
                    if whole is None:
                        whole = 0
                        for w, wb in lowers.items():
                            if rx.search(w):
                                whole |= wb
                        rx_memo[rx] = whole
                    bits &= whole
                    if not bits:
                        break
                    continue
                # few sentences in question (the words above pinned them): each asked once per regex
                b = bits
                while b:
                    low = b & -b
                    b ^= low
                    si = low.bit_length() - 1
                    hit = rx_memo.get((rx, si))
                    if hit is None:
                        hit = rx_memo[(rx, si)] = any(rx.search(w) for w in sentence_lowers[si])
                    if not hit:
                        bits ^= low
                if not bits:
                    break
            runs.extend((si, i) for si in _bit_indices(bits))
        runs.sort()  # sentence by sentence, patterns in order: matches come out as before
        out = []
        bounds = table.sent_bounds
        sents: dict[int, object] = {}
        for si, i in runs:
            sent = sents.get(si)
            if sent is None:
                s, e = bounds[si]
                sent = sents[si] = doc[s:e]
            base = bounds[si][0]
            out.extend((key, base + s, base + e) for key, s, e in self._patterns[i][2](sent))
        return out


class LazyMatches:
    """One document's lexicon matches, lexicon by lexicon on demand (CombinedMatcher.lazy)."""

    def __init__(self, matcher: CombinedMatcher, doc, table: TokenTable | None) -> None:
        self._m, self._doc, self._table = matcher, doc, table
        self._lists: dict[str, list[LexMatch]] = {}
        self._phrases: dict[str, list[LexMatch]] | None = None
        self._all: list[LexMatch] | None = None

    def get(self, lexicon: str) -> list[LexMatch]:
        hit = self._lists.get(lexicon)
        if hit is not None:
            return hit
        if self._phrases is None:
            self._phrases = {}
            for x in self._m._finish(self._doc, self._table, self._m._phrase_raw(self._doc)):
                self._phrases.setdefault(x.lexicon, []).append(x)
        found = self._phrases.get(lexicon, [])
        patterns = self._m._by_lexicon.get(lexicon)
        if patterns:
            tokens = self._m._finish(self._doc, self._table, self._m._token_matches(self._doc, self._table, patterns))
            have = {(x.start, x.end) for x in found}
            # a token match equal to a phrase match of the same concept is that match (kept once)
            found = [*found, *(x for x in tokens if (x.start, x.end) not in have)]
            found.sort(key=lambda x: (x.start_char, -x.end_char))  # stable: phrase matches first on ties
        self._lists[lexicon] = found
        return found

    def all(self) -> list[LexMatch]:
        if self._all is None:
            self._all = self._m(self._doc, self._table)
        return self._all


def _bit_indices(bits: int) -> list[int]:
    """The positions of the set bits, ascending; linear in the number of bits also for a letter of
    thousands of sentences (clearing the lowest bit one at a time would copy the integer each time)."""
    if bits.bit_length() <= 64:
        out = []
        while bits:
            low = bits & -bits
            out.append(low.bit_length() - 1)
            bits ^= low
        return out
    return [i for i, c in enumerate(reversed(format(bits, "b"))) if c == "1"]


_ANCHOR_ATTRS = ("LOWER", "ORTH", "TEXT", "NORM", "LEMMA")


def _requirements(pattern: list[dict]) -> tuple[tuple[frozenset[str], ...], tuple[re.Pattern, ...]]:
    """What any match of `pattern` must contain (each a necessary condition on a sentence, so a
    sentence without one cannot hold a match): per required token pinned to words, the lower-case
    words it may be (its lower form or lemma is one of them; pinned to the sentence's first token
    as well, the first token's words); pinned to shapes, those shapes; LIKE_NUM; and per required
    token pinned by a regex on its lower-case form, that regex. Optional tokens pin nothing. The
    keys are those of linter.analysis.tokens.TokenTable.word_sentences."""
    words: list[frozenset[str]] = []
    regexes: list[re.Pattern] = []
    for spec in pattern:
        op = str(spec.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith("{0") or op.startswith("{,"):
            continue
        first = FIRST if spec.get("IS_SENT_START") is True else ""
        for attr in _ANCHOR_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str):
                words.append(frozenset({first + value.lower()}))
                break
            if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                words.append(frozenset(first + v.lower() for v in value["IN"]))
                break
        else:
            value = spec.get("LOWER")
            if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                regexes.append(re.compile(value["REGEX"]))
        shape = spec.get("SHAPE")
        if isinstance(shape, str):
            words.append(frozenset({SHAPE + shape}))
        elif isinstance(shape, dict) and set(shape) == {"IN"} and all(isinstance(v, str) for v in shape["IN"]):
            words.append(frozenset(SHAPE + v for v in shape["IN"]))
        if spec.get("LIKE_NUM") is True:
            words.append(frozenset({LIKE_NUM}))
    return tuple(words), tuple(regexes)


def _crosses_sentence(span) -> bool:
    return any(t.is_sent_start for t in span[1:])


def _guarded(doc, start: int, end: int, before: frozenset[str], after: frozenset[str]) -> bool:
    """A guard word stands right before (looking past "den": "siden den 3. marts") or right after."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ in ("den", "d.")):
        i -= 1
    return (i >= 0 and doc[i].lower_ in before) or (end < len(doc) and doc[end].lower_ in after)
