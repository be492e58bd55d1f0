"""The words around a place name: how they introduce it ("in X", "the town of X", "X-based"),
where the name really starts and ends, and which demonyms stand beside it."""

from __future__ import annotations

from spacy.tokens import Doc

from sanderling.places.gazetteer import Gazetteer
from sanderling.places.resolve import ADMIN, CITY

HOW = {
    **dict.fromkeys(("in", "at", "inside", "within", "into", "on", "across", "throughout", "over"), "in X"),
    **dict.fromkeys(("near", "outside", "around", "off", "by", "beyond"), "near X"),
    **dict.fromkeys(("to", "towards", "toward"), "to X"),
    **dict.fromkeys(("from", "out"), "from X"),
}
PLACE_NOUNS = {
    **dict.fromkeys(("province", "governorate", "region", "state", "district", "oblast", "county",
                     "prefecture", "territory", "area"), ADMIN),
    **dict.fromkeys(("city", "town", "village", "port", "resort", "hamlet", "enclave", "suburb",
                     "suburbs", "outskirts", "municipality"), CITY),
}
HEAD_WORDS = frozenset({"province", "governorate", "region", "state", "district", "oblast", "county",
                        "prefecture", "peninsula", "island", "islands", "valley", "strip", "crossing",
                        "city", "town", "border"})
# Last words by which a name says itself what kind of place it is, though the model calls it an organisation:
# "the Oresund Bridge", "the Kerem Shalom Crossing" (not "city" or "state": "Manchester City", "Islamic State").
KIND_LAST_WORDS = frozenset({"bridge", "crossing", "checkpoint", "causeway", "tunnel", "pass", "strait", "island",
                             "islands", "peninsula"})
NEAR_NOUNS = frozenset({"outskirts", "suburbs", "edge", "vicinity", "outside"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "northeast", "northwest", "southeast", "southwest", "north-east",
                        "north-west", "south-east", "south-west", "northeastern", "northwestern",
                        "southeastern", "southwestern", "upper", "lower"})
NAME_PARTICLES = frozenset({"al", "el", "ez", "es", "ad", "as", "ash", "ar", "an", "az", "at", "ul", "bin", "ibn",
                            "de", "du", "la", "le", "les", "des", "del", "da", "do", "dos", "sur", "am", "im",
                            "on", "upon", "e", "i", "y"})
def governing(tokens: Doc, start: int) -> tuple[str, str | None, list[str]]:
    """How the words before a name introduce it: ("in X", a preferred level, demonym words)."""
    how, prefer, adjectives = "ner", None, []
    i = start - 1
    while i >= 0 and (tokens[i].pos_ in {"DET", "ADJ", "PROPN"} or tokens[i].lower_ in DIRECTIONS
                      or tokens[i].text in {"-", "’s", "'s"}) and start - i <= 4:
        if tokens[i].ent_type_ == "NORP" or tokens[i].pos_ == "ADJ":
            adjectives.append(tokens[i].text)
        if tokens[i].pos_ == "PROPN" and tokens[i].ent_type_ not in {"NORP", ""}:
            break
        i -= 1
    if i >= 1 and tokens[i].lower_ == "of" and tokens[i - 1].lower_ in (PLACE_NOUNS.keys() | NEAR_NOUNS):
        noun = tokens[i - 1]
        prefer = PLACE_NOUNS.get(noun.lower_)
        if noun.lower_ in NEAR_NOUNS:
            how = "near X"
        j = noun.i - 1
        while j >= 0 and (tokens[j].pos_ in {"DET", "ADJ", "PROPN"} or tokens[j].lower_ in DIRECTIONS
                          or tokens[j].tag_ == "VBN" or tokens[j].text == "-") and noun.i - j <= 5:
            if tokens[j].ent_type_ == "NORP" or tokens[j].pos_ == "ADJ":
                adjectives.append(tokens[j].text)
            j -= 1
        i = j
    if i >= 0 and how == "ner":
        word = tokens[i].lower_
        if word == "of" and i >= 1 and tokens[i - 1].lower_ in {"outside", "north", "south", "east", "west"}:
            word = "near"
        how = HOW.get(word, "ner")
    return how, prefer, adjectives


def extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in a trailing "province", "island", "-based" marker stays outside; directions before."""
    if end < len(doc) and doc[end].lower_ in HEAD_WORDS and doc[end].pos_ in {"NOUN", "PROPN"}:
        end += 1
    while start > 0 and doc[start - 1].lower_ in DIRECTIONS:
        start -= 1
        if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in DIRECTIONS:
            start -= 2
    return start, end


def longest_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a name the model cut short really ends: "Deir" + "ez-Zor", "Ras" + "al-Ain"."""
    best = end
    stop = end
    while stop < min(len(doc), end + 4) and (
        doc[stop].pos_ == "PROPN" or doc[stop].text in {"-", "‐"}
        or (doc[stop].is_lower and doc[stop].text in NAME_PARTICLES)
    ) and not doc[stop].whitespace_ == "\n":
        stop += 1
        if doc[stop - 1].text not in {"-", "‐"} and gazetteer.candidates(doc[start:stop].text):
            best = stop
    return best


def is_based(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Leave out trailing punctuation the model took into an entity ("Aleppo,")."""
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end
