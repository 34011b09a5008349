"""The `sundhed.*` content rules judged by meaning (issue 13), and the `require` voids they use:
`unless_clause` (history in one clause does not void a plan in the next), `unless_span` (a hit
inside a disqualifying phrase) and `unless_lifted_by` (a plain statement in the sentence lifts the
voids). Every body is a statement of our own, put into the neutral letter of tests/test_concepts.py;
only the rule is run, with the rule's own profile.
"""

from __future__ import annotations

import dataclasses

import pytest
from test_concepts import HEAD, TAIL

from linter.kinds.require import RequireKind, clause_of, clauses
from linter.readers import read_bytes


def _analysis(engine, body: str):
    doc = read_bytes((HEAD["sundhed-til-job"] + body + TAIL).encode("utf-8"), ".txt", "brev.txt")
    return engine.analyse(doc)


def _kind(engine, rule_id: str, **params) -> RequireKind:
    rule = engine.rule(rule_id)
    rule = dataclasses.replace(rule, params={**rule.params, **params})
    return RequireKind(rule, engine.pipeline.lexicons)


def test_clauses_cut_at_punctuation_and_conjunctions_not_at_og(engine):
    body = "Han blev opereret i december, og genoptræningen varer tre måneder, hvorefter vi ses igen."
    a = _analysis(engine, body)
    start = a.text.index(body)
    pieces = [a.text[s:e].strip(" ,") for s, e in clauses(a) if start <= s < start + len(body)]
    assert pieces == ["Han blev opereret i december", "og genoptræningen varer tre måneder",
                      "hvorefter vi ses igen."]
    body2 = "Hun har haft smerter i lænden og nakken i tre år."
    a2 = _analysis(engine, body2)
    s2 = a2.text.index(body2)
    assert clause_of(a2, s2) == clause_of(a2, s2 + body2.index("tre år"))


def test_unless_clause_voids_only_its_own_clause(engine):
    # sentence-level, the history ("har været") voids the plan; clause-level it does not
    body = "Forløbet har været roligt, og genoptræningen vil strække sig over cirka tre måneder."
    a = _analysis(engine, body)
    as_sentence = _kind(engine, "sundhed.tidsplan", unless=["tidsplan-fortid"], unless_clause=[])
    assert as_sentence.requirement(a).status == "missing"
    a = _analysis(engine, body)
    assert _kind(engine, "sundhed.tidsplan").requirement(a).status == "ok"
    a = _analysis(engine, "Hun har været sygemeldt i tre måneder.")
    item = _kind(engine, "sundhed.tidsplan").requirement(a)
    assert item.status == "missing" and "voided:tidsplan-fortid" in item.evidence


def test_unless_span_voids_the_hits_it_overlaps(engine):
    body = "Han er sygemeldt, og genoptræningen varer tre måneder."
    a = _analysis(engine, body)
    assert _kind(engine, "sundhed.tidsplan", unless_clause=[]).requirement(a).status == "ok"
    a = _analysis(engine, body)
    item = _kind(engine, "sundhed.tidsplan", unless_clause=[], unless_span=["tidsplan"]).requirement(a)
    assert item.status == "missing" and "voided:tidsplan" in item.evidence


def test_unless_lifted_by_lifts_the_voids_of_the_sentence(engine):
    body = "Hun har været sygemeldt i tre måneder."
    a = _analysis(engine, body)
    voided = _kind(engine, "sundhed.tidsplan", unless=["tidsplan-fortid"], unless_clause=[])
    assert voided.requirement(a).status == "missing"
    a = _analysis(engine, body)
    lifted = _kind(engine, "sundhed.tidsplan", unless=["tidsplan-fortid"], unless_clause=[],
                   unless_lifted_by=["tidsplan-fortid"])
    assert lifted.requirement(a).status == "ok"


