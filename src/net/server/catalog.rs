//! The scenarios a teacher may open tables on (the `--scenarios` folder, read once at start),
//! and every scenario a stored table was played on, by content digest, so that tables share
//! one compiled scenario in memory however many there are.

use super::prose::{ProseCache, Worded};
use crate::engine::records::confidential;
use crate::engine::scenario::{self, InMemory, Scenario};
use crate::i18n::Lang;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// A scenario compiled, with the files it was read from (stored with each table).
#[derive(Clone)]
pub struct Compiled {
    pub scenario: Arc<Scenario>,
    pub files: Arc<Vec<(String, String)>>,
    /// The file's name in the folder (`portsmouth-1905.ron`).
    pub file: String,
    /// Per side, the confidential texts the other seat must never be sent.
    pub secrets: Arc<[Vec<String>; 2]>,
    /// The scenario in each language a seat or a page asked for, compiled once.
    prose: Arc<ProseCache>,
}

/// A scenario's words for its place in the catalogue, in one language.
#[derive(Clone, Debug)]
pub struct Words {
    pub title: String,
    /// In the order of the scenario's difficulties.
    pub levels: Vec<String>,
}

impl Compiled {
    fn new(scenario: Arc<Scenario>, files: Vec<(String, String)>, file: String) -> Compiled {
        Compiled {
            secrets: Arc::new(confidential::secrets(&scenario)),
            scenario,
            files: Arc::new(files),
            file,
            prose: Arc::default(),
        }
    }

    /// The scenario with its prose in `lang` (as written where it has no usable translation),
    /// and the confidential texts to keep from a seat reading it. The game is the same.
    pub fn worded(&self, lang: Lang) -> Worded {
        self.worded_telling(lang, &mut |_| {})
    }

    /// As [`Compiled::worded`]; `problems` hears what was wrong with the translation if this
    /// call compiled it.
    fn worded_telling(&self, lang: Lang, problems: &mut dyn FnMut(Vec<crate::i18n::Message>)) -> Worded {
        let original = Worded {
            scenario: self.scenario.clone(),
            secrets: self.secrets.clone(),
        };
        self.prose.worded(lang, &original, &self.files, problems)
    }

    pub fn digest(&self) -> String {
        format!("{:016x}", self.scenario.digest)
    }

    /// A difficulty level by id or label, any case: its id.
    pub fn level_id(&self, level: &str) -> Option<String> {
        self.scenario
            .difficulties
            .iter()
            .find(|d| d.id.eq_ignore_ascii_case(level) || d.label.eq_ignore_ascii_case(level))
            .map(|d| d.id.clone())
    }

    /// The title and levels' labels in `lang`, else as the scenario writes them.
    pub fn words(&self, lang: Lang) -> Words {
        Words::of(&self.worded(lang).scenario, lang)
    }
}

/// The most problems told of one scenario's translation in one language at start.
const MAX_PROBLEMS_TOLD: usize = 3;

#[derive(Default)]
pub struct Catalog {
    /// The folder's scenarios by id, in file-name order.
    offered: Vec<Compiled>,
    by_digest: HashMap<String, Compiled>,
}

