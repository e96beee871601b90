//! New game: the scenario, the side (Komura for Japan or Witte for Russia), the opponent
//! (the computer at a difficulty, or a second player at the same machine) and the seed,
//! which is shown and can be typed so a class can replay the same game.

use super::{Go, Screen};
use crate::engine::play::rng::fresh_seed;
use crate::engine::play::side::Side;
use crate::game::catalog::{Broken, Catalog};
use crate::game::session::{Difficulty, Opponent, StartGame};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<NewGameChoices>();
    app.add_systems(OnEnter(Screen::NewGame), (reset_choices, spawn_root).chain());
    app.add_systems(
        Update,
        (
            type_seed,
            keep_choices,
            (widget::remember_focus, redraw).chain().run_if(
                resource_changed::<NewGameChoices>
                    .or_else(resource_changed::<Catalog>)
                    .or_else(any_with_component::<Fresh>),
            ),
        )
            .chain()
            .run_if(in_state(Screen::NewGame)),
    );
    app.add_observer(edit);
    app.add_observer(begin);
}

#[derive(Resource, Clone, Debug, PartialEq)]
pub struct NewGameChoices {
    /// Index among the scenarios that load.
    pub scenario: usize,
    pub side: Side,
    pub opponent: Opponent,
    pub seed: u64,
    /// The players' names, typed in, for the class results.
    pub players: String,
}

impl Default for NewGameChoices {
    fn default() -> Self {
        NewGameChoices {
            scenario: 0,
            side: Side::Japan,
            opponent: Opponent::Computer(Difficulty::Level(1)),
            seed: fresh_seed(),
            players: String::new(),
        }
    }
}

#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum NewGameEdit {
    Scenario(usize),
    Side(Side),
    Opponent(Opponent),
    Seed(u64),
    FreshSeed,
}

/// Starts the game with the current choices.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct Begin;

#[derive(Component)]
struct NewGameRoot;

/// A scenario file of the list that does not load; holds the file's name, for tests.
#[derive(Component, Clone, Debug)]
pub struct BrokenScenario(pub String);

/// A root not yet filled.
#[derive(Component)]
struct Fresh;

/// The seed field: focused, it takes digits and Backspace.
#[derive(Component)]
pub struct SeedField;

/// The players' names field: focused, it takes what is typed and Backspace.
#[derive(Component)]
pub struct NamesField;

const MAX_SEED_DIGITS: u32 = 18;
/// Enough for "Group 12: Aiko, Ben and Chloe".
const MAX_NAME_CHARS: usize = 40;

fn reset_choices(mut choices: ResMut<NewGameChoices>) {
    // (`keep_choices` then takes the fresh choice as the one to keep.)
    *choices = NewGameChoices::default();
}

/// When the scenarios folder is read again (a teacher edited a file), the same scenario
/// stays chosen if it still loads, and the same opponent if that scenario offers it;
/// otherwise the first scenario and the default opponent. `seen` holds the scenarios
/// listed last time and the one chosen among them.
fn keep_choices(
    catalog: Res<Catalog>,
    mut choices: ResMut<NewGameChoices>,
    mut seen: Local<(Vec<String>, Option<String>)>,
) {
    let ids: Vec<String> = catalog.playable().map(|(s, _)| s.id.clone()).collect();
    let (listed, chosen) = &mut *seen;
    if *listed != ids {
        let index = chosen
            .as_deref()
            .and_then(|id| ids.iter().position(|i| i == id))
            .unwrap_or(0);
        let offered = |opponent: Opponent| {
            catalog.playable().nth(index).is_some_and(|(s, _)| match opponent {
                Opponent::Computer(d) => Difficulty::all(s).contains(&d),
                Opponent::Demonstration(Difficulty::Level(level)) => level as usize + 1 == s.difficulties.len(),
                Opponent::Demonstration(_) => false,
                Opponent::Human => true,
            })
        };
        let opponent = if offered(choices.opponent) {
            choices.opponent
        } else {
            NewGameChoices::default().opponent
        };
        if choices.scenario != index || choices.opponent != opponent {
            choices.scenario = index;
            choices.opponent = opponent;
        }
        *listed = ids;
    }
    *chosen = listed.get(choices.scenario).cloned();
}

