//! New game: the scenario, the side (Komura for Japan or Witte for Russia), the opponent
//! (the computer at a difficulty, or a second player at the same machine) and the seed,
//! which is shown and can be typed so a class can replay the same game.

use super::{Go, Screen};
use crate::engine::play::rng::fresh_seed;
use crate::engine::play::side::Side;
use crate::game::catalog::{Broken, Catalog};
use crate::game::session::{Difficulty, Opponent, StartGame};
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, ButtonLabel, FocusKey, LostFocus};
use crate::i18n::Lang;
use crate::tr;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::text::{EditableText, EditableTextFilter, TextEditChange};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<NewGameChoices>();
    app.add_systems(OnEnter(Screen::NewGame), (reset_choices, spawn_screen).chain());
    app.add_systems(
        Update,
        (
            keep_choices,
            list_scenarios,
            list_opponents,
            (show_choices, show_seed).run_if(resource_changed::<NewGameChoices>),
        )
            .chain()
            .run_if(in_state(Screen::NewGame)),
    );
    app.add_observer(edit);
    app.add_observer(begin);
    app.add_observer(read_field);
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

/// A file of the scenario list that does not load; holds the file's name, for tests.
#[derive(Component, Clone, Debug)]
pub struct BrokenScenario(pub String);

/// The seed field: digits only.
#[derive(Component)]
pub struct SeedField;

/// The players' names field.
#[derive(Component)]
pub struct NamesField;

/// A choice button: what it chooses and its plain label; its mark follows the choices.
#[derive(Component, Clone, Debug)]
struct Chooses {
    edit: NewGameEdit,
    label: String,
}

impl Chooses {
    fn chosen(&self, choices: &NewGameChoices) -> bool {
        match self.edit {
            NewGameEdit::Scenario(i) => choices.scenario == i,
            NewGameEdit::Side(side) => choices.side == side,
            NewGameEdit::Opponent(opponent) => choices.opponent == opponent,
            NewGameEdit::Seed(_) | NewGameEdit::FreshSeed => false,
        }
    }
}

/// The chosen scenario's description, under its button: shown only while it is chosen.
#[derive(Component)]
struct ScenarioDetails(usize);

/// The scenario list, rebuilt only when the scenarios folder reads differently; holds what
/// it shows.
#[derive(Component, Default)]
struct ScenarioList(Vec<String>);

/// The opponents offered, rebuilt when the chosen scenario (and so its difficulties)
/// changes; holds what it shows.
#[derive(Component, Default)]
struct OpponentList(Option<Vec<String>>);

/// Seeds up to 18 digits: any of them fits in the engine's 64-bit seed.
const MAX_SEED_DIGITS: usize = 18;
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

/// What typed into the names or the seed field reaches the choices (the seed field takes
/// digits only; emptied, the seed is 0).
fn read_field(
    event: On<TextEditChange>,
    fields: Query<(&EditableText, Has<SeedField>, Has<NamesField>)>,
    choices: Option<ResMut<NewGameChoices>>,
) {
    let (Ok((field, seed, names)), Some(mut choices)) = (fields.get(event.event_target()), choices) else {
        return;
    };
    let value = widget::field_value(field);
    if names && choices.players != value {
        choices.players = value;
    } else if seed {
        let typed = seed_in(&value);
        if choices.seed != typed {
            choices.seed = typed;
        }
    }
}

/// The seed a field's digits make (0 when empty).
fn seed_in(value: &str) -> u64 {
    value.parse().unwrap_or(0)
}

