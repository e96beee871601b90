//! Keyboard play: every control on the table is reachable by Tab, labelled, explained by a
//! tooltip, and the shortcuts the tooltips name work.

use crate::common::*;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button};
use portsmouth::engine::play::side::Side;
use portsmouth::game::draft::{Answer, Draft};
use portsmouth::game::session::{Difficulty, Opponent, Session};
use portsmouth::game::theme::widget::Tip;

fn at_the_table(side: Side) -> App {
    let mut app = app();
    begin_at_the_table(&mut app, side, Opponent::Computer(Difficulty::Level(1)), 1);
    until_their_terms_are_on_the_table(&mut app);
    app
}

#[test]
fn every_table_control_is_reachable_labelled_and_explained() {
    let mut app = at_the_table(Side::Russia);
    let world = app.world_mut();
    let mut buttons =
        world.query_filtered::<(Entity, Option<&TabIndex>, Option<&AccessibleLabel>, Option<&Tip>), With<Button>>();
    let found: Vec<_> = buttons.iter(world).collect();
    assert!(found.len() > 30, "the table has its controls: {}", found.len());
    for (entity, tab, label, tip) in found {
        let name = world.get::<Name>(entity).map(|n| n.to_string()).unwrap_or_default();
        assert!(tab.is_some(), "{name} is not reachable by Tab");
        assert!(label.is_some(), "{name} has no accessible label");
        assert!(tip.is_some_and(|t| !t.0.is_empty()), "{name} has no tooltip");
    }
}

#[test]
fn shortcuts_answer_and_send() {
    let mut app = at_the_table(Side::Japan);
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(KeyCode::KeyR);
    app.update();
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .release(KeyCode::KeyR);
    app.world_mut().resource_mut::<ButtonInput<KeyCode>>().clear();
    let draft = app.world().resource::<Draft>().clone();
    let offered = app
        .world()
        .resource::<Session>()
        .view()
        .opponent_proposal()
        .terms
        .articles();
    assert!(!offered.is_empty());
    for a in offered.iter() {
        assert_eq!(draft.answers[0][a], Some(Answer::Reject), "R rejects the whole offer");
    }
    // Enter on a focused button activates it: the Send turn button plays the turn.
    let before = app.world().resource::<Session>().game.state().turns_played;
    let world = app.world_mut();
    let mut names = world.query::<(Entity, &Name)>();
    let send_button = names
        .iter(world)
        .find(|(_, n)| n.as_str() == "Button: Send turn")
        .map(|(e, _)| e)
        .expect("a Send turn button");
    world.trigger(Activate { entity: send_button });
    app.update();
    assert!(app.world().resource::<Session>().game.state().turns_played > before);
}
