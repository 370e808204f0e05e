"""A built site served on loopback, and the flags for the headless Chromium
that looks at it: shared by the tests, the benchmark and tools/screenshots.py."""
from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

CHROMIUM = "/usr/bin/chromium"      # Debian's; browser downloads are not needed
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class Quiet(SimpleHTTPRequestHandler):
    """Serves files without a log line per request (a page loads dozens)."""

    def log_message(self, *args):
        pass


@contextmanager
def serving(folder: Path | str, port: int = 0) -> Iterator[str]:
    """Serve folder on 127.0.0.1 (any free port when 0) while inside; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
