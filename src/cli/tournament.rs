//! `portsmouth tournament`: every agent against every agent, in both roles.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::atomic::AtomicFile;
use portsmouth::engine::printable::printable;
use portsmouth::engine::side::Side;
use portsmouth::engine::tournament::{self, Pairing};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

pub struct Options {
    pub scenario: PathBuf,
    pub agents: Vec<String>,
    pub games: u64,
    pub seed: u64,
    pub threads: Option<usize>,
    pub out: Option<PathBuf>,
}

pub fn run(options: Options) -> Result<(), String> {
    let pairings = (options.agents.len() * options.agents.len()) as u64;
    portsmouth::engine::simulate::check_games(options.games, pairings)?;
    let scenario = super::load_scenario(&options.scenario)?;
    let threads = options
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pairings = options.agents.len() * options.agents.len();
    println!(
        "{} — tournament of {} agents, {} pairings × {} games, seed {}, {} threads",
        printable(&scenario.title),
        options.agents.len(),
        pairings,
        options.games,
        options.seed,
        threads
    );
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(pairings as u64), ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} pairings").expect("a valid template"));
        bar
    } else {
        ProgressBar::hidden()
    };
    let start = Instant::now();
    let results = tournament::run(&scenario, &options.agents, options.games, options.seed, threads, &|n| {
        progress.set_position(n as u64)
    })?;
    progress.finish_and_clear();
    print_table(&results, &options.agents);
    println!("Time: {:.1} s", start.elapsed().as_secs_f64());
    if let Some(path) = &options.out {
        let mut file = AtomicFile::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        tournament::write_csv(&mut file, &results)
            .and_then(|()| file.flush())
            .and_then(|()| file.commit())
            .map_err(|e| format!("could not write {}: {e}", path.display()))?;
        println!("Results written to {}", path.display());
    }
    Ok(())
}

fn print_table(results: &[Pairing], agents: &[String]) {
    println!();
    println!(
        "{:<12} {:<12} {:>7} {:>7} {:>7} {:>7} {:>8} {:>7} {:>8}",
        "Japan", "Russia", "agree", "u Japan", "u Russ.", "Pareto", "in mand.", "Nash d", "sessions"
    );
    for p in results {
        let s = &p.summary;
        println!(
            "{:<12} {:<12} {:>6.1}% {:>7.3} {:>7.3} {:>6.1}% {:>7.1}% {:>7.3} {:>8.2}",
            p.japan,
            p.russia,
            100.0 * s.agreement_rate(),
            s.mean_utility(Side::Japan),
            s.mean_utility(Side::Russia),
            100.0 * s.pareto_share(),
            100.0 * s.pareto_within_mandates_share(),
            s.mean_nash_distance(),
            s.mean_sessions()
        );
    }
    println!();
    println!("Mean utility over all opponents, by role:");
    println!("{:<12} {:>8} {:>8}", "agent", "as Japan", "as Russia");
    for agent in agents {
        println!(
            "{:<12} {:>8.3} {:>8.3}",
            agent,
            tournament::mean_utility_in_role(results, agent, Side::Japan),
            tournament::mean_utility_in_role(results, agent, Side::Russia)
        );
    }
}
