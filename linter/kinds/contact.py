"""`contact`: the sender's name, phone and personal e-mail must be present.

Only the sender's part counts (letterhead, signature, e-mail Fra:, page header and
footer, and first-person sentences such as "du kan fange mig på ..."). Numbers and
addresses are personal or a department's; see RULES.md "Sender's contact details".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from linter.kinds.base import Context, Kind, Param

_FIRST_PERSON = re.compile(r"\b(mig|mit|min|jeg|mine)\b", re.I)
_NAME_TOKEN = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?$")
_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}|«[^»]*»|\[INDSÆT[^\]]*\]|<<[^>]*>>|\bX{3,}\b", re.I)
_PH_NAME = re.compile(r"navn|name", re.I)
_PH_PHONE = re.compile(r"tlf|telefon|phone|mobil", re.I)
_PH_EMAIL = re.compile(r"e-?mail|mail", re.I)
_PH_DEPT = re.compile(r"afdeling|jobcenter|kommune|klinik|adresse|titel|modtager|borger|dato", re.I)


@dataclass(slots=True)
class Verdict:
    names: list[tuple[int, int]]
    personal_phones: int
    dept_phones: int
    personal_emails: int
    dept_emails: int


class ContactKind(Kind):
    name = "contact"
    document_level = True
    params = {"require": Param(str, required=True, choices=("name", "phone", "email", "personal"))}

    @cached_property
    def _words(self) -> dict[str, set[str]]:
        raw = self.lexicons.raw.get("mailboxes") or {}

        def words(key: str, default: list[str]) -> set[str]:
            vals = raw.get(key) or default
            return {str(v).lower() for v in vals}

        return {
            "mailbox": words("function_mailboxes", [
                "post", "kontakt", "info", "mail", "jobcenter", "sygedagpenge", "sundhed",
                "sundhedscenter", "borgerservice", "kommune", "sikkerpost", "kommunikation", "klinik",
                "rygklinik", "hr", "virksomhedsservice", "sekretariat", "reception", "administration",
                "team", "afdeling", "center", "ambulatorium", "visitation", "genoptraening", "booking"]),
            "dept_phone": words("department_phone_labels", [
                "hovednummer", "hovednr", "omstilling", "borgerservice", "sekretariat", "sekretariatet",
                "reception", "receptionen", "telefontid", "skiftebord", "hotline", "vagttelefon",
                "hverdage", "åbningstid", "kontortid"]),
            "personal_phone": words("personal_phone_labels", [
                "direkte", "dir.", "mobil", "mob.", "mobilnr.", "mobilnummer", "direkte tlf."]),
            "dept": words("department_words", [
                "afdeling", "afdelingen", "team", "sektion", "center", "centret", "centeret", "klinik",
                "klinikken", "jobcenter", "jobcentret", "sundhedscenter", "kommune", "sekretariat",
                "sekretariatet", "hospital", "hospitalet", "praksis", "rygklinik", "ambulatorium",
                "sygedagpenge", "sygedagpengeafdelingen", "borgerservice", "lægehus", "lægerne"]),
        }

    @cached_property
    def _first_names(self) -> set[str]:
        names = set(self.lexicons.lists.get("first-names", []))
        return {n.lower() for n in names}

    # -- classification -----------------------------------------------------
    def _phone_is_department(self, a, c, block_text: str, zone: str, sig_names: bool) -> bool:
        low = block_text.lower()
        if any(w in low for w in self._words["personal_phone"]):
            return False
        if any(w in low for w in self._words["dept_phone"]):
            return True
        # unlabelled number: personal under a person's name (signature), else a department's
        return not (zone in ("signature", "closing", "email-sender") and sig_names)

    def _email_is_department(self, value: str) -> bool:
        local, _, domain = value.partition("@")
        org = domain.split(".")[0]
        parts = [p for p in re.split(r"[._\-+]", local) if p]
        if local == org or local in self._words["mailbox"]:
            return True
        if any(p in self._words["mailbox"] for p in parts):
            return True
        if len(parts) >= 2:
            return False
        if local in self._first_names or len(local) <= 5:
            return False
        # a long single word: a function mailbox if it contains a function word
        return any(w in local for w in self._words["mailbox"] if len(w) >= 4)

    def _names_in(self, text: str) -> list[tuple[int, int]]:
        """Spans of person names: a known first name followed by a capitalised word,
        or two+ capitalised words where the first is a known first name."""
        out = []
        toks = [(m.group(0), m.start()) for m in re.finditer(r"[\wÆØÅæøå-]+", text)]
        for k, (tok, pos) in enumerate(toks):
            if not _NAME_TOKEN.match(tok) or tok.lower() not in self._first_names:
                continue
            if tok.lower() in self._words["dept"]:
                continue
            end = pos + len(tok)
            j = k + 1
            while j < len(toks) and _NAME_TOKEN.match(toks[j][0]) and \
                    toks[j][0].lower() not in self._words["dept"]:
                end = toks[j][1] + len(toks[j][0])
                j += 1
            out.append((pos, end))
        return out

    def verdict(self, a) -> Verdict:
        cached = a.memo.get("contact")
        if cached is not None:
            return cached
        st = a.structure
        names: list[tuple[int, int]] = []
        name_zones: set[str] = set()
        pp = dp = pe = de = 0
        for i, block in enumerate(a.blocks):
            zone = st.zones[i]
            text = block.text
            base = a.block_starts[i]
            if not st.is_sender(i):
                continue
            if zone == "email-sender":
                body = text.split(":", 1)[1]
                found = self._names_in(body)
                names += [(base + text.index(":") + 1 + s, base + text.index(":") + 1 + e)
                          for s, e in found]
                if found:
                    name_zones.add(zone)
            elif not any(w in text.lower().split() for w in ("til", "att.", "att.:")):
                found = self._names_in(text)
                if found:
                    names += [(base + s, base + e) for s, e in found]
                    name_zones.add(zone)
            for m in _PLACEHOLDER.finditer(text):
                ph = m.group(0)
                if _PH_PHONE.search(ph) or _PH_PHONE.search(text[:m.start()][-12:]):
                    pp += 1
                elif _PH_EMAIL.search(ph) or _PH_EMAIL.search(text[:m.start()][-10:]):
                    pe += 1
                elif _PH_NAME.search(ph) and not _PH_DEPT.search(ph) and zone != "letterhead":
                    names.append((base + m.start(), base + m.end()))
                    name_zones.add(zone)
        sig_names = bool(name_zones & {"signature", "closing", "email-sender"})
        for c in a.phones:
            i = a.block_index(c.start)
            zone = st.zones[i]
            text = a.blocks[i].text
            if st.is_sender(i):
                if self._phone_is_department(a, c, text, zone, sig_names):
                    dp += 1
                else:
                    pp += 1
            elif zone == "body" and _FIRST_PERSON.search(a.text[a.sentence_of(c.start)[0]:c.start]):
                pp += 1
        for c in a.emails:
            i = a.block_index(c.start)
            if not st.is_sender(i):
                continue
            if self._email_is_department(c.value):
                de += 1
            else:
                pe += 1
        v = Verdict(names, pp, dp, pe, de)
        a.memo["contact"] = v
        return v

    def check(self, a, ctx: Context) -> Iterable:
        v = self.verdict(a)
        need = self.p["require"]
        missing = {
            "name": not v.names,
            "phone": v.personal_phones == 0,
            "email": v.personal_emails == 0,
            "personal": (v.dept_phones + v.dept_emails) > 0 and v.personal_phones + v.personal_emails == 0,
        }[need]
        if missing:
            yield self.finding(ctx)
