"""`explain`: a lexicon term must be explained at or before its first use.

Only the first use is judged: if it is unexplained it is flagged (once); if it is
explained, later uses are fine. An explanation is a parenthesis right after (or
around) the term, or a few words after it in the same clause ("en § 56-aftale med
arbejdsgiveren (en aftale om …)") when it is not plainly something else (a date, a
number, a reference, a name, the expansion of another abbreviation);
"dvs."/"det vil sige"/"altså"/"som betyder"/"som er" after it, an apposition (a noun
phrase: "lumbago, almindelige smerter i lænden" or after a colon "ischias: smerter, der
stråler …", never a clause such as ", hvis du mener, at …"), a glossary line
("Ordforklaring: ...") before the use, or the very next sentence when it opens as an
explanation ("… facetledssyndrom. Det betyder, at …"; openers in
lexicons/jargon-next-sentence.txt), names and defines the term ("Ischias betyder, at …", "En
rundbordssamtale er et møde …") or explains its use there (a heading "Invitation til
rundbordssamtale" over "Vi inviterer til en rundbordssamtale, dvs. …"). A marker or an
indefinite apposition a few words later in the same clause explains it too ("et fleksjob blive
aktuelt, dvs. et job …", "en rundbordssamtale den 15. oktober, et møde, hvor …") unless a clause
break, a name or another term stands between. A capitalised term in the letterhead or signature
is (part of) an organisation's name and no use (RULES.md), as is any term in a name line there
opening with an organisation word (cue `organisation-name`). "X eller Y" explains X only when Y is
one bare word closing the phrase, another name for it ("lumbago eller hekseskud, som …"); not an
open choice ("en § 56-aftale eller andet") nor another thing ("varighedsbegrænsning eller
forlængelse af sygedagpengene").

With `compounds: true` an abbreviation is found before a hyphen ("ADL-test", "NSAID-cremen"), and a term
is also found as the first part of a compound written as one
word ("prolapssmerter", "fleksjobvisitering", "MR-scanningssvaret"): a term of six letters or
more (never an abbreviation), then an optional linking s or hyphen and at least three letters;
or as its last part after at least three letters and an optional hyphen ("rygprolaps",
"lænde-prolapsen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.analysis.dates import MONTHS
from linter.analysis.function_words import (
    CLAUSE_BREAKS,
    PREPOSITIONS,
    RELATIVE,
    starts_indefinite,
    starts_negation,
    starts_non_noun_phrase,
)
from linter.analysis.matching import LexMatch
from linter.engine.rule import param_error
from linter.errors import ConfigError
from linter.fixes import DISPLAY_ONLY, UNSAFE, make_fix
from linter.kinds.base import Context, Kind, Param
from linter.letter.cues import letter_cues
from linter.letter.zones import SCOPES

# the other name after "eller": one word, then the phrase ends (a punctuation mark, "som", or the text's end)
_OTHER_NAME = re.compile(r"^\s*[\w-]+(?:\s*[,.;:)!?]|\s+som\b|\s*$)")
# lower-case words only: ", del B" after "mulighedserklæring" names a part of the form, it explains nothing
_APPOSITION = re.compile(r"^\s*,\s+(?:[a-zæøå]+\s+){1,12}?[a-zæøå]+")
# "ischias: smerter, der stråler ned i benet": an apposition after a colon (two lower-case words
# or more; "Prolaps: L5/S1" or "Ischias: ja" in a form is a value, not an explanation)
_COLON_APPOSITION = re.compile(r"^:[^\S\n]+[a-zæøå]+[\s,]+[a-zæøå]+")
# a note's finding after the comma, dated or counted within its first words: "lumbago, debut jan. 2026 efter
# løft", "prolaps, 2 niveauer" (no second name for the term)
# (month names and abbreviations: lexicons/dates.yaml, through linter/analysis/dates.py)
_DATED = re.compile(r"^(?:[a-zæøå]+\s+){0,2}(?:\d|(?:"
                    + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
                    + r")[a-zæøå]*\.?\s*\d)", re.I)
_BEFORE_PAREN = re.compile(r"\(\s*$")
# up to four words of the same clause between the term and a parenthesis: no punctuation,
# no line break, no lone dash
_WINDOW = re.compile(r"^((?:[^\S\n]+(?!-+\s)[^\s.,;:!?()\[\]{}\"»«—–]+){1,4})[^\S\n]*\(")
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,}s?$")  # "STAR", "LBR" (a dotted one cannot be in the window)
_CAPITALISED = re.compile(r"^[A-ZÆØÅ]")
# what may follow a term inside a one-word compound: a linking s or hyphen, then a word part
_COMPOUND_REST = re.compile(r"^(?:s|-)?[a-zæøå]{3,}$")
# what may stand before a term that is the head of a compound ("rygprolaps", "lænde-prolapsen")
_COMPOUND_FRONT = re.compile(r"^[a-zæøå]{3,}-?$")
_EXPLANATION_WORD = re.compile(r"[^\s(),.;:]+")
_WORD_AT = re.compile(r"[^\W\d_]+")
_COMPLEMENT_OPENERS = PREPOSITIONS | RELATIVE
_ARTICLES = frozenset({"en", "et", "den", "det", "de"})
# a line that is a sentence, not a name: a stop, question or exclamation mark at its end or before a next word
_SENTENCE_MARK = re.compile(r"[.!?](?:\s|$)")
_INNER_WORD = re.compile(r"[^\W\d_][\w/-]*")  # a word in a parenthesis (_parenthesis_nearby)
_COMPOUND_MEMO_LIMIT = 20_000  # long words remembered per kind (single words, memory only, never written)



def _own_phrase(rest: str) -> str:
    """The apposition's own noun phrase: for an apposition opened by an article, the text after a term up
    to the first preposition or relative word after the comma. Commas beyond it belong to a complement
    ("en rundbordssamtale, et møde mellem Ole, hans arbejdsgiver, jer og mig" lists the participants);
    commas before it make a list of things ("lumbago, hovedpine, svimmelhed og kvalme"), no apposition."""
    words = list(_WORD_AT.finditer(rest))
    if not words or words[0].group().lower() not in _ARTICLES:
        return rest  # without an article the first word may be a verb ("fleksjob, arbejder på et lager, …")
    for w in words[1:]:
        if w.group().lower() in _COMPLEMENT_OPENERS:
            return rest[:w.start()]
    return rest


def _no_apposition(text: str) -> bool:
    """`text` cannot be a second name for the term before it: a clause, an adverbial or prepositional phrase, or
    a noun phrase that denies ("lumbago, ingen tegn på påvirkede nerver" is a finding in note style)."""
    return starts_non_noun_phrase(text) or starts_negation(text)


def _cue(cues: dict, name: str) -> str:
    """The regular expression of one set of lexicons/letter/explanation.yaml, as alternatives."""
    cue = cues.get(f"explanation.{name}")
    if cue is None or cue.pattern is None:
        raise ConfigError(f"leksikon 'letter-explanation' mangler sættet '{name}'",
                          f"lexicon 'letter-explanation' lacks the set '{name}'", code="bad-lexicon")
    return cue.pattern.pattern


class _Markers:
    """The explanation cues of a lexicon set, compiled once per set: the Danish words are data
    (lexicons/letter/explanation.yaml), the code only anchors and delimits them."""

    def __init__(self, lexicons) -> None:
        cues = letter_cues(lexicons)
        after, later, head = _cue(cues, "after-term"), _cue(cues, "later-marker"), _cue(cues, "head-marker")
        indef = _cue(cues, "indefinite-article")  # "en", "et"
        self.after = re.compile(rf"^\s*(\(|,?\s*({after}|—|–|-)[\s,:])", re.I)
        # a marker a few words later in the same clause: "et fleksjob blive aktuelt, dvs. et job …",
        # "en rundbordssamtale den 15. oktober, altså et møde …", "… hos jer – det vil sige, at …"
        self.near = re.compile(rf"^((?:\s+[^\s,;:!?()\[\]{{}}\"»«–—]+){{1,5}}?)\s*[,–—-]?\s*({later})(?![\w])", re.I)
        # a marker a few more words later, before an indefinite noun phrase with the term's head: "fleksjob
        # kunne være en vej for hende, altså et job på nedsat tid" (checked in ExplainKind._marker_names_head)
        self.head = re.compile(rf"^((?:\s+[^\s,;:!?()\[\]{{}}\"»«–—]+){{1,10}}?)\s*,?\s*({head})\s+"
                               rf"(?:{indef})\s+([a-zæøå]+)(?:\s+([a-zæøå]+))?", re.I)
        # an indefinite apposition right after the term, up to two adjectives and a noun: "rehabiliteringsteam,
        # et tværfagligt team" (ExplainKind._genus_apposition checks the noun is the term's own head)
        self.genus = re.compile(rf"^\s*,\s+(?:{indef})\s+((?:[a-zæøå]+\s+){{0,2}})([a-zæøå]{{3,}})\b", re.I)
        # an apposition a few words later: "en rundbordssamtale den 15. oktober, et møde, hvor …" (an
        # indefinite noun phrase after the comma that is no noun of time; the words between hold no name,
        # clause break or other term)
        self.later_apposition = re.compile(
            rf"^((?:\s+[^\s,;:!?()\[\]{{}}\"»«–—]+){{1,4}}?),\s+(?:{indef})\s+(?!(?:{_cue(cues, 'time-noun')})\b)"
            r"[a-zæøå]{3,}")
        # the next sentence defines the term by name: "Ischias betyder, at …", "En rundbordssamtale er et
        # møde, …" ("Prolapsen er blevet mindre" states something about it)
        self.named_definition = r"^(?:(?:" + _cue(cues, "article").replace("{", "{{").replace("}", "}}") + \
            r")\s+)?(?:{forms})\s+(?:" + \
            _cue(cues, "definition-verb").replace("{", "{{").replace("}", "}}") + r")\b"
        self.glossary = re.compile(rf"^\s*({_cue(cues, 'glossary-label')})\b", re.I)
        # the plain words first, then a marker and the term: "en forsnævring af kanalen, det vil sige spinalstenose"
        self.before = re.compile(rf",\s*(?:{_cue(cues, 'before-term')})\s*(?:(?:{indef})\s+)?$", re.I)
        self.defines = re.compile(rf"^\s*({_cue(cues, 'definition-opener')})\b", re.I)
        # an organisation's name line in the letterhead or signature: "Afdelingen for sygedagpenge og fleksjob"
        self.organisation_line = re.compile(rf"^\s*(?:{_cue(cues, 'organisation-name')})\b", re.I)
        # a parenthesis that is plainly no explanation: a number or date, a reference, a contact detail,
        # an aside or example ("(jf. …)", "(se bilag)", "(uge 12)", "(tlf. …)", "(fx …)")
        months = "|".join(sorted(MONTHS, key=len, reverse=True))
        self.dash_handling = re.compile(rf"^\s*(?:{_cue(cues, 'dash-handling')})\b", re.I)
        self.not_explanation = re.compile(
            rf"^\s*(?:\d|§|den\s+\d|(?:{_cue(cues, 'not-explanation')}|{months})\b)", re.I)


_MARKERS: dict[int, tuple[object, _Markers]] = {}


def _markers(lexicons) -> _Markers:
    hit = _MARKERS.get(id(lexicons))
    if hit is None or hit[0] is not lexicons:
        hit = _MARKERS[id(lexicons)] = (lexicons, _Markers(lexicons))  # holds the set: its id is not reused
    return hit[1]


class ExplainKind(Kind):
    name = "explain"
    params = {
        "lexicon": Param(str, required=True),
        "only_core": Param(bool, default=False),
        "compounds": Param(bool, default=False),  # find terms as the first part of a compound
        "next_sentence": Param(str, default=""),  # word list of next-sentence explanation openers
    }

    def prepare(self) -> None:
        self._safety: dict[tuple[str, str], str] = {}  # (term, explanation) -> fix safety
        self._definitions: dict[str, re.Pattern | None] = {}  # term -> its named definition (_names_and_defines)
        self._compounds: dict[str, str | None] = {}  # long word -> the term it is a compound of (_compound)
        self.m = _markers(self.lexicons)
        if self.p["lexicon"] not in self.lexicons.terms:
            raise param_error(self.rule, "lexicon", f"ukendt leksikon '{self.p['lexicon']}'",
                              f"unknown lexicon '{self.p['lexicon']}'")
        self.table = self.lexicons.terms[self.p["lexicon"]]
        nxt = self.p["next_sentence"]
        if nxt and nxt not in self.lexicons.lists:
            raise param_error(self.rule, "next_sentence", f"ukendt ordliste '{nxt}'", f"unknown word list '{nxt}'")
        openers = self.lexicons.lists.get(nxt, []) if nxt else []
        self._next_opener = re.compile(
            r"^(?:" + "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True)) + r")(?![\w])", re.I
        ) if openers else None
        # compound heads: the term's one-word forms of six letters or more, by their first four letters;
        # the same forms as the last part of a compound, by their last four letters
        self._heads: dict[str, list[tuple[str, str]]] = {}
        self._abbr_heads: dict[str, str] = {}
        self._tails: dict[str, list[tuple[str, str]]] = {}
        if self.p["compounds"]:
            for term, entry in self.table.items():
                if entry.data.get("abbreviation"):
                    continue
                for form in entry.forms:
                    if len(form) >= 6 and " " not in form:
                        self._heads.setdefault(form[:4], []).append((form, term))
                        self._tails.setdefault(form[-4:], []).append((form, term))
            # an abbreviation as the first part of a hyphenated compound ("ADL-test", "NSAID-cremen"): the hyphen
            # marks the boundary, so the short form is safe there (never inside a word: "madlavning")
            self._abbr_heads = {form: term for term, entry in self.table.items() if entry.data.get("abbreviation")
                                for form in entry.forms if form.isalpha()}
            for heads in (*self._heads.values(), *self._tails.values()):
                heads.sort(key=lambda h: -len(h[0]))  # the longest form first

    def _compound_matches(self, a) -> list[LexMatch]:
        """Terms as the first or the last part of a one-word compound the lexicon does not list."""
        known = {m.start for m in a.lexicon_matches(self.p["lexicon"])}
        out = []
        tokens = a.tokens  # the document's token table: no spaCy Token objects
        lower = tokens.lower
        for i in [k for k, low in enumerate(lower) if "-" in low] if self._abbr_heads else ():  # picked in one pass
            if i in known:
                continue
            head, _, rest = lower[i].partition("-")
            term = self._abbr_heads.get(head)
            if term and _COMPOUND_REST.match(rest):
                idx = tokens.idx[i]
                out.append(LexMatch(self.p["lexicon"], term, i, i + 1, idx, idx + len(tokens.text[i])))
        compound = self._compound
        for i in [k for k, low in enumerate(lower) if len(low) >= 9]:  # long words only, picked in one pass
            if i in known:
                continue
            found = compound(lower[i])
            if found:
                idx = tokens.idx[i]
                out.append(LexMatch(self.p["lexicon"], found, i, i + 1, idx, idx + len(tokens.text[i])))
        return out

    def _compound(self, low: str) -> str | None:
        """The term a long word is a compound of (as its first or its last part), or None; remembered per word
        (single words in memory only, cleared when full, like the matcher's memos)."""
        memo = self._compounds
        if low in memo:
            return memo[low]
        heads, tails = self._heads.get(low[:4]), self._tails.get(low[-4:])
        found = (next((term for form, term in heads if low.startswith(form) and _COMPOUND_REST.match(low[len(form):])),
                      None) if heads else None) \
            or (next((term for form, term in tails if low.endswith(form) and _COMPOUND_FRONT.match(low[:-len(form)])),
                     None) if tails else None)
        if len(memo) >= _COMPOUND_MEMO_LIMIT:
            memo.clear()
        memo[low] = found
        return found

    def check(self, a, ctx: Context) -> Iterable:
        first: dict[str, object] = {}
        matches = a.lexicon_matches(self.p["lexicon"])
        if self._heads:
            matches = sorted([*matches, *self._compound_matches(a)], key=lambda m: (m.start_char, -m.end_char))
        for m in matches:
            if m.entry not in first and not self._in_organisation_name(a, m):
                first[m.entry] = m
        text = a.text
        for term, m in first.items():
            entry = self.table[term]
            if self.p["only_core"] and not entry.data.get("core"):
                continue
            if self._explained(a, m, entry):
                continue
            yield self.finding(
                ctx, m.start_char, m.end_char, term=term,
                explanation=entry.explanation,
                replacements=[f"{text[m.start_char:m.end_char]} ({entry.explanation})"]
                if entry.explanation else [],
                fix=self._fix(a, m, term, entry.explanation),
            )

    def _in_organisation_name(self, a, m) -> bool:
        """A capitalised term in the letterhead or signature is (part of) an organisation's name, and so is any
        term in a name line there that opens with a capitalised organisation word ("Afdelingen for sygedagpenge
        og fleksjob"; cue `organisation-name`) and is no sentence."""
        i = a.block_index(m.start_char)
        if a.structure.zones[i] not in SCOPES["organisation"]:
            return False
        if a.text[m.start_char:m.start_char + 1].isupper():
            return True
        line = a.blocks[i].text.strip()
        return line[:1].isupper() and not _SENTENCE_MARK.search(line) \
            and bool(self.m.organisation_line.match(line))

    def _fix(self, a, m, term: str, explanation: str | None) -> dict | None:
        """Unsafe (opt-in): the explanation in a parenthesis right after the first use; display-only
        when the explanation itself holds another term of the lexicon (it would need explaining too)."""
        if not explanation:
            return None
        block, off = a.block_at(m.start_char)
        end = min(off + m.end_char - m.start_char, len(block.text))
        return make_fix([(end, 0, f" ({explanation})")], self._fix_safety(term, explanation))

    def _fix_safety(self, term: str, explanation: str) -> str:
        """DISPLAY_ONLY when the explanation holds another term of the lexicon: a property of the
        lexicon, worked out once per term and kept."""
        memo = self._safety
        hit = memo.get((term, explanation))
        if hit is None:
            words = " " + " ".join(_EXPLANATION_WORD.findall(explanation.lower())) + " "
            other = any(f" {form} " in words for t, e in self.table.items() if t != term for form in e.forms)
            hit = memo[(term, explanation)] = DISPLAY_ONLY if other else UNSAFE
        return hit

    def _explained(self, a, m, entry, follow: bool = True) -> bool:
        text = a.text
        after = text[m.end_char:m.end_char + 80]
        hit = self.m.after.match(after)
        if hit and hit.group(2) and hit.group(2).lower() == "eller" and self._term_follows(a, m, hit.end()):
            hit = None  # "ressourceforløb eller jobafklaringsforløb": two terms, not an explanation
        if hit and hit.group(2) and hit.group(2).lower() in ("eller", "—", "–", "-") and \
                _no_apposition(after[hit.end():]):
            hit = None  # "fleksjob eller at han går ned i tid": a clause, not another name for the term
        if hit and hit.group(2) and hit.group(2).lower() == "eller" and (
                starts_indefinite(after[hit.end():]) or not _OTHER_NAME.match(after[hit.end():])):
            # "en § 56-aftale eller andet" leaves the choice open; "varighedsbegrænsning eller forlængelse af
            # sygedagpengene" names another thing: only a bare word closing the phrase is another name
            # ("lumbago eller hekseskud, som mange kalder det")
            hit = None
        if hit and hit.group(2) in ("—", "–", "-") and self.m.dash_handling.match(after[hit.end():]):
            hit = None  # "Blanket LÆ 265 – sendt elektronisk": the form's handling, not what it is
        if hit and hit.group(2) in ("—", "–", "-") and after[hit.end():].lstrip()[:1].isupper():
            hit = None  # "§ 56-aftale - Michael Brix": a dash before a name separates, it explains nothing
        if hit or _BEFORE_PAREN.search(text[max(0, m.start_char - 3):m.start_char]):
            return True
        if self.m.defines.match(after):
            return True
        s_start, s_end = a.sentence_of(m.start_char)
        lead = self.m.before.search(text[s_start:m.start_char])
        if lead and len(text[s_start:s_start + lead.start()].split()) >= 3 and \
                not any(s_start <= o.start_char < m.start_char for o in a.lexicon_matches(self.p["lexicon"])):
            return True  # (another term before the marker: the marker names that one, it explains nothing here)
        if _APPOSITION.match(after) and m.start_char - s_start < 60:
            # "Lenes diagnose er lumbago, almindelige smerter i lænden ..."; an apposition is a noun
            # phrase, so a clause, adverbial or prepositional phrase after the comma is none
            rest = text[m.end_char:s_end]
            if _own_phrase(rest).count(",") <= 2 and not _no_apposition(rest.lstrip(" ,")) and \
                    not _DATED.match(rest.lstrip(" ,")):
                return True
        if self._genus_apposition(a, m, after):
            return True
        if _COLON_APPOSITION.match(after) and not _no_apposition(after[1:].lstrip()):
            return True
        if self._parenthesis_nearby(a, m, after):
            return True
        near = self.m.near.match(text[m.end_char:s_end])
        if near and not any(w.lower() in CLAUSE_BREAKS for w in near.group(1).split()) \
                and not any(m.end_char < o.start_char < m.end_char + near.start(2)
                            for o in a.lexicon_matches(self.p["lexicon"])):
            return True  # (a clause break or another term between them: the marker explains that)
        if self._marker_names_head(a, m, text[m.end_char:s_end]):
            return True
        later = self.m.later_apposition.match(text[m.end_char:s_end])
        if later and self._plain_gap(a, m, later.group(1), later.end(1)):
            return True
        if self._next_opener is not None and s_end < len(text):
            # the very next sentence explains it: "… facetledssyndrom. Det betyder, at …"
            n_start, _ = a.sentence_of(s_end + 1)
            gap = text[s_end:n_start]
            if n_start > s_end and gap.count("\n") <= 1:
                head = text[n_start:n_start + 80]
                # a generic opener ("Det betyder, at …") explains the sentence's last term only: "… med
                # udtalt centralsensitisering og betydelig kinesiofobi. Det betyder, at …" explains kinesiofobi
                last = not any(o.entry != m.entry and m.end_char <= o.start_char < s_end
                               for o in a.lexicon_matches(self.p["lexicon"]))
                if (last and self._next_opener.match(head)) or self._names_and_defines(entry, head):
                    return True
                # or the term's use there is explained ("Invitation til rundbordssamtale" / "Vi inviterer
                # til en rundbordssamtale, dvs. et møde …")
                _, n_end = a.sentence_of(n_start)
                if follow and any(o.entry == m.entry and n_start <= o.start_char < n_end
                                  and self._explained(a, o, entry, follow=False)
                                  for o in a.lexicon_matches(self.p["lexicon"])):
                    return True
        # a glossary line at or anywhere before the first use that names the term
        for i in range(0, a.block_index(m.start_char) + 1):
            b = a.blocks[i].text
            if self.m.glossary.match(b) and any(f in b.lower() for f in entry.forms):
                return True
        return False

    def _marker_names_head(self, a, m, rest: str) -> bool:
        """A marker later in the clause before an indefinite noun phrase with the compound term's own head:
        "om et fleksjob kunne være en vej for hende, altså et job på nedsat tid …" (the words between hold
        no clause break and no other term)."""
        hit = self.m.head.match(rest)
        if not hit:
            return False
        term = a.text[m.start_char:m.end_char].lower()
        nouns = [w.lower() for w in hit.group(3, 4) if w]  # the head, or an adjective and the head
        if not any(len(w) >= 3 and w != term and term.endswith(w) for w in nouns):
            return False
        if any(w.lower() in CLAUSE_BREAKS for w in hit.group(1).split()):
            return False
        return not any(m.end_char < o.start_char < m.end_char + hit.start(2)
                       for o in a.lexicon_matches(self.p["lexicon"]))

    def _genus_apposition(self, a, m, after: str) -> bool:
        """An indefinite apposition right after the term whose noun is the compound term's own head, anywhere
        in the sentence: "… forelægges kommunens rehabiliteringsteam, et tværfagligt team med …" (the
        general word with what sets this one apart: a definition by its kind)."""
        hit = self.m.genus.match(after)
        if not hit:
            return False
        term = a.text[m.start_char:m.end_char].lower()
        words = (hit.group(1) or "").split() + [hit.group(2)]
        return any(len(w) >= 3 and w.lower() != term and term.endswith(w.lower()) for w in words)

    def _plain_gap(self, a, m, gap: str, length: int) -> bool:
        """The few words between a term and its later explanation belong to its own phrase: no clause
        break, no name (the apposition would describe the name) and no other term of the lexicon."""
        words = gap.split()
        return not any(w.lower() in CLAUSE_BREAKS or _CAPITALISED.match(w) for w in words) \
            and not any(m.end_char < o.start_char < m.end_char + length for o in a.lexicon_matches(self.p["lexicon"]))

    def _names_and_defines(self, entry, head: str) -> bool:
        """The sentence opens by naming the term (or the head of a hyphenated term) and defining it
        ("Ischias betyder, at …", "… en § 56-aftale. Aftalen betyder, at …")."""
        rx = self._definitions.get(entry.term, False)
        if rx is False:  # built once per term (the lexicon's data), not on every call
            # the term's forms, and the head of a hyphenated or multi-word term ("§ 56-aftale" … "Aftalen betyder")
            heads = {f.split("-")[-1].split()[-1] for f in entry.forms if "-" in f or " " in f}
            names = set(entry.forms) | {h + end for h in heads if len(h) >= 5 for end in ("", "n", "en", "et", "t")}
            forms = "|".join(re.escape(f) for f in sorted(names, key=len, reverse=True))
            rx = self._definitions[entry.term] = \
                re.compile(self.m.named_definition.format(forms=forms), re.I) if forms else None
        return rx is not None and rx.match(head) is not None

    def _parenthesis_nearby(self, a, m, after: str) -> bool:
        """A parenthesis a few words after the term, in the same clause, that explains it:
        "en § 56-aftale med arbejdsgiveren (en aftale om, at …)"."""
        w = _WINDOW.match(after)
        if not w:
            return False
        gap = w.group(1).split()
        # ("der" right before the parenthesis is the place adverb, "har fremskudt sagsbehandling der (…)": a
        # relative "der" opens a clause with its verb after it, never ends the words before a parenthesis)
        if any(g.lower() in CLAUSE_BREAKS for g in gap[:-1]) or \
                (gap[-1].lower() in CLAUSE_BREAKS and gap[-1].lower() != "der"):
            return False  # "fleksjob og arbejder i kantinen (…)": the parenthesis is in another clause
        if _ACRONYM.match(gap[-1]):
            return False  # "hos STAR (Styrelsen for …)": it expands the abbreviation before it
        paren = m.end_char + w.end()  # just after "("
        if any(m.end_char < o.start_char < paren for o in a.lexicon_matches(self.p["lexicon"])):
            return False  # another term stands nearer: the parenthesis is its explanation
        text = a.text
        limit = min(len(text), paren + 300)
        ends = [e for e in (text.find(")", paren, limit), text.find("\n", paren, limit)) if e >= 0]
        inner = text[paren:min(ends, default=limit)]  # up to ")" or the end of the paragraph
        words = _INNER_WORD.findall(inner)
        if not words or self.m.not_explanation.match(inner):
            return False
        # a name or an acronym ("(Nordlys Logistik)", "(LBR)") says who or what, not what the term means;
        # so does a capitalised parenthesis after a name ("hos Brugsen (Brugsen i Lindeby)")
        if all(_CAPITALISED.match(x) for x in words):
            return False
        return not (_CAPITALISED.match(words[0]) and _CAPITALISED.match(gap[-1]))

    def _term_follows(self, a, m, offset: int) -> bool:
        """Another term of the lexicon starts within a few words after `m` (+ offset)."""
        start = m.end_char + offset
        return any(start - 1 <= o.start_char <= start + 12 and o is not m
                   for o in a.lexicon_matches(self.p["lexicon"]))
