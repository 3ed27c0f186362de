"""Price-file downloads survive dropped connections: retried, and resumed with a byte range."""

from __future__ import annotations

import gzip
import http.server
import threading

import pytest

from navigator.features.network.download import ResumingDownload
from navigator.features.network.ingest import open_any

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB


class Flaky(http.server.BaseHTTPRequestHandler):
    """Sends the file, but drops the connection after `cut` bytes the first `drops` times."""

    body, drops, cut, ranges, failures = PAYLOAD, 2, 300_000, True, 0
    seen: list[str] = []

    def log_message(self, *_args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        wanted = self.headers.get("Range")
        type(self).seen.append(wanted or "all")
        if type(self).failures:
            type(self).failures -= 1
            self.send_error(503)
            return
        start = int(wanted.split("=")[1].rstrip("-")) if wanted and self.ranges else 0
        part = self.body[start:]
        self.send_response(206 if start else 200)
        self.send_header("Content-Length", str(len(part)))
        self.send_header("ETag", '"v1"')
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        if type(self).drops:
            type(self).drops -= 1
            self.wfile.write(part[:self.cut])
            self.wfile.flush()
            self.connection.close()  # mid-file, as a tired server does
            return
        self.wfile.write(part)


@pytest.fixture
def flaky():
    Flaky.drops, Flaky.ranges, Flaky.failures, Flaky.seen = 2, True, 0, []
    Flaky.body = PAYLOAD
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/in-network.json"
    server.shutdown()
    server.server_close()


def test_a_dropped_download_resumes_where_it_broke_off(flaky):
    with ResumingDownload(flaky, backoff=0) as download:
        assert download.read() == PAYLOAD
    assert Flaky.seen == ["all", "bytes=300000-", "bytes=600000-"]


def test_a_gzip_file_resumes_underneath_the_decompression(flaky):
    Flaky.body = gzip.compress(PAYLOAD)
    Flaky.cut = 200_000
    with open_any(flaky.replace(".json", ".json.gz")) as (stream, _size):
        assert stream.read() == PAYLOAD


def test_a_busy_server_is_asked_again(flaky):
    Flaky.drops, Flaky.failures = 0, 2
    with ResumingDownload(flaky, backoff=0) as download:
        assert download.read() == PAYLOAD


def test_a_server_without_byte_ranges_is_a_clear_error_not_a_spliced_file(flaky):
    Flaky.ranges = False
    with ResumingDownload(flaky, backoff=0) as download, pytest.raises(OSError) as failed:
        download.read()
    assert "could not send the rest of the file" in str(failed.value)
