//! What-if: every turn of a game, session by session, each with a button to take the game
//! back to just before it and decide it differently. The branch is saved beside the
//! player's saves and opened at the table; its debrief sets it beside the original.

use super::{Go, Screen};
use crate::engine::classroom::branch;
use crate::engine::records::save::{self, SaveFile};
use crate::game::paths::Profile;
use crate::game::session::LoadGame;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::long_date;
use crate::tr;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::WhatIf), spawn_what_if);
    app.add_observer(branch_at);
    app.add_observer(open_what_if);
    app.add_observer(what_if_this_game);
}

/// Opens the what-if screen for the game at hand (from its debrief).
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct WhatIfThisGame;

fn what_if_this_game(
    _: On<WhatIfThisGame>,
    mut commands: Commands,
    session: Option<Res<crate::game::session::Session>>,
    language: Res<Language>,
) {
    let Some(session) = session else { return };
    let name = session.name.clone().unwrap_or_else(|| {
        session.saved_as.as_ref().and_then(|p| p.file_name()).map_or_else(
            || tr!(language.0, "what-if-just-played"),
            |n| n.to_string_lossy().into_owned(),
        )
    });
    commands.insert_resource(WhatIfSource {
        save: session.save_file().with_origin(None),
        name,
    });
    commands.insert_resource(WhatIfProblem(None));
    commands.trigger(Go(Screen::WhatIf));
}

/// The game to branch: its save and the name it goes by.
#[derive(Resource, Clone, Debug)]
pub struct WhatIfSource {
    pub save: SaveFile,
    pub name: String,
}

/// Opens the what-if screen for a saved game.
#[derive(Event, Clone, Debug)]
pub struct WhatIf(pub std::path::PathBuf);

/// Branches the source game just before this turn (0-based) and opens the branch.
#[derive(Event, Clone, Copy, Debug)]
pub struct BranchAt(pub usize);

/// Marks the list of turns, for tests.
#[derive(Component)]
pub struct TurnList;

/// What went wrong, shown on the what-if screen.
#[derive(Resource, Clone, Debug, Default)]
pub struct WhatIfProblem(pub Option<String>);

fn open_what_if(event: On<WhatIf>, mut commands: Commands, language: Res<Language>) {
    let path = &event.event().0;
    match save::load(path) {
        Ok(loaded) => {
            let save = SaveFile::of(&loaded.game, &loaded.files, loaded.seats.clone())
                .with_translations(loaded.translations)
                .with_players(loaded.players);
            let name = loaded.name.clone().unwrap_or_else(|| {
                path.file_name()
                    .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
            });
            commands.insert_resource(WhatIfSource { save, name });
            commands.insert_resource(WhatIfProblem(None));
            commands.trigger(Go(Screen::WhatIf));
        }
        Err(problem) => {
            commands.insert_resource(crate::game::session::LoadProblem(Some(problem.render_in(language.0))))
        }
    }
}

fn branch_at(
    event: On<BranchAt>,
    mut commands: Commands,
    source: Option<Res<WhatIfSource>>,
    profile: Res<Profile>,
    language: Res<Language>,
) {
    let Some(source) = source else { return };
    let turn = event.event().0;
    // The branch is a game of its own: it starts in an autosave of its own, which its
    // moves then keep up to date (the original's saves are left as they are).
    let path = profile.new_autosave();
    let written = branch::branch(&source.save, &source.name, turn)
        .map_err(|e| e.to_string())
        .and_then(|what_if| {
            std::fs::create_dir_all(profile.saves()).map_err(|e| e.to_string())?;
            save::write(&path, &what_if).map_err(|d| d.render_in(language.0))
        });
    match written {
        Ok(()) => commands.trigger(LoadGame(path)),
        Err(problem) => commands.insert_resource(WhatIfProblem(Some(problem))),
    }
}

