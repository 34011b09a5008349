"""One combined matcher for every lexicon, so cost does not grow with term count.

Term lexicons (jargon, officialese, ...) and concept phrases match on lower-case
token sequences (PhraseMatcher on LOWER, hash lookups); concept lemma phrases on
LEMMA; concept token patterns with one spaCy Matcher each, run only on sentences that
hold every word the pattern requires (one of the words of each required token, or a
word its regex accepts). Each match carries the key "<lexicon>\x1f<entry>".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
        # word -> the patterns whose smallest required word set holds it; patterns pinned by
        # no word (a regex only, or nothing) are checked on every sentence
        self._by_word: dict[str, list[int]] = {}
        self._unpinned: list[int] = []
        self._new_matcher = lambda: Matcher(nlp.vocab, validate=True)
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

    def __call__(self, doc) -> list[LexMatch]:
        strings = self.vocab.strings
        out: list[LexMatch] = []
        seen: set[tuple[str, int, int]] = set()
        phrase = [m for m in (self.lower, self.lemma) if len(m)]
        for key, start, end in [*(t for m in phrase for t in m(doc)), *self._token_matches(doc)]:
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
            span = doc[start:end]
            if lex.startswith("concept:") and _crosses_sentence(span):
                continue  # a concept is stated within one sentence
            out.append(LexMatch(lex, entry, start, end, span.start_char, span.end_char))
        out.sort(key=lambda m: (m.start_char, -m.end_char))
        return out

    def _add_patterns(self, key: str, patterns: list[list[dict]]) -> None:
        for pat in patterns:
            words, regexes = _requirements(pat)
            matcher = self._new_matcher()
            matcher.add(key, [pat])
            index = len(self._patterns)
            self._patterns.append((words, regexes, matcher))
            if words:
                for w in min(words, key=len):
                    self._by_word.setdefault(w, []).append(index)
            else:
                self._unpinned.append(index)

    def _token_matches(self, doc):
        if not self._patterns:
            return []
        if not doc.has_annotation("SENT_START"):
            return [t for _, _, m in self._patterns for t in m(doc)]
        # Token patterns with wildcards ({"OP": "*"}) keep every opened partial match alive to
        # the end of the input: over a whole document that is quadratic in its length (and
        # joins words of unrelated paragraphs). Matching sentence by sentence keeps it linear.
        out = []
        for sent in doc.sents:
            lower = {t.lower_ for t in sent}
            words = lower | {t.lemma_ for t in sent}
            seen_rx: dict[re.Pattern, bool] = {}
            base = sent.start
            candidates = set(self._unpinned)
            for w in words:
                hit = self._by_word.get(w)
                if hit:
                    candidates.update(hit)
            for i in sorted(candidates):  # pattern order, so matches come out as before
                need, regexes, matcher = self._patterns[i]
                if any(w.isdisjoint(words) for w in need):
                    continue
                if regexes and not all(_any_word(rx, lower, seen_rx) for rx in regexes):
                    continue
                out.extend((key, base + s, base + e) for key, s, e in matcher(sent))
        return out


def _any_word(rx: re.Pattern, lower: set[str], seen: dict[re.Pattern, bool]) -> bool:
    hit = seen.get(rx)
    if hit is None:
        hit = seen[rx] = any(rx.search(w) for w in lower)
    return hit


_ANCHOR_ATTRS = ("LOWER", "ORTH", "TEXT", "NORM", "LEMMA")


def _requirements(pattern: list[dict]) -> tuple[tuple[frozenset[str], ...], tuple[re.Pattern, ...]]:
    """What any match of `pattern` must contain: per required token pinned to words, the
    lower-case words it may be (its lower form or lemma is one of them), and per required token
    pinned by a regex on its lower-case form, that regex. Optional tokens pin nothing."""
    words: list[frozenset[str]] = []
    regexes: list[re.Pattern] = []
    for spec in pattern:
        op = str(spec.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith("{0") or op.startswith("{,"):
            continue
        for attr in _ANCHOR_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str):
                words.append(frozenset({value.lower()}))
                break
            if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                words.append(frozenset(v.lower() for v in value["IN"]))
                break
        else:
            value = spec.get("LOWER")
            if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                regexes.append(re.compile(value["REGEX"]))
    return tuple(words), tuple(regexes)


def _crosses_sentence(span) -> bool:
    return any(t.is_sent_start for t in span[1:])


def _guarded(doc, start: int, end: int, before: frozenset[str], after: frozenset[str]) -> bool:
    """A guard word stands right before (looking past "den": "siden den 3. marts") or right after."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ in ("den", "d.")):
        i -= 1
    return (i >= 0 and doc[i].lower_ in before) or (end < len(doc) and doc[end].lower_ in after)
