"""Places stage: find place mentions in a parsed article and resolve them against GeoNames data."""

from sanderling.places.gazetteer import Gazetteer, Place

__all__ = ["Gazetteer", "Place"]
