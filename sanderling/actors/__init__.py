"""Actors stage: recognise who acts in an article and resolve them to PLOVER country and sector.

``resolve_phrase`` resolves an isolated phrase; ``find_actors`` finds every actor mention in a
parsed document, with in-document coreference; ``explain`` lists mentions with the table row or
rule behind each. Tables live in ``data/`` and load once through ``ActorTables.load``.
"""

from sanderling.actors.explain import explain
from sanderling.actors.mentions import ActorMention, find_actors
from sanderling.actors.phrase import resolve_phrase
from sanderling.actors.tables import ActorTableError, ActorTables, Leader

__all__ = ["ActorMention", "ActorTableError", "ActorTables", "Leader", "explain", "find_actors", "resolve_phrase"]