/// The screen, spawned once; the lists fill in `list_scenarios` and `list_opponents`.
fn spawn_screen(mut commands: Commands, fonts: Res<Fonts>, choices: Res<NewGameChoices>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    let root = commands
        .spawn(super::screen_root(
            "New game screen",
            Screen::NewGame,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(28)),
                row_gap: px(14),
                ..default()
            },
        ))
        .id();
    commands.entity(root).with_children(|page| {
        page.spawn(widget::text(f, tr!(l, "new-game-heading"), 40.0, INK));
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
            row.spawn(widget::scrolling_panel(
                "Scenario",
                Node {
                    width: px(430),
                    ..widget::column(8.0)
                },
            ))
            .with_children(|col| {
                col.spawn(widget::italic(f, tr!(l, "new-game-scenario"), 20.0, SEPIA));
                col.spawn((Name::new("Scenario list"), ScenarioList::default(), widget::column(8.0)));
            });
            side_column(row, f, l, &choices);
            opponent_column(row, f, l, &choices);
        });
        page.spawn(widget::row(12.0)).with_children(|bar| {
            let back = tr!(l, "new-game-back");
            bar.spawn(widget::keyed_button(
                f,
                &back,
                &back,
                "Back",
                &tr!(l, "new-game-back.tip"),
                Go(Screen::Title),
            ));
            let begin = tr!(l, "new-game-begin");
            bar.spawn(widget::keyed_button(
                f,
                &begin,
                &begin,
                "Begin the conference",
                &tr!(l, "new-game-begin.tip"),
                Begin,
            ));
        });
    });
}

fn choice_button(
    f: &Fonts,
    l: Lang,
    (label, key): (&str, &str),
    tip: &str,
    edit: NewGameEdit,
    choices: &NewGameChoices,
) -> impl Bundle {
    let chooses = Chooses {
        edit,
        label: label.to_string(),
    };
    (
        widget::small_labelled_button(
            f,
            ButtonLabel::choice(l, label, label, chooses.chosen(choices)),
            key,
            tip,
            edit,
        ),
        chooses,
    )
}

/// Where the keyboard focus is, to hand it back after a part of the screen is drawn again.
#[derive(bevy::ecs::system::SystemParam)]
struct FocusWithin<'w, 's> {
    focus: Res<'w, InputFocus>,
    parents: Query<'w, 's, &'static ChildOf>,
    keys: Query<'w, 's, &'static FocusKey>,
}

impl FocusWithin<'_, '_> {
    /// When the focused control is inside `part`, which is about to be rebuilt, remembers
    /// its focus key so the control rebuilt with that key takes the focus back.
    fn keep_in(&self, commands: &mut Commands, part: Entity) {
        let Some(focused) = self.focus.get() else { return };
        let inside = self.parents.iter_ancestors(focused).any(|a| a == part);
        if inside && let Ok(key) = self.keys.get(focused) {
            commands.insert_resource(LostFocus(Some(key.0.clone())));
        }
    }
}

/// What the scenario list shows, to tell when the folder reads differently.
fn scenario_list_shows(catalog: &Catalog) -> Vec<String> {
    let mut shows: Vec<String> = catalog
        .playable()
        .map(|(s, _)| {
            format!(
                "{}\n{}\n{}\n{}\n{}\n{}",
                s.id,
                s.title,
                s.description,
                s.author,
                s.sessions.len(),
                s.articles.len()
            )
        })
        .collect();
    shows.extend(
        catalog
            .broken()
            .map(|(file, b)| format!("{file}\n{}\n{}\n{}", b.at, b.message, b.help)),
    );
    shows
}

/// Fills the scenario list, and fills it again only when the scenarios read differently
/// (a teacher edited a file); the chosen one's mark and description follow in place.
fn list_scenarios(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    catalog: Res<Catalog>,
    choices: Res<NewGameChoices>,
    mut lists: Query<(Entity, &mut ScenarioList)>,
    focus: FocusWithin,
) {
    let Ok((list, mut shown)) = lists.single_mut() else {
        return;
    };
    let shows = scenario_list_shows(&catalog);
    if shown.0 == shows {
        return;
    }
    shown.0 = shows;
    focus.keep_in(&mut commands, list);
    let f = fonts.as_ref();
    commands
        .entity(list)
        .despawn_related::<Children>()
        .with_children(|col| {
            for (i, (s, _)) in catalog.playable().enumerate() {
                col.spawn(choice_button(
                    f,
                    language.0,
                    (&s.title, &s.title),
                    &s.description,
                    NewGameEdit::Scenario(i),
                    &choices,
                ));
                col.spawn((
                    Name::new("Scenario details"),
                    ScenarioDetails(i),
                    Node {
                        display: if i == choices.scenario {
                            Display::Flex
                        } else {
                            Display::None
                        },
                        ..widget::column(8.0)
                    },
                    children![
                        widget::text(f, s.description.clone(), 16.0, INK),
                        widget::italic(
                            f,
                            tr!(
                                language.0,
                                "new-game-scenario-extent",
                                author = s.author.clone(),
                                sessions = s.sessions.len(),
                                articles = s.articles.len()
                            ),
                            15.0,
                            SEPIA,
                        ),
                    ],
                ));
            }
            for (file, broken) in catalog.broken() {
                broken_scenario(col, f, language.0, file, broken);
            }
        });
}

