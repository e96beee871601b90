//! The scenarios found in `scenarios/`, read and validated by the engine at start-up.

use super::paths::DataRoot;
use crate::engine::scenario::{self, Scenario};
use bevy::prelude::*;
use std::sync::Arc;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Catalog>();
}

/// One scenario file: loaded, or the first error that stopped it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub file: String,
    pub scenario: Result<Arc<Scenario>, String>,
    /// The scenario's files as read (root first), for saves to embed.
    pub files: Vec<(String, String)>,
}

impl Catalog {
    /// The scenarios that loaded, with their files.
    pub fn playable(&self) -> impl Iterator<Item = (&Arc<Scenario>, &[(String, String)])> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.scenario.as_ref().ok().map(|s| (s, e.files.as_slice())))
    }
}

#[derive(Resource, Debug)]
pub struct Catalog {
    pub entries: Vec<Entry>,
}

impl FromWorld for Catalog {
    fn from_world(world: &mut World) -> Self {
        let root = world
            .get_resource::<DataRoot>()
            .map_or_else(super::paths::data_root, |r| r.0.clone());
        let dir = root.join("scenarios");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let mut entries: Vec<Entry> = files
            .iter()
            .map(|path| {
                let file = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                match scenario::load(path) {
                    Ok(loaded) => Entry {
                        file,
                        scenario: Ok(loaded.scenario),
                        files: loaded.files,
                    },
                    Err(errors) => Entry {
                        file,
                        scenario: Err(errors
                            .first()
                            .map_or_else(|| "does not load".to_string(), ToString::to_string)),
                        files: Vec::new(),
                    },
                }
            })
            .collect();
        // The historical scenario first, the tutorial next, then the rest by title.
        entries.sort_by_key(|e| match e.scenario.as_ref().map(|s| s.id.as_str()) {
            Ok("portsmouth-1905") => (0, String::new()),
            Ok("tutorial") => (1, String::new()),
            Ok(_) => (2, e.file.clone()),
            Err(_) => (3, e.file.clone()),
        });
        Catalog { entries }
    }
}
