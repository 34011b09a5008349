"""LanguageTool-compatible API (/v2/check, /v2/languages) so LanguageTool clients can
use brevlint for Danish. Offsets and lengths are UTF-16 code units in the caller's
original text (with `data`, markup counts towards offsets but is not analysed)."""

from __future__ import annotations

import bisect
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request

import linter
from linter.errors import InputError
from linter.model import Severity
from linter.server.documents import document_from_text, utf16_len
from linter.server.errors import ApiError
from linter.server.native import check_limits, ensure_text
from linter.server.schemas import ERRORS
from linter.server.service import CheckService

router = APIRouter()

LANGUAGE = {"name": "Danish", "code": "da-DK"}
ACCEPTED_LANGUAGES = {"da", "da-dk", "auto"}
CONTEXT_CHARS = 40
CATEGORIES = {
    "kontakt": ("BREVLINT_KONTAKT", "Kontaktoplysninger"),
    "sundhed": ("BREVLINT_SUNDHED", "Indhold i brev til jobcenter"),
    "job": ("BREVLINT_JOB", "Indhold i brev fra jobcenter"),
    "samtykke": ("BREVLINT_SAMTYKKE", "Samtykke"),
    "sprog": ("BREVLINT_SPROG", "Klart sprog"),
    "skabelon": ("BREVLINT_SKABELON", "Skabelon"),
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«»\"])")
_BUILD_DATE = datetime.fromtimestamp(Path(linter.__file__).stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M:%S +0000")

_FORM_BODY = {"content": {"application/x-www-form-urlencoded": {"schema": {
    "type": "object",
    "properties": {
        "text": {"type": "string"}, "data": {"type": "string", "description": "JSON annotation"},
        "language": {"type": "string", "example": "da-DK"}, "enabledRules": {"type": "string"},
        "disabledRules": {"type": "string"}, "enabledCategories": {"type": "string"},
        "disabledCategories": {"type": "string"}, "enabledOnly": {"type": "string"},
        "preferredVariants": {"type": "string"}, "level": {"type": "string"},
    },
    "required": ["language"]}}}}


def category(rid: str) -> tuple[str, str]:
    return CATEGORIES.get(rid.split(".")[0], ("BREVLINT", "brevlint"))


async def read_params(request: Request) -> dict[str, str]:
    """Query parameters plus a form body, whatever the Content-Type claims."""
    params = dict(request.query_params)
    body = await request.body()
    if not body:
        return params
    ctype = request.headers.get("content-type", "").lower()
    if ctype.startswith("multipart/form-data"):
        form = await request.form(max_files=10, max_fields=50)
        params.update({k: v for k, v in form.items() if isinstance(v, str)})
        return params
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "encoding", "the request body is not valid UTF-8") from None
    if ctype.startswith("application/json") and raw.lstrip().startswith("{"):
        try:
            obj = json.loads(raw)
        except ValueError:
            raise ApiError(400, "bad-json", "the request body is not valid JSON") from None
        if not isinstance(obj, dict):
            raise ApiError(400, "bad-json", "the JSON body must be an object")
        params.update({str(k): v if isinstance(v, str) else json.dumps(v) for k, v in obj.items()})
        return params
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, strict_parsing=False, errors="strict",
                          max_num_fields=100)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "bad-form", "the form body cannot be parsed (too many fields or invalid "
                                        "percent-encoded UTF-8)") from None
    params.update(dict(pairs))
    return params


class Mapped:
    """Plain text to analyse plus a map from its offsets back to the original text."""

    def __init__(self, original: str, plain: str, segments: list[tuple[int, int, int, bool]]):
        self.original, self.plain = original, plain
        self.segments = segments  # (plain_start, orig_start, orig_len, is_text)
        self._starts = [s[0] for s in segments]

    def to_original(self, p: int, end: bool = False) -> int:
        """A start maps into the segment that begins at or before `p`, an end into the one
        that begins before it (so markup right after a flagged word is not included)."""
        if not self.segments:
            return p
        pos = bisect.bisect_left(self._starts, p) if end else bisect.bisect_right(self._starts, p)
        plain_start, orig_start, orig_len, is_text = self.segments[max(0, pos - 1)]
        if is_text:
            return orig_start + min(p - plain_start, orig_len)
        return orig_start + (orig_len if end else 0)


def from_text(text: str) -> Mapped:
    return Mapped(text, text, [(0, 0, len(text), True)])


def from_annotation(data: str) -> Mapped:
    try:
        obj = json.loads(data)
    except ValueError:
        raise ApiError(400, "bad-data", "'data' is not valid JSON") from None
    items = obj.get("annotation") if isinstance(obj, dict) else None
    if not isinstance(items, list):
        raise ApiError(400, "bad-data", "'data' must be an object with an 'annotation' list")
    original, plain, segments = [], [], []
    o = p = 0
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise ApiError(400, "bad-data", f"annotation[{n}] must be an object")
        if isinstance(item.get("text"), str):
            t = item["text"]
            segments.append((p, o, len(t), True))
            original.append(t)
            plain.append(t)
            o, p = o + len(t), p + len(t)
        elif isinstance(item.get("markup"), str):
            m, interp = item["markup"], item.get("interpretAs", "")
            if not isinstance(interp, str):
                raise ApiError(400, "bad-data", f"annotation[{n}].interpretAs must be a string")
            segments.append((p, o, len(m), False))
            original.append(m)
            plain.append(interp)
            o, p = o + len(m), p + len(interp)
        else:
            raise ApiError(400, "bad-data", f"annotation[{n}] needs a 'text' or 'markup' string")
    return Mapped("".join(original), "".join(plain), segments)


