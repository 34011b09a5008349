"""A small sentence classifier per content rule, learned from the `satisfied_by` gold and the sentence banks.

Shipped since stop 28 as the `require` kind's `model:` scorer (linter/kinds/require_model.py); the weights files
linter/models/<rule id>.require-sentences.json are written by `export`. Rebuild them after adding labelled letters
or banks:

    python bench/train_sentences.py extract && python bench/train_sentences.py export

    python bench/train_sentences.py extract [--data /tmp/s24/data.pkl]  # run the engine once per letter and
                                                                         # per bank item (banks.pkl beside it)
    python bench/train_sentences.py arrivals                             # the same with each held-out set's
                                                                         # arrival commit (git archive)
    python bench/train_sentences.py eval [--bank BANK.yaml] [--json OUT] # leave-sets-out comparison
    python bench/train_sentences.py export [--model-out DIR]             # weights from all letters, a file per rule

Training data per content rule (issue 13, point 3), built with the project's own sentence split and
lemmas (the engine's analysis), so features are those a run would see:
- positives: the sentences that hold a `satisfied_by` quote of the rule;
- negatives: every in-scope sentence of a letter in which the gold says the rule FIRES (nothing there
  satisfies it). Other sentences of satisfied letters are unlabelled and left out;
- the sentence banks (tests/banks/bank-*.yaml), each item checked as the body of a minimal letter of its
  profile (bench/concept_bank.py's frame): the sentences holding the `span` of a true item are positives,
  every sentence of a false item a negative (the banks' near misses are the hard negatives the letters lack).

Model: L2-regularised logistic regression over lemma unigrams and bigrams (digits folded to 0, a few
shape features), pure numpy, fixed seed, full-batch gradient descent: deterministic. Evaluation at the
document level on held-out blind sets, with the true profile:
(a) the rules as they are; (b) rules OR model (a sentence in scope scoring >= t makes the rule ok);
(c) rules AND-NOT model (a rule-satisfying sentence counts only if the model scores it >= t).
The extracted data holds letter text only in memory and in a pickle under /tmp (never in the repo).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONTENT = {
    "sundhed.nuvaerende-job": "sundhed-til-job", "sundhed.prognose": "sundhed-til-job",
    "sundhed.skaanehensyn": "sundhed-til-job", "sundhed.funktionsniveau": "sundhed-til-job",
    "sundhed.tidsplan": "sundhed-til-job", "job.frist": "job-til-sundhed",
    "job.efterspurgt-info": "job-til-sundhed", "job.formaal": "job-til-sundhed", "samtykke": "both",
}
# blind sets in the order they were written (tests/blind/README.md); the corpora came before them
# (stop by stop, each stop's sets in the README's order: its dev sets, then those held out to its end)
ORDER = ["p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "zz", "fa", "fb", "fc", "fd", "fe", "ff", "fg",
         "fh", "fi", "fj", "fk", "fl", "fm", "fn", "fo", "fp", "fq", "fr", "fs",
         "ft", "fu", "fv", "fw", "fx", "fy", "fz", "ga",  # stop 24
         "gb", "gc", "gh", "gk", "gl", "gd", "ge", "gf", "gg", "gi", "gj",  # stop 25
         "gn", "go", "gm", "gp", "gq",  # stop 26
         "gs", "gu", "gv", "gw", "gy", "gr", "gt", "gx",  # stop 27
         "hc", "hd", "he", "hf", "gz", "ha", "hb",  # stop 28
         "hj", "hm", "hn", "hg", "hh", "hi", "hk", "hl",  # stop 29
         "hr", "hu", "hv", "ho", "hp", "hq", "hs", "ht",  # stop 30
         "hz", "ib", "ic", "id", "ie", "hw", "hx", "hy", "ia"]  # stop 31
# the sentence banks by the stop they came with (tests/banks/README.md): a leave-sets-out split holds out a stop's
# banks with its letters
BANK_STOP = {**{b: 24 for b in "abc"}, **{b: 25 for b in "efgh"}, "i": 26, **{b: 27 for b in "jkl"},
             **{b: 28 for b in "mn"}, **{b: 29 for b in "opqrs"}, **{b: 30 for b in "tu"},
             **{b: 31 for b in "vwx"}}
_DIGIT = re.compile(r"\d")
_WS = re.compile(r"\s+")


def applies(rule: str, profile: str) -> bool:
    p = CONTENT[rule]
    return (p == "both" and profile in ("sundhed-til-job", "job-til-sundhed")) or p == profile


# ---------------------------------------------------------------- features: the run's own code
def _runtime():
    """linter/kinds/require_model.py of THIS checkout, loaded by path (so an arrival tree given with --code
    still gets the same features, computed on its own tokens)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_require_model", ROOT / "linter" / "kinds" / "require_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RM = _runtime()
