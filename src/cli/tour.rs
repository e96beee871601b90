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
        let lang = lang.unwrap_or(portsmouth::i18n::Lang::English);
        errln!(
            "{}",
            super::with_help(
                portsmouth::tr!(
                    lang,
                    "cli-tour-cannot-create",
                    folder = args.dir.display().to_string(),
                    error = e.to_string()
                ),
                portsmouth::tr!(lang, "cli-tour-cannot-create-help"),
            )
        );
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_tour(args.dir, lang)
}
