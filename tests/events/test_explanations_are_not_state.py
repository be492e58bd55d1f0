"""Explanations (``Event.rule``, ``Actor.rule``) are for people: no code decides by their wording.

Rewording an explanation must never change what is coded, so the passes read the typed
fields of ``events/provenance.py`` instead. This walks the package's syntax trees for a
test of a ``.rule`` text: ``in``/``==`` against it, or a string method that reads it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import sanderling

_READING_METHODS = {"startswith", "endswith", "split", "rsplit", "partition", "find", "index", "count", "replace", "removeprefix", "removesuffix"}


def _is_rule(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "rule"


def _readings(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(_is_rule(n) for n in (node.left, *node.comparators)):
            lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _READING_METHODS and _is_rule(node.func.value):
            lines.append(node.lineno)
    return lines


def test_the_readers_catch_a_test_of_the_wording() -> None:
    assert _readings(ast.parse('if "domestic event" in actor.rule: pass')) == [1]
    assert _readings(ast.parse('event.rule.endswith("; own country")')) == [1]
    assert _readings(ast.parse('event.rule += "; place: attached"')) == []


def test_no_code_decides_by_the_wording_of_an_explanation() -> None:
    package = Path(sanderling.__file__).parent
    found = [f"{path.relative_to(package)}:{line}"
             for path in sorted(package.rglob("*.py"))
             for line in _readings(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []
