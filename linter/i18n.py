"""User-facing strings of the CLI (rule messages live in the rule YAML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.model import ProfileEvidence

_T = {
    "error": ("fejl", "error"),
    "profile": ("profil", "profile"),
    "suggestion": ("forslag", "suggestion"),
    "summary": ("{files} fil(er) tjekket, {findings} fund{detail}, {errors} fil(er) kunne ikke læses",
                "{files} file(s) checked, {findings} finding(s){detail}, {errors} file(s) could not be read"),
    "no_files": ("ingen filer at tjekke i {path}", "no files to check in {path}"),
}
_PARTS = {
    "body": ("brødtekst", "body"), "header": ("sidehoved", "header"), "footer": ("sidefod", "footer"),
    "table": ("tabel", "table"), "textbox": ("tekstboks", "text box"),
    "footnote": ("fodnote", "footnote"), "endnote": ("slutnote", "endnote"),
    "comment": ("kommentar", "comment"),
}


def t(key: str, lang: str = "da") -> str:
    da, en = _T[key]
    return en if lang == "en" else da


def part_name(part: str, lang: str = "da") -> str:
    da, en = _PARTS.get(part, (part, part))
    return en if lang == "en" else da


# Why profile detection decided as it did (ProfileEvidence.reason), Danish and English.
PROFILE_REASONS = {
    "minutes": ("mødereferat", "meeting minutes"),
    "joint": ("fælles eller koordinerende afsender", "joint or coordinating sender"),
    "neither": ("afsender er hverken sundhed eller jobcenter", "sender is neither health sector nor job centre"),
    "coordinator": ("koordinerende afsender", "coordinating sender"),
    "health-to-health": ("sundhed til sundhed", "health sector to health sector"),
    "job-to-job": ("jobcenter til jobcenter", "job centre to job centre"),
    "sender-domain": ("afsenderens e-maildomæne", "the sender's e-mail domain"),
    "body-health": ("brødtekst: afsender er sundhedsfaglig", "body text: sender is a health professional"),
    "body-job": ("brødtekst: afsender er jobcenter", "body text: sender is the job centre"),
    "body-content-health": ("indhold: status om funktion og udsigt", "content: a report on function and outlook"),
    "body-content-job": ("indhold: anmodning om oplysninger", "content: a request for information"),
    "recipient-job": ("modtager er jobcenter", "recipient is the job centre"),
    "recipient-health": ("modtager er sundhedsvæsen", "recipient is the health sector"),
    "undecidable": ("retningen kan ikke afgøres", "the direction cannot be determined"),
}
_SIDES = {"sender": ("afsender", "sender"), "recipient": ("modtager", "recipient")}


def profile_source(ev: ProfileEvidence | None, lang: str = "da") -> str | None:
    """The evidence as shown in reports. The first word (detected, undetected, cli, config,
    request) is the same in both languages; the sector words are the letter's own (Danish)."""
    if ev is None:
        return None
    if ev.kind == "config":
        return f"config ({ev.config})" if ev.config else "config"
    if ev.kind not in ("detected", "undetected"):
        return ev.kind
    en = lang == "en"
    sides = [f"{_SIDES[side][1 if en else 0]}: {', '.join(words) or '–'}"
             for side, words in (("sender", ev.sender), ("recipient", ev.recipient))]
    if ev.reason:
        da, english = PROFILE_REASONS.get(ev.reason, (ev.reason, ev.reason))
        sides.append(english if en else da)
    return f"{ev.kind} ({'; '.join(sides)})"


_SENDER_WORDS = {"sender": ("afsender", "sender"), "unknown": ("ukendt", "unknown"),
                 "personal": ("personlig", "personal"), "department": ("afdelingens", "department's")}


def sender_line(sender: dict | None, lang: str = "da") -> str:
    """The letter model's sender for `check -v`: name (reason), role, organisation, phones and e-mails
    with personal/department and the reason code."""
    def w(key: str) -> str:
        da, en = _SENDER_WORDS[key]
        return en if lang == "en" else da

    if not sender:
        return f"{w('sender')}: {w('unknown')}"
    name = sender.get("name") or w("unknown")
    parts = [f"{name} ({sender['reason']})" if sender.get("reason") else name]
    parts += [x for x in (sender.get("role"), sender.get("organisation")) if x]
    for p in sender.get("phones") or []:
        parts.append(f"{p['number']} {w('personal' if p['personal'] else 'department')} ({p['reason']})")
    for e in sender.get("emails") or []:
        parts.append(f"{e['address']} {w('personal' if e['personal'] else 'department')} ({e['reason']})")
    return f"{w('sender')}: " + " · ".join(parts)
