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
    "case-holder": ("koordinator med borgerens sag i kommunen", "a coordinator who holds the citizen's benefit case"),
    "coordinator-request": ("koordinator beder kun sundhedssiden om oplysninger (jobcentrets anmodning)",
                            "a coordinator asks the health side alone for information (the job centre's request)"),
    "joint-signers": ("underskrivere fra begge sektorer skriver til begge", "signers of both sectors write to both"),
    "health-to-health": ("sundhed til sundhed", "health sector to health sector"),
    "job-to-job": ("jobcenter til jobcenter", "job centre to job centre"),
    "job-to-employer": ("jobcenter til arbejdsgiver, a-kasse eller forening",
                        "job centre to an employer, an a-kasse or an association"),
    "health-to-other": ("sundhed til arbejdsgiver, a-kasse eller forening",
                        "health sector to an employer, an a-kasse or an association"),
    "signer": ("underskriveren afgør afsenderen, ikke brevhovedet",
               "the signer decides the sender, not the letterhead"),
    "referent": ("referenten afgør afsenderen (deres linje i deltagerlisten)",
                 "the minutes' referent decides the sender (their line in the participants' list)"),
    "sender-domain": ("afsenderens e-maildomæne", "the sender's e-mail domain"),
    "body-health": ("brødtekst: afsender er sundhedsfaglig", "body text: sender is a health professional"),
    "body-job": ("brødtekst: afsender er jobcenter", "body text: sender is the job centre"),
    "body-content-health": ("indhold: status om funktion og udsigt", "content: a report on function and outlook"),
    "body-content-job": ("indhold: anmodning om oplysninger", "content: a request for information"),
    "citizen": ("borgeren eller en pårørende skriver selv", "the citizen or a relative writes"),
    "other-self": ("brødtekst: afsender er fagforening, a-kasse eller arbejdsplads (vores medlem, jeg er "
                   "tillidsrepræsentant)",
                   "body text: sender is a union, an a-kasse or the workplace (vores medlem, jeg er "
                   "tillidsrepræsentant)"),
    "to-citizen": ("brevet er til borgeren selv", "the letter is to the citizen"),
    "role-in-health": ("skribenten arbejder i sundhedsvæsenet (jeg er socialrådgiver på …afdeling)",
                       "the writer works in the health sector (jeg er socialrådgiver på …afdeling)"),
    "to-private": ("modtageren har en privat e-mailadresse (borgeren eller en pårørende)",
                   "the recipient has a private e-mail address (the citizen or a relative)"),
    "from-private": ("afsenderen skriver fra en privat e-mailadresse (borgeren eller en pårørende)",
                     "the sender writes from a private e-mail address (the citizen or a relative)"),
    "internal-note": ("internt notat i egen sag, ikke skrevet til nogen",
                      "an internal note in the writer's own case, written to no one"),
    "joint-note": ("notat om samarbejdet mellem sundhed og jobcenter, ikke skrevet til nogen",
                   "a note on the collaboration of health sector and job centre, written to no one"),
    "own-quoted": ("svar over skribentens egen citerede mail, der viser retningen",
                   "a reply above the writer's own quoted earlier mail, which shows the direction"),
    "citizen-addressed": ("brevet taler til borgeren selv (du, din sygemelding)",
                          "the letter speaks to the citizen (du, din sygemelding)"),
    "recipient-job": ("modtager er jobcenter", "recipient is the job centre"),
    "recipient-health": ("modtager er sundhedsvæsen", "recipient is the health sector"),
    "recipient-domain": ("modtagerens e-maildomæne", "the recipient's e-mail domain"),
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


# The evidence's first word in the text report, where everything is in the user's language (JSON and
# SARIF keep the language-neutral word, which the add-in and scripts read).
_SOURCE_WORDS = {"detected": ("fundet i brevet", "detected"), "undetected": ("ikke afgjort", "undetected"),
                 "cli": ("valgt med --profile", "set with --profile"),
                 "config": ("fra konfigurationen", "from the config"),
                 "request": ("valgt i forespørgslen", "set in the request")}


def profile_source_text(ev: ProfileEvidence | None, lang: str = "da") -> str | None:
    """`profile_source` for the text report: its first word in the user's language."""
    shown = profile_source(ev, lang)
    if shown is None or ev is None or ev.kind not in _SOURCE_WORDS:
        return shown
    da, en = _SOURCE_WORDS[ev.kind]
    return (en if lang == "en" else da) + shown[len(ev.kind):]


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


