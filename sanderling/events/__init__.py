"""Events stage: PLOVER event types, modes, arguments, status and dates from the parse."""

from sanderling.events.detect import find_events
from sanderling.events.lexicon import Lexicon, load_lexicon

__all__ = ["find_events", "Lexicon", "load_lexicon"]
