"""`metric`: readability measures — LIX of the body (document) or sentence length (span)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.kinds.base import Context, Kind, Param

_WORD = re.compile(r"[A-Za-zÆØÅæøåÄÖÜäöüéÉ]+(?:[-'][A-Za-zÆØÅæøåÄÖÜäöüéÉ]+)*")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def body_sentences(a) -> list[tuple[int, int]]:
    body = set(a.structure.body_blocks())
    return [s for s in a.sentences if a.block_index(s[0]) in body]


def readability(a) -> tuple[float, int]:
    """LIX of the letter's body and its number of words (RULES.md: long words have 7+ letters), once
    per letter: sprog.lix and the report's metrics read the same figure."""
    cached = a.memo.get("readability")
    if cached is None:
        cached = a.memo["readability"] = _readability(a)
    return cached  # type: ignore[return-value]


def _sentence_counts(a) -> list[tuple[int, int, int, int]]:
    """(start, end, words, long words) of every body sentence, counted once per letter: LIX and the
    sentence length rule read the same counts."""
    cached = a.memo.get("metric.sentence_counts")
    if cached is None:
        cached = []
        for s, e in body_sentences(a):
            ws = words_of(a.text[s:e])
            cached.append((s, e, len(ws), len([w for w in ws if len(w) >= 7])))
        a.memo["metric.sentence_counts"] = cached
    return cached  # type: ignore[return-value]


def _readability(a) -> tuple[float, int]:
    n_words = n_long = n_sent = 0
    for _s, _e, n, n_long_here in _sentence_counts(a):
        if not n:
            continue
        n_sent += 1
        n_words += n
        n_long += n_long_here
    return lix(n_words, n_sent, n_long), n_words


def lix(words: int, sentences: int, long_words: int) -> float:
    if not words or not sentences:
        return 0.0
    return words / sentences + 100.0 * long_words / words


class MetricKind(Kind):
    name = "metric"
    params = {
        "metric": Param(str, required=True, choices=("lix", "sentence_length")),
        "threshold": Param((int, float), required=True),
        "threshold_key": Param(str),  # config key that overrides the threshold
    }

    @property
    def document_level(self) -> bool:  # type: ignore[override]
        return self.p["metric"] == "lix"

    def threshold(self, ctx: Context) -> float:
        key = self.p["threshold_key"]
        if key and key in ctx.thresholds:
            return float(ctx.thresholds[key])
        return float(self.p["threshold"])

    def check(self, a, ctx: Context) -> Iterable:
        limit = self.threshold(ctx)
        if self.p["metric"] == "lix":
            value, n_words = readability(a)
            if n_words >= 30 and value > limit:
                msg = self.rule.message_for(ctx.lang).format(value=round(value), threshold=round(limit))
                yield self.finding(ctx, message=msg)
            return
        for s, e, n, _long in _sentence_counts(a):
            if n > limit:
                msg = self.rule.message_for(ctx.lang).format(value=n, threshold=round(limit))
                yield self.finding(ctx, s, e, message=msg)
