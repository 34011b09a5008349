"""Open a Word package safely: sniff the real format, read zip members through a
bounded stream and parse XML without DTDs, entities or network access.

The zip header's declared sizes can lie, so the decompressed-size limit is
enforced while actually reading; a DOCTYPE is refused before parsing (Word never
writes one), which rules out entity expansion ("billion laughs") and XXE.
"""

from __future__ import annotations

import io
import posixpath
import threading
import zipfile
import zlib

from linter.errors import InputError
from linter.readers.limits import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 64 * 1024
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
TRANSITIONAL_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_R = b"http://purl.oclc.org/ooxml/officeDocument/relationships"
TRANSITIONAL_R = R_NS.encode()


def _utf16(s: str) -> bytes:
    return s.encode("utf-16-le")


def sniff(data: bytes, shown: str) -> None:
    """Refuse files that are not OOXML zips, naming what they are and what to do."""
    if data[:8] == OLE_MAGIC:
        if _utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data:
            raise InputError(
                f"{shown}: filen er krypteret (beskyttet med adgangskode) – fjern adgangskoden i Word "
                "(Filer > Oplysninger > Beskyt dokument) og gem igen",
                f"{shown}: the file is encrypted (password-protected) – remove the password in Word "
                "(File > Info > Protect Document) and save again",
                code="encrypted",
            )
        raise InputError(
            f"{shown}: filen er en gammel Word-fil (.doc, Word 97-2003) – åbn den i Word og gem som .docx",
            f"{shown}: the file is a legacy Word file (.doc, Word 97-2003) – open it in Word and save as .docx",
            code="legacy-doc",
        )
    head = data[:64].lstrip()
    if head.startswith(b"{\\rtf"):
        raise InputError(
            f"{shown}: filen er en RTF-fil, ikke .docx – åbn den i Word og gem som .docx",
            f"{shown}: the file is an RTF file, not .docx – open it in Word and save as .docx",
            code="unsupported-format",
        )
    if head.startswith(b"%PDF"):
        raise InputError(
            f"{shown}: filen er en PDF, ikke .docx – tjek det oprindelige Word-dokument",
            f"{shown}: the file is a PDF, not .docx – check the original Word document",
            code="unsupported-format",
        )
    if data[:4] not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise InputError(
            f"{shown}: filen er ikke et Word-dokument (.docx er en zip-fil) – gem brevet som .docx i Word",
            f"{shown}: the file is not a Word document (.docx is a zip file) – save the letter as .docx in Word",
            code="not-docx",
        )


def _corrupt(shown: str) -> InputError:
    return InputError(
        f"{shown}: filen er beskadiget eller afkortet (ugyldig zip) – åbn den i Word og gem igen, "
        "eller få en ny kopi",
        f"{shown}: the file is damaged or truncated (invalid zip) – open it in Word and save again, "
        "or get a new copy",
        code="corrupt",
    )


_LOCAL = threading.local()


def _parser():
    """One safe parser per thread (building one costs more than parsing a small part)."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        from lxml import etree

        parser = _LOCAL.parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                                 load_dtd=False, dtd_validation=False, remove_blank_text=True)
    return parser


class Package:
    """The zip members of one Word file, read with a shared decompression budget."""

    def __init__(self, data: bytes, shown: str, limits: Limits) -> None:
        self.shown = shown
        self.limits = limits
        self.budget = limits.max_decompressed_bytes
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            self.infos = {i.filename: i for i in self.zf.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
            raise _corrupt(shown) from None
        declared = sum(i.file_size for i in self.infos.values())
        if declared > self.budget:
            raise self._too_large(declared)
        if "mimetype" in self.infos and "word/document.xml" not in self.infos:
            mime = self.read("mimetype")[:100]
            if b"opendocument" in mime:
                raise InputError(
                    f"{shown}: filen er et OpenDocument-dokument (.odt, fx LibreOffice) – gem den som .docx",
                    f"{shown}: the file is an OpenDocument file (.odt, e.g. LibreOffice) – save it as .docx",
                    code="unsupported-format",
                )
        self.main = self._main_part()

    def _too_large(self, size: int) -> InputError:
        return InputError(
            f"{self.shown}: udpakket indhold over {self.limits.max_decompressed_bytes} byte "
            f"({size} byte eller mere) – filen er for stor eller en zip-bombe",
            f"{self.shown}: decompressed content exceeds {self.limits.max_decompressed_bytes} bytes "
            f"({size} bytes or more) – the file is too large or a zip bomb",
            code="too-large-decompressed",
        )

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        """Read one member, counting what is really decompressed against the budget."""
        info = self.infos[name]
        if info.flag_bits & 0x1:
            raise InputError(
                f"{self.shown}: zip-filen er krypteret – fjern adgangskoden og gem som .docx",
                f"{self.shown}: the zip file is encrypted – remove the password and save as .docx",
                code="encrypted",
            )
        out = bytearray()
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > self.budget:
                        raise self._too_large(self.limits.max_decompressed_bytes - self.budget + len(out))
        except InputError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError):
            raise _corrupt(self.shown) from None
        self.budget -= len(out)
        return bytes(out)

    def xml(self, name: str, data: bytes | None = None):
        """Parse a member (or its already-read bytes) as XML: no DTD, no entities, no network,
        no huge trees."""
        from lxml import etree

        data = self.read(name) if data is None else data
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise InputError(
                f"{self.shown}: {name} indeholder en DOCTYPE/ENTITY-erklæring, som Word aldrig skriver – "
                "filen afvises af sikkerhedshensyn; gem den igen i Word",
                f"{self.shown}: {name} contains a DOCTYPE/ENTITY declaration, which Word never writes – "
                "refused for safety; save it again in Word",
                code="unsafe-xml",
            )
        if STRICT_W in data or STRICT_R in data:  # "Strict Open XML": same vocabulary, other namespaces
            data = data.replace(STRICT_W, TRANSITIONAL_W).replace(STRICT_R, TRANSITIONAL_R)
        try:
            return etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            if "depth" in str(exc).lower():
                raise InputError(
                    f"{self.shown}: {name} er indlejret for dybt (tabeller eller felter i hundredvis af niveauer) – "
                    "forenkl dokumentet og gem igen",
                    f"{self.shown}: {name} is nested too deeply (hundreds of levels of tables or fields) – "
                    "simplify the document and save again",
                    code="too-deep",
                ) from None
            raise InputError(
                f"{self.shown}: {name} er ugyldig XML (linje {exc.lineno}) – åbn filen i Word og gem igen",
                f"{self.shown}: {name} is invalid XML (line {exc.lineno}) – open the file in Word and save again",
                code="corrupt",
            ) from None

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of a part: id -> (type, member name); external targets are left out."""
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(name):
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in self.xml(name).iter(PR_NS + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            out[rel.get("Id") or ""] = (rel.get("Type") or "", member)
        return out

    def _main_part(self) -> str:
        for typ, member in self.rels("").values():
            if typ.rsplit("/", 1)[-1] == "officeDocument" and self.has(member):
                return member
        if self.has("word/document.xml"):
            return "word/document.xml"
        if any(n.startswith("xl/") for n in self.infos) or any(n.startswith("ppt/") for n in self.infos):
            what = ("et Excel- eller PowerPoint-dokument", "an Excel or PowerPoint file")
        else:
            what = ("ikke et Word-dokument (mangler word/document.xml)", "not a Word document "
                    "(word/document.xml is missing)")
        raise InputError(f"{self.shown}: filen er {what[0]} – gem brevet som .docx i Word",
                         f"{self.shown}: the file is {what[1]} – save the letter as .docx in Word",
                         code="not-docx")

