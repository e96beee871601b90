//! Leaving a game asks first: Esc at the table, on the briefing or the hand-over puts a
//! question (Stay / Leave) that the keyboard answers; the game is left only on Leave.

use crate::common::*;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::draft::{Answer, Draft};
use portsmouth::game::screens::confirm::{Confirmation, Leaving};
use portsmouth::game::screens::{BeginNegotiating, Go, NewGameEdit, TakeSeat};
use portsmouth::game::session::{Difficulty, Opponent, Session};

/// A key pressed for one frame.
pub fn press(app: &mut App, key: KeyCode) {
    app.world_mut().resource_mut::<ButtonInput<KeyCode>>().press(key);
    app.update();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.release_all();
    keys.clear();
    app.update();
}

/// The question on screen, if any.
pub fn question(app: &mut App) -> Option<Leaving> {
    let world = app.world_mut();
    let mut questions = world.query::<&Confirmation>();
    let found: Vec<Leaving> = questions.iter(world).map(|q| q.0).collect();
    assert!(found.len() <= 1, "one question at a time");
    found.first().copied()
}

/// Activates the question's button with this label (as Enter on it would).
pub fn answer(app: &mut App, label: &str) {
    let world = app.world_mut();
    // The question's own button, not one of the same name on the screen behind it (the
    // title's Quit): the newest entity is not always the question's, as ids are reused.
    let questions: Vec<Entity> = world
        .query_filtered::<Entity, With<Confirmation>>()
        .iter(world)
        .collect();
    let in_question = |world: &World, mut entity: Entity| loop {
        if questions.contains(&entity) {
            return true;
        }
        match world.get::<ChildOf>(entity) {
            Some(parent) => entity = parent.parent(),
            None => return false,
        }
    };
    let mut buttons = world.query::<(Entity, &AccessibleLabel)>();
    let labelled: Vec<Entity> = buttons
        .iter(world)
        .filter(|(_, l)| l.0 == label)
        .map(|(e, _)| e)
        .collect();
    let button = labelled
        .iter()
        .copied()
        .find(|e| in_question(world, *e))
        .or_else(|| labelled.iter().copied().max())
        .unwrap_or_else(|| panic!("a {label} button"));
    world.trigger(Activate { entity: button });
    app.update();
    app.update();
}

pub fn new_game(app: &mut App, opponent: Opponent) {
    send(app, Go(Screen::NewGame));
    send(app, NewGameEdit::Side(Side::Japan));
    send(app, NewGameEdit::Opponent(opponent));
    send(app, NewGameEdit::Seed(3));
    send(app, portsmouth::game::screens::Begin);
}

#[test]
fn escape_at_the_table_asks_and_stays_until_leave() {
    let mut app = app();
    new_game(&mut app, Opponent::Computer(Difficulty::Level(1)));
    assert_eq!(screen(&app), Screen::Briefing);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Briefing, "Esc on the briefing asks first");
    assert_eq!(question(&mut app), Some(Leaving::Game));
    press(&mut app, KeyCode::Escape);
    assert_eq!(question(&mut app), None, "Esc again stays");
    send(&mut app, BeginNegotiating);
    await_turn(&mut app);
    assert_eq!(screen(&app), Screen::Table);

    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Table, "Esc alone does not leave the table");
    assert_eq!(question(&mut app), Some(Leaving::Game));
    let text = all_text(&mut app);
    assert!(
        text.contains("Leave the table?") && text.contains("autosaved"),
        "{text}"
    );
    // The question has the keyboard: focus is on Stay, and the table's keys are quiet.
    let focused = app.world().resource::<InputFocus>().get().expect("a focused button");
    let label = app.world().get::<AccessibleLabel>(focused).map(|l| l.0.to_string());
    assert_eq!(label.as_deref(), Some("Stay"));
    let draft = app.world().resource::<Draft>().clone();
    press(&mut app, KeyCode::KeyR);
    assert_eq!(
        *app.world().resource::<Draft>(),
        draft,
        "R does not answer under the question"
    );
    assert!(draft.answers[0].iter().all(|a| *a != Some(Answer::Reject)));

    answer(&mut app, "Stay");
    assert_eq!(question(&mut app), None);
    assert_eq!(screen(&app), Screen::Table);
    // Two presses of Esc no longer lose the game: the second one stays.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Table);
    assert_eq!(question(&mut app), None);

    // The header's Title button asks too; Leave goes to the title with the game kept.
    answer(&mut app, "Title");
    assert_eq!(question(&mut app), Some(Leaving::Game));
    answer(&mut app, "Leave");
    assert_eq!(screen(&app), Screen::Title);
    assert_eq!(question(&mut app), None, "the question went with the table");
    assert!(app.world().get_resource::<Session>().is_some());
}

#[test]
fn escape_on_the_hand_over_asks() {
    let mut app = app();
    new_game(&mut app, Opponent::Human);
    assert_eq!(screen(&app), Screen::Handover);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Handover);
    assert_eq!(question(&mut app), Some(Leaving::Game));
    answer(&mut app, "Leave");
    assert_eq!(screen(&app), Screen::Title);
    send(&mut app, Go(Screen::Handover));
    send(&mut app, TakeSeat);
    assert_eq!(screen(&app), Screen::Briefing, "the game is still there to take up");
}
