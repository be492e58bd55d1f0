"""Keys for dictionary matching: case-, accent- and punctuation-insensitive token forms."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text``, strip accents, straighten quotes and drop dots ("U.S." -> "us")."""
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("Đ", "d")
    text = text.lower()
    if "." in text and len(text) > 1:
        text = text.replace(".", "")
    return text


def is_acronym(text: str) -> bool:
    """True for short upper-case forms such as "US", "U.N.", "IS" that must match case-sensitively."""
    letters = text.replace(".", "").replace("-", "").replace("+", "")
    return 1 < len(letters) <= 5 and letters.isalpha() and letters.isupper()


def has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


def pluralize(phrase: str) -> str:
    """Regular English plural of a term's head word ("secretary of state" -> "secretaries of state")."""
    words = phrase.split(" ")
    idx = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[idx]
    low = word.lower()
    if low.endswith(("man",)) and not low.endswith(("human", "german")):
        plural = word[:-3] + "men"
    elif low in ("person",):
        plural = "people"
    elif low in ("child",):
        plural = "children"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    elif low.endswith(("s", "sh", "ch", "x", "z")):
        plural = word + "es"
    else:
        plural = word + "s"
    words[idx] = plural
    return " ".join(words)
