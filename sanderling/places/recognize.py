"""Find the place mentions of a parsed article and resolve each one.

Mentions come from spaCy's GPE, LOC and FAC entities; from ORG or PERSON
entities and bare proper nouns only where the words around them say "place"
("in X", "the town of X"), because the small English model often mislabels
little-known towns; and from the dateline at the start of the article
("KABUL, Afghanistan —", "BEIJING (Reuters) -").

Every mention is resolved with the countries of its own noun phrase first
("the Bosnian town of Gorazde"), then the caller's countries (the event's
actors) and those its sentence names, and last, as a mere tie-breaker, the
countries named anywhere in the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from sanderling.model import Location
from sanderling.places.context import HOW, KIND_LAST_WORDS, extend, governing, is_based, longest_name, trim
from sanderling.places.dateline import dateline_name, find_dateline
from sanderling.places.gazetteer import DATA_DIR, Gazetteer
from sanderling.places.names import name_key
from sanderling.places.resolve import Resolution, clean_name, resolve, to_location

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"})
@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place named in a document, resolved.

    ``start``/``end`` are token indices into the ``Doc`` (end exclusive),
    ``start_char``/``end_char`` character offsets into its text; ``text`` is
    the words as written. ``how`` says how the words name a place: "in X",
    "near X", "to X", "from X", "X-based", "dateline" or "ner" (an entity with
    no locative word). ``label`` is the spaCy entity label the mention came
    from ("" for words the model did not mark). ``reasons`` explain the
    resolution: candidates considered and why this one.
    """

    text: str
    start: int
    end: int
    start_char: int
    end_char: int
    location: Location
    how: str
    label: str = ""
    reasons: list[str] = field(default_factory=list, compare=False)

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start_char": self.start_char, "end_char": self.end_char,
                "how": self.how, "label": self.label, "location": self.location.to_record(),
                "reasons": list(self.reasons)}


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    label: str
    how: str = "ner"
    prefer: str | None = None
    local: list[str] = field(default_factory=list)
    qualifier: tuple[int, int] | None = None
    weak: bool = False
    # "on a Turkish beach": the country the adjective names is the place; nothing is looked up by name.
    country: str | None = None


