//! The command line's subcommands.

pub mod branch;
pub mod check;
pub mod errors;
pub mod estimate;
pub mod export;
pub mod help;
pub mod loadtest;
#[cfg(feature = "gui")]
pub mod open;
pub mod out;
pub mod redteam;
pub mod replay;
pub mod serve;
pub mod simulate;
use portsmouth::i18n::columns as table;
#[cfg(feature = "gui")]
pub mod tour;
pub mod tournament;
pub mod translate;
pub mod wall;
pub mod watch;

use portsmouth::engine::records::atomic::AtomicFile;
use portsmouth::engine::records::regular::{self, FileId};
use portsmouth::engine::scenario::{self, Scenario};
use portsmouth::engine::source::diagnostic::system_reason;
use portsmouth::i18n::Lang;
use portsmouth::tr;
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
                    InputKind::Scenario
                } else {
                    InputKind::BaseScenario
                },
                path: PathBuf::from(name),
            })
            .collect()
    }
}

/// Loads a scenario for a command, printing warnings; errors become one message, in `lang`.
pub fn load_scenario(path: &Path, lang: Lang) -> Result<LoadedScenario, String> {
    match scenario::load(path) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                out::errln!("{}", w.render_in(lang));
            }
            Ok(LoadedScenario {
                scenario: loaded.scenario,
                files: loaded.files,
            })
        }
        Err(errors) => Err(errors.iter().map(|e| e.render_in(lang)).collect::<Vec<_>>().join("\n")),
    }
}

/// Loads a scenario for a command with its prose in `lang` (from the translation files beside
/// it), printing warnings and whatever is wrong with the translation; the scenario's own
/// errors become one message, as in [`load_scenario`].
pub fn load_scenario_in(path: &Path, lang: Lang) -> Result<LoadedScenario, String> {
    match scenario::translation::load_translated(path, lang) {
        Ok(translated) => {
            for w in &translated.loaded.warnings {
                out::errln!("{}", w.render_in(lang));
            }
            for problem in &translated.problems {
                out::errln!("{}", problem.render_in(lang));
            }
            Ok(LoadedScenario {
                scenario: translated.loaded.scenario,
                files: translated.loaded.files,
            })
        }
        Err(errors) => Err(errors.iter().map(|e| e.render_in(lang)).collect::<Vec<_>>().join("\n")),
    }
}

/// The scenario as people read it in `lang` (its title, its outcomes' titles) for a command
/// that plays the scenario as written: the games and the files a script reads stay the same in
/// every language, and only what is printed for people is translated. Warnings were printed
/// when the scenario was loaded; only what is wrong with the translation is printed here, and a
/// translation that cannot be used leaves the prose as written.
pub fn prose_in(path: &Path, loaded: &LoadedScenario, lang: Lang) -> Arc<Scenario> {
    if lang == Lang::English {
        return loaded.scenario.clone();
    }
    match scenario::translation::load_translated(path, lang) {
        Ok(translated) => {
            for problem in &translated.problems {
                out::errln!("{}", problem.render_in(lang));
            }
            translated.loaded.scenario
        }
        Err(_) => loaded.scenario.clone(),
    }
}

/// A fresh seed when none is given; always printed, so any game can be replayed.
pub fn fresh_seed() -> u64 {
    portsmouth::engine::play::rng::fresh_seed()
}

/// A file a command reads, named for messages.
pub struct Input {
    pub what: InputKind,
    pub path: PathBuf,
}

/// What an input file is, for the message that refuses to overwrite it.
#[derive(Clone, Copy)]
pub enum InputKind {
    Scenario,
    BaseScenario,
    ScenarioLink,
    Save,
    Result,
}

impl InputKind {
    /// The selector the `cli-output-is-input` message chooses its words by.
    fn selector(self) -> &'static str {
        match self {
            InputKind::Scenario => "scenario",
            InputKind::BaseScenario => "base-scenario",
            InputKind::ScenarioLink => "scenario-link",
            InputKind::Save => "save",
            InputKind::Result => "result",
        }
    }
}

/// A message followed by its help line, indented under it as the command line writes them.
pub fn with_help(message: String, help: String) -> String {
    format!("{message}\n    {help}")
}

