//! Screens that change in place: the settings, new-game and join screens are spawned once
//! and their parts follow the choices, so a pressed button stays the same entity and keeps
//! the keyboard focus; their text fields (Bevy's `EditableText`) take typing and an input
//! method's words, and what is typed reaches the game.

use crate::common::*;
use bevy::input::keyboard::Key;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::screens::join::{JoinField, JoinForm, SubmitJoin};
use portsmouth::game::screens::save_name::{SaveDialog, SaveNameField};
use portsmouth::game::screens::{Begin, Go, NamesField, NewGameChoices, NewGameEdit, SeedField};
use portsmouth::game::session::{Difficulty, Opponent, SaveGame, Session};
use portsmouth::game::settings::Settings;
use portsmouth::game::theme::palette::{BUTTON, CHOSEN};

/// What a button shows and what it tells assistive tools.
fn label(app: &mut App, button: Entity) -> (String, String) {
    let world = app.world();
    let heard = world.get::<AccessibleLabel>(button).expect("a label").0.clone();
    let shown = world
        .get::<Children>(button)
        .into_iter()
        .flat_map(|c| c.iter())
        .find_map(|c| world.get::<Text>(c).map(|t| t.0.clone()))
        .expect("a text");
    (shown, heard)
}

/// The colour of a button's edge, and its size as laid out.
fn edge_and_size(app: &App, button: Entity) -> (Color, Vec2) {
    let world = app.world();
    let edge = world.get::<BorderColor>(button).expect("an edge").top;
    let size = world.get::<ComputedNode>(button).expect("laid out").size();
    (edge, size)
}

fn focused(app: &App) -> Option<Entity> {
    app.world().resource::<InputFocus>().get()
}

fn accessible(app: &App, entity: Entity) -> String {
    app.world().get::<AccessibleLabel>(entity).expect("a label").0.clone()
}

#[test]
fn a_settings_choice_changes_in_place_and_keeps_the_focus() {
    let mut app = app();
    send(&mut app, Go(Screen::Settings));
    app.update();
    let before = controls(&mut app);
    let chosen = control(&mut app, "text-100%");
    assert_eq!(
        label(&mut app, chosen),
        ("• 100%".to_string(), "Text size 100% (chosen)".to_string())
    );
    let larger = control(&mut app, "text-130%");
    assert_eq!(
        label(&mut app, larger),
        ("130%".to_string(), "Text size 130%".to_string())
    );
    press(&mut app, larger);
    app.update();
    assert_eq!(app.world().resource::<Settings>().text_size, 1.3);
    assert_eq!(controls(&mut app), before, "no button was spawned again");
    assert_eq!(
        label(&mut app, larger),
        ("• 130%".to_string(), "Text size 130% (chosen)".to_string())
    );
    assert_eq!(
        label(&mut app, chosen),
        ("100%".to_string(), "Text size 100%".to_string())
    );
    assert_eq!(focused(&app), Some(larger), "the focus stays on the pressed button");
    // A switch: its words change, and a second press reads the settings as they are now.
    let contrast = control(&mut app, "contrast");
    assert_eq!(label(&mut app, contrast).0, "High contrast: off");
    press(&mut app, contrast);
    assert_eq!(label(&mut app, contrast).0, "High contrast: on");
    assert!(app.world().resource::<Settings>().high_contrast);
    press(&mut app, contrast);
    assert_eq!(label(&mut app, contrast).1, "High contrast: off");
    assert!(!app.world().resource::<Settings>().high_contrast);
    assert_eq!(controls(&mut app), before);
    assert_eq!(focused(&app), Some(contrast));
}

#[test]
fn a_settings_save_that_fails_says_so_in_place() {
    // The profile folder is a file: the settings cannot be written.
    let profile = scratch_profile();
    std::fs::write(&profile, "a file, not a folder").unwrap();
    let mut app = app_with_profile(profile.clone());
    send(&mut app, Go(Screen::Settings));
    let before = controls(&mut app);
    let shown_before = texts(&mut app);
    let desk = control(&mut app, "preset-Desk");
    press(&mut app, desk);
    app.update();
    let shown = texts(&mut app);
    assert_eq!(shown.len(), shown_before.len(), "no text was spawned again");
    let changed: Vec<(&String, &String)> = shown_before.iter().zip(&shown).filter(|(a, b)| a != b).collect();
    assert!(
        matches!(changed.as_slice(), [(was, now)] if was.is_empty() && !now.is_empty()),
        "the problem line says what went wrong: {changed:?}"
    );
    assert_eq!(controls(&mut app), before);
    let _ = std::fs::remove_file(profile);
}

