"""Plain data passed along the pipeline: Document -> Analysis -> Finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that a fail level compares with `>=`."""

    SUGGESTION = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.strip().upper()]

    @property
    def label(self) -> str:
        return self.name.lower()


# Part names are stable identifiers used in JSON/SARIF; Danish labels live in i18n.
PARTS = ("body", "header", "footer", "table", "textbox", "footnote", "endnote", "comment")


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of text with its place in the source file.

    `index` is 1-based in a fixed document order. Text files give one block per
    non-empty line, so `line` is that source line and `column0` the 0-based column
    where `text` starts in it; for .docx `line` equals `index` and `column0` is 0.
    """

    text: str
    index: int
    part: str = "body"
    line: int = 1
    column0: int = 0
    group: int = 0  # consecutive lines without a blank line between share a group
    style: str | None = None  # e.g. "Heading 1", "List Bullet"
    heading_level: int = 0
    part_label: str | None = None  # e.g. "tabel 1", "sidehoved 1"
    placeholders: tuple[tuple[int, int], ...] = ()  # spans known to be template fields
    paragraph: int = 0  # .docx: 1-based paragraph number within its part label (0: use index)


@dataclass(slots=True)
class Document:
    path: str
    kind: str  # "txt", "md", "docx"
    blocks: list[Block]
    template: bool = False
    # "not this one, here" written in the letter (linter/suppressions.py: Suppression)
    suppressions: list = field(default_factory=list)

    @property
    def is_docx(self) -> bool:
        return self.kind == "docx"


@dataclass(slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    # Span in the analysed text (joined blocks); document-level findings use
    # start == end == -1.
    start: int = -1
    end: int = -1
    term: str | None = None
    replacements: list[str] = field(default_factory=list)
    explanation: str | None = None  # text a writer may paste (jargon)
    # Filled in by the locator after rules ran:
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    paragraph: int = 0  # the block's index: paragraph number in document order (for .docx, = line)
    part_paragraph: int = 0  # .docx: paragraph number inside its part (as in «tabel 1 ¶4»)
    part: str = "body"
    part_label: str | None = None
    offset: int = -1  # code-point offset inside the block (paragraph)
    length: int = 0
    text: str = ""
    fingerprint: str = ""  # content hash (linter/fingerprint.py); set by the runner
    # Document-level findings: short reason codes of why the rule fired ("no-personal-phone", …).
    evidence: list[str] = field(default_factory=list)
    # ruff's fix model: {"edits": [{"offset", "length", "text"}], "applicability": "safe"|"unsafe"|"display-only"}
    fix: dict | None = None
    # Document-level findings: the span (in the analysed text) where the fix belongs (the signature, the
    # switchboard number); the locator reports the finding there. None: at the letter's start.
    anchor: tuple[int, int] | None = None

    @property
    def document_level(self) -> bool:
        return self.start < 0


@dataclass(frozen=True, slots=True)
class ProfileEvidence:
    """Why a letter has its profile, in a language-neutral form; `linter.i18n.profile_source`
    renders it per language ("detected (afsender: …)" / "detected (sender: …)")."""

    kind: str  # "detected", "undetected", or who chose the profile: "cli", "config", "request"
    sender: tuple[str, ...] = ()  # sector words found on the sender side (lower case, first four distinct)
    recipient: tuple[str, ...] = ()  # ... and on the recipient side
    reason: str | None = None  # what decided beyond the word counts (a code of i18n.PROFILE_REASONS)
    config: str | None = None  # the config file that set the profile (kind "config")

    def as_dict(self) -> dict:
        return {"kind": self.kind, "sender": list(self.sender), "recipient": list(self.recipient),
                "reason": self.reason, "config": self.config}

    @classmethod
    def from_dict(cls, data: dict) -> ProfileEvidence:
        return cls(kind=data["kind"], sender=tuple(data["sender"]), recipient=tuple(data["recipient"]),
                   reason=data["reason"], config=data["config"])


@dataclass(slots=True)
class CheckItem:
    """One document-level requirement of the letter's checklist: did the letter meet it, and where.

    `status` is "ok", "missing" or "not-applicable". For "ok", start/end is the span (in the
    analysed text) that satisfied the rule; for "missing", where the fix belongs, or -1.
    The locator fills line/column/paragraph/part exactly as for findings.
    """

    rule: str
    status: str
    start: int = -1
    end: int = -1
    evidence: list[str] = field(default_factory=list)  # short reason codes
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    paragraph: int = 0
    part_paragraph: int = 0
    part: str = "body"
    part_label: str | None = None
    offset: int = -1
    length: int = 0
    text: str = ""


@dataclass(slots=True)
class FileResult:
    path: str
    profile: str | None = None
    profile_evidence: ProfileEvidence | None = None  # shown as `profile_source` (i18n.profile_source)
    findings: list[Finding] = field(default_factory=list)
    error: dict | None = None  # {"code": ..., "message": ...}
    kind: str | None = None
    cached: bool = False  # findings came from the result cache (linter/cache.py)
    checklist: list[CheckItem] = field(default_factory=list)  # document-level requirements (issue 13)
    # Whom the letter model took as the sender (issue 12): {"name", "organisation", "role",
    # "phones": [{"number", "personal", "reason"}], "emails": [{"address", "personal", "reason"}], "reason"}
    sender: dict | None = None
    # Every party the letter model found (issue 12): [{"kind": sender|recipient|citizen|other, "name", "role",
    # "organisation", "phones": [{"number", "reason"}], "emails": [{"address", "reason"}], "reason"}]
    parties: list[dict] = field(default_factory=list)
    # Where the sender's name, phones and e-mails stand (linter/engine/sender_places.py): located entries
    # keyed "name", "phones.K", "emails.K"; shown by the server (/v1/check), not kept in the result cache.
    sender_places: list[CheckItem] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)  # {"lix": body LIX, "words": body words}
