"""Concept token patterns compiled into anchored automata over the document's token table.

A spaCy token pattern (the dicts of lexicons/concepts/*.yaml) is a regular expression over
tokens. spaCy's `Matcher` returns every span `(start, end)` of its input whose tokens the pattern
accepts (each once, none empty). The same spans are found here without spaCy's per-call cost:

- each token spec becomes one Python predicate on a position of the token table (text, lower-case
  form and lemma as plain lists; lexeme flags and shapes memoised per text; a regex's answer
  memoised per string), generated once when the pipeline is built (~25 ms CPU for the 236 shipped
  patterns, ~10 ms more than one spaCy Matcher per pattern took: too little to cache on disk);
- every required token (no `OP`) pinned to words (`LOWER`/`TEXT`/`LEMMA` equal to or `IN` a
  list) is a *cue*. One pass over a letter's tokens finds where each cue stands (word -> cues,
  remembered per distinct text). A required token that a regex on its text tests (and no word
  pins) is a cue too, found by that test of each distinct text: its words are absent from most
  sentences ("^(år|måned|uge|dag)"), so it keeps the pattern from running where it cannot match.
  A pattern runs only when all its cues are in the letter, is anchored on its rarest cue, and only
  where the anchor's sentence holds every other cue; a pattern without such a token is anchored on
  its most selective required token, found by a test of each distinct text;
- from each anchor position the tokens before the anchor run backwards and those after it
  forwards, inside the sentence, as a small automaton (`Side`): every possible start with every
  possible end is a match. A side that cannot be empty and starts with one test (`Side.gate`) is
  tried with that test at the anchor's neighbour before it is walked (most walks end there).

Quantifiers are expanded as spaCy expands them (`+` = one then `*`; `{n,m}` = n required then
m-n optional; `{n,}` = n required then `*`; `!` = one token the spec rejects). Only what spaCy's
`Matcher` evaluates the same way is compiled: `compile_pattern` returns None for anything else
(`NORM`, `>=`, `FUZZY`, extension attributes, ...), and such a pattern stays with spaCy's Matcher
(linter/analysis/matching.py). tests/test_token_patterns.py checks the compiled matches against
spaCy's on random patterns; tests/test_token_table.py with the shipped patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

ONE, OPT, STAR, NOT = 0, 1, 2, 3  # NOT ("!"): one token the spec does not accept

# lexeme attributes a pattern may test (spaCy reads them from the token's lexeme, i.e. its text)
_LEX_FLAGS = {
    "IS_ALPHA": "is_alpha", "IS_ASCII": "is_ascii", "IS_DIGIT": "is_digit", "IS_LOWER": "is_lower",
    "IS_UPPER": "is_upper", "IS_TITLE": "is_title", "IS_PUNCT": "is_punct", "IS_SPACE": "is_space",
    "IS_STOP": "is_stop", "IS_BRACKET": "is_bracket", "IS_QUOTE": "is_quote",
    "IS_LEFT_PUNCT": "is_left_punct", "IS_RIGHT_PUNCT": "is_right_punct", "IS_CURRENCY": "is_currency",
    "LIKE_NUM": "like_num", "LIKE_URL": "like_url", "LIKE_EMAIL": "like_email",
}
_LEX_STRINGS = {"SHAPE": "shape_"}
_COLUMNS = {"TEXT": "text", "ORTH": "text", "LOWER": "lower", "LEMMA": "lemma"}

Pred = Callable[[object, int], bool]  # (token table, position) -> does the token fit the spec


class Source:
    """Constants and memo tables of the generated predicate source."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.ns: dict[str, object] = {}
        self._names: dict[object, str] = {}
        self.preds: dict[str, Pred] = {}  # test source -> its function

    def const(self, value, prefix: str = "K") -> str:
        key = (prefix, value)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"{prefix}{len(self._names)}"
            self.ns[name] = value
        return name

    def regex(self, pattern: str) -> str:
        """A memoised `re.search` (True/False per string), shared by every spec using the regex."""
        key = ("R", pattern)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"R{len(self._names)}"
            self.ns[name] = _memo_search(re.compile(pattern))
        return name

    def lexeme(self, attr: str) -> str:
        """A memoised lexeme attribute of a token text."""
        key = ("L", attr)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"L{len(self._names)}"
            self.ns[name] = _memo_lexeme(self.vocab, attr)
        return name


