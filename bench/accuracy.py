"""Accuracy benchmark: run the real CLI on a labelled corpus and score every rule.

    python bench/accuracy.py CORPUS_DIR [--true-profile] [--json OUT] [-v] [--all-terms] [--brevlint CMD]

The corpus format is in shared/spec/RULES.md: NAME.txt|.docx with NAME.expected.yaml. Keys this
script does not know are ignored; an optional `sender:` label ({name, phones: {personal, department},
emails: {personal, department}}) is scored as P/R of the letter model's sender name, phone and e-mail
attribution, apart from the rule scores.
Document-level rules are scored per letter (TP/FP/FN over the rules of the true
profile); sprog.jargon and sprog.kancellisprog per term (sets of lemmas);
skabelon.pladsholder by count. A flagged term outside RULES.md's core and plain lists is not
counted against a rule (the lexicons may know more terms) unless --all-terms is given.

Sentence level (letters whose expected.yaml has `satisfied_by:`, rule -> verbatim text of the
sentence(s) that satisfy it): a checklist entry is right when it is "ok" and its span overlaps one
of them. Per rule: TP right, FP "ok" on the wrong sentence or for a rule that should fire, FN a gold
requirement not pointed at. Per concept (the entry's evidence): how many entries it decided and how
many of them were right (precision), and its recall over the gold requirements of the rules that
use it.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

DOC_RULES = {
    "kontakt.navn": "all", "kontakt.telefon": "all", "kontakt.email": "all", "kontakt.afdeling": "all",
    "sundhed.nuvaerende-job": ["sundhed-til-job"], "sundhed.prognose": ["sundhed-til-job"],
    "sundhed.skaanehensyn": ["sundhed-til-job"], "sundhed.funktionsniveau": ["sundhed-til-job"],
    "sundhed.tidsplan": ["sundhed-til-job"], "job.frist": ["job-til-sundhed"],
    "job.efterspurgt-info": ["job-til-sundhed"], "job.formaal": ["job-til-sundhed"],
    "samtykke": ["sundhed-til-job", "job-til-sundhed"], "sprog.lix": "all",
}
TERM_RULES = {"sprog.jargon": "jargon", "sprog.kancellisprog": "kancellisprog"}

# RULES.md: corpora are labelled against these core lists; a flagged term counts as a false
# positive when it is a core term not labelled, or a term RULES.md calls plain. Other terms the
# lexicons know may be flagged (the rules "may know many more terms").
CORE = {
    "jargon": {
        "diskusprolaps", "prolaps", "radikulopati", "lumbago", "ischias", "spinalstenose", "spondylolistese",
        "facetledssyndrom", "paræstesi", "centralsensitisering", "kinesiofobi", "mr-scanning", "nsaid", "adl",
        "vas", "jobafklaringsforløb", "ressourceforløb", "rehabiliteringsteam", "revurdering",
        "mulighedserklæring", "læ 265", "§ 56-aftale", "arbejdsprøvning", "virksomhedspraktik",
        "delvis raskmelding", "fleksjob", "varighedsbegrænsning", "rundbordssamtale", "fremskudt sagsbehandling",
        # plain (never flagged)
        "sygedagpenge", "sygedagpengesag", "sygemeldt", "sygemelding", "skånehensyn", "funktionsniveau",
        "funktionsevne", "arbejdsevne", "opfølgningssamtale", "samtykkeerklæring", "genoptræning", "forflytning",
        "scanning", "fysioterapeut", "kiropraktor", "ergoterapeut", "rygambulatorium", "jobcenter",
        "sundhedscenter"},
    "kancellisprog": {
        "såfremt", "endvidere", "i henhold til", "fremsende", "jf.", "vedrørende", "herunder", "eftersom", "idet",
        "påbegynde", "foranlediget", "hermed", "herved", "bedes", "ovennævnte", "ovenstående", "nedenstående",
        "nærværende", "undertegnede", "med henblik på", "samt", "hvorvidt", "hvorledes", "anmode", "anmodning",
        "således", "pågældende", "under henvisning til", "hidtidig", "fremkomme med", "hvad angår",
        "i relation til", "varetage", "forelægge", "i bekræftende fald", "iværksætte", "på nuværende tidspunkt",
        "skrivelse", "samtlige", "i forbindelse med", "ligeledes", "tillige", "erholde", "påregne", "fremadrettet",
        "tilsende",
        # plain (never flagged)
        "vedlagt", "vedlagte", "følgende", "i form af", "henvendelse", "hvilket", "ligesom", "i så fald",
        "venligst", "vedr."},
}


def applies(rule: str, profile: str) -> bool:
    p = DOC_RULES[rule]
    return p == "all" or profile in p


def letters(corpus: Path) -> list[tuple[Path, dict]]:
    out = []
    for exp in sorted(corpus.rglob("*.expected.yaml")):
        stem = exp.name[: -len(".expected.yaml")]
        for suffix in (".txt", ".docx", ".md"):
            doc = exp.with_name(stem + suffix)
            if doc.exists():
                out.append((doc, yaml.safe_load(exp.read_text(encoding="utf-8"))))
    return out


def run_cli(cmd: list[str], files: list[Path], profile: str | None) -> dict[str, dict]:
    args = [*cmd, "check", "--format", "json", "--fail-level", "error"]
    if profile:
        args += ["--profile", profile]
    proc = subprocess.run([*args, *map(str, files)], capture_output=True, text=True)
    if proc.returncode not in (0, 1, 2) or not proc.stdout.strip():
        sys.exit(f"brevlint failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(proc.stdout)
    return {f["path"]: f for f in data["files"]}


_RUNNER = None


def run_inprocess(files: list[Path], profile: str | None) -> dict[str, dict]:
    """The same results as the CLI's JSON, from one shared in-process engine (for tests)."""
    global _RUNNER
    from linter.reporters.json_reporter import result_dict
    from linter.runner import Runner, RunOptions

    if _RUNNER is None:
        _RUNNER = Runner(RunOptions())
    _RUNNER.opts.profile = profile
    return {str(f): result_dict(_RUNNER.check_file(str(f))) for f in files}


