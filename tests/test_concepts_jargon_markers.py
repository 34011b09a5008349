"""sprog.jargon from blind sets fa/fb: a generic next-sentence opener ("Det betyder, at …") explains
only the last term of the sentence before it; "altså"/"dvs." a few more words after a compound term
explains it when the noun phrase after the marker carries the term's own head ("fleksjob …, altså et
job på nedsat tid"). Every body is our own."""

from __future__ import annotations

import pytest
from test_concepts_language import _run


@pytest.mark.parametrize(("body", "terms"), [
    # the opener explains the term just before it, not an earlier one in the same sentence
    ("Han har en spinalstenose og tydelig kinesiofobi. Det betyder, at han er bange for at bevæge sig.",
     ["spinalstenose"]),
    ("Han har tydelig kinesiofobi. Det betyder, at han er bange for at bevæge sig.", []),
    # the marker's noun phrase repeats the compound's head: explained, also several words after the term
    ("Vi har talt om, at et fleksjob kunne være en mulighed for ham, altså et job på nedsat tid.", []),
    ("Hun er i et ressourceforløb hos os i Lindeby, dvs. et længere forløb med hjælp fra kommunen.", []),
    # the noun phrase after the marker is about something else, or a clause break lies between
    ("Vi har talt om, at et fleksjob kunne være en mulighed for ham, altså en god løsning for alle.",
     ["fleksjob"]),
    ("Han ønsker et fleksjob, men han er bange for at miste sit arbejde, altså et job han holder af.",
     ["fleksjob"]),
])
def test_jargon_markers(check_text, body, terms):
    assert [f.term for f in _run(check_text, "sprog.jargon", body)] == terms
