//! The command line's subcommands.

pub mod branch;
pub mod check;
pub mod estimate;
pub mod export;
pub mod loadtest;
#[cfg(feature = "gui")]
pub mod open;
pub mod out;
pub mod redteam;
pub mod replay;
pub mod serve;
pub mod simulate;
#[cfg(feature = "gui")]
pub mod tour;
pub mod tournament;
pub mod translate;
pub mod wall;
pub mod watch;

use portsmouth::engine::records::atomic::AtomicFile;
use portsmouth::engine::records::regular::{self, FileId};
use portsmouth::engine::scenario::{self, Scenario};
use portsmouth::i18n::Lang;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A scenario read for a command, with every file it was read from (its base files too).
pub struct LoadedScenario {
    pub scenario: Arc<Scenario>,
    pub files: Vec<(String, String)>,
}

impl LoadedScenario {
    /// The files read, as inputs that no output may overwrite.
    pub fn inputs(&self) -> Vec<Input> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, (name, _))| Input {
                what: if i == 0 {
                    "the scenario file"
                } else {
                    "a base file of the scenario"
                },
                path: PathBuf::from(name),
            })
            .collect()
    }
}

/// Loads a scenario for a command, printing warnings; errors become one message.
pub fn load_scenario(path: &Path) -> Result<LoadedScenario, String> {
    match scenario::load(path) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                out::errln!("{w}");
            }
            Ok(LoadedScenario {
                scenario: loaded.scenario,
                files: loaded.files,
            })
        }
        Err(errors) => Err(errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

/// Loads a scenario for a command with its prose in `lang` (from the translation files beside
/// it), printing warnings and whatever is wrong with the translation; the scenario's own
/// errors become one message, as in [`load_scenario`].
pub fn load_scenario_in(path: &Path, lang: Lang) -> Result<LoadedScenario, String> {
    match scenario::translation::load_translated(path, lang) {
        Ok(translated) => {
            for w in &translated.loaded.warnings {
                out::errln!("{w}");
            }
            for problem in &translated.problems {
                out::errln!("{problem}");
            }
            Ok(LoadedScenario {
                scenario: translated.loaded.scenario,
                files: translated.loaded.files,
            })
        }
        Err(errors) => Err(errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

/// A fresh seed when none is given; always printed, so any game can be replayed.
pub fn fresh_seed() -> u64 {
    portsmouth::engine::play::rng::fresh_seed()
}

/// A file a command reads, named for messages.
pub struct Input {
    pub what: &'static str,
    pub path: PathBuf,
}

/// Refuses, before any work is done, an output that cannot be written whole (not a regular
/// file, or in a folder that does not exist), that is one of the inputs by any path, link or
/// hard link, or that is another output. `outputs` are (flag, path).
pub fn check_outputs(inputs: &[Input], outputs: &[(&str, &Path)]) -> Result<(), String> {
    let inputs: Vec<(&Input, FileId)> = inputs
        .iter()
        .filter_map(|input| regular::identity(&input.path).ok().map(|id| (input, id)))
        .collect();
    let mut seen: HashMap<FileId, (&str, &Path)> = HashMap::new();
    for &(flag, path) in outputs {
        regular::check_output(path).map_err(|e| {
            format!(
                "{flag} {}: cannot write there: {e}\n    help: give the name of a file in an existing folder (the file is created, or replaced whole)",
                path.display()
            )
        })?;
        let id = regular::identity(path).map_err(|e| format!("{flag} {}: {e}", path.display()))?;
        if let Some((input, _)) = inputs.iter().find(|(_, input_id)| *input_id == id) {
            return Err(format!(
                "{flag} {}: this is {} the command reads ({}); writing there would destroy it\n    help: give the output another name",
                path.display(),
                input.what,
                input.path.display()
            ));
        }
        if let Some((other, other_path)) = seen.get(&id) {
            return Err(format!(
                "{flag} {}: this is the same file as {other} {}; one would overwrite the other\n    help: give each output its own name",
                path.display(),
                other_path.display()
            ));
        }
        seen.insert(id, (flag, path));
    }
    Ok(())
}

/// The help line of a file that could not be written.
pub const WRITE_HELP: &str = "help: check there is space on the disk and that the folder is writable; any previous version of the file is unchanged";

/// An output file created before a long run, so that a folder that cannot take it is known
/// before the work.
pub fn create_output(path: Option<&Path>) -> Result<Option<AtomicFile>, String> {
    path.map(|path| {
        AtomicFile::create(path).map_err(|e| format!("cannot create {}: {e}\n    {}", path.display(), WRITE_HELP))
    })
    .transpose()
}

/// Threads for a parallel run: one per core when left out or 0.
pub fn threads(asked: Option<usize>) -> usize {
    match asked {
        None | Some(0) => std::thread::available_parallelism().map_or(1, |n| n.get()),
        Some(n) => n,
    }
}