# The CLI's own help texts (Danish in the code) in English, for --lang en / BREVLINT_LANG=en.
HELP_EN = {
    "brevlint – tjekker breve mellem sundhedsvæsen og jobcenter.":
        "brevlint – checks letters between the health sector and the job centre.",
    "Tjek breve (.docx, .txt, .md) og mapper med breve; `-` læser et brev fra standard input.":
        "Check letters (.docx, .txt, .md) and folders of letters; `-` reads a letter from standard input.",
    "Brevets profil (ellers fra konfiguration eller genkendt i brevet).":
        "The letter's profile (otherwise from the config or detected in the letter).",
    "Rapportformat.": "Report format.",
    "Sprog for beskeder.": "Language of the messages.",
    "Laveste alvorlighed der giver exit-kode 1 (standard: advarsel).":
        "Lowest severity that gives exit code 1 (default: warning).",
    "Konfigurationsfil (ellers brevlint.yaml fundet fra hver fil).":
        "Config file (otherwise brevlint.yaml found from each file).",
    "Glob for filer der skal med (kan gentages).": "Glob of files to include (repeatable).",
    "Glob for filer der springes over (kan gentages).": "Glob of files to skip (repeatable).",
    "Tjek som skabelon (pladsholdere er tilladt) eller som færdigt brev.":
        "Check as a template (placeholders allowed) or as a finished letter.",
    "Slå en regel fra (kan gentages; miljøvariablen: adskilt af mellemrum).":
        "Turn a rule off (repeatable; the environment variable: space-separated).",
    "Skriv rapporten i dette format til en fil; tekst vises stadig i terminalen.":
        "Write the report in this format to a file; the text report still goes to the terminal.",
    "Vis kun fund der ikke står i denne baseline-fil (se `brevlint baseline create`).":
        "Show only findings not in this baseline file (see `brevlint baseline create`).",
    "Tjek kun filer ændret siden git-referencen REF (plus nye filer).":
        "Check only files changed since the git reference REF (plus new files).",
    "Antal processer (standard: alle kerner; 1 = serielt).": "Number of processes (default: all cores; 1 = serial).",
    "Brug ikke resultat-cachen (~/.cache/brevlint).": "Do not use the result cache (~/.cache/brevlint).",
    "Mappe som stier i SARIF/GitHub/JUnit er relative til (standard: arbejdsmappen).":
        "Folder that paths in SARIF/GitHub/JUnit are relative to (default: the working directory).",
    "Statuslinje (standard: kun i en terminal).": "Progress bar (default: only on a terminal).",
    "Farver (standard: kun i en terminal; NO_COLOR og FORCE_COLOR følges).":
        "Colours (default: only on a terminal; NO_COLOR and FORCE_COLOR are honoured).",
    "Navnet på brevet der læses fra standard input (`-`): filtype, konfiguration og rapport.":
        "The name of the letter read from standard input (`-`): file type, config and report.",
    "Exit-kode 0 når ingen filer blev fundet (ellers 2).": "Exit code 0 when no files were found (otherwise 2).",
    "Vis antal fund pr. regel (tekst og JSON).": "Show the number of findings per rule (text and JSON).",
    "Vis profil, afsender, begrundelse, forslag, tjekliste og oversprungne filer.":
        "Show the profile, the sender, the evidence, suggestions, the checklist and skipped files.",
    "Vis alle regler: id, type, alvorlighed og profiler.": "List all rules: id, kind, severity and profiles.",
    "Forklar en regel: besked, begrundelse, kildecitat og eksempler.":
        "Explain a rule: message, rationale, source quote and examples.",
    "Skriv en kopi af et Word-brev med en kommentar ved hvert fund.":
        "Write a copy of a Word letter with a comment at each finding.",
    "Kopiens sti (standard: BREV.brevlint.docx ved siden af brevet).":
        "The copy's path (default: LETTER.brevlint.docx beside the letter).",
    "Overskriv en eksisterende kopi.": "Overwrite an existing copy.",
    "Sprog for kommentarerne.": "Language of the comments.",
    "Baseline: accepter eksisterende fund, så kun nye fund rapporteres.":
        "Baseline: accept existing findings so that only new ones are reported.",
    "Skriv de nuværende fund (fingeraftryk, regel, sti, antal – ingen brevtekst) til en baseline.":
        "Write today's findings (fingerprint, rule, path, count – no letter text) to a baseline.",
    "Baseline-filen der skrives.": "The baseline file to write.",
    "Start HTTP-serveren til Word-tilføjelsesprogrammet og LanguageTool-klienter.":
        "Start the HTTP server for the Word add-in and LanguageTool clients.",
    "Adresse at lytte på (standard kun denne maskine).": "Address to listen on (default: this machine only).",
    "Antal analyseprocesser: så mange breve analyseres samtidig (typisk én pr. kerne).":
        "Number of analysis processes: this many letters are analysed at once (typically one per core).",
    "Analysetråde hvor analysen ikke kan få egne processer (uden fork: macOS, Windows).":
        "Analysis threads where the analysis cannot have its own processes (no fork: macOS, Windows).",
    "TLS-certifikat (PEM); Office-tilføjelsesprogrammer kræver HTTPS.":
        "TLS certificate (PEM); Office add-ins require HTTPS.",
    "TLS-nøgle (PEM).": "TLS key (PEM).",
    "Oprindelse der må kalde API'et fra en browser, fx https://word.example.dk (kan gentages; "
    "miljøvariablen: adskilt af mellemrum).":
        "Origin allowed to call the API from a browser, e.g. https://word.example.dk (repeatable; "
        "the environment variable: space-separated).",
    "Kræv 'Authorization: Bearer TOKEN' på API'et.": "Require 'Authorization: Bearer TOKEN' on the API.",
    "brevlint.yaml med regler, tærskler og serverindstillinger (afsnittet serve:).":
        "brevlint.yaml with rules, thresholds and server settings (its serve: section).",
    "Største request (byte).": "Largest request (bytes).",
    "Sekunder en klient har til at sende hele requestens indhold.":
        "Seconds a client has to send the whole request body.",
    "Server ikke tilføjelsesprogrammets filer på /addin/.": "Do not serve the add-in's files at /addin/.",
    "Skriv OpenAPI-skemaet til filen (fx docs/openapi.json) og afslut.":
        "Write the OpenAPI schema to the file (e.g. docs/openapi.json) and exit.",
    "Vis versionen og afslut.": "Show the version and exit.",
    "Kræv 'Authorization: Bearer TOKEN' (eller LanguageTools apiKey) på API'et. Brug miljøvariablen: "
    "flaget kan ses af andre brugere i ps.":
        "Require 'Authorization: Bearer TOKEN' (or LanguageTool's apiKey) on the API. Use the environment "
        "variable: other users can see the flag in ps.",
    "Sekunder en forbindelse har til at sende hele request-hovedet (mod forbindelser der intet sender).":
        "Seconds a connection has to send the whole request head (against connections that send nothing).",
    "Værtsnavn klienter bruger til serveren, fx brevlint.example.dk (kan gentages; IP-adresser og localhost "
    "er altid tilladt). Andre Host-headere afvises (DNS-rebinding).":
        "Host name clients use for the server, e.g. brevlint.example.dk (repeatable; IP addresses and localhost "
        "are always allowed). Other Host headers are refused (DNS rebinding).",
    "Tillad at lytte på en ikke-lokal adresse uden TLS og token (frarådes: breve er helbredsdata).":
        "Allow listening on a non-local address without TLS and token (not advised: letters are health data).",
    "Ret fundene i brevene: kancellisprog med det almindelige ord i samme bøjning.":
        "Fix the findings in the letters: officialese with the plain word in the same inflection.",
    "Ret også det, der kræver et menneskes blik (fx en forklaring efter et fagudtryk).":
        "Also fix what needs a human eye (e.g. an explanation after a specialist term).",
    "Vis rettelserne som diff uden at skrive noget.": "Show the fixes as a diff without writing anything.",
    "Word: skriv rettelserne som registrerede ændringer (forfatter »brevlint«).":
        "Word: write the fixes as tracked changes (author »brevlint«).",
    "Skjul fundene af en regel (id eller glob) her i brevet: en undtagelse i dokumentet.":
        "Hide the findings of a rule (id or glob) in this letter: an exception in the document.",
    "Slå en regel fra (kan gentages).": "Turn a rule off (repeatable).",
    "Revision af et helt brevarkiv: overholdelse af vejledningen som tal (Parquet) og rapport.":
        "Audit of a whole letter archive: compliance with the guidance as figures (Parquet) and a report.",
    "Skriv revisionens rapport (én selvstændig HTML-fil) eller CSV-tabeller fra FOLDER.":
        "Write the audit's report (one self-contained HTML file) or CSV tables from FOLDER.",
    "Rapportfil (standard: FOLDER/report.html; med --format csv en mappe).":
        "Report file (default: FOLDER/report.html; with --format csv a folder).",
    "Grupper med færre breve vises som '<N'.": "Groups with fewer letters are shown as '<N'.",
    "Tjek et arkiv af breve og skriv tællinger (aldrig tekst) som Parquet, summary.json og report.html.":
        "Check an archive of letters and write counts (never text) as Parquet, summary.json and report.html.",
    "CSV/Parquet fra sagssystemet: path (eller id+path), sender, team, date, direction.":
        "CSV/Parquet from the case system: path (or id+path), sender, team, date, direction.",
    "Mappe til letters/, rules/, summary.json og report.html.":
        "Folder for letters/, rules/, summary.json and report.html.",
    "local: procespulje på denne maskine (standard); dask: Dask-klynge.":
        "local: process pool on this machine (default); dask: a Dask cluster.",
    "Antal processer/Dask-workers.": "Number of processes/Dask workers.",
    "En kørende Dask-scheduler.": "A running Dask scheduler.",
    "Breve pr. opgave (standard 16).": "Letters per task (default 16).",
    "Tjek alle breve igen (ellers springes uændrede breve over).":
        "Check all letters again (else unchanged ones are skipped).",
    "Sprog for beskeder og rapport.": "Language of the messages and the report.",
    "Grupper med færre breve vises som '<N' i rapporten (standard 5).":
        "Groups with fewer letters are shown as '<N' in the report (default 5).",
}


