"""One combined matcher for every lexicon, so cost does not grow with term count.

Term lexicons (jargon, officialese, ...) and concept phrases match on lower-case
token sequences (PhraseMatcher on LOWER, hash lookups); concept lemma phrases on
LEMMA. Concept token patterns are compiled once, when the pipeline is built, into anchored
automata over the document's token table (linter/analysis/token_patterns.py): one pass over a
letter's distinct words finds where each pattern's anchor token can stand, and from each such
place the pattern runs backwards and forwards inside the sentence. The matches are exactly those
of spaCy's `Matcher` run on every sentence (tests/test_token_patterns.py); a pattern using
something the compiler does not read the same way keeps a spaCy `Matcher`. A check asks for
matches lexicon by lexicon (`CombinedMatcher.lazy`): a concept's token patterns run only when the
concept is first asked for, so the concepts of rules a letter's profile leaves out cost nothing.
Each match carries the key "<lexicon>\x1f<entry>".
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.analysis.token_patterns import (
    CompiledPattern,
    DocumentCues,
    PatternIndex,
    Source,
    compile_pattern,
)
from linter.analysis.tokens import TokenTable
from linter.lexicons import LexiconSet

SEP = "\x1f"
GUARD = "\x1e"  # "<key>\x1e<pattern index>": a pattern with not_after / not_before words


# (not `frozen`: a frozen dataclass sets each field through object.__setattr__, ~3x the cost of plain slots, and
# ~6,500 matches are made per 190 letters; hashed and compared by value all the same; never changed after)
@dataclass(slots=True, unsafe_hash=True)
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
        # Each token pattern compiled (token_patterns.py), or, if it cannot be, a spaCy Matcher.
        self._patterns: list[CompiledPattern | object] = []
        self._new_matcher = lambda: Matcher(nlp.vocab, validate=True)
        self._source = Source(nlp.vocab)
        self._by_lexicon: dict[str, list[int]] = {}  # "concept:<name>" -> its token patterns
        self.guards: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._labels: dict[int, tuple] = {}  # match key -> `_label(key)`
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
        self._index = PatternIndex([p if isinstance(p, CompiledPattern) else None for p in self._patterns])
        self._fallback = {i for i, p in enumerate(self._patterns) if not isinstance(p, CompiledPattern)}
        # a lexicon's patterns grouped by one cue each must find in a letter (the one with the fewest words): a
        # letter without that cue skips the whole group at one look (most patterns miss a cue in most letters)
        self._groups = {lex: self._index.groups(only) for lex, only in self._by_lexicon.items()}

    def __call__(self, doc, table: TokenTable | None = None, memo: dict | None = None) -> list[LexMatch]:
        """Every match of every lexicon, in document order."""
        return self._finish(doc, table, [*self._phrase_raw(doc), *self._token_matches(doc, table, None, memo)])

    def lazy(self, doc, table: TokenTable | None = None) -> LazyMatches:
        """The matches of each lexicon computed when first asked for: the phrase matchers run on
        the whole document at once (hash lookups, cheap), a concept's token patterns only when a
        rule, the profile or the sender reader asks for that concept. Each lexicon's list equals
        the same lexicon's part of `self(doc, table)`."""
        return LazyMatches(self, doc, table)

    def _phrase_raw(self, doc) -> list[tuple[int, int, int]]:
        return [t for m in (self.lower, self.lemma) if len(m) for t in m(doc)]

    def _finish(self, doc, table: TokenTable | None, raw) -> list[LexMatch]:
        labels = self._labels
        out: list[LexMatch] = []
        seen: set[tuple[str, int, int]] = set()
        sent_of = table.sent_of if table is not None and table.sent_bounds else None
        for key, start, end in raw:
            info = labels.get(key)
            if info is None:
                info = labels[key] = self._label(key)
            label, lex, entry, guard, concept = info
            if guard is not None and _guarded(doc, table, start, end, *guard):
                continue
            if (label, start, end) in seen:
                continue
            seen.add((label, start, end))
            if sent_of is not None:
                if concept and sent_of[start] != sent_of[end - 1]:
                    continue  # a concept is stated within one sentence
                s_char = table.idx[start]  # type: ignore[union-attr]
                e_char = table.idx[end - 1] + len(table.text[end - 1])  # type: ignore[union-attr]
            else:
                span = doc[start:end]
                if concept and _crosses_sentence(span):
                    continue
                s_char, e_char = span.start_char, span.end_char
            out.append(LexMatch(lex, entry, start, end, s_char, e_char))
        out.sort(key=lambda m: (m.start_char, -m.end_char))
        return out

    def _label(self, key: int) -> tuple[str, str, str, tuple[frozenset[str], frozenset[str]] | None, bool]:
        """A match key's label, lexicon, entry, guard words (before, after) and whether it is a concept."""
        label = self.vocab.strings[key]
        guard = None
        if GUARD in label:
            guard = self.guards[label]
            label = label.split(GUARD, 1)[0]
        lex, entry = label.split(SEP, 1)
        return label, lex, entry, guard, lex.startswith("concept:")

    def _add_patterns(self, key: str, patterns: list[list[dict]]) -> None:
        for pat in patterns:
            compiled = compile_pattern(pat, self._source, self.vocab.strings.add(key))
            if compiled is None:
                matcher = self._new_matcher()
                matcher.add(key, [pat])
            self._by_lexicon.setdefault(key.split(SEP, 1)[0], []).append(len(self._patterns))
            self._patterns.append(compiled if compiled is not None else matcher)

    def _token_matches(self, doc, table: TokenTable | None = None, only: list[int] | None = None,
                       memo: dict | None = None, groups: tuple | None = None):
        """Matches of the token patterns (`only`: of these pattern indices), sentence by sentence
        (a pattern never spans two sentences), in the order of spaCy's Matcher run sentence by
        sentence, pattern by pattern: sentence, then pattern, then span. `memo`: the document's
        (`LazyMatches`), which keeps its cue positions between calls. `groups`: the same patterns as `only`,
        grouped by a cue (`PatternIndex.groups`), so the groups whose cue the letter lacks are not visited."""
        if not self._patterns:
            return []
        if table is not None and table.sent_bounds and len(table.text) == len(doc):
            has_sents = True  # the table learnt the Doc's sentences and their starts (pipeline.set_sentences)
        else:
            has_sents = doc.has_annotation("SENT_START")
            table = _table_of(doc)
            if has_sents:
                table.set_sentence_index([s.start for s in doc.sents])
            table.sent_start = _sent_starts(doc)
        # the cue positions live beside the table, not on it: a table holding its DocumentCues (which
        # holds the table) would be a reference cycle, left for the garbage collector with every
        # position list of the letter instead of freed with the letter
        cues = memo.get("cues") if memo is not None else None
        if cues is None:
            cues = DocumentCues(self._index, table, has_sents)
            if memo is not None:
                memo["cues"] = cues
        if groups is not None:  # the patterns of the groups whose cue the letter holds (`PatternIndex.groups`)
            present = cues.present
            which = [i for cid, members in groups if cid is None or cid in present for i in members]
        else:
            which = range(len(self._patterns)) if only is None else only
        found = cues.matches(self._patterns, self._index.pattern_cues, self._index.cue_sets, which)
        for i in self._fallback.intersection(which) if self._fallback else ():
            ranges = table.sent_bounds if has_sents else [(0, len(doc))]
            for si, (s, e) in enumerate(ranges):
                found.extend((si, i, s + ms, s + me, key) for key, ms, me in self._patterns[i](doc[s:e]))  # type: ignore[operator]
        found.sort()
        return [(key, s, e) for _, _, s, e, key in found]


