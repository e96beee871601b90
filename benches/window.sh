#!/usr/bin/env bash
# Measures the game's window under Xvfb (release build): time to the title screen, idle CPU
# and peak memory on the title and at the table, a short session at the table driven by
# keys (map, dispatches, three turns), and frame times on the table, at rest and with an arrow
# stepped every frame.
#
#   benches/window.sh SAVE      SAVE: a saved game where a human is to move (any autosave)
#
# Needs Xvfb, xdotool and a Vulkan driver (Mesa's lavapipe will do). Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
save="$(realpath "$1")"
bin="${CARGO_TARGET_DIR:-target}/release/portsmouth"
cargo build --release --quiet
export WGPU_BACKEND="${WGPU_BACKEND:-vulkan}" PORTSMOUTH_HOME="$(mktemp -d)"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY="$display"

for run in 1 2 3 4 5; do PORTSMOUTH_MEASURE_START=1 "$bin" 2>/dev/null | grep "title screen"; done

ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
idle() { # pid label
  local t0 t1; t0=$(ticks "$1"); sleep 10; t1=$(ticks "$1")
  echo "$2: idle CPU $((t1 - t0)) ticks in 10 s; peak memory $(awk '/VmHWM/ {print $2 / 1024 " MB"}' "/proc/$1/status")"
}

"$bin" >/dev/null 2>&1 & pid=$!; sleep 10; idle $pid "title"; kill $pid
"$bin" open "$save" >/dev/null 2>&1 & pid=$!; sleep 10; idle $pid "table at rest"; kill $pid

"$bin" open "$save" >/dev/null 2>&1 & pid=$!; sleep 6
window=$(xdotool search --pid $pid | tail -1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool mousemove --window "$window" 640 360 click 1 2>/dev/null || true
for key in F1 F2 F1 ctrl+Return ctrl+Return ctrl+Return F3; do xdotool key "$key" 2>/dev/null; sleep 2.5; done
idle $pid "session (map, dispatches, three turns)"; kill $pid

for run in 1 2 3; do "$bin" open "$save" --measure-frames 300 2>/dev/null | grep "frame time"; done
# The same with an arrow stepped every frame: what a click costs to draw.
for run in 1 2 3; do PORTSMOUTH_MEASURE_EDITS=1 "$bin" open "$save" --measure-frames 300 2>/dev/null | grep "frame time"; done
