"""Stop 29, second round, health-side content classes (every sentence here is invented):

- sundhed.prognose: the citizen's own business taken on again ahead, under an assessment ("Jeg forventer, at hun kan
  passe sin butik igen"); the work itself "som før"/"som hidtil" ("kan tage sine vagter som før"); the return as the
  possibilities a talk or meeting is to look at ("drøfte hans muligheder for at komme tilbage") and a relative's
  opinion ("Hans søn mener ikke, at …") are no stance;
- sundhed.skaanehensyn: an adjustment in the impersonal passive ("der bør indlægges pauser", "bør der indrettes et
  hæve-sænkebord"), a task rotation advised, a note's fragment freeing the citizen of a task ("Fri for
  nattevagter"); the citizen's own request to the employer is none, nor advice worded across the comma whose advised
  clause is about life outside work ("Vi har rådet hende til, at hun ikke bærer sit barnebarn …");
- sundhed.funktionsniveau: able to do a kind of work named by its noun ("i stand til deltidsarbejde"), getting up
  ("svært ved at rejse sig"), a walking distance limited ("går kun korte strækninger"); advice to walk is none;
- sundhed.nuvaerende-job: the job told by where one stands or sits every day ("Til daglig står hun i køkkenet på en
  kro"); a pastime is none;
- sundhed.tidsplan: another person's treatment ("Hendes mand skal opereres …") is no time frame; the citizen's own
  plan in the next clause still is.
"""

from __future__ import annotations

from test_concepts import statement_test

S = "sundhed-til-job"
P, K, F, N, T = ("sundhed.prognose", "sundhed.skaanehensyn", "sundhed.funktionsniveau", "sundhed.nuvaerende-job",
                 "sundhed.tidsplan")

HEALTH: list[tuple[str, bool, str]] = [
    # the citizen's own business again, under an assessment
    (P, True, "Jeg forventer, at hun kan passe sin blomsterbutik igen fra februar."),
    (P, True, "Jeg vurderer, at han vil kunne drive sit vognmandsfirma videre med en ekstra chauffør."),
    (P, True, "Min forventning er, at hun kan passe sin lille frisørsalon igen, hvis hun tager færre kunder."),
    (P, False, "Hun driver sin egen frisørsalon, og jeg vurderer, at smerterne kommer fra lænden."),
    # the work itself as before
    (P, True, "Efter operationen kan han tage sine vagter i hjemmeplejen som før."),
    (P, True, "Hun vil kunne passe sit job i børnehaven som hidtil, når armen er helet."),
    # a talk's or meeting's topic, a relative's opinion: no stance
    (P, False, "Vi vil gerne drøfte hendes muligheder for at vende tilbage til butikken på et møde."),
    (P, False, "Jeg foreslår et møde om, hvordan han kan komme tilbage på lageret."),
    (P, False, "Hans søn mener ikke, at han kan klare at køre bus igen."),
    (P, False, "Hendes mand tror, at hun kan vende tilbage til sit job til sommer."),
    (P, True, "Hendes mand er bekymret, men jeg forventer, at hun kan vende tilbage til sit job til sommer."),
    # adjustments in the impersonal passive, a rotation, a note's fragment
    (K, True, "På lageret bør der indlægges korte pauser hver time."),
    (K, True, "Der bør indrettes et hæve-sænkebord ved hendes arbejdsplads."),
    (K, True, "Han kan ikke sidde mere end 20 minutter ad gangen, så der bør tilbydes opgaverotation."),
    (K, True, "Hun bør rotere mellem kassen og varepåfyldning."),
    (K, True, "Fri for nattevagter de næste to måneder."),
    (K, False, "Fri for smerter efter den sidste behandling."),
    # the citizen's own request; advice for life outside work worded across the comma
    (K, False, "Han har selv spurgt sin leder om en ståmåtte."),
    (K, False, "Vi har rådet hende til, at hun ikke bærer sit barnebarn og holder pause med havearbejdet."),
    (K, True, "Vi har anbefalet, at hun ikke løfter over 10 kg på arbejdet."),
    # a kind of work by its noun, getting up, a walking distance
    (F, True, "Han er i stand til deltidsarbejde med siddende opgaver."),
    (F, True, "Hun vurderes i stand til let, stillesiddende arbejde."),
    (F, True, "Han har svært ved at rejse sig fra sengen om morgenen."),
    (F, True, "Hun går kun korte strækninger, før hoften gør ondt."),
    (F, False, "Hun bør gå korte ture hver dag."),
    # where one stands or sits every day
    (N, True, "Til daglig står hun i køkkenet på en kro."),
    (N, True, "Til daglig sidder han i receptionen på et hotel."),
    (N, True, "Han står i opvasken på en restaurant."),
    (N, False, "Til daglig sidder hun meget i sofaen."),
    # another person's treatment
    (T, False, "Hendes mand skal opereres i næste måned, og hun skal passe ham."),
    (T, False, "Hans kone er indlagt til kemoterapi frem til jul."),
    (T, True, "Hendes mand skal opereres i april, og hun skal selv starte genoptræning 1. maj."),
]

test_health_statement = statement_test(HEALTH, profile=S)
