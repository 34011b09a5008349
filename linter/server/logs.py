"""Logging without letter text: the access log has method, path (no query string,
which LanguageTool clients may fill with the text) and status only."""

from __future__ import annotations

import copy
import logging


class DropQueryFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            client, method, path, version, status = args
            record.args = ("-", method, str(path).split("?", 1)[0], version, status)
        return True


def log_config(level: str = "info") -> dict:
    from uvicorn.config import LOGGING_CONFIG

    cfg = copy.deepcopy(LOGGING_CONFIG)
    if level == "debug":  # every library's debug output too (the privacy test runs with it)
        cfg["root"] = {"handlers": ["default"], "level": "DEBUG"}
    cfg.setdefault("filters", {})["drop_query"] = {"()": "linter.server.logs.DropQueryFilter"}
    cfg["handlers"]["access"]["filters"] = ["drop_query"]
    cfg["formatters"]["access"]["fmt"] = '%(levelprefix)s "%(request_line)s" %(status_code)s'
    return cfg
