"""Cheap pre-checks that stand in front of a regex must say what the regex says."""

from __future__ import annotations

import itertools

from linter.kinds.abbreviation import _ACRONYM, _DOTTED, _candidate


def test_abbreviation_candidate_is_the_two_regexes():
    chars = ["A", "Z", "Æ", "a", "ø", "s", ".", "1", "-", "É", "\n", ""]
    tokens = {"".join(p) for n in range(1, 5) for p in itertools.product(chars, repeat=n)}
    tokens |= {"KOL", "KOLs", "MR", "bl.a.", "f.eks.", "ca.", "Hr.", "SYGEDAGPENGE", "ABCDEFGs", "a.b.c.d.", "evt.\n"}
    for t in tokens:
        assert _candidate(t) == bool(_ACRONYM.match(t) or (_DOTTED.match(t) and len(t) <= 8)), repr(t)


def test_ignorecase_outsiders_are_all_of_unicode_that_re_folds_onto_ascii():
    """Outside ASCII, exactly these characters match an ASCII character under re.IGNORECASE: the gate
    lets a line holding one of them through to the regex, and compares all others by str.lower()."""
    import re
    import sys

    from linter.regex_literals import IGNORECASE_OUTSIDERS

    printable = re.compile(r"[\x20-\x7e]", re.I)
    found = {c for c in map(chr, range(128, sys.maxunicode + 1)) if printable.fullmatch(c)}
    assert found == set(IGNORECASE_OUTSIDERS)  # every one of them: a line holding one is always scanned


def test_literal_prefixes_of_the_placeholder_grammar():
    from linter.readers.docx_placeholders import PATTERNS
    from linter.regex_literals import LiteralGate, literal_prefix

    assert literal_prefix(r"\{\{[^{}\n]{1,80}\}\}") == ("{{", False)
    assert literal_prefix(r"(?<![A-Za-z])X{4,}(?![A-Za-z])") == ("X", False)
    assert literal_prefix(r"(?i:klik her for at (?:skrive|angive))\.?") == ("klik her for at ", True)
    assert literal_prefix(r"[a-z]+@") is None and literal_prefix(r"a|b") is None and literal_prefix(r"x?y") is None
    gate = LiteralGate(PATTERNS)
    assert not gate.always
    assert not gate.may_match("Vi har talt med Ole om hans arbejde.")
    assert gate.may_match("Kære «Navn»") and gate.may_match("KLIK HER FOR AT SKRIVE TEKST")
    assert LiteralGate([r"[a-z]+", r"\{\{x\}\}"]).always


def test_the_gate_never_refuses_a_line_a_pattern_matches():
    import random
    import re

    from linter.readers.docx_placeholders import PATTERNS
    from linter.regex_literals import LiteralGate

    patterns = [*PATTERNS, r"(?i)Fra:\s", r"\bSagsnr\.", r"(?i:æbler) og pærer", r"(?-i:ABC)d"]
    regexes = [re.compile(p) for p in patterns]
    gate = LiteralGate(patterns)
    pieces = ["{{", "}}", "{%", "%}", "«", "»", "[", "]", "INDSÆT", "NAVN", "XXXX", "X", "<<", ">>", "{#", "#}",
              "klik eller tryk her for at skrive tekst", "KLIK HER FOR AT ANGIVE EN DATO", "Click or tap to enter text",
              "kl\u0130k her for at skrive tekst", "fra: ", "FRA:\t", "Sagsnr.", "ÆBLER og pærer", "ABCd", "abcd",
              "navn", " ", "\n", "a", "120384-", "Tlf.", "æøå"]
    rnd = random.Random(5)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        if any(rx.search(text) for rx in regexes):
            assert gate.may_match(text), text


def test_normalise_fast_path_knows_every_character_it_would_change():
    """A document whose blocks hold none of _ANY_CHANGED's characters is returned as it is; those are
    exactly the characters clean_text replaces or removes."""
    import sys

    from linter.letter import normalise

    changed = {c for c in map(chr, range(sys.maxunicode + 1)) if normalise.clean_text(c)[0] != c}
    assert changed == {c for c in map(chr, range(sys.maxunicode + 1)) if normalise._ANY_CHANGED.match(c)}


