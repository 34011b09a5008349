"""Checkstyle XML (Jenkins Warnings NG, many CI dashboards): <checkstyle><file><error/></file>.
Format: what Checkstyle's XMLLogger writes (https://checkstyle.org); tests/schemas/checkstyle.xsd."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from linter.model import FileResult, Severity
from linter.reporters.paths import display_path

SEVERITIES = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "info"}
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def render_checkstyle(results: list[FileResult], *, root=None, **_: object) -> str:
    top = ET.Element("checkstyle", version="4.3")
    for r in results:
        node = ET.SubElement(top, "file", name=_clean(display_path(r.path, root)))
        if r.error:
            ET.SubElement(node, "error", line="1", severity="error", message=_clean(r.error["message"]),
                          source=f"brevlint.{r.error.get('code', 'error')}")
            continue
        for f in r.findings:
            quote = " ".join(f.text.split())
            attrs = {"line": str(max(f.line, 1))}
            if not f.document_level:
                attrs["column"] = str(max(f.column, 1))
            attrs.update(severity=SEVERITIES[f.severity], message=_clean(f"{f.message} «{quote}»" if quote
                                                                        else f.message), source=f.rule)
            ET.SubElement(node, "error", attrs)
    ET.indent(top)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(top, encoding="unicode") + "\n"
