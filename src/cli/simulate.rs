//! `portsmouth simulate`: many games between computer delegations.

use super::out::outln;
use super::table;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::agents::AgentSpec;
use portsmouth::engine::batch::simulate::{self, CsvWriter, GameRecord, Row, Setup, Summary};
use portsmouth::engine::classroom::results::{self, ResultFile};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::atomic::AtomicFile;
use portsmouth::engine::records::save::Seat;
use portsmouth::engine::scenario::Scenario;
use portsmouth::i18n::{self, Lang};
use portsmouth::tr;
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
    /// Threads (default, or 0: one per core); the results do not depend on it
    #[arg(long)]
    threads: Option<usize>,
}

enum Output {
    Csv(CsvWriter<AtomicFile>),
    Json { file: AtomicFile, first: bool },
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = super::load_scenario(&args.scenario, lang)?;
    let scenario = loaded.scenario.clone();
    // The title and outcomes as printed for people; the games and files use the scenario as written.
    let prose = super::prose_in(&args.scenario, &loaded, lang);
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
    super::check_outputs(&inputs, &outputs, lang)?;
    let mut output = match &args.out {
        None => None,
        Some(path) => Some(open_output(path, &scenario, lang)?),
    };
    if let Some(dir) = &args.results_dir {
        std::fs::create_dir_all(dir).map_err(|e| {
            super::with_help(
                tr!(
                    lang,
                    "cli-simulate-results-dir-cannot-create",
                    folder = dir.display().to_string(),
                    error = super::reason(&e, lang)
                ),
                tr!(lang, "cli-simulate-results-dir-cannot-create-help"),
            )
        })?;
    }
    outln!(
        "{}",
        tr!(
            lang,
            "cli-simulate-heading",
            scenario = prose.title.as_str(),
            games = setup.games,
            japan = setup.japan.to_string(),
            russia = setup.russia.to_string(),
            seed = setup.seed.to_string()
        )
    );
    let seats = [
        Seat::Computer(setup.japan.clone()),
        Seat::Computer(setup.russia.clone()),
    ];
    let progress = progress_bar(setup.games, lang);
    let mut write_error: Option<String> = None;
    let threads = super::threads(args.threads);
    let start = Instant::now();
    let summary = simulate::run_on(&scenario, setup, threads, |record: &GameRecord| {
        if record.index.is_multiple_of(1024) {
            progress.set_position(record.index);
        }
        if let (Some(out), None) = (output.as_mut(), &write_error)
            && let Err(e) = write_record(out, &scenario, setup, record)
        {
            let path = args.out.as_deref().unwrap_or(Path::new(""));
            write_error = Some(super::with_help(
                format!("{}: {}", path.display(), super::reason(&e, lang)),
                super::write_help(lang),
            ));
        }
        if let (Some(dir), None) = (&args.results_dir, &write_error) {
            let result = ResultFile::from_report(&scenario, &record.report, record.seed, &seats);
            let path = dir.join(result_name(record.index));
            if let Err(problem) = results::write(&path, &result) {
                write_error = Some(problem.render_in(lang));
            }
        }
    })
    .map_err(|e| e.render_in(lang))?;
    let elapsed = start.elapsed();
    progress.finish_and_clear();
    if let Some(e) = write_error {
        return Err(tr!(lang, "cli-simulate-could-not-write-results", error = e));
    }
    // The files first: a reader of the summary that goes away early must not cost them.
    if let (Some(out), Some(path)) = (output, &args.out) {
        finish_output(out, &summary).map_err(|e| super::could_not_write(lang, path, e))?;
    }
    print_summary(
        &prose,
        &summary,
        elapsed.as_secs_f64(),
        simulate::threads_for(setup.games, threads),
        lang,
    );
    if let Some(path) = &args.out {
        outln!(
            "{}",
            tr!(lang, "cli-results-written", path = path.display().to_string())
        );
    }
    if let Some(dir) = &args.results_dir {
        outln!(
            "{}",
            tr!(
                lang,
                "cli-simulate-results-dir-written",
                folder = dir.display().to_string()
            )
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

fn open_output(path: &Path, scenario: &Scenario, lang: Lang) -> Result<Output, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let file = |p: &Path| AtomicFile::create(p).map_err(|e| super::cannot_create(lang, p, e));
    let cannot_write = |e: std::io::Error| {
        tr!(
            lang,
            "cli-cannot-write",
            path = path.display().to_string(),
            error = super::reason(&e, lang)
        )
    };
    match extension.as_str() {
        "csv" => Ok(Output::Csv(
            CsvWriter::new(file(path)?, scenario).map_err(cannot_write)?,
        )),
        "json" => {
            let mut f = file(path)?;
            write!(
                f,
                "{{\"scenario\":{},\"games\":[",
                serde_json::to_string(&scenario.id).unwrap_or_default()
            )
            .map_err(cannot_write)?;
            Ok(Output::Json { file: f, first: true })
        }
        _ => Err(tr!(lang, "cli-simulate-out-format", path = path.display().to_string())),
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
                "mean_pareto_distance": summary.mean_pareto_distance(),
                "mean_nash_distance": summary.mean_nash_distance(),
                "mean_sessions": summary.mean_sessions(),
            });
            write!(file, "],\"summary\":{totals}}}")?;
            file.commit()
        }
    }
}

