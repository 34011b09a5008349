"""The native API for the Word add-in: /v1/check, /v1/check-docx, /v1/rules."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile

from linter.errors import InputError
from linter.i18n import part_label, profile_source
from linter.model import FileResult, Finding
from linter.rule_docs import rule_message
from linter.server.documents import document_from_paragraphs, document_from_text, utf16_len
from linter.server.errors import ApiError
from linter.server.schemas import ERRORS, CheckRequest, CheckResponse, FindingOut, RuleOut, Source
from linter.server.service import CheckService

router = APIRouter()
_SEVERITIES = {"off", "suggestion", "warning", "error", "default"}


def ensure_text(value: str, what: str) -> None:
    """Lone surrogates (possible in JSON) cannot be analysed or sent back as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "invalid-text", f"{what} holds invalid Unicode (a lone surrogate)") from None


def check_limits(settings, count: int, chars: int) -> None:
    if count > settings.max_paragraphs:
        raise ApiError(413, "too-many-paragraphs",
                       f"{count} paragraphs; the limit is {settings.max_paragraphs}")
    if chars > settings.max_characters:
        raise ApiError(413, "too-many-characters", f"{chars} characters; the limit is {settings.max_characters}")


def validate_rules(service: CheckService, rules: dict[str, str]) -> None:
    for rid, sev in rules.items():
        if rid not in service.rule_ids:
            raise ApiError(400, "unknown-rule", f"unknown rule id '{rid}'")
        if sev not in _SEVERITIES:
            raise ApiError(400, "invalid", f"rules.{rid}: unknown severity '{sev}'")


def input_error(exc: InputError, lang: str) -> ApiError:
    return ApiError(400, exc.code, exc.message(lang))


def _source(service: CheckService, rid: str) -> Source:
    src = service.engine.rule(rid).source or {}
    return Source(document=src.get("document"), quote=src.get("quote"))


def _base(service: CheckService, f: Finding, para_text: str, offset: int) -> dict:
    return {
        "offset": offset, "length": f.length,
        "offset_utf16": utf16_len(para_text[:offset]),
        "length_utf16": utf16_len(para_text[offset:offset + f.length]),
        "severity": f.severity.label, "rule": f.rule, "message": f.message,
        "replacements": list(f.replacements), "text": f.text, "term": f.term,
        "document_level": f.document_level, "source": _source(service, f.rule),
    }


def _response(result: FileResult, findings: list[FindingOut], lang: str) -> CheckResponse:
    return CheckResponse(profile=result.profile, profile_source=profile_source(result.profile_evidence, lang),
                         findings=findings)


def response_for_paragraphs(service: CheckService, result: FileResult, paragraphs: list[str],
                            docx: bool = False, blocks=None, lang: str = "da") -> CheckResponse:
    by_index = {b.index: b for b in blocks} if blocks is not None else None
    out = []
    for f in result.findings:
        i = max(0, f.paragraph - 1)
        if by_index is not None:
            block = by_index.get(f.paragraph)
            para_text = block.text if block else ""
        else:
            para_text = paragraphs[i] if i < len(paragraphs) else ""
        label = part_label(f.part, f.part_label, lang) if f.part_label else None  # 'header 1' with lang en
        extra = {"part": f.part, "part_label": label, "paragraph_number": f.paragraph} if docx else {}
        out.append(FindingOut(paragraph=i, **_base(service, f, para_text, f.offset), **extra))
    return _response(result, out, lang)


def response_for_text(service: CheckService, result: FileResult, tdoc, lang: str = "da") -> CheckResponse:
    out = []
    for f in result.findings:
        line = max(1, f.line)
        offset = max(0, f.column - 1)  # code points within the source line
        out.append(FindingOut(paragraph=line - 1, line=line, column=offset + 1,
                              **_base(service, f, tdoc.line_text(line), offset)))
    return _response(result, out, lang)


def _check_kwargs(service: CheckService, profile, template, rules, lang) -> dict:
    validate_rules(service, rules)
    return {"cfg": service.config_with(rules) if rules else service.cfg, "profile": profile,
            "profile_source": "request" if profile else None, "template": template, "lang": lang}


@router.post("/v1/check", response_model=CheckResponse, responses=ERRORS, tags=["native"],
             summary="Check a letter given as paragraphs or as text")
async def check(req: CheckRequest, request: Request) -> CheckResponse:
    service: CheckService = request.app.state.service
    settings = request.app.state.settings
    if (req.paragraphs is None) == (req.text is None):
        raise ApiError(400, "invalid", "give exactly one of 'paragraphs' and 'text'")
    kw = _check_kwargs(service, req.profile, req.template, req.rules, req.lang)
    if req.paragraphs is not None:
        check_limits(settings, len(req.paragraphs), sum(len(p) for p in req.paragraphs))
        for p in req.paragraphs:
            ensure_text(p, "paragraphs")
        doc = document_from_paragraphs(req.paragraphs)
        result = await service.check(doc, **kw)
        return response_for_paragraphs(service, result, req.paragraphs, lang=req.lang)
    text = req.text or ""
    ensure_text(text, "text")
    check_limits(settings, text.count("\n") + 1, len(text))
    try:
        tdoc = document_from_text(text)
    except InputError as exc:
        raise input_error(exc, req.lang) from None
    result = await service.check(tdoc.document, **kw)
    return response_for_text(service, result, tdoc, lang=req.lang)


@router.post("/v1/check-docx", response_model=CheckResponse, responses=ERRORS, tags=["native"],
             summary="Check an uploaded .docx (multipart/form-data, field 'file')")
async def check_docx(request: Request, file: Annotated[UploadFile, File(description="The .docx letter")],
                     profile: Annotated[str | None, Form()] = None,
                     template: Annotated[bool | None, Form()] = None,
                     lang: Annotated[str, Form()] = "da",
                     rules: Annotated[str | None, Form(description='JSON, e.g. {"sprog.passiv": "off"}')] = None,
                     ) -> CheckResponse:
    from linter.readers import read_bytes
    from linter.readers.limits import Limits

    service: CheckService = request.app.state.service
    settings = request.app.state.settings
    if lang not in ("da", "en"):
        raise ApiError(400, "invalid", "lang must be 'da' or 'en'")
    if profile is not None and profile not in ("sundhed-til-job", "job-til-sundhed", "generel"):
        raise ApiError(400, "invalid", f"unknown profile '{profile}'")
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
    name = (file.filename or "brev.docx").replace("\n", " ")[:200]
    limits = Limits(max_file_bytes=settings.max_body_bytes, max_paragraphs=settings.max_paragraphs,
                    max_characters=settings.max_characters)
    try:
        doc = await service.run(read_bytes, data, ".docx", name, limits)
    except InputError as exc:
        raise input_error(exc, lang) from None
    result = await service.check(doc, **kw)
    return response_for_paragraphs(service, result, [], docx=True, blocks=doc.blocks, lang=lang)


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
                                         quote=(r.source or {}).get("quote"))))
    return out
