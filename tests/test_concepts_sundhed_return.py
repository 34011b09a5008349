"""sundhed.funktionsniveau, sundhed.prognose, sundhed.skaanehensyn and sundhed.tidsplan from blind sets
fa/fb: a return to work 'på nedsat tid' under an assessing verb is an outlook, not a functional level;
a return ruled out 'foreløbig' is no outlook; a working position with an aid ('bør sidde … på en høj
stol') is an accommodation; a birth date in a form's head is not the letter's date, and in an undated
form a past participle ('givet', 'underskrevet') tells a date is history. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import HEAD, TAIL, assert_addressed

CASES: list[tuple[str, bool, str]] = [
    ('sundhed.funktionsniveau', False, 'Jeg vurderer, at han kan vende tilbage til sit arbejde på nedsat tid i juni.'),
    ('sundhed.funktionsniveau', False, 'Jeg skønner, at hun vender tilbage til sit job som kok, først på nedsat tid.'),
    ('sundhed.funktionsniveau', False, 'Det vurderes, at han kan genoptage arbejdet på deltid efter ferien.'),
    ('sundhed.funktionsniveau', True, 'Jeg vurderer, at han kan arbejde 15 timer om ugen nu.'),
    ('sundhed.funktionsniveau', True, 'Jeg vurderer, at han kan vende tilbage, og at han nu tåler 20 timer om ugen.'),
    ('sundhed.funktionsniveau', True, 'Jeg vurderer, at hun kan vende tilbage på nedsat tid, 20 timer om ugen.'),
    ('sundhed.funktionsniveau', True, 'Arbejdsevnen vurderes til 20 timer om ugen.'),
    # a return ruled out only for now is no outlook; ruled out firmly, or with an outlook after it, is one
    ('sundhed.prognose', False, 'Han kan ikke vende tilbage til sit arbejde foreløbig.'),
    ('sundhed.prognose', False, 'Hun kan endnu ikke genoptage arbejdet i butikken.'),
    ('sundhed.prognose', False, 'Han kan ikke komme tilbage på lageret lige nu.'),
    ('sundhed.prognose', True, 'Han kan ikke vende tilbage til sit arbejde som murer.'),
    ('sundhed.prognose', True,
     'Hun kan ikke vende tilbage foreløbig, men jeg forventer, at hun kan starte på nedsat tid i marts.'),
    # a working position with an aid is an accommodation; the same position as a capacity is not
    ('sundhed.skaanehensyn', True, 'Hun bør sidde ved kassen på en høj stol.'),
    ('sundhed.skaanehensyn', True, 'Han skal stå på en ståmåtte ved båndet.'),
    ('sundhed.skaanehensyn', True, 'Hun bør arbejde ved et hæve-sænkebord.'),
    ('sundhed.skaanehensyn', False, 'Hun kan sidde på en høj stol i en time.'),
    ('sundhed.skaanehensyn', False, 'Han sidder på en kontorstol hele dagen.'),
]


@pytest.mark.parametrize(("rule_id", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body)


FORM = ("STATUSNOTAT\nLindeby Kommune, Træningen\n\nDato: «Dato»\nTil: Jobcenter Lindeby\n"
        "Borger: Ole Hansen, f. 14.03.1971\n{consent}\nKontakt: Ergoterapeut Marie Jensen, tlf. 40 27 15 93\n\n"
        "Funktionsniveau: Kan stå 30 min.\n{plan}\n")


@pytest.mark.parametrize(("consent", "plan", "addressed"), [
    ("Samtykke: Ja – givet mundtligt 18.11.2026", "Forventet varighed:", False),
    ("Samtykkeerklæring underskrevet 2. december 2026", "Forventet varighed:", False),
    ("Samtykke: Ja", "Forventet varighed: til 18.11.2026", True),
    ("Samtykke: Ja", "Næste kontrol: 18. november 2026", True),
])
def test_form_dates_in_an_undated_form(check_text, consent, plan, addressed):
    text = FORM.format(consent=consent, plan=plan)
    result = check_text(text, profile="sundhed-til-job", only={"sundhed.tidsplan"})
    fired = any(f.rule == "sundhed.tidsplan" for f in result.findings)
    assert fired != addressed, f"tidsplan should {'' if addressed else 'not '}count: {consent!r} / {plan!r}"


def test_a_birth_date_is_not_the_letters_date(engine):
    from linter.letter.dated import letter_date
    from linter.readers import read_bytes
    text = FORM.format(consent="Samtykke: Ja", plan="")
    a = engine.analyse(read_bytes(text.encode("utf-8"), ".txt", "brev.txt"))
    assert letter_date(a) is None
    head = HEAD["sundhed-til-job"].replace("Vedr.:", "Borger: Ole Hansen, f. 14.03.1971\nVedr.:")
    a = engine.analyse(read_bytes((head + "Han kan stå 30 min." + TAIL).encode("utf-8"), ".txt", "brev.txt"))
    assert str(letter_date(a)) == "2026-03-02"
