//! `portsmouth redteam`: scripted strategies against the computer delegate, in both roles
//! and at each difficulty level, each beside what the delegate's self-play gives that side.

use super::out::outln;
use super::table;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::batch::redteam::{self, GridSize, Row, Setup};
use portsmouth::engine::play::side::Side;
use portsmouth::i18n::{self, Lang};
use portsmouth::tr;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Scenario file
    #[arg(long)]
    scenario: PathBuf,
    /// Difficulty levels of the delegate, comma-separated (default: all the scenario's)
    #[arg(long, value_delimiter = ',')]
    level: Vec<String>,
    /// The side the scripts play: japan, russia or both
    #[arg(long, default_value = "both", value_parser = sides)]
    side: SideChoice,
    /// Games per script, side and level (the same seeds for every script)
    #[arg(long, default_value_t = 200)]
    games: u64,
    /// Seed of the run (game i uses a seed derived from it)
    #[arg(long, default_value_t = 1905)]
    seed: u64,
    /// Write one row per script, side and level to this CSV file
    #[arg(long)]
    out: Option<PathBuf>,
    /// A few parameters per family instead of the full grid
    #[arg(long)]
    small: bool,
    /// Threads (default, or 0: one per core); the results do not depend on it
    #[arg(long)]
    threads: Option<usize>,
}

#[derive(Clone, Debug)]
struct SideChoice(Vec<Side>);

fn sides(name: &str) -> Result<SideChoice, super::errors::UnknownSide> {
    if name.eq_ignore_ascii_case("both") {
        return Ok(SideChoice(Side::BOTH.to_vec()));
    }
    Side::parse(name)
        .map(|s| SideChoice(vec![s]))
        .ok_or(super::errors::UnknownSide::NotJapanRussiaOrBoth)
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = super::load_scenario(&args.scenario, lang)?;
    let scenario = loaded.scenario.clone();
    // The title and outcomes as printed for people; the games and files use the scenario as written.
    let prose = super::prose_in(&args.scenario, &loaded, lang);
    let levels = redteam::levels(&scenario, &args.level).map_err(|e| {
        tr!(
            lang,
            "cli-option-problem",
            flag = "--level",
            problem = e.render_in(lang)
        )
    })?;
    let outputs: Vec<(&str, &Path)> = args.out.iter().map(|p| ("--out", p.as_path())).collect();
    super::check_outputs(&loaded.inputs(), &outputs, lang)?;
    let mut file = super::create_output(args.out.as_deref(), lang)?;
    let threads = super::threads(args.threads);
    let setup = Setup {
        scripts: redteam::grid(if args.small { GridSize::Small } else { GridSize::Full }),
        sides: args.side.0,
        levels,
        games: args.games,
        seed: args.seed,
        threads,
    };
    outln!(
        "{}",
        tr!(
            lang,
            "cli-redteam-heading",
            scenario = prose.title.as_str(),
            scripts = setup.scripts.len(),
            sides = setup.sides.len(),
            levels = setup.levels.len(),
            games = setup.games,
            seed = setup.seed.to_string(),
            threads = threads
        )
    );
    let games = (setup.scripts.len() * setup.sides.len() * setup.levels.len()) as u64 * setup.games;
    // A bar on long runs, and only when a person is watching the terminal.
    let progress = if games >= 5_000 && std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        // The template's own placeholders go in as values, so the translation places them.
        let template = tr!(
            lang,
            "cli-redteam-progress",
            bar = "{bar:40}",
            done = "{pos}",
            batches = "{len}",
            eta = "{eta}"
        );
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let start = Instant::now();
    let rows = redteam::run(&scenario, &setup, &|n, total| {
        progress.set_length(total as u64);
        progress.set_position(n as u64);
    })
    .map_err(|e| e.render_in(lang))?;
    progress.finish_and_clear();
    // The file first: a reader of the table that goes away early must not cost it.
    if let (Some(mut file), Some(path)) = (file.take(), &args.out) {
        redteam::write_csv(&mut file, &rows)
            .and_then(|()| file.commit())
            .map_err(|e| super::could_not_write(lang, path, e))?;
    }
    print_best(&rows, lang);
    print_level_gaps(&rows, &setup, lang);
    outln!(
        "{}",
        tr!(
            lang,
            "cli-time",
            seconds = i18n::decimal(lang, start.elapsed().as_secs_f64(), 1)
        )
    );
    if let Some(path) = &args.out {
        outln!(
            "{}",
            tr!(lang, "cli-results-written", path = path.display().to_string())
        );
    }
    Ok(())
}

/// Between the first and the last level played (as `--level` lists them, else as the scenario
/// does, the easiest first), how much more the best script takes against the first.
fn print_level_gaps(rows: &[Row], setup: &Setup, lang: Lang) {
    let (Some(easier), Some(harder)) = (setup.levels.first(), setup.levels.last()) else {
        return;
    };
    if easier == harder {
        return;
    }
    for &side in &setup.sides {
        if let Some(gap) = redteam::level_gap(rows, side, easier, harder) {
            outln!(
                "{}",
                tr!(
                    lang,
                    "cli-redteam-gap",
                    side = tr!(lang, "cli-side", side = side.name()),
                    gap = i18n::signed_decimal(lang, gap, 3),
                    easier = easier.as_str(),
                    harder = harder.as_str()
                )
            );
        }
    }
}

fn print_best(rows: &[Row], lang: Lang) {
    // (heading, the width the English table gives the column, left-aligned); a longer
    // heading widens its column.
    let headings = [
        (tr!(lang, "cli-redteam-side"), 7, true),
        (tr!(lang, "cli-redteam-level"), 10, true),
        (tr!(lang, "cli-redteam-best-script"), 21, true),
        (tr!(lang, "cli-redteam-params"), 38, true),
        (tr!(lang, "cli-redteam-utility"), 7, false),
        (tr!(lang, "cli-redteam-reference"), 7, false),
        (tr!(lang, "cli-redteam-gain"), 7, false),
        (tr!(lang, "cli-redteam-ceiling"), 7, false),
        (tr!(lang, "cli-redteam-agree"), 6, false),
        (tr!(lang, "cli-redteam-refused"), 7, false),
    ];
    let line = |cells: [String; 10]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&headings)
            .map(|(cell, (heading, w, left))| {
                let w = table::column(heading, *w);
                if *left {
                    table::left(cell, w)
                } else {
                    table::right(cell, w)
                }
            })
            .collect();
        padded.join(" ")
    };
    outln!();
    outln!("{}", line(headings.clone().map(|(h, _, _)| h)));
    for r in redteam::best_per_seat(rows) {
        outln!(
            "{}",
            line([
                tr!(lang, "cli-side", side = r.side.name()),
                r.level.to_string(),
                r.family.to_string(),
                r.params.to_string(),
                i18n::decimal(lang, r.utility_exploiter, 3),
                i18n::decimal(lang, r.reference_exploiter, 3),
                i18n::signed_decimal(lang, r.gain(), 3),
                i18n::decimal(lang, r.ceiling_exploiter, 3),
                i18n::percent(lang, r.agreement_rate, 0),
                r.refused.to_string(),
            ])
        );
    }
    let refused: u64 = rows.iter().map(|r| r.refused).sum();
    if refused > 0 {
        outln!("{}", tr!(lang, "cli-redteam-refused-turns", count = refused));
    }
}
