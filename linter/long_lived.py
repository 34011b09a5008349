"""Building the objects that live as long as the process: rules, lexicons, the spaCy pipeline."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """No garbage collection while they are built (they are never garbage; collections during
    the build would only rescan them, ~7 % of a one-letter run), then freeze them so that later
    collections skip them and forked workers do not copy their pages by touching them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()