/// A bar on long runs, and only when a person is watching the terminal.
fn progress_bar(games: u64, lang: Lang) -> ProgressBar {
    if games < 5_000 || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(games), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(games);
    // The template's own placeholders go in as values, so the translation places them.
    let template = tr!(
        lang,
        "cli-simulate-progress",
        bar = "{bar:40}",
        done = "{pos}",
        games = "{len}",
        rate = "{per_sec}",
        eta = "{eta}"
    );
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

fn print_summary(scenario: &Arc<Scenario>, summary: &Summary, seconds: f64, threads: usize, lang: Lang) {
    let games = summary.games.max(1) as f64;
    let (outcome, count, share) = (
        tr!(lang, "cli-simulate-outcome"),
        tr!(lang, "cli-simulate-games"),
        tr!(lang, "cli-simulate-share"),
    );
    let widths = [
        table::column(&outcome, 44),
        table::column(&count, 9),
        table::column(&share, 7),
    ];
    outln!(
        "\n{} {} {}",
        table::left(&outcome, widths[0]),
        table::right(&count, widths[1]),
        table::right(&share, widths[2])
    );
    let unmatched = tr!(lang, "cli-simulate-no-outcome");
    for (o, &n) in summary.outcomes.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let title = scenario
            .outcomes
            .get(o)
            .map_or(unmatched.as_str(), |x| x.title.as_str());
        outln!(
            "{} {} {}",
            table::left(title, widths[0]),
            table::right(&n.to_string(), widths[1]),
            table::right(&i18n::percent(lang, n as f64 / games, 1), widths[2])
        );
    }
    outln!();
    outln!(
        "{}",
        tr!(
            lang,
            "cli-simulate-agreement",
            share = i18n::percent(lang, summary.agreement_rate(), 1)
        )
    );
    if summary.zone_games > 0 {
        outln!(
            "{}",
            tr!(
                lang,
                "cli-simulate-agreement-zone",
                share = i18n::percent(lang, summary.agreement_where_zone(), 1),
                games = summary.zone_games
            )
        );
    }
    outln!(
        "{}",
        tr!(
            lang,
            "cli-simulate-mean-utility",
            japan = i18n::decimal(lang, summary.mean_utility(Side::Japan), 3),
            russia = i18n::decimal(lang, summary.mean_utility(Side::Russia), 3),
            japan_advantage = i18n::signed_decimal(lang, summary.mean_advantage(Side::Japan), 3),
            russia_advantage = i18n::signed_decimal(lang, summary.mean_advantage(Side::Russia), 3)
        )
    );
    if summary.agreements > 0 {
        outln!(
            "{}",
            tr!(
                lang,
                "cli-simulate-pareto",
                share = i18n::percent(lang, summary.pareto_share(), 1),
                within = i18n::percent(lang, summary.pareto_within_mandates_share(), 1)
            )
        );
        outln!(
            "{}",
            tr!(
                lang,
                "cli-simulate-pareto-distance",
                distance = i18n::decimal(lang, summary.mean_pareto_distance(), 3)
            )
        );
        if scenario.history.is_some() {
            outln!(
                "{}",
                tr!(
                    lang,
                    "cli-simulate-settlement-1905",
                    share = i18n::percent(lang, summary.settlement_1905_share(), 1)
                )
            );
        }
    }
    if summary.nash_distances > 0 {
        outln!(
            "{}",
            tr!(
                lang,
                "cli-simulate-nash-distance",
                distance = i18n::decimal(lang, summary.mean_nash_distance(), 3)
            )
        );
    }
    outln!(
        "{}",
        tr!(
            lang,
            "cli-simulate-mean-sessions",
            sessions = i18n::decimal(lang, summary.mean_sessions(), 2)
        )
    );
    if summary.refused_moves > 0 {
        outln!(
            "{}",
            tr!(lang, "cli-simulate-refused-moves", count = summary.refused_moves)
        );
    }
    outln!(
        "{}",
        tr!(
            lang,
            "cli-simulate-speed",
            rate = i18n::decimal(lang, summary.games as f64 / seconds.max(1e-9), 0),
            seconds = i18n::decimal(lang, seconds, 2),
            threads = threads
        )
    );
}
