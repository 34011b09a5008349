"""Request and response models of the native API (they make the OpenAPI schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Profile = Literal["sundhed-til-job", "job-til-sundhed", "generel"]
SeverityName = Literal["off", "suggestion", "warning", "error", "default"]


class CheckRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "paragraphs": ["Kære Sofie Berg", "Borgeren er visiteret til et forløb."], "lang": "da"}]})

    paragraphs: list[str] | None = Field(None, description="One string per paragraph (Word's order).")
    text: str | None = Field(None, description="A whole letter as plain text (one paragraph per line).")
    profile: Profile | None = Field(None, description="Skip profile detection.")
    template: bool | None = Field(None, description="Check as a template (placeholders allowed).")
    rules: dict[str, SeverityName] = Field(default_factory=dict,
                                           description='Per-rule severity, e.g. {"sprog.passiv": "off"}.')
    lang: Literal["da", "en"] = "da"


class Source(BaseModel):
    document: str | None = None
    quote: str | None = None


class FixEdit(BaseModel):
    offset: int = Field(description="Start in the paragraph, in code points.")
    length: int = Field(description="Code points to replace (0: insert).")
    text: str
    offset_utf16: int
    length_utf16: int


class Fix(BaseModel):
    edits: list[FixEdit]
    applicability: Literal["safe", "unsafe", "display-only"] = Field(
        description="safe: apply as is; unsafe: changes meaning or length, apply on request; display-only: show only.")


class FindingOut(BaseModel):
    paragraph: int = Field(description="0-based index of the paragraph (or text line) in the input.")
    offset: int = Field(description="Start in the paragraph, in code points.")
    length: int = Field(description="Length in code points.")
    offset_utf16: int = Field(description="Start in the paragraph, in UTF-16 code units (JavaScript, Word).")
    length_utf16: int
    severity: Literal["suggestion", "warning", "error"]
    rule: str
    message: str
    replacements: list[str]
    text: str = Field(description="The flagged text (empty for a finding about the whole letter).")
    term: str | None = None
    document_level: bool = Field(description="True when the finding concerns the whole letter.")
    source: Source
    part: str | None = Field(None, description=".docx only: body, header, footer, table, ...")
    part_label: str | None = None
    paragraph_number: int | None = Field(None, description=".docx only: 1-based paragraph number.")
    line: int | None = Field(None, description="text only: 1-based line.")
    column: int | None = Field(None, description="text only: 1-based column (code points).")
    fix: Fix | None = Field(None, description="Edits in this paragraph that fix the finding (never for a "
                                              "finding about the whole letter).")


class CheckItemOut(BaseModel):
    rule: str
    status: Literal["ok", "missing", "not-applicable"]
    evidence: list[str] = Field(default_factory=list,
                                description="Short reason codes: the concepts that met the rule, or why none counted.")
    paragraph: int | None = Field(None, description="As for findings: 0-based paragraph (or text line) of the "
                                                    "span that met the rule, or where it belongs; null: no place.")
    offset: int | None = None
    length: int | None = None
    offset_utf16: int | None = None
    length_utf16: int | None = None
    text: str | None = Field(None, description="The text that met the rule (e.g. the sentence).")
    line: int | None = Field(None, description="text only: 1-based line.")
    column: int | None = Field(None, description="text only: 1-based column (code points).")


class PlaceOut(BaseModel):
    """Where a piece of evidence stands, located like a finding (the pane selects it)."""

    paragraph: int = Field(description="0-based paragraph (or text line) of the input.")
    offset: int
    length: int
    offset_utf16: int
    length_utf16: int
    text: str = Field(description="The words at the place, as written.")
    line: int | None = Field(None, description="text only: 1-based line.")
    column: int | None = Field(None, description="text only: 1-based column (code points).")


class ContactOut(BaseModel):
    number: str | None = Field(None, description="Phones: the digits (or a template field as written).")
    address: str | None = Field(None, description="E-mails: the address in lower case.")
    personal: bool | None = Field(None, description="Sender only: the person's own (true) or a department's.")
    reason: str = Field(description="Reason code: why it is this party's (and why personal or not).")
    reason_text: str | None = Field(None, description="The reason as a short phrase in the request's language.")
    place: PlaceOut | None = Field(None, description="Sender only: where it stands in the letter.")


class SenderOut(BaseModel):
    name: str | None = Field(description="The sender's full name; null when none was found.")
    organisation: str | None = None
    role: str | None = None
    phones: list[ContactOut] = Field(default_factory=list)
    emails: list[ContactOut] = Field(default_factory=list)
    reason: str | None = Field(None, description="Reason code for the name (or why there is none).")
    reason_text: str | None = Field(None, description="The reason as a short phrase in the request's language.")
    place: PlaceOut | None = Field(None, description="Where the name stands in the letter.")


class PartyOut(BaseModel):
    kind: Literal["sender", "recipient", "citizen", "other"]
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    phones: list[ContactOut] = Field(default_factory=list)
    emails: list[ContactOut] = Field(default_factory=list)
    reason: str
    reason_text: str | None = Field(None, description="The reason as a short phrase in the request's language.")


class CheckResponse(BaseModel):
    profile: str | None
    profile_source: str | None = Field(description="Why this profile, in the request's language: 'request', "
                                                   "'config (FILE)', or 'detected (…)' with the sector words "
                                                   "of sender and recipient.")
    findings: list[FindingOut]
    checklist: list[CheckItemOut] = Field(default_factory=list,
                                          description="The letter's document-level requirements and their status.")
    metrics: dict[str, float] = Field(default_factory=dict,
                                      description="Readability of the body: 'lix' (LIX) and 'words' (word count).")
    sender: SenderOut | None = Field(None, description="Whom brevlint took as the sender, why, and where the "
                                                       "evidence stands.")
    parties: list[PartyOut] = Field(default_factory=list,
                                    description="Every party found: sender, recipients, citizen, other people.")


class RuleOut(BaseModel):
    id: str
    kind: str
    severity: str
    profiles: list[str]
    message: str
    description: str | None = None
    document_level: bool
    source: Source
    example: str | None = Field(None, description="A short text that meets the rule (its shortest passing "
                                                  "example of at most 200 characters), for 'why?' panels.")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


ERRORS = {status: {"model": ErrorResponse} for status in (400, 401, 413)}
