"""Places stage: find place mentions in a parsed article and resolve them against GeoNames data.

- ``Gazetteer.default()``: the gazetteer, loaded once; ``candidates(name)`` looks a name up.
- ``resolve_place(name, *, context_countries=())``: one name -> PLOVER location object + reasons.
- ``find_places(doc, *, context_countries=())``: every place mention of a parsed article.
- ``explain_places(text, ...)``: what ``sanderling geocode "TEXT"`` prints.
"""

from sanderling.places.explain import explain_places
from sanderling.places.gazetteer import Gazetteer, Place
from sanderling.places.recognize import PlaceMention, find_places
from sanderling.places.resolve import resolve_place

__all__ = ["Gazetteer", "Place", "PlaceMention", "explain_places", "find_places", "resolve_place"]
