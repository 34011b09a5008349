"""The lexicons against RULES.md: core lists complete, plain words never listed, every entry
sourced and explained, every form matches itself through the real pipeline."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from linter.data import data_dir
from linter.lexicons import load_lexicons

CORE_JARGON = {
    "diskusprolaps", "prolaps", "radikulopati", "lumbago", "ischias", "spinalstenose", "spondylolistese",
    "facetledssyndrom", "paræstesi", "centralsensitisering", "kinesiofobi", "mr-scanning", "nsaid", "adl", "vas",
    "jobafklaringsforløb", "ressourceforløb", "rehabiliteringsteam", "revurdering", "mulighedserklæring", "læ 265",
    "§ 56-aftale", "arbejdsprøvning", "virksomhedspraktik", "delvis raskmelding", "fleksjob",
    "varighedsbegrænsning", "rundbordssamtale", "fremskudt sagsbehandling"}
PLAIN_VOCABULARY = {
    "sygedagpenge", "sygedagpengesag", "sygemeldt", "sygemelding", "skånehensyn", "funktionsniveau",
    "funktionsevne", "arbejdsevne", "opfølgningssamtale", "samtykkeerklæring", "genoptræning", "forflytning",
    "scanning", "fysioterapeut", "kiropraktor", "ergoterapeut", "rygambulatorium", "jobcenter", "sundhedscenter"}
CORE_OFFICIALESE = {
    "såfremt", "endvidere", "i henhold til", "fremsende", "jf.", "vedrørende", "herunder", "eftersom", "idet",
    "påbegynde", "foranlediget", "hermed", "herved", "bedes", "ovennævnte", "ovenstående", "nedenstående",
    "nærværende", "undertegnede", "med henblik på", "samt", "hvorvidt", "hvorledes", "anmode", "anmodning",
    "således", "pågældende", "under henvisning til", "hidtidig", "fremkomme med", "hvad angår", "i relation til",
    "varetage", "forelægge", "i bekræftende fald", "iværksætte", "på nuværende tidspunkt", "skrivelse", "samtlige",
    "i forbindelse med", "ligeledes", "tillige", "erholde", "påregne", "fremadrettet", "tilsende"}
PLAIN_OFFICIALESE = {"vedlagt", "vedlagte", "følgende", "i form af", "henvendelse", "hvilket", "ligesom",
                     "i så fald", "venligst"}


@pytest.fixture(scope="module")
def lex():
    return load_lexicons([data_dir("lexicons")])


def test_jargon_core_complete_and_plain_never_listed(lex):
    table = lex.terms["jargon"]
    assert CORE_JARGON <= set(table)
    assert {t for t, e in table.items() if e.data.get("core")} == CORE_JARGON
    forms = {f for e in table.values() for f in e.forms}
    assert not (PLAIN_VOCABULARY & forms)


def test_jargon_entries_have_sector_source_explanation_and_inflections(lex):
    for term, e in lex.terms["jargon"].items():
        assert e.data.get("sector") in {"health", "employment"}, term
        assert e.data.get("source"), term
        assert e.explanation and len(e.explanation) < 160, term
    table = lex.terms["jargon"]
    for term, form in [("diskusprolaps", "diskusprolapsen"), ("diskusprolaps", "diskusprolapser"),
                       ("mr-scanning", "mr-scanningen"), ("ressourceforløb", "ressourceforløbet")]:
        assert form in table[term].forms


def test_officialese_core_complete_with_replacements_and_plain_never_listed(lex):
    table = lex.terms["officialese"]
    assert CORE_OFFICIALESE <= set(table)
    forms = {f for e in table.values() for f in e.forms}
    assert not (PLAIN_OFFICIALESE & forms)
    for term, e in table.items():
        assert e.replacements, term
        assert e.data.get("source"), term


def test_no_form_in_two_entries(lex):
    for name, table in lex.terms.items():
        owner = collections.Counter(f for e in table.values() for f in e.forms)
        assert not [f for f, n in owner.items() if n > 1], name


def test_every_form_matches_itself(engine):
    from linter.readers import read_bytes

    for name in ("jargon", "officialese"):
        table = engine.lexicons.terms[name]
        forms = [(term, f) for term, e in table.items() for f in e.forms]
        # one document with every form on its own line keeps this fast
        text = "\n\n".join(f"Vi så {f} i går." for _, f in forms)
        a = engine.analyse(read_bytes(text.encode("utf-8"), ".txt", "x.txt"))
        found = {(m.entry, a.text[m.start_char:m.end_char].lower()) for m in a.lexicon_matches(name)}
        missing = [(t, f) for t, f in forms if (t, f) not in found]
        assert not missing, f"{name}: forms that do not match themselves: {missing[:10]}"


def test_concept_lexicons_are_sourced_and_used(lex):
    rules_text = "\n".join(p.read_text(encoding="utf-8") for p in Path(data_dir("rules")).glob("*.yaml"))
    # a concept a rule uses through a named set of lexicons/concept-sets.yaml ("set:faelles-void") is used
    rules_text += "\n".join(n for s, names in lex.concept_sets.items() if f"set:{s}" in rules_text for n in names)
    for name, c in lex.concepts.items():
        assert c.data.get("source"), name
        assert c.data.get("description"), name
        assert c.phrases or c.lemmas or c.patterns, name
        assert name in rules_text or name in _KIND_CONCEPTS, f"concept {name} is used by no rule"


# concepts the require kind reads itself, for every rule (the clause cuts, a form field's non-answers, the open
# question that heads its answer line)
_KIND_CONCEPTS = {"klausulgraense", "felt-tom", "spoergsmaal-aabent"}


def test_common_abbreviations_include_units_and_the_plain_list(lex):
    common = {(i["abbr"] if isinstance(i, dict) else i).lower() for i in lex.raw["abbreviations"]["common"]}
    assert {"fx", "bl.a.", "ca.", "kr.", "osv.", "kg", "kg.", "cm", "km", "min.", "kl."} - {"min."} <= common
