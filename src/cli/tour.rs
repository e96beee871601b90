//! `portsmouth tour`: open the game, photograph each screen into a folder, and exit.

use super::out::errln;
use portsmouth::i18n::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder for the pictures (created if missing)
    dir: PathBuf,
}

/// The pictures are in `chosen` (the command line's `--lang`), English if none is given, so
/// that they compare from machine to machine; what is printed in the terminal is in `lang`
/// (`--lang`, else the system's), as every command prints.
pub fn run(args: Args, chosen: Option<Lang>, lang: Lang) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        errln!(
            "{}",
            super::with_help(
                portsmouth::tr!(
                    lang,
                    "cli-tour-cannot-create",
                    folder = args.dir.display().to_string(),
                    error = super::reason(&e, lang)
                ),
                portsmouth::tr!(lang, "cli-tour-cannot-create-help"),
            )
        );
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_tour(args.dir, chosen)
}
