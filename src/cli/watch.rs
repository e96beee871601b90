//! `portsmouth watch`: one game between computer delegations, printed as a transcript
//! with its debrief; optionally saved for `replay` or for the game to load.

use super::out::{errln, out, outln};
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use portsmouth::engine::records::{behind, chance, narrate};
use portsmouth::engine::scenario::translation::translations_beside;
use portsmouth::i18n::Lang;
use portsmouth::tr;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Scenario file
    #[arg(long)]
    scenario: PathBuf,
    /// Agent for Japan
    #[arg(long, default_value = "historical")]
    japan: AgentSpec,
    /// Agent for Russia
    #[arg(long, default_value = "historical")]
    russia: AgentSpec,
    /// Seed; a fresh one is shown if left out
    #[arg(long)]
    seed: Option<u64>,
    /// Save the game to this file (RON), for `replay` or to open in the game
    #[arg(long)]
    save: Option<PathBuf>,
    /// Show only what one delegation could see: japan or russia
    #[arg(long, value_parser = crate::side_name)]
    viewer: Option<Side>,
}

/// The scenario's prose is in `lang`, from the translation file beside it where there is
/// one: the same game in other words.
pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = super::load_scenario_in(&args.scenario, lang)?;
    let outputs: Vec<(&str, &Path)> = args.save.iter().map(|p| ("--save", p.as_path())).collect();
    super::check_outputs(&loaded.inputs(), &outputs, lang)?;
    let scenario = loaded.scenario;
    let seed = args.seed.unwrap_or_else(super::fresh_seed);
    let mut japan = agents::make(&args.japan, Side::Japan, seed, &scenario).map_err(|e| e.render_in(lang))?;
    let mut russia = agents::make(&args.russia, Side::Russia, seed, &scenario).map_err(|e| e.render_in(lang))?;
    let mut game = Game::new(scenario.clone(), seed);
    let refused = agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let report = Report::of(&game).ok_or_else(|| tr!(lang, "cli-watch-did-not-end"))?;
    // The save first: a reader of the transcript that goes away early must not cost it.
    if let Some(path) = &args.save {
        let seats = [Seat::Computer(args.japan.clone()), Seat::Computer(args.russia.clone())];
        let save = SaveFile::of(&game, &loaded.files, seats).with_translations(translations_beside(&loaded.files));
        save::write(path, &save).map_err(|d| d.render_in(lang))?;
    }
    outln!(
        "{}",
        tr!(
            lang,
            "cli-watch-heading",
            scenario = scenario.title.as_str(),
            japan = args.japan.to_string(),
            russia = args.russia.to_string(),
            seed = seed.to_string()
        )
    );
    out!(
        "{}",
        narrate::render_in(lang, &scenario, game.transcript(), args.viewer, game.treaty().is_some())
    );
    let seats = [Seat::Computer(args.japan.clone()), Seat::Computer(args.russia.clone())];
    outln!("\n{}", narrate::debrief_in(lang, &scenario, &report));
    out!("{}", behind::debrief_section_in(lang, &scenario, seed, &seats));
    out!("{}", chance::debrief_section_in(lang, &scenario, game.state()));
    if refused > 0 {
        errln!("{}", tr!(lang, "cli-watch-refused", count = refused));
    }
    if let Some(path) = &args.save {
        outln!("{}", tr!(lang, "cli-watch-saved", path = path.display().to_string()));
    }
    Ok(())
}
