//! The title screen: the name of the game, the conference it is about, the scenarios in
//! this copy of the game, and the way out.

use super::{Go, Screen};
use crate::game::catalog::{Catalog, Entry};
use crate::game::class::{KeptSeat, RejoinClass};
use crate::game::paths::Profile;
use crate::game::session::LoadGame;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated};
use crate::i18n::{Lang, short_date};
use crate::tr;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn_title_screen);
}

/// Marks the list of scenarios, for tests.
#[derive(Component)]
pub struct ScenarioList;

/// Marks the Continue button (present only when there is a game to resume).
#[derive(Component)]
pub struct ContinueButton;

/// Marks the Quit button.
#[derive(Component)]
pub struct QuitButton;

fn spawn_title_screen(
    mut commands: Commands,
    fonts: Res<Fonts>,
    catalog: Res<Catalog>,
    profile: Res<Profile>,
    language: Res<Language>,
) {
    let f = fonts.as_ref();
    let l = language.0;
    let autosave = profile.autosave();
    let can_continue = autosave.is_file();
    let kept_seat = KeptSeat::load(&profile);
    commands
        .spawn((super::screen_root(
            "Title screen",
            Screen::Title,
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                column_gap: px(40),
                padding: UiRect::axes(px(40), px(24)),
                ..default()
            },
        ),))
        .with_children(|root| {
            root.spawn((
                Name::new("Title column"),
                // Shares the width with the scenarios, and scrolls when a large UI scale
                // makes it taller than the window (the menu stays reachable).
                Node {
                    flex_basis: px(560),
                    flex_shrink: 1.0,
                    min_width: px(0),
                    max_height: percent(100),
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::FlexStart,
                    row_gap: px(12),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
                bevy::ui_widgets::ScrollArea,
            ))
            .with_children(|column| {
                column.spawn(widget::italic(f, tr!(l, "title-conference"), 20.0, SEPIA));
                column.spawn((Name::new("Title"), widget::text(f, tr!(l, "title-name"), 76.0, INK)));
                column.spawn(widget::italic(f, tr!(l, "title-peace"), 22.0, SEAL_RED));
                column.spawn(widget::rule(px(420)));
                column.spawn(widget::text(f, tr!(l, "title-pitch"), 20.0, INK));
                column
                    .spawn((
                        Name::new("Menu"),
                        // Buttons side by side, wrapping: a column of them did not fit the
                        // window at a UI scale of 125 %.
                        Node {
                            margin: UiRect::top(px(10)),
                            flex_direction: FlexDirection::Row,
                            flex_wrap: FlexWrap::Wrap,
                            row_gap: px(8),
                            column_gap: px(8),
                            ..default()
                        },
                    ))
                    .with_children(|menu| {
                        menu.spawn(widget::button(
                            f,
                            &tr!(l, "title-new-game"),
                            &tr!(l, "title-new-game.tip"),
                            go_to(Screen::NewGame),
                        ));
                        if can_continue {
                            let path = autosave.clone();
                            menu.spawn((
                                widget::button(
                                    f,
                                    &tr!(l, "title-continue"),
                                    &tr!(l, "title-continue.tip"),
                                    move |_: Activated, mut commands: Commands| {
                                        commands.trigger(LoadGame(path.clone()));
                                    },
                                ),
                                ContinueButton,
                            ));
                        }
                        menu.spawn(widget::button(
                            f,
                            &tr!(l, "title-join"),
                            &tr!(l, "title-join.tip"),
                            go_to(Screen::Join),
                        ));
                        if let Some(kept) = &kept_seat {
                            let kept = kept.clone();
                            menu.spawn(widget::button(
                                f,
                                &tr!(l, "title-rejoin", table = kept.table.clone()),
                                &tr!(l, "title-rejoin.tip"),
                                move |_: Activated, mut commands: Commands| {
                                    commands.trigger(RejoinClass(kept.clone()));
                                },
                            ));
                        }
                        menu.spawn(widget::button(
                            f,
                            &tr!(l, "title-load"),
                            &tr!(l, "title-load.tip"),
                            go_to(Screen::Load),
                        ));
                        menu.spawn(widget::button(
                            f,
                            &tr!(l, "title-results"),
                            &tr!(l, "title-results.tip"),
                            go_to(Screen::Wall),
                        ));
                        menu.spawn(widget::button(
                            f,
                            &tr!(l, "title-settings"),
                            &tr!(l, "title-settings.tip"),
                            go_to(Screen::Settings),
                        ));
                        menu.spawn((
                            widget::button(f, &tr!(l, "title-quit"), &tr!(l, "title-quit.tip"), quit_on_activate),
                            QuitButton,
                        ));
                    });
                column.spawn(widget::italic(
                    f,
                    tr!(l, "title-footer", version = env!("CARGO_PKG_VERSION")),
                    16.0,
                    SEPIA,
                ));
            });
            root.spawn((
                ScenarioList,
                // The wheel scrolls it: at 1280×720 the last what-if's description is below.
                widget::scrolling(
                    "Scenarios",
                    Node {
                        flex_basis: px(580),
                        flex_shrink: 1.0,
                        min_width: px(0),
                        max_height: percent(100),
                        flex_direction: FlexDirection::Column,
                        row_gap: px(14),
                        padding: UiRect::axes(px(24), px(18)),
                        border: UiRect::all(px(1)),
                        ..default()
                    },
                ),
                BackgroundColor(TELEGRAPH),
                BorderColor::all(RULE),
            ))
            .with_children(|list| {
                list.spawn(widget::italic(f, tr!(l, "title-scenarios"), 18.0, SEPIA));
                for entry in &catalog.entries {
                    spawn_scenario_entry(list, f, l, entry);
                }
            });
        });
}

fn go_to(screen: Screen) -> impl Fn(Activated, Commands) {
    move |_: Activated, mut commands: Commands| commands.trigger(Go(screen))
}

fn quit_on_activate(_: Activated, mut exit: MessageWriter<AppExit>) {
    exit.write(AppExit::Success);
}

/// A scenario's title, extent and description; or, for a file that does not load, its error.
fn spawn_scenario_entry(list: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, entry: &Entry) {
    let column = Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(2),
        ..default()
    };
    match &entry.scenario {
        Ok(s) => {
            let first = s.sessions.first().map(|x| short_date(l, x.date)).unwrap_or_default();
            let last = s.sessions.last().map(|x| short_date(l, x.date)).unwrap_or_default();
            list.spawn((Name::new(format!("Scenario: {}", s.id)), column))
                .with_children(|card| {
                    card.spawn(widget::text(f, s.title.clone(), 24.0, INK));
                    card.spawn(widget::italic(
                        f,
                        tr!(
                            l,
                            "title-scenario-extent",
                            sessions = s.sessions.len(),
                            articles = s.articles.len(),
                            first = first,
                            last = last,
                            file = entry.file.clone(),
                        ),
                        17.0,
                        SEPIA,
                    ));
                    card.spawn(widget::text(f, s.description.clone(), 18.0, INK));
                });
        }
        Err(error) => {
            list.spawn((Name::new(format!("Scenario with errors: {}", entry.file)), column))
                .with_children(|card| {
                    card.spawn(widget::text(f, entry.file.clone(), 24.0, SEAL_RED));
                    card.spawn(widget::italic(f, tr!(l, "title-scenario-broken"), 17.0, SEAL_RED));
                    card.spawn(widget::text(f, error.to_string(), 16.0, INK));
                });
        }
    }
}