/// The opponents the chosen scenario offers, and what they show.
/// Each is (opponent, label, focus key, tip): the focus key is the English label, the same
/// in every language.
fn opponents_offered(l: Lang, catalog: &Catalog, choices: &NewGameChoices) -> Vec<(Opponent, String, String, String)> {
    let scenario = catalog.playable().nth(choices.scenario).map(|(s, _)| s.clone());
    let mut offered = Vec::new();
    if let Some(scenario) = scenario.as_deref() {
        for difficulty in Difficulty::all(scenario) {
            offered.push((
                Opponent::Computer(difficulty),
                tr!(l, "new-game-computer", level = difficulty.label_in(l, scenario)),
                tr!(Lang::English, "new-game-computer", level = difficulty.label(scenario)),
                difficulty.describe_in(l, scenario),
            ));
        }
    }
    offered.push((
        Opponent::Human,
        tr!(l, "new-game-hot-seat"),
        tr!(Lang::English, "new-game-hot-seat"),
        tr!(l, "new-game-hot-seat.tip"),
    ));
    if let Some(scenario) = scenario.as_deref()
        && !scenario.difficulties.is_empty()
    {
        let strongest = Difficulty::Level((scenario.difficulties.len() - 1).min(u8::MAX as usize) as u8);
        offered.push((
            Opponent::Demonstration(strongest),
            tr!(l, "new-game-demonstration", level = strongest.label_in(l, scenario)),
            tr!(
                Lang::English,
                "new-game-demonstration",
                level = strongest.label(scenario)
            ),
            tr!(l, "new-game-demonstration.tip"),
        ));
    }
    offered
}

/// Fills the opponents' list, and fills it again when the chosen scenario offers other
/// opponents; the chosen one's mark follows in place.
fn list_opponents(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    catalog: Res<Catalog>,
    choices: Res<NewGameChoices>,
    mut lists: Query<(Entity, &mut OpponentList)>,
    focus: FocusWithin,
) {
    let Ok((list, mut shown)) = lists.single_mut() else {
        return;
    };
    let offered = opponents_offered(language.0, &catalog, &choices);
    let shows: Vec<String> = offered
        .iter()
        .map(|(_, label, _, tip)| format!("{label}\n{tip}"))
        .collect();
    if shown.0.as_ref() == Some(&shows) {
        return;
    }
    shown.0 = Some(shows);
    focus.keep_in(&mut commands, list);
    let f = fonts.as_ref();
    commands
        .entity(list)
        .despawn_related::<Children>()
        .with_children(|col| {
            for (opponent, label, key, tip) in &offered {
                col.spawn(choice_button(
                    f,
                    language.0,
                    (label, key),
                    tip,
                    NewGameEdit::Opponent(*opponent),
                    &choices,
                ));
            }
        });
}

/// The choice buttons' marks and the chosen scenario's description follow the choices.
fn show_choices(
    choices: Res<NewGameChoices>,
    language: Res<Language>,
    mut buttons: Query<(&Chooses, &mut ButtonLabel)>,
    mut details: Query<(&ScenarioDetails, &mut Node)>,
) {
    for (chooses, mut label) in &mut buttons {
        label.set_if_neq(ButtonLabel::choice(
            language.0,
            &chooses.label,
            &chooses.label,
            chooses.chosen(&choices),
        ));
    }
    for (ScenarioDetails(i), mut node) in &mut details {
        let display = if *i == choices.scenario {
            Display::Flex
        } else {
            Display::None
        };
        if node.display != display {
            node.display = display;
        }
    }
}

