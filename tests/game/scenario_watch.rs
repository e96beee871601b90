//! Teachers edit scenarios while the game runs: the new-game screen reads the scenarios
//! folder again when a file there changes, lists a broken file with its first error (where
//! and what to do) instead of leaving it out, and lists it again once it is fixed.

use crate::common::{all_text, scratch_profile, screen, send};
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use portsmouth::game::Screen;
use portsmouth::game::catalog::{Catalog, CheckScenarios};
use portsmouth::game::paths::{DataRoot, Profile};
use portsmouth::game::screens::{BrokenScenario, Go, NewGameChoices, NewGameEdit};
use std::path::{Path, PathBuf};

/// A headless app whose scenarios folder is `root/scenarios`.
fn app_reading(root: &Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()));
    crate::common::text_input_engines(&mut app);
    app.init_resource::<ButtonInput<KeyCode>>();
    app.add_message::<bevy::input::keyboard::KeyboardInput>();
    app.init_resource::<InputFocus>();
    app.init_resource::<InputFocusVisible>();
    app.insert_resource(Profile(scratch_profile()));
    app.insert_resource(DataRoot(root.to_path_buf()));
    app.add_plugins(portsmouth::game::plugin);
    app.update();
    app
}

fn shipped(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios").join(name)).unwrap()
}

/// A scratch data folder holding only the historical scenario.
fn scratch_root() -> PathBuf {
    let root = scratch_profile().join("data");
    std::fs::create_dir_all(root.join("scenarios")).unwrap();
    std::fs::write(
        root.join("scenarios/portsmouth-1905.ron"),
        shipped("portsmouth-1905.ron"),
    )
    .unwrap();
    root
}

/// Frames until the catalog has been read again and the screen redrawn: the watcher looks
/// once a second, by the real clock.
fn until(app: &mut App, done: impl Fn(&mut App) -> bool) -> bool {
    crate::common::run_until(app, 20, |app| {
        std::thread::sleep(std::time::Duration::from_millis(20));
        done(app)
    })
}

fn broken(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    world
        .query::<&BrokenScenario>()
        .iter(world)
        .map(|b| b.0.clone())
        .collect()
}

#[test]
fn a_scenario_written_broken_and_fixed_while_the_screen_is_open_shows_at_once() {
    let root = scratch_root();
    let mut app = app_reading(&root);
    send(&mut app, Go(Screen::NewGame));
    app.update();
    assert_eq!(screen(&app), Screen::NewGame);
    assert!(!all_text(&mut app).contains("Tutorial: the Sakhalin bargain"));
    // The player chooses the side first; the choice survives the folder being read again.
    send(
        &mut app,
        NewGameEdit::Side(portsmouth::engine::play::side::Side::Russia),
    );

    // Written: it appears in the list, chosen scenario unchanged.
    let lesson = root.join("scenarios/lesson.ron");
    std::fs::write(&lesson, shipped("tutorial.ron")).unwrap();
    assert!(
        until(&mut app, |app| all_text(app).contains("Tutorial: the Sakhalin bargain")),
        "the new scenario did not appear: {}",
        all_text(&mut app)
    );
    {
        let catalog = app.world().resource::<Catalog>();
        let ids: Vec<&str> = catalog.playable().map(|(s, _)| s.id.as_str()).collect();
        assert_eq!(ids, ["portsmouth-1905", "tutorial"]);
        let choices = app.world().resource::<NewGameChoices>();
        assert_eq!(choices.scenario, 0, "the historical scenario stays chosen");
        assert_eq!(choices.side, portsmouth::engine::play::side::Side::Russia);
    }
    send(&mut app, NewGameEdit::Scenario(1));

    // Broken (a misspelt field): greyed in the list with where and what to do, and not a
    // choice any more.
    let text = shipped("tutorial.ron").replacen("    title: \"Tutorial", "    titel: \"Tutorial", 1);
    let line = text.lines().position(|l| l.starts_with("    titel:")).unwrap() + 1;
    std::fs::write(&lesson, text).unwrap();
    assert!(
        until(&mut app, |app| broken(app) == ["lesson.ron"]),
        "the broken file is not listed: {}",
        all_text(&mut app)
    );
    let shown = all_text(&mut app);
    assert!(shown.contains("lesson.ron — cannot be chosen"), "{shown}");
    assert!(
        shown.contains(&format!(
            "scenarios/lesson.ron:{line}:5: error[schema]: unknown field `titel`"
        )),
        "{shown}"
    );
    assert!(shown.contains("To fix: check the spelling"), "{shown}");
    assert!(!shown.contains("Tutorial: the Sakhalin bargain"));
    assert_eq!(app.world().resource::<Catalog>().playable().count(), 1);
    assert_eq!(
        app.world().resource::<NewGameChoices>().scenario,
        0,
        "the broken scenario is no longer chosen"
    );

    // Fixed: a choice again.
    std::fs::write(&lesson, shipped("tutorial.ron")).unwrap();
    assert!(
        until(&mut app, |app| broken(app).is_empty()
            && all_text(app).contains("Tutorial: the Sakhalin bargain")),
        "the fixed file is not listed: {}",
        all_text(&mut app)
    );
    send(&mut app, NewGameEdit::Scenario(1));
    assert_eq!(app.world().resource::<NewGameChoices>().scenario, 1);

    // Removed: it drops out.
    std::fs::remove_file(&lesson).unwrap();
    send(&mut app, CheckScenarios);
    app.update();
    assert!(!all_text(&mut app).contains("Tutorial: the Sakhalin bargain"));
    assert_eq!(app.world().resource::<NewGameChoices>().scenario, 0);
}

