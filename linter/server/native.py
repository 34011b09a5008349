"""The native API for the Word add-in: /v1/check, /v1/check-docx, /v1/rules."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, Response, UploadFile

from linter.errors import InputError
from linter.i18n import part_label, profile_source, reason_text
from linter.model import CheckItem, Document, FileResult, Finding
from linter.readers.limits import Limits
from linter.rule_docs import rule_message
from linter.server.documents import TextDocument, Utf16Index, document_from_paragraphs, document_from_text
from linter.server.errors import ApiError
from linter.server.schemas import ERRORS, CheckItemOut, CheckRequest, CheckResponse, FindingOut, RuleOut, Source
from linter.server.service import CheckService

router = APIRouter()
_SEVERITIES = {"off", "suggestion", "warning", "error", "default"}


def ensure_text(value: str, what: str) -> None:
    """Lone surrogates (possible in JSON) cannot be analysed or sent back as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "invalid-text", f"{what} holds invalid Unicode (a lone surrogate)") from None


def validate_rules(service: CheckService, rules: dict[str, str]) -> None:
    """Messages name no rule id or value: they come from the request."""
    for rid, sev in rules.items():
        if rid not in service.rule_ids:
            raise ApiError(400, "unknown-rule", "'rules' names a rule id that does not exist (see /v1/rules)")
        if sev not in _SEVERITIES:
            raise ApiError(400, "invalid", f"'rules' holds an unknown severity (use {', '.join(sorted(_SEVERITIES))})")


_SIZE_CODES = {"too-many-paragraphs", "too-many-characters", "line-too-long", "too-large"}


def input_error(exc: InputError, lang: str) -> ApiError:
    """A reader's or a limit's error; its message names only the fixed document name and counts."""
    return ApiError(413 if exc.code in _SIZE_CODES else 400, exc.code, exc.message(lang))


def limited(doc: Document, limits: Limits, lang: str) -> Document:
    """Apply every document limit to what will be analysed (not to the request's bytes)."""
    try:
        limits.check_document(doc, doc.path)
    except InputError as exc:
        raise input_error(exc, lang) from None
    return doc


def require_complete(result: FileResult) -> None:
    """An analysis that did not finish is an error, never a clean letter."""
    if result.error:
        raise ApiError(503, str(result.error.get("code", "incomplete")), str(result.error.get("message", "")),
                       headers={"Retry-After": "5"})


def request_limits(request: Request) -> Limits:
    settings = request.app.state.settings
    return request.app.state.service.limits(settings.max_paragraphs, settings.max_characters,
                                            settings.max_body_bytes)