/// A seed set otherwise than by typing (a fresh one drawn, or set by a test) shows in the
/// seed field; what the player typed is left alone ("007" stays as typed).
fn show_seed(
    choices: Res<NewGameChoices>,
    mut fields: Query<&mut EditableText, With<SeedField>>,
    mut contexts: widget::TextContexts,
) {
    for mut field in &mut fields {
        if seed_in(&widget::field_value(&field)) != choices.seed {
            widget::set_field(&mut field, &choices.seed.to_string(), &mut contexts);
        }
    }
}

/// A file that does not load: greyed, not a button, with its first error and the fix.
fn broken_scenario(col: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, file: &str, broken: &Broken) {
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
            widget::text(f, tr!(l, "new-game-broken", file = file), 17.0, RULE),
            widget::text(f, format!("{}: {}", broken.at, broken.message), 15.0, SEAL_RED),
            widget::italic(
                f,
                tr!(l, "new-game-broken-fix", help = broken.help.clone()),
                15.0,
                SEPIA
            ),
            widget::italic(f, tr!(l, "new-game-broken-reread"), 15.0, SEPIA),
        ],
    ));
}

fn side_column(row: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, choices: &NewGameChoices) {
    row.spawn(widget::panel(
        "Side",
        Node {
            width: px(360),
            ..widget::column(10.0)
        },
    ))
    .with_children(|col| {
        col.spawn(widget::italic(f, tr!(l, "new-game-delegation"), 20.0, SEPIA));
        for (side, key, who, note) in [
            (
                Side::Japan,
                "Komura Jutarō, for Japan",
                tr!(l, "new-game-japan"),
                tr!(l, "new-game-japan.tip"),
            ),
            (
                Side::Russia,
                "Sergei Witte, for Russia",
                tr!(l, "new-game-russia"),
                tr!(l, "new-game-russia.tip"),
            ),
        ] {
            col.spawn(widget::row(12.0)).with_children(|line| {
                match side {
                    Side::Japan => line.spawn(japan_emblem()),
                    Side::Russia => line.spawn(russia_emblem()),
                };
                line.spawn(choice_button(
                    f,
                    l,
                    (&who, key),
                    &note,
                    NewGameEdit::Side(side),
                    choices,
                ));
            });
            col.spawn(widget::italic(f, note, 15.0, SEPIA));
        }
    });
}

/// The opponents (a list filled by `list_opponents`), then the names and the seed.
fn opponent_column(row: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, choices: &NewGameChoices) {
    // Scrolls when a large scale and text leave the fields below the window.
    row.spawn(widget::scrolling_panel(
        "Opponent",
        Node {
            flex_grow: 1.0,
            ..widget::column(8.0)
        },
    ))
    .with_children(|col| {
        col.spawn(widget::italic(f, tr!(l, "new-game-across"), 20.0, SEPIA));
        col.spawn((Name::new("Opponent list"), OpponentList::default(), widget::column(8.0)));
        col.spawn(widget::rule(percent(100)));
        col.spawn(widget::italic(f, tr!(l, "new-game-names-heading"), 16.0, SEPIA));
        col.spawn(widget::row(0.0)).with_children(|line| {
            line.spawn((
                widget::text_field(
                    f,
                    ("Names field", 300.0, MAX_NAME_CHARS),
                    &tr!(l, "new-game-names.tip"),
                    &tr!(l, "new-game-names"),
                    &choices.players,
                ),
                NamesField,
            ));
        });
        col.spawn(widget::italic(f, tr!(l, "new-game-seed-heading"), 16.0, SEPIA));
        col.spawn(widget::row(10.0)).with_children(|line| {
            line.spawn((
                widget::text_field(
                    f,
                    ("Seed field", 200.0, MAX_SEED_DIGITS),
                    &tr!(l, "new-game-seed.tip"),
                    &tr!(l, "new-game-seed"),
                    &choices.seed.to_string(),
                ),
                EditableTextFilter::new(|c| c.is_ascii_digit()),
                SeedField,
            ));
            let fresh = tr!(l, "new-game-fresh-seed");
            line.spawn(widget::keyed_button(
                f,
                &fresh,
                &fresh,
                "New seed",
                &tr!(l, "new-game-fresh-seed.tip"),
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
