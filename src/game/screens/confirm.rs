//! A question before a step that loses the screen: leaving a game for the title, or
//! quitting the program. Esc used to do either at once, so two presses lost a game. The
//! question is keyboard-usable: focus starts on Stay, Tab reaches the other button, Enter
//! activates, and Esc again stays.

use super::{Go, Screen};
use crate::game::session::Session;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated};
use crate::tr;
use bevy::input::common_conditions::input_just_pressed;
use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_observer(ask);
    app.add_systems(Update, escape.run_if(input_just_pressed(KeyCode::Escape)));
}

/// What the player would leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// The game in progress, for the title screen.
    Game,
    /// The program.
    Program,
}

/// Asks whether to leave; nothing is left until the player answers Leave (or Quit).
#[derive(Event, Clone, Copy, Debug)]
pub struct AskLeave(pub Leaving);

/// The question on screen, over the page.
#[derive(Component, Clone, Copy, Debug)]
pub struct Confirmation(pub Leaving);

/// Run condition: no question is waiting (the screen's own keys stay quiet while one is).
pub fn no_question(questions: Query<(), With<Confirmation>>) -> bool {
    questions.is_empty()
}

/// Esc: stays if a question is open; otherwise asks, on the screens where leaving would
/// lose something. (Other screens go back to the title at once, see `super::plugin`.)
fn escape(mut commands: Commands, screen: Res<State<Screen>>, questions: Query<Entity, With<Confirmation>>) {
    if !questions.is_empty() {
        for question in &questions {
            commands.entity(question).despawn();
        }
        return;
    }
    match screen.get() {
        Screen::Table | Screen::Briefing | Screen::Handover => commands.trigger(AskLeave(Leaving::Game)),
        Screen::Title => commands.trigger(AskLeave(Leaving::Program)),
        _ => {}
    }
}

fn ask(
    event: On<AskLeave>,
    mut commands: Commands,
    fonts: Res<Fonts>,
    screen: Res<State<Screen>>,
    questions: Query<(), With<Confirmation>>,
    (mut focus, mut focus_visible): (ResMut<InputFocus>, ResMut<InputFocusVisible>),
    (session, language): (Option<Res<Session>>, Res<Language>),
) {
    if !questions.is_empty() {
        return;
    }
    let leaving = event.event().0;
    let f = fonts.as_ref();
    let l = language.0;
    let (question, detail, leave) = match leaving {
        // A class game lives on the server, not in the autosave: the seat is kept instead.
        Leaving::Game if session.is_some_and(|s| s.class.is_some()) => (
            tr!(l, "confirm-leave-table"),
            tr!(l, "confirm-seat-kept"),
            tr!(l, "confirm-leave"),
        ),
        Leaving::Game => (
            tr!(l, "confirm-leave-table"),
            tr!(l, "confirm-autosaved"),
            tr!(l, "confirm-leave"),
        ),
        Leaving::Program => (
            tr!(l, "confirm-quit-question"),
            tr!(l, "confirm-games-saved"),
            tr!(l, "confirm-quit"),
        ),
    };
    let mut stay = None;
    commands
        .spawn((
            Name::new("Confirmation"),
            Confirmation(leaving),
            DespawnOnExit(*screen.get()),
            widget::modal_veil(),
        ))
        .with_children(|veil| {
            veil.spawn(widget::panel(
                "Question",
                Node {
                    padding: UiRect::all(px(24)),
                    align_items: AlignItems::Center,
                    ..widget::column(14.0)
                },
            ))
            .with_children(|panel| {
                panel.spawn(widget::text(f, question, 24.0, INK));
                panel.spawn(widget::italic(f, detail, 18.0, SEPIA));
                panel.spawn(widget::row(16.0)).with_children(|row| {
                    stay = Some(
                        row.spawn(widget::button(
                            f,
                            &tr!(l, "confirm-stay"),
                            &tr!(l, "confirm-stay.tip"),
                            close,
                        ))
                        .id(),
                    );
                    let tip = match leaving {
                        Leaving::Game => tr!(l, "confirm-leave.tip"),
                        Leaving::Program => tr!(l, "confirm-quit.tip"),
                    };
                    row.spawn(widget::button(
                        f,
                        &leave,
                        &tip,
                        move |_: Activated, mut commands: Commands| match leaving {
                            Leaving::Game => commands.trigger(Go(Screen::Title)),
                            Leaving::Program => {
                                commands.write_message(AppExit::Success);
                            }
                        },
                    ));
                });
            });
        });
    if let Some(stay) = stay {
        focus.set(stay, FocusCause::Navigated);
        focus_visible.0 = true;
    }
}

fn close(_: Activated, mut commands: Commands, questions: Query<Entity, With<Confirmation>>) {
    for question in &questions {
        commands.entity(question).despawn();
    }
}