# Memos hold single words of letters in memory only (never written anywhere), each cleared when full
# so that a long-running server fed hostile text stays bounded: per regex and lexeme attribute (there
# are dozens, each asked only near a pattern's anchor), and per distinct text for the cue pass.
_MEMO_LIMIT = 20_000
_TEXT_MEMO_LIMIT = 200_000


def _memo_search(rx: re.Pattern) -> Callable[[str], bool]:
    memo: dict[str, bool] = {}
    search = rx.search

    def hit(s: str) -> bool:
        v = memo.get(s)
        if v is None:
            v = search(s) is not None
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[s] = v
        return v

    return hit


def _memo_lexeme(vocab, attr: str) -> Callable[[str], object]:
    memo: dict[str, object] = {}

    def value(s: str) -> object:
        v = memo.get(s)
        if v is None:
            v = getattr(vocab[s], attr)
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[s] = v
        return v

    return value


def _value_tests(src: Source, expr: str, value) -> list[str] | None:
    """Tests of one string attribute (`expr` reads it) against a pattern value, as spaCy compares:
    exact strings (no case folding), IN / NOT_IN sets, REGEX searched; None if not supported."""
    if isinstance(value, str):
        return [f"{expr} == {src.const(value)}"]
    if not isinstance(value, dict) or not value:
        return None
    out = []
    for op, v in value.items():
        if op in ("IN", "NOT_IN"):
            if not isinstance(v, list | tuple) or not all(isinstance(x, str) for x in v):
                return None
            name = src.const(frozenset(v))
            out.append(f"{expr} {'in' if op == 'IN' else 'not in'} {name}")
        elif op == "REGEX":
            if not isinstance(v, str):
                return None
            out.append(f"{src.regex(v)}({expr})")
        else:
            return None
    return out


def _spec_tests(src: Source, spec: dict) -> list[tuple[str, str]] | None:
    """The Python tests (over `c`, the token table, and `t`, the position) of one token spec, each
    with what it reads: "text" (the token's text or lower-case form or a lexeme attribute, all fixed
    by the text), "lemma" or "sent" (sentence start); None if spaCy would read anything otherwise."""
    tests: list[tuple[str, str]] = []
    for key, value in spec.items():
        if not isinstance(key, str):
            return None
        k = key.upper()
        if k == "OP":
            continue
        kind = "text"
        if k in _COLUMNS:
            got = _value_tests(src, f"c.{_COLUMNS[k]}[t]", value)
            kind = "lemma" if k == "LEMMA" else "text"
        elif k in _LEX_STRINGS:
            got = _value_tests(src, f"{src.lexeme(_LEX_STRINGS[k])}(c.text[t])", value)
        elif k in _LEX_FLAGS and isinstance(value, bool):
            got = [f"{'' if value else 'not '}{src.lexeme(_LEX_FLAGS[k])}(c.text[t])"]
        elif k == "IS_SENT_START" and isinstance(value, bool):
            got = [f"{'' if value else 'not '}c.sent_start[t]"]
            kind = "sent"
        else:
            return None
        if got is None:
            return None
        tests.extend((kind, g) for g in got)
    return tests


