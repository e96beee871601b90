//! The command line's subcommands.

pub mod branch;
pub mod check;
pub mod export;
pub mod replay;
pub mod simulate;
pub mod tournament;
pub mod wall;
pub mod watch;

use portsmouth::engine::printable::printable;
use portsmouth::engine::scenario::{self, Scenario};
use std::path::Path;
use std::sync::Arc;

/// Loads a scenario for a command, printing warnings; errors become one message.
pub fn load_scenario(path: &Path) -> Result<Arc<Scenario>, String> {
    match scenario::load(path) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                eprintln!("{}", printable(&w.to_string()));
            }
            Ok(loaded.scenario)
        }
        Err(errors) => Err(errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

/// A fresh seed when none is given; always printed, so any game can be replayed.
pub fn fresh_seed() -> u64 {
    portsmouth::engine::rng::fresh_seed()
}
