#!/usr/bin/env python3
"""The teacher's dashboard in a real browser: Debian's chromium, headless.

    tests/browser/dashboard.py PORTSMOUTH_BINARY [--picture docs/pictures/dashboard.png]

1. Against the real class server (`portsmouth serve` on a free loopback port, in a temporary
   class folder): creates a computer-against-computer table that plays to the end and two
   tables waiting for students (one with an agent seat, one whose name looks like HTML),
   waits for the first to finish, then has chromium render the dashboard and the finished
   table's presenter view and checks what they show: every table with its code, the seats,
   the finished table's outcome on the results wall with "better/worse than 1905", the
   connection "Live", the HTML-looking name as text and not as an element.
   With --picture, saves the dashboard's picture there (the README's).
2. Against tests/browser/fixture_server.py (awkward data the server cannot be made to give
   in a few seconds): a student's name that is an <img> tag with an onerror handler, a turn
   past its time, the presenter view without the optional detail route, a refused key, and
   a server that stops answering ("Reconnecting").

Standard library only; exits non-zero with the failed checks listed.
"""

import argparse
import html
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_KEY = "fixture-key"
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)
    return condition


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("chromium is not installed (Debian: apt-get install chromium)")


def chromium(url, *extra, budget_ms=8000):
    """Runs headless chromium on a URL with a fresh profile; returns its standard output."""
    with tempfile.TemporaryDirectory() as profile:
        command = [
            chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
            "--virtual-time-budget=%d" % budget_ms, *extra, url,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)
        return done.stdout


def dump_dom(url, budget_ms=8000):
    return chromium(url, "--dump-dom", budget_ms=budget_ms)


def element_text(dom, element_id):
    """The text inside the element with this id (tags dropped, entities decoded)."""
    m = re.search(r'id="%s"[^>]*>(.*?)</' % re.escape(element_id), dom, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) if m else ""


def section(dom, element_id):
    """The HTML from the element with this id to the end of its section (roughly)."""
    at = dom.find('id="%s"' % element_id)
    if at < 0:
        return ""
    end = dom.find("</section>", at)
    return dom[at:end if end > 0 else len(dom)]


def api(base, key, method, path, body=None):
    request = urllib.request.Request(
        base + path,
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"null")


def start(command, **kwargs):
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_http(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return True
        except urllib.error.HTTPError:
            return True
        except OSError:
            time.sleep(0.2)
    return False


# ---------------------------------------------------------------------------------------
# 1. The real class server


def real_server(binary, picture):
    print("\n== the dashboard on `portsmouth serve`")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="portsmouth-class-")
    server = start([binary, "serve", "--port", str(port), "--bind", "127.0.0.1", "--dir", folder,
                    "--scenarios", str(ROOT / "scenarios")], cwd=folder)
    try:
        key = None
        deadline = time.time() + 60
        while key is None and time.time() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            m = re.search(r"/teacher\?key=(\S+)", line)
            if m:
                key = m.group(1)
        if not check(key is not None, "the server prints the dashboard link with its key"):
            stop(server)
            print(server.stderr.read()[-2000:], file=sys.stderr)
            return
        base = "http://127.0.0.1:%d" % port
        check(wait_for_http(base + "/teacher"), "the server answers")

        scenarios = api(base, key, "GET", "/api/scenarios")
        scenario = next(s for s in scenarios if s["id"] == "portsmouth-1905")
        level = scenario["levels"][-1] if scenario["levels"] else None
        demo = api(base, key, "POST", "/api/tables", {
            "scenario": "portsmouth-1905", "seed": 1905, "name": "Demonstration",
            "japan": {"kind": "computer", "level": level},
            "russia": {"kind": "computer", "level": level}, "count": 1,
        })["tables"][0]
        pairs = api(base, key, "POST", "/api/tables", {
            "scenario": "portsmouth-1905", "seed": None, "name": None,
            "japan": {"kind": "student"}, "russia": {"kind": "agent"}, "count": 1,
        })["tables"][0]
        hostile_name = '<b id="pwn">Table</b> & co'
        hostile = api(base, key, "POST", "/api/tables", {
            "scenario": "tutorial", "seed": 7, "name": hostile_name,
            "japan": {"kind": "student"}, "russia": {"kind": "student"}, "count": 1,
        })["tables"][0]

        # The computers play the demonstration to the end by themselves.
        finished = None
        deadline = time.time() + 120
        while time.time() < deadline:
            snapshot = api(base, key, "GET", "/api/class")
            table = next(t for t in snapshot["tables"] if t["id"] == demo["id"])
            if table["status"] == "finished":
                finished = table
                break
            time.sleep(0.5)
        if not check(finished is not None, "the computer-against-computer table finishes"):
            return

        dom = dump_dom(base + "/teacher?key=" + key)
        tables = section(dom, "tables-heading")
        check("Live" in element_text(dom, "connection-state"), "the connection shows Live")
        for t in (demo, pairs, hostile):
            check('class="code">%s<' % t["code"] in tables, "table %s shows its code %s" % (t["id"], t["code"]))
        check(tables.count('class="table-card') == 3, "three table cards")
        check("Demonstration" in tables, "the demonstration's name is shown")
        check("Student seat, not taken yet" in tables, "an empty student seat says so")
        check("Outside agent" in tables and "Show token" in tables, "the agent seat, its token behind a button")
        token = pairs.get("tokens", {}).get("Russia")
        if token:
            check(re.search(r'<code class="token" hidden="">%s</code>' % re.escape(token), tables) is not None,
                  "the agent's token is in the page but hidden")
        check(html.escape(hostile_name, quote=False) in tables, "a table name that looks like HTML shows as text")
        check('id="pwn"' not in dom, "... and never becomes an element")
        wall = section(dom, "wall-heading")
        check(html.escape(finished["outcome"], quote=False) in wall,
              "the results wall shows the finished table's outcome: " + finished["outcome"])
        check(re.search(r"(better|worse) than 1905|as in 1905", wall) is not None,
              "the results wall says plainly better or worse than 1905")
        check("1 table has finished" in element_text(dom, "wall-summary"), "the wall counts one finished table")
        check("3 tables" in element_text(dom, "summary"), "the class summary counts three tables")

        presenter = dump_dom("%s/teacher/table/%s?key=%s" % (base, demo["id"], key))
        check("Demonstration" in element_text(presenter, "table-name"), "the presenter view names its table")
        check(html.escape(finished["outcome"], quote=False) in presenter, "the presenter view shows the outcome")
        check("Session %d of %d" % (finished["session"], finished["sessions"]) in presenter,
              "the presenter view shows the session")

        refused = dump_dom(base + "/teacher?key=not-the-key", budget_ms=4000)
        check("key was refused" in element_text(refused, "connection-state"), "a wrong key is said to be refused")

        if picture:
            picture = Path(picture).resolve()
            picture.parent.mkdir(parents=True, exist_ok=True)
            if picture.exists():
                picture.unlink()
            chromium(base + "/teacher?key=" + key, "--window-size=1280,800", "--screenshot=" + str(picture))
            check(picture.exists() and picture.stat().st_size > 10_000, "the picture is saved: %s" % picture)
    finally:
        stop(server)
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------------------
# 2. The fixture


