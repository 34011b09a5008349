"""Analysis of one Document: joined text, spaCy Doc, sentences, lexicon matches,
phone numbers and e-mail addresses, with offset maps back to blocks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from linter.analysis.matching import LazyMatches, LexMatch
from linter.analysis.pipeline import Pipeline, make_doc, set_lemmas, set_sentences
from linter.analysis.tokens import TokenTable
from linter.analysis.wrapping import LIST_ITEM, continues_line, wrap_width
from linter.model import Block, Document

_bisect_right = bisect.bisect_right

# A Danish number (the only kind kept, but for a foreign one written with its country code) has 8 national digits,
# and phonenumbers only reads digit runs separated by at most 4 punctuation characters: a block without 8 such digits
# holds none.
# Those 8 digits are a valid Danish number only when the first is 2-9 (DK's numbering plan, [2-9]\d{7}; a
# leading 0 makes a 9-digit national number): "Dato: 03.03.2026" and "f. 010203-1234" hold none. A digit of
# another script (its value not read here) lets the block through.
_EIGHT_DIGITS = re.compile(r"[2-9](?=(?:\D{0,4}\d){7})|[^\D0-9]")
_ANY_DIGIT = re.compile(r"\d")  # every match of _EIGHT_DIGITS starts with one
# a whole date with a four-digit year ("27.03.2026", "3/4-2026", "12-11-2025"; day 1-31, month 1-12): never a phone
# number, though its eight digits make a valid one ("Sendt: 27.03.2026 08:41" in a printout's head)
_DATE_SHAPE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}")
# the digit groups a hard wrap may leave at a line's end and the next line's start (no language here)
_WRAP_HEAD = re.compile(r"(?<![\d+])((?:\+45 ?)?\d{2}(?: \d{2}){0,2}|\d{4})\s*$")
# one to four letters run together with eight digits: the letter that touches them (no language here)
_GLUED_LABEL = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})(?=\d{8}(?![\w@]))")
_WRAP_TAIL = re.compile(r"^\s*(\d{2}(?: \d{2}){0,2}|\d{4}(?: ?\d{2})?)(?![\d])")


_PAIR = re.compile(r"\d{2}")


def _unglue(m: re.Match) -> str:
    return m.group(1)[:-1] + " "


def _four_pairs(head: str, tail: str) -> bool:
    """Both parts of a split number are pairs of digits, four in all ("23 61" + "48 05", "23" + "61 48 05")."""
    groups = head.removeprefix("+45").split() + tail.split()
    return len(groups) == 4 and all(_PAIR.fullmatch(g) for g in groups)


def _split_digits(prev, cur) -> tuple[re.Match, re.Match] | None:
    """The digit groups ending line `prev` and opening line `cur` of the same paragraph: a number a line break may
    have split (the joined digits are the caller's to weigh)."""
    if prev.group != cur.group or not prev.text.rstrip()[-1:].isdecimal():
        return None  # (_WRAP_HEAD ends in a digit and trailing space: no need to scan the line for it)
    head = _WRAP_HEAD.search(prev.text)
    tail = _WRAP_TAIL.match(cur.text) if head else None
    return (head, tail) if tail else None


def _splits_pairs(blocks, i: int) -> bool:
    """A line break inside a number written in pairs ("… direkte tlf. 23 61" / "48 05 eller …", same paragraph):
    the next line goes on with the number's sentence, however short the line (broken by hand or wrapped twice)."""
    split = _split_digits(blocks[i - 1], blocks[i])
    return bool(split and _four_pairs(split[0].group(1), split[1].group(1))
                and re.sub(r"\D", "", split[0].group(1) + split[1].group(1))[-8:-7] not in "01")


@dataclass(slots=True, frozen=True)
class Contact:
    kind: str  # "phone" | "email"
    value: str  # normalised: digits for phones, the real lower-case address for e-mails
    start: int  # span as written in the text ("anne (at) klinik.dk" whole)
    end: int


@dataclass
class Analysis:
    document: Document
    text: str
    block_starts: list[int]
    doc: object  # spacy.tokens.Doc
    lazy_matches: LazyMatches  # each lexicon's matches, computed when first asked for
    pipeline: Pipeline
    # blocks whose text lost invisible characters: clean offset -> offset in the original (letter/normalise.py)
    source_maps: dict[int, tuple[tuple[int, ...], str]] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)  # per-document results shared by rules
    # the letter's zones (linter/letter/structure.py), set by the letter layer (linter/letter/read.py),
    # which builds on this analysis: the analysis never imports the letter model
    structure: Any = None
    tokens: TokenTable | None = None  # the document's token table (linter/analysis/tokens.py)

    # -- locating -------------------------------------------------------
    def block_index(self, offset: int) -> int:
        # (asked ~100 times per letter: no `max()` call, bisect_right bound at import)
        i = _bisect_right(self.block_starts, offset) - 1
        return i if i > 0 else 0

    def block_at(self, offset: int) -> tuple[Block, int]:
        i = self.block_index(offset)
        return self.document.blocks[i], offset - self.block_starts[i]

    def block_span(self, i: int) -> tuple[int, int]:
        start = self.block_starts[i]
        return start, start + len(self.document.blocks[i].text)

    @cached_property
    def blocks(self) -> list[Block]:  # (read ~140 times per letter: an attribute after the first)
        return self.document.blocks

    def placeholders(self, i: int) -> tuple[tuple[int, int], ...]:
        """Unfilled template fields of block i (the project's one placeholder grammar), once per block."""
        cache = self.memo.get("placeholders")
        if cache is None:  # (not setdefault: that builds a new dict on each of a letter's ~35 calls)
            from linter.readers.docx_placeholders import may_hold

            cache = self.memo["placeholders"] = {}
            # one look at the whole letter: most hold no "{{", "«", "[", … at all, and then no line is scanned
            self.memo["placeholders.scan"] = may_hold(self.text)
        spans = cache.get(i)  # type: ignore[union-attr]
        if spans is None:
            from linter.readers.docx_placeholders import placeholder_spans

            block = self.document.blocks[i]
            spans = cache[i] = placeholder_spans(block.text, block.placeholders,  # type: ignore[index]
                                                 bool(self.memo["placeholders.scan"]))
        return spans

    # -- lexicons ---------------------------------------------------------
    @property
    def matches(self) -> list[LexMatch]:
        """Every lexicon match of the document, in document order."""
        return self.lazy_matches.all()

    def lexicon_matches(self, lexicon: str) -> list[LexMatch]:
        return self.lazy_matches.get(lexicon)

    def concept_matches(self, concept: str) -> list[LexMatch]:
        return self.lexicon_matches(f"concept:{concept}")

    # -- sentences --------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Character spans of sentences, trailing whitespace excluded."""
        out = []
        t = self.tokens
        if t is None or not t.sent_bounds:
            for s in self.doc.sents:
                toks = [x for x in s if not x.is_space]
                if toks:
                    out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
            return out
        space, idx, text = t.is_space, t.idx, t.text
        for s, e in t.sent_bounds:
            while s < e and space[s]:
                s += 1
            while e > s and space[e - 1]:
                e -= 1
            if s < e:
                out.append((idx[s], idx[e - 1] + len(text[e - 1])))
        return out

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        # O(log n): the start list is built once per document, not on every call
        i = _bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[i if i > 0 else 0]

    # -- contact details --------------------------------------------------
    @cached_property
    def phones(self) -> list[Contact]:
        import phonenumbers

        out = []
        for bi, block in enumerate(self.blocks):
            # cheap pre-checks (phonenumbers is slow): a digit at all (a C scan; most lines have none), then eight
            if _ANY_DIGIT.search(block.text) is None or not _EIGHT_DIGITS.search(block.text):
                continue
            base = self.block_starts[bi]
            # a short label run together with the number ("Tlf96848484", "·Mob20814457"): read with a space in the
            # label's last letter's place (same length, so the spans hold; the label itself is read from the text)
            line = _GLUED_LABEL.sub(_unglue, block.text) if _GLUED_LABEL.search(block.text) else block.text
            try:
                found = list(phonenumbers.PhoneNumberMatcher(line, "DK",
                                                             leniency=phonenumbers.Leniency.VALID))
            except Exception:  # phonenumbers is defensive, but never let it break a check
                found = []
            for m in found:
                if m.number.country_code != 45:
                    # a foreign number counts only written with its country code ("+49 151 2345 6789",
                    # "0046 8 123 456 78"): kept in E.164 form, the Danish ones as their 8 digits
                    if m.raw_string.startswith(("+", "00")):
                        out.append(Contact("phone", f"+{m.number.country_code}{m.number.national_number}",
                                           base + m.start, base + m.end))
                    continue
                digits = str(m.number.national_number)
                if len(digits) != 8 or _DATE_SHAPE.fullmatch(m.raw_string.strip()):
                    continue
                out.append(Contact("phone", digits, base + m.start, base + m.end))
        out += self._wrapped_phones(out)
        return out

    def _wrapped_phones(self, found: list[Contact]) -> list[Contact]:
        """A number a hard wrap split over two lines ("… nummer er 59" / "43 21 17."): its digit groups
        joined, spanning both lines. Only where the second line continues the first as a wrap."""
        out: list[Contact] = []
        width: int | None = None
        for bi in range(len(self.blocks) - 1):
            prev, cur = self.blocks[bi], self.blocks[bi + 1]
            split = _split_digits(prev, cur)
            if split is None:
                continue
            head, tail = split
            digits = re.sub(r"\D", "", head.group(1) + tail.group(1))
            start, end = self.block_starts[bi] + head.start(1), self.block_starts[bi + 1] + tail.end(1)
            if len(digits) != 8 or digits[0] in "01" or any(c.start < end and start < c.end for c in found):
                continue
            # a wrapped line: the body has a wrap width, the first line reaches near it, the second follows
            # in the same paragraph (a wrapper may break inside the number a little before the width)
            width = width or wrap_width(self.blocks)
            # ... or, whatever the width, a number written in the four pairs of a Danish number ("23 61" /
            # "48 05"): a line broken by hand or wrapped twice inside the number, its shape joins it
            if (width and prev.column0 + len(prev.text) >= width - 20) or _four_pairs(head.group(1), tail.group(1)):
                out.append(Contact("phone", digits, start, end))
        return out

    @cached_property
    def emails(self) -> list[Contact]:
        """Real and obfuscated addresses ("anne (at) klinik.dk"), normalised (linter/analysis/emails.py)."""
        from linter.analysis.emails import find_emails

        return [Contact("email", e.value, e.start, e.end) for e in find_emails(self.text)]


