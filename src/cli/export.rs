//! `portsmouth export`: a saved game's minutes as Markdown and its result as RON or JSON.

use super::out::outln;
use portsmouth::engine::classroom::minutes;
use portsmouth::engine::classroom::results::{self, ResultFile};
use portsmouth::engine::records::atomic;
use portsmouth::engine::records::save;
use portsmouth::i18n::Lang;
use portsmouth::tr;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Save file
    save: PathBuf,
    /// The minutes (sessions, offers, replies with reasons, events, treaty, 1905) as Markdown
    #[arg(long)]
    minutes: Option<PathBuf>,
    /// The result (scenario, sides, seed, terms, utilities, outcome): .ron or .json
    #[arg(long)]
    result: Option<PathBuf>,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let Args {
        save: path,
        minutes: minutes_to,
        result: result_to,
    } = args;
    if minutes_to.is_none() && result_to.is_none() {
        return Err(tr!(lang, "cli-export-nothing-asked"));
    }
    let outputs: Vec<(&str, &Path)> = [("--minutes", &minutes_to), ("--result", &result_to)]
        .into_iter()
        .filter_map(|(flag, p)| p.as_deref().map(|p| (flag, p)))
        .collect();
    let inputs = [super::Input {
        what: super::InputKind::Save,
        path: path.clone(),
    }];
    super::check_outputs(&inputs, &outputs, lang)?;
    let loaded = save::load_in(&path, lang).map_err(|d| d.render_in(lang))?;
    let mut written = Vec::new();
    if let Some(out) = &minutes_to {
        let text = minutes::markdown_in(
            lang,
            &loaded.game,
            &loaded.seats,
            loaded.players.as_deref(),
            loaded.origin.as_ref(),
        );
        atomic::write(out, text.as_bytes()).map_err(|e| super::could_not_write(lang, out, e))?;
        written.push(tr!(
            lang,
            "cli-export-minutes-written",
            path = out.display().to_string()
        ));
    }
    if let Some(out) = &result_to {
        // A result file is read by the wall and by scripts: its titles as the scenario writes
        // them, whatever the language of the minutes.
        let loaded = save::load(&path).map_err(|d| d.render_in(lang))?;
        let Some(result) = ResultFile::of(&loaded.game, &loaded.seats, loaded.players.as_deref()) else {
            return Err(tr!(
                lang,
                "cli-export-not-over",
                path = path.display().to_string(),
                session = loaded.game.state().session + 1
            ));
        };
        results::write(out, &result).map_err(|d| d.render_in(lang))?;
        written.push(tr!(lang, "cli-export-result-written", path = out.display().to_string()));
    }
    for line in written {
        outln!("{line}");
    }
    Ok(())
}