def test_unless_undated_voids_only_in_a_letter_without_a_date(check_text):
    """With the letter's own date the dates are compared; without it the tense of the clause decides."""
    body = "Hun fik en tid hos ortopæden den 4. september 2026."
    dated = check_text(HEAD["sundhed-til-job"] + body + TAIL, profile="sundhed-til-job", only={"sundhed.tidsplan"})
    assert dated.findings == []
    head = HEAD["sundhed-til-job"].replace("Lindeby, 2. marts 2026\n\n", "")
    undated = check_text(head + body + TAIL, profile="sundhed-til-job", only={"sundhed.tidsplan"})
    assert [f.evidence for f in undated.findings] == [["voided:dato-fortid"]]


def test_a_form_field_in_the_head_counts_but_not_the_subject_line(engine, check_text):
    """A status form whose fields the zoning keeps among the head's meta lines: a content field counts,
    the subject line does not."""
    form = ("STATUSNOTAT FRA TRÆNINGEN\nSundhed og Omsorg, Lindeby Kommune\n\nDato: 2. marts 2026\n"
            "Til: Jobcenter Lindeby\nFra: Ergoterapeut Marie Jensen\n\nBorger: Ole Hansen\nCPR-nr.: 010170-XXXX\n"
            "Nuværende job: Pakkeriarbejder, 30 timer om ugen.\n\nFunktionsniveau ved test den 1. marts:\n"
            "  Løft gulv-hofte:     12 kg\n  Sidde:               45 min\n\nSkånehensyn: Ingen.\n\n"
            "Vurdering: Han fortsætter i sit job.\n\nKontakt: Marie Jensen, mobil 40 27 15 93\n")
    a = engine.analyse(read_bytes(form.encode("utf-8"), ".txt", "brev.txt"))
    assert a.structure.zones[a.block_index(a.text.index("Sidde:"))] == "meta"  # the class this test is about
    res = check_text(form, profile="sundhed-til-job", only={"sundhed.funktionsniveau"})
    assert res.findings == []
    item = next(c for c in res.checklist if c.rule == "sundhed.funktionsniveau")
    assert item.status == "ok" and ("kg" in item.text or "min" in item.text)
    table = "  Løft gulv-hofte:     12 kg\n  Sidde:               45 min\n"
    res = check_text(form.replace(table, "  (ikke udfyldt)\n"), profile="sundhed-til-job",
                     only={"sundhed.funktionsniveau"})
    assert [f.rule for f in res.findings] == ["sundhed.funktionsniveau"]