def _quantifiers(spec: dict) -> tuple[int, ...] | None:
    """spaCy's expansion of a token's OP (matcher.pyx `_get_operators`); None for anything odd."""
    ops = {k.upper(): v for k, v in spec.items() if isinstance(k, str)}
    op = ops.get("OP")
    if op is None or op == "1":
        return (ONE,)
    lookup = {"*": (STAR,), "+": (ONE, STAR), "?": (OPT,), "!": (NOT,)}
    if op in lookup:
        return lookup[op]
    if isinstance(op, str) and op.startswith("{") and op.endswith("}"):
        body = op[1:-1]
        body = body if "," in body else f"{body},{body}"
        n, m = body.split(",", 1)
        if (not n.isdecimal() and not m.isdecimal()) or (n.isdecimal() and m.isdecimal() and int(n) > int(m)):
            return None
        if (n and not n.isdecimal()) or (m and not m.isdecimal()):
            return None
        head = (ONE,) * int(n or 0)
        tail = (OPT,) * (int(m) - int(n or 0)) if m else (STAR,)
        return head + tail
    return None


def _closure(elements) -> tuple[tuple[int, ...], ...]:
    """For each state j (0..len): the states reachable by skipping optional elements from j."""
    n = len(elements)
    out: list[tuple[int, ...]] = [()] * (n + 1)
    out[n] = (n,)
    for j in range(n - 1, -1, -1):
        out[j] = (j, *out[j + 1]) if elements[j][1] != ONE else (j,)
    return tuple(out)


def _lambda(src: Source, tests: list[str], negate: bool = False) -> Pred | None:
    if not tests:
        return (lambda c, t: False) if negate else None
    body = " and ".join(tests)
    body = f"not ({body})" if negate else body
    fn = src.preds.get(body)
    if fn is None:  # one function per distinct test (many specs repeat: {"IS_PUNCT": false}, ...)
        fn = src.preds[body] = eval(f"lambda c, t: {body}", src.ns)  # noqa: S307 - built from checked values
    return fn


class Side:
    """One side of an anchored pattern (the tokens after the anchor, or those before it reversed)
    as an NFA over its token indices, read as a DFA built lazily: a state is the set of indices
    that may come next (len = the side is complete); its moves group the indices by predicate, so
    the `{0,8}` copies of one spec cost one test per token, and are remembered per state."""

    __slots__ = ("parts", "n", "start", "fixed", "gate", "_moves", "_closure")

    def __init__(self, parts: list[tuple[Pred | None, int]]) -> None:
        self.parts = tuple(parts)
        self.n = len(parts)
        self._closure = _closure(parts)
        self.start = frozenset(self._closure[0])
        # the predicates of a side whose tokens are all required (one way through it), else None
        self.fixed = tuple(p for p, _ in parts) if all(q == ONE for _, q in parts) else None
        self._moves: dict[frozenset[int], tuple[tuple[Pred | None, frozenset[int]], ...]] = {}
        # the one test the side's first token must pass, when the side cannot be empty and starts with
        # one predicate: tried before the walk (most walks end at their first token)
        first = self.moves(self.start) if self.n else ()
        self.gate = first[0][0] if len(first) == 1 and self.n not in self.start else None

    def moves(self, states: frozenset[int]) -> tuple[tuple[Pred | None, frozenset[int]], ...]:
        got = self._moves.get(states)
        if got is None:
            by_pred: dict[object, set[int]] = {}
            preds: dict[object, Pred | None] = {}
            for j in sorted(states):
                if j == self.n:
                    continue
                p, q = self.parts[j]
                targets = by_pred.setdefault(id(p), set())
                preds[id(p)] = p
                targets.update(self._closure[j + 1])
                if q == STAR:
                    targets.update(self._closure[j])
            got = self._moves[states] = tuple((preds[k], frozenset(v)) for k, v in by_pred.items())
        return got


@dataclass(slots=True, frozen=True)
class Anchored:
    """A pattern cut at one required token: the tokens before it (reversed), run backwards from the
    anchor, and those after it, run forwards. `consume` False: no required token at all; the
    "anchor" is then the start, and the whole pattern runs forwards from it."""

    pred: Pred | None
    before: Side
    after: Side
    consume: bool = True