#[test]
fn a_new_game_choice_changes_in_place_and_keeps_the_focus() {
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    app.update();
    let before = controls(&mut app);
    let witte = control(&mut app, "Sergei Witte, for Russia");
    let komura = control(&mut app, "Komura Jutarō, for Japan");
    assert_eq!(label(&mut app, komura).0, "• Komura Jutarō, for Japan");
    // The chosen side is edged in gilt, the other in its own face; choosing moves neither.
    let (komura_edge, komura_size) = edge_and_size(&app, komura);
    let (witte_edge, witte_size) = edge_and_size(&app, witte);
    assert_eq!((komura_edge, witte_edge), (CHOSEN, BUTTON));
    press(&mut app, witte);
    app.update();
    assert_eq!(edge_and_size(&app, witte), (CHOSEN, witte_size));
    assert_eq!(edge_and_size(&app, komura), (BUTTON, komura_size));
    assert_eq!(app.world().resource::<NewGameChoices>().side, Side::Russia);
    assert_eq!(
        label(&mut app, witte),
        (
            "• Sergei Witte, for Russia".to_string(),
            "Sergei Witte, for Russia (chosen)".to_string()
        )
    );
    assert_eq!(label(&mut app, komura).1, "Komura Jutarō, for Japan");
    assert_eq!(focused(&app), Some(witte));
    // An opponent of the same scenario: the list stays as it is.
    let hot_seat = control(&mut app, "Second player (hot-seat)");
    press(&mut app, hot_seat);
    assert_eq!(app.world().resource::<NewGameChoices>().opponent, Opponent::Human);
    assert_eq!(label(&mut app, hot_seat).0, "• Second player (hot-seat)");
    assert_eq!(controls(&mut app), before, "no button was spawned again");
    assert_eq!(focused(&app), Some(hot_seat));
    // Another scenario: its own opponents are listed (that part is rebuilt), while its
    // button, the side buttons and the fields stay, and the focus with them.
    let scenario_keys: Vec<String> = {
        let catalog = app.world().resource::<portsmouth::game::catalog::Catalog>();
        catalog.playable().map(|(s, _)| s.title.clone()).collect()
    };
    assert!(scenario_keys.len() > 1, "the shipped scenarios");
    let second = control(&mut app, &scenario_keys[1]);
    let names = the::<NamesField>(&mut app);
    press(&mut app, second);
    app.update();
    assert_eq!(app.world().resource::<NewGameChoices>().scenario, 1);
    assert_eq!(label(&mut app, second).0, format!("• {}", scenario_keys[1]));
    assert_eq!(control(&mut app, &scenario_keys[1]), second);
    assert_eq!(control(&mut app, "Sergei Witte, for Russia"), witte);
    assert_eq!(the::<NamesField>(&mut app), names);
    assert_eq!(focused(&app), Some(second));
}

#[test]
fn the_seed_field_takes_digits_only_and_a_fresh_seed_shows_in_it() {
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    let field = the::<SeedField>(&mut app);
    let seed = app.world().resource::<NewGameChoices>().seed;
    assert_eq!(field_text(&app, field), seed.to_string(), "the seed drawn is shown");
    send(&mut app, NewGameEdit::Seed(1));
    assert_eq!(field_text(&app, field), "1");
    focus(&mut app, field);
    type_text(&mut app, "9x05");
    assert_eq!(field_text(&app, field), "1905", "the letter is refused");
    assert_eq!(app.world().resource::<NewGameChoices>().seed, 1905);
    // At most 18 digits.
    type_text(&mut app, "12345678901234567890");
    assert_eq!(field_text(&app, field).len(), 18);
    assert_eq!(
        app.world().resource::<NewGameChoices>().seed,
        field_text(&app, field).parse::<u64>().unwrap()
    );
    assert!(accessible(&app, field).starts_with("Seed: 1905"));
    // A fresh seed is written into the field.
    send(&mut app, NewGameEdit::FreshSeed);
    let fresh = app.world().resource::<NewGameChoices>().seed;
    assert_eq!(field_text(&app, field), fresh.to_string());
    assert_eq!(the::<SeedField>(&mut app), field, "the same field");
    // The game begun is played with the seed typed.
    send(&mut app, NewGameEdit::Seed(7));
    type_text(&mut app, "7");
    send(&mut app, Begin);
    assert_eq!(app.world().resource::<Session>().game.seed(), 77);
}

