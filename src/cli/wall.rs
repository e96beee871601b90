//! `portsmouth wall`: the class results wall of a folder of result files, printed, and
//! drawn into a PNG with `--out` (the game's own results-wall screen, photographed).

use portsmouth::engine::printable::printable;
use portsmouth::engine::wall::{self, Wall};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(folder: &Path, scenario: Option<String>, out: Option<PathBuf>) -> ExitCode {
    let read = match wall::read_folder(folder) {
        Ok(read) => read,
        Err(problem) => {
            eprintln!("{}", printable(&problem.to_string()));
            return ExitCode::FAILURE;
        }
    };
    for problem in &read.problems {
        eprintln!(
            "{}\n    (this file is left off the wall)",
            printable(&problem.to_string())
        );
    }
    let Some(figures) = Wall::of(&read.results, scenario.as_deref()) else {
        eprintln!(
            "{}: no results to show{}; export results from the game's debrief, or write some with `portsmouth simulate --results-dir {}`",
            folder.display(),
            scenario.map_or(String::new(), |s| format!(" for the scenario \"{s}\"")),
            folder.display()
        );
        return ExitCode::FAILURE;
    };
    print!("{}", printable(&wall::render_text(&figures)));
    match out {
        None => ExitCode::SUCCESS,
        Some(out) => draw(folder, Some(figures.scenario_id), out),
    }
}

#[cfg(feature = "gui")]
fn draw(folder: &Path, scenario: Option<String>, out: PathBuf) -> ExitCode {
    if !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("png")) {
        eprintln!(
            "--out {}: the picture is a PNG; give a name ending in .png",
            out.display()
        );
        return ExitCode::FAILURE;
    }
    portsmouth::game::run_wall(folder.to_path_buf(), scenario, out)
}

#[cfg(not(feature = "gui"))]
fn draw(_: &Path, _: Option<String>, out: PathBuf) -> ExitCode {
    eprintln!(
        "--out {}: this build has no window (built without the `gui` feature), so it cannot draw the wall; the figures are printed above",
        out.display()
    );
    ExitCode::FAILURE
}
