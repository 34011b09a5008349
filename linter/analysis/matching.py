"""One combined matcher for every lexicon, so cost does not grow with term count.

Term lexicons (jargon, officialese, ...) and concept phrases match on lower-case
token sequences (PhraseMatcher on LOWER, hash lookups); concept lemma phrases on
LEMMA; concept token patterns with one spaCy Matcher per key, run only on sentences
that contain one of its anchor words. Each match carries the key
"<lexicon>\x1f<entry>".
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
        # Token patterns are grouped by key, one Matcher per group with the words a match must
        # contain ("anchors"); a group only runs on sentences that hold one of its anchors.
        # spaCy evaluates every pattern's first-token predicates at every token, so this cuts
        # the matcher's cost (most of a check's time) without changing a single match.
        self._groups: dict[tuple, tuple[frozenset[str] | re.Pattern | None, object]] = {}
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
        # per key: one matcher for the patterns pinned to words (with the union of their anchors),
        # one per pattern pinned by a regex on a word, one for the rest (run on every sentence)
        for pat in patterns:
            probe = _anchors(pat)
            if probe is None:
                slot: tuple = (key, None)
            elif isinstance(probe, str):
                slot = (key, "regex", probe)
            else:
                slot = (key, "words")
            old, matcher = self._groups.get(slot) or (None, self._new_matcher())
            if isinstance(probe, frozenset):
                probe = probe | old if old else probe
            elif isinstance(probe, str):
                probe = re.compile(probe)
            matcher.add(key, [pat])
            self._groups[slot] = (probe, matcher)

    def _token_matches(self, doc):
        if not self._groups:
            return []
        if not doc.has_annotation("SENT_START"):
            return [t for _, m in self._groups.values() for t in m(doc)]
        # Token patterns with wildcards ({"OP": "*"}) keep every opened partial match alive to
        # the end of the input: over a whole document that is quadratic in its length (and
        # joins words of unrelated paragraphs). Matching sentence by sentence keeps it linear.
        out = []
        for sent in doc.sents:
            lower = {t.lower_ for t in sent}
            words = lower | {t.lemma_ for t in sent}
            base = sent.start
            for probe, matcher in self._groups.values():
                if probe is None or (probe.isdisjoint(words) is False if isinstance(probe, frozenset)
                                     else any(probe.search(w) for w in lower)):
                    out.extend((key, base + s, base + e) for key, s, e in matcher(sent))
        return out


_ANCHOR_ATTRS = ("LOWER", "ORTH", "TEXT", "NORM", "LEMMA")


def _anchors(pattern: list[dict]) -> frozenset[str] | str | None:
    """What any match of `pattern` must contain, from its first required token pinned to words:
    the lower-case words it may be, or a regex (source) on its lower-case form; None when no
    required token pins the match."""
    for spec in pattern:
        if spec.get("OP") in ("?", "*", "!") or str(spec.get("OP", "")).startswith("{0"):
            continue
        for attr in _ANCHOR_ATTRS:
            value = spec.get(attr)
            if isinstance(value, str):
                return frozenset({value.lower()})
            if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                return frozenset(v.lower() for v in value["IN"])
        value = spec.get("LOWER")
        if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            return value["REGEX"]
    return None


def _crosses_sentence(span) -> bool:
    return any(t.is_sent_start for t in span[1:])


def _guarded(doc, start: int, end: int, before: frozenset[str], after: frozenset[str]) -> bool:
    """A guard word stands right before (looking past "den": "siden den 3. marts") or right after."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ in ("den", "d.")):
        i -= 1
    return (i >= 0 and doc[i].lower_ in before) or (end < len(doc) and doc[end].lower_ in after)
