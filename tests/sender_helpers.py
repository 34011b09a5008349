"""The sender model's phones and e-mails as (value, personal) sets, shared by the sender tests."""


def sender_phones(res) -> set[tuple[str, bool]]:
    return {(p["number"], p["personal"]) for p in res.sender["phones"]}


def sender_emails(res) -> set[tuple[str, bool]]:
    return {(e["address"], e["personal"]) for e in res.sender["emails"]}