fn spawn_root(mut commands: Commands) {
    commands.spawn((
        super::screen_root(
            "New game screen",
            Screen::NewGame,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(28)),
                row_gap: px(14),
                ..default()
            },
        ),
        NewGameRoot,
        Fresh,
    ));
}

fn edit(event: On<NewGameEdit>, choices: Option<ResMut<NewGameChoices>>, catalog: Res<Catalog>) {
    let Some(mut choices) = choices else { return };
    match *event.event() {
        NewGameEdit::Scenario(i) if i < catalog.playable().count() => choices.scenario = i,
        NewGameEdit::Scenario(_) => {}
        NewGameEdit::Side(side) => choices.side = side,
        NewGameEdit::Opponent(opponent) => choices.opponent = opponent,
        NewGameEdit::Seed(seed) => choices.seed = seed,
        NewGameEdit::FreshSeed => choices.seed = fresh_seed(),
    }
}

fn begin(_: On<Begin>, mut commands: Commands, choices: Option<Res<NewGameChoices>>, catalog: Res<Catalog>) {
    let Some(choices) = choices else { return };
    let Some((scenario, files)) = catalog.playable().nth(choices.scenario) else {
        return;
    };
    commands.trigger(StartGame {
        scenario: scenario.clone(),
        files: files.to_vec(),
        side: choices.side,
        opponent: choices.opponent,
        seed: choices.seed,
        players: Some(choices.players.trim().to_string()).filter(|p| !p.is_empty()),
    });
}

/// Digits typed while the seed field has focus edit the seed; text typed while the names
/// field has focus edits the names.
fn type_seed(
    mut keys: MessageReader<KeyboardInput>,
    focus: Res<InputFocus>,
    fields: Query<(), With<SeedField>>,
    names: Query<(), With<NamesField>>,
    choices: Option<ResMut<NewGameChoices>>,
) {
    let Some(mut choices) = choices else { return };
    let focused = focus.get().is_some_and(|e| fields.contains(e));
    let naming = focus.get().is_some_and(|e| names.contains(e));
    for key in keys.read() {
        if !key.state.is_pressed() {
            continue;
        }
        if naming {
            match &key.logical_key {
                Key::Character(text) => {
                    for c in text.chars().filter(|c| !c.is_control()) {
                        if choices.players.chars().count() < MAX_NAME_CHARS {
                            choices.players.push(c);
                        }
                    }
                }
                Key::Space if choices.players.chars().count() < MAX_NAME_CHARS => choices.players.push(' '),
                Key::Backspace => {
                    choices.players.pop();
                }
                _ => {}
            }
            continue;
        }
        if !focused {
            continue;
        }
        match &key.logical_key {
            Key::Character(c) => {
                if let Some(d) = c.chars().next().and_then(|c| c.to_digit(10))
                    && choices.seed < 10u64.pow(MAX_SEED_DIGITS - 1)
                {
                    choices.seed = choices.seed * 10 + d as u64;
                }
            }
            Key::Backspace => choices.seed /= 10,
            _ => {}
        }
    }
}

fn redraw(
    mut commands: Commands,
    fonts: Res<Fonts>,
    catalog: Res<Catalog>,
    choices: Res<NewGameChoices>,
    roots: Query<Entity, With<NewGameRoot>>,
) {
    let Ok(root) = roots.single() else { return };
    let f = fonts.as_ref();
    commands.entity(root).remove::<Fresh>().despawn_related::<Children>();
    commands.entity(root).with_children(|page| {
        page.spawn(widget::text(f, "A new conference", 40.0, INK));
        page.spawn((
            Name::new("Choices"),
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(20),
                flex_grow: 1.0,
                min_height: px(0),
                ..default()
            },
        ))
        .with_children(|row| {
            scenario_column(row, f, &catalog, &choices);
            side_column(row, f, &choices);
            opponent_column(row, f, &catalog, &choices);
        });
        page.spawn(widget::row(12.0)).with_children(|bar| {
            bar.spawn(widget::event_button(
                f,
                "Back",
                "Back to the title screen (Esc)",
                Go(Screen::Title),
            ));
            bar.spawn(widget::event_button(
                f,
                "Begin the conference",
                "Read your instructions and take your seat at the table",
                Begin,
            ));
        });
    });
}