def score(corpus: Path, cmd: list[str] | None, true_profile: bool, all_terms: bool = False) -> dict:
    """Score a corpus; `cmd` runs the CLI in a subprocess, None checks in-process."""
    def run(files: list[Path], profile: str | None) -> dict[str, dict]:
        return run_inprocess(files, profile) if cmd is None else run_cli(cmd, files, profile)

    items = letters(corpus)
    if not items:
        sys.exit(f"no labelled letters in {corpus}")
    results: dict[str, dict] = {}
    if true_profile:
        by_profile: dict[str, list[Path]] = {}
        for doc, exp in items:
            by_profile.setdefault(exp["profile"], []).append(doc)
        for prof, docs in by_profile.items():
            results.update(run(docs, prof))
    else:
        results = run([d for d, _ in items], None)

    counts: dict[str, Counter] = {r: Counter() for r in [*DOC_RULES, *TERM_RULES, "skabelon.pladsholder"]}
    profile_ok = 0
    errors = []
    mistakes: list[str] = []
    for doc, exp in items:
        res = results[str(doc)]
        if res.get("error"):
            errors.append(f"{doc.name}: {res['error']['message']}")
            continue
        prof = exp["profile"]
        profile_ok += res["profile"] == prof
        fired = {f["rule"] for f in res["findings"]}
        want = set(exp.get("fires") or [])
        for rule in DOC_RULES:
            if not applies(rule, prof):
                continue
            got, exp_fire = rule in fired, rule in want
            key = "tp" if got and exp_fire else "fp" if got else "fn" if exp_fire else "tn"
            counts[rule][key] += 1
            if key in ("fp", "fn"):
                mistakes.append(f"{key.upper()} {rule:24} {doc.name}")
        for rule, key in TERM_RULES.items():
            got_terms = {(f["term"] or "").lower() for f in res["findings"] if f["rule"] == rule}
            want_terms = {t.lower() for t in exp.get(key) or []}
            if not all_terms:
                got_terms = {t for t in got_terms if t in CORE[key] or t in want_terms}
            counts[rule]["tp"] += len(got_terms & want_terms)
            counts[rule]["fp"] += len(got_terms - want_terms)
            counts[rule]["fn"] += len(want_terms - got_terms)
            for t in sorted(got_terms - want_terms):
                mistakes.append(f"FP {rule:24} {doc.name}: {t}")
            for t in sorted(want_terms - got_terms):
                mistakes.append(f"FN {rule:24} {doc.name}: {t}")
        if "pladsholder" in exp:
            n = sum(1 for f in res["findings"] if f["rule"] == "skabelon.pladsholder")
            want_n = exp["pladsholder"] or 0
            c = counts["skabelon.pladsholder"]
            c["tp"] += min(n, want_n)
            c["fp"] += max(0, n - want_n)
            c["fn"] += max(0, want_n - n)
            if n != want_n:
                mistakes.append(f"{'FP' if n > want_n else 'FN'} skabelon.pladsholder     {doc.name}: {n} != {want_n}")

    sentences = score_sentences(items, results, mistakes)
    sender = score_sender(items, results, mistakes)
    table = {}
    for rule, c in counts.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        table[rule] = {"tp": tp, "fp": fp, "fn": fn, "tn": c["tn"], "precision": p, "recall": r, "f1": f1}
    n = len(items) - len(errors)
    return {
        "corpus": str(corpus), "letters": len(items), "true_profile": true_profile,
        "profile_accuracy": profile_ok / n if n else 0.0, "rules": table,
        "macro": {k: sum(v[k] for v in table.values()) / len(table) for k in ("precision", "recall", "f1")},
        "errors": errors, "mistakes": mistakes, "sentences": sentences, "sender": sender,
    }


