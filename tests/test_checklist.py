"""The checklist (issue 13): every document-level requirement of a letter with its status and,
when met, the sentence that met it; in JSON, text -v, SARIF, the result cache and /v1/check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from linter.readers import read_document
from linter.reporters.json_reporter import render_json
from linter.reporters.sarif import render_sarif
from linter.reporters.text_reporter import render_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
REQUIRE_RULES = {"sundhed.nuvaerende-job", "sundhed.prognose", "sundhed.skaanehensyn", "sundhed.funktionsniveau",
                 "sundhed.tidsplan", "job.frist", "job.efterspurgt-info", "job.formaal", "samtykke"}

LETTER = """Sundhedscenter Lindeby
Parkvej 2, 6600 Lindeby

Til: Jobcenter Lindeby

3. marts 2026

Om Kim Lund

Kim er ansat som pakkemedarbejder på et lager. Han kan stå og gå i en time ad gangen.
Han bør ikke løfte over 10 kg på arbejdet. Kim har givet samtykke til, at vi skriver til jer.

Med venlig hilsen
Ida Bro, fysioterapeut
Tlf. 22 33 44 55, ida.bro@lindeby.dk
"""


def _letters() -> list[tuple[Path, dict]]:
    out = []
    for exp in sorted(CORPUS.glob("*.expected.yaml")):
        doc = exp.with_name(exp.name[: -len(".expected.yaml")] + ".txt")
        if doc.exists():
            out.append((doc, yaml.safe_load(exp.read_text(encoding="utf-8"))))
    return out


def _answers_question(a, start: int, concept: str) -> bool:
    """A form's answered question (require's `answered_by`): the proof shown is the answer ("Svar: Ja. …"),
    and the question right before it ("Skal der tages hensyn på arbejdet?") holds the concept."""
    before = a.text[:start].rstrip()
    if not before.endswith("?"):
        return False
    q = a.sentence_of(len(before) - 1)
    return any(q[0] <= m.start_char and m.end_char <= q[1] for m in a.concept_matches(concept))


def _under_heading(a, start: int, concept: str) -> bool:
    """A heading answered by the text under it (require's `_with_statement_under`): the proof shown is the first
    sentence under it ("Skånehensyn" / "Ingen løft over 10 kg."), and the heading line right above holds the
    concept."""
    bi = a.block_index(start)
    if bi == 0 or a.block_starts[bi] != start:
        return False
    h0, h1 = a.block_span(bi - 1)
    return any(h0 <= m.start_char and m.end_char <= h1 for m in a.concept_matches(concept))


def test_corpus_ok_entries_hold_their_concept_and_missing_entries_have_findings(engine):
    checked = 0
    for path, exp in _letters():
        doc = read_document(str(path))
        res = engine.check_document(doc, profile=exp["profile"])
        a = engine.analyse(doc)
        fired = {f.rule for f in res.findings}
        by_rule = {c.rule: c for c in res.checklist}
        assert REQUIRE_RULES <= set(by_rule), path.name
        for rid in REQUIRE_RULES:
            c = by_rule[rid]
            applies = engine.rule(rid).applies_to(exp["profile"])
            assert c.status == ("not-applicable" if not applies else "missing" if rid in fired else "ok"), \
                (path.name, rid, c.status)
            if c.status == "ok":
                # the span is a sentence holding a match of every concept that met the rule there
                for concept in c.evidence:
                    assert any(c.start <= m.start_char and m.end_char <= c.end
                               for m in a.concept_matches(concept)) or _answers_question(a, c.start, concept) \
                        or _under_heading(a, c.start, concept), \
                        (path.name, rid, concept)
                assert c.line > 0 and c.text and c.text in a.text, (path.name, rid)
                checked += 1
            elif c.status == "missing":
                assert c.evidence, (path.name, rid)
    assert checked > 200


def test_not_applicable_outside_profile_and_when_disabled(check_text):
    res = check_text(LETTER, profile="sundhed-til-job", disabled={"sundhed.prognose"})
    status = {c.rule: c.status for c in res.checklist}
    assert status["job.frist"] == "not-applicable"
    assert status["sundhed.prognose"] == "not-applicable"
    assert "sundhed.prognose" not in {f.rule for f in res.findings}
    assert status["sundhed.nuvaerende-job"] == "ok" and status["samtykke"] == "ok"
    assert status["sundhed.tidsplan"] == "missing"
    job = next(c for c in res.checklist if c.rule == "sundhed.nuvaerende-job")
    assert "pakkemedarbejder" in job.text and job.line == 10 and job.column == 1


def test_missing_entry_says_why(check_text):
    text = LETTER.replace("Han bør ikke løfte over 10 kg på arbejdet.",
                          "Han var sygemeldt fra 2. januar 2026 til 1. februar 2026.")
    res = check_text(text, profile="sundhed-til-job")
    tidsplan = next(c for c in res.checklist if c.rule == "sundhed.tidsplan")
    assert tidsplan.status == "missing" and tidsplan.evidence
    finding = next(f for f in res.findings if f.rule == "sundhed.tidsplan")
    assert finding.evidence == tidsplan.evidence


def _result(check_text):
    res = check_text(LETTER, profile="sundhed-til-job")
    res.path = "brev.txt"
    return res


def test_json_carries_the_checklist(check_text):
    data = json.loads(render_json([_result(check_text)]))
    assert data["version"] == 1
    items = {c["rule"]: c for c in data["files"][0]["checklist"]}
    assert set(items["samtykke"]) == {"rule", "status", "line", "column", "end_line", "end_column", "paragraph",
                                      "part", "evidence", "location"}
    assert items["samtykke"]["status"] == "ok" and items["samtykke"]["line"] == 11
    assert items["samtykke"]["end_column"] > items["samtykke"]["column"]
    assert items["job.frist"] == {"rule": "job.frist", "status": "not-applicable", "line": None, "column": None,
                                  "end_line": None, "end_column": None, "paragraph": None, "part": None,
                                  "evidence": [], "location": None}


def test_text_verbose_lists_met_and_missing(check_text):
    res = _result(check_text)
    out = render_text([res], verbose=True)
    assert "tjekliste:" in out
    assert "✓ sundhed.nuvaerende-job 10:1 «Kim er ansat som pakkemedarbejder" in out
    assert "✗ sundhed.tidsplan (mangler)" in out
    assert "job.frist" not in out  # not applicable: not listed
    assert "checklist:" in render_text([res], verbose=True, lang="en")
    assert "tjekliste" not in render_text([res])


def test_sarif_run_properties_hold_the_checklist_without_text(check_text):
    log = json.loads(render_sarif([_result(check_text)]))
    (entry,) = log["runs"][0]["properties"]["checklist"]
    assert entry["artifactLocation"]["uri"].endswith("brev.txt")
    statuses = {i["rule"]: i["status"] for i in entry["items"]}
    assert statuses["samtykke"] == "ok" and statuses["sundhed.tidsplan"] == "missing"
    assert "pakkemedarbejder" not in json.dumps(entry)


def test_result_cache_keeps_the_checklist(tmp_path, private_cache):
    from linter.cache import ResultCache
    from linter.runner import Runner, RunOptions, run_batch

    letter = tmp_path / "brev.txt"
    letter.write_text(LETTER, encoding="utf-8")
    runner = Runner(RunOptions(profile="sundhed-til-job"))
    first = run_batch(runner, [(str(letter), None)], cache=ResultCache())
    second = run_batch(runner, [(str(letter), None)], cache=ResultCache())
    assert second[0].cached and not first[0].cached
    strip = [(c.rule, c.status, c.line, c.column, c.end_column, c.paragraph, c.evidence) for c in first[0].checklist]
    assert [(c.rule, c.status, c.line, c.column, c.end_column, c.paragraph, c.evidence)
            for c in second[0].checklist] == strip
    # the cache keeps no letter text: the satisfying sentence is quoted on a fresh check only
    assert all(c.text == "" for c in second[0].checklist)
    assert "pakkemedarbejder" not in "".join(p.read_text(encoding="utf-8") for p in private_cache.rglob("*.json"))
    from linter.reporters.text_reporter import checklist_lines

    assert "    ✓ sundhed.nuvaerende-job 10:1" in checklist_lines(second[0], "da")


def test_server_check_returns_the_checklist(engine):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from linter.server import ServerSettings, create_app
    from linter.server.service import CheckService

    svc = CheckService(engine=engine, threads=1)
    try:
        with TestClient(create_app(ServerSettings(), service=svc)) as client:
            body = client.post("/v1/check", json={"text": LETTER, "profile": "sundhed-til-job"}).json()
            paras = client.post("/v1/check", json={"paragraphs": LETTER.split("\n"),
                                                   "profile": "sundhed-til-job"}).json()
    finally:
        svc.close()
    for resp in (body, paras):
        items = {c["rule"]: c for c in resp["checklist"]}
        assert items["samtykke"]["status"] == "ok" and items["samtykke"]["evidence"] == ["samtykke"]
        assert items["sundhed.tidsplan"]["status"] == "missing"
        assert items["job.frist"]["status"] == "not-applicable"


def test_sentence_gold_is_verbatim_and_scored():
    """At least 60 letters name, per content rule that does not fire, the sentence(s) that satisfy it;
    bench/accuracy.py scores the checklist against them (issue 13 point 2)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # type: ignore[union-attr]
    labelled = [(p, e) for p, e in _letters() if e.get("satisfied_by")]
    assert len(labelled) >= 60
    for path, exp in labelled:
        text = path.read_text(encoding="utf-8")
        fires = set(exp.get("fires") or [])
        for rule, subs in exp["satisfied_by"].items():
            assert rule not in fires, (path.name, rule)
            assert subs and all(s in text for s in subs), (path.name, rule)
    s = bench.score(CORPUS, None, true_profile=True)
    sent = s["sentences"]
    assert sent["letters"] >= 60
    assert set(sent["rules"]) >= REQUIRE_RULES
    # every "ok" entry points at a sentence a reader would accept (issue 13): the writer's, or another proof of the
    # rule by the same concept group that the writer gave for no other rule (this corpus's tidsplan gold often names
    # an accommodation's time, "Han bør de næste fire uger kun …", where the checklist now shows the treatment plan)
    # (per rule over as few as 13 letters: a floor of 0.80 lets two entries go, e.g. a list's first question shown
    # where the writer named the lead that announces the list; pooled over all rules 0.95)
    for rule, v in sent["reader"].items():
        assert v["f1"] >= 0.80, (rule, v, [m for m in s["mistakes"] if m.startswith("SENT")])
    for key, floor in (("reader", 0.95), ("rules", 0.85)):  # and the writer's own sentence, pooled
        tp, fp = (sum(v[k] for v in sent[key].values()) for k in ("tp", "fp"))
        assert tp / (tp + fp) >= floor, key
    assert sent["concepts"]["samtykke"]["decided"] >= 50