# (rule, addressed?, body)
CASES: list[tuple[str, bool, str]] = [
    # job titles by their head or a simple title, with a particle before them or as a field's value
    ('sundhed.nuvaerende-job', True, 'Han er jo flyttemand i et mindre firma.'),
    ('sundhed.nuvaerende-job', True, 'Hun er stadig truckfører på havnen.'),
    ('sundhed.nuvaerende-job', True, 'Svar: Havemand på en kirkegård, 30 timer om ugen.'),
    ('sundhed.nuvaerende-job', True, 'Erhverv: Køkkenassistent i en kantine.'),
    ('sundhed.nuvaerende-job', True, 'Arb.: anlægsgartner hos kommunen, mange tunge løft.'),
    ('sundhed.nuvaerende-job', True, 'Hun er ledig, men var i sin tid ansat som syerske.'),
    ('sundhed.nuvaerende-job', False, 'Svar: Ja, hun kan sidde en time.'),
    ('sundhed.nuvaerende-job', True, 'Han har arbejdet 20 år som maskinsnedker.'),
    ('sundhed.nuvaerende-job', True, 'Patienten, der er lagerforvalter, har ondt i ryggen.'),
    ('sundhed.nuvaerende-job', True, 'Hun er butiksansat i et supermarked.'),
    ('sundhed.nuvaerende-job', True, 'Hun er sygemeldt fra sit arbejde i en børnehave.'),
    ('sundhed.nuvaerende-job', False, 'Hun er sygemeldt fra sit arbejde.'),
    ('sundhed.nuvaerende-job', False, 'Hun er 52 år og har haft rygsmerter længe.'),
    # a job placed in the past is history
    ('sundhed.nuvaerende-job', False, 'Smerterne begyndte i 2010, hvor han dengang var ansat som smed.'),
    ('sundhed.nuvaerende-job', False, 'For mange år siden arbejdede hun som rengøringsassistent.'),
    ('sundhed.nuvaerende-job', False, 'Fra 2001 til 2015 arbejdede han som lagerarbejder.'),
    # a former job counts only with unemployment stated in its sentence
    ('sundhed.nuvaerende-job', False, 'Hun var tidligere ansat som sosu-hjælper.'),
    ('sundhed.nuvaerende-job', False, 'Hans tidligere job som flyttemand sled på ryggen.'),
    ('sundhed.nuvaerende-job', True, 'Han er tidligere tømrer og nu ledig.'),
    ('sundhed.nuvaerende-job', True, 'Hun er ledig og var tidligere ansat som kassedame.'),
    ('sundhed.nuvaerende-job', True, 'Han er murer og har tidligere været sygemeldt med ryggen.'),
    # a return named only as a condition takes no stance; a deferred stance is none
    ('sundhed.prognose', False, 'Når han genoptager arbejdet, bør han starte med fire timer om dagen.'),
    ('sundhed.prognose', False, 'Hvis hun vender tilbage til jobbet, skal hun have en høj stol.'),
    ('sundhed.prognose', False, 'Jeg vil gerne tale med ortopæden, før jeg siger noget om hans arbejde.'),
    ('sundhed.prognose', True, 'Jeg forventer, at hun kan vende tilbage til sit arbejde, når behandlingen er slut.'),
    ('sundhed.prognose', True, 'Forv. fuldt tilbage i eget job om en måned.'),
    ('sundhed.prognose', True, 'Han kommer formentlig tilbage til samme arbejde efter sommer.'),
    # adjustments: an aid or a lighter set-up to have at work, a task to leave out, advice to the employer
    ('sundhed.skaanehensyn', True, 'Han bør have en høj arbejdsstol ved samlebåndet.'),
    ('sundhed.skaanehensyn', True, 'Hun skal i starten have kortere vagter.'),
    ('sundhed.skaanehensyn', True, 'De første uger bør han ikke lave tunge forflytninger alene.'),
    ('sundhed.skaanehensyn', True, 'Arbejdsgiveren kan med fordel sørge for et hæve-sænkebord.'),
    ('sundhed.skaanehensyn', True, 'Det vil være en fordel, hvis hun kan have sine kunder om formiddagen.'),
    ('sundhed.skaanehensyn', True, 'I et nyt job skal han kunne veksle mellem at sidde og stå.'),
    ('sundhed.skaanehensyn', True, 'Hun kan med fordel have en ståmåtte ved kassen.'),
    ('sundhed.skaanehensyn', True, 'Tunge løft bør undgås de næste måneder.'),
    ('sundhed.skaanehensyn', True, 'Ingen løft over 10 kg.'),
    ('sundhed.skaanehensyn', True, 'Han skal have hjælp til de tunge løft.'),
    ('sundhed.skaanehensyn', False, 'Hun kan med fordel gå til træning to gange om ugen.'),
    ('sundhed.funktionsniveau', True, 'Han er begrænset til løft på 10 kg.'),
    ('sundhed.funktionsniveau', True, 'Hun klarer ikke trapper.'),
    # a limit and what follows it, a treatment, a kind of work as the outlook, a pointer to another text
    ('sundhed.skaanehensyn', False, 'Han kan gå i 10 minutter, så skal han have en pause.'),
    ('sundhed.skaanehensyn', False, 'Hun bør have fysioterapi to gange om ugen.'),
    ('sundhed.skaanehensyn', False, 'Et arbejde med mere siddende arbejde vil være realistisk for ham.'),
    ('sundhed.skaanehensyn', False, 'Om skånehensyn: se min mail fra februar, det gælder stadig.'),
    # capacity as list items or table rows under a heading; a hedge leaves no firm statement
    ('sundhed.funktionsniveau', True, 'Det kan han nu:\n- bære 6 kg fra bord til bord\n- gå uden problemer'),
    ('sundhed.funktionsniveau', True, 'Status:\nSidde ............ 40 min.\nGå ............ ingen grænse'),
    ('sundhed.funktionsniveau', False, 'Måske kan han sidde lidt længere nu end før.'),
    ('sundhed.funktionsniveau', False, 'Muligvis kan hun klare et par timer om dagen, men det er svært at sige.'),
    ('sundhed.funktionsniveau', False, 'Funktionsevnen er nedsat.'),
    ('sundhed.skaanehensyn', False, 'Måske bør hun undgå tunge løft.'),
    ('sundhed.prognose', False, 'Måske kan han vende tilbage til sit job.'),
    # a plan after history in the same sentence (clause-level history)
    ('sundhed.tidsplan', True, 'Operationen forløb fint, og genoptræningen forventes at vare ca. ti uger.'),
    ('sundhed.tidsplan', False, 'Han har været sygemeldt i seks uger, og smerterne svinger.'),
    ('sundhed.tidsplan', True, 'Effekten vurderes ved kontrol efter seks uger.'),
    ('sundhed.tidsplan', False, 'Vi har set hende i perioden fra november og frem til dags dato.'),
    ('sundhed.tidsplan', False, 'Hun skal til næste kontrol hos mig.'),
    ('sundhed.tidsplan', False, 'Vi træner to gange om ugen.'),
    ('sundhed.tidsplan', False, 'Ibuprofen 400 mg op til tre gange i døgnet.'),
    ('sundhed.tidsplan', False, 'Han har gået til kiropraktor i et halvt år.'),
    ('sundhed.tidsplan', True, 'Genoptræningen fortsætter 6 uger endnu.'),
    ('sundhed.tidsplan', True, 'Forventet afslutning: uge 24.'),
    ('sundhed.tidsplan', True, 'Han skal til MR-scanning i næste uge.'),
    ('sundhed.skaanehensyn', True, 'Hun skal kunne sidde ned, når hun har brug for det.'),
    ('sundhed.skaanehensyn', False, 'Han skal kunne løfte 25 kg i sit job.'),
    ('sundhed.tidsplan', True, 'Forløbet afsluttes efter yderligere 8 behandlinger.'),
    ('sundhed.tidsplan', False, 'Stærke rygsmerter med udstråling til venstre ben i fjorten dage.'),
    ('sundhed.tidsplan', True, 'Smerterne forventes at aftage i løbet af seks uger.'),
    # a work outlook worded about a kind of work, with a word of the future or a judgement
    ('sundhed.prognose', True, 'Hun vil kunne klare et stillesiddende arbejde.'),
    ('sundhed.prognose', True, 'Fysisk tungt arbejde er ikke længere realistisk for ham.'),
    ('sundhed.prognose', True, 'Hun egner sig til lettere lagerarbejde fremover.'),
    ('sundhed.prognose', True, 'Han bør søge over i en administrativ funktion.'),
    ('sundhed.prognose', False, 'Hun har haft ondt efter arbejde, og jeg forventer bedring.'),
    ('sundhed.prognose', False, 'Smerterne kom igen efter arbejde i sidste uge.'),
    # vague capacity is no functional level; a reduced capacity with its measure is
    ('sundhed.funktionsniveau', False, 'Arbejdsevnen er nedsat.'),
    ('sundhed.funktionsniveau', False, 'Hans funktionsevne er betydeligt nedsat.'),
    ('sundhed.funktionsniveau', True, 'Løfteevnen er nedsat til ca. 5 kg.'),
    ('sundhed.nuvaerende-job', True, 'Han kører for et vognmandsfirma.'),
    # a declined or deferred assessment names the topic and states nothing
    ('sundhed.skaanehensyn', False, 'Jeg kan ikke udtale mig om skånehensyn.'),
    ('sundhed.skaanehensyn', False, 'Behov for skånehensyn afklares senere.'),
    ('sundhed.skaanehensyn', False, 'Skånehensyn må aftales med arbejdsgiveren.'),
    ('sundhed.skaanehensyn', True, 'Omfanget aftales med arbejdsgiveren, men han bør undgå tunge løft.'),
    ('sundhed.funktionsniveau', False, 'Hendes løftekapacitet er ikke testet endnu.'),
    ('sundhed.prognose', False, 'Om han kan genoptage arbejdet, afhænger af forløbet.'),
    # the citizen's own wish or worry is no stance of the writer's
    ('sundhed.prognose', False, 'Han glæder sig til at komme tilbage til sit arbejde.'),
    ('sundhed.prognose', False, 'Hun håber at kunne fortsætte som frisør.'),
    ('sundhed.prognose', False, 'Hun er bekymret for at vende tilbage til jobbet.'),
    ('sundhed.prognose', True, 'Jeg håber, at han kan vende tilbage til sit arbejde efter sommer.'),
    ('sundhed.prognose', True, 'Han vil gerne tilbage, og jeg forventer, at han kan genoptage arbejdet i maj.'),
    # the current capacity in hours is no outlook
    ('sundhed.prognose', False, 'Arbejdsevnen vurderes til 20 timer ugentligt i et job med siddende arbejde.'),
    ('sundhed.prognose', True, 'Arbejdsevnen er i dag 20 timer, og han forventes at kunne vende tilbage på fuld tid.'),
    # a form's heading "Vurdering af arbejdsevne:" and "kan arbejde i en anden funktion" are no capacity
    ('sundhed.funktionsniveau', False, 'Vurdering af arbejdsevne: Vi tror, at hun kan gå tilbage til sit job.'),
    ('sundhed.funktionsniveau', False, 'Det er realistisk, at han kan arbejde i en anden funktion på lageret.'),
    ('sundhed.funktionsniveau', True, 'Han kan arbejde i en time ad gangen ved skrivebordet.'),
    ('sundhed.funktionsniveau', True, 'Han kan arbejde 20 timer om ugen.'),
    ('sundhed.funktionsniveau', True, 'Arbejdsevne: 25 timer om ugen.'),
    # a work outlook: a kind of work after the course, a kind of work by its activity, a double negative
    ('sundhed.prognose', True, 'Svar: Hun kan efter forløbet klare sit job som frisør med de nævnte hensyn.'),
    ('sundhed.prognose', True, 'Jeg mener, at udbringning af aviser er realistisk for hende fremover.'),
    ('sundhed.prognose', True, 'Der er ingen grund til, at han ikke skulle kunne passe hele sit job igen.'),
    ('sundhed.prognose', False, 'Hun vil kunne træne efter arbejde to gange om ugen.'),
    ('sundhed.prognose', False, 'Han vil kunne cykle hjem efter arbejdet, når smerterne aftager.'),
    ('sundhed.prognose', False, 'Han har ondt under arbejdet, men det vil kunne bedres på sigt.'),
    # relief: someone else takes the heavy task, a return on a condition about the work, the employer to
    # provide the work, a start on a lighter set of tasks; a limit alone is none
    ('sundhed.skaanehensyn', True, 'Jeg anbefaler, at en kollega løfter de tunge kasser i en periode.'),
    ('sundhed.skaanehensyn', True, 'Det er bedst, at makkeren bærer sækkene de næste uger.'),
    ('sundhed.skaanehensyn', True, 'Hun kan arbejde igen, forudsat at hun ikke skal stå ved båndet hele dagen.'),
    ('sundhed.skaanehensyn', True, 'Han kan møde ind på den betingelse, at han kun har kontorarbejde.'),
    ('sundhed.skaanehensyn', True, 'Virksomheden bør finde opgaver til hende ved skrivebordet.'),
    ('sundhed.skaanehensyn', True, 'Arbejdsgiveren tilrådes at give ham en rute uden trapper.'),
    ('sundhed.skaanehensyn', True, 'Når hun kommer tilbage, bør hun starte med lette opgaver i kiosken.'),
    ('sundhed.skaanehensyn', False, 'Hun skal starte med fysioterapi i næste uge.'),
    ('sundhed.skaanehensyn', False, 'Hun kan ikke stå foroverbøjet.'),
    ('sundhed.skaanehensyn', False, 'Han kan selv bære kasserne med varer nu.'),
    # a job by its activity and workplace, a title after the age; training at a centre is no job
    ('sundhed.nuvaerende-job', True, 'Hun passer børn i en daginstitution.'),
    ('sundhed.nuvaerende-job', True, 'Han gør rent på et hospital om natten.'),
    ('sundhed.nuvaerende-job', True, 'Hun pakker varer på et lager i Vejle.'),
    ('sundhed.nuvaerende-job', True, 'Han er 45 år og kranfører.'),
    ('sundhed.nuvaerende-job', True, 'Hun er 38 år og butiksassistent.'),
    ('sundhed.nuvaerende-job', True, 'Hun er vicevært i en boligforening.'),
    ('sundhed.nuvaerende-job', True, 'Han er 61 år og pedel.'),
    ('sundhed.nuvaerende-job', False, 'Han er 45 år og har ondt i ryggen.'),
    ('sundhed.nuvaerende-job', False, 'Han laver sine øvelser i et træningscenter.'),
    ('sundhed.nuvaerende-job', False, 'Hun laver styrketræning i et fitnesscenter.'),
    ('sundhed.nuvaerende-job', False, 'Jeg underviser på et hospital.'),
    # vague function in a form field; an accommodation worded as what the citizen should be spared;
    # a psychological outlook alone is no work outlook
    ('sundhed.funktionsniveau', False,
     'Funktionsniveau: Nedsat. Hun har det svært i hverdagen. Hun bliver hurtigt træt.'),
    ('sundhed.funktionsniveau', False, 'Funktionsevnen er nedsat, og hun har svært ved de fysiske dele af jobbet.'),
    ('sundhed.skaanehensyn', True, 'På arbejdet bør hun slippe for at løfte børn.'),
    ('sundhed.prognose', False, 'Jeg forventer, at hans angst for at bevæge sig bliver mindre i løbet af forløbet.'),
    # an idiom with a verb of function is no capacity; the capacity beside it still is
    ('sundhed.funktionsniveau', False, 'Medicinen forventes ikke at kunne stå alene, og hun skal have træning.'),
    ('sundhed.funktionsniveau', False, 'Han kan trække på sin erfaring fra lageret.'),
    ('sundhed.funktionsniveau', True, 'Han kan ikke trække sig op fra gulvet uden hjælp.'),
    ('sundhed.funktionsniveau', True, 'Medicinen kan ikke stå alene, men hun kan nu stå i 20 minutter ad gangen.'),
    ('sundhed.funktionsniveau', True, 'Hun kan ikke stå i køen ved kassen i mere end fem minutter.'),
    ('sundhed.prognose', False, 'Hun skal fortsætte sin træning efter behandlingen, også når hun er på arbejde.'),
    ('sundhed.prognose', True, 'Der er intet i vejen for, at hun fortsætter som frisør.'),
    ('sundhed.skaanehensyn', True, 'Jeg anbefaler en gradvis tilbagevenden over fire uger.'),
    ('sundhed.funktionsniveau', True, 'Han magter ikke en hel arbejdsdag endnu.'),
    ('sundhed.funktionsniveau', True, 'Hun klarer fint en halv vagt.'),
    ('sundhed.funktionsniveau', False, 'Han er meget begrænset i sin hverdag.'),
    # hours before the workplace, a post at a till or a line, a simple title after "som" or "været"
    ('sundhed.nuvaerende-job', True, 'Hun arbejder 30 timer om ugen i en kantine.'),
    ('sundhed.nuvaerende-job', False, 'Han arbejder 20 timer om ugen.'),
    ('sundhed.nuvaerende-job', True, 'Hun sidder i kassen i et supermarked.'),
    ('sundhed.nuvaerende-job', True, 'Han har været i fleksjob som pedel i fem år.'),
    ('sundhed.nuvaerende-job', True, 'Han har været kranfører i 20 år.'),
    ('sundhed.nuvaerende-job', False, 'Han har tidligere været kranfører.'),
    ('sundhed.nuvaerende-job', False, 'Han har været sygemeldt i 20 uger.'),
    ('sundhed.prognose', False, 'Han vil kunne cykle til arbejde om et par uger.'),
    ('sundhed.prognose', False, 'Han må selv vurdere, om han kan klare jobbet.'),
    ('sundhed.prognose', True, 'Han vil kunne klare lettere arbejde på lageret fremover.'),
    ('sundhed.skaanehensyn', False, 'Virksomheden kan give ham en attest.'),
    ('sundhed.skaanehensyn', False, 'Firmaet skal give hende en kopi af aftalen.'),
    ('sundhed.skaanehensyn', True, 'Arbejdsgiveren rådes til at lade hende sidde ved kassen.'),
    ('sundhed.skaanehensyn', False, 'Hans kolleger bærer ofte tunge kasser.'),
    ('sundhed.skaanehensyn', False, 'Han kan starte på arbejde igen på den betingelse, at smerterne er væk.'),
    ('sundhed.funktionsniveau', False, 'I sit job skal hun kunne sidde 8 timer.'),
    ('sundhed.funktionsniveau', False, 'Hun kan sidde med til mødet på jobcentret.'),
    ('sundhed.funktionsniveau', False, 'Hun kan gå til træning to gange om ugen.'),
    ('sundhed.funktionsniveau', True, 'Hun kan gå til bussen, men ikke stå i mere end 10 minutter.'),
    ('sundhed.nuvaerende-job', True, 'Han er ejendomsfunktionær i en boligforening.'),
    ('sundhed.nuvaerende-job', True, 'Han er tagdækker.'),
    ('sundhed.nuvaerende-job', True, 'Hun er IT-supporter i en bank.'),
    ('sundhed.tidsplan', True, 'Vi forventer at være færdige med træningen til påske.'),
    ('sundhed.tidsplan', False, 'Hun har haft ondt siden jul.'),
    ('sundhed.prognose', False, 'Hun vil kunne klare rengøring i hjemmet om et par uger.'),
    ('sundhed.prognose', True, 'Rengøring på et kontor vil være realistisk for hende.'),
    ('sundhed.nuvaerende-job', False, 'Han kører til behandling på hospitalet.'),
    # a note's directive, an aid the work needs, time off for treatment; a limit with "kan" is none
    ('sundhed.skaanehensyn', True, 'Ikke arbejde over hovedhøjde.'),
    ('sundhed.skaanehensyn', True, 'Ikke løft over 10 kg de første uger.'),
    ('sundhed.skaanehensyn', False, 'Kan ikke løfte over 10 kg.'),
    ('sundhed.skaanehensyn', False, 'Ikke bedre efter behandlingen.'),
    ('sundhed.skaanehensyn', True, 'Der er brug for en hæve-sænkestol ved kassen.'),
    ('sundhed.skaanehensyn', False, 'Der er brug for mere træning.'),
    ('sundhed.skaanehensyn', False, 'Han kan stå i en time, før han har brug for en pause.'),
    ('sundhed.skaanehensyn', True, 'Han skal have lov at sidde ned.'),
    ('sundhed.skaanehensyn', True, 'Hun skal have fri til sine behandlinger.'),
    ('sundhed.prognose', True, 'Arbejdsmæssig prognose: Fuld tilbagevenden til eget job.'),
    ('sundhed.prognose', True, 'Hun bør på sigt omplaceres til lettere opgaver.'),
    ('sundhed.prognose', False, 'Ved tilbagevenden til arbejdet bør hun starte på 20 timer.'),
    ('sundhed.prognose', False, 'Prognose: God.'),
    ('sundhed.skaanehensyn', False, 'Han klarer forflytninger med lift uden problemer.'),
    ('sundhed.skaanehensyn', True, 'Hun skal have en kollega med, når der skal bruges lift.'),
    # the present tense with a measure marked as today's capacity; stairs; a job's load is no capacity
    ('sundhed.funktionsniveau', True, 'Hun løfter nu 8 kg uden smerter.'),
    ('sundhed.funktionsniveau', True, 'Han går 3 km dagligt uden problemer.'),
    ('sundhed.funktionsniveau', False, 'Han løfter 25 kg kasser på lageret.'),
    ('sundhed.funktionsniveau', True, 'Hun kan gå på trapper igen.'),
    ('sundhed.funktionsniveau', False, 'Hun havde nedsat kraft i foden og kunne ikke gå på hælene.'),
    ('sundhed.funktionsniveau', True, 'Han kan ikke bukke sig ned.'),
    # a duration as a field's value, for the sick leave ahead, in sessions that remain, a whole month
    ('sundhed.tidsplan', True, 'Genoptræning: 8 uger.'),
    ('sundhed.tidsplan', True, 'Han er sygemeldt foreløbig 4 uger.'),
    ('sundhed.tidsplan', True, 'Sygemeldingen forlænges med 14 dage.'),
    ('sundhed.tidsplan', True, 'Han skal have 10 behandlinger mere.'),
    ('sundhed.tidsplan', True, 'Hun fortsætter hos os hele april.'),
    ('sundhed.tidsplan', False, 'Hun har fået 10 behandlinger.'),
    ('sundhed.tidsplan', False, 'Sygemelding: siden 3 uger.'),
    ('sundhed.nuvaerende-job', True, 'Han har sit eget tømrerfirma.'),
    ('sundhed.nuvaerende-job', True, 'Hun driver en lille frisørsalon i Brædstrup.'),
    ('sundhed.nuvaerende-job', False, 'Han har en fysioterapiklinik tæt på sin bopæl.'),
]

