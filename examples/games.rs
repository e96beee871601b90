//! A small driver for profiling bulk play: `cargo run --release --no-default-features
//! --example games -- boulware conceder 2000` plays that many games of the historical
//! scenario on one thread, as `cargo bench` does, and prints a summary to check that a
//! change left the games as they were. Under `valgrind --tool=callgrind`, the difference
//! between two counts of games gives the instructions a game costs, free of the loading.

use portsmouth::engine::agents::AgentSpec;
use portsmouth::engine::batch::simulate::{self, Setup};
use portsmouth::engine::scenario;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parsed = match args.as_slice() {
        [japan, russia, games] => japan
            .parse::<AgentSpec>()
            .ok()
            .zip(russia.parse::<AgentSpec>().ok())
            .zip(games.parse::<u64>().ok()),
        _ => None,
    };
    let Some(((japan, russia), games)) = parsed else {
        eprintln!("usage: games <japan agent> <russia agent> <games>");
        return ExitCode::FAILURE;
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
    let scenario = match scenario::load(&path) {
        Ok(loaded) => loaded.scenario,
        Err(diagnostics) => {
            for diagnostic in diagnostics {
                eprintln!("{diagnostic}");
            }
            return ExitCode::FAILURE;
        }
    };
    let setup = Setup {
        japan,
        russia,
        games,
        seed: 1,
    };
    match simulate::run(&scenario, &setup, |_| {}) {
        Ok(summary) => {
            println!(
                "{} games, {} agreements, utility sums {:?}",
                summary.games, summary.agreements, summary.utility_sum
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
