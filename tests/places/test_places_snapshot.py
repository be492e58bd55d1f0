from pathlib import Path

import pytest

from sanderling.places import Gazetteer


def test_snapshot_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    fresh = Gazetteer.load()  # parses the data files and writes the snapshot
    assert list(tmp_path.glob("gazetteer-*.marshal"))
    cached = Gazetteer.load()
    assert len(cached) == len(fresh)
    for name in ("Paris", "Idlib", "the West Bank", "Britain"):
        assert cached.candidates(name) == fresh.candidates(name)
    assert cached.demonym("Syrian") == fresh.demonym("Syrian")
    assert cached.admin1("USA", "TX") == fresh.admin1("USA", "TX")
    assert cached.country("KOS") == fresh.country("KOS")


def test_a_corrupt_snapshot_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANDERLING_CACHE_DIR", str(tmp_path))
    Gazetteer.load()
    for path in tmp_path.glob("gazetteer-*.marshal"):
        path.write_bytes(b"not marshal data")
    assert Gazetteer.load().candidates("Kabul")


def test_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANDERLING_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert Gazetteer.load().candidates("Kabul")
    assert not list(tmp_path.rglob("*.marshal"))
