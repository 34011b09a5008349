"""Detect who writes to whom from letterhead, sender, recipient, greeting and subject."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEALTH = re.compile(
    r"\b(sundhedscent(er|ret|eret)|fysioterap\w*|kiroprakt\w*|ergoterap\w*|læge\w*|lægehus\w*|"
    r"speciallæge\w*|overlæge\w*|hospital\w*|sygehus\w*|rygklinik\w*|rygcent\w*|rygsektion\w*|"
    r"ambulatori\w*|praksis|klinik\w*|smertecent\w*|genoptræning\w*|rygambulatori\w*|psykolog\w*|"
    r"region\w*|rygkirurgisk\w*|fysiocent\w*|sygeplejer\w*)\b", re.I)
JOB = re.compile(r"\b(jobcent(er|ret|eret|erets|rets)|sygedagpengeafdeling\w*|team sygedagpenge|"
                 r"beskæftigelsesforvaltning\w*|ydelsescent\w*|sagsbehandler|rådgiver|jobkonsulent)\b", re.I)
JOINT = re.compile(r"\b(koordinator\w*|tværsektori\w*|sekretariat(et)? for sundhed og beskæftigelse|"
                   r"arbejdsgiver|a-kasse\w*|fagforening\w*|patientforening\w*)\b", re.I)


@dataclass(slots=True)
class ProfileGuess:
    profile: str
    source: str  # "detected: ..." evidence, or "cli", "config"


def _score(text: str) -> tuple[int, int]:
    return len(HEALTH.findall(text)), len(JOB.findall(text))


def detect_profile(a) -> ProfileGuess:
    st = a.structure
    sender, recipient = [], []
    for i, b in enumerate(a.blocks):
        z = st.zones[i]
        if z in ("letterhead", "signature", "closing", "email-sender", "page-header", "page-footer"):
            sender.append(b.text)
        elif z in ("recipient", "email-header", "greeting"):
            recipient.append(b.text)
    s_h, s_j = _score("\n".join(sender))
    r_h, r_j = _score("\n".join(recipient))
    joint = JOINT.search("\n".join(sender))
    evidence = f"afsender: sundhed={s_h} job={s_j}; modtager: sundhed={r_h} job={r_j}"
    if joint and not (s_j and not s_h and r_h) and not (s_h and not s_j and r_j):
        return ProfileGuess("generel", f"detected ({evidence}; fælles/anden afsender)")
    if s_j > s_h or (s_j == s_h and r_h > r_j):
        if r_h or s_j:
            return ProfileGuess("job-til-sundhed", f"detected ({evidence})")
    if s_h > s_j or (s_h == s_j and r_j > r_h):
        if r_j or s_h:
            return ProfileGuess("sundhed-til-job", f"detected ({evidence})")
    # fall back on the whole text
    b_h, b_j = _score(a.text)
    if r_j and not r_h:
        return ProfileGuess("sundhed-til-job", f"detected ({evidence}; modtager er jobcenter)")
    if r_h and not r_j:
        return ProfileGuess("job-til-sundhed", f"detected ({evidence}; modtager er sundhedsvæsen)")
    return ProfileGuess("generel", f"undetected ({evidence}; brødtekst: sundhed={b_h} job={b_j})")
