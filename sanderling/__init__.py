"""sanderling: dated news articles in, PLOVER event records out.

>>> from datetime import date
>>> from sanderling import code_text
>>> events = code_text("Troops shelled the town on Monday.", published=date(2019, 4, 24))
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["code_text", "code_document", "code_documents", "read_paths", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported lazily so `sanderling --help` and the read stage do not load spaCy.
    if name in ("code_text", "code_document", "code_documents"):
        from sanderling import pipeline

        return getattr(pipeline, name)
    if name == "read_paths":
        from sanderling.read import read_paths

        return read_paths
    raise AttributeError(f"module 'sanderling' has no attribute {name!r}")
