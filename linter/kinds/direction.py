"""`direction`: say so when the letter's direction (health to job centre or back) cannot be told.

Profile detection falls back to `generel` when neither side names a sector, or both do; that
switches off every content rule of the real direction, so it must not happen silently. The
finding carries the evidence for each side (the sector words found, as codes).
"""

from __future__ import annotations

from collections.abc import Iterable

from linter.kinds.base import Context, Kind


class DirectionKind(Kind):
    name = "direction"
    document_level = True
    params = {}

    def check(self, a, ctx: Context) -> Iterable:
        guess = a.memo.get("profile.guess")
        if guess is None:
            from linter.profiles import detect_profile

            guess = detect_profile(a)
        ev = guess.evidence  # type: ignore[attr-defined]
        if ev.kind != "undetected":
            return
        evidence = [f"undetermined:{ev.reason}" if ev.reason else "undetermined"]
        evidence += [f"sender:{w}" for w in ev.sender] or ["sender:no-sector-words"]
        evidence += [f"recipient:{w}" for w in ev.recipient] or ["recipient:no-sector-words"]
        yield self.finding(ctx, evidence=evidence)
