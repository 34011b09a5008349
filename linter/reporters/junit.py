"""JUnit XML: one testsuite per file, one failing testcase per finding at or above the fail level,
one passing testcase for a file without such findings (findings below the fail level are listed in
the suite's <system-out>, so a green run shows no failures), an error testcase for a file that could
not be read."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from linter.model import FileResult, Finding, Severity
from linter.reporters.paths import display_path

# XML 1.0 forbids most control characters, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _line(path: str, f: Finding) -> tuple[str, str]:
    quote = " ".join(f.text.split())
    msg = _clean(f"{f.message} «{quote}»" if quote else f.message)
    return msg, _clean(f"{path}:{f.line}:{f.column}: {f.severity.label} {f.rule} {msg}")


def render_junit(results: list[FileResult], *, root=None, fail_level: str = "warning", **_: object) -> str:
    level = Severity.parse(fail_level)
    suites = ET.Element("testsuites", name="brevlint")
    total = {"tests": 0, "failures": 0, "errors": 0}
    for r in results:
        path = _clean(display_path(r.path, root))
        suite = ET.SubElement(suites, "testsuite", name=path)
        counts = {"tests": 0, "failures": 0, "errors": 0}
        failing = [f for f in r.findings if f.severity >= level]
        below = [f for f in r.findings if f.severity < level]
        if r.error:
            case = ET.SubElement(suite, "testcase", classname=path, name="brevlint")
            err = ET.SubElement(case, "error", message=_clean(r.error["message"]),
                                type=_clean(r.error.get("code", "error")))
            err.text = _clean(r.error["message"])
            counts["tests"] += 1
            counts["errors"] += 1
        elif not failing:
            ET.SubElement(suite, "testcase", classname=path, name="brevlint")
            counts["tests"] += 1
        for f in failing:
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=_clean(f"{f.rule} {f.line}:{f.column}"))
            msg, line = _line(path, f)
            fail = ET.SubElement(case, "failure", message=msg, type=f.severity.label)
            fail.text = line
            counts["tests"] += 1
            counts["failures"] += 1
        for k, v in counts.items():
            suite.set(k, str(v))
            total[k] += v
        suite.set("skipped", "0")
        if below:
            ET.SubElement(suite, "system-out").text = "\n".join(_line(path, f)[1] for f in below)
    for k, v in total.items():
        suites.set(k, str(v))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