def localise_help(command, lang: str) -> None:
    """Set the help texts of `command` (and its subcommands) in `lang`; the Danish text is kept."""
    import click

    if hasattr(command, "_help_option"):
        command._help_option = None  # Click caches the --help option with its text in the first language
    for obj in (command, *command.params):
        da = obj.__dict__.setdefault("_help_da", getattr(obj, "help", None))
        if da is not None:
            obj.help = HELP_EN.get(da, da) if lang == "en" else da
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            localise_help(sub, lang)


# Why the letter model gave a name, phone or e-mail to the sender or another party (the reason codes of
# linter/letter/sender.py and linter/letter/people.py, docs/architecture.md), as short phrases for people.
# The one table of this vocabulary: the server sends the phrase beside each code (`reason_text`), and the
# Word/Outlook pane shows it as sent. tests/test_reason_texts.py fails when a code in a report has none.
REASON_TEXTS = {
    # the sender's name (and the sender party)
    "signature": ("står i underskriften", "in the signature"),
    "inline-closing": ("står efter hilsenen", "after the closing"),
    "from-field": ("står i mailens Fra-felt", "in the e-mail's From field"),
    "contact-line": ("står i en kontaktlinje", "on a contact line"),
    "written-by": ("står efter »Dikteret af« eller »v/ datteren« (brevets forfatter)",
                   "after 'Dikteret af' or 'v/ datteren' (the letter's author)"),
    "letterhead": ("står i brevhovedet", "in the letterhead"),
    "page-header": ("står i sidehovedet", "in the page header"),
    "page-footer": ("står i sidefoden", "in the page footer"),
    "filled-in-by": ("står i feltet »Udfyldt af«", "in the 'Filled in by' field"),
    "placeholder": ("skabelonfelt, der udfyldes ved afsendelse", "a template field, filled in when sent"),
    "first-name-only": ("kun et fornavn – det er ikke et fuldt navn", "a first name only – not a full name"),
    "no-sender-name": ("intet navn i underskrift, brevhoved eller Fra-felt",
                       "no name in the signature, letterhead or From field"),
    # the sender's phones
    "personal-label": ("mærket som direkte eller personligt nummer", "labelled as a direct or personal number"),
    "switchboard-label": ("mærket som hovednummer eller afdelingens nummer",
                          "labelled as a main or department number"),
    "switchboard-hours": ("står med telefontid – et hovednummer", "given with opening hours – a main number"),
    "unit-label": ("mærket med en enheds navn (fx »HR:«) – enhedens nummer",
                   "labelled with a unit's name (e.g. 'HR:') – the unit's number"),
    "first-name-shared": ("kun et fornavn over fælles kontaktoplysninger – organisationens nummer",
                          "a first name only over shared contact details – the organisation's number"),
    "under-name": ("står under afsenderens navn", "under the sender's name"),
    "beside-direct": ("står ved siden af et direkte nummer – organisationens hovednummer",
                      "beside a direct line – the organisation's main number"),
    "switchboard-number": ("et rundt nummer (…000) ved siden af afsenderens eget – omstillingen",
                           "a round number (…000) beside the sender's own – the switchboard"),
    "hours-beside-mailbox": ("står med telefontid og kun fælles postkasser – organisationens servicenummer",
                             "given with opening hours beside function mailboxes only – the organisation's line"),
    "organisation-line": ("står ved organisationens navn eller adresse",
                          "with the organisation's name or address"),
    "repeated-letterhead": ("brevhovedets linje gentaget nederst – samme nummer som i brevhovedet",
                            "the letterhead's line repeated at the foot – the same number as in the letterhead"),
    "first-person": ("i teksten: »ring til mig på …«", "in the text: 'call me on …'"),
    "first-person-switchboard-label": ("i teksten, men mærket som afdelingens nummer",
                                       "in the text, but labelled as the department's number"),
    "department-offer": ("i teksten: »kontakt afdelingen på …«", "in the text: 'contact the department at …'"),
    "placeholder-first-person": ("skabelonfelt i teksten: »kontakt mig på …«",
                                 "a template field in the text: 'contact me at …'"),
    # the sender's e-mails
    "personal-address": ("en personlig adresse, ikke en fælles postkasse", "a personal address, not a shared mailbox"),
    "personal-address-first-person": ("i teksten: »skriv til mig på …« – en personlig adresse",
                                      "in the text: 'write to me at …' – a personal address"),
    "function-mailbox": ("en fælles postkasse (funktionspostkasse)", "a shared (function) mailbox"),
    "function-mailbox-first-person": ("i teksten, men en fælles postkasse", "in the text, but a shared mailbox"),
    "mailbox-label": ("mærket som fælles postkasse", "labelled as a shared mailbox"),
    "mailbox-label-first-person": ("i teksten, men mærket som fælles postkasse",
                                   "in the text, but labelled as a shared mailbox"),
    "unit-abbreviation-mailbox": ("en afdelings forkortede postkasse (psyk@, kiro@)",
                                  "a unit's abbreviated mailbox (psyk@, kiro@)"),
    "unit-abbreviation-mailbox-first-person": ("i teksten, men en afdelings forkortede postkasse",
                                               "in the text, but a unit's abbreviated mailbox"),
    "organisation-name-mailbox": ("en postkasse med organisationens navn", "a mailbox named after the organisation"),
    "organisation-name-mailbox-first-person": ("i teksten, men en postkasse med organisationens navn",
                                               "in the text, but a mailbox named after the organisation"),
    # the other parties
    "to-field": ("står i feltet »Til«", "in the To field"),
    "cc-field": ("står i feltet »Cc« eller »Kopi til«", "in the Cc field"),
    "recipient-address": ("står i modtagerens adresse", "in the recipient's address"),
    "greeting": ("står i indledningen (»Kære …«)", "in the greeting ('Dear …')"),
    "citizen-field": ("står i feltet »Borger« eller »Patient«", "in the citizen or patient field"),
    "subject-line": ("står i emnelinjen", "in the subject line"),
    "cpr-line": ("står ved et CPR-nummer", "next to a CPR number"),
    "birth-date-line": ("står med en fødselsdato", "with a date of birth"),
    "role-field": ("står i et felt med en rolle (fx »Jobcentrets sagsbehandler:«)", "in a field naming a role"),
    "relation-in-text": ("nævnt som pårørende i teksten", "named as a relative in the text"),
    "third-party-in-text": ("nævnt med sin rolle i teksten", "named with their role in the text"),
    "named-in-text": ("nævnt ved navn i teksten", "named in the text"),
    "about": ("det er den, brevet handler om (»Om …«, »Vedr. vores medarbejder …«, »status på …«)",
              "the one the letter is about ('Om …', 'Re our employee …', 'status on …')"),
    "mentioned-most": ("det navn, teksten nævner oftest", "the name the text mentions most"),
    "author-is-citizen": ("brevets forfatter skriver om sin egen ryg eller sag",
                          "the author writes about their own back or case"),
    "relative-of-author": ("forfatterens pårørende, som brevet handler om (»min far …«)",
                           "the author's relative the letter is about ('my father …')"),
    "heading": ("står i brevets overskrift (»Svar til Jobcenter …«)", "in the letter's heading ('Reply to …')"),
    "citizen-label": ("mærket som borgerens", "labelled as the citizen's"),
    "someone-elses": ("en anden persons end afsenderens", "someone other than the sender's"),
    "named-assistant": ("en navngiven sekretær (hverken afsenderen eller afdelingen)",
                        "a named secretary (neither the sender nor the department)"),
    "named-own-unit": ("afsenderens egen enhed, nævnt ved navn i teksten (»ring til lægehuset på …«)",
                       "the sender's own unit, named in the text ('call the practice on …')"),
}


