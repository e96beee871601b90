//! A scenario and the base files it extends, each as written with its own bases merged in,
//! so each prose field can be given to the file that wrote its text: a counterfactual's
//! translation holds only what it changes; the rest comes from its base's translation.

use super::fields::{self, Field};
use crate::engine::scenario::file::ScenarioFile;
use crate::engine::scenario::{Disk, Files, read_file};
use crate::engine::source::SourceMap;
use crate::engine::source::diagnostic::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The root file, then each base it extends, nearest first.
pub struct Chain {
    pub root: ScenarioFile,
    pub sources: SourceMap,
    /// Each file's name and its fields' texts by key.
    pub links: Vec<(String, BTreeMap<String, String>)>,
}

impl Chain {
    pub fn read(path: &Path) -> Result<Chain, Vec<Diagnostic>> {
        Chain::read_from(&path.display().to_string(), &Disk)
    }

    /// The chain of the scenario named `name` in `files` (a save's own copies, say).
    pub fn read_from(name: &str, files: &dyn Files) -> Result<Chain, Vec<Diagnostic>> {
        let (root, sources) = read_file(name, files)?;
        let names: Vec<String> = sources.files().iter().map(|f| f.name.clone()).collect();
        let mut links = vec![(name.to_string(), texts(&root))];
        for base in names.iter().skip(1) {
            let (file, _) = read_file(base, files)?;
            links.push((base.clone(), texts(&file)));
        }
        Ok(Chain { root, sources, links })
    }

    /// Which file of the chain wrote the text of `key` as the root has it: the deepest base
    /// whose text (and every nearer file's) is the same.
    pub fn owner(&self, key: &str) -> usize {
        let Some(text) = self.links[0].1.get(key) else { return 0 };
        let mut owner = 0;
        for (i, (_, fields)) in self.links.iter().enumerate().skip(1) {
            if fields.get(key) != Some(text) {
                break;
            }
            owner = i;
        }
        owner
    }

    /// The prose fields the root file itself writes (all of them, for a file without a base).
    pub fn own_fields(&self) -> Vec<(Field, String)> {
        fields::list(&self.root)
            .into_iter()
            .filter(|(field, _)| self.owner(&field.key) == 0)
            .collect()
    }
}

fn texts(file: &ScenarioFile) -> BTreeMap<String, String> {
    fields::list(file).into_iter().map(|(f, text)| (f.key, text)).collect()
}

/// `scenarios/portsmouth-1905.ja.ftl` for `scenarios/portsmouth-1905.ron` and `ja`.
pub fn translation_path(scenario: &Path, code: &str) -> PathBuf {
    let stem = scenario
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    scenario.with_file_name(format!("{stem}.{code}.ftl"))
}
