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
            if concept.patterns:
                self.tokens.add(key, concept.patterns)

    def __call__(self, doc) -> list[LexMatch]:
        strings = self.vocab.strings
        out: list[LexMatch] = []
        seen: set[tuple[str, int, int]] = set()
        for matcher in (self.lower, self.lemma, self.tokens):
            if len(matcher) == 0:
                continue
            for key, start, end in self._run(matcher, doc):
                label = strings[key]
                if (label, start, end) in seen:
                    continue
                seen.add((label, start, end))
                lex, entry = label.split(SEP, 1)
                span = doc[start:end]
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