# a letter without a date of its own: past dates are told by the tense of their clause
UNDATED: list[tuple[bool, str]] = [
    (False, 'Hun har skrevet under på samtykket den 6. april.'),
    (False, 'Han var første gang hos mig den 4. september.'),
    (False, 'Han har været her fem gange, sidst den 20. oktober.'),
    (True, 'Vi ses igen den 4. september.'),
    (True, 'Han har fået en tid til scanning den 4. september.'),
    (True, 'Han blev opereret i juni, og genoptræningen slutter den 4. september.'),
]


@pytest.mark.parametrize(("addressed", "body"), UNDATED, ids=[f"undated-{i}" for i in range(len(UNDATED))])
def test_time_frame_in_an_undated_letter(check_text, addressed, body):
    head = HEAD["sundhed-til-job"].replace("Lindeby, 2. marts 2026\n\n", "")
    assert "2026" not in head
    result = check_text(head + body + TAIL, profile="sundhed-til-job", only={"sundhed.tidsplan"})
    fired = any(f.rule == "sundhed.tidsplan" for f in result.findings)
    assert fired != addressed, f"sundhed.tidsplan should {'' if addressed else 'not '}count: {body!r}"


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_sundhed_statement(engine, check_text, rule_id, addressed, body):
    result = check_text(HEAD["sundhed-til-job"] + body + TAIL, profile="sundhed-til-job", only={rule_id})
    fired = any(f.rule == rule_id for f in result.findings)
    assert fired != addressed, f"{rule_id} should {'' if addressed else 'not '}count as addressed by: {body!r}"
