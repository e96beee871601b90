#!/usr/bin/env python3
"""The teacher's dashboard in a real browser: Debian's chromium, headless.

    tests/browser/dashboard.py PORTSMOUTH_BINARY [--picture docs/screenshots/dashboard.png]

1. Against the real class server (`portsmouth serve` on a free loopback port, in a temporary
   class folder): creates a computer-against-computer table that plays to the end, a table
   two students join over the WebSocket (a minimal client below), a table waiting for a
   student and an outside agent, and one whose name, and its student's, look like HTML; then
   has chromium render the dashboard and two presenter views and checks what they show:
   every table with its code, the seats with the students' names and connection, the agent's
   token hidden, the finished table's outcome on the results wall with "better/worse than
   1905", the connection "Live", a wrong key refused, the HTML-looking names as text and
   never as elements. With --picture, saves the dashboard's picture there (the README's),
   before the HTML-looking names are added. Then drives the dashboard over chromium's
   DevTools protocol as a teacher would — Tab and Enter to pause the class, resume, time per
   turn, more time, a seat handed to the computer, new tables from the form, the gradebook
   and a table's minutes downloaded, a refusal of the server shown in words — and checks each
   against what the server then reports.
2. Against tests/browser/fixture_server.py (awkward data the server cannot be made to give
   in a few seconds): a turn past its time, the results wall's sums, the presenter view with
   and without the detail route it may use (GET /api/tables/{id}), a move's reason holding a
   script tag, no key at all, and a server that stops answering ("Reconnecting", the figures
   greyed but kept).

Standard library only; exits non-zero with the failed checks listed.
"""

import argparse
import base64
import html
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
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


