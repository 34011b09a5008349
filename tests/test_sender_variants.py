"""Sender attribution under layout changes of the sender block (bench/sender_variants.py): the letter model's
sender (name, each phone and e-mail with personal/department) of a variant equals the original letter's, and the
gold label, over every letter with a gold `sender:` label."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_sender_variants", ROOT / "bench" / "sender_variants.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


SAMPLE = """Kære Jobcenter Vestby

Lars Bo er lagerarbejder og kan løfte 10 kg. Han har givet samtykke.

Med venlig hilsen
Anne Holm
Fysioterapeut
Fysioklinikken Nord
Tlf. 61 72 83 94
anne.holm@fysionord.dk
"""
GOLD = {"name": "Anne Holm", "phones": {"personal": ["61 72 83 94"], "department": []},
        "emails": {"personal": ["anne.holm@fysionord.dk"], "department": []}}


def test_each_sender_block_family_changes_the_sample_and_keeps_the_gold(check_text):
    bench = _bench()
    for name, fam in bench.SENDER_FAMILIES.items():
        variant = fam(SAMPLE, GOLD)
        assert variant and variant != SAMPLE, name
        res = check_text(variant)
        assert res.sender["name"] == "Anne Holm", (name, variant)
        assert [(p["number"], p["personal"]) for p in res.sender["phones"]] == [("61728394", True)], (name, variant)


@pytest.mark.slow
def test_sender_variants_keep_the_sender():
    bench = _bench()
    s = bench.measure(bench.default_corpora(), list(bench.SENDER_FAMILIES))
    assert s["letters"] >= 700
    assert s["same"] / s["variants"] >= 0.995, "\n".join(s["changed"])
