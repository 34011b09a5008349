"""`brevlint audit run` with the local engine: totals as `check`, privacy, resume, manifests, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest
from audit_helpers import CORPUS, audit_totals, check_totals, cli, make_archive

pytestmark = pytest.mark.usefixtures("private_cache")


def test_totals_equal_check_json_serial_and_pool(tmp_path):
    archive = make_archive(tmp_path / "arkiv")
    expected = check_totals(archive)
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        res = cli("audit", "run", str(archive), "--out", str(out), "--workers", workers)
        assert res.exit_code == 2, res.output  # the damaged .docx: reported, the rest audited
        assert "beskadiget.docx" in res.stderr
        assert audit_totals(out) == expected
        summary = json.loads((out / "summary.json").read_text())
        assert summary["letters"] == expected["letters"] and summary["findings"] == expected["findings"]
        assert sum(summary["errors"].values()) == expected["errors"] == 1
        assert (out / "report.html").is_file()
    # each output folder has its own salt, so letters are compared by their rows, not their ids
    one, two = (duckdb.sql(f"SELECT words, lix, rule, status, count FROM read_parquet('{tmp_path}/out{w}/rules/*/*"
                           f".parquet') JOIN read_parquet('{tmp_path}/out{w}/letters/*/*.parquet') USING (letter) "
                           "ORDER BY ALL").fetchall() for w in (1, 2))
    assert one == two and len(one) > 100


def test_document_rules_have_status_and_span_rules_none(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=8, bad=False)
    out = tmp_path / "out"
    assert cli("audit", "run", str(archive), "--out", str(out), "--workers", "1").exit_code == 0
    rows = duckdb.sql(f"SELECT rule, status, count FROM read_parquet('{out}/rules/*/*.parquet')").fetchall()
    by_rule = {}
    for rule, status, count in rows:
        by_rule.setdefault(rule, set()).add(status)
        if status == "missing":
            assert count > 0
        if status == "ok":
            assert count == 0
    assert by_rule["kontakt.telefon"] <= {"ok", "missing"}  # document-level
    assert by_rule["sprog.lang-saetning"] == {None}  # about passages: counts only


MARKERS = ["Zorblatvej", "Quixanderson", "Frimpelgaard", "88776655", "zorb.quix@example.dk", "Hemmeligtord"]


def test_no_letter_text_names_numbers_or_paths_in_any_output(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=6, bad=False)
    for i, p in enumerate(sorted(archive.glob("*.txt"))):
        text = p.read_text(encoding="utf-8")
        p.write_text(f"Kære Quixanderson Frimpelgaard, Zorblatvej {i}, tlf. 88776655, zorb.quix@example.dk.\n"
                     f"{text}\nHemmeligtord står her.\n", encoding="utf-8")
        p.rename(p.with_name(f"Quixanderson-{i}.txt"))  # names in file names too
    manifest = tmp_path / "manifest.csv"
    rows = ["id,path,sender,team,date,direction"]
    for i, p in enumerate(sorted(archive.iterdir())):
        rows.append(f"sag-{i},{p},Sundhedscenter,Team {i % 2},2025-0{1 + i % 3}-15,")
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli("audit", "run", "--manifest", str(manifest), "--out", str(out), "--workers", "1",
               "--min-group", "1").exit_code == 0
    assert cli("audit", "report", str(out), "--format", "csv", "--min-group", "1").exit_code == 0
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) > 8
    for p in written:  # every byte written, compressed or not
        data = p.read_bytes().lower()
        for m in [*MARKERS, "sag-0", str(archive)]:
            assert m.lower().encode() not in data, (m, p)
    con = duckdb.connect()  # and every value, decoded (Parquet pages are compressed)
    for name in ("letters", "rules"):
        values = " ".join(str(v) for row in con.execute(
            f"SELECT * FROM read_parquet('{out}/{name}/*/*.parquet', hive_partitioning=true)").fetchall()
            for v in row).lower()
        assert "team 1" in values  # the manifest's columns are there ...
        for m in [*MARKERS, "sag-0", "quixanderson"]:
            assert m.lower() not in values  # ... the letters' words and names are not


def test_resume_skips_unchanged_letters_and_force_rechecks(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=6, bad=False)
    out = tmp_path / "out"
    first = cli("audit", "run", str(archive), "--out", str(out), "--workers", "1")
    assert "7 tjekket nu, 0 uændrede" in first.output
    before = audit_totals(out)
    again = cli("audit", "run", str(archive), "--out", str(out), "--workers", "1")
    assert "0 tjekket nu, 7 uændrede" in again.output
    assert audit_totals(out) == before
    changed = sorted(archive.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDette er en meget lang sætning som bliver ved og "
                       "ved og ved og ved og ved og ved og ved og ved og ved og ved og ved og ved og ved og ved og "
                       "ved og ved og ved og ved og ved og ved og ved og ved uden at ende nogen sinde.\n",
                       encoding="utf-8")
    third = cli("audit", "run", str(archive), "--out", str(out), "--workers", "1")
    assert "1 tjekket nu, 6 uændrede" in third.output
    after = audit_totals(out)
    assert after["letters"] == 7 and after == check_totals(archive)
    assert cli("audit", "run", str(archive), "--out", str(out), "--workers", "1", "--force").output.startswith(
        "7 breve i revisionen (7 tjekket nu")
    assert audit_totals(out) == after


def test_a_crashed_run_keeps_its_staged_batches(tmp_path):
    from linter.audit.store import AuditStore

    archive = make_archive(tmp_path / "arkiv", n=4, bad=False)
    out = tmp_path / "out"
    cli("audit", "run", str(archive), "--out", str(out), "--workers", "1")
    rows = duckdb.sql(f"SELECT * EXCLUDE (month), month FROM read_parquet('{out}/letters/*/*.parquet', "
                      "hive_partitioning=true)").fetchall()
    # simulate a run that staged one batch and died: the datasets are gone, the staging is not
    import shutil

    staged = AuditStore(out)
    shutil.rmtree(out / "letters")
    shutil.rmtree(out / "rules")
    cols = ["letter", "sender", "team", "profile", "profile_source", "kind", "words", "lix", "findings", "error",
            "check_key", "month"]
    staged.stage([dict(zip(cols, r, strict=True)) for r in rows[:2]], [])
    res = cli("audit", "run", str(archive), "--out", str(out), "--workers", "1")
    assert "3 tjekket nu, 2 uændrede" in res.output


def test_manifest_months_sender_team_and_direction(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=6, bad=False)
    files = sorted(archive.iterdir())
    manifest = tmp_path / "sager.csv"
    lines = ["id;path;sender;team;date;direction"]
    for i, p in enumerate(files):
        lines.append(f"{100 + i};arkiv/{p.name};Kommune A;Team {i % 2};2025-{1 + i % 2:02d}-03;"
                     f"{'job-til-sundhed' if i == 0 else ''}")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli("audit", "run", "--manifest", str(manifest), "--out", str(out), "--workers", "1").exit_code == 0
    assert sorted(p.name for p in (out / "letters").iterdir()) == ["month=2025-01", "month=2025-02"]
    teams = duckdb.sql(f"SELECT team, count(*) FROM read_parquet('{out}/letters/*/*.parquet') GROUP BY 1 "
                       "ORDER BY 1").fetchall()
    assert teams == [("Team 0", 4), ("Team 1", 3)]
    sources = duckdb.sql(f"SELECT profile_source, profile FROM read_parquet('{out}/letters/*/*.parquet') "
                         "WHERE profile_source = 'manifest'").fetchall()
    assert sources == [("manifest", "job-til-sundhed")]
    assert audit_totals(out)["letters"] == 7


@pytest.mark.parametrize("content, reason", [
    ("id,sender\n1,x\n", "'path'"),
    ("path,date\nbrev.txt,31-12-2025\n", "row 2: invalid date"),
    ("path,direction\nbrev.txt,indgående\n", "row 2: unknown direction"),
])
def test_bad_manifest_exit_2_naming_file_and_reason(tmp_path, content, reason):
    manifest = tmp_path / "m.csv"
    manifest.write_text(content, encoding="utf-8")
    res = cli("audit", "run", "--manifest", str(manifest), "--out", str(tmp_path / "out"), "--lang", "en")
    assert res.exit_code == 2
    assert str(manifest) in res.stderr and reason in res.stderr
    assert "Traceback" not in res.output


def test_parquet_manifest(tmp_path):
    letter = sorted(CORPUS.glob("*.txt"))[0]
    manifest = tmp_path / "m.parquet"
    duckdb.sql(f"COPY (SELECT '{letter}' AS path, 'T' AS team, DATE '2024-11-30' AS date) TO '{manifest}' "
               "(FORMAT parquet)")
    out = tmp_path / "out"
    assert cli("audit", "run", "--manifest", str(manifest), "--out", str(out)).exit_code == 0
    assert [p.name for p in (out / "letters").iterdir()] == ["month=2024-11"]


def test_audit_config_section(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=2, bad=False)
    (archive / "brevlint.yaml").write_text("audit:\n  engine: local\n  workers: 1\n  min_group: 3\n")
    out = tmp_path / "out"
    res = cli("audit", "run", str(archive), "--out", str(out))
    assert res.exit_code == 0, res.output
    assert json.loads((out / "summary.json").read_text())["run"]["workers"] == 1
    (archive / "brevlint.yaml").write_text("audit:\n  engine: spark\n")
    res = cli("audit", "run", str(archive), "--out", str(out))
    assert res.exit_code == 2 and "audit.engine" in res.stderr


def test_without_the_extra_one_line_names_it(tmp_path):
    block = ("import sys, importlib.abc\n"
             "class Block(importlib.abc.MetaPathFinder):\n"
             "    def find_spec(self, name, path=None, target=None):\n"
             "        if name.split('.')[0] == 'duckdb':\n"
             "            raise ModuleNotFoundError(name)\n"
             "sys.meta_path.insert(0, Block())\n"
             "from linter.cli import main\n"
             "main()\n")
    res = subprocess.run([sys.executable, "-c", block, "audit", "run", str(CORPUS), "--out", str(tmp_path / "o")],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'brevlint[audit]'" in lines[0] and "duckdb" in lines[0]
    assert not (tmp_path / "o").exists()


def test_staged_rows_round_trip_awkward_names(tmp_path):
    from linter.audit.letter import LETTER_COLUMNS, RULE_COLUMNS
    from linter.audit.store import AuditStore

    store = AuditStore(tmp_path / "out")
    names = ['Team "A", nord', "", None, "Æble; \\N?"]
    letters = [{**dict.fromkeys(LETTER_COLUMNS), "letter": f"l{i}", "month": "2025-01", "team": t, "words": 7,
                "lix": 31.5, "findings": 1} for i, t in enumerate(names)]
    rules = [{**dict.fromkeys(RULE_COLUMNS), "letter": f"l{i}", "month": "2025-01", "team": t, "rule": "r",
              "count": 1, "status": None} for i, t in enumerate(names)]
    store.stage(letters, rules)
    store.merge()
    got = duckdb.sql(f"SELECT letter, team, words, lix FROM read_parquet('{tmp_path}/out/letters/*/*.parquet') "
                     "ORDER BY letter").fetchall()
    assert got == [(f"l{i}", t, 7, 31.5) for i, t in enumerate(names)]
    assert duckdb.sql(f"SELECT count(*), sum(count) FROM read_parquet('{tmp_path}/out/rules/*/*.parquet') "
                      "WHERE status IS NULL").fetchall() == [(4, 4)]


def test_rule_outcomes_read_the_checklist_when_the_engine_fills_it(engine):
    from linter.audit.letter import rule_outcomes
    from linter.config import Config
    from linter.model import CheckItem, FileResult

    result = FileResult(path="brev.txt", profile="sundhed-til-job", findings=[])
    derived = {r["rule"]: r["status"] for r in rule_outcomes(engine, result, Config(), False, set())}
    assert derived["kontakt.telefon"] == "ok" and derived["sprog.lang-saetning"] is None
    result.checklist = [CheckItem(rule="kontakt.telefon", status="missing"),
                        CheckItem(rule="samtykke", status="not-applicable")]
    rows = {r["rule"]: r for r in rule_outcomes(engine, result, Config(), False, set())}
    assert rows["kontakt.telefon"]["status"] == "missing" and "samtykke" not in rows
    assert all(engine.rule(rid).applies_to("sundhed-til-job") for rid in rows)
    assert not any(engine.rule(r.id).applies_to("sundhed-til-job") and r.id not in rows
                   for r in engine.rules if r.id != "samtykke" and r.severity is not None)


def test_a_letter_that_crashes_the_engine_is_an_error_row(tmp_path, monkeypatch):
    from linter.audit.letter import Auditor
    from linter.audit.sources import from_paths
    from linter.engine.engine import Engine
    from linter.runner import RunOptions

    archive = make_archive(tmp_path / "arkiv", n=2, bad=False)
    items = from_paths([(str(p), None) for p in sorted(archive.glob("*.txt"))], b"s")

    def boom(self, doc, **kw):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(Engine, "check_document", boom)
    letters, rules = Auditor(RunOptions(), b"s").audit_batch(items)
    assert [r["error"] for r in letters] == ["internal", "internal"] and rules == []


def test_never_writes_into_a_folder_it_did_not_make(tmp_path):
    archive = make_archive(tmp_path / "arkiv", n=2, bad=False)
    mine = tmp_path / "mine"
    (mine / "letters").mkdir(parents=True)
    (mine / "letters" / "brev.docx").write_bytes(b"the user's own")
    for extra in ((), ("--force",)):
        res = cli("audit", "run", str(archive), "--out", str(mine), "--lang", "en", *extra)
        assert res.exit_code == 2 and "not an audit folder" in res.stderr
    assert (mine / "letters" / "brev.docx").read_bytes() == b"the user's own"
    assert sorted(p.name for p in mine.rglob("*")) == ["brev.docx", "letters"]