@dataclass(slots=True, frozen=True)
class CompiledPattern:
    key: int  # the match key (string hash of "<lexicon>\x1f<entry>[\x1e<pattern>]")
    cues: tuple[tuple, ...]  # per required token pinned to words: ("lower"|"text"|"lemma", words), then per
    #                          one tested by a regex: ("filter", source, predicate on the token text); without
    #                          either: one ("filter", ...) or ("all",)
    ways: tuple[Anchored, ...]  # ways[j]: the pattern cut at the token of cues[j]


def compile_pattern(pattern: list[dict], src: Source, key: int = 0) -> CompiledPattern | None:
    """The pattern as anchored automata, or None when spaCy would read part of it otherwise."""
    parts: list[tuple[Pred | None, int]] = []
    required: list[tuple[int, dict, list[tuple[str, str]]]] = []  # (element, spec, tests) of ONE tokens
    for spec in pattern:
        if not isinstance(spec, dict):
            return None
        quants = _quantifiers(spec) if spec else (ONE,)
        tests = _spec_tests(src, spec) if spec else []
        if quants is None or tests is None:
            return None
        pred = _lambda(src, [g for _, g in tests])
        for q in quants:
            if q == NOT:
                parts.append((_lambda(src, [g for _, g in tests], negate=True), ONE))
                continue
            if q == ONE:
                required.append((len(parts), spec, tests))
            parts.append((pred, q))
    if not required:  # every token optional: forwards from every position
        return CompiledPattern(key, (("all",),), (Anchored(None, Side([]), Side(parts), consume=False),))
    cues: list[tuple] = []
    ways: list[Anchored] = []

    def cut(k: int, tested: bool = True) -> Anchored:
        return Anchored(parts[k][0] if tested else None, Side(list(reversed(parts[:k]))), Side(parts[k + 1:]))

    for k, spec, _ in required:
        words = _anchor_words(spec)
        if words is not None:
            cues.append(words)
            # a token pinned to words and tested for nothing else needs no test where its cue stands
            ways.append(cut(k, tested=not _only_pinned(spec)))
    for k, spec, tests in required:
        if _anchor_words(spec) is None and _regex_on_text(spec):
            text_tests = [g for kind, g in tests if kind == "text"]
            cues.append(("filter", " and ".join(text_tests), _lambda(src, text_tests)))
            ways.append(cut(k))
    if not cues:  # no token pinned to words or tested by a regex: the one most likely rare, found by a test of its text
        k, spec, tests = min(required, key=lambda r: (_anchor_cost(r[1]), r[0]))
        text_tests = [g for kind, g in tests if kind == "text"]
        cues.append(("filter", " and ".join(text_tests), _lambda(src, text_tests)) if text_tests else ("all",))
        ways.append(cut(k))
    return CompiledPattern(key, tuple(cues), tuple(ways))


def _anchor_words(spec: dict) -> tuple[str, frozenset[str]] | None:
    """The words a required token must be, by the column they are read from, if the spec pins them."""
    found: dict[str, frozenset[str]] = {}
    for key, value in spec.items():
        k = key.upper()
        if k in _COLUMNS:
            if isinstance(value, str):
                found[_COLUMNS[k]] = frozenset({value})
            elif isinstance(value, dict) and isinstance(value.get("IN"), list | tuple):
                found[_COLUMNS[k]] = frozenset(value["IN"])
    for column in ("lower", "text", "lemma"):
        if column in found:
            return column, found[column]
    return None


def _only_pinned(spec: dict) -> bool:
    """The spec tests one column against words and nothing else ({"LOWER": {"IN": [...]}}, {"TEXT": "x"}): every
    position of its cue (`PatternIndex.positions`, the same comparison) passes its predicate."""
    keys = [k for k in spec if not (isinstance(k, str) and k.upper() == "OP")]
    if len(keys) != 1 or not isinstance(keys[0], str) or keys[0].upper() not in _COLUMNS:
        return False
    value = spec[keys[0]]
    return isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"}
                                      and isinstance(value["IN"], list | tuple))