def fixture():
    print("\n== the dashboard on the fixture (awkward data)")
    port = free_port()
    server = start([sys.executable, str(ROOT / "tests/browser/fixture_server.py"), str(port)])
    base = "http://127.0.0.1:%d" % port
    try:
        check(wait_for_http(base + "/teacher"), "the fixture server answers")
        dom = dump_dom(base + "/teacher?key=" + FIXTURE_KEY)
        tables = section(dom, "tables-heading")
        for code in ("KX7P", "M3QD", "ZR4W"):
            check('class="code">%s<' % code in tables, "the fixture's table shows its code " + code)
        check("&lt;img src=x onerror=" in tables, "a student's name that is an <img> tag shows as text")
        check("<img" not in dom, "... and no image element is made of it")
        title = re.search(r"<title>([^<]*)</title>", dom)
        check(title is not None and "pwned" not in title.group(1), "... and its onerror never runs")
        check("over the time per turn" in tables and 'class="turn late"' in tables,
              "a turn past its time stands out, in words too")
        wall = section(dom, "wall-heading")
        check("better than 1905" in wall and "worse than 1905" in wall, "the wall says better and worse than 1905")
        check("Better than 1905: Japan at 1, Russia at 0" in wall, "the wall sums up who did better than 1905")

        presenter = dump_dom(base + "/teacher/table/1?key=" + FIXTURE_KEY)
        check("Russia (Witte) to move" in presenter, "the presenter view says whose turn it is")
        check("Still open: 10" in presenter, "the presenter view counts the open articles")
        check("Transferred to Japan" in presenter, "the presenter view lists what is agreed")
        check("The South Manchurian railway" in section(presenter, "open-heading"),
              "with the detail route, the open articles by name")
        moves = section(presenter, "moves-heading")
        check("not one kopeck" in moves and "Session 4, 16 August 1905" in moves,
              "with the detail route, the last moves with their reasons")
        check("&lt;script&gt;" in moves and "pwned" not in re.search(r"<title>([^<]*)", presenter).group(1),
              "a reason that holds a script tag shows as text")
        finished = dump_dom(base + "/teacher/table/3?key=" + FIXTURE_KEY)
        check(re.search(r'<section id="moves-section"[^>]* hidden', finished) is not None,
              "without the detail route, no empty list of moves")
        check("worse than 1905" in finished and "Outcome: The Treaty of Portsmouth" in finished,
              "a finished table's presenter view: its outcome beside 1905")

        nokey = dump_dom(base + "/teacher", budget_ms=3000)
        check("needs the teacher key" in element_text(nokey, "error"), "without a key, the page says what to open")
    finally:
        stop(server)

    # The server stops answering while the dashboard is open: the page says so, and says
    # how old the figures still shown are.
    port = free_port()
    down = start([sys.executable, str(ROOT / "tests/browser/fixture_server.py"), str(port), "--fail-after", "2"])
    try:
        check(wait_for_http("http://127.0.0.1:%d/teacher" % port), "the fixture server (failing) answers")
        dom = dump_dom("http://127.0.0.1:%d/teacher?key=%s" % (port, FIXTURE_KEY))
        connection = element_text(dom, "connection-state") + element_text(dom, "connection-detail")
        check("Reconnecting" in connection and "figures below are from" in connection,
              "a server that stops answering: Reconnecting, with the time of the figures shown")
        body = re.search(r"<body[^>]*>", dom)
        check(body is not None and "stale" in body.group(0), "... and the figures are greyed as stale")
        check('class="code">KX7P<' in dom, "... and still shown")
    finally:
        stop(down)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="the portsmouth binary (debug or release)")
    parser.add_argument("--picture", help="save the dashboard's picture here (1280x800)")
    args = parser.parse_args()
    real_server(str(Path(args.binary).resolve()), args.picture)
    fixture()
    if failures:
        print("\n%d check(s) failed:" % len(failures))
        for f in failures:
            print("  - " + f)
        sys.exit(1)
    print("\nall browser checks passed")


if __name__ == "__main__":
    main()
