"""Stop 29 health-side content classes (every sentence here is invented):

- sundhed.nuvaerende-job: a self-employed citizen's own business as the current job, with words between the verb and
  the business ("driver selv en lille malerforretning", "ejer sammen med sin bror et vognmandsfirma", "har selv en
  lille …", "kører sit eget …", "er indehaver af …"); a relative's business and a business given up or only planned
  are none;
- sundhed.skaanehensyn: advice about sport and leisure ("bør holde pause fra håndbold", "må ikke spille fodbold") is
  no work adjustment, also for the sentence scorer; a work adjustment in its own coordinated clause beside it
  ("… på jobbet og må ikke spille fodbold") still counts ("og"/"eller" before a present modal opens a clause);
- sundhed.tidsplan: a deadline for a document or an answer ("vil gerne have kommunens plan senest 1. april",
  "skemaet bedes returneret inden …", "være os i hænde senest …") is no time frame; a
  future day/month/two-digit-year date with a slash and a dash ("planlagt 22/6-26") is one; a
  treatment done in the perfect passive ("er opereret 4/11-25") is history;
- sundhed.funktionsniveau: walking told by the aid left behind ("går nu uden stok") and stairs by "tage" or "op og
  ned ad" ("kan tage trapperne til 2. sal", "går op og ned ad trapperne"); a relative's walking is none.
"""

from __future__ import annotations

from test_concepts import statement_test

S = "sundhed-til-job"
N, K, T, F = "sundhed.nuvaerende-job", "sundhed.skaanehensyn", "sundhed.tidsplan", "sundhed.funktionsniveau"

HEALTH: list[tuple[str, bool, str]] = [
    # a self-employed citizen's own business, words between the verb and the business
    (N, True, "Han driver selv en lille malerforretning med to svende."),
    (N, True, "Hun driver til daglig en lille café ved stationen."),
    (N, True, "Han ejer sammen med sin bror et vognmandsfirma i Skive."),
    (N, True, "Hun har selv en lille blomsterbutik, hvor hun står alene."),
    (N, True, "Han kører sit eget murerfirma og er meget på stilladser."),
    (N, True, "Hun har en lille rengøringsvirksomhed og gør selv rent hos kunderne."),
    (N, True, "Han driver i dag et mindre elektrikerfirma."),
    (N, True, "Hun er indehaver af en lille frisørsalon i Ribe."),
    (N, True, "Han har sit eget værksted, hvor han reparerer landbrugsmaskiner."),
    # … not a relative's business, nor one given up or only planned
    (N, False, "Hans kone driver selv en lille frisørsalon."),
    (N, False, "Han drev tidligere en lille tømrerforretning, som blev lukket i 2020."),
    (N, False, "Hun overvejer at starte sin egen rengøringsvirksomhed."),
    (N, False, "Hendes mand er indehaver af et tømrerfirma."),
    # sport and leisure are no work adjustment
    (K, False, "Hun bør holde pause fra håndbold resten af året."),
    (K, False, "Han må ikke spille fodbold de næste tre måneder."),
    (K, False, "Hun bør vente med at løbe, til hoften er i ro."),
    (K, False, "Han skal holde en pause fra badminton og golf i et halvt år."),
    (K, False, "Vi anbefaler, at han skærer ned på fritidsaktiviteterne, så han har kræfter til arbejdet."),
    (K, False, "Hun bør undgå kontaktsport og tunge løft i fritiden."),
    (K, False, "Hun bør ikke ride, før bækkenet er helet."),
    # … a work adjustment beside it still counts
    (K, True, "Hun bør have lettere opgaver på lageret og må ikke spille håndbold."),
    (K, True, "Han bør holde pauser hver time på arbejdet."),
    # a deadline for a document or an answer is no time frame
    (T, False, "Jeg vil gerne have kommunens plan senest 1. april."),
    (T, False, "Jeg vil gerne have jeres svar senest 15. april 2026."),
    (T, False, "Skemaet bedes returneret til os inden 15. april 2026."),
    (T, False, "Jeg sender min udtalelse senest 20. marts 2026."),
    (T, False, "Statusattesten skal være os i hænde senest 1. april 2026."),
    # … a treatment's own deadline is one
    (T, True, "Genoptræningen skal være afsluttet senest 1. maj 2026."),
    (T, True, "Hun skal opereres senest 1. juni 2026."),
    # a future date with a slash and a dash, two-digit year; a treatment done in the perfect passive is history
    (T, True, "Operation planlagt 22/6-26 på Sygehus Lillebælt."),
    (T, True, "Ny kontrol 3/9-26 i ortopædkirurgisk ambulatorium."),
    (T, True, "Genoptræningen afsluttes 30/6-26."),
    (T, False, "Hun er opereret 4/11-25 og genoptræner nu."),
    (T, False, "Han er blevet scannet den 12/1-26."),
    # walking told by the aid left behind, stairs by "tage" or "op og ned ad"
    (F, True, "Han går nu rundt uden stok både ude og inde."),
    (F, True, "Hun færdes sikkert uden rollator."),
    (F, True, "Han kan tage trapperne til 2. sal uden pause."),
    (F, True, "Hun tager nu trappen uden at holde i gelænderet."),
    (F, True, "Han går op og ned ad trapperne uden besvær."),
    (F, False, "Hendes mand går uden stok."),
    (F, False, "Målet er, at han kan gå uden krykker til sommer."),
    (F, False, "Hun gik uden krykker allerede i 2024."),
]

test_health_statement = statement_test(HEALTH, profile=S)