/// Refuses, before any work is done, an output that cannot be written whole (not a regular
/// file, or in a folder that does not exist), that is one of the inputs by any path, link or
/// hard link, or that is another output. `outputs` are (flag, path).
pub fn check_outputs(inputs: &[Input], outputs: &[(&str, &Path)], lang: Lang) -> Result<(), String> {
    let inputs: Vec<(&Input, FileId)> = inputs
        .iter()
        .filter_map(|input| regular::identity(&input.path).ok().map(|id| (input, id)))
        .collect();
    let mut seen: HashMap<FileId, (&str, &Path)> = HashMap::new();
    for &(flag, path) in outputs {
        let shown = path.display().to_string();
        regular::check_output(path).map_err(|e| {
            with_help(
                tr!(
                    lang,
                    "cli-output-cannot-write",
                    flag = flag,
                    path = shown.as_str(),
                    error = reason(&e, lang)
                ),
                tr!(lang, "cli-output-cannot-write-help"),
            )
        })?;
        let id = regular::identity(path).map_err(|e| {
            tr!(
                lang,
                "cli-option-problem",
                flag = format!("{flag} {shown}"),
                problem = reason(&e, lang)
            )
        })?;
        if let Some((input, _)) = inputs.iter().find(|(_, input_id)| *input_id == id) {
            return Err(with_help(
                tr!(
                    lang,
                    "cli-output-is-input",
                    flag = flag,
                    path = shown.as_str(),
                    what = input.what.selector(),
                    input = input.path.display().to_string()
                ),
                tr!(lang, "cli-output-is-input-help"),
            ));
        }
        if let Some((other, other_path)) = seen.get(&id) {
            return Err(with_help(
                tr!(
                    lang,
                    "cli-output-is-other-output",
                    flag = flag,
                    path = shown.as_str(),
                    other_flag = *other,
                    other_path = other_path.display().to_string()
                ),
                tr!(lang, "cli-output-is-other-output-help"),
            ));
        }
        seen.insert(id, (flag, path));
    }
    Ok(())
}

/// The help line of a file that could not be written.
pub fn write_help(lang: Lang) -> String {
    tr!(lang, "cli-write-help")
}

/// The system's reason for a failed read or write in `lang` (its own words in English), or
/// the game's, where it refused the place itself.
pub fn reason(error: &std::io::Error, lang: Lang) -> String {
    system_reason(error).in_lang(lang)
}

/// "could not write FILE: why", with the help line under it.
pub fn could_not_write(lang: Lang, path: &Path, error: std::io::Error) -> String {
    with_help(
        tr!(
            lang,
            "cli-could-not-write",
            path = path.display().to_string(),
            error = reason(&error, lang)
        ),
        write_help(lang),
    )
}

/// "cannot create FILE: why", with the help line under it.
pub fn cannot_create(lang: Lang, path: &Path, error: std::io::Error) -> String {
    with_help(
        tr!(
            lang,
            "cli-cannot-create",
            path = path.display().to_string(),
            error = reason(&error, lang)
        ),
        write_help(lang),
    )
}

/// An output file created before a long run, so that a folder that cannot take it is known
/// before the work.
pub fn create_output(path: Option<&Path>, lang: Lang) -> Result<Option<AtomicFile>, String> {
    path.map(|path| AtomicFile::create(path).map_err(|e| cannot_create(lang, path, e)))
        .transpose()
}

/// Threads for a parallel run: one per core when left out or 0, and never more than four
/// per core (or 8): each thread keeps its own memory of positions, some 20 MB once full, and
/// more threads than cores only wait their turn.
pub fn threads(asked: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match asked {
        None | Some(0) => cores,
        Some(n) => n.min((4 * cores).max(8)),
    }
}

#[cfg(test)]
mod tests {
    use super::threads;

    #[test]
    fn threads_default_to_the_cores_and_stay_within_four_per_core() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(threads(None), cores);
        assert_eq!(threads(Some(0)), cores);
        assert_eq!(threads(Some(1)), 1);
        assert_eq!(threads(Some(3)), 3);
        assert_eq!(threads(Some(100_000)), (4 * cores).max(8));
    }
}
