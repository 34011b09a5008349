"""Helpers shared by the sender and profile tests: the sender model's phones and e-mails, the kontakt.* findings,
the detected profile."""


def sender_phones(res) -> set[tuple[str, bool]]:
    return {(p["number"], p["personal"]) for p in res.sender["phones"]}


def sender_emails(res) -> set[tuple[str, bool]]:
    return {(e["address"], e["personal"]) for e in res.sender["emails"]}


def phone_map(res) -> dict[str, bool]:
    """The sender's phones as number -> personal."""
    return {p["number"]: p["personal"] for p in res.sender["phones"]}


def email_map(res) -> dict[str, bool]:
    """The sender's e-mails as address -> personal."""
    return {e["address"]: e["personal"] for e in res.sender["emails"]}


def kontakt_rules(res) -> set[str]:
    """The `kontakt.*` rules that fired."""
    return {f.rule for f in res.findings if f.rule.startswith("kontakt.")}


def profile_of(check_text, text: str) -> tuple[str, str | None]:
    """The detected profile of a letter and the reason code of its evidence (no rule run)."""
    res = check_text(text, only=set())
    return res.profile, res.profile_evidence.reason
