"""A per-user cache of the loaded gazetteer, so that a CLI call does not parse the index again.

The first load of a given set of data files writes the gazetteer's columns with
``marshal`` to ``$SANDERLING_CACHE_DIR`` (default ``$XDG_CACHE_HOME/sanderling``
or ``~/.cache/sanderling``); later loads read it back in a fraction of the
time. The file name carries a hash of the data files and the Python version,
so a changed data file or interpreter never reads a stale cache. A cache that
cannot be written or read is skipped silently: it only saves time.
Set ``SANDERLING_CACHE_DIR=off`` to disable it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    configured = os.environ.get("SANDERLING_CACHE_DIR")
    if configured:
        return None if configured.lower() == "off" else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sanderling"


def snapshot_path(sources: Sequence[Path]) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    version = f"py{sys.version_info.major}{sys.version_info.minor}-m{marshal.version}"
    return directory / f"gazetteer-{digest.hexdigest()[:16]}-{version}.marshal"


def read(path: Path | None) -> Any:
    if path is None or not path.is_file():
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(path: Path | None, state: Any) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(marshal.dumps(state))
        os.replace(handle.name, path)
    except OSError:
        pass
