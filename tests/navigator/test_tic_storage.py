"""The price-file reader with the web layer's disk storage and file opening."""

from __future__ import annotations

import gzip
from pathlib import Path

from benefits.tic import FileInfo, Rate, ReadStats, read_in_network
from navigator.features.network.ingest import open_source
from navigator.features.network.scratch import disk_storage

FIXTURES = Path(__file__).resolve().parent.parent / "benefits" / "tic" / "fixtures"


def read(name: str, **options) -> list[FileInfo | Rate]:
    with (FIXTURES / name).open("rb") as source:
        return list(read_in_network(source, **options))


def test_gzip_source(tmp_path):
    packed = tmp_path / "rates.json.gz"
    packed.write_bytes(gzip.compress((FIXTURES / "v2_refs_first.json").read_bytes()))
    with open_source(str(packed)) as source:
        records = list(read_in_network(source))
    assert records == read("v2_refs_first.json")


def test_progress_and_scratch_dir(tmp_path):
    seen: list[ReadStats] = []
    read("v2_refs_first.json", on_progress=seen.append,
         storage=disk_storage(str(tmp_path)))
    assert seen[-1].items_seen == 4 and seen[-1].items_kept == 3 and seen[-1].rates_kept == 7
    assert seen[-1].bytes_read == (FIXTURES / "v2_refs_first.json").stat().st_size
    assert list(tmp_path.iterdir()) == []  # the scratch database is gone


def test_disk_and_memory_storage_read_the_same_rows(tmp_path):
    for name in ("v2_refs_first.json", "v2_refs_last.json", "v1_inline.json"):
        options = {"fetch_reference": lambda url: (FIXTURES / "remote_group.json").open("rb")}
        assert read(name, storage=disk_storage(str(tmp_path)), **options) == read(name, **options)
    assert list(tmp_path.iterdir()) == []