fn choice_button<T: Event + Clone>(f: &Fonts, label: &str, tip: &str, chosen: bool, event: T) -> impl Bundle
where
    for<'a> T::Trigger<'a>: Default,
{
    let shown = if chosen {
        format!("• {label}")
    } else {
        label.to_string()
    };
    let accessible = if chosen {
        format!("{label} (chosen)")
    } else {
        label.to_string()
    };
    widget::keyed_button(f, &shown, &accessible, label, tip, event)
}

fn scenario_column(row: &mut ChildSpawnerCommands, f: &Fonts, catalog: &Catalog, choices: &NewGameChoices) {
    row.spawn(widget::scrolling_panel(
        "Scenario",
        Node {
            width: px(430),
            ..widget::column(8.0)
        },
    ))
    .with_children(|col| {
        col.spawn(widget::italic(f, "Scenario", 20.0, SEPIA));
        for (i, (s, _)) in catalog.playable().enumerate() {
            let chosen = i == choices.scenario;
            col.spawn(choice_button(
                f,
                &s.title,
                &s.description,
                chosen,
                NewGameEdit::Scenario(i),
            ));
            if chosen {
                col.spawn(widget::text(f, s.description.clone(), 16.0, INK));
                col.spawn(widget::italic(
                    f,
                    format!(
                        "by {} · {} sessions · {} articles",
                        s.author,
                        s.sessions.len(),
                        s.articles.len()
                    ),
                    15.0,
                    SEPIA,
                ));
            }
        }
        for (file, broken) in catalog.broken() {
            broken_scenario(col, f, file, broken);
        }
    });
}

/// A file that does not load: greyed, not a button, with its first error and the fix.
fn broken_scenario(col: &mut ChildSpawnerCommands, f: &Fonts, file: &str, broken: &Broken) {
    col.spawn((
        Name::new(format!("Scenario that does not load: {file}")),
        BrokenScenario(file.to_string()),
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(2),
            padding: UiRect::axes(px(8), px(4)),
            border: UiRect::left(px(3)),
            ..default()
        },
        BorderColor::all(RULE),
        children![
            widget::text(f, format!("{file} — cannot be chosen"), 17.0, RULE),
            widget::text(f, format!("{}: {}", broken.at, broken.message), 15.0, SEAL_RED),
            widget::italic(f, format!("To fix: {}", broken.help), 15.0, SEPIA),
            widget::italic(f, "Save the file again and it is read at once.", 15.0, SEPIA),
        ],
    ));
}

fn side_column(row: &mut ChildSpawnerCommands, f: &Fonts, choices: &NewGameChoices) {
    row.spawn(widget::panel(
        "Side",
        Node {
            width: px(360),
            ..widget::column(10.0)
        },
    ))
    .with_children(|col| {
        col.spawn(widget::italic(f, "Your delegation", 20.0, SEPIA));
        for (side, who, note) in [
            (
                Side::Japan,
                "Komura Jutarō, for Japan",
                "The victor who cannot afford another year of war",
            ),
            (
                Side::Russia,
                "Sergei Witte, for Russia",
                "The loser who will not admit defeat",
            ),
        ] {
            col.spawn(widget::row(12.0)).with_children(|line| {
                match side {
                    Side::Japan => line.spawn(japan_emblem()),
                    Side::Russia => line.spawn(russia_emblem()),
                };
                line.spawn(choice_button(
                    f,
                    who,
                    note,
                    choices.side == side,
                    NewGameEdit::Side(side),
                ));
            });
            col.spawn(widget::italic(f, note, 15.0, SEPIA));
        }
    });
}

fn opponent_column(row: &mut ChildSpawnerCommands, f: &Fonts, catalog: &Catalog, choices: &NewGameChoices) {
    let scenario = catalog.playable().nth(choices.scenario).map(|(s, _)| s.clone());
    row.spawn(widget::panel(
        "Opponent",
        Node {
            flex_grow: 1.0,
            ..widget::column(8.0)
        },
    ))
    .with_children(|col| {
        col.spawn(widget::italic(f, "Across the table", 20.0, SEPIA));
        for difficulty in scenario.as_deref().map(Difficulty::all).unwrap_or_default() {
            let scenario = scenario.as_deref().expect("levels come from a scenario");
            let opponent = Opponent::Computer(difficulty);
            col.spawn(choice_button(
                f,
                &format!("Computer: {}", difficulty.label(scenario)),
                &difficulty.describe(scenario),
                choices.opponent == opponent,
                NewGameEdit::Opponent(opponent),
            ));
        }
        col.spawn(choice_button(
            f,
            "Second player (hot-seat)",
            "Two players take turns at this machine; each one's papers are hidden from the other",
            choices.opponent == Opponent::Human,
            NewGameEdit::Opponent(Opponent::Human),
        ));
        if let Some(scenario) = scenario.as_deref()
            && !scenario.difficulties.is_empty()
        {
            let strongest = Difficulty::Level((scenario.difficulties.len() - 1).min(u8::MAX as usize) as u8);
            let demonstration = Opponent::Demonstration(strongest);
            col.spawn(choice_button(
                f,
                &format!("Demonstration: computer against computer ({})", strongest.label(scenario)),
                "For a class to watch: both delegations played by the computer, step by step or on auto-play, each move with its reason; your side's papers are shown, and you can take over either side at any point",
                choices.opponent == demonstration,
                NewGameEdit::Opponent(demonstration),
            ));
        }
        col.spawn(widget::rule(percent(100)));
        col.spawn(widget::italic(
            f,
            "Your names — on your result for the class (optional)",
            16.0,
            SEPIA,
        ));
        col.spawn(widget::row(0.0)).with_children(|line| {
            line.spawn((
                widget::text_field(
                    f,
                    ("Names field", "names", 300.0),
                    "Type your names or your group's; Backspace removes a letter",
                    format!("Your names: {}", choices.players),
                    choices.players.clone(),
                ),
                NamesField,
            ));
        });
        col.spawn(widget::italic(
            f,
            "Seed — the same seed replays the same game",
            16.0,
            SEPIA,
        ));
        col.spawn(widget::row(10.0)).with_children(|line| {
            line.spawn((
                widget::text_field(
                    f,
                    ("Seed field", "seed", 150.0),
                    "Type digits to change the seed; Backspace removes one",
                    format!("Seed {}", choices.seed),
                    choices.seed.to_string(),
                ),
                SeedField,
            ));
            line.spawn(widget::event_button(
                f,
                "New seed",
                "Draw a new seed from the clock",
                NewGameEdit::FreshSeed,
            ));
        });
    });
}

/// Japan's emblem, drawn in UI: the red disc on white.
fn japan_emblem() -> impl Bundle {
    (
        Name::new("Emblem: Japan"),
        emblem_frame(),
        BackgroundColor(Color::WHITE),
        BorderColor::all(RULE),
        children![(
            Node {
                width: px(20),
                height: px(20),
                border_radius: BorderRadius::MAX,
                ..default()
            },
            BackgroundColor(JAPAN),
        )],
    )
}

/// Russia's emblem, drawn in UI: the white, blue and red.
fn russia_emblem() -> impl Bundle {
    let stripe = |color: Color| {
        (
            Node {
                width: percent(100),
                flex_grow: 1.0,
                ..default()
            },
            BackgroundColor(color),
        )
    };
    (
        Name::new("Emblem: Russia"),
        Node {
            align_items: AlignItems::Stretch,
            ..emblem_frame()
        },
        BorderColor::all(RULE),
        children![
            stripe(Color::WHITE),
            stripe(Color::srgb(0.0, 0.22, 0.6)),
            stripe(Color::srgb(0.8, 0.1, 0.1))
        ],
    )
}

fn emblem_frame() -> Node {
    Node {
        width: px(54),
        height: px(36),
        border: UiRect::all(px(1)),
        flex_direction: FlexDirection::Column,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        ..default()
    }
}
