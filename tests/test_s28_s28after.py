"""Stop 28 after-the-figure content classes (every sentence and letter here is invented):

- sundhed.skaanehensyn: an accommodation stated as the condition of the work, in a conditional clause after a work
  verb ("kan arbejde ved kassen, hvis hun får en stol …", "kan fortsætte på lageret, hvis han ikke skal løfte …"),
  also fronted ("Hvis han får en makker …, kan han fortsætte"); a medical condition is none;
- job.efterspurgt-info: a question of amount ("hvor mange", "hvor længe") in the same sentence as a vague one
  ("…, og hvordan går det?") still asks for something concrete (the lift undoes only the vague request's void:
  someone else's request or a record received stays void);
- job.formaal: the answer taken along into the writer's next step ("Så kan jeg tage det med, når jeg skal skrive
  hans plan"), and the citizen's plan written by the writer; a meeting alone names no use;
- sundhed.nuvaerende-job: a return to "sit job" with its amount of time between ("er tilbage på fuld tid i sit job")
  names no job, so a letter whose job stands only in a quoted mail still misses it;
- samtykke: the citizen's yes or agreement to the professionals talking together about them, in everyday words
  ("har sagt ja til, at vi to må tale sammen om hendes forløb"); someone else's yes is none.
"""

from __future__ import annotations

from test_concepts import statement_test

S, J = "sundhed-til-job", "job-til-sundhed"
K, N = "sundhed.skaanehensyn", "sundhed.nuvaerende-job"
E, U, C = "job.efterspurgt-info", "job.formaal", "samtykke"

HEALTH: list[tuple[str, bool, str]] = [
    # an accommodation as the condition of the work: an aid, leave or lighter set-up received, or a task left out
    (K, True, "Indtil videre kan han arbejde i bageriet, hvis han får en høj stol og ikke skal bære melsække."),
    (K, True, "Han kan godt klare sine vagter, når han får lov til at holde en pause hver anden time."),
    (K, True, "Hun kan passe sit job i receptionen, såfremt hun har en stol med armlæn."),
    (K, True, "Hvis han får en makker til de tunge løft, kan han godt fortsætte på byggepladsen."),
    (K, True, "Hun kan godt møde på kontoret, hvis hun får et hæve-sænkebord."),
    (K, True, "Han kan fortsætte på lageret, hvis han ikke skal løfte over 10 kg."),
    (K, True, "Hun kan arbejde i kantinen, når hun ikke skal bære gryderne selv."),
    (K, True, "Han kan køre sin rute, hvis han får en sækkevogn til kasserne."),
    (K, True, "Hun kan fortsætte i hjemmeplejen, hvis hun får lettere opgaver uden personlig pleje."),
    (K, True, "Han kan genoptage arbejdet, når han får nedsat arbejdstid de første uger."),
    # … not a medical or private condition, nor an aid that is merely had
    (K, False, "Hun kan arbejde igen, hvis hun får det bedre."),
    (K, False, "Han kan klare sit job, hvis han får smertestillende morgen og aften."),
    (K, False, "Hun kan starte på arbejdet, når hun ikke skal opereres alligevel."),
    (K, False, "Han kan gå en tur, hvis han får sin stok med."),
    (K, False, "Hun kan vende tilbage, når hun har fået en ny operation."),
    (K, False, "Han kan arbejde, hvis han får tid til genoptræningen om aftenen."),
    (K, False, "Hun sover bedre, når hun får en ny madras."),
    (K, False, "Hun arbejder ved kassen og har en stol med ryglæn."),
    (K, False, "Hun kan arbejde, hvis hun får hjælp til at sove om natten."),
    (K, False, "Han kan møde ind om morgenen, når han har haft sine timer hos psykologen."),
    # a return to one's own job with its amount of time between names no job; the job told beside it does
    (N, False, "Jeg forventer, at hun er tilbage på fuld tid i sit job i begyndelsen af marts."),
    (N, False, "Han kan formentlig være retur med 25 timer om ugen i sit arbejde efter påske."),
    (N, False, "Hun forventes at komme tilbage på nedsat tid på jobbet i april."),
    (N, False, "Han vender gradvist tilbage til fuld tid i sit job."),
    (N, True, "Jeg forventer, at han er tilbage på fuld tid i sit job som murer i februar."),
    (N, True, "Hun er tilbage på nedsat tid i sit job på et plejecenter."),
    (N, True, "I sit job skal han løfte kasser på op til 20 kg."),
    (N, True, "Han er kommet tilbage fra ferie og arbejder på lageret hos Brdr. Dahl."),
    (N, True, "På jobbet står hun ved et samlebånd det meste af dagen."),
    # the citizen's yes to the two professionals talking together (health side writing)
    (C, True, "Hun har sagt ja til, at jeg taler med jobcentret om hende."),
    (C, True, "Ole er indforstået med, at vi kan tale sammen om hans sag."),
    (C, True, "Han har godkendt, at vi to koordinerer hans forløb."),
    (C, False, "Hun er enig i, at vi drøfter træningsprogrammet igen om en måned."),
]

