//! `portsmouth export`: a saved game's minutes as Markdown and its result as RON or JSON.

use portsmouth::engine::atomic;
use portsmouth::engine::minutes;
use portsmouth::engine::results::{self, ResultFile};
use portsmouth::engine::save;
use std::path::{Path, PathBuf};

pub fn run(path: &Path, minutes_to: Option<PathBuf>, result_to: Option<PathBuf>) -> Result<(), String> {
    if minutes_to.is_none() && result_to.is_none() {
        return Err("say what to write: --minutes FILE.md, --result FILE.ron (or .json), or both".into());
    }
    let loaded = save::load(path).map_err(|d| d.to_string())?;
    if let Some(out) = &minutes_to {
        let text = minutes::markdown(
            &loaded.game,
            &loaded.seats,
            loaded.players.as_deref(),
            loaded.origin.as_ref(),
        );
        atomic::write(out, text.as_bytes()).map_err(|e| format!("could not write {}: {e}", out.display()))?;
        println!("Minutes written to {}", out.display());
    }
    if let Some(out) = &result_to {
        let Some(result) = ResultFile::of(&loaded.game, &loaded.seats, loaded.players.as_deref()) else {
            return Err(format!(
                "{}: the game is not over yet (session {}), so it has no result; play it to the end first",
                path.display(),
                loaded.game.state().session + 1
            ));
        };
        results::write(out, &result).map_err(|d| d.to_string())?;
        println!("Result written to {}", out.display());
    }
    Ok(())
}
