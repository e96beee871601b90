#!/bin/sh
# What Orca would say while a blind player walks into a game: title → New game → the new-game
# screen → Begin the conference → the briefing → Take your seat → the table, by Tab and Enter.
# Prints Orca's speech, one line per utterance. By hand only (CI runs walk.py, which checks the
# tree itself); needs Debian's orca, xvfb, dbus, at-spi2-core and xdotool.
#
#     tests/a11y/orca-listen.sh target/debug/portsmouth [KEYS…]
#
# KEYS default to the walk described above (the counts of Tab are those of the first start's
# screens in English). With no sound device Orca cannot speak; it logs what it would have said.
# Its debug log is block-buffered and loses its last lines when Orca is stopped, which once read
# as "Orca falls silent after New game": this script runs a copy of Orca's launcher that writes
# the log line by line.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 PATH/TO/portsmouth [KEYS…]" >&2; exit 2; }
game=$(realpath "$1"); shift
repo=$(cd "$(dirname "$0")/../.." && pwd)
for tool in orca Xvfb xdotool dbus-run-session gdbus; do
  command -v $tool >/dev/null || { echo "FAIL: $tool not found (Debian: orca xvfb xdotool dbus at-spi2-core)" >&2; exit 1; }
done
if [ $# -eq 0 ]; then
  tabs() { i=0; while [ $i -lt "$1" ]; do printf 'Tab '; i=$((i + 1)); done; }
  set -- Tab Return $(tabs 17) Return $(tabs 7) Return $(tabs 30)
fi

if [ "${PORTSMOUTH_ORCA_SESSION:-}" != 1 ]; then
  # A private session bus: a desktop's own screen reader is left alone.
  # The accessibility registry the bus starts prints a greeting on the bus's output: not speech.
  PORTSMOUTH_ORCA_SESSION=1 dbus-run-session -- "$0" "$game" "$@" | grep -v '^SpiRegistry daemon'
  exit 0
fi

scratch=$(mktemp -d)
trap 'kill $game_pid $orca_pid $xvfb_pid 2>/dev/null || true; rm -rf "$scratch"' EXIT
for setting in IsEnabled ScreenReaderEnabled; do
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status $setting '<true>' >/dev/null
done
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$scratch/display" >/dev/null 2>&1 & xvfb_pid=$!
sleep 2
export DISPLAY=":$(cat "$scratch/display")"
sed "s#open(args.debug_file, 'w')#open(args.debug_file, 'w', buffering=1)#" "$(command -v orca)" > "$scratch/orca"
/usr/bin/python3 "$scratch/orca" --replace --debug-file="$scratch/orca.log" >/dev/null 2>&1 & orca_pid=$!
sleep 3
WGPU_BACKEND=${WGPU_BACKEND:-vulkan} PORTSMOUTH_DATA="$repo" PORTSMOUTH_HOME="$scratch/home" \
  "$game" >"$scratch/game.log" 2>&1 & game_pid=$!
window=
for _ in $(seq 120); do
  window=$(xdotool search --name '^Portsmouth 1905$' 2>/dev/null | head -n 1) || true
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "FAIL: no game window; the game's log:" >&2; tail "$scratch/game.log" >&2; exit 1; }
xdotool windowfocus --sync "$window"
sleep 8
for key in "$@"; do xdotool key "$key"; sleep "${PAUSE:-1.5}"; done
sleep 3
kill -TERM $orca_pid
sleep 1
grep 'SPEECH OUTPUT' "$scratch/orca.log" | sed "s/^.*SPEECH OUTPUT: '//; s/'{'established.*$//"