JOB: list[tuple[str, bool, str]] = [
    # a question of amount beside a vague one, either order
    (E, True, "Jeg har to spørgsmål:\n1. Hvor mange timer om ugen arbejder Jonas nu, og hvordan går det med "
              "træningen?\n2. Har han fået den nye stol?"),
    (E, True, "Hvor længe kan hun stå ad gangen, og hvordan går det ellers?"),
    (E, True, "Hvordan går det med ham, og hvor meget kan han løfte?"),
    (E, True, "Kan du skrive, hvor mange timer hun kan arbejde, og hvordan det går?"),
    (E, False, "Hvordan går det med ham?"),
    (E, False, "Kan du sende mig relevante oplysninger om hende?"),
    (E, False, "Skriv gerne, hvordan det går, og ring til mig."),
    (E, False, "Vi har længe ventet, og vil gerne høre hvordan det går."),
    # … the lift undoes only the vague request's void: someone else's request or a record received stays void
    (E, False, "Hans a-kasse har bedt om oplysninger om, hvor mange timer han kan arbejde, og hvordan det går."),
    (E, False, "Vi har modtaget din status om, hvor meget hun kan løfte, og hvordan det går, tak for den."),
    # the answer taken along into the writer's next step, or the citizen's plan the writer writes
    (U, True, "Send mig gerne en kort status om Lone inden fredag. Så kan jeg tage det med, når jeg skal skrive "
              "hendes plan for opstarten."),
    (U, True, "Skriv gerne kort, hvad hun kan løfte. Det tager jeg med, når jeg laver hendes plan for opstarten."),
    (U, True, "Dine svar tager jeg med i vurderingen af, om han kan starte i praktik."),
    (U, True, "Jeg tager oplysningerne med ind i planlægningen af hans tilbagevenden."),
    (U, True, "Dit svar skal jeg bruge, når jeg skriver hendes opfølgningsplan."),
    (U, True, "Jeg vil gerne vide, hvor meget han kan løfte, før jeg skriver hans jobplan."),
    (U, False, "Jeg tager det med til samtalen på tirsdag."),
    (U, False, "Jeg tager det med, når jeg kommer forbi klinikken."),
    (U, False, "Hun tager sin madpakke med til træningen."),
    (U, False, "Han har en plan for træningen derhjemme."),
    (U, False, "Fysioterapeuten skriver hans træningsprogram."),
    (U, False, "Jeg skriver til dig igen i næste uge."),
    # the citizen's yes to the two professionals talking together (job side writing); not the writer's own talk with
    # the citizen, nor someone else's yes
    (C, True, "Lise har sagt ja til, at vi to må tale sammen om hendes sygemelding."),
    (C, True, "Han har accepteret, at jeg snakker med dig om hans ryg."),
    (C, True, "Det er i orden med hende, at vi drøfter hendes situation."),
    (C, False, "Hun har sagt ja til, at vi taler om træningen næste gang."),
    (C, False, "Lederen har sagt ja til, at vi to må tale sammen."),
    (C, False, "Han har sagt ja til at tale med en psykolog."),
    (C, False, "Vi to må tale sammen om hendes forløb."),
]

test_health_statement = statement_test(HEALTH, profile=S)
test_job_statement = statement_test(JOB, profile=J)


REPLY = ("Fra: Lene Haugaard <lh@nordvejfysio.dk>\n"
         "Til: Søren Kragh <sokr@nordby.dk>\n"
         "Dato: 2. februar 2027 kl. 09:40\n"
         "Emne: SV: Karin Holt – status\n\n"
         "Hej Søren\n\n"
         "Karin kan nu sidde i 45 minutter ad gangen og løfte 8 kg fra gulvet.\n\n"
         "Hun bør fortsat undgå at bære over 8 kg de næste fire uger.\n\n"
         "Vi afslutter træningen hos os i uge 9.\n\n"
         "Jeg forventer, at hun er tilbage på fuld tid i sit job i løbet af marts.\n\n"
         "Venlig hilsen\nLene Haugaard\nFysioterapeut, Nordvej Fysioterapi\nMobil 28 41 66 09\n\n"
         "-----Oprindelig meddelelse-----\n"
         "Fra: Søren Kragh <sokr@nordby.dk>\n"
         "Sendt: 1. februar 2027 14:02\n"
         "Til: Lene Haugaard <lh@nordvejfysio.dk>\n"
         "Emne: Karin Holt – status\n\n"
         "Hej Lene\n\n"
         "Karin Holt har givet samtykke til, at vi udveksler oplysninger. Hun er pædagog i en børnehave. "
         "Hvordan går det?\n\n"
         "Venlig hilsen\nSøren Kragh\nSagsbehandler, Jobcenter Nordby\n")


def test_a_job_named_only_in_the_quoted_mail_beside_a_return_outlook_is_not_addressed(check_text):
    res = check_text(REPLY, profile=S)
    fired = {f.rule for f in res.findings}
    assert N in fired and C in fired
    assert not fired & {"sundhed.prognose", "sundhed.funktionsniveau", K, "sundhed.tidsplan"}


def test_the_job_named_in_the_reply_itself_counts(check_text):
    text = REPLY.replace("i sit job i løbet af marts.", "i sit job som pædagog i løbet af marts.")
    assert N not in {f.rule for f in check_text(text, profile=S).findings}