def reason_text(code: str | None, lang: str = "da") -> str | None:
    """A reason code as a short phrase (REASON_TEXTS); None for no code or an unknown one (shown as the code)."""
    texts = REASON_TEXTS.get(code or "")
    if texts is None:
        return None
    return texts[1] if lang == "en" else texts[0]


_SENDER_WORDS = {"sender": ("afsender", "sender"), "unknown": ("ukendt", "unknown"),
                 "personal": ("personlig", "personal"), "department": ("afdelingens", "department's")}


def _why(code: str, lang: str) -> str:
    """A reason in words for the text report; the code itself when the table has no words for it."""
    return reason_text(code, lang) or code


def sender_line(sender: dict | None, lang: str = "da") -> str:
    """The letter model's sender for `check -v`: name (reason), role, organisation, phones and e-mails
    with personal/department and the reason, in words (REASON_TEXTS, as the add-in shows it)."""
    def w(key: str) -> str:
        da, en = _SENDER_WORDS[key]
        return en if lang == "en" else da

    if not sender:
        return f"{w('sender')}: {w('unknown')}"
    name = sender.get("name") or w("unknown")
    parts = [f"{name} ({_why(sender['reason'], lang)})" if sender.get("reason") else name]
    parts += [x for x in (sender.get("role"), sender.get("organisation")) if x]
    for p in sender.get("phones") or []:
        parts.append(f"{p['number']} {w('personal' if p['personal'] else 'department')} ({_why(p['reason'], lang)})")
    for e in sender.get("emails") or []:
        parts.append(f"{e['address']} {w('personal' if e['personal'] else 'department')} "
                     f"({_why(e['reason'], lang)})")
    return f"{w('sender')}: " + " · ".join(parts)