#[test]
fn names_typed_and_from_an_input_method_reach_the_game() {
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    let field = the::<NamesField>(&mut app);
    focus(&mut app, field);
    type_text(&mut app, "Aiko ");
    // Japanese, as an input method commits it, and as a key that types a character.
    ime_commit(&mut app, "小村");
    type_text(&mut app, "寿");
    assert_eq!(field_text(&app, field), "Aiko 小村寿");
    assert_eq!(app.world().resource::<NewGameChoices>().players, "Aiko 小村寿");
    assert_eq!(accessible(&app, field), "Your names: Aiko 小村寿");
    // Typing in a field presses no button and changes no choice but the names.
    assert_eq!(app.world().resource::<NewGameChoices>().side, Side::Japan);
    assert_eq!(screen(&app), Screen::NewGame);
    send(&mut app, Begin);
    assert_eq!(
        app.world().resource::<Session>().players.as_deref(),
        Some("Aiko 小村寿")
    );
}

/// The join form's field of `which`.
fn join_field(app: &mut App, which: JoinField) -> Entity {
    let world = app.world_mut();
    world
        .query::<(Entity, &JoinField)>()
        .iter(world)
        .find(|(_, f)| **f == which)
        .unwrap()
        .0
}

#[derive(Resource, Default)]
struct Submitted(usize);

#[test]
fn the_join_fields_fill_the_form_and_enter_sends_it() {
    let mut app = app();
    app.init_resource::<Submitted>();
    app.add_observer(|_: On<SubmitJoin>, mut n: ResMut<Submitted>| n.0 += 1);
    send(&mut app, Go(Screen::Join));
    let japan = control(&mut app, "side-Japan");
    for (which, typed) in [(JoinField::Address, "127.0.0.1:1"), (JoinField::Code, "KX7P")] {
        let field = join_field(&mut app, which);
        focus(&mut app, field);
        type_text(&mut app, typed);
    }
    let name = join_field(&mut app, JoinField::Name);
    focus(&mut app, name);
    ime_commit(&mut app, "小村");
    let form = app.world().resource::<JoinForm>().clone();
    assert_eq!(
        (form.address.as_str(), form.code.as_str(), form.name.as_str()),
        ("127.0.0.1:1", "KX7P", "小村")
    );
    assert_eq!(accessible(&app, name), "Your name: 小村");
    // The delegation's mark changes in place.
    press(&mut app, japan);
    assert_eq!(label(&mut app, japan).1, "Japan (chosen)");
    assert_eq!(control(&mut app, "side-Japan"), japan);
    assert_eq!(join_field(&mut app, JoinField::Name), name, "the fields stay");
    assert_eq!(app.world().resource::<Submitted>().0, 0);
    focus(&mut app, name);
    key(&mut app, Key::Enter, KeyCode::Enter, None);
    assert_eq!(
        app.world().resource::<Submitted>().0,
        1,
        "Enter in a field sends the form"
    );
}

#[test]
fn the_save_dialog_saves_under_a_name_from_an_input_method_and_esc_cancels() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 4);
    await_turn(&mut app);
    let dialogs = |app: &mut App| {
        let world = app.world_mut();
        world.query_filtered::<(), With<SaveDialog>>().iter(world).count()
    };
    // Esc closes it without writing.
    send(&mut app, SaveGame);
    type_text(&mut app, "x");
    key(&mut app, Key::Escape, KeyCode::Escape, None);
    assert_eq!(dialogs(&mut app), 0);
    // The name offered is replaced by what is typed, and Enter saves under it.
    send(&mut app, SaveGame);
    let field = the::<SaveNameField>(&mut app);
    assert_eq!(focused(&app), Some(field), "the name has the focus");
    ime_commit(&mut app, "小村の交渉");
    type_text(&mut app, " 2");
    assert_eq!(field_text(&app, field), "小村の交渉 2");
    key(&mut app, Key::Enter, KeyCode::Enter, None);
    assert_eq!(dialogs(&mut app), 0);
    let names: Vec<Option<String>> =
        portsmouth::game::saves::saves_in(&portsmouth::game::paths::Profile(profile).saves())
            .into_iter()
            .filter(|s| !s.autosave)
            .map(|s| portsmouth::engine::records::save::load(&s.path).unwrap().name)
            .collect();
    assert_eq!(names, vec![Some("小村の交渉 2".to_string())]);
}
