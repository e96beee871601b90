//! The command line: with no arguments, the game; subcommands for headless work.

mod cli;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "portsmouth", version, about = "Portsmouth 1905: negotiate the end of the Russo-Japanese War")]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate scenario files; print every problem with file:line:column.
    Check {
        /// Scenario files (.ron)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print only problems
        #[arg(long, short)]
        quiet: bool,
        /// Also print the bargaining analysis: reservation values, Nash treaty, 1905 treaty
        #[arg(long)]
        analysis: bool,
    },
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
        None => ExitCode::SUCCESS,
    }
}