def _regex_on_text(spec: dict) -> bool:
    """Does a regex test the token's text or lower-case form? Few words pass such a test, so a required
    token with one is a cue of its pattern; a lexeme flag or a shape lets too many through to narrow much."""
    return any(isinstance(k, str) and k.upper() in ("TEXT", "ORTH", "LOWER") and isinstance(v, dict) and "REGEX" in v
               for k, v in spec.items())


def _anchor_cost(spec: dict) -> int:
    """How many tokens a spec without pinned words is likely to accept: a regex, then a shape, then
    flags only, then any token."""
    best = 10_000
    for key, value in spec.items():
        k = key.upper() if isinstance(key, str) else ""
        if k in _COLUMNS and isinstance(value, dict) and "REGEX" in value:
            best = min(best, 3000)
        elif k in _LEX_STRINGS:
            best = min(best, 4000)
        elif k in _LEX_FLAGS or k == "IS_SENT_START":
            best = min(best, 5000 if value else 9000)
    return best


class PatternIndex:
    """Where each compiled pattern's required tokens (its cues) may stand in a document, found in
    one pass over the document's distinct token texts (and lemmas): word -> the cues pinned to it,
    and the text filters of the patterns pinned to no word, remembered per text across documents
    (single words only, bounded)."""

    def __init__(self, patterns: list[CompiledPattern | None]) -> None:
        self.ids: dict[tuple, int] = {}  # cue -> cue id
        self.by_lower: dict[str, list[int]] = {}
        self.by_text: dict[str, list[int]] = {}
        self.by_lemma: dict[str, list[int]] = {}
        self.filters: list[tuple[int, Pred]] = []
        self.everywhere: list[int] = []
        self.pattern_cues: list[tuple[int, ...]] = []
        for cp in patterns:
            self.pattern_cues.append(tuple(self._cue_id(q) for q in cp.cues) if cp is not None else ())
        self.cue_sets = [frozenset(c) for c in self.pattern_cues]
        self._text_memo: dict[str, tuple[int, ...]] = {}  # text -> cues of its text and lower-case form
        self._full_memo: dict[str, tuple[int, ...]] = {}  # ... and of its lemma, when that is fixed by the text

    def groups(self, only: list[int]) -> tuple[tuple[int | None, tuple[int, ...]], ...]:
        """The patterns `only`, grouped by one of their cues each (the pinned cue with the fewest words, a text
        filter counted as a few words; never a cue that holds everywhere): a pattern runs only in a letter holding
        every one of its cues, so a letter without a group's cue need not look at the group. Patterns without
        cues (spaCy's Matcher) or with only an everywhere cue are in the group of None, always visited."""
        size = {cid: (len(name[1]) if name[0] in ("lower", "text", "lemma") else _FILTER_SIZE if name[0] == "filter"
                      else None) for name, cid in self.ids.items()}
        out: dict[int | None, list[int]] = {}
        for i in only:
            sized = [(size[cid], k, cid) for k, cid in enumerate(self.pattern_cues[i]) if size[cid] is not None]
            out.setdefault(min(sized)[2] if sized else None, []).append(i)
        return tuple((cid, tuple(members)) for cid, members in out.items())

    def _cue_id(self, cue: tuple) -> int:
        name = cue[:2]  # a filter by its source
        got = self.ids.get(name)
        if got is not None:
            return got
        cid = self.ids[name] = len(self.ids)
        if cue[0] in ("lower", "text", "lemma"):
            table = {"lower": self.by_lower, "text": self.by_text, "lemma": self.by_lemma}[cue[0]]
            for w in cue[1]:
                table.setdefault(w, []).append(cid)
        elif cue[0] == "filter":
            self.filters.append((cid, cue[2]))
        else:
            self.everywhere.append(cid)
        return cid

    def positions(self, c) -> tuple[list[list[int] | None], set[int]]:
        """Cue id -> the positions of the document where it may hold (a list indexed by cue id: None for a cue
        not in the document), and the set of the cues that are. Each cue's positions ascend; nothing reads
        their order but the count (`DocumentCues.matches` gathers its matches in a set and sorts them)."""
        out: list[list[int] | None] = [None] * len(self.ids)  # (a list: indexing it is cheaper than a dict's get)
        present: list[int] = []
        lower = c.lower
        if c.lemma_by_text:  # lemmas fixed by the text (pipeline.set_lemmas): one lookup per token
            memo = self._full_memo
            for i, x in enumerate(c.text):
                ids = memo.get(x)
                if ids is None:
                    ids = self._text_ids(c, x, lower[i], i, c.lemma[i])
                    if len(memo) >= _TEXT_MEMO_LIMIT:
                        memo.clear()
                    memo[x] = ids
                for cid in ids:
                    got = out[cid]
                    if got is None:
                        out[cid] = [i]
                        present.append(cid)
                    else:
                        got.append(i)
        else:
            memo = self._text_memo
            by_lemma = self.by_lemma
            for i, (x, m) in enumerate(zip(c.text, c.lemma, strict=True)):
                ids = memo.get(x)
                if ids is None:
                    ids = self._text_ids(c, x, lower[i], i)
                    if len(memo) >= _TEXT_MEMO_LIMIT:
                        memo.clear()
                    memo[x] = ids
                for cid in (*ids, *by_lemma.get(m, ())):
                    got = out[cid]
                    if got is None:
                        out[cid] = [i]
                        present.append(cid)
                    else:
                        got.append(i)
        if self.everywhere and c.text:
            every = list(range(len(c.text)))
            for cid in self.everywhere:
                out[cid] = every
                present.append(cid)
        return out, set(present)

    def _text_ids(self, c, x: str, low: str, at: int, lemma: str | None = None) -> tuple[int, ...]:
        ids = {*self.by_lower.get(low, ()), *self.by_text.get(x, ())}
        if lemma is not None:
            ids.update(self.by_lemma.get(lemma, ()))
        if len(x) > _LONG_TEXT:
            # a filter is only a pre-test (the pattern tests its anchor again), and a regex over a word this long can
            # backtrack for minutes ("^[a-zæøå-]{2,}(medarbejder|…)$" on a 500 kB word): such a word passes them all
            ids.update(cid for cid, _ in self.filters)
        else:
            ids.update(cid for cid, f in self.filters if f(c, at))
        return tuple(sorted(ids))


