"""bench/concept_bank.py scores any bank of the documented format with the real rules, and bench/latent.py finds
the gold sentences no concept of their rule reaches (invented bank items and an invented letter)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_bank_scores_per_rule(tmp_path):
    items = [
        {"rule": "sundhed.skaanehensyn", "profile": "sundhed-til-job", "satisfies": True,
         "text": "Hun bør de første uger kun have lette opgaver på lageret.", "span": "kun have lette opgaver",
         "note": "adjustment"},
        {"rule": "sundhed.skaanehensyn", "profile": "sundhed-til-job", "satisfies": False,
         "text": "Skånehensyn: -\nHun er glad for træningen.", "span": None, "note": "empty field"},
        {"rule": "job.frist", "profile": "job-til-sundhed", "satisfies": True,
         "text": "Vi skal have dit svar senest fredag i uge 19.", "span": "senest fredag i uge 19"},
        {"rule": "job.frist", "profile": "job-til-sundhed", "satisfies": False,
         "text": "Han har været sygemeldt siden 2. februar 2026."},
        {"rule": "samtykke", "profile": "job-til-sundhed", "satisfies": True, "text": "Hun er gået på ferie."},
    ]
    bank = tmp_path / "bank.yaml"
    bank.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    res = _load("concept_bank").score(bank)
    assert res["items"] == 5
    k = res["rules"]["sundhed.skaanehensyn"]
    assert (k["tp"], k["fp"], k["fn"], k["tn"]) == (1, 0, 0, 1)
    assert res["rules"]["job.frist"]["tp"] == 1 and res["rules"]["job.frist"]["tn"] == 1
    assert res["rules"]["samtykke"]["fn"] == 1 and res["rules"]["samtykke"]["recall"] == 0.0
    assert [m["n"] for m in res["misses"]] == [5]


def test_latent_lists_unreached_gold(tmp_path):
    letter = ("Sundhedscenter Lindeby\nParkvej 2, 6600 Lindeby\n\nTil: Jobcenter Lindeby\n\nKære Sofie Berg\n\n"
              "Ole har givet samtykke til, at jeg skriver.\n\nHan er glad for sine kolleger.\n\n"
              "Med venlig hilsen\n\nMarie Jensen\nFysioterapeut\nDirekte tlf. 40 27 15 93\nmarie.jensen@lindeby.dk\n")
    (tmp_path / "a.txt").write_text(letter, encoding="utf-8")
    gold = {"profile": "sundhed-til-job", "fires": ["sundhed.prognose"],
            "satisfied_by": {"samtykke": ["Ole har givet samtykke", "Han er glad for sine kolleger"]}}
    (tmp_path / "a.expected.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    res = _load("latent").run([tmp_path])
    assert res["stats"]["samtykke"] == {"gold": 2, "matched": 1, "missed": 1}
    assert "Han er glad for sine kolleger" in res["misses"]["samtykke"][0]
