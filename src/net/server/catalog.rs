//! The scenarios a teacher may open tables on (the `--scenarios` folder, read once at start),
//! and every scenario a stored table was played on, by content digest, so that tables share
//! one compiled scenario in memory however many there are.

use super::redact;
use crate::engine::scenario::translation::load_translated;
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
    /// The title and the levels' labels in each language the scenario has a translation
    /// for (the folder's scenarios only; a stored table's keeps its own words).
    pub translated: Arc<Vec<(Lang, Words)>>,
}

/// A scenario's words for its place in the catalogue, in one language.
#[derive(Clone, Debug)]
pub struct Words {
    pub title: String,
    /// In the order of the scenario's difficulties.
    pub levels: Vec<String>,
}

impl Compiled {
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
        self.translated
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, words)| words.clone())
            .unwrap_or_else(|| Words::of(&self.scenario, lang))
    }

    pub fn level_label(&self, id: &str) -> String {
        self.scenario
            .difficulties
            .iter()
            .find(|d| d.id == id)
            .map_or_else(|| id.to_string(), |d| d.label.clone())
    }
}

#[derive(Default)]
pub struct Catalog {
    /// The folder's scenarios by id, in file-name order.
    offered: Vec<Compiled>,
    by_digest: HashMap<String, Compiled>,
}

impl Catalog {
    /// Reads every `.ron` scenario in `dir`; a file that does not load is reported in
    /// `problems` and left out (one broken file must not keep a class from starting).
    pub fn read(dir: &Path) -> Result<(Catalog, Vec<String>), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            format!(
                "cannot read the scenarios folder {}: {e}\n    help: run the server where the `scenarios` folder is, or name it with --scenarios DIR",
                dir.display()
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
                        problems.push(format!(
                            "{}: a scenario with id `{}` was already read; this one is left out",
                            path.display(),
                            loaded.scenario.id
                        ));
                        continue;
                    }
                    let compiled = Compiled {
                        secrets: Arc::new(redact::secrets(&loaded.scenario)),
                        translated: Arc::new(translations(&path, &loaded.scenario)),
                        scenario: loaded.scenario,
                        files: Arc::new(loaded.files),
                        file,
                    };
                    catalog.by_digest.insert(compiled.digest(), compiled.clone());
                    catalog.offered.push(compiled);
                }
                Err(errors) => problems.push(format!(
                    "{}: left out, it does not load: {}",
                    path.display(),
                    errors.first().map_or_else(String::new, |e| e.to_string())
                )),
            }
        }
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
        let compiled = Compiled {
            secrets: Arc::new(redact::secrets(&loaded.scenario)),
            translated: Arc::default(),
            scenario: loaded.scenario,
            files: Arc::new(files),
            file,
        };
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

/// The scenario's words in every other language the game speaks: from its translation
/// file where there is one (read once, at start; one that does not load is left out and
/// the original words are shown).
fn translations(path: &Path, original: &Scenario) -> Vec<(Lang, Words)> {
    Lang::OFFERED
        .into_iter()
        .filter(|&lang| lang != Lang::English)
        .map(|lang| match load_translated(path, lang) {
            Ok(translated) if !translated.used.is_empty() => (lang, Words::of(&translated.loaded.scenario, lang)),
            _ => (lang, Words::of(original, lang)),
        })
        .collect()
}