_FILTER_SIZE = 5  # a text filter as a cue of this many words, when the cue a group of patterns is keyed on is chosen
_LONG_TEXT = 200  # characters: no real word is longer; longer ones pass every filter untested (`_text_ids`)
_FEW = 12  # anchors so few that running them costs less than checking their sentences for the other cues (stop 29:
#           2 -> 12 took 0.5 % off the instructions of a warm pass; 0, 6 and 40 measured too, bench/README.md)


class DocumentCues:
    """One document's cue positions and, per cue, the sentences holding it."""

    __slots__ = ("positions", "present", "sents", "table", "bounds", "sent_of")

    def __init__(self, index: PatternIndex, table, has_sentences: bool) -> None:
        self.positions, self.present = index.positions(table)
        self.sents: dict[int, set[int]] = {}  # cue id -> the sentences holding it
        self.table = table
        self.sent_of: list[int] | None = table.sent_of if has_sentences else None
        # per token: the token range of its sentence (the whole document without sentences)
        self.bounds = table.sent_bounds if has_sentences else [(0, len(table.text))]

    def sentences(self, cid: int) -> set[int]:
        got = self.sents.get(cid)
        if got is None:
            sent_of = self.sent_of
            got = self.sents[cid] = set(map(sent_of.__getitem__, self.positions[cid]))  # type: ignore[union-attr,arg-type]
        return got

    def matches(self, patterns: list, pattern_cues: list[tuple[int, ...]], cue_sets: list[frozenset[int]],
                only) -> list[tuple[int, int, int, int, int]]:
        """(sentence, pattern, start, end, key) of every match of the compiled patterns among
        `only` (pattern indices), unsorted. A pattern is anchored on its cue with the fewest
        positions, and only where the anchor's sentence holds every other cue of the pattern."""
        positions = self.positions
        present = self.present
        sent_of = self.sent_of
        out: list[tuple[int, int, int, int, int]] = []
        for i in only:
            cues = pattern_cues[i]
            if not cues or not present >= cue_sets[i]:
                continue  # not compiled (spaCy's Matcher), or a required word is not in the letter
            if len(cues) == 1:
                best, where = 0, positions[cues[0]]
            else:
                best, where = 0, positions[cues[0]]
                for j in range(1, len(cues)):
                    got = positions[cues[j]]
                    if len(got) < len(where):
                        best, where = j, got
                if sent_of is not None and len(where) > _FEW:
                    need = None
                    for j, cid in enumerate(cues):
                        if j != best:
                            need = self.sentences(cid) if need is None else need & self.sentences(cid)
                            if not need:
                                break
                    if not need:
                        continue
                    where = [a for a in where if sent_of[a] in need]
                    if not where:
                        continue
            p = patterns[i]
            key = p.key
            for s, e in pattern_matches(p.ways[best], self.table, where, self.bounds, sent_of):
                out.append((sent_of[s] if sent_of is not None else 0, i, s, e, key))
        return out


