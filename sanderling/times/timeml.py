"""Read TimeML ``.tml`` files (TempEval-3 format) into text, DCT and gold TIMEX3 spans."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sanderling.model import Timex


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    """One TimeML document.

    ``text`` is the content of ``<TEXT>`` with every tag removed; ``timexes`` are the
    gold TIMEX3 expressions inside it, with offsets into ``text``; ``dct`` is the
    document creation time (the CREATION_TIME TIMEX3, normally inside ``<DCT>``).
    """

    path: Path
    dct: date
    text: str
    timexes: tuple[Timex, ...]


def _flatten(elem: ET.Element, parts: list[str], spans: list[Timex], offset: int) -> int:
    """Append ``elem``'s text to ``parts``, recording TIMEX3 spans; return the new offset."""
    start = offset
    if elem.text:
        parts.append(elem.text)
        offset += len(elem.text)
    for child in elem:
        offset = _flatten(child, parts, spans, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if elem.tag == "TIMEX3" and offset > start:  # an empty TIMEX3 (an implicit time) has no extent to find
        text = "".join(parts)[start:offset]
        spans.append(Timex(start, offset, text, elem.get("type", ""), elem.get("value", "")))
    return offset


def _creation_time(root: ET.Element, path: Path) -> date:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value", "")
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                raise ValueError(
                    f"{path}: CREATION_TIME TIMEX3 has value {value!r}, not a YYYY-MM-DD date; "
                    "fix the value attribute of the <DCT> TIMEX3"
                ) from None
    raise ValueError(f"{path}: no TIMEX3 with functionInDocument=\"CREATION_TIME\"; add one inside <DCT>")


def read_tml(path: Path | str) -> TimeMLDoc:
    """Parse one ``.tml`` file.

    Example: ``read_tml("platinum/AP_20130322.tml").timexes[0].value == "P1M"``
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise ValueError(f"{path}: not well-formed XML ({err}); TimeML files must parse as XML") from None
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError(f"{path}: no <TEXT> element; a TimeML document keeps its text in <TEXT>")
    parts: list[str] = []
    spans: list[Timex] = []
    _flatten(text_elem, parts, spans, 0)
    text = "".join(parts)
    spans.sort(key=lambda t: (t.start, t.end))
    return TimeMLDoc(path, _creation_time(root, path), text, tuple(spans))


def tml_paths(paths: Path | str | list[Path] | tuple[Path, ...]) -> list[Path]:
    """Expand a directory (searched recursively) or a list of paths into sorted ``.tml`` files."""
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        found.extend(sorted(p.rglob("*.tml")) if p.is_dir() else [p])
    return found
