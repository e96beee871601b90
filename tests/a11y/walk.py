#!/usr/bin/python3
"""The game as a screen reader sees it, on Linux.

Starts a private session bus with the accessibility bus on and a screen reader said to be
running (AccessKit serves nothing otherwise), a virtual X display, and the game in it; then,
through AT-SPI (the interface Orca reads), walks the accessibility tree of the title screen,
the new-game screen, the briefing and the negotiating table. On each it checks that every
control is there with its role and a non-empty label, that the labels the code gives are
found, and that Tab moves the focus from control to control (on the title, in the menu's
order, and back with Shift+Tab). It moves between screens as a blind player would: Tab until
the wanted button is announced as focused, then Enter.

    /usr/bin/python3 tests/a11y/walk.py target/debug/portsmouth

Needs Debian's xvfb, dbus, at-spi2-core, python3-gi, gir1.2-atspi-2.0 and xdotool, and a
Vulkan driver (Mesa's lavapipe will do: WGPU_BACKEND=vulkan is the default here). Exits
non-zero with the reason on the first failure.
"""

import os
import subprocess
import sys
import tempfile
import time

SESSION_MARK = "PORTSMOUTH_A11Y_SESSION"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WINDOW_TITLE = "Portsmouth 1905"

# Roles as AT-SPI names them, for the controls AccessKit gives our widgets.
BUTTON = "push button"
FIELD = "entry"
READABLE = "label"  # a text reached by Tab (a gauge, a glossary term)
CONTROL_ROLES = {BUTTON, FIELD, READABLE}

# The title's menu on a first start (no game to continue, no class seat kept), in Tab order.
TITLE_MENU = ["New game", "Join a class", "Load", "Class results", "Settings", "Quit"]

# Labels the code gives, per screen: exact, or a prefix followed by a value (fields say what
# is typed in them).
NEW_GAME_EXACT = [
    "Begin the conference",
    "Back",
    "New seed",
    "Komura Jutarō, for Japan (chosen)",
    "Sergei Witte, for Russia",
    "Computer: Steady (chosen)",
    "Second player (hot-seat)",
]
NEW_GAME_FIELDS = ["Your names: ", "Seed: "]
BRIEFING_EXACT = ["Take your seat at the table"]
TABLE_EXACT = ["Brief"]

# A screen reader walks a tree whose controls may take a moment to arrive.
PATIENCE = 120.0


