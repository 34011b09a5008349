"""Stop 27, profile classes (linter/profiles.py, lexicons/letter/sectors.yaml, lexicons/letter/layout.yaml), pinned
with invented letters:

- a copy's field ("Cc:", "Kopi til:") to the sender's own sector, when a "Til:" field names whom the letter is to,
  names no addressee: a physiotherapist's mail to a caseworker by name, Cc her own health centre's mailbox, is
  still the health side's letter to the job centre (not "health to health"); a copy to the other sector still
  counts (a status to the citizen with the job centre in copy);
- a note kept in the writer's own case (a job centre's telephone note or journal note, "Notatet er kun til intern
  brug") is written to no one: `generel` (RULES.md: the direction cannot be told), but a memo with a "Til:" field
  keeps its direction;
- a sender naming no sector who writes from a private mail service and signs with a first name is the citizen or a
  relative: `generel`, whatever the recipient.
"""

from __future__ import annotations

from linter.i18n import PROFILE_REASONS, profile_source

REPORT = ("Her er den status, du spurgte efter. Lasse har givet samtykke til, at jeg skriver til dig.\n\n"
          "Lasse er chauffør og kører varer ud i en lille lastbil. Han kan nu sidde i to timer ad gangen og løfte "
          "10 kg.\n\nHan bør de næste fire uger slippe for at bære de tunge kasser alene. Jeg forventer, at han er "
          "tilbage i sit job på fuld tid i marts.\n\n")


def _profile(check_text, text: str) -> tuple[str, str | None]:
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason


# -- a copy is no addressee ------------------------------------------------------------------------------------

def test_a_copy_to_the_senders_own_unit_is_no_addressee(check_text):
    text = ("Fra: Tove Kragh Lind <tokl@aakjaer.dk>\nSendt: 3. februar 2027 09:12\n"
            "Til: Jesper Holt <jeho@aakjaer.dk>\nCc: Træningscentret <traeningscenter@aakjaer.dk>\n"
            "Emne: Status - Lasse Bro\n\nHej Jesper\n\n" + REPORT
            + "Hilsen\nTove\n\nTove Kragh Lind\nFysioterapeut, Træningscenter Aakjær\nTlf. 41 22 63 70\n")
    res = check_text(text, only=set())
    assert res.profile == "sundhed-til-job"
    # the evidence shows the sender's words, and the copy's words are not the recipient's
    assert "fysioterapeut" in res.profile_evidence.sender
    assert not res.profile_evidence.recipient
    assert "sundhed til sundhed" not in profile_source(res.profile_evidence)