_PARTY_WORDS = {"recipient": ("modtager", "recipient"), "citizen": ("borger", "citizen"),
                "other": ("anden person", "other person"), "unknown": ("ukendt", "unknown")}


def party_lines(parties: list[dict] | None, lang: str = "da") -> list[str]:
    """The letter model's other parties for `check -v`, beside the sender line: the recipients and the
    citizen (one line each, "ukendt" when none was found), then other named people; each with its name (else
    its organisation or role) and the reason code, its role and organisation, and its phones and e-mails with
    their reasons in words."""
    def w(key: str) -> str:
        da, en = _PARTY_WORDS[key]
        return en if lang == "en" else da

    parties = parties or []
    out = []
    for kind in ("recipient", "citizen", "other"):
        mine = [p for p in parties if p.get("kind") == kind]
        if not mine and kind != "other":
            out.append(f"{w(kind)}: {w('unknown')}")
        for p in mine:
            # named by the name, else the organisation ("Lægerne i Bakkehuset"), else the role ("Arbejdsgiveren")
            named = [x for x in (p.get("name"), p.get("organisation"), p.get("role")) if x]
            who = named[0] if named else w("unknown")
            parts = [f"{who} ({_why(p['reason'], lang)})" if p.get("reason") else who]
            parts += [x for x in (p.get("role"), p.get("organisation")) if x and x != who]
            parts += [f"{x['number']} ({_why(x['reason'], lang)})" for x in p.get("phones") or []]
            parts += [f"{x['address']} ({_why(x['reason'], lang)})" for x in p.get("emails") or []]
            out.append(f"{w(kind)}: " + " · ".join(parts))
    return out