impl Catalog {
    /// Reads every `.ron` scenario in `dir`; a file that does not load is reported in
    /// `problems` and left out (one broken file must not keep a class from starting).
    /// The error and the problems are in `lang`, for the teacher at the terminal.
    pub fn read(dir: &Path, lang: Lang) -> Result<(Catalog, Vec<String>), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            format!(
                "{}\n    {}",
                crate::tr!(
                    lang,
                    "cli-serve-no-scenarios-folder",
                    folder = dir.display().to_string(),
                    error = crate::engine::source::diagnostic::system_reason(&e).in_lang(lang)
                ),
                crate::tr!(lang, "cli-serve-no-scenarios-folder-help")
            )
        })?;
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
            .collect();
        paths.sort();
        let mut catalog = Catalog::default();
        let mut problems = Vec::new();
        for path in paths {
            match scenario::load(&path) {
                Ok(loaded) => {
                    let file = path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    if catalog.offered.iter().any(|c| c.scenario.id == loaded.scenario.id) {
                        problems.push(crate::tr!(
                            lang,
                            "cli-serve-scenario-twice",
                            path = path.display().to_string(),
                            id = loaded.scenario.id.as_str()
                        ));
                        continue;
                    }
                    let compiled = Compiled::new(loaded.scenario, loaded.files, file);
                    // Every language compiled now, while the class starts: no student waits
                    // for it on joining, and a broken translation is named at once.
                    for translated in Lang::OFFERED {
                        compiled.worded_telling(translated, &mut |found| {
                            problems.extend(
                                found
                                    .into_iter()
                                    .take(MAX_PROBLEMS_TOLD)
                                    .map(|problem| problem.in_lang(lang)),
                            )
                        });
                    }
                    catalog.by_digest.insert(compiled.digest(), compiled.clone());
                    catalog.offered.push(compiled);
                }
                Err(errors) => problems.push(crate::tr!(
                    lang,
                    "cli-serve-scenario-left-out",
                    path = path.display().to_string(),
                    error = errors.first().map_or_else(String::new, |e| e.render_in(lang))
                )),
            }
        }
        catalog.offered.sort_by(|x, y| {
            crate::game_files::offer_order(&x.scenario.id, &x.file)
                .cmp(&crate::game_files::offer_order(&y.scenario.id, &y.file))
        });
        Ok((catalog, problems))
    }

    pub fn offered(&self) -> &[Compiled] {
        &self.offered
    }

    pub fn by_id(&self, id: &str) -> Option<&Compiled> {
        self.offered.iter().find(|c| c.scenario.id == id)
    }

    /// The scenario a stored table was played on, compiled from its stored files once per digest.
    pub fn stored(
        &mut self,
        digest: &str,
        files: impl FnOnce() -> Result<Vec<(String, String)>, String>,
    ) -> Result<Compiled, String> {
        if let Some(compiled) = self.by_digest.get(digest) {
            return Ok(compiled.clone());
        }
        let files = files()?;
        let root = files
            .first()
            .map(|(n, _)| n.clone())
            .ok_or("no scenario files stored")?;
        let loaded = scenario::load_from(&root, &InMemory(&files)).map_err(|errors| {
            errors
                .into_iter()
                .find(|d| d.is_error())
                .map_or_else(|| "the stored scenario does not load".to_string(), |d| d.to_string())
        })?;
        let file = Path::new(&root)
            .file_name()
            .map_or_else(|| root.clone(), |n| n.to_string_lossy().into_owned());
        let compiled = Compiled::new(loaded.scenario, files, file);
        if compiled.digest() != digest {
            return Err(format!(
                "the stored scenario's digest is {}, not {digest}",
                compiled.digest()
            ));
        }
        self.by_digest.insert(digest.to_string(), compiled.clone());
        Ok(compiled)
    }
}

impl Words {
    /// The words of `scenario` (already in `lang` where it has a translation): a standard
    /// level the scenario did not rename is the game's own word, from the catalogue.
    fn of(scenario: &Scenario, lang: Lang) -> Words {
        let standard = scenario::Difficulty::standard();
        let levels = scenario
            .difficulties
            .iter()
            .map(|level| {
                let unchanged = standard
                    .iter()
                    .any(|d| d.id == level.id && d.label == level.label && d.description == level.description);
                match level.id.as_str() {
                    "yielding" | "steady" | "shrewd" if unchanged => {
                        crate::i18n::text(lang, &format!("session-difficulty-{}", level.id))
                    }
                    _ => level.label.clone(),
                }
            })
            .collect();
        Words {
            title: scenario.title.clone(),
            levels,
        }
    }
}
