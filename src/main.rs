//! The command line: with no arguments, the game; subcommands for headless work.

mod cli;

use clap::{Parser, Subcommand};
use portsmouth::engine::agents;
use portsmouth::engine::printable::printable;
use portsmouth::engine::side::Side;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "portsmouth",
    version,
    about = "Portsmouth 1905: negotiate the end of the Russo-Japanese War as Komura or Witte",
    long_about = "Portsmouth 1905: negotiate the end of the Russo-Japanese War as Komura or Witte.\n\nWithout a subcommand the game opens in a window. The subcommands work without a display."
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate scenario files; print every problem with file:line:column (exit 1 on any error).
    Check {
        /// Scenario files (.ron)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print only problems
        #[arg(long, short)]
        quiet: bool,
        /// Also print the bargaining analysis: reservation values, the Nash treaty, the 1905 treaty
        #[arg(long)]
        analysis: bool,
    },
    /// Play many games between computer delegations and report the outcomes.
    Simulate {
        /// Scenario file
        #[arg(long)]
        scenario: PathBuf,
        /// Agent for Japan
        #[arg(long, default_value = "boulware", value_parser = agent_name)]
        japan: String,
        /// Agent for Russia
        #[arg(long, default_value = "conceder", value_parser = agent_name)]
        russia: String,
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
    },
    /// Every agent against every agent in both roles; one CSV row per pairing and a table.
    Tournament {
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
        #[arg(long, value_delimiter = ',', value_parser = agent_name)]
        agents: Vec<String>,
        /// Threads (default: one per core)
        #[arg(long)]
        threads: Option<usize>,
    },
    /// Watch one game between computer delegations: its transcript and debrief.
    Watch {
        /// Scenario file
        #[arg(long)]
        scenario: PathBuf,
        /// Agent for Japan
        #[arg(long, default_value = "historical", value_parser = agent_name)]
        japan: String,
        /// Agent for Russia
        #[arg(long, default_value = "historical", value_parser = agent_name)]
        russia: String,
        /// Seed; a fresh one is shown if left out
        #[arg(long)]
        seed: Option<u64>,
        /// Save the game to this file (RON), for `replay` or to open in the game
        #[arg(long)]
        save: Option<PathBuf>,
        /// Show only what one delegation could see: japan or russia
        #[arg(long, value_parser = side_name)]
        viewer: Option<Side>,
    },
    /// Print the transcript (and debrief) of a saved game.
    Replay {
        /// Save file
        save: PathBuf,
    },
    /// Write a saved game's minutes as Markdown and its result as a file (RON or JSON).
    Export {
        /// Save file
        save: PathBuf,
        /// The minutes (sessions, offers, replies with reasons, events, treaty, 1905) as Markdown
        #[arg(long)]
        minutes: Option<PathBuf>,
        /// The result (scenario, sides, seed, terms, utilities, outcome): .ron or .json
        #[arg(long)]
        result: Option<PathBuf>,
    },
    /// What-if: list a saved game's turns, or branch it before one turn into a new save.
    Branch {
        /// Save file
        save: PathBuf,
        /// The turn to decide differently (1-based, as listed); without it, the turns are listed
        #[arg(long)]
        turn: Option<usize>,
        /// The branch's save file (open it with `portsmouth open`)
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The class results wall of a folder of result files: outcomes, each article's spread,
    /// and who did better or worse than 1905. Printed; with --out also drawn as a picture.
    Wall {
        /// Folder of result files (.ron or .json)
        folder: PathBuf,
        /// Show this scenario's results (default: the scenario most results are from)
        #[arg(long)]
        scenario: Option<String>,
        /// Draw the wall into this PNG file (opens a window briefly; needs a display)
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Open the game at the table of a saved game (a teacher's prepared position, say).
    #[cfg(feature = "gui")]
    Open {
        /// Save file
        save: PathBuf,
        /// Redraw continuously for this many frames, print the frame times, and exit (a measurement)
        #[arg(long)]
        measure_frames: Option<u32>,
    },
    /// Open the game, save a picture of each screen into DIR, and exit.
    #[cfg(feature = "gui")]
    Tour {
        /// Folder for the pictures (created if missing)
        dir: PathBuf,
    },
}

/// An agent the engine knows, or `delegate:<level>` (the level is checked against the
/// scenario once it is loaded).
fn agent_name(name: &str) -> Result<String, String> {
    if agents::NAMES.contains(&name) || name.strip_prefix("delegate:").is_some_and(|level| !level.is_empty()) {
        Ok(name.to_string())
    } else {
        Err(format!(
            "unknown agent; choose one of: {}, or delegate:<level> for one of the scenario's difficulty levels",
            agents::NAMES.join(", ")
        ))
    }
}

fn side_name(name: &str) -> Result<Side, String> {
    Side::parse(name).ok_or_else(|| "choose japan or russia".to_string())
}

fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{}", printable(&message));
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match args.command {
        Some(Command::Check { files, quiet, analysis }) => {
            if cli::check::run(&files, quiet, analysis) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Some(Command::Simulate {
            scenario,
            japan,
            russia,
            games,
            seed,
            out,
            results_dir,
        }) => {
            let setup = portsmouth::engine::simulate::Setup {
                japan,
                russia,
                games,
                seed: seed.unwrap_or_else(cli::fresh_seed),
            };
            finish(cli::simulate::run(cli::simulate::Options {
                scenario,
                setup,
                out,
                results_dir,
            }))
        }
        Some(Command::Tournament {
            scenario,
            games,
            seed,
            out,
            agents: chosen,
            threads,
        }) => finish(cli::tournament::run(cli::tournament::Options {
            scenario,
            agents: if chosen.is_empty() {
                agents::NAMES.iter().map(|n| n.to_string()).collect()
            } else {
                chosen
            },
            games,
            seed: seed.unwrap_or_else(cli::fresh_seed),
            threads,
            out,
        })),
        Some(Command::Watch {
            scenario,
            japan,
            russia,
            seed,
            save,
            viewer,
        }) => finish(cli::watch::run(cli::watch::Options {
            scenario,
            japan,
            russia,
            seed: seed.unwrap_or_else(cli::fresh_seed),
            save,
            viewer,
        })),
        Some(Command::Replay { save }) => finish(cli::replay::run(&save)),
        Some(Command::Export { save, minutes, result }) => finish(cli::export::run(&save, minutes, result)),
        Some(Command::Branch { save, turn, out }) => finish(cli::branch::run(&save, turn, out)),
        Some(Command::Wall { folder, scenario, out }) => cli::wall::run(&folder, scenario, out),
        #[cfg(feature = "gui")]
        Some(Command::Tour { dir }) => {
            if let Err(e) = std::fs::create_dir_all(&dir) {
                eprintln!("cannot create {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
            portsmouth::game::run_tour(dir)
        }
        #[cfg(feature = "gui")]
        Some(Command::Open { save, measure_frames }) => {
            // Check the save here, so a damaged one is reported in the terminal, not in a window.
            if let Err(problem) = portsmouth::engine::save::load(&save) {
                eprintln!("{}", printable(&problem.to_string()));
                return ExitCode::FAILURE;
            }
            portsmouth::game::run_open(save, measure_frames)
        }
        None => run_game(),
    }
}

#[cfg(feature = "gui")]
fn run_game() -> ExitCode {
    portsmouth::game::run()
}

#[cfg(not(feature = "gui"))]
fn run_game() -> ExitCode {
    eprintln!(
        "This build has no window (built without the `gui` feature). Try `portsmouth --help` for the headless commands."
    );
    ExitCode::FAILURE
}
