//! The scenarios found in `scenarios/`, read and validated by the engine at start-up and
//! read again when a file there changes (see `watch`).

mod watch;

use super::paths::DataRoot;
use super::settings::Language;
use crate::engine::scenario::Scenario;
use crate::engine::scenario::translation::load_translated;
use crate::engine::source::diagnostic::Diagnostic;
use crate::i18n::Lang;
use bevy::prelude::*;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use watch::{CheckScenarios, POLL_SECONDS};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Catalog>();
    app.add_plugins(watch::plugin);
    app.add_systems(
        Update,
        read_in_new_language
            .after(crate::game::settings::FollowLanguage)
            .run_if(resource_changed::<Language>),
    );
}

/// The scenarios' prose follows the language: a new language reads the folder again with
/// its translation files (a game already begun keeps the words it began with).
fn read_in_new_language(language: Res<Language>, mut catalog: ResMut<Catalog>) {
    if catalog.lang != language.0 {
        let dir = catalog.dir.clone();
        *catalog = Catalog::read(&dir, language.0);
    }
}

/// One scenario file: loaded, or the first error that stopped it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub file: String,
    pub scenario: Result<Arc<Scenario>, Broken>,
    /// The scenario's files as read (root first), for saves to embed.
    pub files: Vec<(String, String)>,
}

/// Why a scenario file does not load: its first error, where it is and what to do, as
/// `portsmouth check` reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// `scenarios/name.ron:line:column`, or just the file when the error has no place.
    pub at: String,
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Broken {
    /// `dir` is the scenarios folder: places inside it are shown as `scenarios/…`, short
    /// enough to read on the screen and the same as a teacher types to `portsmouth check`.
    fn from_diagnostic(d: &Diagnostic, dir: &Path, file: &str) -> Broken {
        let shorten = |name: &str| {
            Path::new(name)
                .strip_prefix(dir)
                .map_or_else(|_| name.to_string(), |rest| format!("scenarios/{}", rest.display()))
        };
        let at = match &d.location {
            Some(l) => format!("{}:{}:{}", shorten(&l.file), l.line, l.column),
            None => format!("scenarios/{file}"),
        };
        Broken {
            at,
            message: format!("error[{}]: {}", d.rule, d.message),
            help: d.help.clone(),
        }
    }
}

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n    help: {}", self.help)?;
        }
        Ok(())
    }
}

impl Catalog {
    /// The scenarios that loaded, with their files.
    pub fn playable(&self) -> impl Iterator<Item = (&Arc<Scenario>, &[(String, String)])> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.scenario.as_ref().ok().map(|s| (s, e.files.as_slice())))
    }

    /// This catalogue's reading of `scenario` (the same file, by id and digest, with its prose
    /// in the catalogue's language), for a saved game read back.
    pub fn translation_of(&self, scenario: &Scenario) -> Option<&Arc<Scenario>> {
        self.playable()
            .map(|(s, _)| s)
            .find(|s| s.id == scenario.id && s.digest == scenario.digest)
    }

    /// The files that do not load, with their first errors.
    pub fn broken(&self) -> impl Iterator<Item = (&str, &Broken)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.scenario.as_ref().err().map(|b| (e.file.as_str(), b)))
    }

    /// Reads every `.ron` file of the folder `dir`, in the order a player meets them, with
    /// its prose in `lang` where a translation file beside it has it.
    pub fn read(dir: &Path, lang: Lang) -> Catalog {
        let stamp = watch::Stamp::of(dir);
        let mut entries: Vec<Entry> = stamp
            .files()
            .map(|file| {
                let path = dir.join(file);
                match load_translated(&path, lang) {
                    Ok(translated) => {
                        // A translation never stops a game: what is wrong with it is said
                        // here and by `portsmouth check`, and the original words stand in.
                        for problem in &translated.problems {
                            warn!("{problem}");
                        }
                        Entry {
                            file: file.to_string(),
                            scenario: Ok(translated.loaded.scenario),
                            files: translated.loaded.files,
                        }
                    }
                    Err(errors) => Entry {
                        file: file.to_string(),
                        scenario: Err(errors.first().map_or_else(
                            || Broken {
                                at: format!("scenarios/{file}"),
                                message: crate::tr!(lang, "catalog-does-not-load"),
                                help: crate::tr!(lang, "catalog-run-check"),
                            },
                            |d| Broken::from_diagnostic(d, dir, file),
                        )),
                        files: Vec::new(),
                    },
                }
            })
            .collect();
        // As the class server offers them; files that do not load last.
        entries.sort_by(|x, y| {
            fn key(e: &Entry) -> (bool, (u8, &str)) {
                match &e.scenario {
                    Ok(s) => (false, crate::game_files::offer_order(&s.id, &e.file)),
                    Err(_) => (true, (0, e.file.as_str())),
                }
            }
            key(x).cmp(&key(y))
        });
        Catalog {
            entries,
            dir: dir.to_path_buf(),
            stamp,
            lang,
        }
    }
}

#[derive(Resource, Debug)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    /// The folder read.
    pub dir: PathBuf,
    /// The folder's files as they were when read, to notice a change.
    stamp: watch::Stamp,
    /// The language its prose was read in.
    pub lang: Lang,
}

impl FromWorld for Catalog {
    fn from_world(world: &mut World) -> Self {
        let root = world
            .get_resource::<DataRoot>()
            .map_or_else(super::paths::data_root, |r| r.0.clone());
        let lang = world.get_resource::<Language>().map_or(Lang::English, |l| l.0);
        Catalog::read(&root.join("scenarios"), lang)
    }
}
