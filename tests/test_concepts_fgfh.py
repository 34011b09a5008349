"""Classes from blind sets fg/fh: a work outlook worded as the citizen's role done again ("kan køre som
chauffør igen") is a stance on work after treatment, while a non-role after "som" ("som normalt") is none;
an apposition opened by an article may list things in its own complement ("en rundbordssamtale, et møde
mellem Ole, hans arbejdsgiver, jer og mig") and still explains the term, while a bare list after a term
explains nothing. Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts import assert_addressed

P, S = 'sundhed.prognose', 'sundhed-til-job'

CASES: list[tuple[str, str, bool, str]] = [
    # (rule, profile, addressed?, body)
    (P, S, True, 'Jeg regner med, at hun kan køre som buschauffør igen fra august.'),
    (P, S, True, 'Hun kan formentlig klippe som frisør igen om et par måneder.'),
    (P, S, True, 'Han vil kunne starte igen som lagermedarbejder i juni.'),
    (P, S, True, 'Jeg tror, hun kan arbejde som pædagog igen efter sommerferien.'),
    (P, S, True, 'Han kan ikke arbejde som murer igen.'),
    (P, S, False, 'Hun kan gå som normalt igen.'),
    (P, S, False, 'Han kunne sove som en sten igen efter indsprøjtningen.'),
    (P, S, False, 'Hun kan igen som før gå ture med hunden.'),
    (P, S, False, 'Han var ansat som tømrer, men er nu sygemeldt.'),
    (P, S, False, 'Måske kan han arbejde som chauffør igen.'),
]


@pytest.mark.parametrize(("rule_id", "profile", "addressed", "body"), CASES,
                         ids=[f"{r}-{'yes' if a else 'no'}-{i}" for i, (r, _, a, _) in enumerate(CASES)])
def test_statement(check_text, rule_id, profile, addressed, body):
    assert_addressed(check_text, rule_id, addressed, body, profile)


J = "job-til-sundhed"


@pytest.mark.parametrize(("body", "terms"), [
    ('Vi inviterer til en rundbordssamtale, et møde mellem Ole, hans leder, tillidsmanden og mig.', []),
    ('Hun skal i virksomhedspraktik, en periode hos en arbejdsgiver, hvor hun prøver opgaver, timer og '
     'pauser af.', []),
    ('Han fik en diskusprolaps, et brud på en skive mellem to ryghvirvler, sidste år.', []),
    # a bare list after the term is no apposition
    ('Han har lumbago, hovedpine, svimmelhed, kvalme og træthed.', ['lumbago']),
    ('Hun har ischias, nakkesmerter, søvnbesvær, uro og angst.', ['ischias']),
])
def test_apposition_with_a_list_in_its_complement(check_text, body, terms):
    from test_concepts import HEAD, TAIL
    res = check_text(HEAD[J] + body + TAIL, profile=J, only={"sprog.jargon"})
    assert [f.term for f in res.findings if f.rule == "sprog.jargon"] == terms


@pytest.mark.parametrize(("body", "terms"), [
    # the very next sentence takes the term up by a pronoun and defines it
    ('Vi overvejer en varighedsbegrænsning. Den betyder, at sygedagpengene stopper efter 22 uger.', []),
    ('Han skal have en arbejdsprøvning. Formålet med den er at se, hvad han kan klare på en arbejdsplads.', []),
    ('Vi taler om fleksjob. Det går ud på, at han arbejder færre timer med løntilskud.', []),
    # a pronoun that states something about the term explains nothing
    ('Han har en prolaps. Den er blevet mindre siden sidst.', ['prolaps']),
    ('Hun har kinesiofobi. Hun træner to gange om ugen.', ['kinesiofobi']),
])
def test_next_sentence_takes_the_term_up_by_a_pronoun(check_text, body, terms):
    from test_concepts import HEAD, TAIL
    res = check_text(HEAD[J] + body + TAIL, profile=J, only={"sprog.jargon"})
    assert [f.term for f in res.findings if f.rule == "sprog.jargon"] == terms
