"""LanguageTool-compatible API (/v2/check, /v2/languages) so LanguageTool clients can
use brevlint for Danish. Offsets and lengths are UTF-16 code units in the caller's
original text (with `data`, markup counts towards offsets but is not analysed)."""

from __future__ import annotations

import bisect
import hmac
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response

import linter
from linter.errors import InputError
from linter.model import Severity
from linter.readers.limits import Limits
from linter.server.documents import Utf16Index, document_from_text, utf16_len
from linter.server.errors import ApiError
from linter.server.middleware import API_KEY_STATE
from linter.server.native import ensure_text, input_error, json_bytes, json_response, limited, request_limits
from linter.server.schemas import ERRORS
from linter.server.service import CheckService

router = APIRouter()

LANGUAGE = {"name": "Danish", "code": "da-DK"}
ACCEPTED_LANGUAGES = {"da", "da-dk", "auto"}
AUTO_NOTE = "brevlint checks Danish only: language=auto was checked as da-DK"
INCOMPLETE_RULE = "BREVLINT_INCOMPLETE"
INCOMPLETE_MESSAGE = ("brevlint nåede ikke at tjekke hele brevet (tidsbudgettet slap op); der kan være fejl, "
                      "som ikke er vist. Prøv igen, eller del brevet op.")
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


class _Sentences:
    """Sentence spans of each line, computed once per line (many matches share a line)."""

    def __init__(self) -> None:
        self._lines: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def around(self, line: int, text: str, offset: int) -> str:
        """The sentence holding `offset`, or the one before the gap it falls in."""
        if line not in self._lines:
            spans, start = [], 0
            for m in _SENTENCE_END.finditer(text):
                spans.append((start, m.start()))
                start = m.end()
            spans.append((start, len(text)))
            self._lines[line] = ([a for a, _ in spans], spans)
        starts, spans = self._lines[line]
        a, b = spans[max(0, bisect.bisect_right(starts, offset) - 1)]
        return text[a:b]


def _context(original: str, utf16: Utf16Index, start: int, end: int) -> dict:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(original), end + CONTEXT_CHARS)
    pre = ("..." if left > 0 else "") + original[left:start]
    text = pre + original[start:end] + original[end:right] + ("..." if right < len(original) else "")
    text = re.sub(r"[\r\n\t]", " ", text)
    return {"text": text, "offset": utf16_len(pre), "length": utf16.span(start, end)[1]}


@router.get("/v2/languages", tags=["languagetool"], summary="Supported languages (LanguageTool API)")
async def languages() -> list[dict]:
    return [{"name": "Danish", "code": "da", "longCode": "da-DK"}]


@router.post("/v2/check", tags=["languagetool"], responses=ERRORS, operation_id="lt_check_post", response_model=dict,
             summary="Check text (LanguageTool API; form body, any Content-Type)",
             openapi_extra={"requestBody": _FORM_BODY})
@router.get("/v2/check", tags=["languagetool"], responses=ERRORS, operation_id="lt_check_get", response_model=dict,
            summary="Check text (LanguageTool API; query parameters)")
async def lt_check(request: Request) -> Response:
    service: CheckService = request.app.state.service
    params = await read_params(request)
    check_api_key(request, params)
    lang = (params.get("language") or "").strip().lower()
    if not lang:
        raise ApiError(400, "missing-language", "missing parameter 'language' (use da-DK)")
    if lang not in ACCEPTED_LANGUAGES:
        raise ApiError(400, "unsupported-language",
                       "the language is not supported: brevlint checks Danish only (da, da-DK, auto)")
    auto = lang == "auto"
    if _ids(params.get("preferredVariants")) - {"da-DK"} and not auto:
        # as LanguageTool: variants only go with language=auto (which brevlint checks as Danish)
        raise ApiError(400, "unsupported-language", "preferredVariants: only da-DK is supported (or language=auto)")
    if "text" in params and "data" in params:
        raise ApiError(400, "invalid", "give either 'text' or 'data', not both")
    if "data" not in params and "text" not in params:
        raise ApiError(400, "missing-text", "missing parameter 'text' or 'data'")

    enabled, disabled = _ids(params.get("enabledRules")), _ids(params.get("disabledRules"))
    enabled_cats, disabled_cats = _ids(params.get("enabledCategories")), _ids(params.get("disabledCategories"))
    only = None
    if params.get("enabledOnly", "false").lower() == "true":
        if not enabled and not enabled_cats:
            raise ApiError(400, "invalid", "enabledOnly=true needs enabledRules or enabledCategories")
        only = {r for r in service.rule_ids if r in enabled or category(r)[0] in enabled_cats}
    disabled |= {r for r in service.rule_ids if category(r)[0] in disabled_cats}
    return json_response(await service.job(lt_job, params, only, disabled, auto, request_limits(request),
                                           budget=service.cfg.limits.time_budget_seconds))


