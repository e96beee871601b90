//! `portsmouth watch`: one game between computer delegations, printed as a transcript
//! with its debrief; optionally saved for `replay` or for the game to load.

use portsmouth::engine::agents;
use portsmouth::engine::game::Game;
use portsmouth::engine::narrate;
use portsmouth::engine::printable::printable;
use portsmouth::engine::report::Report;
use portsmouth::engine::save::{self, SaveFile, Seat};
use portsmouth::engine::scenario;
use portsmouth::engine::side::Side;
use std::path::PathBuf;

pub struct Options {
    pub scenario: PathBuf,
    pub japan: String,
    pub russia: String,
    pub seed: u64,
    pub save: Option<PathBuf>,
    /// Show only what this side could see.
    pub viewer: Option<Side>,
}

pub fn run(options: Options) -> Result<(), String> {
    let loaded = scenario::load(&options.scenario)
        .map_err(|e| e.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))?;
    let scenario = loaded.scenario;
    let mut japan = agents::for_scenario(&options.japan, Side::Japan, options.seed, &scenario)?;
    let mut russia = agents::for_scenario(&options.russia, Side::Russia, options.seed, &scenario)?;
    let mut game = Game::new(scenario.clone(), options.seed);
    let refused = agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    println!(
        "{} — {} (Japan) v {} (Russia), seed {}",
        printable(&scenario.title),
        options.japan,
        options.russia,
        options.seed
    );
    print!(
        "{}",
        printable(&narrate::render(
            &scenario,
            game.transcript(),
            options.viewer,
            game.treaty().is_some()
        ))
    );
    let report = Report::of(&game).ok_or("the game did not end")?;
    println!("\n{}", printable(&narrate::debrief(&scenario, &report)));
    if refused > 0 {
        eprintln!("note: the rules refused {refused} move(s) by an agent; it passed instead");
    }
    if let Some(path) = &options.save {
        let seats = [
            Seat::Computer(options.japan.clone()),
            Seat::Computer(options.russia.clone()),
        ];
        save::write(path, &SaveFile::of(&game, &loaded.files, seats)).map_err(|d| d.to_string())?;
        println!("Saved to {}", path.display());
    }
    Ok(())
}
