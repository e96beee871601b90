//! Saving, loading and exporting a game from the window: the autosave after every move,
//! named saves, minutes and result files in the profile's folders.

use super::{DEMONSTRATION_DELAY, Pace, Session};
use crate::engine::play::side::Side;
use crate::engine::records::save::{self, SaveFile};
use crate::game::Screen;
use crate::game::paths::Profile;
use crate::game::settings::Language;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;
use std::path::{Path, PathBuf};

/// Writes the game's minutes (Markdown) or its result file into the profile.
#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum Export {
    Minutes,
    Result,
}

/// Asks for a name and saves the game under it in the saves folder (the dialog is
/// `screens::save_name`; `save_named` writes).
#[derive(Event, Clone, Copy, Debug)]
pub struct SaveGame;

/// Loads a saved game and opens it at the table.
#[derive(Event, Clone, Debug)]
pub struct LoadGame(pub PathBuf);

pub(super) fn write_save(l: Lang, path: &Path, file: &SaveFile) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            tr!(
                l,
                "files-no-folder",
                folder = dir.display().to_string(),
                problem = e.to_string()
            )
        })?;
    }
    save::write(path, file).map_err(|d| d.render_in(l))
}

pub(super) fn profile(world_profile: Option<Res<Profile>>) -> Profile {
    world_profile.map_or_else(Profile::from_env, |p| p.clone())
}

/// Writes the game as a named save in the profile's saves folder, and says so in the
/// notice; the error says what went wrong (the dialog shows it).
pub fn save_named(l: Lang, session: &mut Session, profile: &Profile, name: &str) -> Result<PathBuf, String> {
    let path = crate::game::saves::named_save_path(&profile.saves(), name);
    let file = session.save_file().with_name(Some(name));
    write_save(l, &path, &file)?;
    let shown = file.name.clone().unwrap_or_default();
    session.notice = Some(tr!(
        l,
        "files-saved-as",
        name = shown,
        path = path.display().to_string()
    ));
    session.name = file.name;
    session.saved_as = Some(path.clone());
    Ok(path)
}

/// Writes this game's own autosave (choosing its file the first time), then deletes the
/// oldest autosaves beyond the number kept. Named saves are never touched.
pub(super) fn autosave(l: Lang, session: &mut Session, profile: &Profile) -> Result<(), String> {
    let path = session.autosave.get_or_insert_with(|| profile.new_autosave()).clone();
    write_save(l, &path, &session.save_file())?;
    crate::game::saves::prune_autosaves(&profile.saves(), crate::game::saves::AUTOSAVES_KEPT, Some(&path));
    Ok(())
}

/// What went wrong with the last load, for the load screen to show.
#[derive(Resource, Clone, Debug, Default)]
pub struct LoadProblem(pub Option<String>);

pub(super) fn load_game(
    event: On<LoadGame>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    language: Res<crate::game::settings::Language>,
    catalog: Option<Res<crate::game::catalog::Catalog>>,
) {
    let path = &event.event().0;
    // The scenario's prose in the player's language, from the translations the save holds.
    let mut loaded = match save::load_in(path, language.0) {
        Ok(loaded) => loaded,
        Err(d) => {
            commands.insert_resource(LoadProblem(Some(d.to_string())));
            return;
        }
    };
    // A save that holds no translations (written before saves kept them) speaks the
    // player's language where the scenarios folder has the same scenario.
    if loaded.translations.is_empty()
        && let Some(translated) = catalog
            .as_deref()
            .and_then(|c| c.translation_of(loaded.game.scenario()))
    {
        loaded.game.use_translation(std::sync::Arc::clone(translated));
    }
    match Session::new(loaded.game, loaded.seats, loaded.files) {
        Ok(mut session) => {
            session.briefed = [true; 2];
            session.saved_as = Some(path.clone());
            // Played on, an autosave is the same game; a named save is kept as it was, and
            // its continuation gets an autosave of its own at its first move.
            session.autosave = crate::game::saves::is_autosave(path).then(|| path.clone());
            session.name = loaded.name;
            session.origin = loaded.origin;
            session.players = loaded.players;
            if !loaded.translations.is_empty() {
                session.translations = loaded.translations;
            }
            if !session.is_human(Side::Japan) && !session.is_human(Side::Russia) {
                session.demonstration = true;
                session.pace = Pace::Paused;
                session.auto_delay = DEMONSTRATION_DELAY;
            }
            next.set(if session.game.is_over() {
                Screen::Debrief
            } else if session.hot_seat() {
                Screen::Handover
            } else {
                Screen::Table
            });
            commands.insert_resource(LoadProblem(None));
            commands.insert_resource(session);
        }
        Err(problem) => commands.insert_resource(LoadProblem(Some(format!("{}: {problem}", path.display())))),
    }
}