def drain(stream):
    """Reads a child's pipe to its end in the background, so a chatty child never blocks on
    a full pipe once the lines wanted from it have been read."""
    threading.Thread(target=lambda: stream.read(), daemon=True).start()


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_file(path, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if path.exists() and path.stat().st_size > 0:
            time.sleep(0.2)
            return True
        time.sleep(0.1)
    return False


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


class WebSocket:
    """A WebSocket client, the least of RFC 6455: masked text frames out, unmasked frames in.
    For a student's seat on the class server, and for chromium's DevTools."""

    def __init__(self, port, path):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((
            "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, port, key)).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise OSError("the server closed the WebSocket handshake")
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            raise OSError("no WebSocket: " + head.decode(errors="replace").splitlines()[0])

    def send(self, value):
        payload = json.dumps(value).encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack("!H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", len(payload))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise OSError("the server closed the WebSocket")
            data += chunk
        return data

    def receive(self):
        """The next text message (fragments joined; pings and other control frames skipped)."""
        message = b""
        while True:
            first, second = self.exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self.exactly(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self.exactly(8))[0]
            payload = self.exactly(length)
            opcode = first & 0x0F
            if opcode == 8:
                raise OSError("the server closed the WebSocket: %r" % payload[2:])
            if opcode in (0, 1):
                message += payload
                if first & 0x80:
                    return json.loads(message)

    def close(self):
        self.sock.close()


class Student(WebSocket):
    """A student at a table: joins by its code under a name, and stays connected."""

    def __init__(self, port, code, name):
        super().__init__(port, "/ws")
        self.send({"Join": {"code": code, "name": name}})
        self.first = self.receive()


class Browser:
    """Headless chromium driven over its DevTools protocol: open a page, run an expression in
    it, press keys, as a teacher's clicks and keystrokes would."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="portsmouth-chromium-")
        self.process = start([
            chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1280,800", "--remote-debugging-port=0",
            "--user-data-dir=" + self.profile, "about:blank"])
        port = None
        deadline = time.time() + 30
        while port is None and time.time() < deadline:
            line = self.process.stderr.readline()
            if not line:
                break
            m = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
        if port is None:
            stop(self.process)
            raise OSError("chromium did not open its DevTools port")
        drain(self.process.stderr)
        drain(self.process.stdout)
        pages = json.loads(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port, timeout=10).read())
        page = next(p for p in pages if p["type"] == "page")
        self.ws = WebSocket(port, urllib.parse.urlparse(page["webSocketDebuggerUrl"]).path)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self.ws.receive()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise OSError("%s: %s" % (method, message["error"]))
                return message.get("result", {})

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise OSError("%s: %s" % (expression, result["exceptionDetails"].get("text")))
        return result.get("result", {}).get("value")

    def wait(self, expression, seconds=10):
        """Waits until the expression is true in the page; returns whether it became so."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if self.eval(expression):
                    return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def open(self, url):
        self.call("Page.navigate", url=url)

    def key(self, key, code, keycode, text=None):
        """Presses and releases a key, as the keyboard would."""
        common = {"key": key, "code": code, "windowsVirtualKeyCode": keycode, "nativeVirtualKeyCode": keycode}
        self.call("Input.dispatchKeyEvent", type="rawKeyDown", **common)
        if text is not None:
            self.call("Input.dispatchKeyEvent", type="char", text=text, **common)
        self.call("Input.dispatchKeyEvent", type="keyUp", **common)

    def close(self):
        try:
            self.ws.close()
        finally:
            stop(self.process)
            shutil.rmtree(self.profile, ignore_errors=True)


# ---------------------------------------------------------------------------------------
# 1. The real class server


def real_server(binary, picture):
    print("\n== the dashboard on `portsmouth serve`")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="portsmouth-class-")
    # Started away from the game's files, told where they are as an installed game would be.
    server = start([binary, "serve", "--port", str(port), "--bind", "127.0.0.1", "--dir", folder,
                    "--scenarios", str(ROOT / "scenarios")], cwd=folder,
                   env=dict(os.environ, PORTSMOUTH_DATA=str(ROOT)))
    students = []
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
        drain(server.stdout)
        drain(server.stderr)
        base = "http://127.0.0.1:%d" % port
        check(wait_for_http(base + "/teacher"), "the server answers")
        try:
            with urllib.request.urlopen(base + "/teacher/assets/japanese.otf", timeout=10) as font:
                check(font.headers.get("Content-Type") == "font/otf" and font.read(4) == b"OTTO",
                      "the game's Japanese type is served for machines without one")
        except urllib.error.URLError as e:
            check(False, "the game's Japanese type is served: %s" % e)

        scenarios = api(base, key, "GET", "/api/scenarios")
        scenario = next(s for s in scenarios if s["id"] == "portsmouth-1905")
        level = scenario["levels"][-1] if scenario["levels"] else None

        def create(name, japan, russia, scenario="portsmouth-1905", seed=None):
            return api(base, key, "POST", "/api/tables", {
                "scenario": scenario, "seed": seed, "name": name,
                "japan": japan, "russia": russia, "count": 1})["tables"][0]

        demo = create("Demonstration", {"kind": "computer", "level": level},
                      {"kind": "computer", "level": level}, seed=1905)
        pair = create(None, {"kind": "student"}, {"kind": "student"})
        agent = create(None, {"kind": "student"}, {"kind": "agent"})

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

        # Two students take the pair's table.
        try:
            students.append(Student(port, pair["code"], "Aiko"))
            students.append(Student(port, pair["code"], "Dmitri"))
            check(all("Settings" in (s.first or {}) for s in students),
                  "two students join by the table's code: %s" % [str(s.first)[:80] for s in students])
        except OSError as e:
            check(False, "two students join by the table's code over the WebSocket: %s" % e)

        api(base, key, "POST", "/api/time", {"turn_seconds": 300})
        if picture:
            picture = Path(picture).resolve()
            picture.parent.mkdir(parents=True, exist_ok=True)
            if picture.exists():
                picture.unlink()
            chromium(base + "/teacher?key=" + key, "--window-size=1280,800", "--screenshot=" + str(picture))
            check(picture.exists() and picture.stat().st_size > 10_000, "the picture is saved: %s" % picture)

        # Names that look like HTML, from the teacher's form and from a student.
        table_name = '<b id="pwn">Table</b> & co'
        student_name = '<img src=x onerror="document.title=1">'
        hostile = create(table_name, {"kind": "student"}, {"kind": "computer", "level": level},
                         scenario="tutorial", seed=7)
        try:
            students.append(Student(port, hostile["code"], student_name))
        except OSError as e:
            check(False, "a student joins the fourth table: %s" % e)

        dom = dump_dom(base + "/teacher?key=" + key)
        tables = section(dom, "tables-heading")
        check("Live" in element_text(dom, "connection-state"), "the connection shows Live")
        for t in (demo, pair, agent, hostile):
            check('class="code">%s<' % t["code"] in tables, "table %s shows its code %s" % (t["id"], t["code"]))
        check(tables.count('class="table-card') == 4, "four table cards")
        check("Demonstration" in tables, "the demonstration's name is shown")
        check("Student: Aiko" in tables and "Student: Dmitri" in tables, "the students' names are shown")
        check("Student: Aiko</span><span class=\"link-state\"> — connected" in tables, "... and that they are connected")
        check("Student seat, not taken yet" in tables, "an empty student seat says so")
        check("Outside agent" in tables and "Show token" in tables, "the agent seat, its token behind a button")
        token = agent.get("tokens", {}).get("Russia")
        check(token is not None and re.search(r'<code class="token" hidden="">%s</code>' % re.escape(token), tables)
              is not None, "the agent's token is in the page but hidden")
        check(html.escape(table_name, quote=False) in tables, "a table name that looks like HTML shows as text")
        check(html.escape(student_name, quote=False) in tables, "a student's name that looks like HTML shows as text")
        check('<b id="pwn">' not in dom and "<img" not in dom, "... and neither becomes an element")
        title = re.search(r"<title>([^<]*)</title>", dom)
        check(title is not None and title.group(1) == "Portsmouth 1905 — the class", "... nor runs")
        wall = section(dom, "wall-heading")
        check(html.escape(finished["outcome"], quote=False) in wall,
              "the results wall shows the finished table's outcome: " + finished["outcome"])
        check(re.search(r"(better|worse) than 1905|as in 1905", wall) is not None,
              "the results wall says plainly better or worse than 1905")
        check("1 table has finished" in element_text(dom, "wall-summary"), "the wall counts one finished table")
        check("4 tables" in element_text(dom, "summary"), "the class summary counts four tables")
        check("Time per turn: 5:00" in element_text(dom, "summary"), "the time per turn the teacher set")
        check(re.search(r"to move — waiting \d+:\d\d of 5:00", tables) is not None, "a turn's wait beside its time")
        check(tables.index(agent["code"]) < tables.index(demo["code"]), "finished tables come after the others")

        presenter = dump_dom("%s/teacher/table/%s?key=%s" % (base, demo["id"], key))
        check("Demonstration" in element_text(presenter, "table-name"), "the presenter view names its table")
        check(html.escape(finished["outcome"], quote=False) in presenter, "the presenter view shows the outcome")
        check("Session %d of %d" % (finished["session"], finished["sessions"]) in presenter,
              "the presenter view shows the session")
        waiting = dump_dom("%s/teacher/table/%s?key=%s" % (base, agent["id"], key))
        check(agent["code"] in element_text(waiting, "code"), "a waiting table's presenter view shows its code")

        # In Japanese the wall's lines take their punctuation from the catalogue, not the script.
        japanese = section(dump_dom(base + "/teacher?key=" + key + "&lang=ja"), "wall-heading")
        check(re.search(r"</strong>、[^<]*：", japanese) is not None and "</strong>, " not in japanese,
              "in Japanese the results wall reads 日本、…：0.51, with no Latin comma")

        refused = dump_dom(base + "/teacher?key=not-the-key", budget_ms=4000)
        check("key was refused" in element_text(refused, "connection-state"), "a wrong key is said to be refused")

        teacher_at_work(base, key, pair, agent, port, students)
    finally:
        for student in students:
            student.close()
        stop(server)
        shutil.rmtree(folder, ignore_errors=True)


def teacher_at_work(base, key, pair, agent, port, students):
    """The dashboard's controls, used in the browser as a teacher would (keyboard included),
    each checked against what the server then reports. A student who joins here is added to
    `students`, closed by the caller."""
    print("-- the controls, in the browser")

    def table(id):
        return next(t for t in api(base, key, "GET", "/api/class")["tables"] if t["id"] == id)

    try:
        browser = Browser()
    except OSError as e:
        check(False, "chromium opens under the DevTools protocol: %s" % e)
        return
    try:
        browser.open(base + "/teacher?key=" + key)
        check(browser.wait("document.getElementById('connection-state').textContent === 'Live'"),
              "the dashboard is live")
        check(browser.eval("location.search") == "", "the key is taken out of the address bar")

        # From the top of the page, Tab reaches "Pause all tables" and Enter presses it.
        browser.eval("document.activeElement && document.activeElement.blur()")
        reached = False
        for _ in range(10):
            browser.key("Tab", "Tab", 9)
            if browser.eval("document.activeElement.id") == "pause":
                reached = True
                break
        check(reached, "the keyboard reaches Pause all tables")
        browser.key("Enter", "Enter", 13, text="\r")
        check(browser.wait("document.getElementById('pause').textContent === 'Resume all tables'"),
              "Enter on it pauses the class, and the button then offers to resume")
        check(api(base, key, "GET", "/api/class")["paused"] is True, "... as the server says")
        browser.eval("document.getElementById('pause').click()")
        check(browser.wait("document.getElementById('pause').textContent === 'Pause all tables'")
              and api(base, key, "GET", "/api/class")["paused"] is False, "Resume all tables resumes it")

        # Without a time per turn, More time would add to nothing: it is not offered.
        card = "document.querySelector('article[aria-labelledby=\"table-%d-name\"]')" % pair["id"]
        api(base, key, "POST", "/api/time", {"turn_seconds": None})
        check(browser.wait(card + ".querySelector('.actions button').hidden === true"),
              "with no time per turn, More time is not offered")
        api(base, key, "POST", "/api/time", {"turn_seconds": 300})
        check(browser.wait(card + ".querySelector('.actions button').hidden === false"),
              "... and with one, it is")

        browser.eval("document.getElementById('turn-minutes').value = '7';"
                     "document.getElementById('turn-minutes').dispatchEvent(new Event('input'));"
                     "document.querySelector('#time-form button[type=submit]').click()")
        check(browser.wait("document.getElementById('summary').textContent.includes('7:00')"),
              "the time per turn set from the form shows")
        check(api(base, key, "GET", "/api/class")["turn_seconds"] == 420, "... and the server has it: 420 s")

        before = table(pair["id"]).get("turn_limit")
        browser.eval(card + ".querySelector('.actions button').click()")
        check(browser.wait("document.getElementById('notice').textContent.includes('more minutes')"),
              "More time says what it did")
        after = table(pair["id"]).get("turn_limit")
        check(before is not None and after == before + 120, "... and the turn has two minutes more: %s -> %s"
              % (before, after))

        # Hand the agent table's empty student seat to the computer (confirming the question).
        agent_card = "document.querySelector('article[aria-labelledby=\"table-%d-name\"]')" % agent["id"]
        browser.eval("window.confirm = () => true;" + agent_card
                     + ".querySelector('.seat button:last-of-type').click()")
        check(browser.wait("document.getElementById('notice').textContent.includes('played by the computer')"),
              "Hand to the computer says what it did")
        seat = next(s for s in table(agent["id"])["seats"] if s["side"] == "Japan")
        check(seat["kind"] == "computer", "... and the server gave the seat to the computer")

        # Open that seat again for a student (a latecomer, or one whose machine failed).
        reopen = ("[...document.querySelectorAll('article[aria-labelledby=\"table-%d-name\"] .seat button')]"
                  ".find(b => b.textContent === 'Open for a student')" % agent["id"])
        check(browser.wait("!!" + reopen), "a seat the computer plays offers Open for a student")
        browser.eval("window.confirm = () => true;" + reopen + ".click()")
        check(browser.wait("document.getElementById('notice').textContent.includes(\"seat is open\")"),
              "Open for a student says what it did")
        seat = next(s for s in table(agent["id"])["seats"] if s["side"] == "Japan")
        check(seat["kind"] == "student" and not seat.get("name"), "... and the seat waits for a student")

        count = len(api(base, key, "GET", "/api/class")["tables"])
        browser.eval("""(() => {
            document.getElementById('create-details').open = true;
            const form = document.getElementById('create-form');
            form.scenario.value = 'tutorial';
            form.scenario.dispatchEvent(new Event('change'));
            form.japan.value = 'student';
            form.russia.value = form.russia.options[1].value;
            form.count.value = '2';
            document.getElementById('create').click();
        })()""")
        check(browser.wait("document.getElementById('notice').textContent.startsWith('2 tables created')"),
              "the form creates two tables and gives their codes")
        tables = api(base, key, "GET", "/api/class")["tables"]
        check(len(tables) == count + 2 and tables[-1]["scenario"] == "tutorial"
              and tables[-1]["seats"][1]["kind"] == "computer", "... on the scenario and seats chosen")
        check(browser.wait("document.querySelectorAll('.table-card').length === %d" % (count + 2)),
              "... and their cards appear")
        check(tables[-1].get("empty_seat_secs") == 300,
              "the form offers 5 minutes before an empty seat goes to the computer")

        # A seat nobody takes: at a table made with one second for it, once a student has
        # sat down alone, the dashboard announces the seat handed to the computer.
        lone = api(base, key, "POST", "/api/tables", {
            "scenario": "portsmouth-1905", "name": "Alone", "japan": {"kind": "student"},
            "russia": {"kind": "student"}, "empty_seat_secs": 1})["tables"][0]
        check(browser.wait("document.querySelectorAll('.table-card').length === %d" % (count + 3)),
              "the lone student's table appears")
        try:
            students.append(Student(port, lone["code"], "Emi"))
        except OSError as e:
            check(False, "a student joins the lone table: %s" % e)
        check(browser.wait("document.getElementById('notice').textContent"
                           ".includes(\"nobody took Russia's seat\")"),
              "the dashboard announces the empty seat handed to the computer")
        check(browser.wait("[...document.querySelectorAll('.seat .who')]"
                           ".some(w => w.textContent.includes('nobody took the seat'))"),
              "... and the seat's line says so")
        seat = next(s for s in table(lone["id"])["seats"] if s["side"] == "Russia")
        check(seat["kind"] == "computer" and seat["nobody_came"], "... as the server reports it")

        # Downloads: fetched with the key, handed to the browser as files.
        downloads = tempfile.mkdtemp(prefix="portsmouth-downloads-")
        try:
            browser.call("Page.setDownloadBehavior", behavior="allow", downloadPath=downloads)
            browser.eval("document.getElementById('gradebook').click()")
            gradebook = Path(downloads) / "gradebook.csv"
            check(wait_for_file(gradebook) and gradebook.read_text().startswith("name,table,delegation")
                  and "Aiko" in gradebook.read_text(), "the gradebook downloads as CSV, with the students in it")
            browser.eval("[...document.querySelectorAll('.table-card')].find(c => c.querySelector('h3')"
                         ".textContent === 'Demonstration').querySelector('.downloads button:nth-of-type(2)').click()")
            minutes = Path(downloads) / "demonstration-minutes.md"
            check(wait_for_file(minutes) and minutes.stat().st_size > 1000,
                  "a finished table's minutes download as Markdown")
        finally:
            shutil.rmtree(downloads, ignore_errors=True)

        # A refusal from the server is shown in its words.
        browser.eval("document.getElementById('table-name').value = 'x'.repeat(50);"
                     "document.getElementById('count').value = '1';"
                     "document.getElementById('create').click()")
        check(browser.wait("!document.getElementById('error').hidden && "
                           "document.getElementById('error').textContent.includes('at most 40')"),
              "the server's refusal (a name too long) is shown in words")
    except OSError as e:
        check(False, "the browser session: %s" % e)
    finally:
        browser.close()


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
        check("Tables where Japan did better than in 1905: 1; where Russia did: 0" in wall, "the wall sums up who did better than 1905")

        presenter = dump_dom(base + "/teacher/table/1?key=" + FIXTURE_KEY)
        check("Russia (Witte) to move" in presenter, "the presenter view says whose turn it is")
        check("Still open: 10" in presenter, "the presenter view counts the open articles")
        check("Transferred to Japan" in presenter, "the presenter view lists what is agreed")
        check("The South Manchurian railway" in section(presenter, "open-heading"),
              "with the detail route, the open articles by name")
        moves = section(presenter, "moves-heading")
        check("not one kopeck" in moves and "Session 4, 16 August 1905" in moves and "Witte (Russia) refuses" in moves,
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
