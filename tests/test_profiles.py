"""Profile detection: who writes to whom, and the evidence shown to the user."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from linter.i18n import profile_source

BODY = "\n\nOle arbejder som lagermand. Han kan løfte 10 kg og har givet samtykke.\n\n"


@pytest.fixture()
def detect(check_text):
    def run(text: str):
        res = check_text(text, only=set())
        return res.profile, profile_source(res.profile_evidence, "da")

    return run


@pytest.mark.parametrize(("text", "want"), [
    # a trade union and a joint health-and-employment team are neither side
    ("3F Aarhus\nFaglig konsulent Ib Holm\n\nTil: Jobcenter Aarhus\n\nKære sagsbehandler" + BODY
     + "Med venlig hilsen\nIb Holm\nFaglig konsulent", "generel"),
    ("Sundheds- og Beskæftigelsesteamet\nLindeby Kommune\n\nTil: Lindeby Rygklinik\n\nKære Jens" + BODY
     + "Venlig hilsen\nSara Dam, sygeplejerske\nOle Bak, jobkonsulent", "generel"),
    # a hospital's social worker is on the health side
    ("Ortopædkirurgisk Afdeling, Nordby Hospital\nSocialrådgiverfunktionen\n\nTil: Jobcenter Nordby\n\nKære Per"
     + BODY + "Med venlig hilsen\nLis Dahl\nSocialrådgiver", "sundhed-til-job"),
    ("Jobcenter Nordby\nSygedagpenge\n\nTil: Nordby Hospital\n\nKære læge" + BODY
     + "Med venlig hilsen\nLis Dahl\nSocialrådgiver", "job-til-sundhed"),
    # letterhead + recipient block
    ("Sundhedscenter Randers\nLaksetorvet 1, 8900 Randers C\n\nTil: Jobcenter Randers\n\nKære Louise" + BODY
     + "Med venlig hilsen\nAnne Holm\nFysioterapeut", "sundhed-til-job"),
    ("Jobcenter Aarhus\nSygedagpenge\n\nTil: FysioKlinikken Viby\nAtt.: Sune Kragh\n\nKære Sune" + BODY
     + "Med venlig hilsen\nMalene Sørensen\nSagsbehandler", "job-til-sundhed"),
    # only a greeting and a signature title
    ("Kære læge" + BODY + "Med venlig hilsen\nMalene Sørensen\nJobkonsulent", "job-til-sundhed"),
    ("Kære sagsbehandler" + BODY + "Venlig hilsen\nKasper Juul\nOverlæge", "sundhed-til-job"),
    ("Hej Rikke" + BODY + "Mvh\nNiels\nKiropraktor", "sundhed-til-job"),
    # e-mail Fra:/Til:
    ("Fra: Jobcenter Roskilde <sygedagpenge@roskilde.dk>\nTil: Lægerne i Erritsø <kontakt@laeger.dk>\n"
     "Emne: Spørgsmål\n\nHej" + BODY + "Vh\nSigne", "job-til-sundhed"),
    # recipient only
    ("Til: Jobcenter Vejle\n\nHej" + BODY + "Hilsen\nMads", "sundhed-til-job"),
    # senders on neither side
    ("3F A-kasse\nVestergade 9, 7400 Herning\n\nTil: Jobcenter Herning\n\nKære Gitte" + BODY
     + "Med venlig hilsen\nDorthe Kragelund\nA-kasserådgiver", "generel"),
    ("Dansk Stål ApS\nIndustrivej 14, 8700 Horsens\n\nJobcenter Horsens\n\nKære sagsbehandler" + BODY
     + "Venlig hilsen\nHelle Kastberg\nHR-konsulent", "generel"),
    ("Rygforeningen\nTorvet 1, 8000 Aarhus\n\nTil: Jobcenter Aarhus\n\nKære sagsbehandler" + BODY
     + "Venlig hilsen\nBo Lund\nRådgiver i patientforeningen", "generel"),
    ("Sekretariatet for Sundhed og Beskæftigelse\nLemvig Kommune\n\nTil: Jobcenter Lemvig\n\nKære alle" + BODY
     + "Med venlig hilsen\nUlla Dam", "generel"),
    ("Referat af møde om Jette Holm\nLemvig Kommune\n\nDeltagere:\nLæge Anders Kofoed\nSagsbehandler Karsten Lind"
     "\n\nJette har det bedre. Hun går til træning to gange om ugen og kan gå en time.\n", "generel"),
    # health to health, and nothing to tell by
    ("Fysioterapi Nord\n\nTil: Lægehuset Søndergade\n\nKære læge" + BODY + "Mvh\nCamilla Bruun\nFysioterapeut",
     "generel"),
    ("Hej Jonas" + BODY + "Hilsen\nBirgitte", "generel"),
])
def test_detect_profile(detect, text, want):
    assert detect(text)[0] == want


MINUTES_BODY = ("\n\nDeltagere:\n– Lone Berg, borger\n– Kim Dahl, sagsbehandler, Jobcenter Fjordby, tlf. 71 20 30 40\n"
                "– Eva Krog, fysioterapeut, tlf. 71 20 50 60\n\n1. Status\nLone kan gå en halv time og løfte 8 kg. "
                "Hun har givet samtykke til, at referatet sendes til alle.\n\n")


@pytest.mark.parametrize(("text", "want"), [
    # minutes written and signed by one side's professional from that side's own letterhead are that side's
    # letter to the others (RULES.md Profiles: a health professional writing to the job centre)
    ("Fjordby Kommune – Træningscenter Fjordby\nTræningsholdet\nHavnevej 3, 7100 Fjordby\ntraening@fjordby.dk\n\n"
     "REFERAT\nMøde om Lone Berg" + MINUTES_BODY
     + "Referent:\nEva Krog\nFysioterapeut, Træningscenter Fjordby\neva.krog@fjordby.dk", "sundhed-til-job"),
    ("Jobcenter Fjordby\nTeam Sygedagpenge\nTorvet 9, 7100 Fjordby\nsygedagpenge@fjordby.dk\n\n"
     "Mødereferat\nMøde om Lone Berg" + MINUTES_BODY
     + "Referent:\nKim Dahl\nSagsbehandler, Jobcenter Fjordby\nkim.dahl@fjordby.dk", "job-til-sundhed"),
    # ... but minutes of a unit of both sectors, or signed by no sector's professional, are neither side's
    ("Træningscenter og Jobcenter Fjordby\nHavnevej 3, 7100 Fjordby\n\nREFERAT\nMøde om Lone Berg" + MINUTES_BODY
     + "Referent:\nEva Krog\nFysioterapeut", "generel"),
    ("Træningscenter og Jobcenter Fjordby\nHavnevej 3, 7100 Fjordby\nrygforum@fjordby.dk\n\nREFERAT\nMøde om Lone Berg"
     + MINUTES_BODY + "Referent:\nEva Krog\nFysioterapeut", "generel"),
    ("Fjordby Kommune – Træningscenter Fjordby\nHavnevej 3, 7100 Fjordby\n\nREFERAT\nMøde om Lone Berg" + MINUTES_BODY
     + "Referent:\nEva Krog\nKoordinator", "generel"),
    ("Fjordby Kommune\nHavnevej 3, 7100 Fjordby\n\nREFERAT\nMøde om Lone Berg" + MINUTES_BODY + "Referent:\nAsta Lund",
     "generel"),
    # the writer's side read from their own line in the participants' list: the referent field's name or the
    # signer's ("Referent: Eva Krog" over "– Eva Krog, fysioterapeut, …"); a coordinator has no side
    ("Fjordby Kommune\nHavnevej 3, 7100 Fjordby\n\nREFERAT\nMøde om Lone Berg\nReferent: Eva Krog" + MINUTES_BODY
     + "Næste møde 4. maj.", "sundhed-til-job"),
    ("Fjordby Kommune\nHavnevej 3, 7100 Fjordby\n\nREFERAT\nMøde om Lone Berg" + MINUTES_BODY + "Referent:\nEva Krog",
     "sundhed-til-job"),
    ("Fjordby Kommune\nHavnevej 3, 7100 Fjordby\n\nREFERAT\nMøde om Lone Berg\nReferent: Asta Lund, koordinator"
     + MINUTES_BODY + "Næste møde 4. maj.", "generel"),
])
def test_minutes_belong_to_the_side_whose_professional_writes_them(detect, text, want):
    assert detect(text)[0] == want


def test_evidence_names_the_words_that_decided(detect):
    profile, source = detect("Sundhedscenter Randers\n\nTil: Jobcenter Randers\n\nKære Louise" + BODY
                             + "Med venlig hilsen\nAnne Holm\nFysioterapeut")
    assert profile == "sundhed-til-job"
    assert source.startswith("detected (afsender: sundhedscenter")
    assert "fysioterapeut" in source and "modtager: jobcenter" in source


def test_undetectable_direction_says_so(detect):
    profile, source = detect("Hej Jonas" + BODY + "Hilsen\nBirgitte")
    assert profile == "generel" and source.startswith("undetected")


def test_quoted_mail_does_not_decide(detect):
    text = ("Fra: Birgitte Lund <birgitte.lund@randers.dk>\nTil: Jonas Kragh <jonas.kragh@randers.dk>\n"
            "Emne: Notater\n\nHej Jonas" + BODY + "Hilsen\nBirgitte\n\n"
            "-----Oprindelig meddelelse-----\nFra: Jobcenter Randers\nTil: Sundhedscenter Randers\n"
            "Venlig hilsen\nSagsbehandler, Jobcenter Randers\n")
    assert detect(text)[0] == "generel"


def test_profile_source_in_json_and_verbose_output(tmp_path):
    from linter.cli import main

    f = tmp_path / "brev.txt"
    f.write_text("Jobcenter Aarhus\n\nTil: Lægehuset Viby\n\nKære læge" + BODY
                 + "Med venlig hilsen\nMalene Sørensen\nSagsbehandler\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--format", "json", str(f)]).output
    data = json.loads(out)["files"][0]
    assert data["profile"] == "job-til-sundhed"
    assert data["profile_source"].startswith("detected (afsender: jobcenter")
    verbose = CliRunner().invoke(main, ["check", "-v", str(f)]).output
    assert "fundet i brevet (afsender: jobcenter" in verbose


def test_sender_domain_is_weak_evidence(detect):
    text = ("Fra: Mikkel Aagaard <mikkel@fysio-roskilde.dk>\nTil: Signe Thrane <signe.thrane@roskilde.dk>\n"
            "Emne: Jonas\n\nHej Signe" + BODY + "Vh\nMikkel")
    assert detect(text)[0] == "sundhed-til-job"


def test_writer_describing_themselves_in_the_body(detect):
    text = "Hej\n\nJeg er Oles fysioterapeut. Ole kan løfte 10 kg og arbejder som lagermand.\n\nHilsen\nAnne"
    assert detect(text)[0] == "sundhed-til-job"
    text = "Hej\n\nJeg er Oles sagsbehandler. Hvor meget kan Ole løfte, og hvornår kan han arbejde?\n\nHilsen\nAnne"
    assert detect(text)[0] == "job-til-sundhed"


def test_job_centre_inside_a_joint_division_is_a_job_centre(detect):
    text = ("Sundhed og Beskæftigelse\nJobcenter Lemvig, Team Sygedagpenge\n\nTil: Lægerne i Lemvig\n\nKære læge"
            + BODY + "Med venlig hilsen\nOle Dalsgaard\nSagsbehandler")
    assert detect(text)[0] == "job-til-sundhed"


@pytest.mark.parametrize(("text", "profile", "reason"), [
    ("Hej\n\nAnders kan løfte 10 kg og sidde i 30 minutter ad gangen. Han bør ikke løfte over 10 kg de næste "
     "fire uger. Jeg forventer, at han kan vende tilbage til sit job på fuld tid.\n\nMvh\nAB\n",
     "sundhed-til-job", "body-content-health"),
    ("Hej\n\nVil du sende mig oplysninger om, hvor mange timer Anders kan arbejde, og hvilke hensyn han skal "
     "have? Jeg vil gerne have dit svar senest den 1. april 2026.\n\nMvh\nAB\n", "job-til-sundhed", "body-content-job"),
])
def test_direction_read_from_content_when_no_party_names_a_sector(check_text, text, profile, reason):
    """A note signed with initials: what it does (reports function and outlook / asks for information by a
    deadline) tells the direction, with the reason shown; nothing is silently generel."""
    res = check_text(text)
    assert (res.profile, res.profile_evidence.reason) == (profile, reason)
    assert "profil.retning" not in {f.rule for f in res.findings}


def test_undecidable_direction_is_a_finding_with_evidence_of_each_side(check_text):
    res = check_text("Hej\n\nHer er de papirer, du bad om.\n\nMvh\nAB\n")
    assert res.profile == "generel" and res.profile_evidence.kind == "undetected"
    f = next(f for f in res.findings if f.rule == "profil.retning")
    assert f.severity.label == "suggestion" and f.start == -1
    assert f.evidence == ["undetermined:undecidable", "sender:no-sector-words", "recipient:no-sector-words"]
    assert "profil.retning" not in {x.rule for x in check_text("Hej\n\nHer er papirerne.\n\nMvh\nAB\n",
                                                               profile="generel").findings}


@pytest.mark.parametrize("body", [
    "Jeg er stadig sygemeldt, og min ryg er ikke blevet bedre. Kan vi flytte mødet?",
    "Min far har haft ondt i lænden i et halvt år. Jeg skriver for ham, fordi han ikke bruger mail.",
])
def test_citizen_or_relative_writing_is_generel(check_text, body):
    result = check_text(f"Til: Jobcenter Lindeby\n\nHej Lene\n\n{body}\n\nMange hilsner\nDorthe\n")
    assert result.profile == "generel" and result.profile_evidence.reason == "citizen"


def test_a_compound_health_title_names_the_senders_sector(check_text):
    result = check_text("Hej Tina\n\nPia kan sidde en halv time ad gangen.\n\nHilsen\nLone Dybdahl\n"
                        "Smertesygeplejerske, direkte 24 45 12 90\n")
    assert result.profile == "sundhed-til-job"


def test_job_centre_writing_to_an_employer_is_generel(check_text):
    result = check_text("Afsender: Jobcenter Lindeby, Virksomhedsservice\nModtager: Tømrerfirmaet Holm ApS\n\n"
                        "Kære Lars\n\nOle kan starte med fire timer om dagen.\n\nMed venlig hilsen\nSofie Berg\n")
    assert result.profile == "generel" and result.profile_evidence.reason == "job-to-employer"
