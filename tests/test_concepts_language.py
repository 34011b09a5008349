"""Span rules and the Danish analysis they stand on: sentence ends after units, jargon
explanations, every officialese occurrence, passive without deponent verbs."""

from __future__ import annotations

import pytest

HEAD = "Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\n\nLindeby, 2. marts 2026\n\n"
TAIL = "\n\nMed venlig hilsen\n\nMarie Jensen\n"


def _run(check_text, rule, body, subject="Vedr.: Ole Hansen"):
    res = check_text(HEAD + subject + "\n\nKære Sofie\n\n" + body + TAIL, profile="generel", only={rule})
    return [f for f in res.findings if f.rule == rule]


def test_sentence_ends_after_a_unit(engine):
    from linter.readers import read_bytes

    a = engine.analyse(read_bytes("Han kan løfte 20 kg. Han kan gå 2 km. Bl.a. Anne ved det, jf. Ole.".encode(),
                                  ".txt", "x.txt"))
    assert [a.text[s:e] for s, e in a.sentences] == ["Han kan løfte 20 kg.", "Han kan gå 2 km.",
                                                       "Bl.a. Anne ved det, jf. Ole."]


def test_unit_at_sentence_end_is_no_unknown_abbreviation(check_text):
    assert not _run(check_text, "sprog.forkortelse", "Han kan løfte 20 kg. Han kan sidde i 30 min. ad gangen.")
    assert _run(check_text, "sprog.forkortelse", "Der er taget rtg. af ryggen.")


@pytest.mark.parametrize("body", [
    "Ole har en diskusprolaps (en udposning på en skive i ryggen).",
    "Ole har en udposning på en skive i ryggen (diskusprolaps).",
    "Ole har lumbago, dvs. almindelige smerter i lænden.",
    "Ole har lumbago, det vil sige hekseskud.",
    "Ole har lumbago, altså hekseskud.",
    "Ole har ischias, som betyder, at smerterne stråler ned i benet.",
    "Ole er i et ressourceforløb, som er et længere forløb med hjælp fra kommunen.",
    "Ole har lumbago, almindelige smerter i lænden, og er sygemeldt.",
    "Ordforklaring: NSAID er gigtmedicin.\n\nOle får NSAID.",
    "Ole er sygemeldt, skånehensyn er ikke nødvendige, og han har en opfølgningssamtale i uge 12.",
])
def test_jargon_explained_or_plain_is_not_flagged(check_text, body):
    assert not _run(check_text, "sprog.jargon", body)


@pytest.mark.parametrize(("body", "subject", "terms"), [
    ("Ole har lumbago.\n\nHan er sygemeldt.\n\nLumbago betyder hekseskud.", "Vedr.: Ole Hansen", ["lumbago"]),
    ("Ole har en diskusprolaps (en udposning på en skive i ryggen).", "Vedr.: Ole Hansens diskusprolaps",
     ["diskusprolaps"]),
    ("Ole er i et ressourceforløb. Ressourceforløbet varer to år.", "Vedr.: Ole Hansen", ["ressourceforløb"]),
    ("Ole er i et ressourceforløb eller et jobafklaringsforløb.", "Vedr.: Ole Hansen",
     ["ressourceforløb", "jobafklaringsforløb"]),
])
def test_jargon_first_unexplained_use_flagged_once(check_text, body, subject, terms):
    found = _run(check_text, "sprog.jargon", body, subject)
    assert [f.term for f in found] == terms
    assert all(f.replacements and "(" in f.replacements[0] for f in found)


def test_kancellisprog_every_occurrence_with_replacement(check_text):
    found = _run(check_text, "sprog.kancellisprog",
                 "Såfremt han kan, starter han. Såfremt ikke, venter vi. Vedlagt er følgende skema.")
    assert [f.term for f in found] == ["såfremt", "såfremt"]
    assert all("hvis" in [r.lower() for r in f.replacements] for f in found)


def test_subject_label_vedr_is_plain(check_text):
    assert not _run(check_text, "sprog.kancellisprog", "Ole har det bedre.", subject="Vedr.: Ole Hansen")


@pytest.mark.parametrize("body", [
    "Han synes selv, at det går bedre.", "Der findes flere hjælpemidler.", "Det lykkes ham at gå en tur.",
    "Vi mødes igen om en uge.", "Vi ses igen til kontrollen.", "Han færdes sikkert i trapper.",
    "Hun trives på holdet.", "Han længes efter at komme i gang.", "Jeg undres over smerterne.",
])
def test_deponent_verbs_are_not_passive(check_text, body):
    assert not _run(check_text, "sprog.passiv", body)


@pytest.mark.parametrize("body", [
    "Det anbefales, at han træner.", "Skemaet skal udfyldes og returneres.", "Ole blev henvist til scanning.",
    "Udtalelsen bedes sendt inden fredag.", "Der søges om forlængelse.",
])
def test_passive_hiding_the_actor_is_flagged(check_text, body):
    assert _run(check_text, "sprog.passiv", body)


@pytest.mark.parametrize("text", [
    "Skånehensyn:", "Kære\n\nMed venlig hilsen", "?" * 500, "– \n1.\n2)\n•", "kg. kg. 20 kg.",
    "Vedr.: \n\nSvar senest den 31. februar 2026.", "den 99.99.9999 og 1. smarts", "😀 ryg " * 300,
    "Spørgsmål:\n" + "\n".join(f"{i}. Hvor meget?" for i in range(1, 60)), "a" * 20000,
])
@pytest.mark.parametrize("profile", ["sundhed-til-job", "job-til-sundhed", "generel"])
def test_no_rule_raises_on_odd_letters(check_text, text, profile):
    res = check_text(text, profile=profile)
    assert res.error is None


@pytest.mark.parametrize("profile", ["sundhed-til-job", "job-til-sundhed", "generel"])
def test_no_rule_raises_on_a_document_without_text(engine, profile):
    # The text reader refuses an empty file (tests/test_bad_inputs.py); a .docx can still have no text.
    from linter.model import Document

    res = engine.check_document(Document(path="tom.docx", kind="docx", blocks=[]), profile=profile)
    assert res.error is None
    assert {f.rule for f in res.findings} >= {"kontakt.navn", "kontakt.telefon", "kontakt.email"}


def _docx(items: list[tuple[str, str]]) -> bytes:
    import io

    import docx

    d = docx.Document()
    for style, text in items:
        d.add_paragraph(text, style=style)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("below", "fires"), [
    ([("Heading 1", "Tidsplan"), ("Normal", "Forløbet slutter 1. maj 2026.")], True),  # empty heading
    ([("Normal", "Ingen. Han kan klare alle opgaver.")], False),  # heading answered below
])
def test_docx_heading_with_nothing_under_it_addresses_nothing(engine, below, fires):
    from linter.readers import read_bytes

    items = [("Normal", "Sundhedscenter Lindeby"), ("Normal", "Til: Jobcenter Lindeby"), ("Normal", "Kære Sofie"),
             ("Normal", "Ole har givet samtykke til, at jeg skriver."), ("Heading 1", "Skånehensyn"), *below,
             ("Normal", "Med venlig hilsen"), ("Normal", "Marie Jensen")]
    doc = read_bytes(_docx(items), ".docx", "brev.docx")
    res = engine.check_document(doc, profile="sundhed-til-job", only={"sundhed.skaanehensyn"})
    assert any(f.rule == "sundhed.skaanehensyn" for f in res.findings) == fires
