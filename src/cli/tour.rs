//! `portsmouth tour`: open the game, photograph each screen into a folder, and exit.

use super::out::errln;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder for the pictures (created if missing)
    dir: PathBuf,
}

/// The pictures are in `lang` (the command line's `--lang`), English if none is given, so
/// that they compare from machine to machine.
pub fn run(args: Args, lang: Option<portsmouth::i18n::Lang>) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        errln!(
            "cannot create the folder {}: {e}\n    help: give a folder that exists or can be created",
            args.dir.display()
        );
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_tour(args.dir, lang)
}
