"""sprog.jargon: what counts as an explanation of a term. A parenthesis a few words after
the term in the same clause explains it unless it is plainly something else; an apposition
is a noun phrase, never a clause, adverbial or prepositional phrase, nor a negated one."""

from __future__ import annotations

import pytest

from linter.analysis.function_words import NOT_NOUN_PHRASE, starts_non_noun_phrase

HEAD = "Rygklinikken Vestby\nÅvej 4, 7100 Vejle\n\nTil: Jobcenter Vejle\n\nVejle, 9. april 2026\n\n"
TAIL = "\n\nMed venlig hilsen\n\nPernille Holt\n"


def _flagged(check_text, body: str) -> list[str]:
    res = check_text(HEAD + "Vedr.: Karin Lund\n\nKære Jonas\n\n" + body + TAIL, profile="generel",
                     only={"sprog.jargon"})
    return [f.term for f in res.findings if f.rule == "sprog.jargon"]


@pytest.mark.parametrize("body", [
    # a parenthesis a few words after the term, in the same clause
    "Vi har indgået en § 56-aftale med hans arbejdsgiver (en aftale om, at kommunen betaler sygedagpenge fra "
    "første dag).",
    "Karin er i et ressourceforløb hos kommunen (et forløb på op til fem år med hjælp fra flere fagfolk).",
    "Karin har lumbago i lænden (hekseskud).",
    "Karin har fået en mulighedserklæring fra Lise (en blanket, hvor lægen beskriver, hvad hun kan).",
    # the other forms still count
    "Karin har lumbago (hekseskud) og er sygemeldt.",
    "Karin har lumbago, en almindelig form for smerter i lænden.",
    "Karin har lumbago, pludselige smerter i lænden, og er sygemeldt.",
    "Karin har lumbago eller hekseskud, som mange kalder det.",
    "Karin har lumbago – hekseskud – og er sygemeldt.",
    # an apposition after a colon
    "Karin har lumbago: pludselige smerter i lænden.",
])
def test_explained(check_text, body):
    assert _flagged(check_text, body) == []


@pytest.mark.parametrize(("body", "term"), [
    # a parenthesis that is plainly something else
    ("Karin er i et ressourceforløb siden januar (se bilag 2).", "ressourceforløb"),
    # a form's value or a clause after a colon is no explanation
    ("Ischias: ja", "ischias"),
    ("Karin har ischias: hvis det bliver værre, ringer hun.", "ischias"),
    ("Karin er i et ressourceforløb siden januar (jf. vores brev).", "ressourceforløb"),
    ("Karin startede i virksomhedspraktik hos Netto (3. marts 2026).", "virksomhedspraktik"),
    ("Karin startede i virksomhedspraktik i marts (uge 10).", "virksomhedspraktik"),
    ("Karin har ischias i det ene ben (fx ved lange gåture).", "ischias"),
    ("Karin skal i arbejdsprøvning hos Føtex (Salling Group).", "arbejdsprøvning"),
    ("Karin skal i arbejdsprøvning hos Brugsen (Brugsen i Vejle).", "arbejdsprøvning"),
    ("Karin er i fleksjob hos STAR (Styrelsen for Arbejdsmarked og Rekruttering).", "fleksjob"),
    # not in the same clause, or too far away
    ("Karin har fleksjob og arbejder i kantinen (køkkenet på skolen).", "fleksjob"),
    ("Karin er i fleksjob, hvor hun arbejder i kantinen (køkkenet på skolen).", "fleksjob"),
    ("Karin har en diskusprolaps. Hun har ondt (meget ondt).", "diskusprolaps"),
    ("Karin har fået et ressourceforløb i sin kommune i Jylland (et forløb på op til fem år).", "ressourceforløb"),
    # the parenthesis belongs to a nearer term
    ("Vi søger om et ressourceforløb eller et jobafklaringsforløb (et forløb med hjælp fra kommunen).",
     "ressourceforløb"),
    # a clause, an adverbial or a prepositional phrase after the comma is no apposition
    ("Vi har talt om delvis raskmelding, hvis du mener, at det er muligt.", "delvis raskmelding"),
    ("Vi har talt om delvis raskmelding, når hun er klar til det.", "delvis raskmelding"),
    ("Vi har talt om delvis raskmelding, selv om hun stadig har ondt.", "delvis raskmelding"),
    ("Vi har talt om delvis raskmelding, medmindre hun får det værre.", "delvis raskmelding"),
    ("Vi har talt om delvis raskmelding, i første omgang med ti timer.", "delvis raskmelding"),
    ("Vi har talt om delvis raskmelding, måske allerede i næste uge.", "delvis raskmelding"),
    ("Vi har talt om delvis raskmelding, hun vil gerne prøve.", "delvis raskmelding"),
    ("Vi overvejer fleksjob eller at hun går ned i tid.", "fleksjob"),
    ("Vi overvejer fleksjob – og det er hun glad for.", "fleksjob"),
])
def test_not_explained(check_text, body, term):
    assert _flagged(check_text, body) == [term]


