"""Errors that end in a clear one-line message and exit code 2, never a traceback."""

from __future__ import annotations


class BrevlintError(Exception):
    """Base: carries a stable code and bilingual messages."""

    code = "error"

    def __init__(self, message_da: str, message_en: str | None = None, *, code: str | None = None):
        super().__init__(message_en or message_da)
        self.message_da = message_da
        self.message_en = message_en or message_da
        if code:
            self.code = code

    def message(self, lang: str = "da") -> str:
        return self.message_en if lang == "en" else self.message_da

    def __reduce__(self):  # both messages and the code survive pickling (errors raised in worker processes)
        return (type(self), (self.message_da, self.message_en), {"code": self.code})


class InputError(BrevlintError):
    """A file that cannot be read as a letter (format, encoding, size, ...)."""

    code = "input"


class ConfigError(BrevlintError):
    """A bad config file, rule file or lexicon; names file and key."""

    code = "config"


class UsageError(BrevlintError):
    """A mistake on the command line or in the environment (unknown rule id, ...): exit code 2."""

    code = "usage"
