//! The game's own files: where they are (the folder holding `assets/` and `scenarios/`),
//! and the order its scenarios are offered in. The window and the class server look in the
//! same places and list in the same order, so a teacher who starts the server from any
//! folder gets the scenarios the game itself would open, the historical conference first.

use std::path::{Path, PathBuf};

/// Looks, in order, at `$PORTSMOUTH_DATA`, the crate folder when run by cargo, the current
/// folder and the executable's folder and its parents (a binary in target/release); else
/// the current folder.
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

/// The scenarios folder the game ships with.
pub fn scenarios() -> PathBuf {
    data_root().join("scenarios")
}

/// The sort key of a scenario with `id` read from `file`: the historical conference first
/// (what a class plays unless the teacher chooses otherwise), the tutorial next, then the
/// rest by file name.
pub fn offer_order<'a>(id: &str, file: &'a str) -> (u8, &'a str) {
    match id {
        "portsmouth-1905" => (0, ""),
        "tutorial" => (1, ""),
        _ => (2, file),
    }
}

#[cfg(test)]
mod tests {
    use super::offer_order;

    #[test]
    fn the_conference_comes_first_then_the_tutorial_then_the_rest_by_file() {
        let mut files = [
            ("tsar-holds-firm", "tsar-holds-firm.ron"),
            ("tutorial", "tutorial.ron"),
            ("japan-credit-runs-out", "japan-credit-runs-out.ron"),
            ("portsmouth-1905", "portsmouth-1905.ron"),
        ];
        files.sort_by_key(|(id, file)| offer_order(id, file));
        let ids: Vec<_> = files.iter().map(|f| f.0).collect();
        assert_eq!(
            ids,
            [
                "portsmouth-1905",
                "tutorial",
                "japan-credit-runs-out",
                "tsar-holds-firm"
            ]
        );
    }
}
