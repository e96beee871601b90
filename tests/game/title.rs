//! The title screen shows the game, the shipped scenarios, and a working Quit.

use crate::common::{app, exit_requested, texts};
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button};
use portsmouth::game::Screen;
use portsmouth::game::screens::confirm::Leaving;

#[test]
fn the_title_screen_names_the_game_and_lists_the_scenarios() {
    let mut app = app();
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Title);
    let texts = texts(&mut app);
    assert!(texts.contains(&"Portsmouth 1905".to_string()), "{texts:?}");
    for title in [
        "The Peace of Portsmouth, 1905",
        "Tutorial: the Sakhalin bargain",
        "What if: the Tsar holds firm",
        "What if: Japan's credit runs out",
    ] {
        assert!(texts.iter().any(|t| t == title), "missing scenario {title}: {texts:?}");
    }
    // The historical scenario comes first, then the tutorial.
    let world = app.world_mut();
    let mut names = world.query::<(Entity, &Name)>();
    let list = names
        .iter(world)
        .find(|(_, n)| n.as_str() == "Scenarios")
        .map(|(e, _)| e)
        .unwrap();
    let children: Vec<Entity> = world.get::<Children>(list).unwrap().iter().collect();
    let order: Vec<String> = children
        .iter()
        .filter_map(|&c| world.get::<Name>(c))
        .filter_map(|n| n.as_str().strip_prefix("Scenario: ").map(str::to_string))
        .collect();
    assert_eq!(
        order[..2],
        ["portsmouth-1905".to_string(), "tutorial".to_string()],
        "{order:?}"
    );
    // Cyrillic is shown (the font covers it; Bevy's built-in one would not).
    assert!(texts.iter().any(|t| t.contains("Портсмутский")));
}

#[test]
fn every_text_uses_the_shipped_font() {
    let mut app = app();
    let world = app.world_mut();
    let default_font = TextFont::default().font;
    let mut query = world.query::<(&Text, &TextFont)>();
    let mut checked = Vec::new();
    for (text, font) in query.iter(world) {
        assert_ne!(
            font.font, default_font,
            "`{}` uses Bevy's ASCII-only default font",
            text.0
        );
        checked.push(text.0.clone());
    }
    // Without text on the screen the loop above would pass by checking nothing.
    assert!(
        checked.iter().any(|t| t == "Portsmouth 1905"),
        "the title's text is not on the screen: {checked:?}"
    );
    assert!(
        checked.iter().any(|t| t.contains("Портсмутский")),
        "the Cyrillic text is not on the screen: {checked:?}"
    );
}

#[test]
fn buttons_are_reachable_by_keyboard_and_labelled() {
    let mut app = app();
    let world = app.world_mut();
    let mut query = world.query_filtered::<(Option<&TabIndex>, Option<&AccessibleLabel>), With<Button>>();
    let buttons: Vec<_> = query.iter(world).collect();
    assert!(!buttons.is_empty());
    for (tab, label) in buttons {
        assert!(tab.is_some(), "a button without a tab index");
        assert!(
            label.is_some_and(|l| !l.0.is_empty()),
            "a button without an accessible label"
        );
    }
}

#[test]
fn activating_quit_exits() {
    let mut app = app();
    let quit = {
        let world = app.world_mut();
        let mut query = world.query_filtered::<(Entity, &AccessibleLabel), With<Button>>();
        query
            .iter(world)
            .find(|(_, l)| l.0 == "Quit")
            .map(|(e, _)| e)
            .expect("a Quit button")
    };
    assert!(exit_requested(&app).is_none());
    app.world_mut().trigger(Activate { entity: quit });
    app.update();
    assert_eq!(exit_requested(&app), Some(AppExit::Success));
}

#[test]
fn escape_on_the_title_asks_before_quitting() {
    let mut app = app();
    crate::leaving::press(&mut app, KeyCode::Escape);
    assert!(exit_requested(&app).is_none(), "Esc alone does not quit");
    assert_eq!(crate::leaving::question(&mut app), Some(Leaving::Program));
    // Esc again stays.
    crate::leaving::press(&mut app, KeyCode::Escape);
    assert_eq!(crate::leaving::question(&mut app), None);
    assert!(exit_requested(&app).is_none());
    // Asked again, Quit quits.
    crate::leaving::press(&mut app, KeyCode::Escape);
    crate::leaving::answer(&mut app, "Quit");
    assert_eq!(exit_requested(&app), Some(AppExit::Success));
}
