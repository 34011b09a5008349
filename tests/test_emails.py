"""E-mail addresses, real and obfuscated ("anne (at) klinik.dk"): found in one place
(linter/analysis/emails.py), normalised to the real address, classified like a real one,
with spans that cover the characters as written."""

from __future__ import annotations

import pytest

from linter.analysis.emails import find_emails, mask_emails
from linter.letter.structure import CONTACT_LINE

HEAD = """Fysioterapien Skovby
Møllevej 12, 8464 Galten

Til: Jobcenter Skanderborg
Att.: Rådgiver Henrik Dam

Kære Henrik Dam

Camilla Brix har givet samtykke til, at jeg skriver. Hun er pædagog og kan nu løfte et barn på 12 kg.

"""


@pytest.mark.parametrize(("written", "value"), [
    ("troels.munk (at) fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("troels.munk(at)fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("troels.munk [at] fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("troels.munk{at}fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("troels.munk ( AT ) fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("troels.munk (snabel-a) fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("troels.munk[snabel-a]fysio-skovby.dk", "troels.munk@fysio-skovby.dk"),
    ("tm (at) fysio-skovby (dot) dk", "tm@fysio-skovby.dk"),
    ("tm [at] fysio-skovby [dot] dk", "tm@fysio-skovby.dk"),
    ("tm (at) fysio-skovby (punktum) dk", "tm@fysio-skovby.dk"),
    ("troels.munk (at) skanderborg (dot) dk", "troels.munk@skanderborg.dk"),
    ("Troels.Munk@Fysio-Skovby.dk", "troels.munk@fysio-skovby.dk"),
])
def test_real_and_obfuscated_addresses_are_normalised(written, value):
    text = f"Skriv gerne til {written}, hvis noget er uklart."
    found = find_emails(text)
    assert [e.value for e in found] == [value]
    assert text[found[0].start:found[0].end] == written  # the span is the address as written
    assert found[0].obfuscated is ("@" not in written)


@pytest.mark.parametrize("text", [
    "Hun har lært at løfte rigtigt, og hun prøver at gå en tur hver dag.",
    "Skriv til troels.munk at fysio-skovby.dk",  # a bare "at" is the Danish word, never "@"
    "Skriv til troels.munk at fysio-skovby dot dk",
    "Resultatet (at) 3.5 er ikke en adresse",
    "troels.munk (at)\nfysio-skovby.dk",  # an address never runs over a line break
    "troels.munk (at) fysio-skovby",  # no top-level domain
])
def test_no_address_without_a_bracketed_marker_and_a_domain(text):
    assert find_emails(text) == []


def test_mask_keeps_offsets():
    text = "Mail: tm (at) fysio-skovby.dk eller tm@skanderborg.dk."
    masked = mask_emails(text)
    assert len(masked) == len(text) and "@" not in masked and "fysio" not in masked
    assert masked.startswith("Mail: ") and masked.endswith(".")


def test_obfuscated_address_makes_a_contact_line():
    assert CONTACT_LINE.search("troels.munk (at) fysio-skovby.dk")
    assert CONTACT_LINE.search("tm[snabel-a]fysio-skovby[dot]dk")
    assert not CONTACT_LINE.search("Hun prøver at gå en tur hver dag")


def test_analysis_spans_point_at_the_written_address(engine):
    from linter.readers import read_bytes

    text = HEAD + "Med venlig hilsen\nTroels Munk\nDirekte tlf. 51 84 27 63\nE-mail: troels.munk (at) fysio-skovby.dk\n"
    a = engine.analyse(read_bytes(text.encode(), ".txt", "brev.txt"))
    (c,) = a.emails
    assert c.value == "troels.munk@fysio-skovby.dk"
    assert a.text[c.start:c.end] == "troels.munk (at) fysio-skovby.dk"
    block, offset = a.block_at(c.start)
    assert block.text[offset:offset + (c.end - c.start)] == "troels.munk (at) fysio-skovby.dk"
    assert offset == len("E-mail: ") and block.text.startswith("E-mail:")


def test_obfuscated_function_mailbox_is_still_a_department(kontakt_fired):
    text = HEAD + "Med venlig hilsen\nTroels Munk\nHovednummer 86 94 10 20\npost (at) fysio-skovby.dk\n"
    assert kontakt_fired(text) == {"kontakt.telefon", "kontakt.email", "kontakt.afdeling"}
    text = HEAD + "Med venlig hilsen\nTroels Munk\nDirekte tlf. 51 84 27 63\nklinik [at] fysio-skovby [dot] dk\n"
    assert kontakt_fired(text) == {"kontakt.email"}


def test_bare_at_is_no_address(kontakt_fired):
    text = HEAD + "Med venlig hilsen\nTroels Munk\nDirekte tlf. 51 84 27 63\ntroels.munk at fysio-skovby.dk\n"
    assert kontakt_fired(text) == {"kontakt.email"}


def test_first_person_obfuscated_address_in_the_body_counts(kontakt_fired):
    text = (HEAD + "Du kan skrive til mig på troels.munk (at) fysio-skovby.dk.\n\n"
            "Med venlig hilsen\nTroels Munk\nDirekte tlf. 51 84 27 63\n")
    assert kontakt_fired(text) == set()


def test_parts_of_an_obfuscated_address_are_no_abbreviations(check_text):
    text = HEAD + ("Du kan skrive til mig på TM (at) fysio-skovby.dk eller til min kollega på "
                   "KBJ [snabel-a] fysio-skovby [dot] dk.\n\nMed venlig hilsen\nTroels Munk\n")
    res = check_text(text, profile="generel", only={"sprog.forkortelse"})
    assert [f.text for f in res.findings] == []
    res = check_text(HEAD + "Hun har ondt, når KBJ ser på det.\n\nMed venlig hilsen\nTroels Munk\n", profile="generel",
                     only={"sprog.forkortelse"})
    assert res.findings  # the rule itself still works outside addresses


def _profile(check_text, text):
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.sender, res.profile_evidence.reason


def test_obfuscated_domain_is_weak_profile_evidence_like_a_real_one(check_text):
    body = "\n\nCamilla er pædagog. Hun kan løfte 12 kg og har givet samtykke.\n\n"
    real = "Hej Henrik" + body + "Mvh\nTroels\ntroels@fysio-skovby.dk\n"
    hidden = "Hej Henrik" + body + "Mvh\nTroels\ntroels [snabel-a] fysio-skovby [dot] dk\n"
    assert _profile(check_text, real) == _profile(check_text, hidden) == ("sundhed-til-job", (), "sender-domain")


def test_words_of_an_obfuscated_domain_are_no_sector_words(check_text):
    # "fysio" in the domain must not outweigh the title: the sender is the job centre's adviser
    body = "\n\nHvad kan Camilla løfte, og hvornår kan hun arbejde igen? Vi har hendes samtykke.\n\n"
    real = "Kære Troels" + body + "Venlig hilsen\nHenrik Dam\nRådgiver\nhenrik.dam@fysio-skanderborg.dk\n"
    hidden = "Kære Troels" + body + "Venlig hilsen\nHenrik Dam\nRådgiver\nhenrik.dam (at) fysio-skanderborg.dk\n"
    assert _profile(check_text, real) == _profile(check_text, hidden)
    assert _profile(check_text, hidden)[:2] == ("job-til-sundhed", ("rådgiver",))


@pytest.mark.parametrize("chunk", ["a (dot) ", "a.", "a (at) ", "x (at) y.dk ", "a [at", "a(dot)", "a-"])
def test_hostile_text_stays_linear(chunk):
    """Half a megabyte of address-like pieces is scanned in well under a second per pass; a
    quadratic scan (every piece restarting to the end) would take minutes at this size."""
    import time

    text = "a@" + chunk * (500_000 // len(chunk))
    t0 = time.monotonic()
    find_emails(text)
    mask_emails(text)
    assert time.monotonic() - t0 < 15


def test_address_search_at_markers_finds_what_the_full_scan_finds():
    """find_emails tries the address pattern only at the local parts before an "@" or a bracketed at-word;
    on invented strings of the characters that matter it yields exactly the full scan's matches."""
    import random

    from linter.analysis.emails import _ADDRESS, _address_matches

    pieces = [*"ab_.+-@ \n()[]{}1æ\t\u00a0", "at", "dot", "(at)", " [ at ] ", "{at}", "(dot)", "snabel-a", "AT",
              ".dk", "(punktum)", "lone.holm", "klinik"]
    rnd = random.Random(13)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        assert [m.span() for m in _address_matches(text)] == [m.span() for m in _ADDRESS.finditer(text)], text
    many = "skriv til a@b.dk " * 300  # past the marker limit: the plain scan
    assert [m.span() for m in _address_matches(many)] == [m.span() for m in _ADDRESS.finditer(many)]


def _library_valid(value: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def test_plain_fast_path_accepts_only_what_the_library_accepts():
    """`_plain_valid` skips email_validator for plain ASCII addresses: it may say True only where the library
    does, over ordinary addresses and every edge the pattern lets near (lengths, hyphens, Punycode, special-use
    and numeric top-level domains, dots, underscores)."""
    import itertools
    import random

    from linter.analysis.emails import _plain_valid

    locals_ = ["anne.holm", "a", "post", "jc_2", "team+ryg", "-x", "x-", "a..b", ".a", "a.", "x" * 64, "x" * 65,
               "lone.hjemme", "sygedagpenge.team3", "_", "+", "a_b-c+d"]
    domains = ["randers.dk", "fysio-skovby.dk", "x.dk", "a.b.c.dk", "sub.local", "klinik.test", "x.localhost",
               "example.com", "klinik.onion", "10.in-addr.arpa", "klinik.invalid", "ab--cd.dk", "xn--fiqs8s.dk",
               "xn--.dk", "a-.dk", "-a.dk", "a.d2", "a.1dk", "a.d", "klinik.dk.", "klinik..dk", "k_l.dk",
               "a" * 63 + ".dk", "a" * 64 + ".dk", ".".join(["a" * 60] * 4) + ".dk", "1.2.3.dk", "a.b-c.dk",
               "jobcenter.kk.dk", "rm.dk", "3f.dk", "x.localdomain", "local.dk", "test.dk"]
    rng = random.Random(13)
    alphabet = "abz09_+-."
    domain_alphabet = "abz09-."
    extra = [("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))),
              "".join(rng.choice(domain_alphabet) for _ in range(rng.randint(1, 10))) + rng.choice([".dk", ".d", ""]))
             for _ in range(2000)]
    fast = 0
    for local, domain in [*itertools.product(locals_, domains), *extra]:
        value = f"{local}@{domain}"
        if _plain_valid(value):
            fast += 1
            assert _library_valid(value), value
    assert fast > 100  # the fast path does take the common addresses
    assert _plain_valid("anne.holm@randers.dk") and _plain_valid("post@fysio-skovby.dk")
