"""Result cache: findings keyed by a hash of everything that decides them.

Key = sha256 of the file's bytes + suffix + shipped and configured rules and lexicons +
the effective config and per-file options + brevlint's version and code. An entry holds
the findings (rule, location, message, flagged words, fingerprint), the checklist (rule,
status, location, evidence; not the satisfying sentence), the profile, the sender and the
other parties sealed with a key only the letter's bytes give (`seal_parties`); never the letter's
paragraphs. Entries live under $BREVLINT_CACHE_DIR or ~/.cache/brevlint,
readable by the owner only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from linter import __version__
from linter.atomic import write_atomic
from linter.config import Config
from linter.data import data_dir
from linter.model import CheckItem, FileResult, Finding, ProfileEvidence, Severity

FORMAT = 1
_PKG = Path(__file__).resolve().parent


def cache_root() -> Path:
    env = os.environ.get("BREVLINT_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "brevlint"


def _hash_tree(h, folder: Path, pattern: str = "*") -> None:
    if not folder.is_dir():
        h.update(b"missing:" + str(folder).encode())
        return
    for p in sorted(folder.rglob(pattern)):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(folder).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())


_CODE_HASH: str | None = None


def _code_trees() -> list[tuple[Path, str]]:
    return [(_PKG, "*.py"), (data_dir("rules"), "*"), (data_dir("lexicons"), "*")]


def _stat_signature() -> str:
    """Paths, sizes and modification times of brevlint's code and data: cheap to take (stat only)."""
    h = hashlib.sha256(__version__.encode())
    for folder, pattern in _code_trees():
        for p in sorted(folder.rglob(pattern)) if folder.is_dir() else []:
            if "__pycache__" in p.parts:
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def code_hash() -> str:
    """brevlint's own version and source: a development change invalidates the cache too.
    Hashing every file's content costs ~0.1 s, most of a fully cached run, so the content hash is
    remembered under a signature of the files' sizes and modification times."""
    global _CODE_HASH
    if _CODE_HASH is None:
        memo = cache_root() / f"code-v{FORMAT}" / _stat_signature()[:40]
        try:
            _CODE_HASH = memo.read_text(encoding="ascii").strip() or None
        except OSError:
            _CODE_HASH = None
        if _CODE_HASH is None:
            h = hashlib.sha256(__version__.encode())
            for folder, pattern in _code_trees():
                _hash_tree(h, folder, pattern)
            _CODE_HASH = h.hexdigest()
            try:
                memo.parent.mkdir(parents=True, exist_ok=True)
                tmp = memo.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(_CODE_HASH, encoding="ascii")
                os.replace(tmp, memo)
            except OSError:
                pass  # a read-only cache dir: hash again next time
    return _CODE_HASH


def _others(parties: list[dict]) -> list[dict]:
    return [p for p in parties if p.get("kind") != "sender"]


def _stream(seal: bytes, key: str, n: int) -> bytes:
    """A keystream from the letter's own hash and the entry's key: only someone who has the letter can
    derive it, and no two entries share one."""
    return hashlib.shake_256(b"brevlint-parties\0" + seal + key.encode()).digest(n)


def seal_parties(parties: list[dict], seal: bytes | None, key: str) -> dict:
    """The parties as an entry keeps them: the sender in the clear (the same work details as `sender`);
    everyone else (recipients, the citizen, relatives) sealed with a key derived from the letter's bytes
    (`seal` = sha256 of them), so the cache holds no name or contact detail of theirs in readable form.
    Without a seal the others are left out and the entry is not used for them."""
    out: dict = {"sender": [p for p in parties if p.get("kind") == "sender"], "order": [p.get("kind") == "sender"
                                                                                      for p in parties]}
    others = _others(parties)
    if others and seal is not None:
        plain = json.dumps(others, ensure_ascii=False).encode("utf-8")
        out["sealed"] = bytes(x ^ y for x, y in zip(plain, _stream(seal, key, len(plain)), strict=True)).hex()
    elif others:
        out["missing"] = True
    return out