sentence_tokens, features = RM.sentence_tokens, RM.features


# ---------------------------------------------------------------- extraction
def rule_sentences(kind, a) -> set[tuple[int, int]]:
    """Every sentence that satisfies the require rule (not only the first): `_requirement`'s group logic."""
    import linter.kinds.require as rq

    Voids, letter_date = rq.Voids, rq.letter_date  # (where the module of the day imports it from)

    p = kind.p
    today = letter_date(a) if p["dated"] or p["unless_undated"] else None
    by_clause = p["unless_clause"] + (p["unless_undated"] if today is None else [])
    voids = Voids(a, p["unless"], by_clause, p["unless_span"], p["unless_lifted_by"],
                  p.get("unless_lifted_after", []), p.get("unless_not_lifted", []),
                  p.get("unless_lifted_paragraph", []))
    cache: dict[str, dict] = {}
    why: set[str] = set()
    out: set[tuple[int, int]] = set()
    for group in kind.groups:
        common: set | None = None
        for name in group:
            if name not in cache:
                try:
                    cache[name] = kind._hits(a, name, voids, today, why, False)
                except TypeError:  # an older `_hits` (arrival code) without the template flag
                    cache[name] = kind._hits(a, name, voids, today, why)
            common = set(cache[name]) if common is None else common & set(cache[name])
        out |= common or set()
    return out


def admitted(kind, a, spans: list[tuple[int, int]], index: list[int]) -> list[int] | None:
    """The indices (from `index`) of the sentences the rule's model may take (`RequireKind._admits`: statements,
    not voided, …), as a run weighs the scorer's candidates; None with a kind of the day that lacks the test."""
    if not hasattr(kind, "_admits"):
        return None
    voids = kind._voids(a)
    return [i for i, sent in zip(index, spans, strict=True) if kind._admits(a, sent, False, *voids)]


