//! Saves a student can find again: an autosave per game that no later game writes over,
//! named saves through a small dialog, and a Load list that says what each save is.

use crate::common::*;
use bevy::input::keyboard::Key;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::save;
use portsmouth::game::Screen;
use portsmouth::game::draft::{Edit, SendDraft};
use portsmouth::game::paths::Profile;
use portsmouth::game::saves::{self, AUTOSAVES_KEPT};
use portsmouth::game::screens::save_name::{SaveDialog, SaveName};
use portsmouth::game::screens::{AskDeleteSave, DeleteSave, Go, SaveShelf};
use portsmouth::game::session::{Difficulty, Opponent, SaveGame, Session};
use std::path::{Path, PathBuf};

fn autosaves(profile: &Path) -> Vec<PathBuf> {
    saves::saves_in(&Profile(profile.to_path_buf()).saves())
        .into_iter()
        .filter(|s| s.autosave)
        .map(|s| s.path)
        .collect()
}

fn named_saves(profile: &Path) -> Vec<PathBuf> {
    saves::saves_in(&Profile(profile.to_path_buf()).saves())
        .into_iter()
        .filter(|s| !s.autosave)
        .map(|s| s.path)
        .collect()
}

/// A game against the Steady computer, one move played.
fn a_game_with_a_move(app: &mut App, side: Side, seed: u64) {
    begin_at_the_table(app, side, Opponent::Computer(Difficulty::Level(1)), seed);
    await_turn(app);
    send(app, SendDraft);
    await_turn(app);
}

fn dialog_open(app: &mut App) -> bool {
    let world = app.world_mut();
    world.query_filtered::<(), With<SaveDialog>>().iter(world).count() == 1
}

#[test]
fn two_games_in_a_row_keep_two_autosaves() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    a_game_with_a_move(&mut app, Side::Russia, 11);
    let first = app.world().resource::<Session>().autosave.clone().expect("an autosave");
    a_game_with_a_move(&mut app, Side::Japan, 12);
    let second = app.world().resource::<Session>().autosave.clone().expect("an autosave");
    assert_ne!(first, second, "each game has its own autosave");
    let found = autosaves(&profile);
    assert_eq!(found, vec![second.clone(), first.clone()], "both kept, newest first");
    assert_eq!(save::load(&first).unwrap().game.seed(), 11);
    assert_eq!(save::load(&second).unwrap().game.seed(), 12);
    // Continue resumes the game played last.
    assert_eq!(Profile(profile).autosave(), second);
}

#[test]
fn a_finished_games_autosave_survives_a_new_game() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 3);
    await_turn(&mut app);
    send(&mut app, Edit::BreakOff(true));
    send(&mut app, SendDraft);
    assert!(app.world().resource::<Session>().game.is_over());
    let finished = app.world().resource::<Session>().autosave.clone().unwrap();
    a_game_with_a_move(&mut app, Side::Russia, 4);
    let kept = save::load(&finished).expect("the finished game's autosave is still there");
    assert_eq!(kept.outcome(), save::Outcome::BrokeDown);
    assert_eq!(autosaves(&profile).len(), 2);
    // The list says how it ended.
    send(&mut app, Go(Screen::Load));
    let listed = all_text(&mut app);
    assert!(
        listed.contains("talks broke down") && listed.contains("in progress"),
        "{listed}"
    );
}

