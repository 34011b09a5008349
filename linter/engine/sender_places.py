"""Where the sender's evidence stands in the letter: the places of the name, phones and e-mails that
`FileResult.sender` lists (linter/letter/parties.py), so that a reader can be shown the words.

Read-only over the sender reader's verdict (memoised per document): one `CheckItem` per piece of
evidence, keyed in `rule` by what it places ("name", "phones.0", "emails.1" — the index into the
summary's lists, which follow the verdict's order), located like a checklist entry (linter/engine/locate.py).
"""

from __future__ import annotations

from linter.engine.locate import locate
from linter.letter.sender import sender_reader
from linter.model import CheckItem


def sender_places(a, lexicons) -> list[CheckItem]:
    """The located evidence of the sender summary; a piece without a span in the letter has no entry."""
    model = sender_reader(lexicons).verdict(a)
    out: list[CheckItem] = []
    span, _ = model.full_name(a)
    if span is not None:
        out.append(CheckItem("name", "ok", span[0], span[1]))
    out += [CheckItem(f"phones.{k}", "ok", p.start, p.end) for k, p in enumerate(model.phones)]
    out += [CheckItem(f"emails.{k}", "ok", e.start, e.end) for k, e in enumerate(model.emails)]
    out = [c for c in out if 0 <= c.start < c.end <= len(a.text)]
    for c in out:
        locate(c, a)
    return out