def test_a_copy_to_the_own_unit_under_a_first_name_only_is_read_by_the_content(check_text):
    """No sector word on the sender's side: the report the letter gives is the health side's, so the copy to a
    training centre's mailbox is the sender's own unit, not whom the report goes to."""
    text = ("Fra: Tove <tokl@aakjaer.dk>\nTil: Jesper Holt <jeho@aakjaer.dk>\n"
            "Kopi til: Træningscentret <traeningscenter@aakjaer.dk>\nEmne: Lasse Bro\n\nHej Jesper\n\n" + REPORT
            + "Hilsen Tove\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_a_copy_to_the_other_sector_still_counts(check_text):
    """A status to the citizen with the job centre in copy goes to the job centre too (tests/corpus n-01's
    class): the copy to the other sector is read as a recipient."""
    text = ("Fysioklinikken Vestergade\nVestergade 4, 8600 Aakjær\n\nTil: Lasse Bro\n"
            "Cc: Jobcenter Aakjær, Sygedagpenge, att. sagsbehandler Jesper Holt\n\nStatus\n\nKære Lasse\n\n"
            "Som aftalt får jobcentret en kopi af denne status. Du har givet lov til det.\n\n"
            "Du kan nu sidde i to timer ad gangen og løfte 10 kg. Du bør de næste fire uger slippe for at bære de "
            "tunge kasser alene. Jeg forventer, at du er tilbage i dit job som chauffør på fuld tid i marts.\n\n"
            "Venlig hilsen\nTove Kragh Lind\nFysioterapeut\n")
    res = check_text(text, only=set())
    assert res.profile == "sundhed-til-job"
    assert "jobcenter" in res.profile_evidence.recipient


def test_a_copy_alone_without_a_to_field_still_names_the_recipient(check_text):
    """With no "Til:" field naming anyone, a copy's field is all the head says of the recipient: kept as before."""
    text = ("Fra: Tove Kragh Lind <tokl@aakjaer.dk>\nCc: Jobcenter Aakjær <jobcenter@aakjaer.dk>\n"
            "Emne: Lasse Bro\n\nHej\n\n" + REPORT + "Hilsen\nTove Kragh Lind\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


# -- an internal note is written to no one --------------------------------------------------------------------

def test_a_job_centres_telephone_note_is_generel(check_text):
    text = ("TELEFONNOTAT                         Jobcenter Aakjær\n\nSag:          Lasse Bro, 120480-XXXX\n"
            "Dato/tid:     3.2.2027 kl. 10.15\nSamtale med:  Lasses søster, Mette Bro (tlf. 22 71 40 95)\n\n"
            "Mette ringede, fordi Lasse er indlagt og ikke kan komme til samtalen på fredag. Ny tid sendes.\n\n/JHO\n")
    res = check_text(text, only=set())
    assert (res.profile, res.profile_evidence.reason) == ("generel", "internal-note")
    # the evidence shows the note's own sender words, and whom the note records a talk with is no addressee
    assert "jobcenter" in res.profile_evidence.sender
    assert not res.profile_evidence.recipient
    assert "internt notat" in profile_source(res.profile_evidence)


def test_a_job_centres_journal_note_is_generel(check_text):
    text = ("JOURNALNOTAT – Jobcenter Aakjær, Sygedagpenge\n\nBorger: Lasse Bro\nDato: 3. februar 2027\n"
            "Notat ved: Jesper Holt, sagsbehandler\nEmne: Telefonsamtale med egen læge\n\n"
            "Jeg talte i dag med Lasses læge. Lasse venter på en scanning i marts. Lægen kan ikke sige noget om "
            "arbejdet, før svaret er klar.\n\nAftale: Jeg ringer til lægen igen i uge 12.\n")
    assert _profile(check_text, text) == ("generel", "internal-note")


def test_a_note_that_says_it_is_for_internal_use_is_generel(check_text):
    text = ("NOTAT\nJobcenter Aakjær, Sygedagpenge\n\nBorger: Lasse Bro\nDato: 3. februar 2027\n\n"
            "Lasses arbejdsgiver ringede. Firmaet kan give ham lettere ture fra marts.\n\n"
            "Notatet er kun til intern brug i sagen.\n\nJHO\n")
    assert _profile(check_text, text) == ("generel", "internal-note")


def test_a_journal_note_written_to_the_other_sector_keeps_its_direction(check_text):
    """A note's head with a "Til:" field is a memo to someone: not an internal note."""
    text = ("JOURNALNOTAT\nTil: Lægehuset Vestergade, att. læge Hanne Bach\n"
            "Fra: Jobcenter Aakjær, sagsbehandler Jesper Holt\nDato: 3. februar 2027\n\n"
            "Lasse Bro har givet samtykke til, at vi spørger dig. Vi beder dig svare på, hvor mange timer han kan "
            "arbejde om ugen, og hvad han ikke må løfte. Vi skal bruge svaret til opfølgningssamtalen og vil gerne "
            "have det senest den 20. februar.\n\nVenlig hilsen\nJesper Holt\n")
    assert _profile(check_text, text)[0] == "job-til-sundhed"


def test_a_plain_memo_with_no_addressee_is_no_internal_note(check_text):
    """"NOTAT" alone names no note kept in the case: a health unit's memo with a report stays directional."""
    text = ("NOTAT\nAakjær Kommune, Træning og Sundhed – Fysioterapien\n\nDato: 3.2.2027\n"
            "Fra: Fysioterapeut Tove Kragh Lind\nBorger: Lasse Bro\n\n" + REPORT)
    assert _profile(check_text, text)[0] == "sundhed-til-job"


# -- the citizen writing from a private mail address --------------------------------------------------------

def test_the_citizens_own_mail_signed_with_a_first_name_is_generel(check_text):
    text = ("Fra: Lasse Bro <lassebro80@gmail.com>\nTil: Jobcenter Aakjær <jobcenter@aakjaer.dk>\n"
            "Emne: Tid på fredag\n\nHej\n\nJeg har fået en indkaldelse til fredag kl. 9. Jeg er til kontrol på "
            "sygehuset samme morgen. Kan vi flytte til mandag? Ring gerne på 22 71 40 96.\n\nHilsen Lasse\n")
    res = check_text(text, only=set())
    assert (res.profile, res.profile_evidence.reason) == ("generel", "from-private")
    assert "jobcenter" in res.profile_evidence.recipient


def test_a_professional_writing_from_a_private_mail_keeps_the_direction(check_text):
    """A sender whose lines name a sector (a physiotherapist's signature) is no private person, whatever the
    mail service."""
    text = ("Fra: Tove Kragh Lind <tovefysio@gmail.com>\nTil: Jobcenter Aakjær <jobcenter@aakjaer.dk>\n"
            "Emne: Lasse Bro\n\nHej\n\n" + REPORT + "Hilsen\nTove Kragh Lind\nFysioterapeut\n")
    assert _profile(check_text, text)[0] == "sundhed-til-job"


def test_the_new_reasons_are_rendered():
    for code in ("from-private", "internal-note"):
        da, en = PROFILE_REASONS[code]
        assert da and en and da != en
