//! `portsmouth open`: the game, at the table of a saved game.

use super::out::errln;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Save file
    save: PathBuf,
    /// Redraw continuously for this many frames, print the frame times, and exit (a measurement)
    #[arg(long)]
    measure_frames: Option<u32>,
}

/// `lang` is the command line's `--lang`: the game's language is its own setting.
pub fn run(args: Args, lang: Option<portsmouth::i18n::Lang>) -> ExitCode {
    if let Some(lang) = lang {
        errln!("{}", portsmouth::tr!(lang, "cli-open-lang"));
        return ExitCode::FAILURE;
    }
    // Check the save here, so a damaged one is reported in the terminal, not in a window.
    if let Err(problem) = portsmouth::engine::records::save::load(&args.save) {
        errln!("{problem}");
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_open(args.save, args.measure_frames)
}