def _gold_spans(text: str, subs: str | list[str]) -> list[tuple[int, int, int, int]]:
    """(line, first column, last line, column after) of every occurrence of every gold text, 1-based. The gold text
    is found whatever the white space between its words: a writer copies a sentence as one line from a letter that
    wraps it over two (a hard-wrapped letter), and such a gold text must still be found, not counted as missed."""
    out = []
    # the blind sets give one text per rule as a plain string, tests/corpus a list: a string must not be read as a
    # list of its characters (every checklist span would then overlap some one-letter "gold text")
    for sub in [subs] if isinstance(subs, str) else subs:
        words = str(sub).split()
        if not words:
            continue
        for m in re.finditer(r"\s+".join(map(re.escape, words)), text):
            out.append((*_line_col(text, m.start()), *_line_col(text, m.end())))
    return out


def _line_col(text: str, pos: int) -> tuple[int, int]:
    return text.count("\n", 0, pos) + 1, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _overlaps(item: dict, spans: list[tuple[int, int, int, int]]) -> bool:
    """The checklist span (which may cover lines, e.g. a form's question and its answer) overlaps a gold span."""
    first, last = (item["line"], item["column"]), (item.get("end_line") or item["line"], item["end_column"])
    return any((line, start) < last and first < (end_line, end) for line, start, end_line, end in spans)


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_sentences(items, results: dict[str, dict], mistakes: list[str]) -> dict:
    """Checklist spans against the `satisfied_by` gold (plain-text letters only), two ways.

    `rules` (the writer's sentence): an "ok" entry is right when its span overlaps the writer's text for the rule.
    `reader` (a sentence a reader would accept): also right when it points at another sentence that proves the rule
    the same way, the writer's gold being one of several: `_alternate` (the writer's own sentence satisfies the rule
    in the rule's own reading by a concept group, the entry's evidence is that same group, and the entry's sentence
    is not the one the writer gave as the proof of a different rule). Everything else counts as in `rules`: an entry
    for a rule that should fire, a missing entry, and a sentence where the rule does not read the writer's one."""
    per_rule: dict[str, Counter] = {}
    per_concept: dict[str, Counter] = {}
    letters_scored = 0
    for doc, exp in items:
        gold = exp.get("satisfied_by")
        res = results.get(str(doc))
        if not gold or not res or res.get("error") or doc.suffix not in (".txt", ".md"):
            continue
        letters_scored += 1
        text = doc.read_text(encoding="utf-8-sig")
        checklist = {c["rule"]: c for c in res.get("checklist", [])}
        fires = set(exp.get("fires") or [])
        for rule, item in checklist.items():
            if rule not in gold and not (rule in fires and item["status"] == "ok"):
                continue
            c = per_rule.setdefault(rule, Counter())
            right = rule in gold and item["status"] == "ok" and _overlaps(item, _gold_spans(text, gold[rule]))
            accepted = right or (rule in gold and item["status"] == "ok" and _alternate(doc, text, gold, rule, item))
            if right:
                c["tp"] += 1
            else:
                if item["status"] == "ok":
                    c["fp"] += 1
                if rule in gold:
                    c["fn"] += 1
                where = f"line {item['line']}" if item["status"] == "ok" else item["status"]
                mistakes.append(f"SENT {rule:22} {doc.name}: {where}" + (" (alternate proof)" if accepted else ""))
            if accepted:
                c["rtp"] += 1
            else:
                c["rfp"] += item["status"] == "ok"
                c["rfn"] += rule in gold
            for concept in item["evidence"] if item["status"] == "ok" else []:
                per_concept.setdefault(concept, Counter())["right" if right else "wrong"] += 1
            if rule in gold:
                for concept in _rule_concepts(rule):
                    per_concept.setdefault(concept, Counter())["gold"] += 1
    concepts = {}
    for name, c in sorted(per_concept.items()):
        decided = c["right"] + c["wrong"]
        concepts[name] = {"decided": decided, "right": c["right"], "gold": c["gold"],
                          "precision": c["right"] / decided if decided else 1.0,
                          "recall": c["right"] / c["gold"] if c["gold"] else 1.0}
    return {"letters": letters_scored,
            "rules": {r: _prf(c["tp"], c["fp"], c["fn"]) for r, c in sorted(per_rule.items())},
            "reader": {r: _prf(c["rtp"], c["rfp"], c["rfn"]) for r, c in sorted(per_rule.items())},
            "concepts": concepts}