@cache
def demonym_place_nouns() -> frozenset[str]:
    """Nouns of a place a country's adjective locates: "a Turkish beach" (``data/demonym_place_nouns.txt``)."""
    lines = (DATA_DIR / "demonym_place_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def not_places() -> frozenset[str]:
    """Name keys of words that are places in the gazetteer but hardly ever in news (``data/not_places.txt``)."""
    lines = (DATA_DIR / "not_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def _person_words(doc: Doc) -> frozenset[str]:
    """Surnames of the article's full-named people: "Pompeo" is Mike Pompeo, not Pompéu in Brazil.

    Only the last word of a PERSON entity of two or more words counts: the small model
    also calls a lone "Ankara" a person now and then.
    """
    return frozenset(name_key(ent[-1].text) for ent in doc.ents
                     if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title)


def _unlikely(doc: Doc, span: _Span, persons: frozenset[str], *, headed: bool) -> bool:
    """A weakly marked name that is a known non-place word or a person's name in this article."""
    if span.prefer or headed:
        return False
    key = name_key(clean_name(doc[span.start:span.end].text))
    return key in not_places() or key in persons


def _candidate_spans(doc: Doc, gazetteer: Gazetteer) -> list[_Span]:
    spans: list[_Span] = []
    taken: set[int] = set()
    persons = _person_words(doc)
    dateline = find_dateline(doc)
    if dateline:
        spans.append(_Span(*dateline, "dateline", how="dateline"))
        taken.update(range(*dateline))
    for ent in doc.ents:
        if ent.start in taken or not any(ch.isupper() for ch in ent.text):
            continue  # a lower-case "canton" or "state" names no particular place
        how, prefer, adjectives = governing(doc, ent.start)
        if is_based(doc, ent.end):
            how = "X-based"
        start, end = trim(doc, *extend(doc, ent.start, longest_name(doc, ent.start, ent.end, gazetteer)))
        weak = False
        # "the Jaffna peninsula", "the Oresund Bridge": the head word says place
        headed = end > ent.end or doc[end - 1].lower_ in KIND_LAST_WORDS
        span = _Span(start, end, ent.label_, how=how, prefer=prefer, local=adjectives)
        if ent.label_ not in PLACE_LABELS:
            if _unlikely(doc, span, persons, headed=headed):
                continue
            if ent.label_ == "NORP" and name_key(clean_name(ent.text)) in not_places():
                continue  # "a mostly Christian district": a group's adjective before a head word is no place name
            if ent.label_ not in MAYBE_PLACE_LABELS or gazetteer.demonym(clean_name(ent.text)):
                continue
            if ent.label_ in {"PERSON", "NORP"} and prefer is None and not headed and not (
                how in {"in X", "near X"} and any(p.is_country for p in gazetteer.candidates(clean_name(ent.text)))
            ):
                continue  # "spoke to Bolton": a person, unless "the town of X", "X island" or "in northern Mali" says otherwise
            if how == "ner" and prefer is None and not headed:
                weak = True  # kept only if it names a capital or a city of a million ("shut down Khatmandu")
            if resolve(doc[start:end].text, gazetteer=gazetteer).place is None:
                continue
        elif gazetteer.demonym(clean_name(ent.text)) and not gazetteer.candidates(clean_name(ent.text)):
            continue  # "Sri Lankan" tagged GPE is an adjective: context, not a place mention
        elif _unlikely(doc, span, persons, headed=headed) and not any(
            p.is_country or p.is_region for p in gazetteer.candidates(clean_name(ent.text))
        ):
            continue  # "figures such as Pompeo", even when the model calls him a GPE
        span.weak = weak
        spans.append(span)
        taken.update(range(start, end))
    spans.extend(_bare_proper_nouns(doc, gazetteer, taken, persons))
    spans.extend(_demonym_places(doc, gazetteer, taken))
    spans.sort(key=lambda s: s.start)
    _link_qualifiers(doc, spans)
    return spans


def _bare_proper_nouns(doc: Doc, gazetteer: Gazetteer, taken: set[int], persons: frozenset[str]) -> list[_Span]:
    """Proper nouns outside any entity that follow "in", "near", "town of" ...: "in Soroti"."""
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if (i in taken or token.pos_ != "PROPN" or not token.is_title or token.ent_type_
                or (i > 0 and doc[i - 1].pos_ == "PROPN")):
            i += 1
            continue
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN" and end not in taken and not doc[end].ent_type_:
            end += 1
        how, prefer, adjectives = governing(doc, i)
        if (how != "ner" or prefer) and gazetteer.candidates(doc[i:end].text):
            start, stop = extend(doc, i, end)
            span = _Span(start, stop, "", how=how, prefer=prefer, local=adjectives)
            if not _unlikely(doc, span, persons, headed=stop > end):
                found.append(span)
                taken.update(range(start, stop))
        i = end
    return found


def _demonym_places(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[_Span]:
    """ "arrested on a Turkish beach", "held in an Iranian prison": a country's adjective on a noun of a place,
    after a locative preposition, places the phrase in that country (the country, as nothing narrower is named)."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in demonym_place_nouns() or noun.i in taken:
            continue
        if noun.dep_ != "pobj" or HOW.get(noun.head.lower_) not in ("in X", "near X"):
            continue
        if any(t.i in taken for t in noun.subtree if t.i > noun.i):
            continue  # "the Syrian city of Aleppo", "a Turkish prison near Izmir": the name found there says where
        words = doc[noun.left_edge.i:noun.i]
        countries = [(w, place) for w in words if (place := gazetteer.demonym(w.text)) is not None and place.is_country]
        if len(countries) != 1 or any(w.i in taken for w in words) or countries[0][0].dep_ not in ("amod", "compound"):
            continue  # "a joint Turkish-Russian base" is in neither for sure
        adjective, place = countries[0]
        span = _Span(adjective.i, noun.i + 1, "", how=HOW[noun.head.lower_], country=place.country)
        found.append(span)
        taken.update(range(span.start, span.end))
    return found


def _link_qualifiers(doc: Doc, spans: list[_Span]) -> None:
    """"Bam, Iran" and "Manbij, northern Syria": the second names where the first is."""
    for first, second in zip(spans, spans[1:], strict=False):
        if second.start == first.end + 1 and doc[first.end].text == "," and first.how != "dateline":
            first.qualifier = (second.start, second.end)


def _country_mentions(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """(token index, alpha-3) of each country the article names outright or by demonym."""
    found = []
    for ent in doc.ents:
        place = None
        if ent.label_ == "NORP":
            place = gazetteer.demonym(clean_name(ent.text))
        elif ent.label_ == "GPE":
            countries = [p for p in gazetteer.candidates(clean_name(ent.text)) if p.is_country]
            place = countries[0] if countries else None
        if place is not None and place.country:
            found.append((ent.start, place.country))
    return found


def _sentence_countries(doc: Doc, index: int, mentions: list[tuple[int, str]]) -> list[str]:
    """Countries named in the sentence of token ``index`` (the whole text if it has no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return [country for _, country in mentions]
    sentence = doc[index].sent
    return [country for i, country in mentions if sentence.start <= i < sentence.end]


def _local_countries(words: list[str], gazetteer: Gazetteer) -> list[str]:
    countries = []
    for word in words:
        place = gazetteer.demonym(word)
        if place is not None and place.country and place.country not in countries:
            countries.append(place.country)
    return countries


def find_places(doc: Doc, *, context_countries: Sequence[str] = (),
                gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every resolved place mention of ``doc``, in text order.

    ``context_countries`` (alpha-3 codes, e.g. the event's actors) break ties
    between homonymous places before the countries the article itself names.
    Mentions that resolve to no place are left out.
    """
    gazetteer = gazetteer or Gazetteer.default()
    spans = _candidate_spans(doc, gazetteer)
    named = _country_mentions(doc, gazetteer)
    counts = Counter(country for _, country in named)
    document = sorted(counts, key=lambda c: -counts[c])
    mentions = []
    for span in spans:
        local = _local_countries(span.local, gazetteer)
        context = list(dict.fromkeys([*context_countries, *_sentence_countries(doc, span.start, named)]))
        words = doc[span.start:span.end]
        text = words.text
        if span.how == "dateline":
            text = dateline_name(text)
        if span.qualifier:
            text = f"{text}, {doc[span.qualifier[0]:span.qualifier[1]].text}"
        if span.country:
            result = Resolution(gazetteer.country(span.country), [f"the country its adjective names ({words.text!r})"], text)
        else:
            result = resolve(text, context=context, local=local, background=document, prefer=span.prefer,
                             gazetteer=gazetteer)
        place = result.place
        if place is None or (span.how == "ner" and place.feature_code == "BLDG"):
            continue  # "the White House said" names a government, not a place
        if span.label in MAYBE_PLACE_LABELS and place.population < 1000 and place.source != "extra":
            continue
        if span.weak and not (place.is_populated and (place.feature_code == "PPLC" or place.population >= 1e6)):
            continue
        location = to_location(words.text, place)
        assert location is not None
        reasons = [f"found as {span.how!r}" + (f" ({span.label} entity)" if span.label else ""), *result.reasons]
        mentions.append(PlaceMention(text=words.text, start=span.start, end=span.end,
                                     start_char=words.start_char, end_char=words.end_char,
                                     location=location, how=span.how, label=span.label, reasons=reasons))
    return mentions


def span_of(doc: Doc, mention: PlaceMention) -> Span:
    """The spaCy span of a mention."""
    return doc[mention.start:mention.end]


def token_mentions(token: Token, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions that cover ``token``."""
    return [m for m in mentions if m.start <= token.i < m.end]
