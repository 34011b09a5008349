"""HTTP server for the Word add-in and LanguageTool clients (`brevlint serve`)."""

from linter.server.app import create_app
from linter.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
