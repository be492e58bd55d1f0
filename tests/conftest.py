"""Shared fixtures: paths to the project's example and to ../shared beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "summit-2021-06-16.txt"


def find_shared(*parts: str) -> Path:
    """A path under ../shared; the test is skipped, saying why, when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared must sit beside the checkout")
    return path


@pytest.fixture(scope="session")
def shared_path():  # type: ignore[no-untyped-def]
    """``shared_path("gold", "dev")``: a path under ../shared, or skip."""
    return find_shared
