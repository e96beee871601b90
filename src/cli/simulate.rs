//! `portsmouth simulate`: many games between computer delegations.

use super::out::outln;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::agents::AgentSpec;
use portsmouth::engine::batch::simulate::{self, CsvWriter, GameRecord, Row, Setup, Summary};
use portsmouth::engine::classroom::results::{self, ResultFile};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::atomic::AtomicFile;
use portsmouth::engine::records::save::Seat;
use portsmouth::engine::scenario::Scenario;
use portsmouth::i18n::Lang;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Scenario file
    #[arg(long)]
    scenario: PathBuf,
    /// Agent for Japan
    #[arg(long, default_value = "boulware")]
    japan: AgentSpec,
    /// Agent for Russia
    #[arg(long, default_value = "conceder")]
    russia: AgentSpec,
    /// Number of games
    #[arg(long, default_value_t = 1000)]
    games: u64,
    /// Seed of the run (game i uses a seed derived from it); a fresh one is shown if left out
    #[arg(long)]
    seed: Option<u64>,
    /// Write one row per game to this file (.csv or .json)
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write one result file per game into this folder (for `portsmouth wall`)
    #[arg(long)]
    results_dir: Option<PathBuf>,
}

enum Output {
    Csv(CsvWriter<AtomicFile>),
    Json { file: AtomicFile, first: bool },
}

pub fn run(args: Args, _lang: Lang) -> Result<(), String> {
    let loaded = super::load_scenario(&args.scenario)?;
    let scenario = loaded.scenario.clone();
    let setup = &Setup {
        japan: args.japan,
        russia: args.russia,
        games: args.games,
        seed: args.seed.unwrap_or_else(super::fresh_seed),
    };
    let inputs = loaded.inputs();
    let mut outputs: Vec<(&str, &Path)> = args.out.iter().map(|p| ("--out", p.as_path())).collect();
    let replaced = match &args.results_dir {
        Some(dir) => results_replaced(dir, setup.games)?,
        None => Vec::new(),
    };
    outputs.extend(replaced.iter().map(|p| ("--results-dir", p.as_path())));
    super::check_outputs(&inputs, &outputs)?;
    let mut output = match &args.out {
        None => None,
        Some(path) => Some(open_output(path, &scenario)?),
    };
    if let Some(dir) = &args.results_dir {
        std::fs::create_dir_all(dir).map_err(|e| {
            format!(
                "--results-dir {}: cannot create the folder: {e}\n    help: give a folder that can be created, or an existing one",
                dir.display()
            )
        })?;
    }
    outln!(
        "{} — {} games, {} (Japan) v {} (Russia), seed {}",
        scenario.title,
        setup.games,
        setup.japan,
        setup.russia,
        setup.seed
    );
    let seats = [
        Seat::Computer(setup.japan.clone()),
        Seat::Computer(setup.russia.clone()),
    ];
    let progress = progress_bar(setup.games);
    let mut write_error: Option<String> = None;
    let start = Instant::now();
    let summary = simulate::run(&scenario, setup, |record: &GameRecord| {
        if record.index.is_multiple_of(1024) {
            progress.set_position(record.index);
        }
        if let (Some(out), None) = (output.as_mut(), &write_error)
            && let Err(e) = write_record(out, &scenario, setup, record)
        {
            let path = args.out.as_deref().unwrap_or(Path::new(""));
            write_error = Some(format!("{}: {e}\n    {}", path.display(), super::WRITE_HELP));
        }
        if let (Some(dir), None) = (&args.results_dir, &write_error) {
            let result = ResultFile::from_report(&scenario, &record.report, record.seed, &seats);
            let path = dir.join(result_name(record.index));
            if let Err(problem) = results::write(&path, &result) {
                write_error = Some(problem.to_string());
            }
        }
    })
    .map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    progress.finish_and_clear();
    if let Some(e) = write_error {
        return Err(format!("could not write the results: {e}"));
    }
    // The files first: a reader of the summary that goes away early must not cost them.
    if let (Some(out), Some(path)) = (output, &args.out) {
        finish_output(out, &summary)
            .map_err(|e| format!("could not write {}: {e}\n    {}", path.display(), super::WRITE_HELP))?;
    }
    print_summary(&scenario, &summary, elapsed.as_secs_f64());
    if let Some(path) = &args.out {
        outln!("Results written to {}", path.display());
    }
    if let Some(dir) = &args.results_dir {
        outln!(
            "One result file per game written to {} (show them with `portsmouth wall {}`)",
            dir.display(),
            dir.display()
        );
    }
    Ok(())
}

/// The name of game `index`'s result file (counted from 0; named from 1).
fn result_name(index: u64) -> String {
    format!("game-{:05}.ron", index + 1)
}