class LazyMatches:
    """One document's lexicon matches, lexicon by lexicon on demand (CombinedMatcher.lazy)."""

    def __init__(self, matcher: CombinedMatcher, doc, table: TokenTable | None) -> None:
        self._m, self._doc, self._table = matcher, doc, table
        self._lists: dict[str, list[LexMatch]] = {}
        self._phrases: dict[str, list[tuple[int, int, int]]] | None = None  # lexicon -> its raw phrase matches
        self._all: list[LexMatch] | None = None
        self._memo: dict = {}  # the document's cue positions (CombinedMatcher._token_matches)

    def get(self, lexicon: str) -> list[LexMatch]:
        hit = self._lists.get(lexicon)
        if hit is not None:
            return hit
        if self._phrases is None:
            # both phrase matchers run once over the whole document; a lexicon's matches are finished
            # when it is asked for (half the phrase matches of a letter belong to lexicons no rule asks
            # for under its profile). `_finish` per lexicon gives that lexicon's part of `_finish` of all:
            # its duplicates are by label (lexicon and entry), its sort is stable.
            self._phrases = {}
            labels, label = self._m._labels, self._m._label
            for t in self._m._phrase_raw(self._doc):
                info = labels.get(t[0])
                if info is None:
                    info = labels[t[0]] = label(t[0])
                self._phrases.setdefault(info[1], []).append(t)
        raw_phrases = self._phrases.get(lexicon)
        found = self._m._finish(self._doc, self._table, raw_phrases) if raw_phrases else []
        patterns = self._m._by_lexicon.get(lexicon)
        raw = self._m._token_matches(self._doc, self._table, patterns, self._memo,
                                     self._m._groups.get(lexicon)) if patterns else None
        if raw:
            tokens = self._m._finish(self._doc, self._table, raw)
            have = {(x.start, x.end) for x in found}
            # a token match equal to a phrase match of the same concept is that match (kept once)
            found = [*found, *(x for x in tokens if (x.start, x.end) not in have)]
            found.sort(key=lambda x: (x.start_char, -x.end_char))  # stable: phrase matches first on ties
        self._lists[lexicon] = found
        return found

    def all(self) -> list[LexMatch]:
        if self._all is None:
            self._all = self._m(self._doc, self._table, self._memo)
        return self._all


def _table_of(doc) -> TokenTable:
    return TokenTable([t.text for t in doc], [t.lower_ for t in doc], [t.lemma_ for t in doc],
                      [t.idx for t in doc], [t.is_space for t in doc])


def _sent_starts(doc) -> list[bool]:
    """Per token: does spaCy's Matcher see it as a sentence start (`sent_start == 1`)."""
    from spacy.attrs import SENT_START

    return [v == 1 for v in doc.to_array([SENT_START]).tolist()] if len(doc) else []


def _crosses_sentence(span) -> bool:
    return any(t.is_sent_start for t in span[1:])


def _guarded(doc, table: TokenTable | None, start: int, end: int, before: frozenset[str],
             after: frozenset[str]) -> bool:
    """A guard word stands right before (looking past "den": "siden den 3. marts") or right after."""
    if table is not None and len(table.text) == len(doc):
        space, lower = table.is_space, table.lower
    else:
        space, lower = [t.is_space for t in doc], [t.lower_ for t in doc]
    i = start - 1
    while i >= 0 and (space[i] or lower[i] in ("den", "d.")):
        i -= 1
    return (i >= 0 and lower[i] in before) or (end < len(lower) and lower[end] in after)