def lt_job(service: CheckService, params: dict[str, str], only: set[str] | None, disabled: set[str], auto: bool,
           limits: Limits) -> bytes:
    """Parsing `data`, the check and the matches (in the analysis process)."""
    mapped = from_annotation(params["data"]) if "data" in params else from_text(params["text"])
    ensure_text(mapped.original, "text")
    ensure_text(mapped.plain, "data")
    if not mapped.plain.strip():
        return json_bytes(_lt_response([], auto))  # as LanguageTool: nothing to check, no matches
    try:
        tdoc = document_from_text(mapped.plain, limits=limits)
    except InputError as exc:
        raise input_error(exc, "en") from None
    limited(tdoc.document, limits, "en")  # what is analysed, not the markup around it
    result = service.check_sync(tdoc.document, cfg=service.cfg, only=only, disabled=disabled, lang="da")
    if result.error:
        return json_bytes(_lt_response([_incomplete_match(mapped, tdoc)], auto, result.error))
    return json_bytes(_lt_response(_matches(service, result, mapped, tdoc), auto))


def check_api_key(request: Request, params: dict[str, str]) -> None:
    """With a token and no Authorization header, LanguageTool's own `apiKey` parameter carries
    it (any `username`): LanguageTool clients cannot set headers (linter/server/middleware.py)."""
    expected = request.scope.get("state", {}).get(API_KEY_STATE)
    if expected is None:
        return
    given = params.get("apiKey", "")
    if not hmac.compare_digest(given.encode("utf-8", "replace"), expected):
        raise ApiError(401, "unauthorized", "missing or wrong token (Authorization: Bearer, or apiKey)",
                       headers={"WWW-Authenticate": 'Bearer realm="brevlint"'})


def _matches(service: CheckService, result, mapped: Mapped, tdoc) -> list[dict]:
    matches = []
    first = tdoc.document.blocks[0] if tdoc.document.blocks else None
    utf16 = Utf16Index(mapped.original)
    sentences = _Sentences()
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
        cat_id, cat_name = category(f.rule)
        offset, units = utf16.span(start, end)
        matches.append({
            "message": f.message,
            "shortMessage": cat_name,
            "replacements": [{"value": r} for r in f.replacements],
            "offset": offset,
            "length": units,
            "context": _context(mapped.original, utf16, start, end),
            "sentence": sentences.around(line, tdoc.line_text(line), col0),
            "type": {"typeName": "Hint" if f.severity == Severity.SUGGESTION else "Other"},
            "rule": {"id": f.rule, "description": service.descriptions[f.rule],
                     "issueType": "style" if f.rule.startswith("sprog.") else "uncategorized",
                     "category": {"id": cat_id, "name": cat_name}},
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return matches


def _incomplete_match(mapped: Mapped, tdoc) -> dict:
    """The time budget ran out: one match on the first paragraph says so, for clients that
    show matches but not `warnings` (a letter with no matches would look clean)."""
    first = tdoc.document.blocks[0]
    p_start = tdoc.global_offset(first.line, first.column0)
    start, end = mapped.to_original(p_start), mapped.to_original(p_start + len(first.text), end=True)
    utf16 = Utf16Index(mapped.original)
    offset, units = utf16.span(start, end)
    return {"message": INCOMPLETE_MESSAGE, "shortMessage": "brevlint", "replacements": [], "offset": offset,
            "length": units, "context": _context(mapped.original, utf16, start, end), "sentence": "",
            "type": {"typeName": "Other"},
            "rule": {"id": INCOMPLETE_RULE, "description": INCOMPLETE_MESSAGE, "issueType": "uncategorized",
                     "category": {"id": "BREVLINT", "name": "brevlint"}},
            "ignoreForIncompleteSentence": False, "contextForSureMatch": 0}


def _lt_response(matches: list[dict], auto: bool, error: dict | None = None) -> dict:
    warnings: dict = {"incompleteResults": False}
    if error:  # the time budget ran out: say so, never a clean letter
        warnings = {"incompleteResults": True,
                    "incompleteResultsReason": "brevlint: " + str(error.get("message", "analysis incomplete"))}
    detected = {**LANGUAGE, "confidence": 1.0}
    if auto:
        detected["source"] = AUTO_NOTE
    return {
        "software": {"name": "brevlint", "version": linter.__version__, "buildDate": _BUILD_DATE,
                     "apiVersion": 1, "premium": False, "premiumHint": "", "status": ""},
        "warnings": warnings,
        "language": {**LANGUAGE, "detectedLanguage": detected},
        "matches": matches,
    }
