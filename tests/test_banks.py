"""The sentence banks and sender banks (tests/banks, tests/sender-banks): items and short letters written
and labelled from RULES.md by writers who had not seen the code, scored by bench/concept_bank.py and
bench/sender_pool.py. The floors are the figures the code reached (the dev banks were fixed against;
a held-out bank's floor is its figure when it was added). Arrival figures: tests/banks/README.md."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


# bank: (accuracy floor, lowest per-rule F1 floor)
CONCEPT_BANKS = {"bank-a.yaml": (1.00, 1.00), "bank-c.yaml": (1.00, 1.00),
                 "bank-b.yaml": (0.96, 0.90),  # held out during stop 24 (0.919 on its final code); stop 26 dev bank
                 "bank-e.yaml": (1.00, 1.00),  # stop 25 dev bank (arrival 0.902): fixed against
                 "bank-f.yaml": (1.00, 1.00),  # stop 25 round 2 dev bank (arrival 0.906): fixed against
                 "bank-g.yaml": (1.00, 1.00),  # stop 25 round 3 dev bank (arrival 0.953, 0.983 before round 3)
                 "bank-h.yaml": (1.00, 1.00)}  # stop 25 round 4 dev bank (arrival 0.919, 0.932 before round 4)


@pytest.mark.parametrize("bank", sorted(CONCEPT_BANKS))
def test_concept_bank_floor(bank):
    res = _load("concept_bank").score(ROOT / "tests" / "banks" / bank)
    acc_floor, f1_floor = CONCEPT_BANKS[bank]
    worst = min(res["rules"].items(), key=lambda kv: kv[1]["f1"])
    assert res["items"] >= 200
    assert res["accuracy"] >= acc_floor and worst[1]["f1"] >= f1_floor, (res["accuracy"], worst)


# sender bank: floors of (precision, recall) for the name, phones and e-mails
SENDER_BANKS = {"sa": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # held out during stop 24: its figure on the stop's final code
                "sb": {"name": (0.96, 0.98), "phones": (0.93, 0.91), "emails": (0.98, 0.96)},
                # stop 25's dev bank; the 3 phone FPs left are fax numbers, which sc's writer never lists as phones
                # and sa's lists as department phones (RULES.md does not decide)
                "sc": {"name": (1.00, 1.00), "phones": (0.97, 1.00), "emails": (1.00, 1.00)},
                # stop 25's second dev bank: the 5 phone FPs left are fax numbers (as in sc); the misses are sd-14's
                # two-column head and a secretary offered in the text (tests/banks/README.md)
                "sd": {"name": (1.00, 0.98), "phones": (0.95, 0.98), "emails": (1.00, 0.98)},
                # stop 25's third dev bank: the 3 phone FPs are fax numbers (as in sc, sd); the name FNs are two
                # first names alone (RULES.md: no name) and a secretary signing for a doctor (tests/banks/README.md)
                "se": {"name": (0.98, 0.94), "phones": (0.96, 0.97), "emails": (0.98, 1.00)},
                # stop 26's dev bank: its arrival on the stop's start code (a71270e)
                "sf": {"name": (1.00, 1.00), "phones": (0.89, 0.97), "emails": (0.98, 0.98)}}


@pytest.mark.parametrize("bank", sorted(SENDER_BANKS))
def test_sender_bank_floor(bank):
    total, _, mistakes = _load("sender_pool").pooled([ROOT / "tests" / "sender-banks" / bank])
    assert total["letters"] == 60
    for key, (p, r) in SENDER_BANKS[bank].items():
        assert total[key]["precision"] >= p and total[key]["recall"] >= r, (key, total[key], mistakes[:5])
