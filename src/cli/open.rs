//! `portsmouth open`: the game, at the table of a saved game.

use super::out::errln;
use portsmouth::i18n::Lang;
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

/// `chosen` is the command line's `--lang`, refused: the game's language is its own
/// setting. `lang` is the terminal's language (the system's, then), for what is printed there.
pub fn run(args: Args, chosen: Option<Lang>, lang: Lang) -> ExitCode {
    if let Some(chosen) = chosen {
        errln!("{}", portsmouth::tr!(chosen, "cli-open-lang"));
        return ExitCode::FAILURE;
    }
    // Check the save here, so a damaged one is reported in the terminal, not in a window.
    if let Err(problem) = portsmouth::engine::records::save::load(&args.save) {
        errln!("{}", problem.render_in(lang));
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_open(args.save, args.measure_frames)
}
