"""Name keys: how a place name is folded before it is looked up.

Every name in the gazetteer and every name found in text goes through
``name_key``, so "Deir ez-Zor", "DEIR EZ-ZOR" and "Deir ez‐Zor" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’'`‘ʼʻ]")
_SEPARATORS = re.compile(r"[-‐‑–—_/.,()\"“”]+")
_SPACES = re.compile(r"\s+")
_FOLD = {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "þ": "th"}


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents stripped, a few letters spelled out."""
    if text.isascii():
        return text.lower()  # most names in English news: nothing to strip or spell out
    text = text.casefold()
    text = "".join(_FOLD.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The lookup key of a place name: folded, punctuation as spaces, apostrophes dropped."""
    key = _APOSTROPHES.sub("", fold(name))
    key = _SEPARATORS.sub(" ", key)
    return _SPACES.sub(" ", key).strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` folds to ASCII (drops Cyrillic, Arabic, CJK ... names)."""
    return all(ord(ch) < 128 for ch in fold(name) if ch.isalpha())
