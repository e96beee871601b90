//! `portsmouth tournament`: every agent against every agent, in both roles.

use super::out::outln;
use super::table;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::batch::tournament::{self, Pairing};
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

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = super::load_scenario(&args.scenario, lang)?;
    let scenario = loaded.scenario.clone();
    // The title and outcomes as printed for people; the games and files use the scenario as written.
    let prose = super::prose_in(&args.scenario, &loaded, lang);
    let agents: Vec<AgentSpec> = if args.agents.is_empty() {
        agents::BUILT_IN.to_vec()
    } else {
        args.agents
    };
    let seed = args.seed.unwrap_or_else(super::fresh_seed);
    let outputs: Vec<(&str, &Path)> = args.out.iter().map(|p| ("--out", p.as_path())).collect();
    super::check_outputs(&loaded.inputs(), &outputs, lang)?;
    let mut file = super::create_output(args.out.as_deref(), lang)?;
    let threads = super::threads(args.threads);
    let pairings = agents.len() * agents.len();
    outln!(
        "{}",
        tr!(
            lang,
            "cli-tournament-heading",
            scenario = prose.title.as_str(),
            agents = agents.len(),
            pairings = pairings,
            games = args.games,
            seed = seed.to_string(),
            threads = threads
        )
    );
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(pairings as u64), ProgressDrawTarget::stderr());
        // The template's own placeholders go in as values, so the translation places them.
        let template = tr!(
            lang,
            "cli-tournament-progress",
            bar = "{bar:40}",
            done = "{pos}",
            pairings = "{len}"
        );
        if let Ok(style) = ProgressStyle::with_template(&template) {
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
    .map_err(|e| e.render_in(lang))?;
    progress.finish_and_clear();
    // The file first: a reader of the table that goes away early must not cost it.
    if let (Some(mut file), Some(path)) = (file.take(), &args.out) {
        tournament::write_csv(&mut file, &results)
            .and_then(|()| file.commit())
            .map_err(|e| super::could_not_write(lang, path, e))?;
    }
    print_table(&results, &agents, lang);
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

fn print_table(results: &[Pairing], agents: &[AgentSpec], lang: Lang) {
    // (heading, the width the English table gives the column); a longer heading widens it.
    let headings = [
        (tr!(lang, "cli-tournament-japan"), 12),
        (tr!(lang, "cli-tournament-russia"), 12),
        (tr!(lang, "cli-tournament-agree"), 7),
        (tr!(lang, "cli-tournament-in-zone"), 7),
        (tr!(lang, "cli-tournament-utility-japan"), 7),
        (tr!(lang, "cli-tournament-utility-russia"), 7),
        (tr!(lang, "cli-tournament-pareto"), 7),
        (tr!(lang, "cli-tournament-in-mandates"), 8),
        (tr!(lang, "cli-tournament-pareto-distance"), 7),
        (tr!(lang, "cli-tournament-nash-distance"), 7),
        (tr!(lang, "cli-tournament-sessions"), 8),
    ];
    let widths: Vec<usize> = headings.iter().map(|(h, w)| table::column(h, *w)).collect();
    let line = |cells: [String; 11]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &w))| {
                if i < 2 {
                    table::left(cell, w)
                } else {
                    table::right(cell, w)
                }
            })
            .collect();
        padded.join(" ")
    };
    outln!();
    outln!("{}", line(headings.clone().map(|(h, _)| h)));
    for p in results {
        let s = &p.summary;
        outln!(
            "{}",
            line([
                p.japan.to_string(),
                p.russia.to_string(),
                i18n::percent(lang, s.agreement_rate(), 1),
                i18n::percent(lang, s.agreement_where_zone(), 1),
                i18n::decimal(lang, s.mean_utility(Side::Japan), 3),
                i18n::decimal(lang, s.mean_utility(Side::Russia), 3),
                i18n::percent(lang, s.pareto_share(), 1),
                i18n::percent(lang, s.pareto_within_mandates_share(), 1),
                i18n::decimal(lang, s.mean_pareto_distance(), 3),
                i18n::decimal(lang, s.mean_nash_distance(), 3),
                i18n::decimal(lang, s.mean_sessions(), 2),
            ])
        );
    }
    outln!("{}", tr!(lang, "cli-tournament-zone-note"));
    outln!("{}", tr!(lang, "cli-tournament-pareto-distance-note"));
    outln!();
    outln!("{}", tr!(lang, "cli-tournament-by-role"));
    let (agent, as_japan, as_russia) = (
        tr!(lang, "cli-tournament-agent"),
        tr!(lang, "cli-tournament-as-japan"),
        tr!(lang, "cli-tournament-as-russia"),
    );
    // "as Russia" sticks out one column past its figures in English; a translated heading
    // longer than that widens its column.
    let as_russia_width = match table::width(&as_russia) {
        w if w <= "as Russia".len() => 8,
        w => w,
    };
    let widths = [table::column(&agent, 12), table::column(&as_japan, 8), as_russia_width];
    outln!(
        "{} {} {}",
        table::left(&agent, widths[0]),
        table::right(&as_japan, widths[1]),
        table::right(&as_russia, widths[2])
    );
    for agent in agents {
        outln!(
            "{} {} {}",
            table::left(&agent.to_string(), widths[0]),
            table::right(
                &i18n::decimal(lang, tournament::mean_utility_in_role(results, agent, Side::Japan), 3),
                widths[1]
            ),
            table::right(
                &i18n::decimal(lang, tournament::mean_utility_in_role(results, agent, Side::Russia), 3),
                widths[2]
            )
        );
    }
}