def pattern_matches(way: Anchored, c, anchors: list[int], bounds: list[tuple[int, int]],
                    sent_of: list[int] | None) -> set[tuple[int, int]]:
    """Every (start, end) of a match of the pattern holding its anchor token at one of `anchors`,
    inside the anchor's sentence (`bounds[sent_of[a]]`; `bounds[0]` without sentences)."""
    out: set[tuple[int, int]] = set()
    add = out.add
    pred = way.pred
    before, after = way.before, way.after
    # an empty side (the anchor first or last: most patterns) ends where it starts, as `_walk` says
    walk_before, walk_after = before.n > 0, after.n > 0
    consume = way.consume
    gate_before = before.gate if consume else None
    gate_after = after.gate if consume else None
    for a in anchors:
        if pred is not None and not pred(c, a):
            continue
        if walk_before or walk_after or not consume:
            lo, hi = bounds[sent_of[a] if sent_of is not None else 0]
            # a side whose first token fails its one test has no end: no match at this anchor
            if gate_before is not None and (a == lo or not gate_before(c, a - 1)):
                continue
            if gate_after is not None and (a + 1 == hi or not gate_after(c, a + 1)):
                continue
        if not consume:
            ends = _walk(after, c, a, hi, 1)
            for e in ends:
                if e > a:
                    add((a, e))
            continue
        if walk_before:
            starts = _walk(before, c, a - 1, lo - 1, -1)
            if not starts:
                continue
        else:
            starts = (a,)
        ends = _walk(after, c, a + 1, hi, 1) if walk_after else (a + 1,)
        # every start lies at or before the anchor, every end after it: each pair is a match
        for s in starts:
            for e in ends:
                add((s, e))
    return out


def _walk(side: Side, c, t: int, stop: int, step: int) -> list[int]:
    """Where the side can end, reading tokens t, t+step, ... (not `stop`): boundary positions (after
    the last token read forwards, at the last token read backwards), nearest first."""
    edge = 1 if step > 0 else 0
    fixed = side.fixed
    if fixed is not None:  # one way through: each token in turn
        for p in fixed:
            if t == stop or (p is not None and not p(c, t)):
                return []
            t += step
        return [t - step + edge] if fixed else [t - step + edge if step > 0 else t + 1]
    n = side.n
    states = side.start
    out = [t - step + edge if step > 0 else t + 1] if n in states else []
    cache, moves = side._moves, side.moves
    while t != stop:
        hit = None
        step_moves = cache.get(states)
        if step_moves is None:
            step_moves = moves(states)
        for p, targets in step_moves:
            if p is None or p(c, t):
                hit = targets if hit is None else hit | targets
        if hit is None:
            break
        states = hit
        if n in states:
            out.append(t + edge)
        t += step
    return out
