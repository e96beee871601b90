//! `portsmouth wall`: the class results wall of a folder of result files, printed, and
//! drawn into a PNG with `--out` (the game's own results-wall screen, photographed).

use super::out::{errln, out};
use portsmouth::engine::classroom::wall::{self, Wall};
use portsmouth::i18n::Lang;
use portsmouth::tr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of result files (.ron or .json)
    folder: PathBuf,
    /// Show this scenario's results (default: the scenario most results are from)
    #[arg(long)]
    scenario: Option<String>,
    /// Draw the wall into this PNG file (opens a window briefly; needs a display)
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(args: Args, lang: Lang) -> ExitCode {
    let Args { folder, scenario, out } = args;
    let folder = folder.as_path();
    if let Some(out) = &out
        && let Err(problem) = super::check_outputs(&result_files(folder), &[("--out", out.as_path())], lang)
    {
        errln!("{problem}");
        return ExitCode::FAILURE;
    }
    let read = match wall::read_folder(folder) {
        Ok(read) => read,
        Err(problem) => {
            errln!("{}", problem.render_in(lang));
            return ExitCode::FAILURE;
        }
    };
    for problem in &read.problems {
        errln!("{}\n    {}", problem.render_in(lang), tr!(lang, "cli-wall-left-off"));
    }
    let Some(figures) = Wall::of(&read.results, scenario.as_deref()) else {
        let folder_shown = folder.display().to_string();
        let message = match &scenario {
            None => tr!(lang, "cli-wall-no-results", folder = folder_shown),
            Some(s) => tr!(
                lang,
                "cli-wall-no-results-for",
                folder = folder_shown,
                scenario = s.as_str()
            ),
        };
        errln!("{message}");
        return ExitCode::FAILURE;
    };
    out!("{}", wall::render_text_in(lang, &figures));
    match out {
        None => ExitCode::SUCCESS,
        Some(out) => draw(folder, Some(figures.scenario_id), out, lang),
    }
}

/// The files the wall reads, which its picture must not replace.
fn result_files(folder: &Path) -> Vec<super::Input> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron") || e.eq_ignore_ascii_case("json"))
        })
        .map(|path| super::Input {
            what: super::InputKind::Result,
            path,
        })
        .collect()
}

#[cfg(feature = "gui")]
fn draw(folder: &Path, scenario: Option<String>, out: PathBuf, lang: Lang) -> ExitCode {
    if !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("png")) {
        errln!("{}", tr!(lang, "cli-wall-not-png", path = out.display().to_string()));
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_wall(folder.to_path_buf(), scenario, out)
}

#[cfg(not(feature = "gui"))]
fn draw(_: &Path, _: Option<String>, out: PathBuf, lang: Lang) -> ExitCode {
    errln!("{}", tr!(lang, "cli-wall-no-window", path = out.display().to_string()));
    ExitCode::FAILURE
}
