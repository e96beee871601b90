//! `portsmouth replay`: print a saved game's transcript and, if it is over, its debrief.

use portsmouth::engine::narrate;
use portsmouth::engine::printable::printable;
use portsmouth::engine::report::Report;
use portsmouth::engine::save::{self, Seat};
use std::path::Path;

pub fn run(path: &Path) -> Result<(), String> {
    let loaded = save::load(path).map_err(|d| d.to_string())?;
    let game = &loaded.game;
    let scenario = game.scenario();
    let seat = |s: &Seat| match s {
        Seat::Human => "a player".to_string(),
        Seat::Computer(name) => format!("the computer ({name})"),
    };
    println!("{} — seed {}", printable(&scenario.title), game.seed());
    let seats = format!(
        "Japan ({}): {}. Russia ({}): {}.",
        scenario.parties[0].player_title,
        seat(&loaded.seats[0]),
        scenario.parties[1].player_title,
        seat(&loaded.seats[1])
    );
    println!("{}", printable(&seats));
    print!(
        "{}",
        printable(&narrate::render(
            scenario,
            game.transcript(),
            None,
            game.treaty().is_some()
        ))
    );
    match Report::of(game) {
        Some(report) => println!("\n{}", printable(&narrate::debrief(scenario, &report))),
        None => println!(
            "\nThe game was saved in session {} of {}; it is {}'s turn.",
            game.state().session + 1,
            scenario.sessions.len(),
            game.to_move().map_or("nobody", |s| s.name())
        ),
    }
    Ok(())
}
