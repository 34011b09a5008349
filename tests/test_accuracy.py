"""The accuracy benchmark over the labelled letters: every rule meets the issue-3 bar.

Scores tests/corpus/ (the project's own b-* and k-* letters) and, when it is beside the
checkout, ../shared/corpus/dev, with the true profile given, so that each rule is judged on
its own and not through profile detection (which test_profiles.py covers). The scorer is
bench/accuracy.py itself, checking in-process with the CLI's runner and JSON shape (one engine
for both corpora keeps the test fast); `test_cli_scoring_matches` runs it once through the CLI.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
DOC_MIN = 0.95  # precision and recall of every document-level rule
TERM_MIN_F1 = 0.9  # sprog.jargon and sprog.kancellisprog, per term
# Rules scored here that another branch owns are reported but not asserted by this test.
OTHERS = {"kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling", "skabelon.pladsholder"}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _cli() -> list[str]:
    exe = shutil.which("brevlint", path=str(Path(sys.executable).parent)) or shutil.which("brevlint")
    return [exe] if exe else [sys.executable, "-m", "linter.cli"]


@pytest.fixture(scope="module")
def bench():
    return _bench()


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.parent.name + "/" + p.name)
def test_rules_meet_accuracy_bar(bench, corpus):
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not there (the shared corpus sits beside the checkout)")
    s = bench.score(corpus, None, true_profile=True)
    assert not s["errors"], s["errors"]
    report = bench.render(s) + "\n" + "\n".join(s["mistakes"])
    low = []
    for rule, v in s["rules"].items():
        if rule in OTHERS:
            continue
        if rule in bench.TERM_RULES:
            if v["f1"] < TERM_MIN_F1:
                low.append(f"{rule} F1 {v['f1']:.3f}")
        elif v["precision"] < DOC_MIN or v["recall"] < DOC_MIN:
            low.append(f"{rule} P {v['precision']:.3f} R {v['recall']:.3f}")
    assert not low, "below the bar: " + ", ".join(low) + "\n" + report


def test_own_corpus_covers_every_rule_both_ways(bench):
    """The b-* letters exercise each content rule firing and not firing, in all three profiles."""
    items = [(d, e) for d, e in bench.letters(ROOT / "tests" / "corpus") if d.name.startswith("b-")]
    assert len(items) >= 16
    profiles = {e["profile"] for _, e in items}
    assert profiles == {"sundhed-til-job", "job-til-sundhed", "generel"}
    for rule, where in bench.DOC_RULES.items():
        if rule.startswith("kontakt.") or where == "all":
            continue
        scored = [e for _, e in items if bench.applies(rule, e["profile"])]
        fired = [e for e in scored if rule in (e.get("fires") or [])]
        assert fired and len(fired) < len(scored), f"{rule}: fires in {len(fired)} of {len(scored)} letters"
    for _, e in items:
        assert set(e) >= {"profile", "fires", "jargon", "kancellisprog", "pladsholder"}


@pytest.mark.slow
def test_cli_scoring_matches_in_process(bench):
    """The subprocess path (what `python bench/accuracy.py` does) gives the same scores."""
    corpus = ROOT / "tests" / "corpus"
    via_cli = bench.score(corpus, _cli(), true_profile=False)
    in_proc = bench.score(corpus, None, true_profile=False)
    assert via_cli["rules"] == in_proc["rules"]
    assert via_cli["profile_accuracy"] == in_proc["profile_accuracy"]


# The blind sets (tests/blind/README.md): written and labelled from RULES.md by people who had not
# read the code, scored on arrival, then kept (see the README for which were fixed against later).
# This is a floor against regressions (today's detected-profile figures, rounded down), not the
# issue's quality bar.
BLIND_FLOORS = {"p": (1.00, 0.95), "q": (1.00, 0.95), "r": (1.00, 1.00), "s": (1.00, 1.00), "t": (1.00, 0.95),
                "u": (0.97, 0.95), "v": (1.00, 0.95), "w": (1.00, 0.95), "x": (1.00, 0.95), "y": (1.00, 1.00),
                "z": (1.00, 1.00), "zz": (1.00, 1.00),
                "fa": (1.00, 1.00), "fb": (1.00, 1.00),
                "fc": (1.00, 1.00), "fd": (1.00, 1.00),
                "fe": (1.00, 1.00), "ff": (1.00, 1.00),
                "fg": (0.99, 1.00), "fh": (1.00, 1.00),
                "fi": (1.00, 1.00), "fj": (1.00, 1.00), "fk": (1.00, 1.00),
                "fl": (1.00, 1.00), "fm": (1.00, 1.00), "fn": (1.00, 1.00), "fo": (1.00, 1.00),
                "fp": (1.00, 1.00), "fq": (1.00, 0.95),
                "fr": (1.00, 1.00), "fs": (1.00, 1.00),
                # stop 24: written at the start of the stop, scored on arrival (start code 0.881 / 0.986 /
                # 0.916), then on the code after the stop's two rounds (0.89 / 0.98 / 0.92); given to the developers
                # after that, at 1.00 once their classes were fixed (a memo head's contact person, a span read as a
                # deadline, unusual wordings of none-needed and purpose, a return to one's job)
                "ft": (1.00, 1.00), "fu": (1.00, 1.00), "fv": (1.00, 1.00),
                # stop 24, never fixed against: scored on the start code and on the stop's final code
                # (arrival figures, tests/blind/README.md); floors a little under the final figure
                # (stop 26, branches s26content and s26sender: fw, fx and fz's content mistakes fixed as classes:
                # resuming one's "nuværende stilling", the relief an aid is for, the job's routine load, the job's own
                # clients again; fx, fy and ga's sender and direction classes)
                "fw": (1.00, 1.00), "fx": (0.98, 1.00), "fy": (1.00, 1.00), "fz": (1.00, 1.00), "ga": (1.00, 1.00),
                # stop 25: arrival on the start code (c03db26) gb 0.962 / 0.917, gc 0.897 / 0.958; their profile
                # misses fixed as classes (the citizen writing, a job centre writing to an employer); content
                # mistakes left for the concept owners (tests/blind/README.md)
                "gb": (0.96, 1.00), "gc": (0.89, 1.00),
                # stop 25 round 3: arrival on the stop's start code gh 0.985 / 1.000 (1 wrong: a return worded as
                # being back at the workplace, "kan være tilbage i salonen"); fixed as a class (s25sund3)
                "gh": (1.00, 1.00),
                # stop 25, second pair: arrival on the stop's start code gk 0.989 / 0.958, gl 0.923 / 0.958 (main
                # then gk 0.989 / 1.000); branch s25gl fixed minutes by one side's professional (gl-08), a talk or an
                # estimate as the answer a deadline is for (gl-18), a negated phrase after a term (gl-03); gl-09's
                # sundhed mistakes and gk-24's phone are left to their owners (tests/blind/README.md)
                "gk": (0.98, 1.00), "gl": (0.94, 1.00),
                # stop 25: held out until the last round (arrival on the start code gd 0.713 / 1.000 / 8 wrong,
                # ge 0.892 / 1.000 / 5; mid-stop gd + ge 0.864 / 1.000 / 10), then given to the developers as dev
                # material (branches s25gdge, s25gdge2, and the lead's gd-13 class): fixed against
                "gd": (1.00, 1.00), "ge": (1.00, 1.00),
                # stop 25: held out to the end (never fixed against); the same figure on the stop's start code and
                # its final code (12 wrong verdicts on 96 letters both times): floors at the final figure
                # stop 26: their mistakes fixed as classes — s26content (an empty numbered form section, a
                # psychologist's accommodations and function, a partial sick-leave return now, a case named by its kind
                # as no purpose) and s26sender (a business consultant to an employer, shared mailboxes, a call order
                # with the author's number)
                "gf": (1.00, 1.00), "gg": (0.98, 1.00), "gi": (1.00, 1.00), "gj": (0.99, 1.00),
                # stop 26's dev sets, written from RULES.md by writers who never saw the code; floors at their
                # arrival on the stop's start code (a71270e): gn 0.886 / 1.000, go 0.962 / 0.958; gn 0.989 after
                # s26content2 (a kind of work is no current job, thanks under an empty label answer nothing), go 1.000
                # after s26content3 (an outlook followed by a doubt joined with "men" keeps the outlook)
                "gn": (0.98, 1.00), "go": (1.00, 0.95),
                # stop 26: held out to the end (never fixed against before the figure); the same figure on the stop's
                # start code (a71270e) and its final code (11 wrong verdicts on 72 letters both times): floors at it;
                # after the figure, s26after3 (a step on the placement's tasks and a partner deciding as purpose, "klar
                # til et fuldt job" and "det er … realistisk fra" as outlook, a work vehicle by its name as the job),
                # s26after1 (a greeting running on into the text, trade mail domains) and s26after2 (a name field beside
                # one's own filled-in details; a signature under a greeting paragraph that holds the text)
                # stop 27 (s27profile: a copy field, internal notes; s27content: gq-05's relief by surgery, gq-16's
                # request in passing): all three 1.000 / 1.000
                "gm": (1.00, 1.00), "gp": (1.00, 1.00), "gq": (1.00, 1.00),
                # stop 27's dev sets, written from RULES.md by writers who never saw the code; arrival on the stop's
                # start code (09ce7e3): gs 0.974 / 0.917, gu 0.872 / 0.958, gv 0.925 / 0.917, gw 0.978 / 0.958; floors
                # at their figure after the stop's classes (tests/blind/README.md)
                "gs": (1.00, 1.00), "gu": (1.00, 1.00), "gv": (1.00, 1.00), "gw": (1.00, 1.00),
                # a fifth dev set written during the stop: arrival 0.974 / 0.958 on the start code, 1.000 after
                "gy": (1.00, 1.00),
                # stop 28's dev set he (hurried short mails and notes, content in passing): arrival 0.812 / 0.958 / 6
                # wrong on the stop's start code (a91d279), 1.000 / 1.000 after s28he (tests/blind/README.md)
                "he": (1.00, 1.00),
                # stop 28's dev set hf (direction and authorship hard to tell: copies, forwards, secretaries, system
                # fields, initials): arrival 0.917 / 0.958 / 9 wrong on a91d279, 1.000 / 1.000 after s28hf
                "hf": (1.00, 1.00),
                # stop 29's dev set hj (language: jargon explained or not, officialese, long sentences, content in
                # unusual wordings): arrival 0.949 / 1.000 / 2 wrong on the stop's start code (54c4690); hj-19 fixed by
                # s29hj (a meeting referred to, "under henvisning til samtalen", is no deadline); hj-07 (consent given
                # by the employer, not the citizen) left to s29job's class
                "hj": (0.97, 1.00),
                # stop 29's second pair of dev sets (written mid-stop): hm (the health side's hardest content) arrival
                # 0.989 / 0.958 / 1 wrong, hn (the job centre's requests, 13 of 24) 0.981 / 1.000 / 2, on the start code
                # and on main 8e7b97b alike; hm 1.000 / 0.958 / 0 wrong after s29r2health (hm-04: the citizen's own
                # salon taken on again under an expectation; left: hm-23's profile, a spouse's letter); hn 1.000 /
                # 1.000 / 0 after s29r2job (a topic in the centre's own time clause or its own weighing is not what is
                # asked: hn-09, hn-11)
                "hm": (1.00, 0.95), "hn": (1.00, 1.00),
                # stop 30's dev set hr (requirements the way real writers word them, beside their near misses): arrival
                # on main 980d9f4 0.942 / 1.000 / 3 wrong (+ a placeholder count); 1.000 / 1.000 / 0 after s30hr (a
                # citizen by full name asking the writer to send; another job by its kind of tasks is the outlook; a
                # deadline before a meeting named only "samtale"/"møde" needs the meeting dated; a bracketed field in
                # ordinary case) (tests/blind/README.md)
                "hr": (1.00, 1.00),
                # stop 30's dev set hu (forms with empty, "-" or "Se ovenfor" fields, Q/A sheets, templates, printouts,
                # initials, second professionals): arrival on main 980d9f4 0.949 / 1.000 / 2 wrong, 1.000 / 1.000 / 0
                # after s30hu (a field "Kan ikke vurderes endnu" is unanswered; a vague stretch "i lang tid ad gangen"
                # is no functional level; a service line framed "*** … ***" is set aside like a bare one)
                "hu": (1.00, 1.00),
                # stop 29: held out to the end (hg, hh, hi written at the start; hk, hl mid-stop); the same figure on
                # the stop's start code (54c4690) and its final code (e130e87), 9 wrong verdicts on 120 letters both
                # times: floors at it (tests/blind/README.md); after the figure s29afterp (profiles: a job centre to an
                # employer, an internal note; names, a branch mailbox) and s29afterc (content classes): all five
                # 1.000 / 1.000 / 0 (left: hg-21's and hg-24's department phones, no verdict)
                "hg": (1.00, 1.00), "hh": (1.00, 1.00), "hi": (1.00, 1.00), "hk": (1.00, 1.00), "hl": (1.00, 1.00),
                # stop 30: held out to the end (ho, hp, hq written at the start; hs, ht mid-stop, also scored on
                # the start code 980d9f4). Arrival 120 letters 0.945 / 0.950 / 19 wrong; the final code before any
                # fix against them 0.948 / 0.958 / 16 (the dev rounds' classes: a named secretary's line, a union by
                # its own words, a printout's framed service line). Floors at the final figure (tests/blind/README.md);
                # after the figure s30afterp (hq 0.914 / 0.958 / 5: a Q/A sheet's author field wrapped onto an indented
                # line keeps its phone and mail lines the author's) and s30afterc (content and jargon: ho 0.886 / 3)
                "ho": (0.88, 0.95), "hp": (0.92, 0.95), "hq": (0.91, 0.95), "hs": (0.98, 0.95), "ht": (1.00, 1.00),
                # stop 27: held out to the end (gr, gt written at the start, gx during the stop); the same figure on the
                # stop's start code (09ce7e3) and its final code (0e80f39), 9 wrong verdicts on 72 letters both times:
                # floors at it (tests/blind/README.md); after the figure (s27after1, s27after2): gr 0.949 / 1.000, gx
                # 0.963 / 1.000
                "gr": (0.94, 1.00), "gt": (0.97, 1.00), "gx": (0.96, 1.00),
                # stop 28's dev sets hc (odd layouts) and hd (hard content cases), written from RULES.md by writers who
                # never saw the code; arrival on a91d279 hc 1.000 / 1.000 / 0 wrong, hd 0.922 / 0.958 / 4 wrong; hd
                # 1.000 / 1.000 after s28hd (sessions ahead named "de sidste", a level limited to a kind of activity,
                # advice with a time or place before the verb and aids in the plural, the writer's part in the return
                # plan, an unaddressed note on both sectors' collaboration as `generel`) (tests/blind/README.md)
                "hc": (1.00, 1.00), "hd": (1.00, 1.00),
                # stop 28: held out to the end; arrival on a91d279 gz 0.963 / 1.000 / 2, ha 0.902 / 0.958 / 5, hb 0.861
                # / 0.958 / 4; on main f404487 gz 0.963 / 1.000 / 2, ha 0.953 / 0.958 / 3, hb 0.861 / 0.958 / 4; after
                # the figure, s28afterc (a limit's consequence after "men", accommodations named by their place under a
                # heading, a former job in the paragraph that states the unemployment, the centre's own questions in a
                # purpose clause) and s28afters (sender and profile classes): 1.000 / 1.000 each (tests/blind/README.md)
                "gz": (1.00, 1.00), "ha": (1.00, 1.00), "hb": (1.00, 1.00),
                # stop 30's dev set hv (the health side's statements at their most varied): arrival on main 980d9f4
                # 0.985 / 0.958 / 1 wrong; after s30hv 0.985 / 1.000 / 1 (hv-24's employer domain "bageriet-…"; left:
                # hv-01's post-operative lifting cap, read by the writer as a limit, by the project as an adjustment)
                "hv": (0.98, 1.00),
                # stop 31's dev set hz (writers with strong habits across one region): arrival on main 2b66f3c 0.949 /
                # 0.958 / 2 wrong (hz-17, a job consultant's short question mail from a Fra: line of no sector to a
                # health domain, read as undecidable); after s31sender 1.000 / 1.000 / 0 (tests/blind/README.md)
                "hz": (1.00, 1.00),
                # stop 31's dev set id (letters whose direction a reader must work out): arrival on the start code
                # 0.923 / 0.958 / 5 wrong; 1.000 / 1.000 / 0 after s31id (a coordinator holding the benefit case is
                # the job centre's, a topic mailbox, a healing-period limit, a return named by its noun)
                "id": (1.00, 1.00),
                # stop 31 dev sets (s31content2): arrival on the start code 2b66f3c ib 0.949 / 1.000 (2 wrong),
                # ic 0.943 / 1.000 (5 wrong); 1.000 / 1.000 after s31content2 (tests/blind/README.md)
                "ib": (1.00, 1.00), "ic": (1.00, 1.00),
                # stop 31's dev set ie (the odd shapes of case systems and mail clients): arrival on main c9948ad
                # 0.897 / 1.000 / 3 wrong; 1.000 / 1.000 / 0 after s31ie (a form's section heading behind its marker,
                # "Afsnit 5 – Formål …" / "Se ovenfor.", answers nothing; a past measure's purpose; a posture change
                # advised "i arbejdet" names no job)
                "ie": (1.00, 1.00),
                # stop 31's held-out sets (written at the start, scored on the start code 2b66f3c and on the final
                # code before any fix; tests/blind/README.md): hw 0.907 / 0.917, hx 0.944 -> 0.928 (final) -> 0.944
                # after s31after -> 0.955 / 0.958 after s31afterk (hx-23's minutes signed "Referat: Name, role"),
                # hy 0.915 / 1.000, ia 0.962 / 1.000 -> 1.000 / 1.000 after s31afterc (the centre's own task "vi skal
                # finde ud af, om …" and "sagens videre behandling" ask for nothing: ia-18, ia-20); hx 0.963, hy 0.974
                # after s31afterc (a long consent field in the head, an enclosed form by any verb form, a denied worry,
                # a job in a relative clause, an end at a holiday)
                "hw": (0.90, 0.91), "hx": (0.96, 0.95), "hy": (0.97, 1.00), "ia": (1.00, 1.00)}
DOC13 = ["kontakt.navn", "kontakt.telefon", "kontakt.email", "kontakt.afdeling", "sundhed.nuvaerende-job",
         "sundhed.prognose", "sundhed.skaanehensyn", "sundhed.funktionsniveau", "sundhed.tidsplan", "job.frist",
         "job.efterspurgt-info", "job.formaal", "samtykke"]


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_sets_do_not_regress(bench, name):
    s = bench.score(ROOT / "tests" / "blind" / name, None, true_profile=False)
    assert not s["errors"], s["errors"]
    macro13 = sum(s["rules"][r]["f1"] for r in DOC13) / len(DOC13)
    floor, profile_floor = BLIND_FLOORS[name]
    report = bench.render(s) + "\n" + "\n".join(s["mistakes"])
    assert macro13 >= floor and s["profile_accuracy"] >= profile_floor, f"{name}: macro13 {macro13:.3f}\n{report}"
