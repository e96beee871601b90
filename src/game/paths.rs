//! Where the game's files are: the folder holding `assets/` and `scenarios/`.

use bevy::prelude::*;
use std::path::{Path, PathBuf};

/// The folder with `assets/` and `scenarios/`.
#[derive(Resource, Clone, Debug)]
pub struct DataRoot(pub PathBuf);

/// Looks, in order, at `$PORTSMOUTH_DATA`, the crate folder when run by cargo, the current
/// folder and the executable's folder and its parents (a binary in target/release).
pub fn data_root() -> PathBuf {
    let has_data = |dir: &Path| dir.join("assets").is_dir() && dir.join("scenarios").is_dir();
    let mut candidates: Vec<PathBuf> = Vec::new();
    candidates.extend(std::env::var_os("PORTSMOUTH_DATA").map(PathBuf::from));
    candidates.extend(std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from));
    candidates.extend(std::env::current_dir().ok());
    if let Ok(exe) = std::env::current_exe() {
        candidates.extend(exe.ancestors().skip(1).take(4).map(Path::to_path_buf));
    }
    candidates
        .into_iter()
        .find(|d| has_data(d))
        .unwrap_or_else(|| PathBuf::from("."))
}
