//! `portsmouth tour`: open the game, photograph each screen into a folder, and exit.

use super::out::errln;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder for the pictures (created if missing)
    dir: PathBuf,
    /// The language of the pictures: en, ja, ru, da or pseudo (default: en)
    #[arg(long)]
    lang: Option<portsmouth::i18n::Lang>,
}

pub fn run(args: Args) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        errln!(
            "cannot create the folder {}: {e}\n    help: give a folder that exists or can be created",
            args.dir.display()
        );
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_tour(args.dir, args.lang)
}
