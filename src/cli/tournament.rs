//! `portsmouth tournament`: every agent against every agent, in both roles.

use super::out::outln;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::batch::tournament::{self, Pairing};
use portsmouth::engine::play::side::Side;
use portsmouth::i18n::Lang;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Scenario file
    #[arg(long)]
    scenario: PathBuf,
    /// Games per pairing
    #[arg(long, default_value_t = 200)]
    games: u64,
    /// Seed of the run; a fresh one is shown if left out
    #[arg(long)]
    seed: Option<u64>,
    /// Write one row per pairing to this CSV file
    #[arg(long)]
    out: Option<PathBuf>,
    /// Agents taking part, comma-separated (default: all)
    #[arg(long, value_delimiter = ',')]
    agents: Vec<AgentSpec>,
    /// Threads (default, or 0: one per core)
    #[arg(long)]
    threads: Option<usize>,
}

pub fn run(args: Args, _lang: Lang) -> Result<(), String> {
    let loaded = super::load_scenario(&args.scenario)?;
    let scenario = loaded.scenario.clone();
    let agents: Vec<AgentSpec> = if args.agents.is_empty() {
        agents::BUILT_IN.to_vec()
    } else {
        args.agents
    };
    let seed = args.seed.unwrap_or_else(super::fresh_seed);
    let outputs: Vec<(&str, &Path)> = args.out.iter().map(|p| ("--out", p.as_path())).collect();
    super::check_outputs(&loaded.inputs(), &outputs)?;
    let mut file = super::create_output(args.out.as_deref())?;
    let threads = super::threads(args.threads);
    let pairings = agents.len() * agents.len();
    outln!(
        "{} — tournament of {} agents, {} pairings × {} games, seed {}, {} threads",
        scenario.title,
        agents.len(),
        pairings,
        args.games,
        seed,
        threads
    );
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(pairings as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} pairings") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let start = Instant::now();
    let results = tournament::run(&scenario, &agents, args.games, seed, threads, &|n| {
        progress.set_position(n as u64)
    })
    .map_err(|e| e.to_string())?;
    progress.finish_and_clear();
    // The file first: a reader of the table that goes away early must not cost it.
    if let (Some(mut file), Some(path)) = (file.take(), &args.out) {
        tournament::write_csv(&mut file, &results)
            .and_then(|()| file.commit())
            .map_err(|e| format!("could not write {}: {e}\n    {}", path.display(), super::WRITE_HELP))?;
    }
    print_table(&results, &agents);
    outln!("Time: {:.1} s", start.elapsed().as_secs_f64());
    if let Some(path) = &args.out {
        outln!("Results written to {}", path.display());
    }
    Ok(())
}

fn print_table(results: &[Pairing], agents: &[AgentSpec]) {
    outln!();
    outln!(
        "{:<12} {:<12} {:>7} {:>7} {:>7} {:>7} {:>8} {:>7} {:>8}",
        "Japan",
        "Russia",
        "agree",
        "u Japan",
        "u Russ.",
        "Pareto",
        "in mand.",
        "Nash d",
        "sessions"
    );
    for p in results {
        let s = &p.summary;
        outln!(
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
    outln!();
    outln!("Mean utility over all opponents, by role:");
    outln!("{:<12} {:>8} {:>8}", "agent", "as Japan", "as Russia");
    for agent in agents {
        outln!(
            "{:<12} {:>8.3} {:>8.3}",
            agent,
            tournament::mean_utility_in_role(results, agent, Side::Japan),
            tournament::mean_utility_in_role(results, agent, Side::Russia)
        );
    }
}