#[test]
fn a_named_save_lists_with_its_name_scenario_date_session_and_outcome() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    a_game_with_a_move(&mut app, Side::Russia, 5);
    let reached = app.world().resource::<Session>().game.state().session + 1;
    send(&mut app, SaveGame);
    assert!(dialog_open(&mut app));
    let offered = app.world().resource::<SaveName>().text.clone();
    assert_eq!(offered, format!("Witte v Steady Komura — session {reached}"));
    assert!(all_text(&mut app).contains(&offered), "the field shows it");
    // Typing replaces the name offered; typing R does not reject the offer on the table.
    let draft = app.world().resource::<portsmouth::game::draft::Draft>().clone();
    type_text(&mut app, "Rosen's first try");
    assert_eq!(app.world().resource::<SaveName>().text, "Rosen's first try");
    assert_eq!(*app.world().resource::<portsmouth::game::draft::Draft>(), draft);
    key(&mut app, Key::Enter, KeyCode::Enter, None);
    assert!(!dialog_open(&mut app), "Enter saves and closes");
    let named = named_saves(&profile);
    assert_eq!(named.len(), 1);
    assert_eq!(
        save::load(&named[0]).unwrap().name.as_deref(),
        Some("Rosen's first try")
    );
    assert!(
        app.world()
            .resource::<Session>()
            .notice
            .as_deref()
            .unwrap()
            .contains("Rosen's first try"),
        "the table says where it went"
    );

    send(&mut app, Go(Screen::Load));
    let shelf = app.world().resource::<SaveShelf>().clone();
    assert_eq!(shelf.entries.len(), 2, "the named save and the game's autosave");
    let newest = &shelf.entries[0];
    assert!(!newest.autosave);
    let summary = newest.summary.as_ref().unwrap();
    assert_eq!(summary.name, "Rosen's first try");
    assert_eq!(summary.scenario, "The Peace of Portsmouth, 1905");
    assert_eq!(summary.matchup, "You as Witte v Komura (Steady computer)");
    assert_eq!(summary.session, format!("session {reached} of 12"));
    assert_eq!(summary.outcome, "in progress");
    assert!(shelf.entries[1].autosave);
    assert_eq!(shelf.entries[1].summary.as_ref().unwrap().name, "Autosave");
    let listed = all_text(&mut app);
    for shown in [
        "Rosen's first try",
        "Autosave",
        "The Peace of Portsmouth, 1905 — You as Witte v Komura (Steady computer)",
        &format!("session {reached} of 12 · in progress"),
        &format!("saved {}", newest.when),
    ] {
        assert!(listed.contains(shown), "{shown} in\n{listed}");
    }
    // The date reads as a date: "Mon 30 Nov 2026, 14:05".
    assert!(
        newest.when.contains(", ") && newest.when.contains(':'),
        "{}",
        newest.when
    );
    // Every Load button says which save it opens.
    let world = app.world_mut();
    let mut labels = world.query::<&AccessibleLabel>();
    let load_labels: Vec<String> = labels
        .iter(world)
        .map(|l| l.0.to_string())
        .filter(|l| l.starts_with("Load "))
        .collect();
    assert!(
        load_labels
            .iter()
            .any(|l| l.starts_with("Load Rosen's first try: The Peace of Portsmouth, 1905")),
        "{load_labels:?}"
    );
}

#[test]
fn a_broken_save_is_listed_with_its_error_and_can_be_deleted() {
    let profile = scratch_profile();
    let dir = Profile(profile.clone()).saves();
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.ron");
    std::fs::write(&broken, "Save(format: 1, scenario_id: \"portsmouth-1905\",").unwrap();
    let mut app = app_with_profile(profile.clone());
    send(&mut app, Go(Screen::Load));
    let listed = all_text(&mut app);
    assert!(listed.contains("broken.ron — cannot be opened"), "{listed}");
    assert!(listed.contains("this save file is damaged"), "{listed}");
    // Deleting asks first; Keep keeps it, Delete deletes it.
    send(&mut app, DeleteSave(Some(broken.clone())));
    assert!(broken.exists(), "not without being asked");
    send(&mut app, AskDeleteSave(broken.clone()));
    assert!(all_text(&mut app).contains("Keep"));
    send(&mut app, DeleteSave(None));
    assert!(broken.exists());
    send(&mut app, AskDeleteSave(broken.clone()));
    send(&mut app, DeleteSave(Some(broken.clone())));
    assert!(!broken.exists());
    assert!(all_text(&mut app).contains("No saved games yet."));
}

