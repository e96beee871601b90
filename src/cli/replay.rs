//! `portsmouth replay`: print a saved game's transcript and, if it is over, its debrief.

use super::out::{out, outln};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::records::save::{self, Seat};
use portsmouth::engine::records::{behind, narrate};
use portsmouth::i18n::Lang;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Save file
    save: PathBuf,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = save::load(&args.save).map_err(|d| d.to_string())?;
    let game = &loaded.game;
    let scenario = game.scenario();
    let seat = |s: &Seat| match s {
        Seat::Human => "a player".to_string(),
        Seat::Computer(name) => format!("the computer ({name})"),
    };
    outln!("{} — seed {}", scenario.title, game.seed());
    outln!(
        "Japan ({}): {}. Russia ({}): {}.",
        scenario.parties[0].player_title,
        seat(&loaded.seats[0]),
        scenario.parties[1].player_title,
        seat(&loaded.seats[1])
    );
    out!(
        "{}",
        narrate::render_in(lang, scenario, game.transcript(), None, game.treaty().is_some())
    );
    match Report::of(game) {
        Some(report) => {
            outln!("\n{}", narrate::debrief_in(lang, scenario, &report));
            out!(
                "{}",
                behind::debrief_section_in(lang, scenario, game.seed(), &loaded.seats)
            );
        }
        None => outln!(
            "\nThe game was saved in session {} of {}; it is {}'s turn.",
            game.state().session + 1,
            scenario.sessions.len(),
            game.to_move().map_or("nobody", |s| s.name())
        ),
    }
    Ok(())
}
