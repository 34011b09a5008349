"""`require`: the letter must address a concept (a concept lexicon), document-level.

A match counts when it stands in a statement: a bare heading ("Skånehensyn:" or a
heading line with nothing after it) does not address anything, and matches in the
letterhead, recipient block, signature or quoted mail do not either (the rule's `scope:`, else the
kind's `default_scope`). A form's content field that the zoning puts among the head's meta lines
("Sidde:   60 min") counts; the subject, date, case and citizen lines do not (unless `include_meta`).

`concepts` lists what addresses the rule. An item is a concept name (any match
counts) or a list of names: then every one of them must match in the same sentence
("svar" + "senest 1. april" is an information deadline; "senest 1. april" alone may be
a treatment deadline). `unless` concepts void every hit in their sentence; `unless_clause`
concepts void only the hits of their clause (the sentence cut at commas, semicolons, colons,
dashes, brackets and the words of the `klausulgraense` concept: "blev opereret i december, og
genoptræningen varer tre måneder" keeps its plan); `unless_span` concepts void a hit they overlap
("frem til dags dato" is history, not a plan). A match of an `unless_lifted_by` concept in the
sentence lifts all of these voids there (a sentence that also states the thing plainly), and one of an
`unless_lifted_after` concept lifts them in the sentence right after its own ("Hun er ledig. Hun var tidligere
butiksassistent."), and one of an `unless_lifted_paragraph` concept in every sentence of its paragraph ("Hun var
tidligere rengøringsassistent. Hun gjorde rent 7 timer om dagen. Hun har været ledig siden 2025.");
`unless_undated` concepts void their clause only when the letter has no date of its own. Matches of
the `dated` concepts count only when the date they hold lies after the letter's own date
(past dates are history, not a plan); a month named alone ("i februar") is its nearest
occurrence. A match inside a longer match of the same concept is part of it.

An unfilled placeholder in a hit's sentence leaves it unwritten; with `unfilled_date_keeps`, a date's field after
the hit ("… tilbage til sit job fra [INDSÆT DATO]") leaves only the time open. A hit in the option of an empty tick
box ("[ ] 1-3 måneder") states nothing (`linter/letter/ticks.py`). With `statements_only` a question counts only
by its answer, read by `answer_to` (one reading, three ways): a ticked box right after it or an `answered_by` match
opening the next sentence ("Svar: Ja, …") carries its hit; an open question of a Q/A form that held a hit of every
concept of a group lends the group to its answer ("Hvilket job har borgeren? Kassearbejde i et supermarked.",
"Realistisk arbejdsfunktion efter behandling? Lagerarbejde med truck."), unless a void of the rule touches the
answer or it says nothing (`felt-tom`).

A concept-name param may name a set of concepts shared by several rules, defined once in
`lexicons/concept-sets.yaml`, as `set:NAME` ("- set:faelles-void" in `unless_span`): `prepare()` puts the set's
concepts there, in the set's order; an unknown set name is a load error.

`model: T` (a threshold; 0, the default, is off) adds the rule's trained sentence scorer
(`require_model.py`): when no concept match counts, the in-scope sentence it scores highest satisfies the rule if
that score is >= T and the sentence is one a concept hit could stand in (a statement, void of the rule's voids, no
bare heading, unfilled field or unticked option). The concepts always decide first.

`requirement()` gives the checklist entry: "ok" with the strongest sentence that satisfied the rule (`_proof`;
`proof_after` names concepts that make a sentence a weaker proof) (evidence: the concepts that met there, or
"model:<score>"), or "missing" with reason codes of why no match counted ("no-match", "past-date", "heading-only",
"outside-body", "question", "placeholder", "unticked", "voided:<concept>").
`check()` reads the same memo, so the concepts are weighed once per letter.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

from linter.analysis.dates import parse_date
from linter.analysis.function_words import AUXILIARIES, COORDINATING, IRREGULAR_FINITE, SUBJECTS
from linter.analysis.wrapping import LIST_ITEM
from linter.engine.rule import param_error
from linter.kinds.base import Context, Kind, Param
from linter.kinds.require_model import best_sentence, model_path, sentence_score
from linter.letter.dated import letter_date
from linter.letter.structure import (
    CONTACT_LINE,
    DATE_FIELD,
    FIELD_LINE,
    META,
    SECTION_MARKER,
    SENDER_LABEL,
    SUBJECT_LINE,
)
from linter.letter.ticks import options
from linter.model import CheckItem

_LABEL = re.compile(r"^[A-ZÆØÅ][\w æøåÆØÅ/-]{1,40}:\s")
_STATEMENT_WORD = re.compile(r"\b(ingen|ikke|nej|ja|kan|kunne|bør|skal|må|er|har|tåler|undgå)\b|\d", re.I)
_SUBJECT = re.compile(r"^\s*(emne|subject)\s*:", re.I)


SET_PREFIX = "set:"  # a concept-name param's reference to a named set of concepts (`lexicons/concept-sets.yaml`)
# the params that list concept names, where a set may stand in place of its concepts
NAME_PARAMS = ("unless", "unless_clause", "unless_span", "unless_lifted_by", "unless_lifted_after",
               "unless_lifted_paragraph", "unless_not_lifted",
               "unless_undated", "dated", "answered_by", "asked_in_question_items", "adopts_previous", "proof_after")


class RequireKind(Kind):
    name = "require"
    default_scope = ("all", "~letterhead", "~recipient", "~email-sender", "~email-header", "~closing", "~signature",
                     "~contact", "~participants", "~quoted", "~page-header", "~page-footer")
    document_level = True
    params = {
        "concepts": Param(list, required=True),  # any item addresses the rule (an item: name or [names])
        "unless": Param(list, default=[]),  # concepts whose match in the same sentence voids a hit
        "unless_clause": Param(list, default=[]),  # concepts whose match in the same clause voids a hit
        "unless_span": Param(list, default=[]),  # concepts whose match overlapping a hit voids it
        "unless_lifted_by": Param(list, default=[]),  # concepts that, in the sentence, lift the voids above
        # concepts that lift those voids in the sentence right after theirs ("Hun er ledig. Hun var tidligere
        # butiksassistent.": the unemployment stated, the former job in the next sentence is no mere history)
        "unless_lifted_after": Param(list, default=[]),
        # concepts that lift those voids in every sentence of their paragraph ("Hun var tidligere rengøringsassistent.
        # Hun gjorde rent 7 timer om dagen. Hun har været ledig siden 2025.": the former job told as the paragraph's
        # account of the unemployment)
        "unless_lifted_paragraph": Param(list, default=[]),
        # void concepts that no lift undoes ("Hun er ledig og bør søge job som receptionist": a job named only as
        # a possibility ahead stays void beside the unemployment that lifts the history voids)
        "unless_not_lifted": Param(list, default=[]),
        # {concept: [unless_span concept names]}: a match of the key concept in a sentence lifts the span voids of the
        # named concepts in that sentence only, whatever else lifts or not ("Han siger selv, at han ikke ser sig selv
        # som maler igen, og det er også min vurdering": the writer endorses the citizen's own words, so the voice
        # void of `borger-oenske`/`andres-stemme` no longer holds there; every other void stays)
        "unless_span_lifted_by": Param(dict, default={}),
        # concepts that void the hits of their clause only in a letter without a date of its own (there
        # the tense must tell history from plan; with a date, `dated` compares the dates themselves)
        "unless_undated": Param(list, default=[]),
        "dated": Param(list, default=[]),  # concepts whose matches count only for future dates
        "include_meta": Param(bool, default=False),  # let the subject line count
        "statements_only": Param(bool, default=False),  # a question ("Kan han komme tilbage?") states nothing
        # concepts that, opening the sentence right after a question, answer it ("Kan hun vende tilbage?" /
        # "Svar: Ja, som frisør …"): the answered question then counts as the statement
        "answered_by": Param(list, default=[]),
        # a date's template field after a hit leaves the statement standing, only its time open ("kan vende
        # tilbage til sit job fra [INDSÆT DATO]"); off where the date is the content (a time frame, a deadline)
        "unfilled_date_keeps": Param(bool, default=False),
        # concepts whose hits inside a list item that is a question are what the question asks about, not the rule's
        # statement (job.frist: "Vi har brug for svar på tre spørgsmål:" / "- Kan hun arbejde 20 timer i januar?"
        # names a time the question is about, not when the answer is needed); unless the item also holds another
        # concept of the hit's group ("- Kan du sende svaret inden 1. marts?")
        "asked_in_question_items": Param(list, default=[]),
        # the rule's trained sentence scorer (require_model.py): when no concept match counts, an admissible
        # in-scope sentence it scores >= this threshold satisfies the rule (0: off)
        "model": Param((int, float), default=0),
        # concepts that take up the sentence right before theirs as their own ("Arbejdsgiveren spørger, om hun kan
        # sidde ved kassen. Kan du svare på det?"): a concept group meets over the two sentences, each concept
        # counting in either (a request adopting the question told just before it, job.efterspurgt-info)
        "adopts_previous": Param(list, default=[]),
        # a concept whose matches let no hit they overlap count (of any concept of the rule, the sentence scorer's
        # sentence too) unless the letter also holds, in some sentence of its own (the subject line and the head's
        # meta lines too), one of the given concept groups: {concept: [[names], ...]} (job.frist: a deadline tied to a
        # meeting, "svar inden hans næste samtale", says when only where the letter dates the meeting, "Vi har
        # opfølgningssamtale med ham den 5. maj"); a `dated` concept of a group counts only ahead
        "needs_in_letter": Param(dict, default={}),
        # concepts whose match in a sentence makes it a weaker proof of the rule, shown only when no other sentence
        # satisfies it (`_proof`; the verdict is the same): a time frame told in an accommodation ("Han bør ikke
        # løfte de næste fire uger") is the accommodation's, the treatment plan is the stronger proof of a time plan
        "proof_after": Param(list, default=[]),
        # the rule's content has a closed form its concepts know (consent given or not, a date or a time frame): a
        # heading or field label counts only when its answer, a sentence of its own, holds a concept of the rule
        # ("Samtykke:" / "Borgeren er stadig sygemeldt …" answers nothing of it; `_answer_off_topic`). Off where the
        # answer is free prose a label names ("Baggrund for henvendelsen: Vi overvejer …" is the purpose)
        "closed_answer": Param(bool, default=False),
    }

    def prepare(self) -> None:
        if isinstance(self.p["model"], bool) or not 0 <= self.p["model"] < 1:
            raise param_error(self.rule, "model", "skal være en tærskel fra 0 (fra) til under 1",
                              "must be a threshold from 0 (off) to below 1")
        path = model_path(self.rule.id)
        if self.p["model"] and not path.is_file():  # (a stat only: the weights are read when first needed)
            raise param_error(self.rule, "model", f"ingen sætningsmodel for reglen: {path.name} findes ikke "
                              "(modellerne hører til de leverede reglers id; fjern model: eller sæt den til 0)",
                              f"no sentence model for the rule: {path.name} does not exist (the models belong to "
                              "the shipped rules' ids; remove model: or set it to 0)")
        for key in NAME_PARAMS:  # a shared set of concepts named once in the lexicons: "set:faelles-void"
            self.p[key] = self._expand_sets(key, self.p[key])
        span_lifts = {}
        for name, voided in self.p["unless_span_lifted_by"].items():
            if not (isinstance(voided, list) and voided and all(isinstance(n, str) for n in voided)):
                raise param_error(self.rule, "unless_span_lifted_by", f"'{name}': en liste af begrebsnavne",
                                  f"'{name}': a list of concept names")
            # (a name that is no span void of the rule has nothing to lift; the names are checked as concepts below)
            span_lifts[name] = self._expand_sets("unless_span_lifted_by", voided)
        self.p["unless_span_lifted_by"] = span_lifts
        self.groups: list[list[str]] = []
        for item in self.p["concepts"]:
            group = [item] if isinstance(item, str) else item
            if not isinstance(group, list) or not group or not all(isinstance(n, str) for n in group):
                raise param_error(self.rule, "concepts", "hvert punkt skal være et navn eller en liste af navne",
                                  "each item must be a name or a list of names")
            self.groups.append(group)
        self._asked_in_items = set(self.p["asked_in_question_items"])
        for name, groups in self.p["needs_in_letter"].items():
            if not (isinstance(groups, list) and groups and all(
                    isinstance(g, list) and g and all(isinstance(n, str) for n in g) for g in groups)):
                raise param_error(self.rule, "needs_in_letter", f"'{name}': en liste af lister af begrebsnavne",
                                  f"'{name}': a list of lists of concept names")
        needed = {n for name, groups in self.p["needs_in_letter"].items()
                  for n in [name, *(x for g in groups for x in g)]}
        names = {n for g in self.groups for n in g}.union(needed, *(self.p[key] for key in NAME_PARAMS),
                                                          self.p["unless_span_lifted_by"],
                                                          *self.p["unless_span_lifted_by"].values())
        if self.p["unless_clause"] or self.p["unless_undated"]:
            names.add(CLAUSE_BOUNDARY)
        for name in sorted(names):
            if name not in self.lexicons.concepts:
                raise param_error(self.rule, "concepts", f"ukendt begrebsleksikon '{name}'",
                                  f"unknown concept lexicon '{name}'")

    def _expand_sets(self, key: str, names: list) -> list:
        """`names` with each reference to a concept set of the lexicons (`set:NAME`, `lexicons/concept-sets.yaml`)
        replaced by the set's concept names, in the set's order, at its place (the first void that touches a hit
        names it in the reason code: the order stays the one written)."""
        if not any(isinstance(n, str) and n.startswith(SET_PREFIX) for n in names):
            return names
        out: list = []
        for n in names:
            if not (isinstance(n, str) and n.startswith(SET_PREFIX)):
                out.append(n)
                continue
            members = self.lexicons.concept_sets.get(n[len(SET_PREFIX):])
            if members is None:
                known = ", ".join(sorted(self.lexicons.concept_sets)) or "-"
                raise param_error(self.rule, key, f"ukendt begrebssæt '{n}' (kendte sæt: {known})",
                                  f"unknown concept set '{n}' (known sets: {known})")
            out.extend(members)
        return out

    def _hits(self, a, name: str, voids: Voids, today, why: set[str], template: bool = False,
              asked: dict[tuple[int, int], Answer | None] | None = None) -> dict[tuple[int, int], tuple[int, int]]:
        """Sentences in which concept `name` has a hit that stands in a statement, each with the
        span of its first such match (a question answered yes/no or by a tick counts by its answer, `answer_to`);
        the reasons discarded matches did not count go into `why`, and the questions that held a hit, void of
        nothing else, into `asked`, each with its open answer or None (an open question lends its hit to the
        answer right after it: "Hvor meget kan han løfte? Ca. 10 kg …", weighed by `statements`)."""
        st = a.structure
        out: dict[tuple[int, int], tuple[int, int]] = {}
        matches = a.concept_matches(name)
        unmet = self._unmet_spans(a, today) if matches and self.p["needs_in_letter"] else ()
        # a match inside a longer one of the same concept is part of it ("marts 2026" in
        # "2. marts 2026" is that day, not the end of March)
        if _nested(matches):
            inner = _inside_longer(matches)
            outer = [m for m in matches if (m.start_char, m.end_char) not in inner]
        else:
            outer = matches
        for m in outer:
            bi = a.block_index(m.start_char)
            zone = st.zones[bi]
            if not self.in_scope(zone) and not _opens_body(a, bi, template) and \
                    not (self.p["include_meta"] and zone == "email-header" and _SUBJECT.match(a.blocks[bi].text)):
                why.add("outside-body")  # (an e-mail's "Emne:" is its subject line, which include_meta lets count)
                continue
            if zone == "meta" and not self.p["include_meta"] and not _form_field(a.blocks[bi].text) \
                    and not _form_heading(a, bi, template) and not _meta_goes_on(a, bi, m.start_char):
                why.add("outside-body")
                continue
            if _bare_heading(a, bi, m.start_char, m.end_char, template):
                why.add("heading-only")
                continue
            if self._answer_off_topic(a, bi, m.start_char):
                why.add("heading-off-topic")  # "Samtykke:" / "Borgeren er stadig sygemeldt …" answers nothing of it
                continue
            below = _answer_sentence(a, bi, m.start_char)
            if below is not None and (voids.anywhere(below) or voids.of_lead(a, below)):
                # a heading answered only by what the rule's voids discard ("Skånehensyn:" / "Hjemmeøvelser 3 gange
                # dagligt."): the answer under it says nothing the heading could stand for
                why.add("voided-answer")
                continue
            if _unticked(a, bi, m.start_char, m.end_char):
                why.add("unticked")  # an option of a form's tick list that was not chosen states nothing
                continue
            if not template and _unfilled(a, bi, m.start_char, m.end_char, self.p["unfilled_date_keeps"]):
                why.add("placeholder")  # a sentence with an unfilled field is not written yet
                continue
            if name in self._asked_in_items and self._asked_in_item(a, bi, name):
                why.add("question-item")
                continue
            if unmet and any(s < m.end_char and m.start_char < e for s, e in unmet):
                why.add("undated-event")  # "svar inden hans næste samtale" in a letter that never dates the meeting
                continue
            sent = a.sentence_of(m.start_char)
            answer = None  # a question answered yes/no or by a tick counts by its answer ("Svar: Ja, …")
            if self.p["statements_only"] and a.text[sent[1] - 1] == "?":
                answer = answer_to(a, sent, self.p["answered_by"])
                if answer is None or answer.way == OPEN_ANSWER:  # (an open answer: group level, `statements`)
                    why.add("question")
                    if asked is not None and not (voids.of(a, sent, m.start_char, m.end_char)
                                                  or voids.of_lead(a, sent)):
                        asked[sent] = answer
                    continue
            void = voids.of(a, sent, m.start_char, m.end_char) or voids.of_lead(a, sent)
            if void:
                why.add("voided:" + void)
                continue
            if name in self.p["dated"] and today is not None:
                when = _date_of(a, m, today)
                if when is not None and when <= today:
                    why.add("past-date")
                    continue
            if answer is not None:
                out.setdefault(answer.sentence, answer.span)
            else:
                out.setdefault(sent, (m.start_char, m.end_char))
        return out

    def _unmet_spans(self, a, today) -> tuple[tuple[int, int], ...]:
        """The matches of the `needs_in_letter` concepts whose groups the letter lacks: any hit overlapping one does
        not count (a deadline word before an undated meeting, "Jeg vil gerne have dit svar inden hans næste
        samtale", whatever concept read it), nor does the sentence scorer take its sentence."""
        out: list[tuple[int, int]] = []
        for name in self.p["needs_in_letter"]:
            matches = a.concept_matches(name)  # (the partners are read only for a letter that holds the concept)
            if matches and not self._in_letter(a, name, today):
                out.extend((m.start_char, m.end_char) for m in matches)
        return tuple(out)

    def _in_letter(self, a, name: str, today) -> bool:
        """One of the `needs_in_letter` groups of concept `name` meets in a sentence of the letter: the author's text
        in scope, the subject line or a head meta line (never a quote or a signature), a `dated` concept's match only
        after the letter's date; memoised per letter."""
        key = f"needs_in_letter:{self.rule.id}:{name}"
        if key in a.memo:
            return a.memo[key]  # type: ignore[no-any-return]
        st = a.structure
        met = False
        for group in self.p["needs_in_letter"][name]:
            common: set | None = None
            for n in group:
                sents = set()
                for m in a.concept_matches(n):
                    zone = st.zones[a.block_index(m.start_char)]
                    if not (self.in_scope(zone) or zone == "meta" or zone == "email-header"
                            and _SUBJECT.match(a.blocks[a.block_index(m.start_char)].text)):
                        continue
                    if n in self.p["dated"] and today is not None:
                        when = _date_of(a, m, today)
                        if when is not None and when <= today:
                            continue
                    sents.add(a.sentence_of(m.start_char))
                common = sents if common is None else common & sents
                if not common:
                    break
            if common:
                met = True
                break
        a.memo[key] = met
        return met

    def _asked_in_item(self, a, bi: int, name: str) -> bool:
        """Block `bi` is a list item that is a question and holds no hit of another concept of `name`'s groups."""
        text = a.blocks[bi].text.rstrip()
        if not (text.endswith("?") and LIST_ITEM.match(text)):
            return False
        start, end = a.block_starts[bi], a.block_starts[bi] + len(text)
        partners = {n for g in self.groups if name in g for n in g} - self._asked_in_items
        return not any(start <= m.start_char < end for n in partners for m in a.concept_matches(n))

    def requirement(self, a, ctx: Context | None = None) -> CheckItem:
        """The rule's checklist entry, computed once per letter (check() reads the same memo); in a
        template a placeholder in the place of the content counts, in a letter it does not."""
        template = bool(ctx and ctx.template)
        key = f"requirement:{self.rule.id}:{template}"
        item = a.memo.get(key)
        if item is None:
            item = a.memo[key] = self._requirement(a, template)
        return item  # type: ignore[return-value]

    def _requirement(self, a, template: bool = False) -> CheckItem:
        why: set[str] = set()
        voids = self._voids(a)
        found = self.statements(a, template, why, voids)
        if found:  # the strongest sentence that satisfies the rule: the reader's proof (`_proof`)
            sent, group = _proof(self, a, found)
            start, end = _with_statement_under(a, sent)
            return CheckItem(self.rule.id, "ok", start, end, evidence=list(group))
        if self.p["model"]:
            hit = best_sentence(self, a, self.p["model"], lambda sent: self._admits(a, sent, template, *voids))
            if hit is not None:
                (start, end), score = hit
                return CheckItem(self.rule.id, "ok", start, end, evidence=[f"model:{score:.2f}"])
        return CheckItem(self.rule.id, "missing", evidence=sorted(why) or ["no-match"])

    def _admits(self, a, sent: tuple[int, int], template: bool, voids: Voids, today) -> bool:
        """A sentence the model may take as satisfying the rule: one a concept hit could stand in — a statement
        (not a question), outside the head's meta lines unless a form field, not a bare
        heading, an unfilled field, a placeholder's sentence or an unticked option, and void of every void of the
        rule (the concepts' near-miss knowledge: history, someone else's voice, hedges …): the voids the statements
        were weighed by."""
        start, end = sent
        if a.text[start:end].rstrip().endswith("?"):  # a question asks; it tells no content (the concepts read
            return False  # a request's questions themselves: job.efterspurgt-info)
        bi = a.block_index(start)
        if a.structure.zones[bi] == "meta" and not _form_field(a.blocks[bi].text):
            return False
        if _bare_heading(a, bi, start, end, template) or _unticked(a, bi, start, end) \
                or (not template and _unfilled(a, bi, start, end, False)) or self._answer_off_topic(a, bi, start):
            return False
        if voids.anywhere(sent) or voids.of_lead(a, sent):
            return False
        if self.p["needs_in_letter"] and any(start <= s < end for s, _ in self._unmet_spans(a, today)):
            return False
        return not self._only_past_dates(a, sent, today)

    def _answer_off_topic(self, a, bi: int, m_start: int) -> bool:
        """With `closed_answer`, the heading or field label holding `m_start` is answered by a sentence of its own on
        another matter: the value or the line under it is a clause with a subject and a finite verb (`_CLAUSE`) that
        meets no concept group of the rule together with the heading, nor `answered_by` ("Svarfrist:" / "Vi beder om en
        kort statusattest.", "Samtykke:" / "Borgeren er stadig sygemeldt efter operationen."). A short answer ("Ingen.",
        "Ja, mundtligt", "Frisør, 30 timer om ugen") and a lead line over a list keep the heading's hit."""
        if not self.p["closed_answer"]:
            return False
        spans = _heading_answer(a, bi, m_start)
        if spans is None:
            return False
        (hs, he), (s, e) = spans
        text = a.text[s:e]
        if not _CLAUSE.match(text) or text.rstrip().endswith(":"):
            return False

        def holds(name: str, lo: int, hi: int) -> bool:
            return any(lo <= m.start_char < hi for m in a.concept_matches(name))

        if any(holds(n, s, e) for n in self.p["answered_by"]):
            return False
        # on the topic: a concept group met over the heading and its answer, the answer holding one of its concepts
        # ("Svarfrist:" / "Vi skal bruge svaret inden påske."; not "Frist:" / "Vi beder om en kort statusattest.", whose
        # answer holds only the partner `frist-svar`, nor "Samtykke:" / "Patienten er …", whose answer holds none)
        for group in self.groups:
            inside = [holds(n, s, e) for n in group]
            if any(inside) and all(i or holds(n, hs, he) for n, i in zip(group, inside, strict=True)):
                return False
        return True

    def _only_past_dates(self, a, sent: tuple[int, int], today) -> bool:
        """The sentence's dates (matches of the rule's `dated` concepts) all lie on or before the letter's own date:
        what it dates is history, not a plan or a deadline ("Kunne raskmeldes fra mandag 14.12." in a note of 20
        December). False without a letter date or without dates."""
        if today is None:
            return False
        seen = False
        for name in self.p["dated"]:
            for m in a.concept_matches(name):
                if sent[0] <= m.start_char < sent[1]:
                    when = _date_of(a, m, today)
                    if when is not None:
                        if when > today:
                            return False
                        seen = True
        return seen

    def _voids(self, a) -> tuple[Voids, object]:
        """The rule's voids over the letter and the letter's own date (None when the rule reads no dates): built once
        per requirement and handed to the statements and to the sentence scorer's candidates, never kept in the
        analysis' memo (a Voids holds the analysis: kept there, the two would form a cycle only the garbage
        collector frees)."""
        today = letter_date(a) if self.p["dated"] or self.p["unless_undated"] else None
        by_clause = self.p["unless_clause"] + (self.p["unless_undated"] if today is None else [])
        return Voids(a, self.p["unless"], by_clause, self.p["unless_span"], self.p["unless_lifted_by"],
                     self.p["unless_lifted_after"], self.p["unless_not_lifted"],
                     self.p["unless_lifted_paragraph"], self.p["unless_span_lifted_by"]), today

    def statements(self, a, template: bool = False, why: set[str] | None = None,
                   voids: tuple[Voids, object] | None = None) -> list[tuple[tuple[int, int], list[str]]]:
        """Every sentence that satisfies the rule, in letter order, each with the first concept group (in
        the rule's order) that met there; the reasons discarded matches did not count go into `why`. The
        checklist shows the strongest (`_proof`); `bench/latent.py` reads them all."""
        voids, today = voids or self._voids(a)
        cache: dict[str, dict] = {}
        asked: dict[str, dict] = {}  # per concept, the questions that held a hit, with their open answer
        why = set() if why is None else why
        found: dict[tuple[int, int], list[str]] = {}
        for group in self.groups:
            common: set | None = None
            for name in group:
                if name not in cache:
                    cache[name] = self._hits(a, name, voids, today, why, template, asked.setdefault(name, {}))
                common = set(cache[name]) if common is None else common & set(cache[name])
                if not common:
                    break
            if len(group) > 1 and any(_list_lead(a, sent) for name in group if name in cache for sent in cache[name]):
                for name in group:  # a list item may meet the group with the line it completes
                    if name not in cache:
                        cache[name] = self._hits(a, name, voids, today, why, template, asked.setdefault(name, {}))
                common = (common or set()) | _list_items_with_lead(a, [cache[name] for name in group],
                                                                    [asked.get(name, {}) for name in group])
            if len(group) > 1 and self.p["adopts_previous"]:
                for name in group:
                    if name not in cache:
                        cache[name] = self._hits(a, name, voids, today, why, template, asked.setdefault(name, {}))
                common = (common or set()) | _adopting(a, self.p["adopts_previous"], [cache[name] for name in group])
            for sent in common or ():
                found.setdefault(sent, list(group))
            # a Q/A form's answer under an open question that held a hit of every concept of the group ("Realistisk
            # arbejdsfunktion efter behandling?" / "Lagerarbejde med truck")
            lent = set.intersection(*(set(asked.get(name, {})) for name in group))
            for q in lent:
                answer = asked[group[0]][q]  # (the same for every concept: `answer_to` reads the question alone)
                if answer is None:
                    continue
                sent = answer.sentence
                if not (voids.of(a, sent, *answer.span) or voids.in_clauses(a, sent) or voids.of_lead(a, sent)) \
                        and not _unanswered(a, *answer.span, template):
                    found.setdefault(sent, list(group))
        return sorted(found.items())

    def addressed(self, a) -> bool:
        return self.requirement(a).status == "ok"

    def check(self, a, ctx: Context) -> Iterable:
        item = self.requirement(a, ctx)
        if item.status == "missing":
            yield self.finding(ctx, evidence=list(item.evidence))


def _proof(kind, a, found: list[tuple[tuple[int, int], list[str]]]) -> tuple[tuple[int, int], list[str]]:
    """Which of the sentences that satisfy the rule the checklist shows as its proof. Every one of them satisfies the
    rule (the verdict is the same whichever is shown); the reader is shown the strongest, in four tiers:

    1. a sentence of the letter's text before one of the head's lines (a form field among the meta lines, an e-mail's
       subject line: `include_meta`): the subject names the topic, the text states it;
    2. a statement before a line that only announces what comes under it: a label or a list's lead ending in a colon
       ("Jeg har følgende spørgsmål:", "Skånehensyn:"), or a heading-like line with no sentence of its own
       ("SKÅNEHENSYN" over the paragraph that answers it);
    3. a sentence without a match of the rule's `proof_after` concepts before one with (a sentence that states
       another requirement and holds this one's concept in passing: an accommodation's time for a time plan);
    4. the sentence the rule's trained sentence scorer (`require_model.py`, when the rule has one) rates highest, by
       tenths, so that near ties keep letter order: the specific statement ("Genoptræningen varer ca. 12 uger") before
       a sentence that holds the concept in passing ("Han må ikke løfte de næste tre måneder", an accommodation's
       time) or a weak cue ("skriver efter aftale med borgeren" before "har givet lov til").

    Then letter order. One sentence: itself (no model is read)."""
    if len(found) == 1:
        return found[0]
    zones = a.structure.zones

    def tiers(entry):
        (start, end), _ = entry
        bi = a.block_index(start)
        head = zones[bi] in ("meta", "email-header")
        announces = _announces(a, bi, start, end)
        weaker = any(start <= m.start_char < end for name in kind.p["proof_after"] for m in a.concept_matches(name))
        return head, announces, weaker

    # the cheap tiers first; the scorer (whose weights are read when first needed) only among the sentences they tie
    keyed = [(tiers(entry), entry) for entry in found]
    best = min(k for k, _ in keyed)
    tied = [entry for k, entry in keyed if k == best]
    if len(tied) == 1:
        return tied[0]
    return min(tied, key=lambda e: (-round(sentence_score(kind.rule.id, a, e[0]) or 0.0, 1), e[0][0]))


def _announces(a, bi: int, start: int, end: int) -> bool:
    """The sentence only announces what comes under it: a label or a list's lead ending in a colon ("Jeg har tre
    spørgsmål:"), or the whole of a heading-like line ("SKÅNEHENSYN", "Hensyn på arbejdspladsen")."""
    text = a.text[start:end].rstrip()
    block = a.blocks[bi]
    if text.endswith(":") or (text == block.text.strip() and (block.heading_level > 0 or _heading_like(text))):
        return True
    # a lead whose sentence ran on into the marker of its list's first item ("Jeg har disse spørgsmål:" / "1. Hvor
    # …": the number's period ends the sentence): the lead's line ends in the colon, the rest is the marker
    line_end = a.block_span(bi)[1]
    rest = a.text[line_end:end].strip()
    return bool(rest) and a.text[start:line_end].rstrip().endswith(":") and bool(LIST_ITEM.fullmatch(rest + " "))


def _with_statement_under(a, sent: tuple[int, int]) -> tuple[int, int]:
    """The proof's span: the sentence itself, or, for a heading or a field's label with nothing after it on its line
    ("Skånehensyn", "Nuværende arbejde", "Borgerens job og arbejdsopgaver:"), whose hit counted only because the text
    under it answers it (`_bare_heading`), the first sentence under it (its zone's or the text's): the heading names the
    topic, the statement under it is what the reader checks. (A reported span stays within its line, so the two cannot
    be shown as one.) A lead that is a sentence of its own ("Jeg skal bruge dit svar senest 9. april:") stays."""
    start, end = sent
    bi = a.block_index(start)
    block = a.blocks[bi]
    text = a.text[start:end].strip()
    nxt = bi + 1
    if text != block.text.strip() or nxt >= len(a.blocks) or a.structure.zones[nxt] not in (a.structure.zones[bi],
                                                                                          "body"):
        return sent  # (a form's label among the head's meta lines may have its answer in the text under them)
    label = text.endswith(":") and bool(_LABEL.match(text + " ")) and not _STATEMENT_WORD.search(text)
    if not (label or block.heading_level > 0 or _heading_like(text)):
        return sent
    return a.sentence_of(a.block_starts[nxt])


def _date_of(a, m, today):
    """The date a `dated` concept's match holds, read with the few characters before it in its sentence (a guard may
    have dropped "2. marts 2026" and left "marts 2026"); a month alone is its nearest occurrence. None if no date."""
    lead = max(a.sentence_of(m.start_char)[0], m.start_char - 4)
    return parse_date(a.text[lead:m.end_char], today, bare_month=True)


def _adopting(a, names: list[str], hits: list[dict]) -> set[tuple[int, int]]:
    """Sentences holding a match of an `adopts_previous` concept that meet a concept group together with the
    sentence right before them in the same paragraph ("Arbejdsgiveren spørger, om hun kan sidde ved kassen. Kan du svare
    på det?"): each concept of the group has a counting hit in the one or the other."""
    starts = a.sentence_starts
    out = set()
    for name in names:
        for m in a.concept_matches(name):
            sent = a.sentence_of(m.start_char)
            i = bisect.bisect_right(starts, sent[0]) - 1
            if i <= 0 or a.blocks[a.block_index(a.sentences[i - 1][0])].group != a.blocks[a.block_index(sent[0])].group:
                continue  # (the sentence before it in the same paragraph)
            prev = a.sentences[i - 1]
            if all(sent in h or prev in h for h in hits):
                out.add(sent)
    return out


def _list_items_with_lead(a, hits: list[dict], asked: list[dict] | None = None) -> set[tuple[int, int]]:
    """List items that meet a concept group together with the lead line they complete ("Han kan nu:" / "- gå ca.
    30 minutter" / "- løfte 8-10 kg fra bordhøjde"; "Vi vil gerne vide:" / "- hvor længe hun kan stå"): each
    concept of the group has a hit in the item or in the lead's sentence. (The first item already shares the
    lead's sentence; the items after it are sentences of their own.) Hits are those that count, so a voided
    lead ("Jobbet kræver, at han kan:") lends nothing. An open question lends the hits it held to its answer
    (`asked`, per concept: "Hvor meget kan han løfte?" / "Ca. 10 kg tæt ved kroppen")."""
    union = set().union(*hits)
    asked = asked or [{} for _ in hits]
    out = set()
    for sent in union:
        lead = _list_lead(a, sent)
        if lead is not None and all(sent in h or lead in h or lead in q for h, q in zip(hits, asked, strict=True)):
            out.add(sent)
    return out


OPEN_ANSWER = "open"  # `Answer.way` of an open question's answer (the two others: "tick", "yes-no")


class Answer(NamedTuple):
    """The answer to a question: its sentence, the span that counts in it, and the way it answers (`answer_to`)."""

    sentence: tuple[int, int]
    span: tuple[int, int]
    way: str


def answer_to(a, question: tuple[int, int], answered_by: list[str]) -> Answer | None:
    """The answer to the question sentence `question`: what opens right after it (past the spaces and line breaks),
    with the span that counts; None when nothing answers it. The one reading of "the answer to this question" of
    the `require` kind, asked once per question hit (`_hits`). Three ways, tried in this order:

    1. "tick": a tick list opens right after it and one of its boxes is ticked ("Skal der tages skånehensyn?
       [ ] Ja [x] Nej"): the ticked option's span, in its sentence. Only for a rule with `answered_by`: a tick
       list answers a yes/no question, and a rule reads yes/no answers only where it names their words.
    2. "yes-no": the sentence right after it opens with a match of an `answered_by` concept (a form's "Spørgsmål 4:
       Skal der tages skånehensyn?" / "Svar: Ja. Højst 4 kunder …", `svar-ja-nej`): that match's span.
    3. OPEN_ANSWER: the question is an open one (`spoergsmaal-aabent`) and the sentence right after it is the
       answer a Q/A form gives it, as `_list_lead` reads it: on the line under it or after it on the line that
       it opens ("Hvilket job har borgeren? Kassearbejde i et supermarked."); the whole answer sentence. A
       yes/no question is a request and a question after a question the next question: neither has one.

    The ways differ in what the answer carries, so the caller weighs them apart. A tick or a yes/no answer
    carries no content of its own: the question's hit is the statement, so it counts per concept, by the
    question's voids and dates, and is moved onto the answer's sentence (`_hits`). An open answer is content of
    its own: `_hits` keeps the question with it (`asked`), and `statements` lends it a concept group only when the
    question held a hit of every concept of the group, weighed by the answer's own voids and `felt-tom` (not
    "Ved ikke.", "-"). Lending the open answer per concept as the other two are would change the checklist (tried:
    6 of the 1,700 letters of `bench/identity.py` changed, one finding lost): the answer sentence would become a
    hit of each concept the question held, meeting a group with another concept of the answer's own, and the
    question would no longer lend its hits to `_list_items_with_lead`; so it stays at group level."""
    nxt = question[1]
    while nxt < len(a.text) and a.text[nxt].isspace():
        nxt += 1
    if nxt >= len(a.text):
        return None
    if answered_by:
        ticked = _ticked_after(a, nxt)
        if ticked is not None:
            return Answer(a.sentence_of(ticked[0]), ticked, "tick")
    sent = a.sentence_of(nxt)
    if sent[0] != nxt:
        return None
    for name in answered_by:
        for m in a.concept_matches(name):
            if m.start_char == nxt:
                return Answer(sent, (m.start_char, m.end_char), "yes-no")
    if sent != question and _list_lead(a, sent) == question:
        return Answer(sent, sent, OPEN_ANSWER)
    return None


def _list_lead(a, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence of the label line ending in a colon that heads the run of list items `sent` opens, or of the
    question on the line right above the answer line `sent` opens (a Q/A form: "Hvornår har vi brug for svaret?" /
    "Inden udgangen af maj."), or of the open question right before `sent` on its own line ("Hvor meget kan han
    løfte? Ca. 10 kg."), or None."""
    bi = a.block_index(sent[0])
    blocks = a.blocks
    if a.block_starts[bi] != sent[0]:
        return _inline_question(a, bi, sent)
    if not LIST_ITEM.match(blocks[bi].text):
        above = blocks[bi - 1] if bi else None
        if above is None or above.group != blocks[bi].group or not above.text.rstrip().endswith("?") \
                or a.text[sent[0]:sent[1]].rstrip().endswith("?") or OPEN_QUESTION not in a.pipeline.lexicons.concepts:
            return None  # (a question under a question is the next question, no answer)
        question = a.sentence_of(a.block_starts[bi - 1] + len(above.text.rstrip()) - 1)
        opens = any(m.start_char == question[0] for m in a.concept_matches(OPEN_QUESTION))
        return question if opens else None  # a yes/no question is a request; the line under it no answer
    i = bi - 1
    while i >= 0 and LIST_ITEM.match(blocks[i].text) and blocks[i].group == blocks[bi].group:
        i -= 1
    if i < 0 or blocks[i].group != blocks[bi].group or not blocks[i].text.rstrip().endswith(":"):
        return None
    # the label is the line's last sentence, the one ending in the colon ("Du bedes sende en status. Jeg vil gerne
    # vide:"): a sentence before it on the same line heads nothing
    return a.sentence_of(a.block_starts[i] + len(blocks[i].text.rstrip()) - 1)


def _inline_question(a, bi: int, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The open question that opens the line and that `sent`, the sentence right after it, answers (a Q/A form on
    one line: "Hvornår har vi brug for svar? Inden udgangen af januar.", "Hvor meget kan han løfte? Ca. 10 kg tæt
    ved kroppen."), or None. A question after a question is the next question, a yes/no question is a request,
    and a question inside running prose (not opening its line) heads nothing."""
    if a.text[sent[0]:sent[1]].rstrip().endswith("?") or OPEN_QUESTION not in a.pipeline.lexicons.concepts:
        return None
    start = a.block_starts[bi]
    back = sent[0] - 1
    while back > start and a.text[back].isspace():
        back -= 1
    if back < start or a.text[back] != "?":
        return None
    question = a.sentence_of(back)
    # a numbered or bulleted question opens its line after its marker ("3. Hvornår har vi brug for svaret? Inden
    # 1/4."): the sentence starts at the marker or right after it (the concept reads a marker before the open word)
    marker = LIST_ITEM.match(a.blocks[bi].text)
    opener = start + (marker.end() if marker else 0)
    if question == sent or question[0] not in (start, opener):
        return None
    return question if any(m.start_char == question[0] for m in a.concept_matches(OPEN_QUESTION)) else None


CLAUSE_BOUNDARY = "klausulgraense"  # the concept lexicon of words that start a new clause
OPEN_QUESTION = "spoergsmaal-aabent"  # the concept lexicon of the words that open an open question (hvornår, hvad, …)
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "(", ")", "[", "]"})


def clauses(a) -> list[tuple[int, int]]:
    """Character spans of the letter's clauses: each sentence cut before a comma, semicolon, colon,
    dash or bracket and before a word of the `klausulgraense` concept (men, mens, hvor, når, ...).
    Memoised per letter; a concept lexicon set without the boundary concept cuts at punctuation only."""
    out = a.memo.get("clauses")
    if out is None:
        tokens = a.tokens
        found = {tokens.idx[i] for i, text in enumerate(tokens.text) if text in _CLAUSE_PUNCT}
        if CLAUSE_BOUNDARY in a.pipeline.lexicons.concepts:
            found.update(m.start_char for m in a.concept_matches(CLAUSE_BOUNDARY))
        cuts = sorted(found)  # walked by bisect per sentence: linear in the letter, not sentences x cuts
        out = []
        for s, e in a.sentences:
            start = s
            for c in cuts[bisect.bisect_right(cuts, s):bisect.bisect_left(cuts, e)]:
                if any(map(str.isalnum, a.text[start:c])):  # ", hvorefter" is one cut
                    out.append((start, c))
                    start = c
            out.append((start, e))
        a.memo["clauses"] = out
    return out  # type: ignore[return-value]


def clause_of(a, offset: int) -> tuple[int, int]:
    spans = clauses(a)
    starts = a.memo.get("clause_starts")
    if starts is None:
        starts = a.memo["clause_starts"] = [s for s, _ in spans]  # once per letter, not per lookup
    i = max(0, bisect.bisect_right(starts, offset) - 1)  # type: ignore[arg-type]
    return spans[i]


class Voids:
    """Where hits do not count: sentences with an `unless` match, clauses with an `unless_clause`
    match, the spans of `unless_span` matches; none of them in a sentence with an
    `unless_lifted_by` match. Each part is read when a hit first needs it, in the order `of` asks:
    a letter in which no match of the rule's concepts gets that far never computes the matches
    of the concepts that would void it."""

    def __init__(self, a, unless: list[str], unless_clause: list[str], unless_span: list[str],
                 lifted_by: list[str], lifted_after: list[str] | None = None,
                 not_lifted: list[str] | None = None, lifted_paragraph: list[str] | None = None,
                 span_lifts: dict[str, list[str]] | None = None) -> None:
        self._a = a
        self._unless, self._unless_clause, self._unless_span, self._lifted_by = \
            unless, unless_clause, unless_span, lifted_by
        self._lifted_after = lifted_after or []
        self._not_lifted = frozenset(not_lifted or ())
        self._lifted_paragraph = lifted_paragraph or []
        self._sentences: dict[tuple[int, int], str] | None = None
        self._item_voids: list[tuple[int, int, str]] = []  # (filled with `sentences`) a lead's first item's voids
        self._clauses: dict[tuple[int, int], str] | None = None
        self._spans: list[tuple[int, int, str]] | None = None
        self._lifted: set[tuple[int, int]] | None = None
        self._span_lifts = span_lifts or {}
        self._span_lifted: dict[tuple[int, int], frozenset[str]] | None = None

    def span_lifted(self, sent: tuple[int, int]) -> frozenset[str]:
        """The span voids lifted in sentence `sent` by an `unless_span_lifted_by` match there (an endorsement)."""
        if not self._span_lifts:
            return frozenset()
        if self._span_lifted is None:
            a, out = self._a, {}
            for name, voided in self._span_lifts.items():
                for m in a.concept_matches(name):
                    key = a.sentence_of(m.start_char)
                    out[key] = out.get(key, frozenset()) | frozenset(voided)
            self._span_lifted = out
        return self._span_lifted.get(sent, frozenset())

    @property
    def sentences(self) -> dict[tuple[int, int], str]:
        if self._sentences is None:
            a, out, items = self._a, {}, []
            for name in self._unless:
                for m in a.concept_matches(name):
                    sent = a.sentence_of(m.start_char)
                    bi = a.block_index(m.start_char)
                    if a.block_starts[bi] > sent[0] and LIST_ITEM.match(a.blocks[bi].text):
                        # the first item of a list shares its sentence with the lead line above it ("Jeg vil gerne
                        # vide:" / "- hvordan det går"): its void is the item's own, not the lead's nor the list's
                        items.append((a.block_starts[bi], a.block_starts[bi] + len(a.blocks[bi].text), name))
                    else:
                        out.setdefault(sent, name)
            self._sentences, self._item_voids = out, items
        return self._sentences

    @property
    def clauses(self) -> dict[tuple[int, int], str]:
        if self._clauses is None:
            a, out = self._a, {}
            for name in self._unless_clause:
                for m in a.concept_matches(name):
                    out.setdefault(clause_of(a, m.start_char), name)
            self._clauses = out
        return self._clauses

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        if self._spans is None:
            self._spans = [(m.start_char, m.end_char, name) for name in self._unless_span
                           for m in self._a.concept_matches(name)]
        return self._spans

    @property
    def lifted(self) -> set[tuple[int, int]]:
        if self._lifted is None:
            a = self._a
            self._lifted = {a.sentence_of(m.start_char) for name in self._lifted_by for m in a.concept_matches(name)}
            if self._lifted_after:  # the sentence right after a lifting one (`unless_lifted_after`)
                starts = [s for s, _ in a.sentences]
                for name in self._lifted_after:
                    for m in a.concept_matches(name):
                        i = bisect.bisect_right(starts, m.start_char)
                        if i < len(starts):
                            self._lifted.add(a.sentences[i])
            for name in self._lifted_paragraph:  # every sentence of its paragraph (`unless_lifted_paragraph`)
                for m in a.concept_matches(name):
                    start, end = a.block_span(a.block_index(m.start_char))
                    self._lifted.update(s for s in a.sentences if s[0] < end and s[1] > start)
        return self._lifted

    def of_lead(self, a, sent: tuple[int, int]) -> str | None:
        """The `unless` concept that voids the lead line of the list item `sent` ("Jobbet kræver:" / "- stå 8
        timer ad gangen": the job's demands, item by item), or None."""
        if not self._unless:
            return None
        lead = _list_lead(a, sent)
        if lead is None or lead in self.lifted:
            return None
        return self.sentences.get(lead)

    def of(self, a, sent: tuple[int, int], start: int, end: int) -> str | None:
        """The concept that voids a hit at start..end in sentence `sent`, or None."""
        if sent in self.lifted:
            return self._unlifted(a, sent, start, end) if self._not_lifted else None
        if sent in self.sentences:
            return self.sentences[sent]
        for s, e, name in self._item_voids:
            if s <= start < e:
                return name
        if self.clauses:
            name = self._clause_void(a, start, end)
            if name:
                return name
        lifted = self.span_lifted(sent)
        for s, e, name in self.spans:
            if s < end and start < e and name not in lifted:
                return name
        return None

    def _clause_void(self, a, start: int, end: int) -> str | None:
        """The clause void of a hit: its first clause's, or, for a hit that reaches on into the next clause, its last
        clause's (advice worded across the comma, "Vi har anbefalet, at hun ikke løfter sine børnebørn …": what is
        advised stands in the clause the hit ends in)."""
        first = clause_of(a, start)
        name = self.clauses.get(first)
        if name or end <= first[1]:
            return name
        return self.clauses.get(clause_of(a, end - 1))


    def anywhere(self, sent: tuple[int, int]) -> str | None:
        """A void anywhere in sentence `sent` (the sentence, a list item sharing it, any of its clauses, any span in
        it), lifts ignored: the strict test for a sentence no concept hit vouches for (the trained scorer's
        candidates)."""
        if sent in self.sentences:
            return self.sentences[sent]
        for s, _e, name in self._item_voids:
            if sent[0] <= s < sent[1]:
                return name
        for (s, _e), name in self.clauses.items():
            if sent[0] <= s < sent[1]:
                return name
        for s, e, name in self.spans:
            if s < sent[1] and sent[0] < e:
                return name
        return None

    def in_clauses(self, a, sent: tuple[int, int]) -> str | None:
        """A clause void anywhere in sentence `sent`, or None: an answer lent its question's hit holds no hit of its
        own to place, so a void in any of its clauses voids it ("Hvor længe kan hun sidde? Svar: Det er ikke
        undersøgt.": the deferral stands in the clause after the label's colon)."""
        if not self._unless_clause:
            return None
        lifted = sent in self.lifted
        if lifted and not self._not_lifted:
            return None
        for clause, name in self.clauses.items():
            if sent[0] <= clause[0] < sent[1] and (not lifted or name in self._not_lifted):
                return name
        return None

    def _unlifted(self, a, sent: tuple[int, int], start: int, end: int) -> str | None:
        """In a lifted sentence, the void of a concept no lift undoes (`unless_not_lifted`), or None."""
        keep = self._not_lifted
        if self.sentences.get(sent) in keep:
            return self.sentences[sent]
        for s, e, name in self._item_voids:
            if name in keep and s <= start < e:
                return name
        name = self._clause_void(a, start, end) if self.clauses else None
        if name in keep:
            return name
        lifted = self.span_lifted(sent)
        for s, e, name in self.spans:
            if name in keep and s < end and start < e and name not in lifted:
                return name
        return None


def _inside_longer(matches) -> set[tuple[int, int]]:
    """The spans of matches that lie inside a longer match: another span starting before and ending at or after
    it, or starting with it and ending after it (sorted once, not every pair compared)."""
    inside = set()
    reach = -1  # the furthest end of the spans that start before the current start
    spans = sorted({(m.start_char, m.end_char) for m in matches})
    k = 0
    while k < len(spans):
        start = spans[k][0]
        group = k
        while k < len(spans) and spans[k][0] == start:
            k += 1
        longest = spans[k - 1][1]  # (ends ascend within a start)
        for s, e in spans[group:k]:
            if e <= reach or e < longest:
                inside.add((s, e))
        reach = max(reach, longest)
    return inside


def _nested(matches) -> bool:
    """Whether a match may lie inside another (two spans overlap, or one is empty): without that, every
    match is outer and the pairwise test of `_hits` need not run (most concepts, most letters)."""
    if len(matches) < 2:
        return False
    spans = sorted((m.start_char, m.end_char) for m in matches)
    return any(s >= e for s, e in spans) or any(spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1))


def _form_field(text: str) -> bool:
    """A form's content field that the zoning put in the head ("Sidde:   60 min", "Samtykke: Ja"): a
    "Label: value" line that is not the letter's subject, date, case or citizen line (the `meta` layout
    cue) nor a contact line. What it says counts like the body's text."""
    t = text.strip()
    return bool(FIELD_LINE.match(t)) and not META.match(t.lower()) and not CONTACT_LINE.search(t) \
        and not SENDER_LABEL.match(t.lower())


def _meta_goes_on(a, bi: int, m_start: int) -> bool:
    """The match stands in a later sentence of a head line whose first sentence is the head's own (the citizen's name
    and CPR number, a date): a terse note that starts its text on that line ("Ole Hansen, 010180-XXXX. Lagermedarbejder,
    Bilka."). Never on a subject line (`subject-line`: "Vedr.: …"), which stays the letter's title."""
    start, _ = a.block_span(bi)
    sent = a.sentence_of(m_start)
    text = a.blocks[bi].text.strip()
    if sent[0] <= start or SUBJECT_LINE.match(text.lower()):
        return False
    return a.text[start:sent[0]].rstrip().endswith(".")


def _form_heading(a, bi: int, template: bool = False) -> bool:
    """A form's label with an empty value that the body paragraph under it answers ("Borgerens nuværende
    job og arbejdsopgaver:" / "Rengøring på en skole, 30 timer om ugen."): zoned into the head by its first
    word, it heads the body like any heading (`_bare_heading` then asks for the answer)."""
    t = a.blocks[bi].text.strip()
    return t.endswith(":") and t.count(":") == 1 and bool(_LABEL.match(t + " ")) and _answered_below(a, bi, template)


def _unfilled(a, bi: int, m_start: int, m_end: int, date_keeps: bool = False) -> bool:
    """An unfilled placeholder in the match or after it in its sentence ("Formål: «Formål»", "Ny
    kontrol [INDSÆT DATO]."): the statement is not written yet. One before it is a name or the like
    ("{{ borger.navn }} har givet samtykke …"): the statement stands. With `date_keeps`, a date's field after the
    match leaves only the time open ("… kan vende tilbage til sit job på fuld tid fra [INDSÆT DATO]")."""
    _, s_end = a.sentence_of(m_start)
    # (a sentence a hard wrap carried onto the next lines has its placeholder there: "Forløbet slutter" /
    # "«Slutdato».")
    j = bi
    while j < len(a.blocks) and (j == bi or a.block_starts[j] < s_end):
        spans, base, text = a.placeholders(j), a.block_starts[j], a.blocks[j].text
        if any(base + s < s_end and m_start < base + e
               and not (date_keeps and m_end <= base + s and DATE_FIELD.search(text[s:e]))
               and not (m_end <= base + s and _clause_break(a.text[m_end:base + s]))
               for s, e in spans):
            return True
        j += 1
    return False


def _clause_break(between: str) -> bool:
    """A clause boundary between a match and a placeholder after it (a comma, a semicolon or a coordinating
    conjunction: "Forløbet varer 12 uger og slutter [INDSÆT SLUTDATO]."): the placeholder leaves another clause
    unwritten, the match's own statement is filled."""
    if any(c in between for c in ",;"):
        return True
    return any(w in COORDINATING for w in re.findall(r"\w+", between.lower()))


def _tick_options(a, bi: int) -> list:
    """The tick-box options of block i (`linter/letter/ticks.py`), once per block."""
    cache = a.memo.setdefault("tick-options", {})
    opts = cache.get(bi)
    if opts is None:
        opts = cache[bi] = options(a.blocks[bi].text)
    return opts


def _unticked(a, bi: int, m_start: int, m_end: int) -> bool:
    """The match lies in the option of an empty tick box ("Forventet varighed: [ ] under 4 uger [ ] …"): an
    option not chosen states nothing."""
    base = a.block_starts[bi]
    return any(not o.ticked and base + o.start <= m_start and m_end <= base + o.end for o in _tick_options(a, bi))


def _ticked_after(a, pos: int) -> tuple[int, int] | None:
    """The ticked option of the tick list that opens at `pos` (right after a question), as a span of the analysed
    text; None when no tick list opens there or none of its boxes is ticked."""
    bi = a.block_index(pos)
    base = a.block_starts[bi]
    opts = _tick_options(a, bi)
    if not opts or base + opts[0].start != pos:
        return None
    for o in opts:
        if o.ticked and a.text[base + o.text_start:base + o.end].strip():
            return base + o.text_start, base + o.end
    return None


def _bare_heading(a, bi: int, m_start: int, m_end: int, template: bool = False) -> bool:
    """The match is (part of) a heading or label with no statement after or under it."""
    block = a.blocks[bi]
    start, _ = a.block_span(bi)
    if a.sentence_of(m_start)[0] < start:
        return False  # the line goes on with a sentence from the line above (a wrapped subject line)
    t = block.text
    # the colon of the match's own sentence: "Stilling: ikke oplyst. Arbejdsgiver: ikke oplyst." holds two
    # fields, each label with its own value
    colon = t.find(":", max(0, a.sentence_of(m_start)[0] - start))
    if 0 <= colon and m_start - start <= colon:  # the match is in the label part
        if t[colon + 1:].strip():  # "Skånehensyn: ingen" answers; "Skånehensyn: -" / "[udfyldes]" does not
            # (a line whose value is a tick list is a form's field however long its label: "Forventes at vende
            # tilbage til nuværende job: [ ] Ja [ ] Nej")
            ticks = _tick_options(a, bi)
            field = bool(_LABEL.match(t[:colon + 1] + " ")) or (bool(ticks) and not t[colon + 1:ticks[0].start].strip())
            return field and _unanswered(a, start + colon + 1, _value_end(a, bi, m_start), template)
        return not _answered_below(a, bi, template)
    if colon >= 0:
        return False  # the match is in the value after a label
    if block.heading_level == 0 and not _heading_like(t) and not _numbered_heading(a, bi):
        return False
    return not _answered_below(a, bi, template)


def _value_end(a, bi: int, m_start: int) -> int:
    """The end of the value of the field whose label holds `m_start`: the line's end, or the end of the label's
    sentence when the line goes on with another field or sentence ("Stilling: ikke oplyst. Arbejdsgiver: ikke
    oplyst." holds two fields, each with its own value)."""
    start, _ = a.block_span(bi)
    return min(start + len(a.blocks[bi].text), a.sentence_of(m_start)[1])


def _heading_answer(a, bi: int, m_start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The heading or field label that holds `m_start` and its answer: the label (to its colon) with the value after
    it (to the end of its sentence, `_value_end`), or a label or heading line with nothing after it with the line
    right under it; None when the match stands in running text, in a value or in a label that is a sentence of its
    own ("Jf. vedlagte samtykkeerklæring sender jeg hermed status: …")."""
    block = a.blocks[bi]
    start, _ = a.block_span(bi)
    sent = a.sentence_of(m_start)
    if sent[0] < start:
        return None
    t = block.text
    off = sent[0] - start  # the label of the match's own sentence: "Stilling: ikke oplyst. Arbejdsgiver: …"
    colon = t.find(":", off)
    if 0 <= colon and m_start - start <= colon:
        if not _LABEL.match(t[off:colon + 1] + " "):
            return None
        head = (sent[0], start + colon + 1)
        if t[colon + 1:].strip():
            return head, (start + colon + 1, _value_end(a, bi, m_start))
    elif colon >= 0 or (block.heading_level == 0 and not _heading_like(t) and not _numbered_heading(a, bi)):
        return None
    else:
        head = a.block_span(bi)
    nxt = bi + 1
    if nxt >= len(a.blocks):
        return None
    return head, a.block_span(nxt)


# a sentence with a subject and a finite verb of its own: "Borgeren er stadig sygemeldt …", "Vi beder om …" (not a
# short answer, "Ingen løft over 10 kg", "Ja, mundtligt", "Frisør, 30 timer om ugen")
# (the closed word classes are function_words.py's: auxiliaries, subject pronouns, irregular finite forms)
_FINITE = "|".join(sorted(AUXILIARIES | IRREGULAR_FINITE, key=lambda w: (-len(w), w)))
_CLAUSE = re.compile(
    # a pronoun or a definite noun as the subject, any finite verb ("Vi beder om …", "Borgeren træner …") …
    r"^\s*(?:[-•*–]\s*)?(?:(?i:" + "|".join(sorted(SUBJECTS, key=lambda w: (-len(w), w)))
    + r")|[A-ZÆØÅa-zæøå][a-zæøå]{2,}(?:en|et|ne|ren))"
    rf"\s+(?i:{_FINITE}|[a-zæøå]{{2,}}(?:er|ede|te))\b"
    # … or a name before one of the common finite verbs ("Lise har …"; not "Kun kontoropgaver, …")
    rf"|^\s*(?:[-•*–]\s*)?[A-ZÆØÅ][a-zæøå]+\s+(?i:{_FINITE})\b")


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


def _answer_sentence(a, bi: int, m_start: int) -> tuple[int, int] | None:
    """The first sentence of the answer to the heading or field label that holds `m_start` (`_heading_answer`: the
    value after the label, or the line under a heading or an empty label), or None when the match stands in no
    heading or label."""
    spans = _heading_answer(a, bi, m_start)
    if spans is None:
        return None
    s, e = spans[1]
    text = a.text[s:e]
    s += len(text) - len(text.lstrip())
    return a.sentence_of(s) if s < e else None


def _numbered_heading(a, bi: int) -> bool:
    """A form's numbered section heading ("4. Skånehensyn i nuværende job"): a number, then a heading-like text,
    the line not an item of a list (the line above neither an item nor a label ending in a colon)."""
    t = a.blocks[bi].text
    m = _NUMBERED.match(t)
    if m is None:
        return False
    if not _heading_like(t[m.end():]) and not (_long_title(t[m.end():]) and _prose_below(a, bi)):
        return False
    if bi == 0:
        return True
    above = a.blocks[bi - 1].text.strip()
    return not LIST_ITEM.match(above) and not above.endswith(":")


def _long_title(text: str) -> bool:
    """A form section's longer title, five to eight words with no statement word and no final stop ("2. Borgerens
    nuværende job og arbejdsfunktioner"): a heading only over a paragraph of prose (`_prose_below`), where a
    numbered statement of a list ("1. Hun arbejder som kassedame i Netto" / "2. …") stays a statement."""
    t = text.strip()
    return bool(t) and len(t.split(None, 8)) <= 8 and not t.endswith((".", "!", "?", ":")) \
        and not _STATEMENT_WORD.search(t)


def _prose_below(a, bi: int) -> bool:
    """The block under `bi` is body prose: not a list item, not the next numbered line, not outside the body."""
    nxt = bi + 1
    if nxt >= len(a.blocks) or a.structure.zones[nxt] != "body":
        return False
    t = a.blocks[nxt].text.strip()
    return bool(t) and not LIST_ITEM.match(t) and not _NUMBERED.match(t)


def _next_section(heading: str, below: str) -> bool:
    """The line under a numbered heading goes on with the form's numbering ("4. Skånehensyn" / "5. Tidsplan",
    "4) …" / "5) …"): it is the next section's heading, and the section above it was left empty. A list under
    the heading starts its own count ("4. Skånehensyn" / "1. Ingen løft over 10 kg")."""
    h, n = _NUMBERED.match(heading), _NUMBERED.match(below)
    if h is None or n is None or h.group().strip()[-1] != n.group().strip()[-1]:
        return False
    return int(n.group().strip()[:-1]) > int(h.group().strip()[:-1])


EMPTY_VALUE = "felt-tom"  # the concept lexicon of a form field's non-answers ("-", "[udfyldes]", "ikke vurderet")


def _unanswered(a, start: int, end: int, template: bool = False) -> bool:
    """A field's value (start..end in the analysed text) that holds nothing but punctuation and the words of
    the `felt-tom` concept: the field was left unanswered ("Skånehensyn: -", "Tidsplan: (udfyldes af lægen)")."""
    value = a.text[start:end]
    if not any(ch.isalnum() for ch in value):
        return True
    chars = list(value)

    def blank(s: int, e: int) -> None:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "

    # a placeholder in a letter ("Skånehensyn" / "[INDSÆT SKÅNEHENSYN]"; in a template it stands in the place of
    # the content and counts), an empty tick box's option and a box's own glyph ("[ ] Ja [ ] Nej") answer nothing
    bi = a.block_index(start)
    base = a.block_starts[bi]
    for s, e in () if template else a.placeholders(bi):
        blank(base + s, base + e)
    for o in _tick_options(a, bi):
        blank(base + o.start, base + (o.text_start if o.ticked else o.end))
    if EMPTY_VALUE in a.pipeline.lexicons.concepts:
        for m in a.concept_matches(EMPTY_VALUE):
            blank(m.start_char, m.end_char)
    return not any(ch.isalnum() for ch in chars)


def _opens_body(a, bi: int, template: bool = False) -> bool:
    """A heading line zoned into the head only because nothing precedes it ("Skånehensyn" /
    "Ingen. …" as a whole note): it heads the body prose right under it."""
    z = a.structure.zones
    return z[bi] == "letterhead" and bi + 1 < len(z) and z[bi + 1] == "body" \
        and a.blocks[bi].heading_level == 0 and _heading_like(a.blocks[bi].text) and ":" not in a.blocks[bi].text \
        and all(zone == "letterhead" for zone in z[:bi]) and _answered_below(a, bi, template)


def _heading_like(text: str) -> bool:
    """A short line with no statement word: a heading. A form's section marker before it ("Afsnit 5 – Formål med
    anmodningen", "Punkt 3. Skånehensyn"; `section-marker` in lexicons/letter/layout.yaml) is not of its words."""
    t = text.strip()
    marker = SECTION_MARKER.match(t)
    if marker is not None:
        t = t[marker.end():]
    return bool(t) and len(t.split(None, 4)) <= 4 and not t.endswith((".", "!", "?")) \
        and not _STATEMENT_WORD.search(t)


def _lead_over_list(a, bi: int) -> bool:
    """Line `bi` is a sentence that leads into the list right under it, not a label or a heading: prose ending in a
    colon ("Jeg foreslår, at Lise de første 4 uger:", "Han bør i en periode:"), neither a field label (`_LABEL`) nor
    heading-like, in the body, with a list item holding words on the next line of its paragraph."""
    block = a.blocks[bi]
    t = block.text.strip()
    if block.heading_level or _LABEL.match(t) or _heading_like(t[:-1]) or len(t.split()) < 3:
        return False
    nxt = bi + 1
    if nxt >= len(a.blocks) or a.structure.zones[nxt] != "body":
        return False
    below = a.blocks[nxt].text.strip()
    item = LIST_ITEM.match(below)
    return item is not None and any(ch.isalnum() for ch in below[item.end():])


def _answered_below(a, bi: int, template: bool = False) -> bool:
    """A heading answered by the paragraph under it ("Skånehensyn" / "Ingen."), or by the list under it, however
    short its items ("Hendes nuværende job (rengøring på en skole):" / "- gulvvask" / "- tømning af
    skraldespande"), not by the next heading or label ("Skånehensyn:" / "Tidsplan: ...") nor by a line that
    leaves it unanswered as a field's value would ("Tidsplan:" / "Følger.", the words of `felt-tom`, a placeholder in
    a letter)."""
    nxt = bi + 1
    if nxt >= len(a.blocks) or a.structure.zones[nxt] != "body":
        return False
    below = a.blocks[nxt]
    t = below.text.strip()
    if _next_section(a.blocks[bi].text, t):
        return False
    item = LIST_ITEM.match(t)
    # (in a template a line that is one placeholder stands in the place of the answer: "[INDSÆT SKÅNEHENSYN]")
    field = template and any(below.text[s:e].strip() == t for s, e in a.placeholders(nxt))
    if t.endswith(":") and _lead_over_list(a, nxt):
        return True  # "Skånehensyn" / "Jeg foreslår, at Lise de første 4 uger:" / "- kun tager kasseopgaver"
    return bool(t) and below.heading_level == 0 and not t.endswith(":") and not _LABEL.match(t) \
        and (not _heading_like(t) or field or (item is not None and any(ch.isalnum() for ch in t[item.end():]))) \
        and not _unanswered(a, *a.block_span(nxt), template)