/// The files already in the results folder that the run would replace.
fn results_replaced(dir: &Path, games: u64) -> Result<Vec<PathBuf>, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // A folder that does not exist yet replaces nothing; one that cannot be made is reported when it is made.
        return Ok(Vec::new());
    };
    Ok(entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.strip_prefix("game-")
                .and_then(|n| n.strip_suffix(".ron"))
                .and_then(|n| n.parse::<u64>().ok())
                .is_some_and(|n| n >= 1 && n <= games && result_name(n - 1) == name)
        })
        .map(|e| e.path())
        .collect())
}

fn open_output(path: &Path, scenario: &Scenario) -> Result<Output, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let file = |p: &Path| {
        AtomicFile::create(p).map_err(|e| format!("cannot create {}: {e}\n    {}", p.display(), super::WRITE_HELP))
    };
    match extension.as_str() {
        "csv" => Ok(Output::Csv(
            CsvWriter::new(file(path)?, scenario).map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        )),
        "json" => {
            let mut f = file(path)?;
            write!(
                f,
                "{{\"scenario\":{},\"games\":[",
                serde_json::to_string(&scenario.id).unwrap_or_default()
            )
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            Ok(Output::Json { file: f, first: true })
        }
        _ => Err(format!(
            "--out {}: the file name must end in .csv or .json, which decides the format",
            path.display()
        )),
    }
}

fn write_record(out: &mut Output, scenario: &Scenario, setup: &Setup, record: &GameRecord) -> std::io::Result<()> {
    let row = Row::new(scenario, setup, record);
    match out {
        Output::Csv(csv) => csv.row(&row),
        Output::Json { file, first } => {
            if !*first {
                file.write_all(b",")?;
            }
            *first = false;
            serde_json::to_writer(&mut *file, &row).map_err(std::io::Error::other)
        }
    }
}

fn finish_output(out: Output, summary: &Summary) -> std::io::Result<()> {
    match out {
        Output::Csv(csv) => csv.into_inner().commit(),
        Output::Json { mut file, .. } => {
            let totals = serde_json::json!({
                "games": summary.games,
                "agreement_rate": summary.agreement_rate(),
                "mean_utility_japan": summary.mean_utility(Side::Japan),
                "mean_utility_russia": summary.mean_utility(Side::Russia),
                "pareto_share": summary.pareto_share(),
                "mean_nash_distance": summary.mean_nash_distance(),
                "mean_sessions": summary.mean_sessions(),
            });
            write!(file, "],\"summary\":{totals}}}")?;
            file.commit()
        }
    }
}

/// A bar on long runs, and only when a person is watching the terminal.
fn progress_bar(games: u64) -> ProgressBar {
    if games < 5_000 || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(games), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(games);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} games  {per_sec}  eta {eta}") {
        bar.set_style(style);
    }
    bar
}

fn print_summary(scenario: &Arc<Scenario>, summary: &Summary, seconds: f64) {
    let games = summary.games.max(1) as f64;
    outln!("\n{:<44} {:>9} {:>7}", "Outcome", "Games", "Share");
    for (o, &count) in summary.outcomes.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let title = scenario
            .outcomes
            .get(o)
            .map_or("(matches no outcome)", |x| x.title.as_str());
        outln!("{:<44} {:>9} {:>6.1}%", title, count, 100.0 * count as f64 / games);
    }
    outln!();
    outln!(
        "Agreement (a treaty in force): {:.1}%",
        100.0 * summary.agreement_rate()
    );
    outln!(
        "Mean utility: Japan {:.3}, Russia {:.3}   (mean advantage over breaking off: {:+.3} / {:+.3})",
        summary.mean_utility(Side::Japan),
        summary.mean_utility(Side::Russia),
        summary.mean_advantage(Side::Japan),
        summary.mean_advantage(Side::Russia)
    );
    if summary.agreements > 0 {
        outln!(
            "Pareto-optimal agreements: {:.1}% (within both final mandates: {:.1}%)",
            100.0 * summary.pareto_share(),
            100.0 * summary.pareto_within_mandates_share()
        );
        if scenario.history.is_some() {
            outln!(
                "The 1905 settlement (broad terms): {:.1}% of games",
                100.0 * summary.settlement_1905_share()
            );
        }
    }
    if summary.nash_distances > 0 {
        outln!("Mean distance to the Nash point: {:.3}", summary.mean_nash_distance());
    }
    outln!("Mean sessions held: {:.2}", summary.mean_sessions());
    if summary.refused_moves > 0 {
        outln!(
            "Moves refused by the rules (an agent's mistake): {}",
            summary.refused_moves
        );
    }
    outln!(
        "Speed: {:.0} games/s ({:.2} s on one thread)",
        summary.games as f64 / seconds.max(1e-9),
        seconds
    );
}
