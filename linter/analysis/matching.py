"""One combined matcher for every lexicon, so cost does not grow with term count.

Term lexicons (jargon, officialese, ...) and concept phrases match on lower-case
token sequences (PhraseMatcher on LOWER, hash lookups); concept lemma phrases on
LEMMA; concept token patterns with one spaCy Matcher. Each match carries the key
"<lexicon>\x1f<entry>".
"""

from __future__ import annotations

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
        self.tokens = Matcher(nlp.vocab, validate=True)
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
                self.tokens.add(key, plain)
            for i, (pat, (before, after)) in enumerate(zip(concept.patterns, guards, strict=True)):
                if before or after:
                    gkey = f"{key}{GUARD}{i}"
                    self.guards[gkey] = (before, after)
                    self.tokens.add(gkey, [pat])

    def __call__(self, doc) -> list[LexMatch]:
        strings = self.vocab.strings
        out: list[LexMatch] = []
        seen: set[tuple[str, int, int]] = set()
        for matcher in (self.lower, self.lemma, self.tokens):
            if len(matcher) == 0:
                continue
            for key, start, end in self._run(matcher, doc):
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

    def _run(self, matcher, doc):
        if matcher is not self.tokens or not doc.has_annotation("SENT_START"):
            return matcher(doc)
        # Token patterns with wildcards ({"OP": "*"}) keep every opened partial match alive to
        # the end of the input: over a whole document that is quadratic in its length (and
        # joins words of unrelated paragraphs). Matching sentence by sentence keeps it linear.
        out = []
        for sent in doc.sents:
            base = sent.start
            out.extend((key, base + s, base + e) for key, s, e in matcher(sent))
        return out


def _crosses_sentence(span) -> bool:
    return any(t.is_sent_start for t in span[1:])


def _guarded(doc, start: int, end: int, before: frozenset[str], after: frozenset[str]) -> bool:
    """A guard word stands right before (looking past "den": "siden den 3. marts") or right after."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ in ("den", "d.")):
        i -= 1
    return (i >= 0 and doc[i].lower_ in before) or (end < len(doc) and doc[end].lower_ in after)