def json_bytes(body: dict) -> bytes:
    """Encoded in the job (not on the event loop), as FastAPI's JSONResponse would."""
    return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def json_response(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def budget(kw: dict) -> float:
    return kw["cfg"].limits.time_budget_seconds


# Keys of the response models with their defaults: a key added to a model (with a default)
# appears in every answer without touching the builders below.
_FINDING_DEFAULTS = {k: f.get_default(call_default_factory=True) for k, f in FindingOut.model_fields.items()
                     if not f.is_required()}
_RESPONSE_DEFAULTS = {k: f.get_default(call_default_factory=True) for k, f in CheckResponse.model_fields.items()
                      if not f.is_required()}
_ITEM_DEFAULTS = {k: f.get_default(call_default_factory=True) for k, f in CheckItemOut.model_fields.items()
                  if not f.is_required()}


def _finding(service: CheckService, f: Finding, paragraph: int, utf16: Utf16Index, offset: int, **extra) -> dict:
    offset_utf16, length_utf16 = utf16.span(offset, offset + f.length)
    return {
        **_FINDING_DEFAULTS, "paragraph": paragraph,
        "offset": offset, "length": f.length, "offset_utf16": offset_utf16, "length_utf16": length_utf16,
        "severity": f.severity.label, "rule": f.rule, "message": f.message,
        "replacements": list(f.replacements), "text": f.text, "term": f.term,
        "document_level": f.document_level, "source": service.sources[f.rule],
        "fix": _fix_out(f.fix, utf16, offset - f.offset), **extra,
    }


def _fix_out(fix: dict | None, utf16: Utf16Index, shift: int) -> dict | None:
    """The finding's fix in the response's paragraph (`shift`: where the block starts in it, e.g. a
    text line's indent), with UTF-16 offsets beside the code-point ones (JavaScript, Word)."""
    if not fix:
        return None
    edits = []
    for e in fix["edits"]:
        offset = e["offset"] + shift
        offset_utf16, length_utf16 = utf16.span(offset, offset + e["length"])
        edits.append({**e, "offset": offset, "offset_utf16": offset_utf16, "length_utf16": length_utf16})
    return {"edits": edits, "applicability": fix["applicability"]}


def _check_item(c: CheckItem, paragraph: int | None, utf16: Utf16Index | None, offset: int, **extra) -> dict:
    """A checklist entry located like a finding; the place only when the rule gave a span."""
    if c.start < 0 or paragraph is None or utf16 is None:
        return {**_ITEM_DEFAULTS, "rule": c.rule, "status": c.status, "evidence": list(c.evidence)}
    offset_utf16, length_utf16 = utf16.span(offset, offset + c.length)
    return {**_ITEM_DEFAULTS, "rule": c.rule, "status": c.status, "evidence": list(c.evidence),
            "paragraph": paragraph, "offset": offset, "length": c.length, "offset_utf16": offset_utf16,
            "length_utf16": length_utf16, "text": c.text, **extra}


def _place(c: CheckItem, paragraph: int, utf16: Utf16Index, offset: int, **extra) -> dict:
    """A located piece of evidence (linter/engine/sender_places.py) as the response's `place`."""
    offset_utf16, length_utf16 = utf16.span(offset, offset + c.length)
    return {"paragraph": paragraph, "offset": offset, "length": c.length, "offset_utf16": offset_utf16,
            "length_utf16": length_utf16, "text": c.text, "line": None, "column": None, **extra}


def _contacts(items: list[dict], key: str, lang: str, places: dict[str, dict] | None, what: str) -> list[dict]:
    out = []
    for k, x in enumerate(items):
        entry = {key: x[key], "reason": x["reason"], "reason_text": reason_text(x["reason"], lang)}
        if places is not None:  # the sender's: personal or a department's, and where it stands
            entry.update(personal=x.get("personal"), place=places.get(f"{what}.{k}"))
        out.append(entry)
    return out


def _sender(result: FileResult, places: dict[str, dict], lang: str) -> dict | None:
    """Whom brevlint took as the sender and why, each reason also as a phrase (linter/i18n.REASON_TEXTS)."""
    s = result.sender
    if not s:
        return None
    return {"name": s.get("name"), "organisation": s.get("organisation"), "role": s.get("role"),
            "phones": _contacts(s.get("phones") or [], "number", lang, places, "phones"),
            "emails": _contacts(s.get("emails") or [], "address", lang, places, "emails"),
            "reason": s.get("reason"), "reason_text": reason_text(s.get("reason"), lang),
            "place": places.get("name")}


def _parties(result: FileResult, lang: str) -> list[dict]:
    return [{"kind": p["kind"], "name": p.get("name"), "role": p.get("role"), "organisation": p.get("organisation"),
             "phones": _contacts(p.get("phones") or [], "number", lang, None, "phones"),
             "emails": _contacts(p.get("emails") or [], "address", lang, None, "emails"),
             "reason": p["reason"], "reason_text": reason_text(p["reason"], lang)} for p in result.parties]


def _response(result: FileResult, findings: list[dict], checklist: list[dict], lang: str,
              places: dict[str, dict] | None = None) -> dict:
    return {**_RESPONSE_DEFAULTS, "profile": result.profile,
            "profile_source": profile_source(result.profile_evidence, lang), "findings": findings,
            "checklist": checklist, "metrics": result.metrics, "sender": _sender(result, places or {}, lang),
            "parties": _parties(result, lang)}


class _Paragraphs:
    """Each paragraph's text and UTF-16 table, built once when a finding first needs it."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.texts = texts
        self._tables: dict[int, Utf16Index] = {}

    def utf16(self, number: int) -> Utf16Index:
        table = self._tables.get(number)
        if table is None:
            table = self._tables[number] = Utf16Index(self.texts.get(number, ""))
        return table


def response_for_paragraphs(service: CheckService, result: FileResult, doc: Document, docx: bool = False,
                            lang: str = "da") -> dict:
    paras = _Paragraphs({b.index: b.text for b in doc.blocks})
    out = []
    for f in result.findings:
        label = part_label(f.part, f.part_label, lang) if f.part_label else None  # 'header 1' with lang en
        extra = {"part": f.part, "part_label": label, "paragraph_number": f.paragraph} if docx else {}
        out.append(_finding(service, f, max(0, f.paragraph - 1), paras.utf16(f.paragraph), f.offset, **extra))
    items = [_check_item(c, c.paragraph - 1, paras.utf16(c.paragraph), c.offset) for c in result.checklist]
    places = {c.rule: _place(c, c.paragraph - 1, paras.utf16(c.paragraph), c.offset) for c in result.sender_places}
    return _response(result, out, items, lang, places)


def response_for_text(service: CheckService, result: FileResult, tdoc: TextDocument, lang: str = "da") -> dict:
    tables: dict[int, Utf16Index] = {}
    out = []
    for f in result.findings:
        line = max(1, f.line)
        offset = max(0, f.column - 1)  # code points within the source line
        if line not in tables:
            tables[line] = Utf16Index(tdoc.line_text(line))
        out.append(_finding(service, f, line - 1, tables[line], offset, line=line, column=offset + 1))
    items = []
    for c in result.checklist:
        line, offset = max(1, c.line), max(0, c.column - 1)
        if line not in tables:
            tables[line] = Utf16Index(tdoc.line_text(line))
        items.append(_check_item(c, line - 1, tables[line], offset, line=line, column=offset + 1))
    places = {}
    for c in result.sender_places:
        line, offset = max(1, c.line), max(0, c.column - 1)
        if line not in tables:
            tables[line] = Utf16Index(tdoc.line_text(line))
        places[c.rule] = _place(c, line - 1, tables[line], offset, line=line, column=offset + 1)
    return _response(result, out, items, lang, places)


def _check_kwargs(service: CheckService, profile, template, rules, lang) -> dict:
    validate_rules(service, rules)
    return {"cfg": service.config_with(rules) if rules else service.cfg, "profile": profile,
            "profile_source": "request" if profile else None, "template": template, "lang": lang}


def _empty(lang: str) -> ApiError:
    return ApiError(400, "empty", "brevet er tomt" if lang == "da" else "the letter is empty")


def paragraphs_job(service: CheckService, paragraphs: list[str], kw: dict, limits: Limits, lang: str) -> bytes:
    for p in paragraphs:
        ensure_text(p, "paragraphs")
    doc = limited(document_from_paragraphs(paragraphs), limits, lang)
    if not doc.blocks:
        raise _empty(lang)
    result = service.check_sync(doc, **kw)
    require_complete(result)
    return json_bytes(response_for_paragraphs(service, result, doc, lang=lang))


def text_job(service: CheckService, text: str, kw: dict, limits: Limits, lang: str) -> bytes:
    ensure_text(text, "text")
    try:
        tdoc = document_from_text(text, limits=limits)
    except InputError as exc:
        raise input_error(exc, lang) from None
    limited(tdoc.document, limits, lang)
    result = service.check_sync(tdoc.document, **kw)
    require_complete(result)
    return json_bytes(response_for_text(service, result, tdoc, lang=lang))


def docx_job(service: CheckService, data: bytes, kw: dict, limits: Limits, lang: str) -> bytes:
    from linter.readers import read_bytes

    # The uploaded file name may hold a citizen's name: messages use a fixed one.
    try:
        doc = read_bytes(data, ".docx", "brev.docx", limits)
    except InputError as exc:
        raise input_error(exc, lang) from None
    result = service.check_sync(doc, **kw)
    require_complete(result)
    return json_bytes(response_for_paragraphs(service, result, doc, docx=True, lang=lang))


@router.post("/v1/check", response_model=CheckResponse, responses=ERRORS, tags=["native"],
             summary="Check a letter given as paragraphs or as text")
async def check(req: CheckRequest, request: Request) -> Response:
    service: CheckService = request.app.state.service
    if (req.paragraphs is None) == (req.text is None):
        raise ApiError(400, "invalid", "give exactly one of 'paragraphs' and 'text'")
    kw = _check_kwargs(service, req.profile, req.template, req.rules, req.lang)
    limits = request_limits(request)
    if req.paragraphs is not None:
        body = await service.job(paragraphs_job, req.paragraphs, kw, limits, req.lang, budget=budget(kw))
    else:
        body = await service.job(text_job, req.text or "", kw, limits, req.lang, budget=budget(kw))
    return json_response(body)


@router.post("/v1/check-docx", response_model=CheckResponse, responses=ERRORS, tags=["native"],
             summary="Check an uploaded .docx (multipart/form-data, field 'file')")
async def check_docx(request: Request, file: Annotated[UploadFile, File(description="The .docx letter")],
                     profile: Annotated[str | None, Form()] = None,
                     template: Annotated[bool | None, Form()] = None,
                     lang: Annotated[str, Form()] = "da",
                     rules: Annotated[str | None, Form(description='JSON, e.g. {"sprog.passiv": "off"}')] = None,
                     ) -> Response:
    service: CheckService = request.app.state.service
    if lang not in ("da", "en"):
        raise ApiError(400, "invalid", "lang must be 'da' or 'en'")
    if profile is not None and profile not in ("sundhed-til-job", "job-til-sundhed", "generel"):
        raise ApiError(400, "invalid", "unknown profile (use sundhed-til-job, job-til-sundhed or generel)")
    overrides: dict[str, str] = {}
    if rules:
        try:
            overrides = json.loads(rules)
        except ValueError:
            raise ApiError(400, "invalid", "rules must be a JSON object") from None
        if not isinstance(overrides, dict) or not all(isinstance(v, str) for v in overrides.values()):
            raise ApiError(400, "invalid", "rules must be a JSON object of rule id to severity")
    kw = _check_kwargs(service, profile, template, overrides, lang)
    data = await file.read()
    return json_response(await service.job(docx_job, data, kw, request_limits(request), lang, budget=budget(kw)))


@router.get("/v1/rules", response_model=list[RuleOut], tags=["native"], summary="All rules")
async def rules(request: Request, lang: Annotated[str, Query(pattern="^(da|en)$")] = "da") -> list[RuleOut]:
    service: CheckService = request.app.state.service
    out = []
    for r in sorted(service.engine.rules, key=lambda r: r.id):
        desc = (r.description_en or r.description) if lang == "en" else (r.description or r.description_en)
        out.append(RuleOut(id=r.id, kind=r.kind, severity=r.severity.label if r.severity else "off",
                           profiles=list(r.profiles), message=rule_message(r, lang), description=desc,
                           document_level=service.engine.kinds[r.id].document_level,
                           source=Source(document=(r.source or {}).get("document"),
                                         quote=(r.source or {}).get("quote")),
                           example=_short_example(r)))
    return out


def _short_example(rule) -> str | None:
    passing = [e for e in (rule.examples or {}).get("pass") or [] if isinstance(e, str) and e.strip()]
    best = min(passing, key=len, default=None)
    return best.strip() if best and len(best) <= 200 else None
