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
                 "bank-b.yaml": (0.985, 0.96),  # held out in stop 24 (0.919); stop 26 dev bank (round 4: 0.987)
                 "bank-e.yaml": (1.00, 1.00),  # stop 25 dev bank (arrival 0.902): fixed against
                 "bank-f.yaml": (1.00, 1.00),  # stop 25 round 2 dev bank (arrival 0.906): fixed against
                 "bank-g.yaml": (1.00, 1.00),  # stop 25 round 3 dev bank (arrival 0.953, 0.983 before round 3)
                 "bank-h.yaml": (1.00, 1.00),  # stop 25 round 4 dev bank (arrival 0.919, 0.932 before round 4)
                 # stop 26, held out to the end: arrival 0.927 (macro F1 0.937), final 0.923 (0.933); lowest rule 0.867
                 "bank-i.yaml": (0.92, 0.86),
                 # stop 27 dev bank: arrival on the stop's start code (09ce7e3) 0.905 (macro F1 0.906)
                 "bank-j.yaml": (1.00, 1.00),
                 # stop 27 second dev bank: arrival 0.917 on the start code, 0.926 on main before it was fixed against
                 "bank-k.yaml": (0.99, 0.95),
                 # stop 27 third dev bank: arrival 0.906 (macro F1 0.894) on the start code and on main before its round
                 "bank-l.yaml": (1.00, 1.00),
                 # stop 28 dev bank: arrival 0.900 (macro F1 0.902) on main a91d279; 1.000 after s28bankm
                 "bank-m.yaml": (1.00, 1.00),
                 # stop 28 dev bank (skaanehensyn, funktionsniveau, formaal, efterspurgt-info): arrival 0.928 (macro F1
                 # 0.944) on a91d279; 0.996 after s28bankn (left: a home chore that is the job's own task, #19)
                 "bank-n.yaml": (0.99, 0.97),
                 # stop 29 dev banks: arrival on the stop's start code (54c4690) o 0.977 (macro F1 0.978, lowest rule
                 # tidsplan 0.923), p 0.946 (0.963, lowest samtykke 0.857). After s29job (the job centre's rules) and
                 # s29health (the health rules) and s29consent2 (consent only planned, asked for or awaited states
                 # none): both 1.000
                 "bank-o.yaml": (1.00, 1.00),
                 "bank-p.yaml": (1.00, 1.00),
                 # stop 29's second dev banks (written mid-stop): arrival on the start code (54c4690) r 0.950 (macro F1
                 # 0.969), s 0.901 (0.953); on main 8e7b97b before their round r 0.950, s 0.910; r 1.000 after
                 # s29r2health (the health rules)
                 "bank-r.yaml": (1.00, 1.00),
                 # bank-s 1.000 / 1.000 after s29r2job (the job centre's rules: circular purposes, requests met or
                 # planned, the writer's own sending date, consent to come or awaited)
                 "bank-s.yaml": (1.00, 1.00),
                 # stop 29, held out to the end: arrival 0.954 (macro F1 0.955) on the start code, 0.958 on the final
                 # code; 1.000 / 1.000 after s29afterc (content classes after the figure)
                 "bank-q.yaml": (1.00, 1.00),
                 # stop 30 dev bank (independent writer): arrival 0.958 (macro F1 0.959) on main 980d9f4; 1.000 / 1.000
                 # after s30bankt (fields with no time, a plan after "og", a plan's participle after "har", a finding's
                 # date, capacities by compound, a circular purpose "om borgeren", "Det kender jeg ikke til", the
                 # citizen's question with who is asked between)
                 "bank-t.yaml": (1.00, 1.00),
                 # stop 30, held out to the end (independent writer, even mix): arrival 0.963 (macro F1 0.964) on
                 # the start code 980d9f4 and the same on the final code; lowest rule skaanehensyn 0.880. After the
                 # figure s30afterc (content classes): 0.968 (macro F1 0.968), lowest rule skaanehensyn 0.9166…;
                 # 1.000 / 1.000 after s31content
                 "bank-u.yaml": (1.00, 1.00),
                 # stop 31 dev bank (independent writer): arrival 0.949 (macro F1 0.951) on main 2b66f3c; 0.995 (0.995)
                 # after s31content; left: #202, consent only planned ("Vi indhenter borgerens samtykke på mødet …"),
                 # which the writer marked unclear and the project reads as no statement (samtykke-uafklaret)
                 "bank-v.yaml": (0.99, 0.95),
                 # stop 31 dev bank (content in passing beside near misses): arrival 0.917 (macro F1 0.913) on main
                 # 2b66f3c; 1.000 / 1.000 after s31content2
                 "bank-x.yaml": (1.00, 1.00),
                 # stop 31's held-out bank (independent writer, the ordinary wordings of many writers): accuracy
                 # 0.977 on the start code 2b66f3c and on the final code, before any fix against it; lowest rule
                 # job.frist 0.917; 1.000 / 1.000 after s31afterc (office hours, a form's "Besvares senest:" field, a
                 # job-demands field, home life and what worsens the pain)
                 "bank-w.yaml": (1.00, 1.00)}


