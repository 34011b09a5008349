"""User-facing strings of the CLI (rule messages live in the rule YAML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.model import ProfileEvidence

_T = {
    "error": ("fejl", "error"),
    "profile": ("profil", "profile"),
    "suggestion": ("forslag", "suggestion"),
    "no_files": ("ingen filer at tjekke i {path}", "no files to check in {path}"),
    "checklist": ("tjekliste", "checklist"),
    "missing": ("mangler", "missing"),
}

# Countable words: (Danish singular, Danish plural, English singular, English plural).
_NOUNS = {
    "file": ("fil", "filer", "file", "files"),
    "finding": ("fund", "fund", "finding", "findings"),
    "error": ("fejl", "fejl", "error", "errors"),
    "warning": ("advarsel", "advarsler", "warning", "warnings"),
    "suggestion": ("forslag", "forslag", "suggestion", "suggestions"),
}


def count(n: int, noun: str, lang: str = "da") -> str:
    """'1 advarsel', '2 advarsler'; '1 warning', '2 warnings'."""
    da1, da2, en1, en2 = _NOUNS[noun]
    word = (en1 if n == 1 else en2) if lang == "en" else (da1 if n == 1 else da2)
    return f"{n} {word}"


# Severities as users read and type them; the English label is the stable id (JSON, SARIF, config).
SEVERITY_DA = {"error": "fejl", "warning": "advarsel", "suggestion": "forslag"}
SEVERITY_FROM_DA = {da: en for en, da in SEVERITY_DA.items()}


def severity_name(label: str, lang: str = "da") -> str:
    return label if lang == "en" else SEVERITY_DA.get(label, label)


def parse_severity_word(word: str) -> str:
    """'fejl' or 'error' -> 'error' (either language is accepted on input)."""
    word = word.strip().lower()
    return SEVERITY_FROM_DA.get(word, word)


# Rule kinds (the `kind:` of the rule YAML) as shown to people; the YAML name is the stable id.
KIND_NAMES = {
    "contact": ("kontakt", "contact"), "require": ("krav", "requirement"), "forbid": ("forbud", "forbidden"),
    "substitute": ("erstatning", "substitution"), "explain": ("forklaring", "explanation"),
    "abbreviation": ("forkortelse", "abbreviation"), "metric": ("måling", "metric"),
    "placeholder": ("pladsholder", "placeholder"),
}


def kind_name(kind: str, lang: str = "da") -> str:
    da, en = KIND_NAMES.get(kind, (kind, kind))
    return en if lang == "en" else da


def summary_line(files: int, findings: int, by_severity: dict[str, int], errors: int, skipped: int,
                 lang: str = "da") -> str:
    """'2 filer tjekket, 4 fund (1 fejl, 3 advarsler), 1 fil kunne ikke læses'."""
    en = lang == "en"
    detail = ", ".join(count(by_severity[k], k, lang) for k in ("error", "warning", "suggestion")
                       if by_severity.get(k))
    out = f"{count(files, 'file', lang)} {'checked' if en else 'tjekket'}, {count(findings, 'finding', lang)}"
    if detail:
        out += f" ({detail})"
    if errors:
        out += f", {count(errors, 'file', lang)} {'could not be read' if en else 'kunne ikke læses'}"
    if skipped:
        skip = "skipped (not a letter format)" if en else "sprunget over (ikke et brevformat)"
        out += f", {count(skipped, 'file', lang)} {skip}"
    return out


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


def part_label(part: str, label: str | None, lang: str = "da") -> str:
    """A .docx part as reports name it: the reader's label ('sidehoved 1', 'tabel 2', Danish) or the
    part's name; in English the same label translated ('header 1', 'table 2')."""
    if not label:
        return part_name(part, lang)
    if lang != "en":
        return label
    number = label.rsplit(" ", 1)[-1]
    return f"{part_name(part, 'en')} {number}" if number.isdigit() else part_name(part, "en")


def where(part: str, label: str | None, paragraph: int, lang: str = "da") -> str:
    """'sidehoved 1 ¶2' / 'header 1 ¶2': the place of a finding in a .docx, as text and SARIF show it."""
    return f"{part_label(part, label, lang)} ¶{paragraph}"


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


# Click's own messages (usage errors, help headings) in Danish. Click marks them for gettext; we
# give its modules a translation of our own instead of a .mo catalogue. An unknown message stays English.
CLICK_DA = {
    "Usage:": "Brug:",
    "Options": "Tilvalg",
    "Commands": "Kommandoer",
    "Positional arguments": "Argumenter",
    "Show this message and exit.": "Vis denne hjælp og afslut.",
    "Show the version and exit.": "Vis versionen og afslut.",
    "Aborted!": "Afbrudt!",
    "Error: {message}": "Fejl: {message}",
    "Try '{command} {option}' for help.": "Prøv '{command} {option}' for hjælp.",
    "Invalid value: {message}": "ugyldig værdi: {message}",
    "Invalid value for {param_hint}: {message}": "ugyldig værdi for {param_hint}: {message}",
    "No such option {name!r}.": "ukendt tilvalg {name!r}.",
    "No such option: {name}": "ukendt tilvalg: {name}",
    "No such command {name!r}.": "ukendt kommando {name!r}.",
    "Did you mean {possibility}?": "Mente du {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Mente du en af: {possibilities}?)",
    "{value!r} is not {choice}.": "{value!r} er ikke {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} er ikke en af {choices}.",
    "Option {name!r} requires an argument.": "tilvalget {name!r} kræver en værdi.",
    "Option {name!r} requires {nargs} arguments.": "tilvalget {name!r} kræver {nargs} værdier.",
    "Option {name!r} does not take a value.": "tilvalget {name!r} tager ingen værdi.",
    "Got unexpected extra argument ({args})": "uventet ekstra argument ({args})",
    "Got unexpected extra arguments ({args})": "uventede ekstra argumenter ({args})",
    "Missing argument": "mangler argumentet",
    "Missing option": "mangler tilvalget",
    "Missing parameter": "mangler parameteren",
    "Missing command.": "mangler en kommando.",
    "{value!r} is not a valid {number_type}.": "{value!r} er ikke et gyldigt {number_type}.",
    "integer": "heltal",
    "float": "decimaltal",
    "{value} is not in the range {range}.": "{value} er ikke i intervallet {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} findes ikke.",
    "{name} {filename!r} is a file.": "{name} {filename!r} er en fil.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} er en mappe.",
    "file": "filen",
    "directory": "mappen",
    "path": "stien",
    "env var: {var}": "miljøvariabel: {var}",
    "default: {default}": "standard: {default}",
    "required": "påkrævet",
}


def use_click_language(lang: str) -> None:
    """Make Click's own messages Danish (lang 'da') or leave them English."""
    import importlib

    def gettext(message: str) -> str:
        return CLICK_DA.get(message, message) if lang != "en" else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    for name in ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


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
