//! `portsmouth simulate`: many games between computer delegations.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::atomic::AtomicFile;
use portsmouth::engine::printable::printable;
use portsmouth::engine::results::{self, ResultFile};
use portsmouth::engine::save::Seat;
use portsmouth::engine::scenario::Scenario;
use portsmouth::engine::side::Side;
use portsmouth::engine::simulate::{self, CsvWriter, GameRecord, Row, Setup, Summary};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

pub struct Options {
    pub scenario: PathBuf,
    pub setup: Setup,
    pub out: Option<PathBuf>,
    /// One result file per game in this folder, for the class results wall.
    pub results_dir: Option<PathBuf>,
}

enum Output {
    Csv(CsvWriter<AtomicFile>),
    Json { file: AtomicFile, first: bool },
}

pub fn run(options: Options) -> Result<(), String> {
    simulate::check_games(options.setup.games, 1)?;
    let scenario = super::load_scenario(&options.scenario)?;
    let setup = &options.setup;
    let mut output = match &options.out {
        None => None,
        Some(path) => Some(open_output(path, &scenario)?),
    };
    println!(
        "{} — {} games, {} (Japan) v {} (Russia), seed {}",
        printable(&scenario.title),
        setup.games,
        setup.japan,
        setup.russia,
        setup.seed
    );
    if let Some(dir) = &options.results_dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create the folder {}: {e}", dir.display()))?;
    }
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
            write_error = Some(e.to_string());
        }
        if let (Some(dir), None) = (&options.results_dir, &write_error) {
            let result = ResultFile::from_report(&scenario, &record.report, record.seed, &seats);
            let path = dir.join(format!("game-{:05}.ron", record.index + 1));
            if let Err(problem) = results::write(&path, &result) {
                write_error = Some(problem.to_string());
            }
        }
    })?;
    let elapsed = start.elapsed();
    progress.finish_and_clear();
    if let Some(e) = write_error {
        return Err(format!("could not write the results: {e}"));
    }
    print_summary(&scenario, &summary, elapsed.as_secs_f64());
    if let (Some(out), Some(path)) = (output, &options.out) {
        finish_output(out, &summary).map_err(|e| format!("could not write {}: {e}", path.display()))?;
        println!("Results written to {}", path.display());
    }
    if let Some(dir) = &options.results_dir {
        println!(
            "One result file per game written to {} (show them with `portsmouth wall {}`)",
            dir.display(),
            dir.display()
        );
    }
    Ok(())
}

fn open_output(path: &Path, scenario: &Scenario) -> Result<Output, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let file = |p: &Path| AtomicFile::create(p).map_err(|e| format!("cannot create {}: {e}", p.display()));
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
    println!("\n{:<44} {:>9} {:>7}", "Outcome", "Games", "Share");
    for (o, &count) in summary.outcomes.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let title = scenario
            .outcomes
            .get(o)
            .map_or("(matches no outcome)", |x| x.title.as_str());
        println!(
            "{:<44} {:>9} {:>6.1}%",
            printable(title),
            count,
            100.0 * count as f64 / games
        );
    }
    println!();
    println!(
        "Agreement (a treaty in force): {:.1}%",
        100.0 * summary.agreement_rate()
    );
    println!(
        "Mean utility: Japan {:.3}, Russia {:.3}   (mean advantage over breaking off: {:+.3} / {:+.3})",
        summary.mean_utility(Side::Japan),
        summary.mean_utility(Side::Russia),
        summary.mean_advantage(Side::Japan),
        summary.mean_advantage(Side::Russia)
    );
    if summary.agreements > 0 {
        println!(
            "Pareto-optimal agreements: {:.1}% (within both final mandates: {:.1}%)",
            100.0 * summary.pareto_share(),
            100.0 * summary.pareto_within_mandates_share()
        );
        if scenario.history.is_some() {
            println!(
                "The 1905 settlement (broad terms): {:.1}% of games",
                100.0 * summary.settlement_1905_share()
            );
        }
    }
    if summary.nash_distances > 0 {
        println!("Mean distance to the Nash point: {:.3}", summary.mean_nash_distance());
    }
    println!("Mean sessions held: {:.2}", summary.mean_sessions());
    if summary.refused_moves > 0 {
        println!(
            "Moves refused by the rules (an agent's mistake): {}",
            summary.refused_moves
        );
    }
    println!(
        "Speed: {:.0} games/s ({:.2} s on one thread)",
        summary.games as f64 / seconds.max(1e-9),
        seconds
    );
}
