"""Stop 31, direction and content classes of blind set `id` (letters whose direction a reader must work out). Every
letter and sentence here is invented; each class has its near misses beside it.

- a coordinator on no side's letterhead who holds the citizen's benefit case ("Jeg er koordinator for … og har hans
  sygedagpengesag") is the job centre's (`case-holder`, lexicons/letter/sectors.yaml): writing to the health side it
  is job-til-sundhed, no joint unit; a coordinator who holds no case stays `generel`;
- a function mailbox named after the topic a team answers (sygdom@, ledighed@, medlem@, opfoelgning@) is no person's
  address (mailboxes.yaml `function_mailboxes`);
- a surgeon's limit for the healing period ("De første seks uger efter operationen må hun ikke løfte …") is a
  functional limit, no accommodation (`restriktion-heling`, unless_clause of sundhed.skaanehensyn); advice for the work
  after the operation still is one;
- a return named by its noun on reduced hours ("en gradvis tilbagevenden til jobbet på nedsat tid vil være
  realistisk") is the outlook, no capacity now (`funktion-retur`, unless_span of sundhed.funktionsniveau).
"""

from __future__ import annotations

from sender_helpers import email_map, kontakt_rules, profile_of
from test_concepts import statement_test

S = "sundhed-til-job"
K, FN, P = "sundhed.skaanehensyn", "sundhed.funktionsniveau", "sundhed.prognose"


# -- a coordinator who holds the case -------------------------------------------------------------------------------

def _coordinator_mail(body: str, to: str = "Søren Vang <sova@lindeby.dk>") -> str:
    return (f"Fra: Birgit Holm <biho@lindeby.dk>\nTil: {to}\nDato: 2. marts 2026\nEmne: Kasper Lund\n\n"
            f"Hej Søren\n\n{body}\n\nMange hilsner\nBirgit Holm\nKoordinator, Team Liv og Arbejde\nLindeby Kommune\n")


def test_a_coordinator_holding_the_benefit_case_is_the_job_centre(check_text):
    body = ("Jeg er koordinator for Kasper Lund og har hans sygedagpengesag. Han har sagt ja til, at vi taler "
            "sammen.\n\nHvordan går det med ham på træningsholdet? Skriv gerne inden fredag den 13. marts.")
    assert profile_of(check_text, _coordinator_mail(body)) == ("job-til-sundhed", "case-holder")


def test_the_case_held_in_other_words(check_text):
    for line in ("Vi sidder med hendes jobafklaringssag her i kommunen.",
                 "Jeg behandler Kaspers sag om sygedagpenge.",
                 "Jeg er tovholder på hans ressourceforløbssag."):
        body = line + "\n\nHar I nyt om, hvordan træningen går? Gerne inden den 13. marts."
        assert profile_of(check_text, _coordinator_mail(body))[0] == "job-til-sundhed", line


def test_near_miss_a_coordinator_without_the_case_stays_neither_side(check_text):
    # only coordinating: no case of the municipality's held by the writer
    body = ("Jeg er koordinator for Kasper Lund og samler trådene i hans forløb.\n\n"
            "Hvordan går det med ham på træningsholdet? Skriv gerne inden fredag den 13. marts.")
    assert profile_of(check_text, _coordinator_mail(body)) == ("generel", "coordinator")


def test_near_miss_helping_in_the_case_is_no_case_held(check_text):
    # someone helping the citizen in the case ("hjælpe ham i hans sag om sygedagpenge") does not hold it
    body = ("Jeg er koordinator og hjælper Kasper i hans sag om sygedagpenge.\n\n"
            "Hvordan går det med ham på træningsholdet?")
    assert profile_of(check_text, _coordinator_mail(body))[1] != "case-holder"


# -- a mailbox named after a topic -------------------------------------------------------------------------------------

def _union_letter(address: str) -> str:
    return ("Metal og Byg\nA-kassen, Viborg\nSkovgade 4, 8800 Viborg\n\nTil: Ydelsesteamet\nViborg Kommune\n\n"
            "Kære sagsbehandler\n\nJeg skriver på vegne af vores medlem Ib Krog, som er sygemeldt med ondt i ryggen. "
            "Han vil gerne høre, hvornår hans sag skal revurderes.\n\nMed venlig hilsen\n\nHanne Friis\n"
            f"Faglig konsulent\nDirekte 86 62 11 40\n{address}\n")


def test_a_topic_mailbox_is_no_persons_address(check_text):
    for address in ("sygdom@metalogbyg.dk", "ledighed@metalogbyg.dk", "medlem@metalogbyg.dk",
                    "opfoelgning@viborg.dk", "sygemelding@metalogbyg.dk"):
        res = check_text(_union_letter(address))
        assert email_map(res) == {address: False}, address
        assert "kontakt.email" in kontakt_rules(res), address


def test_near_miss_the_persons_own_address_beside_it(check_text):
    res = check_text(_union_letter("hafr@metalogbyg.dk"))
    assert email_map(res) == {"hafr@metalogbyg.dk": True}
    assert "kontakt.email" not in kontakt_rules(res)


# -- content: a healing-period limit, a return by its noun ----------------------------------------------------------

HEALTH: list[tuple[str, bool, str]] = [
    # a surgeon's limit for the healing period is no accommodation
    (K, False, "De første seks uger efter operationen må hun ikke løfte over 3 kg eller bøje sig forover."),
    (K, False, "Efter indgrebet må han ikke cykle eller bære indkøb i en måned."),
    (K, False, "Hun må ikke vride ryggen, før såret er helet."),
    (K, False, "Indtil kontrollen må han kun gå korte ture."),
    # ... while advice for the work after the operation, or a "må ikke" with no healing frame, still is one
    (K, True, "De første tre måneder efter operationen bør hun på arbejdspladsen fritages for tunge løft."),
    (K, True, "Han må ikke løfte mere end 10 kg på arbejdet de første uger efter operationen."),
    (K, True, "Efter operationen må han ikke løfte tungt, og på lageret bør han derfor have lettere opgaver."),
    (K, True, "Hun må ikke løfte beboere alene."),
    # a return named by its noun on reduced hours is the outlook, no capacity now
    (FN, False, "Jeg vurderer, at en gradvis tilbagevenden til jobbet på nedsat tid vil være realistisk."),
    (FN, False, "En genoptagelse af arbejdet som buschauffør på deltid skønnes mulig efter forløbet."),
    (P, True, "Jeg vurderer, at en gradvis tilbagevenden til jobbet på nedsat tid vil være realistisk."),
    # ... while today's hours with a capacity word still are a functional level
    (FN, True, "Jeg vurderer, at hun i dag kan arbejde 15 timer om ugen."),
    (FN, True, "Hun tåler i øjeblikket 4 timers kontorarbejde om dagen."),
]

test_health = statement_test(HEALTH, profile=S)
