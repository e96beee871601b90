//! The screens of the game, as states. Each screen is a plugin in its own file.

mod briefing;
pub mod confirm;
mod debrief;
mod handover;
pub mod join;
mod load;
mod new_game;
pub mod save_name;
pub mod settings;
pub mod table;
mod title;
pub mod treaty;
pub mod wall;
pub mod what_if;

pub use briefing::{BeginNegotiating, WordsToKnow};
pub use debrief::{Concessions, DebriefNotice, ForTheTeacher, LastWords, NO_NOTICE, PlainLead};
pub use handover::TakeSeat;
pub use load::{AskDeleteSave, DeleteSave, SaveList, SaveShelf, ShelfEntry, Summary};
pub use new_game::{Begin, BrokenScenario, NamesField, NewGameChoices, NewGameEdit, SeedField};
pub use title::{ContinueButton, QuitButton, ScenarioList};

use super::theme::palette::PARCHMENT;
use bevy::prelude::*;

#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    NewGame,
    /// The confidential instructions of the side whose papers are shown.
    Briefing,
    /// The negotiating table: the main screen.
    Table,
    /// Hot-seat: the papers are put away until the next delegation takes its seat.
    Handover,
    Treaty,
    Debrief,
    Settings,
    Load,
    /// The class results wall.
    Wall,
    /// Choosing a turn of a game to decide differently.
    WhatIf,
    /// Joining a table of a class server.
    Join,
}

/// Goes to another screen (what Back, Menu and the like buttons trigger).
#[derive(Event, Clone, Copy, Debug)]
pub struct Go(pub Screen);

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.insert_resource(ClearColor(PARCHMENT));
    app.add_systems(Startup, spawn_camera);
    app.add_observer(go);
    app.add_systems(
        Update,
        back_to_title.run_if(
            bevy::input::common_conditions::input_just_pressed(KeyCode::Escape).and_then(
                in_state(Screen::NewGame)
                    .or_else(in_state(Screen::Settings))
                    .or_else(in_state(Screen::Load))
                    .or_else(in_state(Screen::Wall))
                    .or_else(in_state(Screen::WhatIf))
                    .or_else(in_state(Screen::Join))
                    .or_else(in_state(Screen::Debrief))
                    .and_then(not_composing),
            ),
        ),
    );
    app.add_plugins((
        confirm::plugin,
        title::plugin,
        new_game::plugin,
        briefing::plugin,
        table::plugin,
        handover::plugin,
        treaty::plugin,
        debrief::plugin,
        settings::plugin,
        load::plugin,
        wall::plugin,
        what_if::plugin,
        join::plugin,
        save_name::plugin,
    ));
}

/// The root of a screen: a full-window page, gone when the screen is left, one tab group.
fn screen_root(name: &'static str, screen: Screen, layout: Node) -> impl Bundle {
    (
        super::theme::widget::page(name, layout),
        DespawnOnExit(screen),
        bevy::input_focus::tab_navigation::TabGroup::new(0),
    )
}

fn spawn_camera(mut commands: Commands) {
    // No multisampling: the UI smooths its own edges, and a 4x buffer of the window costs
    // about 15 MB (the map's camera keeps its own, small one).
    commands.spawn((Name::new("Camera"), Camera2d, Msaa::Off));
}

/// Whether no input method is composing a word in the focused field: there Esc gives up
/// the word, not the screen.
fn not_composing(focus: Res<bevy::input_focus::InputFocus>, fields: Query<&bevy::text::EditableText>) -> bool {
    focus
        .get()
        .and_then(|e| fields.get(e).ok())
        .is_none_or(|field| !field.is_composing())
}

fn back_to_title(mut next: ResMut<NextState<Screen>>) {
    next.set(Screen::Title);
}

fn go(event: On<Go>, mut next: ResMut<NextState<Screen>>) {
    next.set(event.event().0);
}
