//! Load: the saved games in the profile folder, newest first, each with its scenario,
//! session and seats — or, for a damaged file, what is wrong with it (the file is left as
//! it is).

use super::what_if::WhatIf;
use super::{Go, Screen};
use crate::engine::records::save::{self, Seat};
use crate::game::paths::Profile;
use crate::game::session::{LoadGame, LoadProblem};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;
use std::path::PathBuf;

/// At most this many saves are listed (the newest).
const LISTED: usize = 30;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LoadProblem>();
    app.add_systems(OnEnter(Screen::Load), (clear_problem, spawn_load).chain());
    app.add_systems(
        Update,
        show_problem.run_if(in_state(Screen::Load).and_then(resource_changed::<LoadProblem>)),
    );
}

/// Marks the list of saves, for tests.
#[derive(Component)]
pub struct SaveList;

#[derive(Component)]
struct ProblemText;

/// The saves in `dir`, newest first.
pub fn saves_in(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .map(|p| {
                    (
                        p.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH),
                        p,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by(|a, b| b.cmp(a));
    found.into_iter().take(LISTED).map(|(_, p)| p).collect()
}

fn clear_problem(mut problem: ResMut<LoadProblem>) {
    problem.0 = None;
}

fn spawn_load(mut commands: Commands, fonts: Res<Fonts>, profile: Res<Profile>) {
    let f = fonts.as_ref();
    let saves = saves_in(&profile.saves());
    commands
        .spawn(super::screen_root(
            "Load screen",
            Screen::Load,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(28)),
                row_gap: px(10),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn(widget::text(f, "Saved games", 40.0, INK));
            page.spawn(widget::italic(
                f,
                format!("in {}", profile.saves().display()),
                15.0,
                SEPIA,
            ));
            page.spawn((
                widget::scrolling_panel(
                    "Saves",
                    Node {
                        flex_grow: 1.0,
                        min_height: px(0),
                        ..widget::column(8.0)
                    },
                ),
                SaveList,
            ))
            .with_children(|list| {
                if saves.is_empty() {
                    list.spawn(widget::italic(f, "No saved games yet.", 17.0, SEPIA));
                }
                for path in saves {
                    let name = path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    match save::load(&path) {
                        Ok(loaded) => {
                            let game = &loaded.game;
                            let scenario = game.scenario();
                            let seat = |s: &Seat| match s {
                                Seat::Human => loaded.players.clone().unwrap_or_else(|| "player".to_string()),
                                Seat::Computer(agent) => format!("computer ({agent})"),
                            };
                            let state = if game.is_over() {
                                "finished".to_string()
                            } else {
                                format!("session {} of {}", game.state().session + 1, scenario.sessions.len())
                            };
                            list.spawn(widget::row(12.0)).with_children(|row| {
                                row.spawn(widget::keyed_button(
                                    f,
                                    "Load",
                                    &format!("Load {name}"),
                                    &name,
                                    "Open this game at the table",
                                    LoadGame(path.clone()),
                                ));
                                if !loaded.game.transcript().entries.is_empty() {
                                    row.spawn(widget::keyed_button(
                                        f,
                                        "What if…",
                                        &format!("What if: branch {name}"),
                                        &format!("what-if-{name}"),
                                        "Take this game back to any turn and decide it differently",
                                        WhatIf(path.clone()),
                                    ));
                                }
                                row.spawn(widget::text(
                                    f,
                                    format!(
                                        "{} — {state} — Japan: {}, Russia: {} — seed {} — {name}",
                                        scenario.title,
                                        seat(&loaded.seats[0]),
                                        seat(&loaded.seats[1]),
                                        game.seed()
                                    ),
                                    16.0,
                                    INK,
                                ));
                            });
                        }
                        Err(problem) => {
                            list.spawn(widget::text(f, problem.to_string(), 15.0, SEAL_RED));
                        }
                    }
                }
            });
            page.spawn((ProblemText, widget::italic(f, "", 15.0, SEAL_RED)));
            page.spawn(widget::event_button(
                f,
                "Back",
                "Back to the title screen (Esc)",
                Go(Screen::Title),
            ));
        });
}

fn show_problem(problem: Res<LoadProblem>, mut texts: Query<&mut Text, With<ProblemText>>) {
    for mut text in &mut texts {
        text.0 = problem.0.clone().unwrap_or_default();
    }
}
