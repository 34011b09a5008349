"""The Danish pipeline: built once per process and shared (read-only) by every check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.analysis.lemmas import Lemmatizer, trimmed_table
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
_LOWER_START = re.compile(r"^[a-zæøå]")


@dataclass
class Pipeline:
    nlp: object
    lexicons: LexiconSet
    lemmatizer: Lemmatizer
    matchers: object  # linter.analysis.matching.CombinedMatcher


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


def set_lemmas(doc, lemmatizer: Lemmatizer) -> None:
    for tok in doc:
        if tok.is_alpha or "-" in tok.text:
            tok.lemma_ = lemmatizer(tok.lower_)
        else:
            tok.lemma_ = tok.lower_


def set_sentences(doc, block_starts: list[int], joins: list[bool], internal: set[str]) -> None:
    """Sentence starts: after end punctuation before a capital/number, and at block
    boundaries except where a text line was merely wrapped (`joins[i]` True)."""
    import bisect

    boundary_tokens = set()
    for i, start in enumerate(block_starts):
        if i == 0 or not joins[i]:
            boundary_tokens.add(start)
    prev_end = False
    prev_text = ""
    # Collected and written once: spaCy's Token.is_sent_start setter scans the whole Doc on
    # every call (has_annotation("DEP")), which made this quadratic in the letter's length.
    flags = [-1] * len(doc)
    for tok in doc:
        if tok.i == 0:
            flags[0] = 1
            prev_end, prev_text = tok.text in _END_PUNCT, tok.lower_
            continue
        if tok.is_space:
            continue
        start = tok.idx in boundary_tokens
        if not start and prev_end:
            start = not _LOWER_START.match(tok.text)
        elif not start and prev_text.endswith(".") and len(prev_text) > 1 \
                and prev_text not in internal and tok.text[:1].isupper():
            # "osv." / "mv." closing a sentence
            start = prev_text in {"osv.", "mv.", "m.fl.", "etc.", "m.m.", "o.l."}
        if not start:
            # a block boundary that lands mid-token list (joined wrapped lines)
            j = bisect.bisect_right(block_starts, tok.idx) - 1
            start = block_starts[j] == tok.idx and (j == 0 or not joins[j])
        flags[tok.i] = 1 if start else -1
        prev_end = tok.text in _END_PUNCT
        prev_text = tok.lower_
    if flags:
        import numpy
        from spacy.attrs import SENT_START

        doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))
