//! Shared helpers: loading the shipped scenarios, playing games, running the command line.

use portsmouth::engine::agents::{self, Agent, AgentSpec};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::scenario::{self, Scenario};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex, OnceLock};

pub fn scenario_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios").join(name)
}

/// Loads a shipped scenario once per test run: the tables a scenario builds on first use
/// are then shared by every test that plays it.
pub fn load(name: &str) -> Arc<Scenario> {
    static LOADED: OnceLock<Mutex<HashMap<String, Arc<Scenario>>>> = OnceLock::new();
    let mut loaded = LOADED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let scenario = loaded
        .entry(name.to_string())
        .or_insert_with(|| match scenario::load(&scenario_path(name)) {
            Ok(loaded) => loaded.scenario,
            Err(errors) => panic!(
                "{name} does not load:\n{}",
                errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
            ),
        });
    Arc::clone(scenario)
}

/// Makes an agent by the name the command line and saves use.
pub fn agent(name: &str, side: Side, seed: u64, scenario: &Scenario) -> Box<dyn Agent> {
    let spec: AgentSpec = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
    agents::make(&spec, side, seed, scenario).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Plays a whole recorded game between two named agents.
pub fn play(scenario: &Arc<Scenario>, japan: &str, russia: &str, seed: u64) -> Game {
    let mut game = Game::new(Arc::clone(scenario), seed);
    let mut j = agent(japan, Side::Japan, seed, scenario);
    let mut r = agent(russia, Side::Russia, seed, scenario);
    let refused = agents::play_out(&mut game, [j.as_mut(), r.as_mut()]);
    assert_eq!(
        refused, 0,
        "{japan} v {russia}, seed {seed}: an agent made a move the rules refuse"
    );
    game
}

/// Runs the command line with these arguments, collecting its output.
pub fn portsmouth(args: &[&str]) -> Output {
    cli().args(args).output().expect("the binary runs")
}

/// The command line, speaking English whatever the machine's language: the tests read its
/// English output (a test of another language says `--lang`).
pub fn cli() -> Command {
    cli_at(Path::new(env!("CARGO_BIN_EXE_portsmouth")))
}

/// `cli`, for a copy of the program at `program`.
pub fn cli_at(program: &Path) -> Command {
    let mut command = Command::new(program);
    for variable in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env(variable, "C");
    }
    command
}

/// Every Rust file under `dir`, at any depth: for tests that read the project's own code.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}
