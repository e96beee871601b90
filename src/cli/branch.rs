//! `portsmouth branch`: list a saved game's turns, or make a what-if save that stops just
//! before one of them, with that turn's side handed to a player.

use super::out::outln;
use portsmouth::engine::classroom::branch;
use portsmouth::engine::records::save::{self, SaveFile};
use portsmouth::i18n::{self, Lang};
use portsmouth::tr;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Save file
    save: PathBuf,
    /// The turn to decide differently (1-based, as listed); without it, the turns are listed
    #[arg(long)]
    turn: Option<usize>,
    /// The branch's save file (open it with `portsmouth open`)
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let Args { save: path, turn, out } = args;
    let path = path.as_path();
    let outputs: Vec<(&str, &Path)> = out.iter().map(|p| ("--out", p.as_path())).collect();
    let inputs = [super::Input {
        what: super::InputKind::Save,
        path: path.to_path_buf(),
    }];
    super::check_outputs(&inputs, &outputs, lang)?;
    let loaded = save::load_in(path, lang).map_err(|d| d.render_in(lang))?;
    let game = &loaded.game;
    let points = branch::points_in(lang, game);
    let Some(turn) = turn else {
        outln!(
            "{}",
            tr!(
                lang,
                "cli-branch-heading",
                scenario = game.scenario().title.as_str(),
                seed = game.seed().to_string(),
                turns = points.len()
            )
        );
        for (i, point) in points.iter().enumerate() {
            let date = i18n::short_date(lang, game.scenario().sessions[point.session].date);
            outln!(
                "{:>3}. {}",
                i + 1,
                tr!(
                    lang,
                    "cli-branch-turn",
                    session = point.session + 1,
                    date = date,
                    side = point.side.name()
                )
            );
            for line in &point.lines {
                outln!("       {line}");
            }
        }
        outln!("\n{}", tr!(lang, "cli-branch-how", save = path.display().to_string()));
        return Ok(());
    };
    let Some(out) = out else {
        return Err(tr!(lang, "cli-branch-no-out"));
    };
    if turn == 0 || turn > points.len() {
        return Err(tr!(lang, "cli-branch-no-such-turn", turn = turn, last = points.len()));
    }
    let original = SaveFile::of(game, &loaded.files, loaded.seats.clone())
        .with_translations(loaded.translations.clone())
        .with_players(loaded.players.clone());
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let what_if = branch::branch(&original, &name, turn - 1)
        .map_err(|e| tr!(lang, "cli-branch-no-such-turn", turn = e.at + 1, last = e.turns))?;
    save::write(&out, &what_if).map_err(|d| d.render_in(lang))?;
    let point = &points[turn - 1];
    outln!(
        "{}",
        tr!(
            lang,
            "cli-branch-written",
            path = out.display().to_string(),
            session = point.session + 1,
            side = point.side.name(),
            turn = turn
        )
    );
    Ok(())
}