def _norm_index(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and the original offset of each of its characters."""
    out, pos, prev_space = [], [], False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            pos.append(i)
            prev_space = True
        else:
            out.append(ch)
            pos.append(i)
            prev_space = False
    return "".join(out), pos


def gold_spans(text: str, quotes: list[str]) -> tuple[list[tuple[int, int]], int]:
    norm, pos = _norm_index(text)
    spans, missing = [], 0
    low = norm.lower()
    for q in quotes:
        qn = _WS.sub(" ", q.strip()).lower()
        start = low.find(qn)
        if start < 0:
            missing += 1
        while start >= 0:
            spans.append((pos[start], pos[start + len(qn) - 1] + 1))
            start = low.find(qn, start + 1)
    return spans, missing


def corpora() -> list[tuple[str, Path]]:
    """Every labelled corpus: tests/corpus, ../shared/corpus/dev and every tests/blind set (ORDER first, in the
    order they were written, then the later ones by name; sender banks add nothing, they have no content gold)."""
    out = [("corpus", ROOT / "tests" / "corpus"), ("dev", ROOT.parent / "shared" / "corpus" / "dev")]
    later = sorted(p.name for p in (ROOT / "tests" / "blind").iterdir() if p.is_dir() and p.name not in ORDER)
    out += [(s, ROOT / "tests" / "blind" / s) for s in [*ORDER, *later]]
    return out


def bank_records(bank: Path) -> list[dict]:
    """Each item of a sentence bank checked as the body of bench/concept_bank.py's minimal letter: its rule, the
    gold, the concepts' status and the lemmas of the item's sentences (all of them, and those holding `span`)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import concept_bank as cb

    from linter.engine.engine import Engine
    from linter.kinds.base import Context
    from linter.readers import read_bytes

    engine = Engine()
    for kind in engine.kinds.values():  # the status of the concepts alone: (a) of the evaluation
        if "model" in getattr(kind, "p", {}):
            kind.p["model"] = 0
    out = []
    for item in cb.load_bank(bank):
        rule = str(item["rule"])
        if rule not in CONTENT:
            continue
        text, profile = cb.letter(item, None)
        a = engine.analyse(read_bytes(text.encode("utf-8"), ".txt", "bank.txt"))
        ctx = Context(profile=profile, lang="da", template=False, lexicons=engine.lexicons, thresholds={})
        status = engine.kinds[rule].requirement(a, ctx).status
        body = cb._find(a.text, str(item["text"]), 0)
        if body is None:
            continue
        sents = [s for s in a.sentences if s[0] < body[1] and body[0] < s[1]]
        want = cb._truth(item.get("satisfies"))
        span = cb._find(a.text, str(item["span"]), body[0]) if want and item.get("span") else None
        kind = engine.kinds[rule]
        every = a.sentences
        scope = [i for i, s in enumerate(every) if kind.in_scope(a.structure.zones[a.block_index(s[0])])]
        admit = admitted(kind, a, [every[i] for i in scope], scope)
        ruled = rule_sentences(kind, a)
        out.append({"bank": bank.name, "rule": rule, "want": want, "status": status,
                    # the framed letter's in-scope sentences the scorer may take, and those the concepts met
                    "cand": [sentence_tokens(a, every[i]) for i in (scope if admit is None else admit)],
                    "ruled": [sentence_tokens(a, s) for s in every if s in ruled],
                    "toks": [sentence_tokens(a, s) for s in sents],
                    "pos": [sentence_tokens(a, s) for s in sents if span and s[0] < span[1] and span[0] < s[1]]})
    return out


def bank_samples(records: list[dict], rid: str) -> list[tuple[list[str], int]]:
    out = []
    for r in records:
        if r["rule"] == rid:
            out += [(t, 1) for t in r["pos"]] if r["want"] else [(t, 0) for t in r["toks"]]
    return out


def extract_banks(out_path: Path) -> None:
    records = []
    for bank in sorted((ROOT / "tests" / "banks").glob("bank-*.yaml")):
        records += bank_records(bank)
    print(f"banks: {len(records)} items", file=sys.stderr)
    with out_path.open("wb") as fh:
        pickle.dump(records, fh)


def _capturing_engine(runner, cfg, captured: dict):
    """The runner's engine for `cfg`, its analysis of the last letter kept in `captured["a"]`; (a) is the
    concepts alone, so a shipped model stays off here."""
    engine = runner.engine_for(cfg)
    if not hasattr(engine, "_s24_wrapped"):
        orig = engine.analyse

        def analyse(doc, _orig=orig):
            captured["a"] = _orig(doc)
            return captured["a"]
        engine.analyse = analyse
        engine._s24_wrapped = True
        for kind in engine.kinds.values():
            if "model" in getattr(kind, "p", {}):
                kind.p["model"] = 0
    return engine


def extract(out_path: Path, only: set[str] | None = None) -> None:
    from linter.readers import read_document
    from linter.runner import Runner, RunOptions

    runner = Runner(RunOptions())
    captured = {}
    letters = []
    unfound = Counter()
    for set_name, folder in corpora():
        if only and set_name not in only:
            continue
        for exp_path in sorted(folder.glob("*.expected.yaml")):
            stem = exp_path.name[: -len(".expected.yaml")]
            doc_path = next((exp_path.with_name(stem + s) for s in (".txt", ".docx", ".md")
                             if exp_path.with_name(stem + s).exists()), None)
            if doc_path is None:
                continue
            exp = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
            profile = exp["profile"]
            cfg = runner.config_for(str(doc_path))
            engine = _capturing_engine(runner, cfg, captured)
            doc = read_document(str(doc_path), cfg.limits)
            result = engine.check_document(doc, cfg=cfg, profile=profile)
            a = captured["a"]
            status = {c.rule: c.status for c in result.checklist}
            sents = a.sentences
            sent_index = {s: i for i, s in enumerate(sents)}
            zones = a.structure.zones
            rec = {"set": set_name, "name": stem, "profile": profile,
                   "toks": [sentence_tokens(a, s) for s in sents], "rules": {},
                   "has_sat": "satisfied_by" in exp}
            fires = set(exp.get("fires") or [])
            sat = exp.get("satisfied_by") or {}
            for rid in CONTENT:
                if not applies(rid, profile) or rid not in status:
                    continue
                kind = engine.kinds[rid]
                scope = [i for i, s in enumerate(sents) if kind.in_scope(zones[a.block_index(s[0])])]
                quotes = sat.get(rid) or []
                quotes = [quotes] if isinstance(quotes, str) else list(quotes)
                spans, miss = gold_spans(a.text, quotes)
                unfound[rid] += miss
                pos = sorted({i for i, (s, e) in enumerate(sents) for gs, ge in spans if s < ge and gs < e})
                rule_ok = sorted(sent_index[s] for s in rule_sentences(kind, a) if s in sent_index)
                rec["rules"][rid] = {"gold_fires": rid in fires, "rule_status": status[rid],
                                     "rule_sents": rule_ok, "pos": pos, "scope": scope,
                                     "admit": admitted(kind, a, [sents[i] for i in scope], scope)}
            letters.append(rec)
        print(f"{set_name}: {sum(1 for x in letters if x['set'] == set_name)} letters", file=sys.stderr)
    print("quotes not found:", dict(unfound), file=sys.stderr)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("wb") as fh:
        pickle.dump(letters, fh)


# ---------------------------------------------------------------- model
class Model:
    """One rule's logistic regression as it is shipped: feature -> weight (rounded), bias."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights, self.bias = weights, bias

    def score(self, toks: list[str]) -> float:
        return RM.score(self.weights, self.bias, toks)


def train(samples: list[tuple[list[str], int]], l2: float = 1.0, min_count: int = 2, iters: int = 400,
          lr: float = 0.5) -> Model:
    counts = Counter(f for toks, _ in samples for f in features(toks))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    n, d = len(samples), len(vocab)
    rows, cols = [], []
    for r, (toks, _) in enumerate(samples):
        for f in features(toks):
            j = vocab.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    X = np.zeros((n, d), dtype=np.float32)
    X[rows, cols] = 1.0
    y = np.array([lab for _, lab in samples], dtype=np.float32)
    # class weights: positives are rare
    pw = (n - y.sum()) / max(y.sum(), 1.0)
    sw = np.where(y > 0, pw, 1.0).astype(np.float32)
    sw /= sw.mean()
    w = np.zeros(d, dtype=np.float32)
    b = 0.0
    for _ in range(iters):  # full-batch gradient descent with Adam-free momentum: deterministic
        z = X @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * sw
        gw = X.T @ g / n + l2 * w / n
        gb = float(g.mean())
        w -= lr * gw * 10
        b -= lr * gb
    inv = sorted(vocab, key=vocab.get)
    weights = {f: round(float(x), 3) for f, x in zip(inv, w, strict=True) if abs(x) >= 0.01}
    return Model(weights, round(float(b), 3))


def samples_for(letters: list[dict], rid: str) -> list[tuple[list[str], int]]:
    out = []
    for L in letters:
        r = L["rules"].get(rid)
        if r is None:
            continue
        if r["gold_fires"]:
            out += [(L["toks"][i], 0) for i in r["scope"]]
        elif r["pos"]:
            out += [(L["toks"][i], 1) for i in r["pos"]]
    return out


# ---------------------------------------------------------------- evaluation
def verdicts(L: dict, rid: str, m: Model | None, mode: str, t: float) -> bool:
    """Does the rule fire (True) under the combination?"""
    r = L["rules"][rid]
    rule_ok = r["rule_status"] == "ok"
    if mode == "a" or m is None:
        return not rule_ok
    if mode == "b":  # (the sentences a run lets the scorer take, where the extraction knew them)
        cands = r["scope"] if r.get("admit") is None else r["admit"]
        return not (rule_ok or any(m.score(L["toks"][i]) >= t for i in cands))
    if mode == "c":
        if not rule_ok:
            return True
        sents = r["rule_sents"] or []
        if not sents:  # ok by a form field or an answered question the scorer cannot see: keep
            return False
        return not any(m.score(L["toks"][i]) >= t for i in sents)
    if mode == "bc":  # both: the concepts' sentence only where the scorer agrees, or the scorer's own
        tb, tc = t
        cands = r["scope"] if r.get("admit") is None else r["admit"]
        return verdicts(L, rid, m, "c", tc) and not any(m.score(L["toks"][i]) >= tb for i in cands)
    raise ValueError(mode)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * rc / (p + rc) if p + rc else 0.0


def evaluate(test: list[dict], models: dict[str, Model], mode: str, t: float) -> dict:
    out = {}
    for rid in CONTENT:
        tp = fp = fn = wrong = n = 0
        for L in test:
            if rid not in L["rules"]:
                continue
            gold = L["rules"][rid]["gold_fires"]
            pred = verdicts(L, rid, models.get(rid), mode, t)
            n += 1
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
            wrong += gold != pred
        out[rid] = {"f1": prf(tp, fp, fn), "wrong": wrong, "tp": tp, "fp": fp, "fn": fn, "n": n}
    return out


# the held-out groups of sets with the commit each arrived on (tests/blind/README.md, git log)
ARRIVALS = {
    "fd..fk": [(["fd"], "f2b32ec"), (["fe", "ff"], "d5c2dc8"), (["fg", "fh"], "6ffe7b8"),
               (["fi", "fj", "fk"], "7fdc65e")],
    "fl..fs": [(["fl", "fm", "fn", "fo"], "93a152a"), (["fp", "fq"], "27035d2"), (["fr", "fs"], "8a66dda")],
}
COMBOS = [("a", 0.0), *[("b", t) for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)],
          *[("c", t) for t in (0.05, 0.1, 0.2, 0.3)]]


def arrival_eval(letters: list[dict], arr_dir: Path) -> dict:
    """The honest test: each held-out group with the rules as they were when it arrived (its letters
    extracted with that commit's code into arr_dir/arr-COMMIT.pkl) and a model trained only on the
    corpora and the sets written before it."""
    report = {}
    for label, groups in ARRIVALS.items():
        total: dict[str, dict] = {}
        n = 0
        for sets, commit in groups:
            if not (arr_dir / f"arr-{commit}.pkl").is_file():  # (`arrivals` not run into this folder)
                continue
            with (arr_dir / f"arr-{commit}.pkl").open("rb") as fh:
                te = [L for L in pickle.load(fh) if L["set"] in sets]
            cut = ORDER.index(sets[0])
            tr = [L for L in letters if L["set"] in {"corpus", "dev", *ORDER[:cut]}]
            models = {rid: train(samples_for(tr, rid)) for rid in CONTENT}
            n += len(te)
            for mode, t in COMBOS:
                name = mode if mode == "a" else f"{mode}@{t}"
                res = evaluate(te, models, mode, t)
                acc = total.setdefault(name, {rid: Counter() for rid in CONTENT})
                for rid, r in res.items():
                    acc[rid].update({"tp": r["tp"], "fp": r["fp"], "fn": r["fn"], "wrong": r["wrong"]})
        if not n:
            continue
        rows = {name: {rid: {"f1": prf(c["tp"], c["fp"], c["fn"]), "wrong": c["wrong"], "fp": c["fp"],
                             "fn": c["fn"]} for rid, c in acc.items()} for name, acc in total.items()}
        print(f"\n== ARRIVAL {label}: {n} letters, rules as they arrived, model trained on earlier sets")
        print_table(rows)
        report[f"arrival {label}"] = {"letters": n, "rows": rows}
    return report


def shipped_models(folder: Path | None = None) -> tuple[dict[str, Model], dict[str, float]]:
    """The weights (from `folder`, by default this checkout's linter/models: give a copy of the weights as they were
    before an export, or the baseline is the model just trained on everything) and this checkout's `model:`
    thresholds (rules/*.yaml)."""
    from linter.kinds.require_model import MODEL_SUFFIX

    models, thresholds = {}, {}
    for rid in CONTENT:
        path = (folder or RM.MODEL_DIR) / (rid + MODEL_SUFFIX)
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            models[rid] = Model(data["weights"], float(data["bias"]))
        rule = yaml.safe_load((ROOT / "rules" / f"{rid}.yaml").read_text(encoding="utf-8"))
        thresholds[rid] = float((rule.get("params") or {}).get("model") or 0)
    return models, thresholds


def bank_verdict(rec: dict, m: Model | None, mode: str, t: float) -> bool:
    """Does the rule fire (True) on a bank item framed as a letter (bank_records), under the combination?"""
    rule_ok = rec["status"] == "ok"
    if mode == "a" or m is None:
        return not rule_ok
    if mode == "b":
        return not (rule_ok or any(m.score(x) >= t for x in rec["cand"]))
    if mode == "bc":
        return bank_verdict(rec, m, "c", t[1]) and not any(m.score(x) >= t[0] for x in rec["cand"])
    if not rule_ok:
        return True
    return bool(rec["ruled"]) and not any(m.score(x) >= t for x in rec["ruled"])


def held_out_table(letters: list[dict], banks: list[dict], models: dict[str, Model],
                   combos: list[tuple[str, dict[str, float]]]) -> dict:
    """Per combination and rule: wrong verdicts (fp/fn) on the held-out letters and bank items."""
    rows = {}
    for name, spec in combos:
        mode, per_rule = spec["mode"], spec["t"]
        row = {}
        for rid in CONTENT:
            c = Counter()
            t = per_rule[rid] if isinstance(per_rule, dict) else per_rule
            if mode == "bc" and isinstance(per_rule, tuple) and isinstance(per_rule[0], dict):
                t = (per_rule[0][rid], per_rule[1])
            ms = spec.get("models", models)
            for L in letters:
                if rid in L["rules"]:
                    gold, pred = L["rules"][rid]["gold_fires"], verdicts(L, rid, ms.get(rid), mode, t)
                    c["l_fp"] += pred and not gold
                    c["l_fn"] += gold and not pred
                    c["l_n"] += 1
            for rec in banks:
                if rec["rule"] == rid:
                    gold, pred = not rec["want"], bank_verdict(rec, ms.get(rid), mode, t)
                    c["b_fp"] += pred and not gold
                    c["b_fn"] += gold and not pred
                    c["b_n"] += 1
            row[rid] = dict(c)
        rows[name] = row
    return rows


def print_held(rows: dict) -> None:
    rids = list(CONTENT)
    short = [r.split(".")[-1][:10] for r in rids]
    print("wrong verdicts per rule as letters fp+fn / bank items fp+fn (a rule firing where it should not = fp)")
    print(f"{'combo':14} " + " ".join(f"{s:>11}" for s in short) + "   letters  bank")
    for name, row in rows.items():
        cells = []
        for r in rids:
            c = row[r]
            cells.append(f"{c.get('l_fp', 0)}+{c.get('l_fn', 0)}/{c.get('b_fp', 0)}+{c.get('b_fn', 0)}")
        lw = sum(row[r].get("l_fp", 0) + row[r].get("l_fn", 0) for r in rids)
        bw = sum(row[r].get("b_fp", 0) + row[r].get("b_fn", 0) for r in rids)
        print(f"{name:14} " + " ".join(f"{x:>11}" for x in cells) + f"   {lw:7} {bw:5}")


# leave-stops-out: the sets and banks of the held-out stops against a model trained on everything before
SPLITS = {
    "stop 30 (hr..ht, banks t u)": 30,
    "stops 29-30 (hj..ht, banks o..u)": 29,
    "stops 28-30 (hc..ht, banks m..u)": 28,
}
_STOP_OF_SET = {s: (30 if ORDER.index(s) >= ORDER.index("hr") else 29 if ORDER.index(s) >= ORDER.index("hj")
                    else 28 if ORDER.index(s) >= ORDER.index("hc") else 0) for s in ORDER}


def _bank_stop(rec: dict) -> int:
    return BANK_STOP[rec["bank"][len("bank-"):-len(".yaml")]]


def stop_eval(letters: list[dict], banks: list[dict], shipped_dir: Path | None = None) -> dict:
    shipped, shipped_t = shipped_models(shipped_dir)
    grid = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99)
    report = {}
    for label, stop in SPLITS.items():
        tr = [L for L in letters if _STOP_OF_SET.get(L["set"], 0) < stop]
        te = [L for L in letters if _STOP_OF_SET.get(L["set"], 0) >= stop]
        btr = [r for r in banks if _bank_stop(r) < stop]
        bte = [r for r in banks if _bank_stop(r) >= stop]
        models = {rid: train(samples_for(tr, rid) + bank_samples(btr, rid)) for rid in CONTENT}
        combos = [("a concepts", {"mode": "a", "t": 0.0}),
                  ("shipped", {"mode": "b", "t": shipped_t, "models": shipped}),
                  ("new@shipped-t", {"mode": "b", "t": shipped_t}),
                  *[(f"b@{t}", {"mode": "b", "t": t}) for t in grid],
                  *[(f"c@{t}", {"mode": "c", "t": t}) for t in (0.05, 0.1, 0.2, 0.3)],
                  *[(f"shipped c@{t}", {"mode": "c", "t": t, "models": shipped}) for t in (0.05, 0.1, 0.2)],
                  *[(f"bc@ship,{t}", {"mode": "bc", "t": (shipped_t, t)}) for t in (0.05, 0.1, 0.2)]]
        rows = held_out_table(te, bte, models, combos)
        print(f"\n== HELD OUT {label}: {len(te)} letters, {len(bte)} bank items; trained on {len(tr)} letters, "
              f"{len(btr)} bank items (the shipped model saw neither: letters up to hf, banks up to n)")
        print_held(rows)
        report[label] = rows
    return report


def run_eval(data: Path, json_out: Path | None, bank: Path | None, shipped_dir: Path | None = None) -> None:
    with data.open("rb") as fh:
        letters = pickle.load(fh)
    report = {}
    if (data.parent / "banks.pkl").is_file():
        with (data.parent / "banks.pkl").open("rb") as fh:
            report.update(stop_eval(letters, pickle.load(fh), shipped_dir))
    report.update(arrival_eval(letters, data.parent))
    splits = {
        "hold fl..fs (train corpus+dev+p..fk)": ORDER[ORDER.index("fl"):ORDER.index("ft")],
        "hold fd..fk (train corpus+dev+p..fc)": ORDER[ORDER.index("fd"):ORDER.index("fl")],
    }
    for label, held in splits.items():
        cut = ORDER.index(held[0])
        train_sets = {"corpus", "dev", *ORDER[:cut]}
        tr = [L for L in letters if L["set"] in train_sets]
        te = [L for L in letters if L["set"] in held]
        models = {rid: train(samples_for(tr, rid)) for rid in CONTENT}
        rows = {m if m == "a" else f"{m}@{t}": evaluate(te, models, m, t) for m, t in COMBOS}
        report[label] = {"letters": len(te), "rows": rows, "train_sizes": {
            rid: Counter(lab for _, lab in samples_for(tr, rid)) for rid in CONTENT}}
        print(f"\n== TODAY'S RULES, {label}: {len(te)} held-out letters (the rules were fixed against most of them)")
        print_table(rows)
    if bank is not None:
        models = {rid: train(samples_for(letters, rid)) for rid in CONTENT}
        report["bank"] = bank_eval(bank, models)
    if json_out:
        json_out.write_text(json.dumps(report, indent=1, default=lambda o: dict(o)), encoding="utf-8")


def print_table(rows: dict) -> None:
    rids = list(CONTENT)
    short = [r.split(".")[-1][:9] for r in rids]
    print(f"{'combo':8} " + " ".join(f"{s:>9}" for s in short) + "  wrong(fp/fn)")
    for name, res in rows.items():
        cells = " ".join(f"{res[r]['f1']:.3f}/{res[r]['wrong']:<3}" for r in rids)
        fp = sum(res[r]["fp"] for r in rids)
        fn = sum(res[r]["fn"] for r in rids)
        print(f"{name:8} {cells}  {fp + fn} ({fp}/{fn})")


def bank_eval(bank: Path, models: dict[str, Model]) -> dict:
    """Each bank item as a one-paragraph letter with its profile: (a) rules, (b) rules OR model, (c) AND-NOT;
    models trained on all the letters (the bank is a separate test)."""
    from linter.readers import read_document
    from linter.runner import Runner, RunOptions

    items = yaml.safe_load(bank.read_text(encoding="utf-8"))
    runner = Runner(RunOptions())
    captured = {}
    letters = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, it in enumerate(items):
            p = Path(tmp) / f"item{k}.txt"
            p.write_text(it["text"] + "\n", encoding="utf-8")
            cfg = runner.config_for(str(p))
            engine = _capturing_engine(runner, cfg, captured)
            res = engine.check_document(read_document(str(p), cfg.limits), cfg=cfg, profile=it["profile"])
            a = captured["a"]
            rid = it["rule"]
            status = {c.rule: c.status for c in res.checklist}
            kind = engine.kinds[rid]
            sents = a.sentences
            idx = {s: i for i, s in enumerate(sents)}
            scope = [i for i, s in enumerate(sents) if kind.in_scope(a.structure.zones[a.block_index(s[0])])]
            letters.append({"toks": [sentence_tokens(a, s) for s in sents], "rules": {rid: {
                "gold_fires": not it["satisfies"], "rule_status": status.get(rid, "missing"),
                "rule_sents": sorted(idx[s] for s in rule_sentences(kind, a) if s in idx), "pos": [],
                "scope": scope}}})
    rows = {m if m == "a" else f"{m}@{t}": evaluate(letters, models, m, t) for m, t in COMBOS}
    print(f"\n== dev sentence bank ({len(items)} items; models trained on all letters)")
    print_table(rows)
    return rows


def arrivals(data_dir: Path) -> None:
    """Extract each held-out group with the code it arrived on: a `git archive` of that commit (its own
    rules and lexicons), with a lemma cache of its own; the features are still this checkout's."""
    import os
    import subprocess

    for groups in ARRIVALS.values():
        for sets, commit in groups:
            tree = data_dir / f"code-{commit}"
            if not tree.exists():
                tree.mkdir(parents=True)
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True,
                                         capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            env = {**os.environ, "BREVLINT_CACHE_DIR": str(data_dir / f"cache-{commit}")}
            env.pop("PYTHONPATH", None)
            subprocess.run([sys.executable, __file__, "extract", "--code", str(tree), "--sets", ",".join(sets),
                            "--data", str(data_dir / f"arr-{commit}.pkl")], check=True, env=env)


def export(data: Path, out: Path) -> None:
    """Train every rule's model on all the labelled letters and bank items and write one weights file per rule into
    the folder `out` (linter/kinds/require_model.py reads `<rule id>.require-sentences.json` when the rule first
    needs it)."""
    from linter.kinds.require_model import MODEL_SUFFIX

    with data.open("rb") as fh:
        letters = pickle.load(fh)
    with (data.parent / "banks.pkl").open("rb") as fh:
        banks = pickle.load(fh)
    out.mkdir(parents=True, exist_ok=True)
    for rid in CONTENT:
        samples = samples_for(letters, rid) + bank_samples(banks, rid)
        m = train(samples)
        model = {"about": f"brevlint require-kind sentence model of {rid}: logistic regression over lemma uni/bigrams "
                          "(linter/kinds/require_model.py), trained by bench/train_sentences.py on the satisfied_by "
                          "gold of tests/corpus, ../shared/corpus/dev and tests/blind and on tests/banks; weights only",
                 "rule": rid, "positives": sum(y for _, y in samples), "negatives": sum(1 - y for _, y in samples),
                 "bias": m.bias, "weights": dict(sorted(m.weights.items()))}
        path = out / (rid + MODEL_SUFFIX)
        path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size} bytes)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=["extract", "arrivals", "eval", "export"])
    ap.add_argument("--data", type=Path, default=Path("/tmp/s24/data.pkl"))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--bank", type=Path)
    ap.add_argument("--shipped", type=Path, help="`eval`: the baseline weights' folder (default linter/models; after "
                    "an export, a copy of the weights from before it)")
    ap.add_argument("--code", type=Path, help="extract with the linter of this tree (a `git archive` of an "
                    "arrival commit) instead of this checkout's")
    ap.add_argument("--sets", help="extract only these sets (comma-separated)")
    ap.add_argument("--model-out", type=Path, default=ROOT / "linter" / "models",
                    help="where `export` writes the weights (the hook patch reads linter/models/)")
    args = ap.parse_args(argv)
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
    if args.cmd == "extract":
        extract(args.data, set(args.sets.split(",")) if args.sets else None)
        if not args.sets and not args.code:
            extract_banks(args.data.parent / "banks.pkl")
    elif args.cmd == "arrivals":
        arrivals(args.data.parent)
    elif args.cmd == "export":
        export(args.data, args.model_out)
    else:
        run_eval(args.data, args.json, args.bank, args.shipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
