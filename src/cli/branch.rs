//! `portsmouth branch`: list a saved game's turns, or make a what-if save that stops just
//! before one of them, with that turn's side handed to a player.

use portsmouth::engine::branch;
use portsmouth::engine::printable::printable;
use portsmouth::engine::save::{self, SaveFile};
use std::path::{Path, PathBuf};

pub fn run(path: &Path, turn: Option<usize>, out: Option<PathBuf>) -> Result<(), String> {
    let loaded = save::load(path).map_err(|d| d.to_string())?;
    let game = &loaded.game;
    let points = branch::points(game);
    let Some(turn) = turn else {
        println!(
            "{} — seed {} — {} turns",
            printable(&game.scenario().title),
            game.seed(),
            points.len()
        );
        for (i, point) in points.iter().enumerate() {
            let date = game.scenario().sessions[point.session].date.short();
            println!("{:>3}. session {} ({date}), {}:", i + 1, point.session + 1, point.side);
            for line in &point.lines {
                println!("       {}", printable(line));
            }
        }
        println!(
            "\nBranch before a turn with: portsmouth branch {} --turn N --out what-if.ron",
            path.display()
        );
        return Ok(());
    };
    let Some(out) = out else {
        return Err("say where to write the branch: --out FILE.ron".into());
    };
    if turn == 0 || turn > points.len() {
        return Err(format!("--turn {turn}: the game has turns 1 to {}", points.len()));
    }
    let original = SaveFile::of(game, &loaded.files, loaded.seats.clone()).with_players(loaded.players.clone());
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let what_if = branch::branch(&original, &name, turn - 1)?;
    save::write(&out, &what_if).map_err(|d| d.to_string())?;
    let point = &points[turn - 1];
    println!(
        "What-if written to {}: session {}, {} to decide turn {} again. Open it with `portsmouth open {}`.",
        out.display(),
        point.session + 1,
        point.side,
        turn,
        out.display()
    );
    Ok(())
}
