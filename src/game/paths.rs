//! Where the game's files are: the folder holding `assets/` and `scenarios/`.

use bevy::prelude::*;
use std::path::PathBuf;

/// The folder with `assets/` and `scenarios/`.
#[derive(Resource, Clone, Debug)]
pub struct DataRoot(pub PathBuf);

pub use crate::game_files::data_root;

/// The player's own folder: settings and saved games. Tests and the tour point
/// `$PORTSMOUTH_HOME` elsewhere so they never touch a player's saves.
#[derive(Resource, Clone, Debug)]
pub struct Profile(pub PathBuf);

impl Profile {
    pub fn from_env() -> Profile {
        let dir = std::env::var_os("PORTSMOUTH_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("XDG_DATA_HOME").map(|d| PathBuf::from(d).join("portsmouth-1905")))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/portsmouth-1905")))
            .unwrap_or_else(|| PathBuf::from("portsmouth-1905"));
        Profile(dir)
    }

    pub fn settings(&self) -> PathBuf {
        self.0.join("settings.ron")
    }

    pub fn saves(&self) -> PathBuf {
        self.0.join("saves")
    }

    /// Minutes the player exported.
    pub fn exports(&self) -> PathBuf {
        self.0.join("exports")
    }

    /// Result files: the player's exported results, and the folder the class results wall
    /// reads (a teacher copies the class's files here).
    pub fn results(&self) -> PathBuf {
        self.0.join("results")
    }

    /// The newest autosave: what Continue resumes (a path that does not exist when there is
    /// none). Each game has its own (`new_autosave`), so this is the last game played.
    pub fn autosave(&self) -> PathBuf {
        crate::game::saves::newest_autosave(&self.saves()).unwrap_or_else(|| self.saves().join("autosave.ron"))
    }

    /// A fresh autosave file for a new game (or a branch, or a named save played on): no
    /// other game's autosave is ever written over.
    pub fn new_autosave(&self) -> PathBuf {
        crate::game::saves::new_autosave_path(&self.saves())
    }
}