def open_parties(stored: dict, seal: bytes | None, key: str) -> list[dict] | None:
    """The parties back from an entry; None when they cannot be (no seal, or not stored): a miss."""
    if stored.get("missing"):
        return None
    others: list[dict] = []
    if "sealed" in stored:
        if seal is None:
            return None
        data = bytes.fromhex(stored["sealed"])
        others = json.loads(bytes(x ^ y for x, y in zip(data, _stream(seal, key, len(data)), strict=True)))
    senders, rest = iter(stored["sender"]), iter(others)
    return [next(senders) if is_sender else next(rest) for is_sender in stored["order"]]


def _jsonable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, Path):
        return str(value)
    return value


class ResultCache:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or cache_root()) / f"results-v{FORMAT}"
        self._config_hashes: dict[int, str] = {}
        self.hits = 0
        self.misses = 0

    def _config_hash(self, cfg: Config) -> str:
        cached = self._config_hashes.get(id(cfg))
        if cached is None:
            data = _jsonable(cfg)
            data.pop("serve", None)  # server options do not change a check's result
            data.pop("audit", None)  # nor do the audit's engine options
            h = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode())
            for folder in (*cfg.rule_folders, *cfg.lexicon_folders, *cfg.vocab):
                _hash_tree(h, Path(folder))
            cached = self._config_hashes[id(cfg)] = h.hexdigest()
        return cached

    def key(self, data: bytes, path: str, cfg: Config, options: dict) -> str:
        """`options` are the run's choices (profile, template, disabled rules, language)."""
        per_file = {"suffix": os.path.splitext(path)[1].lower(), "template": cfg.is_template(path),
                    "ignored": sorted(cfg.ignored_rules(path)), **options}
        h = hashlib.sha256()
        for part in (code_hash(), self._config_hash(cfg),
                     json.dumps(per_file, sort_keys=True), hashlib.sha256(data).hexdigest()):
            h.update(part.encode() + b"\0")
        return h.hexdigest()

    def _file(self, key: str) -> str:
        return os.path.join(self.root, key[:2], f"{key}.json")  # str: this runs once per file

    def get(self, key: str, path: str, seal: bytes | None = None) -> FileResult | None:
        """`seal`: sha256 of the letter's bytes, which opens the parties other than the sender."""
        try:
            with open(self._file(key), encoding="utf-8") as fh:
                entry = json.load(fh)
            findings = [Finding(**{**f, "severity": Severity(f["severity"])}) for f in entry["findings"]]
            evidence = entry["profile_evidence"]
            result = FileResult(path=path, profile=entry["profile"],
                                profile_evidence=ProfileEvidence.from_dict(evidence) if evidence else None,
                                findings=findings, kind=entry["kind"], cached=True,
                                checklist=[CheckItem(**c) for c in entry["checklist"]], sender=entry.get("sender"),
                                parties=open_parties(entry["parties"], seal, key),
                                metrics=entry.get("metrics", {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, StopIteration):
            self.misses += 1
            return None  # missing or unreadable entry: check the file again
        if result.parties is None:
            self.misses += 1
            return None  # the parties cannot be opened without the letter: check it again
        self.hits += 1
        return result

    def put(self, key: str, result: FileResult, seal: bytes | None = None) -> None:
        if result.error:
            return  # errors are cheap to find again and may be transient
        evidence = result.profile_evidence.as_dict() if result.profile_evidence else None
        entry = {"profile": result.profile, "profile_evidence": evidence, "kind": result.kind,
                 "sender": result.sender,  # the sender's own work contact details, as JSON shows them
                 "parties": seal_parties(result.parties, seal, key),  # the others' sealed (seal_parties)
                 "metrics": result.metrics,
                 "findings": [{**_jsonable(f), "severity": int(f.severity)} for f in result.findings],
                 # the satisfying sentence is letter text a finding did not flag: not kept
                 "checklist": [{**_jsonable(c), "text": ""} for c in result.checklist]}
        target = Path(self._file(key))
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(target, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
            os.chmod(target, 0o600)
        except OSError:
            pass  # a read-only or full cache never fails a check