def _ids(value: str | None) -> set[str]:
    return {x.strip() for x in (value or "").split(",") if x.strip()}


def _sentence(block: str, offset: int) -> str:
    start = 0
    for m in _SENTENCE_END.finditer(block):
        if m.end() > offset:
            return block[start:m.start()]
        start = m.end()
    return block[start:]


def _context(original: str, start: int, end: int) -> dict:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(original), end + CONTEXT_CHARS)
    pre = ("..." if left > 0 else "") + original[left:start]
    text = pre + original[start:end] + original[end:right] + ("..." if right < len(original) else "")
    text = re.sub(r"[\r\n\t]", " ", text)
    return {"text": text, "offset": utf16_len(pre), "length": utf16_len(original[start:end])}


@router.get("/v2/languages", tags=["languagetool"], summary="Supported languages (LanguageTool API)")
async def languages() -> list[dict]:
    return [{"name": "Danish", "code": "da", "longCode": "da-DK"}]


@router.post("/v2/check", tags=["languagetool"], responses=ERRORS, operation_id="lt_check_post",
             summary="Check text (LanguageTool API; form body, any Content-Type)",
             openapi_extra={"requestBody": _FORM_BODY})
@router.get("/v2/check", tags=["languagetool"], responses=ERRORS, operation_id="lt_check_get",
            summary="Check text (LanguageTool API; query parameters)")
async def lt_check(request: Request) -> dict:
    service: CheckService = request.app.state.service
    settings = request.app.state.settings
    params = await read_params(request)
    lang = (params.get("language") or "").strip()
    if not lang:
        raise ApiError(400, "missing-language", "missing parameter 'language' (use da-DK)")
    if lang.lower() not in ACCEPTED_LANGUAGES:
        raise ApiError(400, "unsupported-language",
                       f"language '{lang[:20]}' is not supported: brevlint checks Danish only (da, da-DK, auto)")
    variants = _ids(params.get("preferredVariants"))
    if variants - {"da-DK"}:
        raise ApiError(400, "unsupported-language", "preferredVariants: only da-DK is supported")
    if "text" in params and "data" in params:
        raise ApiError(400, "invalid", "give either 'text' or 'data', not both")
    if "data" in params:
        mapped = from_annotation(params["data"])
    elif "text" in params:
        mapped = from_text(params["text"])
    else:
        raise ApiError(400, "missing-text", "missing parameter 'text' or 'data'")
    ensure_text(mapped.original, "text")
    check_limits(settings, mapped.plain.count("\n") + 1, len(mapped.original))

    enabled, disabled = _ids(params.get("enabledRules")), _ids(params.get("disabledRules"))
    enabled_cats, disabled_cats = _ids(params.get("enabledCategories")), _ids(params.get("disabledCategories"))
    only = None
    if params.get("enabledOnly", "false").lower() == "true":
        if not enabled and not enabled_cats:
            raise ApiError(400, "invalid", "enabledOnly=true needs enabledRules or enabledCategories")
        only = {r for r in service.rule_ids if r in enabled or category(r)[0] in enabled_cats}
    disabled |= {r for r in service.rule_ids if category(r)[0] in disabled_cats}

    try:
        tdoc = document_from_text(mapped.plain)
    except InputError as exc:
        raise ApiError(400, exc.code, exc.message("en")) from None
    result = await service.check(tdoc.document, cfg=service.cfg, only=only, disabled=disabled, lang="da")

    matches = []
    first = tdoc.document.blocks[0] if tdoc.document.blocks else None
    for f in result.findings:
        if f.document_level:
            if first is None:
                continue
            # No span for "the letter lacks X": LanguageTool clients get the first paragraph.
            line, col0, length = first.line, first.column0, len(first.text)
        else:
            line, col0, length = f.line, f.column - 1, f.length
        p_start = tdoc.global_offset(line, col0)
        start, end = mapped.to_original(p_start), mapped.to_original(p_start + length, end=True)
        line_text = tdoc.line_text(line)
        cat_id, cat_name = category(f.rule)
        rule = service.engine.rule(f.rule)
        matches.append({
            "message": f.message,
            "shortMessage": cat_name,
            "replacements": [{"value": r} for r in f.replacements],
            "offset": utf16_len(mapped.original[:start]),
            "length": utf16_len(mapped.original[start:end]),
            "context": _context(mapped.original, start, end),
            "sentence": _sentence(line_text, col0),
            "type": {"typeName": "Hint" if f.severity == Severity.SUGGESTION else "Other"},
            "rule": {"id": f.rule, "description": rule.description or rule.message_for("da"),
                     "issueType": "style" if f.rule.startswith("sprog.") else "uncategorized",
                     "category": {"id": cat_id, "name": cat_name}},
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    confidence = 1.0
    return {
        "software": {"name": "brevlint", "version": linter.__version__, "buildDate": _BUILD_DATE,
                     "apiVersion": 1, "premium": False, "premiumHint": "", "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {**LANGUAGE, "detectedLanguage": {**LANGUAGE, "confidence": confidence}},
        "matches": matches,
    }
