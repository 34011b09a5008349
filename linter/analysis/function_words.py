"""Danish function words that open a clause or a phrase that is not a noun phrase.

The blank Danish pipeline has no part-of-speech tagger, so "is this a noun phrase?" is
answered by the closed word classes that never start one: conjunctions, relative and
interrogative words, sentence adverbs, personal pronouns, auxiliaries and prepositions.
Articles and determiners that start noun phrases ("en", "et", "den", "det", "de") are
deliberately absent. Closed classes, so the lists are complete rather than grown word by
word from letters.
"""

from __future__ import annotations

import re

COORDINATING = frozenset({"og", "eller", "men", "samt", "både", "enten", "hverken", "thi", "så"})

SUBORDINATING = frozenset({
    "at", "om", "hvis", "når", "da", "fordi", "idet", "eftersom", "siden", "mens", "medens", "før", "førend",
    "inden", "efter", "indtil", "til", "selvom", "skønt", "omend", "uagtet", "medmindre", "såfremt", "dersom",
    "ifald", "såsom", "ligesom", "end", "jo", "forudsat", "såvidt", "efterhånden", "uden"})

RELATIVE = frozenset({
    "som", "der", "hvor", "hvilket", "hvilken", "hvilke", "hvis", "hvem", "hvad", "hvorfor", "hvordan",
    "hvornår", "hvorvidt", "hvorledes", "hvorefter", "hvorved", "hvormed", "hvori", "hvorpå", "hvortil",
    "hvoraf", "hvorfra", "hvorunder", "hvorom", "hvorimod", "hvorigennem"})

# sentence and connective adverbs (words that are mainly adjectives, such as "tidligere"
# or "typisk", are left out: "typisk smerte i lænden" is a noun phrase)
ADVERBS = frozenset({
    "også", "ikke", "aldrig", "altid", "kun", "bare", "blot", "især", "navnlig", "derfor", "dermed",
    "desuden", "derudover", "ellers", "alligevel", "endda", "endog", "heller", "hellere", "nok", "vist",
    "dog", "nu", "her", "nemlig", "måske", "muligvis", "formentlig", "formodentlig", "sandsynligvis",
    "antageligt", "antagelig", "givetvis", "gerne", "helst", "normalt", "oftest", "ofte", "sjældent",
    "stadig", "stadigvæk", "fortsat", "endnu", "allerede", "igen", "først", "senere", "sidst", "bagefter",
    "derefter", "herefter", "dernæst", "efterfølgende", "forinden", "imens", "samtidig", "desværre",
    "heldigvis", "selvfølgelig", "naturligvis", "faktisk", "egentlig", "primært", "hovedsageligt",
    "næsten", "cirka", "ca.", "fx", "f.eks.", "bl.a.", "evt.", "eventuelt", "herunder", "fremover",
    "hidtil", "foreløbig", "foreløbigt", "umiddelbart", "hvorimod", "derimod", "tværtimod", "således"})

PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "man", "mig", "dig", "ham", "hende", "os", "jer",
                      "dem", "sig"})

AUXILIARIES = frozenset({
    "er", "var", "har", "havde", "bliver", "blev", "kan", "kunne", "skal", "skulle", "vil", "ville", "må",
    "måtte", "bør", "burde", "tør", "turde", "gør", "gjorde"})

# the personal pronouns and formal subjects that open a main clause ("Vi beder om …", "Der er …"; not "i", a
# preposition far more often than "you")
SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "man", "de", "det", "der"})

# frequent finite forms of irregular verbs, which the regular present and past endings (-er, -ede, -te) miss
IRREGULAR_FINITE = frozenset({"får", "fik", "går", "gik", "ser", "så", "tager", "tog", "beder", "bad"})

PREPOSITIONS = frozenset({
    "i", "på", "til", "fra", "med", "uden", "af", "for", "om", "ved", "hos", "under", "over", "efter", "før",
    "inden", "mod", "imod", "gennem", "igennem", "mellem", "imellem", "blandt", "bag", "bagved", "foran",
    "langs", "omkring", "siden", "trods", "ifølge", "angående", "vedrørende", "via", "pr.", "per", "hen", "udover",
    "indenfor", "udenfor", "ovenpå", "nedenunder", "pga.", "iht.", "ift."})

# indefinite pronouns and quantifiers: after "eller" they name no alternative for a term, they leave
# the choice open ("en § 56-aftale eller andet", "ischias eller lignende")
INDEFINITE = frozenset({"andet", "andre", "noget", "nogen", "nogle", "lignende", "tilsvarende", "sådan",
                        "sådant", "sådanne", "mere", "mindre", "ej", "hvad", "alt", "intet", "ingen"})

# negative determiners and pronouns: they open a noun phrase that denies ("ingen tegn på påvirkede nerver",
# "intet at bemærke"), a finding of its own in note style, never a second name for the term before it
NEGATIVE = frozenset({"ingen", "intet", "ingenting"})

# two-word openers whose first word alone could start a noun phrase ("selv om", "i fald")
PHRASES = frozenset({"selv om", "i fald", "i og med", "for at", "så længe", "så snart", "så vidt", "uden at",
                     "efter at", "før at", "som om", "på trods"})

# a word in the same clause as the term: these end the clause (a parenthesis after them
# belongs to another clause); prepositions and pronouns stay inside it ("… med arbejdsgiveren (…)")
CLAUSE_BREAKS = COORDINATING | RELATIVE | (SUBORDINATING - PREPOSITIONS)

NOT_NOUN_PHRASE = COORDINATING | SUBORDINATING | RELATIVE | ADVERBS | PRONOUNS | AUXILIARIES | PREPOSITIONS


_WORD = re.compile(r"\w[\w.-]*")


def starts_indefinite(text: str) -> bool:
    """True when `text` opens with an indefinite pronoun or quantifier ("andet", "lignende", …)."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(text[:40])[:1]]
    return bool(words) and words[0] in INDEFINITE


def starts_negation(text: str) -> bool:
    """True when `text` opens with a negative determiner or pronoun ("ingen udstråling", "intet …")."""
    words = [w.lower() for w in _WORD.findall(text[:40])[:1]]
    return bool(words) and words[0] in NEGATIVE


def starts_non_noun_phrase(text: str) -> bool:
    """True when `text` opens with a clause, an adverbial or a prepositional phrase
    ("hvis du mener, at …", "og han …", "i første omgang …"), never with a noun phrase
    such as an apposition ("en skive i ryggen", "almindelige smerter i lænden")."""
    words = [w.lower() for w in _WORD.findall(text[:80])[:2]]
    if not words:
        return False
    first = words[0]
    return first in NOT_NOUN_PHRASE or first.rstrip(".") in NOT_NOUN_PHRASE or \
        " ".join(w.rstrip(".") for w in words) in PHRASES