_ENGINE = None


def _alternate(doc: Path, text: str, gold: dict, rule: str, item: dict) -> bool:
    """The entry points at another proof a reader would accept than the writer's: (1) the writer's sentence
    satisfies the rule in the rule's own reading (`RequireKind.statements`: a letter usually holds several sentences
    that satisfy a rule, and the writer named one), by the concept group G; (2) the entry's evidence is G, so its
    sentence proves the rule the same way; (3) its sentence is not the writer's proof of another rule (an
    accommodation's time is no treatment plan; the writer said which sentence proves which rule). Read in this
    process (the letter is analysed again), only for entries that miss the writer's sentence."""
    global _ENGINE
    if any(_overlaps(item, _gold_spans(text, subs)) for other, subs in gold.items() if other != rule):
        return False
    from linter.engine.engine import Engine
    from linter.readers import read_document

    if _ENGINE is None:
        _ENGINE = Engine()
    kind = _ENGINE.kinds.get(rule)
    if kind is None or not hasattr(kind, "statements"):
        return False
    a = _ENGINE.analyse(read_document(str(doc)))
    groups = []
    for sub in [gold[rule]] if isinstance(gold[rule], str) else gold[rule]:
        words = str(sub).split()
        m = re.search(r"\s+".join(map(re.escape, words)), a.text) if words else None
        if m:
            groups += [g for (s, e), g in kind.statements(a) if s < m.end() and m.start() < e]
    return list(item["evidence"]) in groups


_CONCEPTS: dict[str, list[str]] = {}


def _rule_concepts(rule: str) -> list[str]:
    """The concepts a require rule is addressed by (from its YAML in rules/)."""
    if rule not in _CONCEPTS:
        path = Path(__file__).resolve().parent.parent / "rules" / f"{rule}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        found: list[str] = []
        for item in (data.get("params") or {}).get("concepts", []):
            for name in [item] if isinstance(item, str) else item:
                if name not in found:
                    found.append(name)
        _CONCEPTS[rule] = found
    return _CONCEPTS[rule]


def _digits(value: str) -> str:
    d = "".join(ch for ch in str(value) if ch.isdigit())
    return d[-8:] if len(d) > 8 else d


def _gold_pairs(gold: dict, key: str, norm) -> set[tuple[str, bool]]:
    both = gold.get(key) or {}
    # a template field in a gold label («Direkte_tlf», «Sagsbehandler_email») is no number or address either: scored
    # as the model's side is (below), real ones only
    return {(norm(v), personal) for personal, side in ((True, "personal"), (False, "department"))
            for v in (both.get(side) or [])
            if ("@" in str(v) if key == "emails" else len(_digits(v)) == 8)}


