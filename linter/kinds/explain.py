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
lexicons/jargon-next-sentence.txt).

With `compounds: true` a term is also found as the first part of a compound written as one
word ("prolapssmerter", "fleksjobvisitering", "MR-scanningssvaret"): a term of six letters or
more (never an abbreviation), then an optional linking s or hyphen and at least three letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.analysis.dates import MONTHS
from linter.analysis.function_words import CLAUSE_BREAKS, starts_non_noun_phrase
from linter.analysis.matching import LexMatch
from linter.engine.rule import param_error
from linter.fixes import DISPLAY_ONLY, UNSAFE, make_fix
from linter.kinds.base import Context, Kind, Param

_AFTER = re.compile(
    r"^\s*(\(|,?\s*(dvs\.?|det vil sige|altså|som betyder|hvilket betyder|som er|der er|der betyder|"
    r"også kaldet|eller|—|–|-)[\s,:])", re.I)
_APPOSITION = re.compile(r"^\s*,\s+(?:[a-zæøå]+\s+){1,12}?[a-zæøå]+", re.I)
# "ischias: smerter, der stråler ned i benet": an apposition after a colon (two lower-case words
# or more; "Prolaps: L5/S1" or "Ischias: ja" in a form is a value, not an explanation)
_COLON_APPOSITION = re.compile(r"^:[^\S\n]+[a-zæøå]+[\s,]+[a-zæøå]+")
_BEFORE_PAREN = re.compile(r"\(\s*$")
_GLOSSARY = re.compile(r"^\s*(ordforklaring|ordliste|forklaring|forkortelser)\b", re.I)
_DEFINES = re.compile(r"^\s*(betyder|er en|er et|er betegnelsen|er det)\b", re.I)
# up to four words of the same clause between the term and a parenthesis: no punctuation,
# no line break, no lone dash
_WINDOW = re.compile(r"^((?:[^\S\n]+(?!-+\s)[^\s.,;:!?()\[\]{}\"»«—–]+){1,4})[^\S\n]*\(")
# a parenthesis that is plainly no explanation: a number or date, a reference, a contact
# detail, an aside or example ("(jf. …)", "(se bilag)", "(uge 12)", "(tlf. …)", "(fx …)")
_NOT_EXPLANATION = re.compile(
    r"^\s*(?:\d|§|den\s+\d|(?:jf|jfr|jævnfør|se|sml|bilag|vedlagt|vedlagte|side|s|afsnit|pkt|punkt|kilde|"
    r"ref|note|fodnote|tlf|telefon|mobil|mail|e-mail|cpr|f|født|fx|f\.eks|eks|bl\.a|ca|evt|eventuelt|uge|kl|"
    r"dato|nr|sagsnr|j\.\s?nr|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)", re.I)
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,}s?$")  # "STAR", "LBR" (a dotted one cannot be in the window)
_CAPITALISED = re.compile(r"^[A-ZÆØÅ]")
# what may follow a term inside a one-word compound: a linking s or hyphen, then a word part
_COMPOUND_REST = re.compile(r"^(?:s|-)?[a-zæøå]{3,}$")
_EXPLANATION_WORD = re.compile(r"[^\s(),.;:]+")


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
        # compound heads: the term's one-word forms of six letters or more, by their first four letters
        self._heads: dict[str, list[tuple[str, str]]] = {}
        if self.p["compounds"]:
            for term, entry in self.table.items():
                if entry.data.get("abbreviation"):
                    continue
                for form in entry.forms:
                    if len(form) >= 6 and " " not in form:
                        self._heads.setdefault(form[:4], []).append((form, term))
            for heads in self._heads.values():
                heads.sort(key=lambda h: -len(h[0]))  # the longest form first

    def _compound_matches(self, a) -> list[LexMatch]:
        """Terms as the first part of a one-word compound the lexicon does not list."""
        known = {m.start for m in a.lexicon_matches(self.p["lexicon"])}
        out = []
        tokens = a.tokens  # the document's token table: no spaCy Token objects
        for i, low in enumerate(tokens.lower):
            if len(low) < 9 or i in known:
                continue
            for form, term in self._heads.get(low[:4], ()):
                rest = low[len(form):]
                if low.startswith(form) and _COMPOUND_REST.match(rest):
                    idx = tokens.idx[i]
                    out.append(LexMatch(self.p["lexicon"], term, i, i + 1, idx, idx + len(tokens.text[i])))
                    break
        return out

    def check(self, a, ctx: Context) -> Iterable:
        first: dict[str, object] = {}
        matches = a.lexicon_matches(self.p["lexicon"])
        if self._heads:
            matches = sorted([*matches, *self._compound_matches(a)], key=lambda m: (m.start_char, -m.end_char))
        for m in matches:
            if m.entry not in first:
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

    def _explained(self, a, m, entry) -> bool:
        text = a.text
        after = text[m.end_char:m.end_char + 80]
        hit = _AFTER.match(after)
        if hit and hit.group(2) and hit.group(2).lower() == "eller" and self._term_follows(a, m, hit.end()):
            hit = None  # "ressourceforløb eller jobafklaringsforløb": two terms, not an explanation
        if hit and hit.group(2) and hit.group(2).lower() in ("eller", "—", "–", "-") and \
                starts_non_noun_phrase(after[hit.end():]):
            hit = None  # "fleksjob eller at han går ned i tid": a clause, not another name for the term
        if hit and hit.group(2) in ("—", "–", "-") and after[hit.end():].lstrip()[:1].isupper():
            hit = None  # "§ 56-aftale - Michael Brix": a dash before a name separates, it explains nothing
        if hit or _BEFORE_PAREN.search(text[max(0, m.start_char - 3):m.start_char]):
            return True
        if _DEFINES.match(after):
            return True
        s_start, s_end = a.sentence_of(m.start_char)
        if _APPOSITION.match(after) and m.start_char - s_start < 60:
            # "Lenes diagnose er lumbago, almindelige smerter i lænden ..."; an apposition is a noun
            # phrase, so a clause, adverbial or prepositional phrase after the comma is none
            rest = text[m.end_char:s_end]
            if rest.count(",") <= 2 and not starts_non_noun_phrase(rest.lstrip(" ,")):
                return True
        if _COLON_APPOSITION.match(after) and not starts_non_noun_phrase(after[1:].lstrip()):
            return True
        if self._parenthesis_nearby(a, m, after):
            return True
        if self._next_opener is not None and s_end < len(text):
            # the very next sentence explains it: "… facetledssyndrom. Det betyder, at …"
            n_start, _ = a.sentence_of(s_end + 1)
            gap = text[s_end:n_start]
            if n_start > s_end and gap.count("\n") <= 1 and self._next_opener.match(text[n_start:n_start + 60]):
                return True
        # a glossary line at or anywhere before the first use that names the term
        for i in range(0, a.block_index(m.start_char) + 1):
            b = a.blocks[i].text
            if _GLOSSARY.match(b) and any(f in b.lower() for f in entry.forms):
                return True
        return False

    def _parenthesis_nearby(self, a, m, after: str) -> bool:
        """A parenthesis a few words after the term, in the same clause, that explains it:
        "en § 56-aftale med arbejdsgiveren (en aftale om, at …)"."""
        w = _WINDOW.match(after)
        if not w:
            return False
        gap = w.group(1).split()
        if any(g.lower() in CLAUSE_BREAKS for g in gap):
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
        words = re.findall(r"[^\W\d_][\w/-]*", inner)
        if not words or _NOT_EXPLANATION.match(inner):
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
