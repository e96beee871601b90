//! What a screen reader is given: every control reached by Tab is in the accessibility tree
//! with a role and a label, and the focus is always on something in that tree (or nothing),
//! so the tree keeps reaching screen readers. (tests/a11y/walk.py checks the same through
//! AT-SPI, in a real window.)

use crate::common::*;
use accesskit::Role;
use bevy::a11y::AccessibilityNode;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::screens::Go;
use portsmouth::game::session::{Difficulty, Opponent};

/// Role and label of every control reached by Tab on the screen shown.
fn controls(app: &mut App) -> Vec<(Role, String)> {
    let world = app.world_mut();
    let mut reached = world.query_filtered::<(Option<&AccessibilityNode>, Option<&Name>), With<TabIndex>>();
    reached
        .iter(world)
        .map(|(node, name)| {
            let node = node.unwrap_or_else(|| panic!("{name:?} is reached by Tab but not in the accessibility tree"));
            (node.role(), node.label().unwrap_or_default().to_string())
        })
        .collect()
}

fn assert_described(screen: &str, controls: &[(Role, String)]) {
    assert!(!controls.is_empty(), "{screen} has no controls");
    for (role, label) in controls {
        assert!(
            matches!(role, Role::Button | Role::TextInput | Role::Label),
            "{screen}: {label:?} has the role {role:?}"
        );
        assert!(!label.trim().is_empty(), "{screen}: a {role:?} without a label");
    }
}

fn has(controls: &[(Role, String)], role: Role, label: &str) -> bool {
    controls.iter().any(|(r, l)| *r == role && l.starts_with(label))
}

#[test]
fn every_control_has_a_role_and_a_label() {
    let mut app = app();
    let title = controls(&mut app);
    assert_described("title", &title);
    assert!(has(&title, Role::Button, "New game"), "{title:?}");

    send(&mut app, Go(Screen::NewGame));
    let new_game = controls(&mut app);
    assert_described("new game", &new_game);
    assert!(has(&new_game, Role::Button, "Begin the conference"), "{new_game:?}");
    assert!(has(&new_game, Role::TextInput, "Your names: "), "{new_game:?}");
    assert!(has(&new_game, Role::TextInput, "Seed: "), "{new_game:?}");

    send(&mut app, Go(Screen::Title));
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 1);
    until_their_terms_are_on_the_table(&mut app);
    let table = controls(&mut app);
    assert_described("table", &table);
    assert!(has(&table, Role::Button, "Brief"), "{table:?}");
    assert!(
        table.iter().filter(|(r, _)| *r == Role::Button).count() > 30,
        "{table:?}"
    );
    // Text to be read (the gauges) is named by its value in AT-SPI: the value is the label.
    let world = app.world_mut();
    let mut nodes = world.query::<&AccessibilityNode>();
    let readable: Vec<_> = nodes.iter(world).filter(|n| n.role() == Role::Label).collect();
    assert!(!readable.is_empty(), "the table has gauges to read");
    for node in readable {
        assert_eq!(node.value(), node.label(), "a text to read says its label");
    }
}

#[test]
fn focus_outside_the_accessible_tree_is_let_go() {
    let mut app = app();
    // Bevy focuses the window at start; the window is not a node of the tree.
    let window = {
        let world = app.world_mut();
        world
            .query_filtered::<Entity, With<PrimaryWindow>>()
            .single(world)
            .unwrap()
    };
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(window, FocusCause::Navigated);
    app.update();
    assert_eq!(app.world().resource::<InputFocus>().get(), None);

    // A button focused, then taken away with its screen.
    let new_game = {
        let world = app.world_mut();
        let mut labels = world.query::<(Entity, &AccessibleLabel)>();
        labels
            .iter(world)
            .find(|(_, l)| l.0 == "New game")
            .map(|(e, _)| e)
            .unwrap()
    };
    focus(&mut app, new_game);
    app.update();
    assert_eq!(
        app.world().resource::<InputFocus>().get(),
        Some(new_game),
        "a control keeps the focus"
    );
    send(&mut app, Go(Screen::NewGame));
    app.update();
    assert_eq!(app.world().resource::<InputFocus>().get(), None);
}