def score_sender(items: list[tuple[Path, dict]], results: dict[str, dict], mistakes: list[str]) -> dict:
    """P/R of the letter model's sender attribution against gold `sender:` labels, per component:
    the name (exact, case-insensitive), phones and e-mails (number/address with personal or department)."""
    c = {k: Counter() for k in ("name", "phones", "emails")}
    labelled = 0
    for doc, exp in items:
        gold = exp.get("sender")
        res = results[str(doc)]
        if not isinstance(gold, dict) or res.get("error"):
            continue
        labelled += 1
        got = res.get("sender") or {}
        g_name = (gold.get("name") or "").strip().casefold() or None
        if g_name and " " not in g_name:
            # RULES.md: a first name alone (or initials) is no name; writers' sender labels differ here (some
            # give it as written, some null), so a one-word gold name is read as null, as the rule reads it
            g_name = None
        p_name = (got.get("name") or "").strip().casefold() or None
        if g_name and p_name == g_name:
            c["name"]["tp"] += 1
        else:
            c["name"]["fp"] += p_name is not None
            c["name"]["fn"] += g_name is not None
            if p_name != g_name:
                mistakes.append(f"SENDER name {doc.name}: {p_name!r} != gold {g_name!r}")
        for key, field, norm in (("phones", "number", _digits), ("emails", "address", str.lower)):
            want = _gold_pairs(gold, key, norm)
            # a template field («Telefon», «Email») is no number or address: gold labels list real ones only
            have = {(norm(x[field]), bool(x["personal"])) for x in got.get(key) or []
                    if ("@" in x[field] if key == "emails" else len(_digits(x[field])) == 8)}
            c[key]["tp"] += len(want & have)
            c[key]["fp"] += len(have - want)
            c[key]["fn"] += len(want - have)
            for v, personal in sorted(have - want):
                mistakes.append(f"SENDER FP {key} {doc.name}: {v} {'personal' if personal else 'department'}")
            for v, personal in sorted(want - have):
                mistakes.append(f"SENDER FN {key} {doc.name}: {v} {'personal' if personal else 'department'}")
    out: dict = {"letters": labelled}
    for k, v in c.items():
        tp, fp, fn = v["tp"], v["fp"], v["fn"]
        out[k] = {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
                  "recall": tp / (tp + fn) if tp + fn else 1.0}
    return out


def render(s: dict) -> str:
    lines = [f"corpus {s['corpus']}: {s['letters']} letters"
             + (" (true profile given)" if s["true_profile"] else ""),
             f"{'rule':26} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'rec':>6} {'F1':>6}"]
    for rule, v in s["rules"].items():
        lines.append(f"{rule:26} {v['tp']:4} {v['fp']:4} {v['fn']:4} "
                     f"{v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
    m = s["macro"]
    lines.append(f"{'macro average':26} {'':14} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    lines.append(f"profile detection accuracy: {s['profile_accuracy']:.3f}")
    sent = s.get("sentences") or {}
    if sent.get("letters"):
        lines.append(f"sentence level (satisfied_by, {sent['letters']} letters): does the checklist point at the "
                     "sentence that satisfies the rule?")
        lines.append(f"{'rule':26} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'rec':>6} {'F1':>6}")
        for rule, v in sent["rules"].items():
            lines.append(f"{rule:26} {v['tp']:4} {v['fp']:4} {v['fn']:4} "
                         f"{v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
        lines.append("a sentence a reader would accept (the writer's, or another proof of the rule by the same "
                     "concept group that the writer gave for no other rule):")
        for rule, v in sent["reader"].items():
            lines.append(f"{rule:26} {v['tp']:4} {v['fp']:4} {v['fn']:4} "
                         f"{v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
        lines.append(f"{'concept':26} {'decided':>7} {'right':>6} {'gold':>5} {'prec':>6} {'rec':>6}")
        for name, v in sent["concepts"].items():
            lines.append(f"{name:26} {v['decided']:7} {v['right']:6} {v['gold']:5} "
                         f"{v['precision']:6.3f} {v['recall']:6.3f}")
    snd = s.get("sender") or {}
    if snd.get("letters"):
        lines.append(f"sender attribution ({snd['letters']} letters with gold sender labels):")
        for k in ("name", "phones", "emails"):
            v = snd[k]
            lines.append(f"  {k:8} TP {v['tp']:4} FP {v['fp']:4} FN {v['fn']:4}  "
                         f"precision {v['precision']:.3f}  recall {v['recall']:.3f}")
    for e in s["errors"]:
        lines.append(f"ERROR {e}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--true-profile", action="store_true", help="pass the labelled profile to brevlint")
    ap.add_argument("--json", type=Path, help="write the scores as JSON")
    ap.add_argument("--brevlint", default="brevlint", help="command that runs brevlint")
    ap.add_argument("--in-process", action="store_true", help="check in this Python process, not via the CLI")
    ap.add_argument("-v", "--verbose", "--show-mistakes", dest="show_mistakes", action="store_true",
                    help="list every false positive / false negative")
    ap.add_argument("--all-terms", action="store_true",
                    help="count every flagged term not labelled as a false positive (not only core/plain ones)")
    a = ap.parse_args()
    s = score(a.corpus, None if a.in_process else shlex.split(a.brevlint), a.true_profile, a.all_terms)
    print(render(s))
    if a.show_mistakes:
        print("\n".join(s["mistakes"]))
    if a.json:
        a.json.write_text(json.dumps(s, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