@pytest.mark.parametrize("text", [
    "hvis du mener, at det går", "når hun kan", "fordi han har ondt", "da hun er sygemeldt", "selvom det gør ondt",
    "selv om det gør ondt", "mens han venter", "så hun kan arbejde", "og han er glad", "men det går", "eller at hun",
    "at hun kan", "som om det var", "medmindre han", "idet han", "efter at hun", "før han", "inden hun",
    "hvor hun arbejder", "hvilket er godt", "i første omgang", "på nedsat tid", "måske i næste uge",
    "ikke endnu", "han vil gerne", "kan hun klare det", "f.eks. to timer", "ca. ti timer",
])
def test_clauses_and_phrases_are_no_noun_phrase(text):
    assert starts_non_noun_phrase(text)


@pytest.mark.parametrize("text", [
    "en skive i ryggen, der buler ud", "et forløb med hjælp fra kommunen", "den mest almindelige form",
    "det lille led bagtil", "de små led i ryggen", "almindelige smerter i lænden", "pludselige smerter",
    "hekseskud", "typisk smerte i lænden",
])
def test_noun_phrases_are_noun_phrases(text):
    assert not starts_non_noun_phrase(text)


def test_articles_and_determiners_are_never_listed():
    assert {"en", "et", "den", "det", "de", "denne", "dette", "disse", "hans", "hendes", "ingen"}.isdisjoint(
        NOT_NOUN_PHRASE)


def test_explanation_cues_are_data_and_a_missing_set_is_named():
    """The explain kind's Danish markers come from lexicons/letter/explanation.yaml; a lexicon set
    without one of its sets stops the engine with the set named, not a silent non-match."""
    from types import SimpleNamespace

    from linter.data import data_dir
    from linter.errors import ConfigError
    from linter.kinds.explain import _Markers
    from linter.lexicons import load_lexicons

    shipped = load_lexicons([data_dir("lexicons")])
    markers = _Markers(shipped)
    assert markers.near.match(" blive aktuelt, dvs. et job")
    assert markers.not_explanation.match("jf. bilag 2") and not markers.not_explanation.match("smerter i ryggen")
    data = dict(shipped.raw["letter-explanation"])
    data["sets"] = {k: v for k, v in data["sets"].items() if k != "later-marker"}
    broken = SimpleNamespace(raw={"letter-explanation": data})
    with pytest.raises(ConfigError, match="later-marker"):
        _Markers(broken)


@pytest.mark.parametrize(("body", "term"), [
    # a negated noun phrase after the term is a finding of its own in note style, no second name for it
    ("Undersøgt i februar. Typisk lumbago, ingen tegn på nerveafklemning.", "lumbago"),
    ("Karin har ischias, ingen lammelser i benet.", "ischias"),
    ("Lumbago: intet unormalt ved undersøgelsen i øvrigt.", "lumbago"),
    ("Karin har lumbago – ingen udstråling til benene.", "lumbago"),
])
def test_a_negated_phrase_after_the_term_explains_nothing(check_text, body, term):
    assert _flagged(check_text, body) == [term]


@pytest.mark.parametrize(("text", "negated"), [
    ("ingen tegn på nerveafklemning", True), ("intet at bemærke", True), ("Ingenting nyt", True),
    ("almindelige smerter i lænden", False), ("en skive i ryggen", False), ("ingeniør på et værft", False),
])
def test_negation_opener(text, negated):
    from linter.analysis.function_words import starts_negation

    assert starts_negation(text) is negated
