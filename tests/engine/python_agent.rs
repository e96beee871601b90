//! The Python example agent (examples/agents/python/agent.py) plays a whole game against the
//! computer on the real class server, and the game it played exports as a save that replays.
//! Needs python3 with the `websockets` package (`pip install -r
//! examples/agents/python/requirements.txt`); without them the test says so and passes,
//! except under CI (the variable CI set), where the missing package is a failure.

use crate::common::portsmouth;
use crate::loadtest_server::{ClassServer, class_dir, exported, runtime};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn python_with_websockets() -> Result<(), String> {
    let check = Command::new("python3")
        .args(["-c", "import websockets"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match check {
        Err(e) => Err(format!("python3 does not run: {e}")),
        Ok(status) if !status.success() => Err("the Python package websockets is not installed".into()),
        Ok(_) => Ok(()),
    }
}

#[test]
fn the_python_example_agent_plays_a_whole_game_on_the_server() {
    if let Err(missing) = python_with_websockets() {
        let help = "install it with: python3 -m pip install -r examples/agents/python/requirements.txt";
        if std::env::var_os("CI").is_some() {
            panic!("{missing}; CI must run the Python agent: {help}");
        }
        eprintln!("SKIPPED the Python agent test: {missing}; {help}");
        return;
    }
    let dir = class_dir("python");
    let server = ClassServer::start(&dir, 0);
    let runtime = runtime();
    let agent = serde_json::json!({ "kind": "agent" });
    let computer = serde_json::json!({ "kind": "computer", "level": "Steady" });
    let table = runtime
        .block_on(
            server
                .server()
                .create_tables(&server.key, "portsmouth-1905", Some(1905), agent, computer, 1),
        )
        .expect("a table with an outside agent's seat")
        .remove(0);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/agents/python/agent.py");
    let mut child = Command::new("python3")
        .arg(&script)
        .arg(server.ws_url())
        .arg(&table.tokens["Japan"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let started = Instant::now();
    while child.try_wait().expect("the agent's status").is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("the Python agent did not finish its game in two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().expect("the agent's output");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the agent failed:\n{stdout}\n{stderr}");
    // "Japan: <outcome>; utility 0.479"
    let line = stdout
        .lines()
        .find(|l| l.starts_with("Japan: "))
        .unwrap_or_else(|| panic!("no outcome printed:\n{stdout}\n{stderr}"));
    let utility: f64 = line.rsplit(' ').next().and_then(|u| u.parse().ok()).expect("a utility");
    assert!((0.0..=1.0).contains(&utility), "{line}");

    let (moves, over, text) = runtime.block_on(exported(&server, table.id));
    assert!(over, "the exported game is not over");
    assert!(moves >= 10, "a whole game is more than {moves} moves");
    let save = dir.join("python-agent.ron");
    std::fs::write(&save, text).expect("the save written");
    let replay = portsmouth(&["replay", save.to_str().expect("a UTF-8 path")]);
    let replayed = String::from_utf8_lossy(&replay.stdout);
    assert!(
        replay.status.success(),
        "{replayed}\n{}",
        String::from_utf8_lossy(&replay.stderr)
    );
    // The debrief of a finished game, with Japan played from outside.
    assert!(replayed.contains("Komura"), "{replayed}");
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}
