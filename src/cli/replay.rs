//! `portsmouth replay`: print a saved game's transcript and, if it is over, its debrief.

use super::out::{out, outln};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::records::save::{self, Seat};
use portsmouth::engine::records::{behind, chance, narrate};
use portsmouth::i18n::Lang;
use portsmouth::tr;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Save file
    save: PathBuf,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = save::load_in(&args.save, lang).map_err(|d| d.render_in(lang))?;
    let game = &loaded.game;
    let scenario = game.scenario();
    // Who played a side: the selector the `cli-replay-seats` message words it by, and the agent.
    let seat = |s: &Seat| match s {
        Seat::Human => ("human", String::new()),
        Seat::Computer(name) => ("computer", name.to_string()),
    };
    let ([japan, russia], [japan_agent, russia_agent]) = {
        let (j, r) = (seat(&loaded.seats[0]), seat(&loaded.seats[1]));
        ([j.0, r.0], [j.1, r.1])
    };
    outln!(
        "{}",
        tr!(
            lang,
            "cli-replay-heading",
            scenario = scenario.title.as_str(),
            seed = game.seed().to_string()
        )
    );
    outln!(
        "{}",
        tr!(
            lang,
            "cli-replay-seats",
            japan_title = scenario.parties[0].player_title.as_str(),
            japan = japan,
            japan_agent = japan_agent,
            russia_title = scenario.parties[1].player_title.as_str(),
            russia = russia,
            russia_agent = russia_agent
        )
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
            out!("{}", chance::debrief_section_in(lang, scenario, game.state()));
        }
        None => outln!(
            "\n{}",
            tr!(
                lang,
                "cli-replay-saved-in",
                session = game.state().session + 1,
                sessions = scenario.sessions.len(),
                side = game.to_move().map_or("nobody", |s| s.name())
            )
        ),
    }
    Ok(())
}