/// Writes the minutes into the profile's exports folder, or the result into its results
/// folder (where the class results wall reads), and says where.
pub(super) fn export(
    event: On<Export>,
    session: Option<ResMut<Session>>,
    profile_res: Option<Res<Profile>>,
    language: Res<Language>,
) {
    let l = language.0;
    let Some(mut session) = session else { return };
    let profile = profile(profile_res);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let id = session.game.scenario().id.clone();
    if let Some(class) = &session.class {
        // Only what this seat was told: the server's transcript for it, and how it ended.
        let written = match event.event() {
            Export::Minutes => {
                let path = profile.exports().join(format!("{id}-class-minutes-{stamp}.md"));
                let text = crate::game::class::seat_minutes(&session.game, class);
                std::fs::create_dir_all(profile.exports())
                    .and_then(|_| crate::engine::records::atomic::write(&path, text.as_bytes()))
                    .map(|_| tr!(l, "files-minutes-written", path = path.display().to_string()))
                    .map_err(|e| {
                        tr!(
                            l,
                            "files-minutes-failed",
                            path = path.display().to_string(),
                            problem = e.to_string()
                        )
                    })
            }
            // Not written here: a result file holds both sides' worth and what breaking off
            // was worth to each, and a seat is told only its own (`Finished`). Working out the
            // other side's would need its confidential valuations; having the server send
            // them would hand its walk-away value to a student whose classmates are still
            // negotiating the same mandates. The server writes the table's file for the
            // teacher instead.
            Export::Result => Err(tr!(l, "files-class-result")),
        };
        session.notice = Some(written.unwrap_or_else(|problem| problem));
        return;
    }
    let written = match event.event() {
        Export::Minutes => {
            let path = profile.exports().join(format!("{id}-minutes-{stamp}.md"));
            let text = crate::engine::classroom::minutes::markdown_in(
                l,
                &session.game,
                &session.seats,
                session.players.as_deref(),
                session.origin.as_ref(),
            );
            std::fs::create_dir_all(profile.exports())
                .and_then(|_| crate::engine::records::atomic::write(&path, text.as_bytes()))
                .map(|_| tr!(l, "files-minutes-written", path = path.display().to_string()))
                .map_err(|e| {
                    tr!(
                        l,
                        "files-minutes-failed",
                        path = path.display().to_string(),
                        problem = e.to_string()
                    )
                })
        }
        Export::Result => {
            match crate::engine::classroom::results::ResultFile::of(
                &session.game,
                &session.seats,
                session.players.as_deref(),
            ) {
                None => Err(tr!(l, "files-no-result-yet")),
                Some(result) => {
                    let path = profile.results().join(format!("{id}-{stamp}.ron"));
                    std::fs::create_dir_all(profile.results())
                        .map_err(|e| e.to_string())
                        .and_then(|_| {
                            crate::engine::classroom::results::write(&path, &result).map_err(|d| d.to_string())
                        })
                        .map(|_| tr!(l, "files-result-written", path = path.display().to_string()))
                }
            }
        }
    };
    session.notice = Some(written.unwrap_or_else(|problem| problem));
}