class Failure(Exception):
    pass


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} PATH/TO/portsmouth", file=sys.stderr)
        return 2
    if os.environ.get(SESSION_MARK) != "1":
        # A bus of our own: the player's desktop, if any, is left alone.
        env = dict(os.environ, **{SESSION_MARK: "1"})
        argv = ["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), sys.argv[1]]
        try:
            return subprocess.call(argv, env=env)
        except FileNotFoundError:
            print("FAIL: dbus-run-session not found; install Debian's dbus", file=sys.stderr)
            return 1
    try:
        import gi

        gi.require_version("Atspi", "2.0")
    except (ImportError, ValueError) as e:
        print(
            f"FAIL: no AT-SPI bindings for {sys.executable} ({e}); install python3-gi and "
            "gir1.2-atspi-2.0 and run the script with /usr/bin/python3",
            file=sys.stderr,
        )
        return 1
    try:
        Walk(os.path.abspath(sys.argv[1])).run()
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    print("OK: every control has its role and label on every screen walked, and Tab moves the focus")
    return 0


class Walk:
    def __init__(self, binary):
        self.binary = binary
        self.scratch = tempfile.mkdtemp(prefix="portsmouth-a11y-")
        self.log_path = os.path.join(self.scratch, "game.log")
        self.processes = []

    def run(self):
        try:
            self.screen_reader_on()
            display = self.start_display()
            self.start_game(display)
            self.focus_window(display)
            self.title()
            self.press_until_focused("New game")
            self.new_game()
            self.press_until_focused("Begin the conference")
            self.briefing()
            self.press_until_focused("Take your seat at the table")
            self.table()
        except Failure as failure:
            raise Failure(f"{failure}\n--- the game's log (last lines) ---\n{self.log_tail()}") from None
        finally:
            for process in reversed(self.processes):
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()

    # --- the session -------------------------------------------------------------------

    def screen_reader_on(self):
        """Tells the accessibility bus (started on demand by D-Bus) that a screen reader is
        running: AccessKit's Linux adapter serves its tree only then."""
        from gi.repository import Gio, GLib

        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        for name in ("IsEnabled", "ScreenReaderEnabled"):
            bus.call_sync(
                "org.a11y.Bus",
                "/org/a11y/bus",
                "org.freedesktop.DBus.Properties",
                "Set",
                GLib.Variant("(ssv)", ("org.a11y.Status", name, GLib.Variant("b", True))),
                None,
                Gio.DBusCallFlags.NONE,
                10000,
                None,
            )
        print("accessibility bus: on, screen reader said to be running")

    def start_display(self):
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(xvfb)
        os.close(write)
        with os.fdopen(read) as lines:
            number = lines.readline().strip()
        if not number:
            raise Failure("Xvfb did not start")
        return f":{number}"

    def start_game(self, display):
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            PORTSMOUTH_DATA=REPO,
            PORTSMOUTH_HOME=os.path.join(self.scratch, "profile"),
        )
        env.setdefault("WGPU_BACKEND", "vulkan")
        log = open(self.log_path, "w")
        self.processes.append(subprocess.Popen([self.binary], env=env, stdout=log, stderr=subprocess.STDOUT))
        print(f"game: {self.binary} on {display}")

    def focus_window(self, display):
        """Gives the game's window the keyboard (there is no window manager)."""
        env = dict(os.environ, DISPLAY=display)
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            self.check_game_alive()
            found = subprocess.run(
                ["xdotool", "search", "--name", f"^{WINDOW_TITLE}$"], env=env, capture_output=True, text=True
            ).stdout.split()
            if found:
                subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], env=env, check=True)
                self.display_env = env
                return
            time.sleep(0.5)
        raise Failure(f"no window named {WINDOW_TITLE!r} appeared in {PATIENCE:.0f} s")

    def check_game_alive(self):
        game = self.processes[-1]
        if game.poll() is not None:
            raise Failure(f"the game exited with status {game.returncode}")

    def log_tail(self):
        try:
            with open(self.log_path) as log:
                return "".join(log.readlines()[-15:])
        except OSError:
            return "(none)"

    def key(self, name):
        """Presses a key; with "shift+", Shift is held a moment around it, as a hand holds it
        (the game reads Shift as held while the frame that takes Tab runs)."""
        if name.startswith("shift+"):
            subprocess.run(["xdotool", "keydown", "shift"], env=self.display_env, check=True)
            time.sleep(0.3)
            subprocess.run(["xdotool", "key", name[len("shift+") :]], env=self.display_env, check=True)
            time.sleep(0.3)
            subprocess.run(["xdotool", "keyup", "shift"], env=self.display_env, check=True)
        else:
            subprocess.run(["xdotool", "key", name], env=self.display_env, check=True)

    # --- the tree ----------------------------------------------------------------------

    def frame(self):
        """The game's window in the AT-SPI tree."""
        from gi.repository import Atspi

        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None:
                continue
            app.clear_cache()
            for j in range(app.get_child_count()):
                window = app.get_child_at_index(j)
                if window is not None and window.get_name() == WINDOW_TITLE:
                    return window
        return None

    def nodes(self):
        """Every accessible under the window: (role, label, focused)."""
        from gi.repository import Atspi

        window = self.frame()
        if window is None:
            return []
        found = []

        def visit(node):
            for i in range(node.get_child_count()):
                child = node.get_child_at_index(i)
                if child is None:
                    continue
                focused = child.get_state_set().contains(Atspi.StateType.FOCUSED)
                found.append((child.get_role_name(), child.get_name() or "", focused))
                visit(child)

        visit(window)
        return found

    def controls_when(self, ready, what):
        """The window's controls, once `ready(labels)` holds (the screen has been drawn)."""
        deadline = time.monotonic() + PATIENCE
        while True:
            self.check_game_alive()
            try:
                nodes = self.nodes()
            except Exception as e:  # the tree changes under the walk while a screen is built
                nodes, error = [], e
            else:
                error = None
            controls = [n for n in nodes if n[0] in CONTROL_ROLES]
            if ready({label for _, label, _ in controls}):
                return nodes, controls
            if time.monotonic() > deadline:
                seen = ", ".join(f"{r} {l!r}" for r, l, _ in controls) or "nothing"
                raise Failure(f"{what} did not appear to AT-SPI in {PATIENCE:.0f} s; seen: {seen} {error or ''}")
            time.sleep(0.5)

    def focused(self):
        focused = [(role, label) for role, label, is_focused in self.nodes() if is_focused]
        return focused[0] if len(focused) == 1 else None

    def focus_after(self, key, before):
        """Presses `key` and returns the newly focused control, as AT-SPI reports it."""
        self.key(key)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                now = self.focused()
            except Exception:
                now = None
            if now is not None and now != before:
                return now
            time.sleep(0.2)
        raise Failure(f"after {key}, the focus did not move from {before} (as AT-SPI reports it)")

    def press_until_focused(self, label):
        """Tab until `label` is focused, then Enter: how a blind player reaches a button."""
        seen = []
        current = self.focused()
        for _ in range(80):
            if current == (BUTTON, label):
                self.key("Return")
                print(f"  Enter on {label!r} (reached with {len(seen)} Tab presses)")
                return
            current = self.focus_after("Tab", current)
            seen.append(current[1])
            if seen.count(current[1]) > 1 and current[1] == seen[0]:
                break
        raise Failure(f"Tab never reached the button {label!r}; it went through {seen}")

    # --- the screens -------------------------------------------------------------------

    def check_controls(self, screen, controls, exact, prefixes=()):
        unnamed = [role for role, label, _ in controls if not label.strip()]
        if unnamed:
            raise Failure(f"{screen}: {len(unnamed)} control(s) without a label: {unnamed}")
        by_label = {}
        for role, label, _ in controls:
            by_label.setdefault(label, role)
        for label in exact:
            if by_label.get(label) != BUTTON:
                raise Failure(f"{screen}: no button labelled {label!r} (found {by_label.get(label)})")
        for prefix in prefixes:
            if not any(role == FIELD and label.startswith(prefix) for role, label, _ in controls):
                raise Failure(f"{screen}: no text field labelled {prefix!r}…")
        counts = {}
        for role, _, _ in controls:
            counts[role] = counts.get(role, 0) + 1
        summary = ", ".join(f"{n} {role}" for role, n in sorted(counts.items()))
        print(f"{screen}: {len(controls)} controls ({summary})")
        for role, label, _ in controls:
            print(f"    {role:11} {' / '.join(label.splitlines())}")

    def check_tab_moves(self, screen, presses):
        """Tab moves the focus to another control each time, and the control is in the tree."""
        current = self.focused()
        visited = []
        for _ in range(presses):
            current = self.focus_after("Tab", current)
            if current[0] not in CONTROL_ROLES or not current[1]:
                raise Failure(f"{screen}: Tab focused {current}, not a labelled control")
            visited.append(current[1])
        print(f"  Tab x{presses} on {screen}: {' → '.join(visited)}")

    def title(self):
        nodes, controls = self.controls_when(lambda labels: "New game" in labels, "the title's New game button")
        self.check_controls("title", controls, TITLE_MENU)
        buttons = [label for role, label, _ in controls if role == BUTTON]
        if sorted(buttons) != sorted(TITLE_MENU):
            raise Failure(f"title: the buttons are {buttons}, expected {TITLE_MENU}")
        # Nothing is focused at first: the window is, for a screen reader.
        order = []
        current = self.focused()
        for _ in range(len(TITLE_MENU) + 1):
            current = self.focus_after("Tab", current)
            order.append(current[1])
        expected = TITLE_MENU + TITLE_MENU[:1]
        if order != expected:
            raise Failure(f"title: Tab went {order}, expected {expected}")
        back = self.focus_after("shift+Tab", current)
        if back[1] != TITLE_MENU[-1]:
            raise Failure(f"title: Shift+Tab from {current[1]!r} went to {back[1]!r}, expected {TITLE_MENU[-1]!r}")
        print(f"  Tab order on the title: {' → '.join(order)}; Shift+Tab → {back[1]}")

    def new_game(self):
        _, controls = self.controls_when(
            lambda labels: "Begin the conference" in labels, "the new-game screen's Begin the conference button"
        )
        self.check_controls("new game", controls, NEW_GAME_EXACT, NEW_GAME_FIELDS)
        self.check_tab_moves("new game", 5)

    def briefing(self):
        _, controls = self.controls_when(lambda labels: BRIEFING_EXACT[0] in labels, "the briefing's button")
        self.check_controls("briefing", controls, BRIEFING_EXACT)

    def table(self):
        _, controls = self.controls_when(lambda labels: TABLE_EXACT[0] in labels, "the table's Brief button")
        self.check_controls("table", controls, TABLE_EXACT)
        self.check_tab_moves("table", 6)


if __name__ == "__main__":
    sys.exit(main())
