"""`json.dumps(obj, ensure_ascii=False, indent=2)`, byte for byte, without the pure-Python encoder's cost.

With `indent` set, CPython (before 3.14) leaves its C encoder and walks the value with nested
generators, one `yield` per token: the JSON report of a letter cost about as much as checking
its rules. This walks the value once into a list of strings, with the same C string escaper
and the same number forms, so the text is identical (tests/test_json_text.py compares it with
`json.dumps` on every shape a report holds, and on the corpus' reports).
"""

from __future__ import annotations

from json.encoder import encode_basestring  # the C escaper json.dumps uses with ensure_ascii=False

_INT = int.__repr__
_FLOAT = float.__repr__


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return _FLOAT(o)


def _scalar(o: object) -> str | None:
    """The JSON text of a scalar, in json's order of checks (bool before int); None for a container."""
    if isinstance(o, str):
        return encode_basestring(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return _INT(o)
    if isinstance(o, float):
        return _float(o)
    return None


def _key(k: object) -> str:
    """A dict key as json.dumps writes it (non-string keys become strings; others are refused)."""
    if isinstance(k, str):
        return encode_basestring(k)
    if isinstance(k, float):
        return encode_basestring(_float(k))
    if k is True:
        return '"true"'
    if k is False:
        return '"false"'
    if k is None:
        return '"null"'
    if isinstance(k, int):
        return encode_basestring(_INT(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


def dumps_indented(obj: object, indent: int = 2) -> str:
    out: list[str] = []
    append = out.append
    pads = ["\n"]
    keys: dict[str, str] = {}  # a report repeats its few field names: each escaped once per call
    enc, num = encode_basestring, _INT

    def walk(o: object, level: int) -> None:
        t = type(o)
        if t is not list and t is not dict:
            s = _scalar(o)
            if s is not None:
                append(s)
                return
            if not isinstance(o, (list, tuple, dict)):
                raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")
            if isinstance(o, tuple):
                o = list(o)
        if not o:
            append("[]" if isinstance(o, list) else "{}")
            return
        while len(pads) <= level + 1:
            pads.append("\n" + " " * (indent * len(pads)))
        inner = pads[level + 1]
        if isinstance(o, list):
            sep, items, close = "[" + inner, ((None, v) for v in o), "]"
        else:
            sep, items, close = "{" + inner, o.items(), "}"  # type: ignore[union-attr]
        more = "," + inner
        is_dict = close == "}"
        for k, v in items:
            if is_dict:
                kt = keys.get(k) if type(k) is str else None  # type: ignore[arg-type]
                if kt is None:
                    kt = _key(k) + ": "
                    if type(k) is str:
                        keys[k] = kt  # type: ignore[index]
                head = sep + kt
            else:
                head = sep
            sep = more
            t = type(v)  # the common exact types first; subclasses (StrEnum, IntEnum) through _scalar
            if t is str:
                append(head + enc(v))
            elif v is None:
                append(head + "null")
            elif t is int:
                append(head + num(v))
            elif t is list or t is dict:
                append(head)
                walk(v, level + 1)
            else:
                s = _scalar(v)
                if s is not None:
                    append(head + s)
                else:
                    append(head)
                    walk(v, level + 1)
        append(pads[level] + close)

    walk(obj, 0)
    return "".join(out)