#[test]
fn pruning_keeps_the_newest_autosaves_and_every_named_save() {
    let profile = scratch_profile();
    let dir = Profile(profile.clone()).saves();
    std::fs::create_dir_all(&dir).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(100_000);
    let at = |i: u64| old + std::time::Duration::from_secs(i * 60);
    let write = |name: &str, when| {
        let path = dir.join(name);
        std::fs::write(&path, "not read").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
        path
    };
    // Named saves older than every autosave, and more autosaves than are kept.
    let named: Vec<PathBuf> = (0..3).map(|i| write(&format!("my-game-{i}.ron"), at(i))).collect();
    let old_autosaves: Vec<PathBuf> = (0..AUTOSAVES_KEPT as u64 + 2)
        .map(|i| write(&format!("autosave-{i}.ron"), at(10 + i)))
        .collect();
    let mut app = app_with_profile(profile.clone());
    a_game_with_a_move(&mut app, Side::Japan, 6);
    let current = app.world().resource::<Session>().autosave.clone().unwrap();
    let kept = autosaves(&profile);
    assert_eq!(kept.len(), AUTOSAVES_KEPT);
    assert_eq!(kept[0], current, "the game being played is kept");
    // The three oldest autosaves went; the newest stayed.
    for gone in &old_autosaves[..3] {
        assert!(!gone.exists(), "{}", gone.display());
    }
    assert!(old_autosaves[3..].iter().all(|p| p.exists()));
    for path in &named {
        assert!(path.exists(), "a named save is never pruned: {}", path.display());
    }
}

#[test]
fn escape_in_the_name_dialog_cancels_without_writing() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    a_game_with_a_move(&mut app, Side::Japan, 7);
    send(&mut app, SaveGame);
    assert!(dialog_open(&mut app));
    type_text(&mut app, "never");
    key(&mut app, Key::Escape, KeyCode::Escape, None);
    assert!(!dialog_open(&mut app), "Esc closes the dialog");
    assert!(named_saves(&profile).is_empty(), "nothing was written");
    // The same Esc did not also ask to leave the table.
    assert_eq!(screen(&app), Screen::Table);
    let world = app.world_mut();
    let questions = world
        .query::<&portsmouth::game::screens::confirm::Confirmation>()
        .iter(world)
        .count();
    assert_eq!(questions, 0);
    // A name left empty is refused in words, and nothing is written.
    send(&mut app, SaveGame);
    key(&mut app, Key::Backspace, KeyCode::Backspace, None);
    send(&mut app, portsmouth::game::screens::save_name::SubmitSaveName);
    assert!(dialog_open(&mut app));
    assert!(all_text(&mut app).contains("Give the save a name"));
    assert!(named_saves(&profile).is_empty());
}

#[test]
fn a_save_that_cannot_be_written_says_so_and_keeps_the_dialog() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    a_game_with_a_move(&mut app, Side::Japan, 8);
    // The saves folder made unwritable: a file stands where it should be.
    let saves_dir = Profile(profile.clone()).saves();
    let moved = profile.join("saves-aside");
    std::fs::rename(&saves_dir, &moved).unwrap();
    std::fs::write(&saves_dir, "a file, not a folder").unwrap();
    send(&mut app, SaveGame);
    send(&mut app, portsmouth::game::screens::save_name::SubmitSaveName);
    assert!(dialog_open(&mut app), "the dialog stays for another try");
    let shown = all_text(&mut app);
    assert!(shown.contains("Not saved:"), "{shown}");
}

#[test]
fn a_what_if_branch_keeps_its_own_autosave_and_says_what_it_branched_from() {
    use portsmouth::game::screens::what_if::{BranchAt, WhatIfThisGame};
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 9);
    await_turn(&mut app);
    send(&mut app, Edit::BreakOff(true));
    send(&mut app, SendDraft);
    let original = app.world().resource::<Session>().autosave.clone().unwrap();
    send(&mut app, WhatIfThisGame);
    send(&mut app, BranchAt(0));
    app.update();
    let branch = app
        .world()
        .resource::<Session>()
        .autosave
        .clone()
        .expect("the branch's autosave");
    assert_ne!(branch, original);
    assert!(saves::is_autosave(&branch) && branch.exists());
    assert_eq!(save::load(&original).unwrap().outcome(), save::Outcome::BrokeDown);
    send(&mut app, Go(Screen::Load));
    let listed = all_text(&mut app);
    assert!(
        listed.contains("what-if of “the game just played”, turn 1 decided differently"),
        "{listed}"
    );
}
