"""The demo's exported microsite and a loopback server for it, shared by the site's test modules."""

import contextlib
import os
import shutil
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.core.publishing import site
from kiosk.core.store import database as kdb


@pytest.fixture(scope="module")
def demo_site(demo_db_file, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site") / "out"
    with kdb.connect(demo_db_file) as db:
        report = site.export(db, target)
    assert report.pages > 150 and report.routes > 100
    return target


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is not installed, and CI needs the browser tests: install the chromium package.")
    pytest.skip("Chromium is not installed (apt-get install chromium); the browser tests need it.")


@contextlib.contextmanager
def serve(directory: Path, slow: dict[str, float] | None = None):
    """`directory` on a loopback HTTP server with an ephemeral port; `slow` answers the files whose path holds a
    key that many seconds late (a hall's Wi-Fi)."""
    handler = partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.slow = slow or {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def served(demo_site):
    with serve(demo_site) as url:
        yield url


class _QuietHandler(SimpleHTTPRequestHandler):
    def do_GET(self):
        time.sleep(max((delay for key, delay in self.server.slow.items() if key in self.path), default=0))
        super().do_GET()

    def log_message(self, *args):
        pass