fn spawn_what_if(
    mut commands: Commands,
    fonts: Res<Fonts>,
    source: Option<Res<WhatIfSource>>,
    problem: Option<Res<WhatIfProblem>>,
    language: Res<Language>,
    catalog: Option<Res<crate::game::catalog::Catalog>>,
) {
    let f = fonts.as_ref();
    let l = language.0;
    let replayed = source.as_ref().map(|s| {
        save::load_text_in(&s.name, s.save.to_text(), l).map(|mut loaded| {
            // A save that holds no translations: the folder's, where it has the same scenario.
            if loaded.translations.is_empty()
                && let Some(translated) = catalog
                    .as_deref()
                    .and_then(|c| c.translation_of(loaded.game.scenario()))
            {
                loaded.game.use_translation(std::sync::Arc::clone(translated));
            }
            (branch::points_in(l, &loaded.game), loaded.game)
        })
    });
    commands
        .spawn(super::screen_root(
            "What-if screen",
            Screen::WhatIf,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(20)),
                row_gap: px(8),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn(widget::text(f, tr!(l, "what-if-heading"), 40.0, INK));
            page.spawn(widget::text(f, tr!(l, "what-if-explain"), 18.0, INK));
            if let Some(text) = problem.and_then(|p| p.0.clone()) {
                page.spawn(widget::text(f, text, 15.0, SEAL_RED));
            }
            let (points, game) = match replayed {
                Some(Ok(found)) => found,
                Some(Err(problem)) => {
                    page.spawn(widget::text(f, problem.to_string(), 15.0, SEAL_RED));
                    return;
                }
                None => {
                    page.spawn(widget::text(f, tr!(l, "what-if-no-game"), 18.0, SEAL_RED));
                    return;
                }
            };
            let scenario = game.scenario();
            page.spawn((
                widget::scrolling_panel(
                    "Turns",
                    Node {
                        flex_grow: 1.0,
                        min_height: px(0),
                        ..widget::column(3.0)
                    },
                ),
                TurnList,
            ))
            .with_children(|list| {
                let mut session = usize::MAX;
                for (i, point) in points.iter().enumerate() {
                    if point.session != session {
                        session = point.session;
                        let s = &scenario.sessions[session];
                        list.spawn(widget::italic(
                            f,
                            tr!(
                                l,
                                "what-if-session",
                                session = session + 1,
                                date = long_date(l, s.date),
                                title = s.title.clone()
                            ),
                            16.0,
                            SEAL_RED,
                        ));
                    }
                    list.spawn(widget::row(8.0)).with_children(|row| {
                        row.spawn(Node {
                            flex_shrink: 0.0,
                            ..default()
                        })
                        .with_child(widget::keyed_button(
                            f,
                            &tr!(l, "what-if-turn", turn = i + 1),
                            &tr!(l, "what-if-turn-accessible", turn = i + 1),
                            &format!("branch-{i}"),
                            &tr!(
                                l,
                                "what-if-turn-tip",
                                player = scenario.party(point.side).player_title.clone()
                            ),
                            BranchAt(i),
                        ));
                        // The first line of the move, and its reason if it gave one.
                        let said = point.lines.first().cloned().unwrap_or_default();
                        let reason = point
                            .lines
                            .iter()
                            .find(|line| crate::engine::records::narrate::is_said(line));
                        // Laid out unrounded: the text is measured at its box's unrounded
                        // width and wrapped at the rounded one, and a line that fitted by a
                        // fraction of a pixel (at 125 % with the largest text) wrapped once
                        // more than measured and spilled out of its row.
                        row.spawn((
                            widget::text(
                                f,
                                match reason {
                                    Some(r) => format!("{said} {}", r.trim()),
                                    None => said,
                                },
                                14.0,
                                INK,
                            ),
                            LayoutConfig { use_rounding: false },
                        ));
                    });
                }
            });
            page.spawn(widget::row(8.0)).with_children(|bar| {
                let back = tr!(l, "what-if-back");
                bar.spawn(widget::keyed_button(
                    f,
                    &back,
                    &back,
                    "Back",
                    &tr!(l, "what-if-back.tip"),
                    Go(Screen::Load),
                ));
            });
        });
}