def test_fold_unsafe_characters_are_all_of_unicode_that_lowering_would_misread():
    """Outside UNSAFE, every character of Unicode lower-cases to one character, whatever surrounds it, of the
    same classes (\\w, \\d, \\s), and re.IGNORECASE takes it as equal to a character of ALPHABET exactly when
    str.lower() gives that character: a case-sensitive pattern over the lower-cased text then reads what the
    pattern read."""
    import re
    import sys

    from linter.regex_fold import ALPHABET, UNSAFE

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    bad = {ch for ch in chars if len(ch.lower()) != 1}
    # ... or lower-cased by its context (str.lower() of a whole text): after a cased letter, before a space
    framed = "".join(f"A{ch} " for ch in chars if ch not in bad).lower()
    bad |= {ch for ch, lo in zip([c for c in chars if c not in bad], framed[1::3], strict=True) if lo != ch.lower()}
    text = "".join(ch for ch in chars if ch not in bad)
    low = text.lower()
    assert len(low) == len(text)
    for cls in (r"\w", r"\d", r"\s"):
        at = {m.start() for m in re.finditer(cls, text)} ^ {m.start() for m in re.finditer(cls, low)}
        bad |= {text[i] for i in at}
    alphabet = "".join(sorted(ALPHABET))
    near = {m.group(0) for m in re.finditer(f"[{re.escape(alphabet)}]", text, re.I)} | \
        {text[i] for i in range(len(text)) if low[i] in ALPHABET}
    bad |= {ch for ch in near for p in alphabet if bool(re.fullmatch(re.escape(p), ch, re.I)) != (ch.lower() == p)}
    assert bad == set(UNSAFE)


def test_a_folded_pattern_finds_what_the_pattern_finds():
    import random
    import re

    from linter.engine.engine import Engine
    from linter.profiles import sector_cues
    from linter.regex_fold import FoldedPattern, foldable

    rx = sector_cues(Engine().lexicons).rx
    patterns = [rx["health"], rx["job"], rx["other"], re.compile(r"\b(?:kiro\w*|[a-zæ]+terapeut)\b|region\s+\w+", re.I),
                re.compile(r"(?<![\w-])å(?:r|ret)\b|[^a-z\s]{2}", re.I)]
    assert all(foldable(p) for p in patterns)
    for p in (r"(?-i:Læge)", r"(a)\1", r"Læge", r"[A-Z]+", r"[!-~]"):  # a flag inside, a group reference, capitals
        assert not foldable(re.compile(p, re.I))
    assert not foldable(re.compile("læge"))  # not case-insensitive: nothing to gain
    pieces = ["Lægehuset", "LÆGE", "læge", "Fysioterapeut", "FYSIOTERAPEUTERNE", "Region  Midt", "REGION", "ÅR", "år",
              "årET", "Jobcenter", "jobCENTRET", "A-kasse", "3F", "A/S", "sagsbehandler", "Ortopædkirurgisk", "ı", "İ",
              "ſ", "\u212a", "\u212b", "K", "Ø", "é", "É", "ß", "ẞ", " ", "\n", ",", "-", ".", "(", "Ω", "Σ", "ς", "_",
              "7"]
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "\n"]) for _ in range(rnd.randrange(1, 12)))
        for p in patterns:
            fp = FoldedPattern(p)
            assert list(fp.lower_matches(text)) == [m.group(0).lower() for m in p.finditer(text)], (p.pattern, text)
            assert fp.search(text) == bool(p.search(text))


def test_matches_inside_a_longer_one_are_those_of_the_pairwise_test():
    """require's `_inside_longer` (one sort) leaves out exactly the matches the pairwise test of every two
    matches calls inside a longer one (equal spans, empty spans and shared starts included)."""
    import random
    from types import SimpleNamespace

    from linter.kinds.require import _inside_longer

    rnd = random.Random(11)
    for _ in range(5000):
        ms = []
        for _ in range(rnd.randrange(0, 9)):
            s = rnd.randrange(0, 12)
            ms.append(SimpleNamespace(start_char=s, end_char=s + rnd.randrange(0, 7)))
        pairwise = [m for m in ms if not any(o.start_char <= m.start_char and m.end_char <= o.end_char
                                             and o.end_char - o.start_char > m.end_char - m.start_char for o in ms)]
        inner = _inside_longer(ms)
        assert [m for m in ms if (m.start_char, m.end_char) not in inner] == pairwise


def test_lower_casing_keeps_the_whitespace_split_of_any_text():
    """profiles._strip pairs the tokens of a text with those of its lower-cased form: no character of Unicode
    turns into whitespace or out of it when lower-cased, so both splits have the same tokens in the same order."""
    import sys

    from linter.profiles import _strip

    for c in map(chr, range(sys.maxunicode + 1)):
        low = c.lower()
        assert c.isspace() == low.isspace() if len(low) == 1 else not c.isspace() and not any(x.isspace() for x in low)
    text = "Fysioterapeut  Anne\u00a0Holm, anne@klinik.dk\n\u0130LKE Vej 3 · www.Klinik.dk · Kirkevej\u2003Centret"
    assert _strip(text, ("vej",)) == "Fysioterapeut Anne Holm, \u0130LKE 3 · · Centret"