def _is_item(block, text: str) -> bool:
    return bool(LIST_ITEM.match(text)) or (block.style or "").lower().startswith("list")


def _first_item_of_label(blocks, texts: list[str], i: int) -> bool:
    """The first list item under a short label ending in a colon ("Det kan Nanna:" / "- gå 30
    minutter …") completes the label's sentence; the items after it stay sentences of their own."""
    prev = texts[i - 1].strip()
    return (prev.endswith(":") and len(prev) <= 40 and _is_item(blocks[i], texts[i])
            and not _is_item(blocks[i - 1], texts[i - 1]))


def analyse(document: Document, pipe: Pipeline,
            source_maps: dict[int, tuple[tuple[int, ...], str]] | None = None) -> Analysis:
    """Tokens, lemmas, sentences and lexicon matches of an already normalised document
    (`source_maps`: offsets of changed blocks back into the original, from linter/letter/normalise.py)."""
    texts = [b.text for b in document.blocks]
    # a .docx's paragraphs join as a text file's lines do: a plain text pasted into Word keeps one
    # paragraph per line, and a paragraph that stops mid-sentence goes on in the next (Word's own
    # paragraphs end a sentence, so they rarely meet `continues_line`)
    width = wrap_width(document.blocks)
    starts: list[int] = []
    joins: list[bool] = []
    pos = 0
    for i, t in enumerate(texts):
        starts.append(pos)
        pos += len(t) + 1
        if i == 0:
            joins.append(False)
        elif _first_item_of_label(document.blocks, texts, i):
            joins.append(True)
        else:
            joins.append(continues_line(document.blocks, i, width) or _splits_pairs(document.blocks, i))
    # a wrapped line continues its sentence: a space, not a newline token, stands between the two
    # lines (same length, so offsets do not move), so phrases and patterns match across the wrap
    text = "".join((" " if joins[i] else "\n") + t if i else t for i, t in enumerate(texts))
    doc = make_doc(pipe, text)
    tokens = set_lemmas(doc, pipe.lemmatizer)
    set_sentences(doc, starts, joins, pipe.internal_abbreviations, tokens)  # type: ignore[attr-defined]
    matches = pipe.matchers.lazy(doc, tokens)
    return Analysis(document=document, text=text, block_starts=starts, doc=doc, lazy_matches=matches,
                    pipeline=pipe, source_maps=source_maps or {}, tokens=tokens)