#[test]
fn a_huge_or_unreadable_file_is_reported_not_read() {
    let root = scratch_root();
    let mut app = app_reading(&root);
    send(&mut app, Go(Screen::NewGame));
    // Over the engine's limit of a megabyte: refused before it is read.
    std::fs::write(root.join("scenarios/huge.ron"), vec![b' '; 2 * 1024 * 1024]).unwrap();
    // A folder named like a scenario cannot be read as one.
    std::fs::create_dir_all(root.join("scenarios/folder.ron")).unwrap();
    let started = std::time::Instant::now();
    send(&mut app, CheckScenarios);
    app.update();
    assert!(started.elapsed().as_secs() < 10);
    let mut listed = broken(&mut app);
    listed.sort();
    assert_eq!(listed, ["folder.ron", "huge.ron"]);
    let shown = all_text(&mut app);
    assert!(shown.contains("scenarios/huge.ron:1:1: error[too-large]"), "{shown}");
    assert!(shown.contains("scenarios/folder.ron:1:1"), "{shown}");
    // The historical scenario is still there to choose.
    assert!(shown.contains("The Peace of Portsmouth, 1905"), "{shown}");
}

/// The focus key of the focused control, and the entity of the control keyed `key`.
fn focus_and(app: &mut App, key: &str) -> (Option<String>, Entity) {
    use portsmouth::game::theme::widget::FocusKey;
    let focused = app.world().resource::<InputFocus>().get();
    let world = app.world_mut();
    let mut keys = world.query::<(Entity, &FocusKey)>();
    let focused_key = focused.and_then(|f| keys.get(world, f).ok()).map(|(_, k)| k.0.clone());
    let entity = keys.iter(world).find(|(_, k)| k.0 == key).expect("the control").0;
    (focused_key, entity)
}

#[test]
fn the_focus_stays_on_a_scenario_when_the_list_is_read_again() {
    let root = scratch_root();
    let mut app = app_reading(&root);
    send(&mut app, Go(Screen::NewGame));
    let historical = "The Peace of Portsmouth, 1905";
    let witte = "Sergei Witte, for Russia";
    let (_, button) = focus_and(&mut app, historical);
    let (_, side_before) = focus_and(&mut app, witte);
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(button, bevy::input_focus::FocusCause::Navigated);
    std::fs::write(root.join("scenarios/lesson.ron"), shipped("tutorial.ron")).unwrap();
    assert!(until(&mut app, |app| all_text(app).contains("Tutorial: the Sakhalin bargain")));
    app.update();
    let (focused, rebuilt) = focus_and(&mut app, historical);
    assert_ne!(rebuilt, button, "the scenario list was built again");
    assert_eq!(
        focused.as_deref(),
        Some(historical),
        "the focus is on the same scenario"
    );
    assert_eq!(app.world().resource::<InputFocus>().get(), Some(rebuilt));
    let (_, side_after) = focus_and(&mut app, witte);
    assert_eq!(side_after, side_before, "the side buttons are not built again");
}