@pytest.mark.parametrize("bank", sorted(CONCEPT_BANKS))
def test_concept_bank_floor(bank):
    res = _load("concept_bank").score(ROOT / "tests" / "banks" / bank)
    acc_floor, f1_floor = CONCEPT_BANKS[bank]
    worst = min(res["rules"].items(), key=lambda kv: kv[1]["f1"])
    assert res["items"] >= 180
    assert res["accuracy"] >= acc_floor and worst[1]["f1"] >= f1_floor, (res["accuracy"], worst)


# sender bank: floors of (precision, recall) for the name, phones and e-mails
SENDER_BANKS = {"sa": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # held out during stop 24: its figure on the stop's final code; phones raised by stop 26's secretary
                # offered beside the author's own number (s26sender: P 0.950, R 0.938). Stop 26's fax relabel (a fax
                # is no phone: sb-10, sb-36 lose their fax from gold and output alike) leaves the same 4 FPs and 5 FNs
                # over two fewer TPs: P 0.9487, R 0.937 (the arithmetic of a smaller count, no verdict moved)
                "sb": {"name": (0.96, 0.98), "phones": (0.948, 0.93), "emails": (1.00, 1.00)},
                # stop 25's dev bank; its 3 phone FPs were fax numbers, which its writer never lists as phones: none
                # since stop 26 reads a fax as no phone
                "sc": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # stop 25's second dev bank: its 5 phone FPs were fax numbers (none since stop 26); the miss left is a
                # secretary offered in the text (tests/banks/README.md)
                # stop 30 (s30sec): a secretary named by title and name is another person (RULES.md: other people's
                # numbers are not on the sender's side), so sd-52's head line and sd-35's offer stay out (2 FNs, gold
                # lists them as the department's; see tests/banks/README.md "Named secretaries")
                "sd": {"name": (1.00, 1.00), "phones": (1.00, 0.98), "emails": (1.00, 1.00)},
                # stop 25's third dev bank: its 3 phone FPs were fax numbers (none since stop 26); the name FNs are
                # two first names alone (RULES.md: no name) and a secretary signing for a doctor (tests/banks/README.md)
                "se": {"name": (0.98, 0.98), "phones": (1.00, 0.97), "emails": (0.98, 1.00)},
                # stop 26's dev bank: arrival on the stop's start code (a71270e) phones 0.894/0.974, e-mails
                # 0.985/0.985; 1.000 after s26sender2's classes and the fax reading (4 of its 9 FPs were fax numbers)
                "sf": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # stop 27's dev bank (40 letters): arrival on the stop's start code (09ce7e3) name 0.946/0.946, phones
                # 0.939/0.939, e-mails 0.977/0.977; 1.000 after s27sender's classes
                # (stop 30: sg-29's named secretary's line is another person's, one FN against its department gold)
                "sg": {"name": (1.00, 1.00), "phones": (1.00, 0.975), "emails": (1.00, 1.00)},
                # stop 27's second dev bank (40 letters): arrival on the start code phones 0.921/0.879, e-mails
                # 1.000/0.939; sh-39's "T:" beside an "M:" mobile is left (writers disagree there)
                # (stop 30: sh-04's and sh-30's named secretaries' lines are another person's, two FNs)
                "sh": {"name": (1.00, 1.00), "phones": (0.98, 0.95), "emails": (1.00, 1.00)},
                # stop 28's dev banks (40 letters each): arrival on the start code (a91d279) si name 0.974/0.974,
                # phones 0.942/0.970, e-mails 0.950/0.983; sj name 0.972/0.972, phones 0.931/0.982, e-mails 1.000.
                # Left (tests/banks/README.md): si-07's and sj-22's secretary lines, which these writers leave out and
                # the earlier banks' writers list as the department's; si-09's and sj-21's fax numbers, listed as the
                # department's here and as no phone by stop 26's reading
                # stop 30 (s30sec): si-07's and sj-22's secretary lines read as another person's, as these writers do
                "si": {"name": (1.00, 1.00), "phones": (1.00, 0.985), "emails": (1.00, 1.00)},
                "sj": {"name": (1.00, 1.00), "phones": (1.00, 0.98), "emails": (1.00, 1.00)},
                # stop 29's dev banks (40 and 46 letters): arrival on the start code (54c4690) sk name 1.000/1.000,
                # phones 0.951/1.000, e-mails 1.000/1.000; sl name 1.000/0.974, phones 0.964/0.946, e-mails 1.000/1.000.
                # After s29sender: sk phones 0.983/1.000, sl name 1.000/1.000, phones 1.000/0.982. Left
                # (tests/banks/README.md): sk-34's named secretary's line, which this writer leaves out and sg/sd list
                # as the department's; sl-20's fax, listed as the department's where stop 26 reads a fax as no phone
                # (stop 30, s30sec: sk-34's secretary line read as another person's: phones 1.000/1.000)
                "sk": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                "sl": {"name": (1.00, 1.00), "phones": (1.00, 0.98), "emails": (1.00, 1.00)},
                # stop 29's third dev bank (40 letters, layouts that confuse a reader): arrival on the start code name
                # 1.000/1.000, phones 0.875/0.860, e-mails 0.977/0.935; on main 8e7b97b phones 0.891/0.860, e-mails
                # 1.000/0.935, 7 wrong kontakt verdicts of 160 both times. After s29r2sender: phones 0.946/0.930,
                # e-mails 1.000/0.957, 1 wrong of 160. Left (tests/banks/README.md): sm-17's fax (stop 26: no phone) and
                # its solo specialist's letterhead Tlf.; sm-09's and sm-37's T beside an M (sb-53, sc-34 list both as
                # personal); sm-09's hr@ in the text and sm-28's secure-mail service line mailbox
                # (stop 30, s30sec: sm-18's "Henvendelse til sekretær <navn>, tlf. …" is another person's: one FN
                # against its department gold, phones 0.945/0.912)
                "sm": {"name": (1.00, 1.00), "phones": (0.94, 0.91), "emails": (1.00, 0.95)},
                # stop 30's sender bank (40 letters, independent writer: unions, a-kasser, employers, citizens and
                # relatives beside both sectors): arrival on main 980d9f4 name 1.000/1.000, phones 0.963/0.945,
                # e-mails 1.000/0.974, 2 wrong kontakt verdicts of 160, profile 0.925. After s30sender: 1.000 on all,
                # 0 wrong of 160, profile 1.000 (tests/banks/README.md)
                "sn": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # stop 30's held-out sender bank (40 letters, independent writer): the same on the start code 980d9f4
                # and the final code, name 0.972/0.972, phones 0.982/0.982, e-mails 0.980/0.980, 3 wrong kontakt
                # verdicts of 160 (profile 0.950 -> 0.975); after the figure (s30afterp: a private mail service's
                # address is a person's own, a secretary signing in her own name beside the secretariat's line given
                # apart, the citizen on a title line "… om X, født …"): all 1.000 / 1.000, 0 wrong of 160
                "so": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # stop 31's sender bank (40 letters, independent writer: departments with secretaries and direct lines,
                # forms and memo heads naming several people, the citizen's details under the signature, opening
                # hours): arrival on main 2b66f3c name 0.973/0.973, phones 0.896/0.968, e-mails 0.963/0.981, 4 wrong
                # kontakt verdicts of 160; after s31sender 1.000 on all, 0 wrong of 160 (tests/banks/README.md)
                "sp": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)},
                # stop 31's held-out sender bank (40 letters, independent writer: the everyday variety of who writes
                # and how to reach them): the same on the start code 2b66f3c and the final code, name 0.912/0.861,
                # phones 0.950/0.966, e-mails 1.000/0.978, 9 wrong kontakt verdicts of 160, profile 0.975; after the
                # figure (s31afterk: a form's "Udfyldt af" heading over "Navn:", "Notat udarbejdet af:", the citizen's
                # own doctor's head field, a subject with the citizen's number) 1.000 on all, 0 wrong, profile 1.000
                "sq": {"name": (1.00, 1.00), "phones": (1.00, 1.00), "emails": (1.00, 1.00)}}
SENDER_BANK_LETTERS = {"sg": 40, "sh": 40, "si": 40, "sj": 40, "sk": 40, "sl": 46, "sm": 40,
                       "sn": 40, "so": 40, "sp": 40, "sq": 40}  # the others hold 60


@pytest.mark.parametrize("bank", sorted(SENDER_BANKS))
def test_sender_bank_floor(bank):
    total, _, mistakes = _load("sender_pool").pooled([ROOT / "tests" / "sender-banks" / bank])
    assert total["letters"] == SENDER_BANK_LETTERS.get(bank, 60)
    for key, (p, r) in SENDER_BANKS[bank].items():
        assert total[key]["precision"] >= p and total[key]["recall"] >= r, (key, total[key], mistakes[:5])