def test_the_gate_of_a_whole_letter_answers_for_each_of_its_lines():
    """A letter whose text holds no placeholder literal has no line that does (lines joined by a newline, or a
    space where a hard wrap was undone; lower-casing the whole text lower-cases each line the same way)."""
    import random

    from linter.readers.docx_placeholders import may_hold

    pieces = ["{", "{{", "«", "[", "X", "x", "<", "<<", "#", "%", "klik her for at ", "KLIK", "her", " for at ", "ΣA",
              "\u0130", "\u212a", "a", " ", "æ"]
    rnd = random.Random(9)
    for _ in range(4000):
        lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5))) for _ in range(rnd.randint(1, 5))]
        text = lines[0] + "".join(rnd.choice(["\n", " "]) + line for line in lines[1:])
        if not may_hold(text):
            assert not any(may_hold(line) for line in lines), lines


def test_required_characters_of_patterns():
    from linter.regex_literals import required_char

    assert required_char(r"^(udfyldt|skrevet)\s+af\s*:\s*", 2) == ":"
    assert required_char(r"(?:^(til|cc)\s*:)|(?:^att\.?\s*:)") == ":"  # every branch holds a colon
    assert required_char(r"(?:^til\s*:)|(?:^til\s+\w+)") is None  # one branch holds none
    assert required_char(r"a(?::)?b") is None and required_char(r"[:;]x") is None  # optional, a class
    assert required_char(r"(?<=:)x") is None and required_char(r"(?P<n>x)") is None  # group syntax is no literal
    assert required_char(r"(?:x:)+") == ":" and required_char(r"\w+/\w+") == "/"


def test_a_gated_pattern_answers_as_its_regex():
    import copy
    import pickle
    import re

    from linter.data import data_dir
    from linter.letter.cues import letter_cues
    from linter.lexicons import load_lexicons
    from linter.regex_literals import GatedPattern, gated

    lines = ["Udfyldt af: Læge Hans Krogh", "Udfyldt af Hans Krogh", "Jobcentrets sagsbehandler: Lone Berg",
             "Til: Jobcenter Vestby", "Til Jobcenter Vestby", "Emne: SV: status", "Hun kan løfte 10 kg.", "",
             "Borger: Ole Sand, tlf. 12 34 56 78", "Kopi til: egen læge", "/AKJ", "Med venlig hilsen", ":", "Fra:"]
    raw = {name: re.compile(cue.pattern.pattern, cue.pattern.flags)
           for name, cue in letter_cues(load_lexicons([data_dir("lexicons")])).items() if cue.pattern is not None}
    gates = {name: g for name, rx in raw.items() if isinstance(g := gated(rx), GatedPattern)}
    assert {g.need for g in gates.values()} >= {":"}
    for name, g in gates.items():
        for line in lines:
            for way in ("match", "search", "fullmatch"):
                got, want = getattr(g, way)(line), getattr(raw[name], way)(line)
                assert (got and got.span()) == (want and want.span()), (name, way, line)
    g = next(iter(gates.values()))
    for twin in (copy.copy(g), pickle.loads(pickle.dumps(g))):
        assert twin.need == g.need and twin.pattern == g.pattern and twin.findall("Til: x") == g.findall("Til: x")


def test_separator_and_column_shortcuts_say_what_their_regexes_say():
    from linter.letter.parties import _PARTS, _parts
    from linter.letter.structure import _COLUMN_GAP, _right_column

    lines = ["Lægehuset Bakken, Torvet 3 | 8000 Aarhus · tlf. 12", "Esbjerg Kommune      Sagsbehandler: Henrik Lund",
             "Esbjerg Kommune\tSagsbehandler: Henrik Lund", "Telefon:        59 43 22 10", "Anne Holm", "", "  ",
             "a  b", "a   b" + " " * 30 + "c"]
    for t in lines:
        assert _parts(t) == _PARTS.split(t)
        gaps = list(_COLUMN_GAP.finditer(t))
        if not gaps:
            assert _right_column(t) is None


def test_fold_unsafe_test_is_the_class_search():
    import re

    from linter.regex_fold import UNSAFE, holds_unsafe

    rx = re.compile(f"[{UNSAFE}]")
    for t in ["", "abc", "æøå – “x”", "İstanbul", "ıs", "ſ", "ΣΑΣ", "ab\u0131", "K"]:
        assert holds_unsafe(t) == (rx.search(t) is not None), t
