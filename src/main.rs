//! The command line: with no arguments, the game; subcommands for headless work.

mod cli;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use portsmouth::engine::play::side::Side;
use portsmouth::i18n::Lang;
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
    /// The language of the output, and of the scenario's prose where there is a translation:
    /// en, ja, ru, da or pseudo (default: the system's language, else English)
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<Lang>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate scenario files; print every problem with file:line:column (exit 1 on any error).
    Check(cli::check::Args),
    /// Write a scenario's translation template: every prose field with its text, to translate.
    Translate(cli::translate::Args),
    /// Play many games between computer delegations and report the outcomes.
    Simulate(cli::simulate::Args),
    /// Every agent against every agent in both roles; one CSV row per pairing and a table.
    Tournament(cli::tournament::Args),
    /// Scripted strategies against the computer delegate, in both roles and at each level,
    /// beside the delegate's self-play; one CSV row per script, side and level.
    Redteam(cli::redteam::Args),
    /// Watch one game between computer delegations: its transcript and debrief.
    Watch(cli::watch::Args),
    /// Print the transcript (and debrief) of a saved game.
    Replay(cli::replay::Args),
    /// Write a saved game's minutes as Markdown and its result as a file (RON or JSON).
    Export(cli::export::Args),
    /// How the other delegation is likely to receive a draft in a saved game, and what it
    /// would take for it to sign now.
    Estimate(cli::estimate::Args),
    /// What-if: list a saved game's turns, or branch it before one turn into a new save.
    Branch(cli::branch::Args),
    /// The class results wall of a folder of result files: outcomes, each article's spread,
    /// and who did better or worse than 1905. Printed; with --out also drawn as a picture.
    Wall(cli::wall::Args),
    /// The class server: tables of students, computer delegations and outside agents on the
    /// network, the teacher's dashboard in a browser; the class kept in DIR/class.sqlite.
    Serve(cli::serve::Args),
    /// Load-test a running class server: N tables of two protocol clients playing to the end;
    /// games finished, move round trips and the server's CPU time and peak memory.
    Loadtest(cli::loadtest::Args),
    /// Open the game at the table of a saved game (a teacher's prepared position, say).
    #[cfg(feature = "gui")]
    Open(cli::open::Args),
    /// Open the game, save a picture of each screen into DIR, and exit.
    #[cfg(feature = "gui")]
    Tour(cli::tour::Args),
}

fn side_name(name: &str) -> Result<Side, cli::errors::UnknownSide> {
    Side::parse(name).ok_or(cli::errors::UnknownSide::NotJapanOrRussia)
}

fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            cli::out::errln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The language of a command's output: the one chosen with `--lang`, else the system's.
fn output_lang(chosen: Option<Lang>) -> Lang {
    chosen.unwrap_or_else(Lang::from_system)
}

/// The arguments, parsed by a command whose help and errors speak the language asked for.
fn parse() -> Result<Args, ExitCode> {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = output_lang(cli::help::chosen_lang(&argv));
    let command = cli::help::command_in(Args::command(), lang);
    command
        .try_get_matches_from(argv)
        .and_then(|mut matches| Args::from_arg_matches_mut(&mut matches))
        .map_err(|error| cli::errors::report(error, lang))
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let Some(command) = args.command else {
        if let Some(lang) = args.lang {
            // The game has its own picker, and its choice is saved: a flag here would fight it.
            eprintln!("{}", portsmouth::tr!(lang, "cli-game-lang"));
            return ExitCode::FAILURE;
        }
        return run_game();
    };
    let chosen = args.lang;
    let lang = output_lang(chosen);
    if matches!(
        command,
        Command::Simulate(_)
            | Command::Tournament(_)
            | Command::Redteam(_)
            | Command::Watch(_)
            | Command::Export(_)
            | Command::Branch(_)
            | Command::Translate(_)
    ) {
        // Ctrl-C while files are being written removes their temporaries, then exits. (The
        // commands that open a window keep Bevy's own handler, which ends the app in order.)
        let _ = ctrlc::set_handler(|| {
            portsmouth::engine::records::atomic::remove_unfinished();
            std::process::exit(130);
        });
    }
    let code = match command {
        Command::Check(args) => {
            if cli::check::run(args, lang) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Translate(args) => finish(cli::translate::run(args, chosen)),
        Command::Simulate(args) => finish(cli::simulate::run(args, lang)),
        Command::Tournament(args) => finish(cli::tournament::run(args, lang)),
        Command::Redteam(args) => finish(cli::redteam::run(args, lang)),
        Command::Watch(args) => finish(cli::watch::run(args, lang)),
        Command::Replay(args) => finish(cli::replay::run(args, lang)),
        Command::Estimate(args) => finish(cli::estimate::run(args, lang)),
        Command::Export(args) => finish(cli::export::run(args, lang)),
        Command::Branch(args) => finish(cli::branch::run(args, lang)),
        Command::Wall(args) => cli::wall::run(args, lang),
        Command::Serve(args) => finish(cli::serve::run(args, lang)),
        Command::Loadtest(args) => finish(cli::loadtest::run(args, lang)),
        #[cfg(feature = "gui")]
        Command::Tour(args) => cli::tour::run(args, chosen, lang),
        #[cfg(feature = "gui")]
        Command::Open(args) => cli::open::run(args, chosen, lang),
    };
    cli::out::finish(code, lang)
}

#[cfg(feature = "gui")]
fn run_game() -> ExitCode {
    portsmouth::game::run()
}

#[cfg(not(feature = "gui"))]
fn run_game() -> ExitCode {
    eprintln!("{}", portsmouth::tr!(Lang::from_system(), "cli-no-window"));
    ExitCode::FAILURE
}
