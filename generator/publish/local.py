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


class Archive(SimpleHTTPRequestHandler):
    """Serves the built site as a web host would: text in UTF-8 said so (Python's
    server sends .txt without a charset, and browsers then guess mojibake for
    the raw pages), and the site's own Chinese 404 page for a missing path."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      **{ext: f"{kind}; charset=utf-8" for ext, kind in (
                          (".txt", "text/plain"), (".html", "text/html"), (".css", "text/css"),
                          (".js", "text/javascript"), (".json", "application/json"),
                          (".jsonl", "application/jsonl"), (".csv", "text/csv"), (".xml", "application/xml"),
                          (".svg", "image/svg+xml"), (".md", "text/markdown"))},
                      ".original": "application/octet-stream"}

    def end_headers(self):
        # As GitHub Pages answers: any site may fetch these files, so the root of an
        # archive in parts searches a part that lives on a host of its own.
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Quiet(Archive):
    """Serves files without a log line per request (a page loads dozens)."""

    def log_message(self, *args):
        pass


def serve_forever(folder: Path | str, port: int) -> None:
    """`make serve`: the site on 127.0.0.1:port until Ctrl-C."""
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Quiet, directory=str(folder)))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


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
