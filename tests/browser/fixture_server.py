#!/usr/bin/env python3
"""A stand-in for the class server's teacher API, for working on the dashboard's pages
without the server, and for the browser test's checks that need awkward data (a student's
name that looks like HTML, a turn past its time).

    python3 tests/browser/fixture_server.py PORT [--fail-after N]

serves the pages from src/net/dashboard/ as `portsmouth serve` does, and the API from the
JSON files in tests/browser/fixtures/, with the teacher key "fixture-key". Standard library only.
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "src" / "net" / "dashboard"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KEY = "fixture-key"
# The same policy the server sends (src/net/dashboard/mod.rs), so a page that breaks it
# breaks here too.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}


class Handler(BaseHTTPRequestHandler):
    # With --fail-after N: the class is served N times, then the API stops answering (the
    # connection is closed without a reply), as a server that crashed or a cut network.
    fail_after = None
    served = 0
    def log_message(self, *args):
        pass

    def send(self, status, body, content_type):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type + "; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(data)

    def json(self, status, value):
        self.send(status, json.dumps(value), "application/json")

    def authorised(self):
        if self.headers.get("Authorization") == "Bearer " + KEY:
            return True
        self.json(401, {"error": "the teacher key is missing or wrong"})
        return False

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path in ("/teacher", "/teacher/"):
            return self.send(200, (PAGES / "dashboard.html").read_text(), "text/html")
        if path.startswith("/teacher/table/"):
            return self.send(200, (PAGES / "presenter.html").read_text(), "text/html")
        if path.startswith("/teacher/assets/"):
            name = path.rsplit("/", 1)[1]
            file = PAGES / name
            if "/" in name or not file.is_file() or file.suffix not in TYPES:
                return self.send(404, "no such file", "text/plain")
            return self.send(200, file.read_text(), TYPES[file.suffix])
        if not path.startswith("/api/"):
            return self.send(404, "not found", "text/plain")
        if not self.authorised():
            return None
        if path == "/api/class" and Handler.fail_after is not None:
            Handler.served += 1
            if Handler.served > Handler.fail_after:
                self.close_connection = True
                return None
        if path == "/api/class":
            return self.send(200, (FIXTURES / "class.json").read_text(), "application/json")
        if path == "/api/scenarios":
            return self.send(200, (FIXTURES / "scenarios.json").read_text(), "application/json")
        if path == "/api/gradebook.csv":
            return self.send(200, "name,table,delegation,outcome,utility,utility_1905,sessions\n", "text/csv")
        # The detail route proposed to the server (open articles, the public record's last
        # moves), for table 1 only: table 3 shows the view without it.
        if path == "/api/tables/1":
            return self.send(200, (FIXTURES / "table-1.json").read_text(), "application/json")
        return self.json(404, {"error": "no such API route"})

    def do_POST(self):
        if not self.authorised():
            return None
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.path == "/api/tables":
            return self.json(200, {"tables": [{"id": 4, "code": "HJ2K", "tokens": {}}]})
        return self.json(200, {})


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8905
    if "--fail-after" in sys.argv:
        Handler.fail_after = int(sys.argv[sys.argv.index("--fail-after") + 1])
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
